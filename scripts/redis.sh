#!/usr/bin/env bash
# Redis for the shared bundle pool ([pool] backend = "redis"), from Debian's redis-server.
#
#   scripts/redis.sh install      install redis-server with apt-get if it is missing
#   scripts/redis.sh run [DIR]    start it on a free port of 127.0.0.1 with its data in DIR
#                                 (default: a temporary directory, removed at exit), print
#                                 REDIS_URL=redis://127.0.0.1:PORT/0 once it accepts
#                                 connections, and stop it on SIGINT/SIGTERM
#
# The server runs with the settings the pool requires (docs/operations.md, "Replicas and Redis"):
# appendonly yes, appendfsync always, maxmemory-policy noeviction.
set -euo pipefail

die() { printf 'redis.sh: %s\n' "$*" >&2; exit 1; }

install() {
	if command -v redis-server >/dev/null; then
		return
	fi
	command -v apt-get >/dev/null || die "redis-server is missing and apt-get is not available: install Redis >= 7"
	local apt=(apt-get)
	if [[ "$(id -u)" != 0 ]]; then
		command -v sudo >/dev/null || die "redis-server is missing: run as root or install sudo"
		apt=(sudo apt-get)
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${apt[@]}" install -y --no-install-recommends redis-server ||
		{ "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends redis-server; }
	command -v redis-server >/dev/null || die "redis-server still missing after apt-get install"
}

# free_port prints a port of 127.0.0.1 nothing listens on now; the server may still lose it to
# someone else before it binds, which run retries.
free_port() {
	local port
	for _ in $(seq 1 50); do
		port=$((20000 + RANDOM % 40000))
		if ! (: <"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	die "no free port found"
}

# start PORT DIR starts the server and returns once its log says it is ready (0), or that the
# port is taken (2); the server's output keeps going to stderr.
start() {
	local port=$1 dir=$2 line
	coproc REDIS { exec redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --daemonize no \
		--logfile "" --save "" --appendonly yes --appendfsync always --maxmemory-policy noeviction 2>&1; }
	exec 3<&"${REDIS[0]}" # a coproc's descriptors do not reach subshells; a copy does
	while IFS= read -r line <&3; do
		printf '%s\n' "$line" >&2
		case "$line" in
		*"Ready to accept connections"*)
			cat <&3 >&2 &
			return 0
			;;
		*"Address already in use"*)
			wait "$REDIS_PID" || true
			return 2
			;;
		esac
	done
	die "redis-server exited before it was ready"
}

# Globals, for the EXIT trap: the server's pid and the temporary directory to remove.
REDIS_SERVER_PID=""
REDIS_TMP_DIR=""

cleanup() {
	if [[ -n "$REDIS_SERVER_PID" ]]; then
		kill -TERM "$REDIS_SERVER_PID" 2>/dev/null || true
		wait "$REDIS_SERVER_PID" 2>/dev/null || true
	fi
	if [[ -n "$REDIS_TMP_DIR" ]]; then
		rm -rf "$REDIS_TMP_DIR"
	fi
}

run() {
	command -v redis-server >/dev/null || die "redis-server is missing: scripts/redis.sh install"
	local dir=${1:-} port rc
	trap cleanup EXIT
	trap 'exit 0' INT TERM
	if [[ -z "$dir" ]]; then
		dir="$(mktemp -d)"
		REDIS_TMP_DIR=$dir
	fi
	mkdir -p "$dir"
	for _ in 1 2 3 4 5; do
		port="$(free_port)"
		rc=0
		start "$port" "$dir" || rc=$?
		if ((rc == 0)); then
			REDIS_SERVER_PID=$REDIS_PID
			echo "REDIS_URL=redis://127.0.0.1:$port/0"
			wait "$REDIS_SERVER_PID" || true
			REDIS_SERVER_PID=""
			return
		fi
	done
	die "could not bind a port after 5 attempts"
}

case "${1:-}" in
install) install ;;
run) shift; run "$@" ;;
*) die "usage: scripts/redis.sh install | run [DIR]" ;;
esac
