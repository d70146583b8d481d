#!/usr/bin/env bash
# Interoperability with clients no one here wrote, and the searcher SDKs: installs the TypeScript
# SDK's packages (sdk/ts: viem) and ethers, viem and the SDK for test/interop from npm (exact
# versions from each package-lock.json), runs the SDK's own tests (node --test: the bundle id,
# EIP-712 digests, call signatures and request header against the Go reference's vectors), the
# Go client's tests (searcherclient, against the sidecar's own searcher API, and the SDK's
# requests checked by the Go verifier), then, from Go tests that fail rather than skip when a
# client is missing, test/interop/interop.mjs against a real searcher API server and
# test/interop/devnet.mjs (on the SDK) against a whole devnet found through its devnet.json (L1
# and L2 transactions signed in Node, the bundle sent with the Flashbots-style header and seen to
# land), the docs/searchers.md snippets (test/interop/snippets, ethers and viem: EIP-7702
# delegation, EIP-712 signed calls) against a devnet after checking the page quotes them
# exactly, and both SDKs' examples landing a bundle on a devnet.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v node >/dev/null || { echo "30-interop: node is not installed" >&2; exit 1; }
# The SDK first: test/interop links it (file:../../sdk/ts) and it resolves viem from its own
# node_modules.
(cd sdk/ts && npm ci --no-audit --no-fund)
(cd test/interop && npm ci --no-audit --no-fund)
(cd sdk/ts && node --test)
go test -count=1 -race ./searcherclient/ -interop
go test -count=1 -run '^TestInteropEthers$' ./sidecar/internal/searcherapi/ -interop
go test -count=1 -run '^TestDocSnippets$' ./test/interop/
go test -count=1 -run '^TestE2E(SidecarInterop(Ethers|Snippets)|SearcherClients)$' ./devnet/ -interop
