package main

import (
	"errors"
)

// errPipelineNotWired: this build has the configuration, lifecycle and
// observability foundation but not the slot pipeline yet.
var errPipelineNotWired = errors.New("slot pipeline not wired")

// wire builds the sidecar's components and adds them to d.sup in start
// order; they stop in reverse. This is the one place the parts meet:
//
//  1. journal (pebble, cfg.Journal) and the bundle pool recovered from it
//  2. beacon client (cfg.Beacon) and the slot clock / deadline schedule (cfg.Deadlines)
//  3. L1 and L2 execution clients (cfg.L1, cfg.L2), prover (cfg.Prover)
//  4. relay clients (cfg.Relays, cfg.Identity) and the builder hook (cfg.BuilderHook)
//  5. the per-slot pipeline, then the sequencer feed client (cfg.Sequencer, cfg.Inbox)
//  6. the searcher API server (cfg.SearcherAPI.Server(), cfg.Limits.Bundle())
//  7. last, the metrics listener, so /readyz turns ready only when all is up:
//     obs.NewServer(cfg.Metrics.Listen, d.reg, d.sup.Ready, d.log)
//
// Until the pipeline exists it refuses, so that "run" never pretends to work.
func wire(d deps) error {
	_ = d
	return errPipelineNotWired
}
