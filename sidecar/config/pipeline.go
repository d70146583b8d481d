package config

// Pipeline bounds the work per slot and sets the sidecar's own transactions' fees.
type Pipeline struct {
	// Merge rounds per slot-ending message; each leaves out one bundle that conflicts with
	// those ranked above it.
	MaxRounds int `toml:"max_rounds"`
	// Bundles simulated alone per slot-ending message, and how many such simulations run at once.
	MaxSimulations    int `toml:"max_simulations"`
	SimulationWorkers int `toml:"simulation_workers"`
	// What a slot must earn the sidecar beyond its own L1 gas, in basis points of that gas.
	ProfitMarginBps uint64 `toml:"profit_margin_bps"`
	// Gas the searchers' L2 transactions may use in one based block.
	MaxL2Gas uint64 `toml:"max_l2_gas"`
	// Gas the searchers' L1 pre- and post-actions may use in one bundle.
	MaxL1Gas uint64 `toml:"max_l1_gas"`
	// Assertions the atomic transaction evaluates for one slot (each costs a staticcall).
	MaxAssertions int `toml:"max_assertions"`
	// Encoded based blocks larger than this go in EIP-4844 blobs; 0 = always calldata.
	BlobThresholdBytes int `toml:"blob_threshold_bytes"`
	// Priority fee of the sidecar's atomic submitBased transaction.
	PriorityFeeWei uint64 `toml:"priority_fee_wei"`
	// Slots a landed based block is watched for an L1 reorg.
	ReorgWindowSlots uint64 `toml:"reorg_window_slots"`
	// BasedMode: when no slot-ending message has arrived by a slot's accept_by and the inbox
	// has opened based mode, build an uncertified based block on the inbox's L2 head.
	BasedMode bool `toml:"based_mode"`
	// BasedModeMempoolTxs: up to this many of the L2 node's pending transactions (read with
	// txpool_content) follow the bundles of a based-mode block; 0 = none.
	BasedModeMempoolTxs int `toml:"based_mode_mempool_txs"`
	// Speculate: before each slot-ending message, build the slot it is predicted to end on the
	// latest L2 block and the L1 head, refreshed every SpeculateIntervalBps of the slot, so a
	// message that says what was predicted is sent without simulating again
	// (docs/speculation.md). ECDSA certificates only.
	Speculate            bool   `toml:"speculate"`
	SpeculateIntervalBps uint32 `toml:"speculate_interval_bps"`
}

func defaultPipeline() Pipeline {
	return Pipeline{MaxRounds: 4, MaxSimulations: 512, SimulationWorkers: 4, ProfitMarginBps: 1000, MaxL2Gas: 30_000_000, MaxL1Gas: 15_000_000, MaxAssertions: 64,
		PriorityFeeWei: 1_000_000_000, ReorgWindowSlots: 64, BasedMode: true,
		Speculate: true, SpeculateIntervalBps: 250}
}

// Check validates the section.
func (p Pipeline) Check() error {
	var ps problems
	ps.add("max_rounds", positive(p.MaxRounds))
	ps.add("max_simulations", positive(p.MaxSimulations))
	ps.add("simulation_workers", positive(p.SimulationWorkers))
	ps.add("max_l2_gas", positive(p.MaxL2Gas))
	ps.add("max_l1_gas", positive(p.MaxL1Gas))
	ps.add("max_assertions", positive(p.MaxAssertions))
	if p.BlobThresholdBytes < 0 {
		ps.add("blob_threshold_bytes", errorf(ErrRange, "%d is negative", p.BlobThresholdBytes))
	}
	ps.add("reorg_window_slots", positive(p.ReorgWindowSlots))
	if p.BasedModeMempoolTxs < 0 {
		ps.add("based_mode_mempool_txs", errorf(ErrRange, "%d is negative", p.BasedModeMempoolTxs))
	}
	if p.Speculate {
		ps.add("speculate_interval_bps", positive(p.SpeculateIntervalBps))
	}
	return ps.join()
}
