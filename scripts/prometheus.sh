#!/usr/bin/env bash
# Prometheus and promtool for the alert-rule and dashboard tests (deploy/), from Debian's
# prometheus package.
#
#   scripts/prometheus.sh install    install prometheus with apt-get if it is missing
#
# The package's own service is not used: the tests run their own server on a free port.
set -euo pipefail

die() { printf 'prometheus.sh: %s\n' "$*" >&2; exit 1; }

install() {
	if command -v prometheus >/dev/null && command -v promtool >/dev/null; then
		return
	fi
	command -v apt-get >/dev/null || die "prometheus is missing and apt-get is not available: install Prometheus >= 2.42"
	local apt=(apt-get)
	if [[ "$(id -u)" != 0 ]]; then
		command -v sudo >/dev/null || die "prometheus is missing: run as root or install sudo"
		apt=(sudo apt-get)
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${apt[@]}" install -y --no-install-recommends prometheus ||
		{ "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends prometheus; }
	command -v promtool >/dev/null || die "promtool still missing after apt-get install"
}

case "${1:-}" in
install) install ;;
*) die "usage: scripts/prometheus.sh install" ;;
esac
