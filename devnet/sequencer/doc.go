// Package sequencer is the devnet's L2 sequencer: it builds sequenced blocks on an
// in-process L2 go-ethereum node, certifies one slot-ending block per L1 slot, publishes it
// on the embedded sidecar/feed server, and follows the L1 inbox to derive the based blocks
// that land.
//
// Rhythm, on a sidecar/clock Clock (real in the devnet, virtual in tests):
//
//   - every BlockInterval a sequenced block is assembled with builderhook on the L2 head:
//     the txpool's pending transactions by tip, header environment as bundle.BasedEnv (L2
//     time = parent + 1, a counter rather than wall time; the sequencer as fee recipient);
//   - ReleaseLeadBps before slot S starts, the latest sequenced block is certified
//     (bundle.SignECDSA, domain = L1 chain id + inbox) with l1Slot = S and l1ParentHash = the
//     L1 head, published, and building pauses. The message carries the certified batch
//     (SignedSlotEnding.Batch, bundle.EncodeBatch of each block's transactions) of the blocks
//     after the inbox head at that L1 head (l2Head(); a based head by its commitment) up to
//     the certified block, which is also handed to Deps.Poster (batcher.Poster) so it lands
//     even without a based block. A release whose block does not extend the inbox head would
//     revert on L1 and is skipped (ErrInboxHeadUnknown, ErrNotOnInboxHead,
//     devnet_sequencer_release_skips_total);
//   - once an L1 block of slot S (or later) is seen, building resumes at once, on the last
//     based block derived from it or on the slot-ending block; without one by MissGraceBps
//     into slot S the slot counts as missed. Release → next sequenced block is the slot's
//     L2 dead time (SlotFacts.DeadTime, Event.DeadTime, devnet_sequencer_dead_time_seconds).
//
// Following L1: the L1 head is polled every PollInterval, and NotifyL1 polls at once (the
// devnet's L1 slot driver calls it after each block or reorg). For each new canonical L1
// block the inbox's BasedBlockProposed and BasedBlockConfirmed logs are read; only
// proposals the same block confirms count (docs/protocol.md §6, contracts/src/BasedInbox.sol).
// Each is derived on its parent (the slot-ending block, the based block before it in the
// same L1 block, or in based mode the inbox head: a batch's last block or a based block's
// commitment): forced-inclusion entries first, then the calldata payload
// (bundle.DecodeBasedBlock); an entry that does not decode or cannot be included is skipped,
// one that reverts stays. Blob-mode based blocks are not derived: the devnet has no blob
// source (ErrBlobSource). When an L1 block holding based blocks leaves the canonical chain,
// the next sequenced block is built on the block the first of them was built on (a sibling:
// go-ethereum ignores a forkchoice update to a canonical ancestor), and the L2 reorg is
// reported. A release whose L2 block is dropped that way is void, so building resumes.
//
// Every outcome an allowed sidecar (Config.Feed.Sidecars) signs and POSTs to
// /v1/based-outcome for a slot near the current one is recorded; anything else is refused
// by the feed server before it reaches the record (docs/security.md). Slots, Slot and
// Outcomes expose the per-slot facts, and Deps.Observer receives every step as an Event.
package sequencer
