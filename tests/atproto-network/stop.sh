#!/usr/bin/env bash
# Stops a network started by start.sh STATE_DIR (SIGTERM, then SIGKILL after 15 s).
set -uo pipefail
state=${1:?usage: stop.sh STATE_DIR}
[[ -f "$state/pid" ]] || exit 0
pid=$(cat "$state/pid")
# SIGTERM makes network.mjs close the servers, stop PostgreSQL and delete its temp dir.
kill -TERM "$pid" 2>/dev/null
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null; fi
rm -f "$state/pid" "$state/ready.json"
exit 0
