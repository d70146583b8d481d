// Package bindings is the Go side of the syncboost L1 contracts (contracts/src): the abigen v2
// bindings that contracts/build.sh generates (*.gen.go; never edit them by hand) and helpers that
// compute the contracts' hashes off-chain, so the sidecar can sign confirmBased before the
// proposal exists, and decode the inbox's custom errors.
package bindings
