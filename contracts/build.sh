#!/usr/bin/env bash
# Builds the contracts reproducibly: installs the pinned solc from package-lock.json into
# contracts/node_modules, compiles src/ into <out>/artifacts (<Contract>.abi, <Contract>.bin) and
# generates the Go bindings into <out>/bindings with abigen v1.17.10 (--v2).
#
# Usage: contracts/build.sh [out]    (out defaults to contracts/, i.e. rebuild in place)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(mkdir -p "${1:-$here}" && cd "${1:-$here}" && pwd)"
abigen_version="v1.17.10"
bound=(BasedInbox AttestationVerifier SyncDemo BLSCommittee)
# BasedAccount shares struct names with BasedInbox (BasedCall), so it gets its own package.
own_pkg=(BasedAccount)

cd "$here"
npm ci --no-audit --no-fund --silent >/dev/null
node compile.js "$out/artifacts"

tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
GOBIN="$tools" go install "github.com/ethereum/go-ethereum/cmd/abigen@$abigen_version"

mkdir -p "$out/bindings"
for c in "${bound[@]}"; do
  lower="$(printf '%s' "$c" | tr '[:upper:]' '[:lower:]')"
  "$tools/abigen" --v2 --pkg bindings --type "$c" \
    --abi "$out/artifacts/$c.abi" --bin "$out/artifacts/$c.bin" \
    --out "$out/bindings/$lower.gen.go"
done
for c in "${own_pkg[@]}"; do
  lower="$(printf '%s' "$c" | tr '[:upper:]' '[:lower:]')"
  mkdir -p "$out/bindings/$lower"
  "$tools/abigen" --v2 --pkg "$lower" --type "$c" \
    --abi "$out/artifacts/$c.abi" --bin "$out/artifacts/$c.bin" \
    --out "$out/bindings/$lower/$lower.gen.go"
done
