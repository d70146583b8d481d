// Package batcher posts a sequencer's certified batches to the BasedInbox with its own L1 key:
// the part that puts a rollup's sequenced blocks on L1 at least once per slot, so that a node
// reading only L1 can derive them (docs/contracts.md, the derivation rule).
//
// The sequencer builds and certifies each batch in calldata form (bundle.SignedBatch, dataMode
// 0) from the inbox head at its L1 parent up to the block it certifies as slot-ending, and hands
// it to Post. The poster sends it as calldata, or, when the payload is larger than
// Config.BlobThreshold, in blobs (bundle.BlobsFor, bundle.BlobSidecar, a type-3 transaction in
// network form) with the header re-certified for dataMode 1 by the Certifier.
//
// Each batch starts at the inbox head at its L1 parent, so a newer batch subsumes one still
// pending. The poster therefore sends every batch with the sender's confirmed nonce at the L1
// head: a pending earlier batch is replaced, with fees bumped by at least the pools'
// replacement rule (Config.FeeBumpPercent; Config.BlobFeeBumpPercent for blob transactions,
// whose pool asks for 100 % in go-ethereum), and only one of them can land. Inclusion is
// tracked by receipt: a batch that committed, or landed as a no-op because the same batch was
// applied first (a sidecar carried it in its submission), is a success; one already applied at
// the head is not sent at all.
//
// The poster does not retry a failed batch: the sequencer's next batch starts at the inbox head
// again and carries the same blocks, which is what makes the scheme converge after a failure,
// a dropped transaction or an L1 reorg.
package batcher
