#!/usr/bin/env bash
# The committed contract artifacts and Go bindings must be exactly what contracts/build.sh makes
# from contracts/src with the pinned solc and abigen: rebuild into a temporary directory and
# compare byte for byte, including that no stale generated file is left behind.
set -euo pipefail
cd "$(dirname "$0")/../.."

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
contracts/build.sh "$out"

status=0
diff -r contracts/artifacts "$out/artifacts" || status=1
diff -r <(cd contracts/bindings && ls -1 ./*.gen.go) <(cd "$out/bindings" && ls -1 ./*.gen.go) || status=1
for f in "$out"/bindings/*.gen.go; do
	cmp "$f" "contracts/bindings/$(basename "$f")" || status=1
done
if ((status != 0)); then
	echo "20-contracts: committed artifacts or bindings differ from a rebuild; run contracts/build.sh" >&2
	exit 1
fi
echo "20-contracts: artifacts and bindings reproduce byte for byte"
