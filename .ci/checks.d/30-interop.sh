#!/usr/bin/env bash
# Interoperability of the searcher API with a client no one here wrote: installs ethers from
# npm (exact versions from package-lock.json) and runs test/interop/interop.mjs against a
# real server started by the Go test, which fails rather than skips when the client is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v node >/dev/null || { echo "30-interop: node is not installed" >&2; exit 1; }
(cd test/interop && npm ci --no-audit --no-fund)
go test -count=1 -run '^TestInteropEthers$' ./sidecar/searcherapi/ -interop
