#!/usr/bin/env bash
# The chaos run: the devnet with 3 sidecar replicas sharing one Redis (the bundle pool and the
# per-slot lease) over 100 slots; a replica is SIGKILLed at a random instant of about every
# 10th slot (the slot's lease holder once its message is out) and restarted, and Redis is
# restarted once, halfway. It fails when an acknowledged bundle is lost, a slot does not land
# (unless its holder died in the last tenth of its budget, or Redis was down in it), or a slot
# reaches the builder with two different bundles. Prints the figures.
#
#   scripts/chaos.sh [SLOTS]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v redis-server >/dev/null || bash scripts/redis.sh install
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
go run ./cmd/syncboost-devnet -replicas 3 -chaos -slots "${1:-100}" -datadir "$dir"
