#!/usr/bin/env bash
# The soak run: 100 devnet slots with the fault schedule (a missed L1 slot, an L1 reorg and a
# forced transaction every 20 slots, every 7th based block and every batch in blobs, and once the
# sequencer down for 14 slots, so based mode opens and users' L2 transfers go through it). It fails
# when the node that derives the L2 from L1 alone disagrees with the sequencer after any L1
# block, or derivation stops. Prints the run's table and figures.
#
#   scripts/soak.sh [SLOTS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
go run ./cmd/syncboost-devnet -slots "${1:-100}" -faults -datadir "$dir"
