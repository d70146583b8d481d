package bundle

// OutcomeKind is what happened to the based block of one slot, as the sequencer's
// /v1/based-outcome and the sidecar's tracker both name it.
type OutcomeKind string

// Outcome kinds.
const (
	OutcomeLanded       OutcomeKind = "landed"        // proposed and confirmed in the slot's L1 block
	OutcomeNotLanded    OutcomeKind = "not_landed"    // not in the slot's L1 block
	OutcomeNotConfirmed OutcomeKind = "not_confirmed" // proposed but not confirmed: L2 ignores it
)

// Reasons a sent slot did not land (the reason of a not_landed or not_confirmed outcome and of a
// searcher's not_landed status).
const (
	ReasonMissedSlot   = "l1_slot_missed"
	ReasonOtherParent  = "l1_block_on_other_parent"
	ReasonNotIncluded  = "not_included"
	ReasonNotConfirmed = "proposed_not_confirmed"
	ReasonReorg        = "l1_reorg"
)

// Reasons a slot is skipped: nothing was sent (a bounded metric label and what searchers see).
const (
	SkipLate          = "late"
	SkipProposerLocal = "proposer_builds_locally"
	SkipNoBundles     = "no_bundles"
	SkipBudget        = "simulation_budget_exhausted"
	SkipPropose       = "propose_failed"
	SkipUpstream      = "upstream_error"
	// SkipUnprofitable: what the slot earns the sidecar does not cover its L1 gas and margin.
	SkipUnprofitable = "unprofitable"
	// SkipNotOnHead: the inbox refused the block the slot builds on as its head, with the batch
	// the message carried applied (SlotEndingNotOnHead, BatchNotOnHead, BatchDataMismatch): the
	// sequencer's batch is missing, late or does not extend the head. No searcher is blamed and
	// every bundle stays live for the next slot.
	SkipNotOnHead = "not_on_inbox_head"
	// SkipNoMessage: no certified slot-ending message by accept_by, and based mode closed: the
	// sequencer (or two thirds of its committee) certified nothing for the slot.
	SkipNoMessage = "no_slot_ending_message"
	// SkipOtherReplica: another replica holds the slot's lease and sends it (replicas sharing
	// a pool on Redis); this one built the slot too, ready to take over, and sent nothing.
	SkipOtherReplica = "another_replica_sends"
)

// BasedBlockNumber is the L2 number of the based block built on the slot-ending block whose
// number is slotEnding: the one place that rule is written.
func BasedBlockNumber(slotEnding uint64) uint64 { return slotEnding + 1 }

// The searcher API's JSON-RPC methods.
const (
	MethodSendBundle      = "based_sendBundle"
	MethodCancelBundle    = "based_cancelBundle"
	MethodGetBundleStatus = "based_getBundleStatus"
	MethodCallBundle      = "based_callBundle"
)
