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
# Every generated file, in contracts/bindings and its per-contract packages (basedaccount/).
generated() { (cd "$1" && find . -name '*.gen.go' | LC_ALL=C sort); }
diff <(generated contracts/bindings) <(generated "$out/bindings") || status=1
while read -r f; do
	cmp "$out/bindings/$f" "contracts/bindings/$f" || status=1
done < <(generated "$out/bindings")
if ((status != 0)); then
	echo "20-contracts: committed artifacts or bindings differ from a rebuild; run contracts/build.sh" >&2
	exit 1
fi
echo "20-contracts: artifacts and bindings reproduce byte for byte"
