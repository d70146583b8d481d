#!/usr/bin/env bash
# Headless Chromium for the status page's end-to-end test (devnet/e2e_status_test.go), from
# Debian's chromium package.
#
#   scripts/chromium.sh install    install chromium with apt-get if it is missing
set -euo pipefail

die() { printf 'chromium.sh: %s\n' "$*" >&2; exit 1; }

install() {
	if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then
		return
	fi
	command -v apt-get >/dev/null || die "chromium is missing and apt-get is not available: install Chromium"
	local apt=(apt-get)
	if [[ "$(id -u)" != 0 ]]; then
		command -v sudo >/dev/null || die "chromium is missing: run as root or install sudo"
		apt=(sudo apt-get)
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${apt[@]}" install -y --no-install-recommends chromium ||
		{ "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends chromium; }
	command -v chromium >/dev/null || die "chromium still missing after apt-get install"
}

case "${1:-}" in
install) install ;;
*) die "usage: scripts/chromium.sh install" ;;
esac
