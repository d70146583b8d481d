#!/usr/bin/env bash
# The flood run: 100 devnet slots while 64 fresh searcher identities flood the sidecar's
# searcher API (-flood, 1,000 requests/s). It fails when fewer than 99 % of the released slots
# land. Prints the run's table, figures and what the flood got accepted and refused.
#
#   scripts/flood.sh [SLOTS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
go run ./cmd/syncboost-devnet -slots "${1:-100}" -flood -datadir "$dir"
