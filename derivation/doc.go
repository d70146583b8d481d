// Package derivation derives an L2 chain from L1 alone: a Deriver follows the L1 chain block by
// block, reads the inbox's BatchCommitted, BasedBlockProposed and BasedBlockConfirmed logs and
// applies them, in log order, to its own L2 go-ethereum node (docs/contracts.md, the derivation
// rule). Sequenced blocks are rebuilt from a batch's transaction lists on bundle.BasedEnv with the
// inbox's sequencer as fee recipient; based blocks exactly as the sequencer derives them (forced
// entries first, undecodable or unincludable entries skipped). Blob-mode data comes from a
// BlobSource, BlobClient being one that reads a beacon node's getBlobs API.
//
// Because the inbox keeps one L2 head that batches and confirmed based blocks both extend, the
// Deriver's current head is always the parent of what the next log adds. After each L1 block it
// remembers the L2 head; when L1 reorgs it returns the L2 node to the head of the common ancestor
// and derives the new L1 blocks again.
//
// The Deriver is meant to be reusable by a rollup team: it depends on three narrow interfaces
// (L1Client, L2Node, BlobSource) and nothing of the devnet.
package derivation
