// Package bundle holds syncboost's protocol types: the sequencer's slot-ending message and its
// certificate, searchers' composable bundles, the atomic L1 bundle sent to builders, and the
// validation rules for all of them.
//
// The package is pure: no I/O, no clocks, no logging, and it imports no other syncboost package,
// so the sequencer, the sidecar, L2 nodes and tests can share one definition of every encoding.
package bundle
