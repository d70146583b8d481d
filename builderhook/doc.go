// Package builderhook is how an Ethereum block builder takes syncboost's bundles.
//
// For builders written on go-ethereum it offers ApplyAtomic, which applies one atomic
// bundle to the block being filled (all transactions succeed, or the block is exactly as
// before), a BlockBuilder that assembles a complete block from a parent and payload
// attributes and returns it ready for engine_newPayload, and the Source interface through
// which a builder asks for the bundles of a slot.
package builderhook
