#!/usr/bin/env bash
# The ePBS run: 100 devnet slots with L1 under ePBS (Gloas at epoch 0) and a quarter of the
# payloads withheld, so the next slot builds on the EMPTY parent. The sequencer signs a FULL and
# an EMPTY variant per slot and the sidecar sends both. It fails when fewer than 99 % of the slots
# whose proposer took the builder's block land, when one lands in a variant whose parent is not
# the block's, or when a slot lands twice. Prints the run's table and figures.
#
#   scripts/epbs.sh [SLOTS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
go run ./cmd/syncboost-devnet -slots "${1:-100}" -epbs -withhold-share 0.25 -datadir "$dir"
