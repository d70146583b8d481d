#!/usr/bin/env bash
# Interoperability with a client no one here wrote: installs ethers and viem from npm (exact versions
# from package-lock.json) and runs, from Go tests that fail rather than skip when the client is
# missing, test/interop/interop.mjs against a real searcher API server and test/interop/devnet.mjs
# against a whole devnet found through its devnet.json (L1 and L2 transactions signed in Node,
# the bundle sent with the Flashbots-style header and seen to land), and the docs/searchers.md
# snippets (test/interop/snippets, ethers and viem: EIP-7702 delegation, EIP-712 signed calls)
# against a devnet, after checking the page quotes them exactly.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v node >/dev/null || { echo "30-interop: node is not installed" >&2; exit 1; }
(cd test/interop && npm ci --no-audit --no-fund)
go test -count=1 -run '^TestInteropEthers$' ./sidecar/internal/searcherapi/ -interop
go test -count=1 -run '^TestDocSnippets$' ./test/interop/
go test -count=1 -run '^TestE2ESidecarInterop(Ethers|Snippets)$' ./devnet/ -interop
