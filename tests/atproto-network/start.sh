#!/usr/bin/env bash
# Starts the local AT Protocol network in the background and waits for its ready line.
# Usage: start.sh STATE_DIR   (writes STATE_DIR/ready.json, STATE_DIR/pid, STATE_DIR/network.log)
# Extra environment: see network.mjs (GE_NET_FOLLOWERS, GE_NET_RATE_LIMITS, ...).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${1:?usage: start.sh STATE_DIR}
mkdir -p "$state"
"$here/install.sh"
rm -f "$state/ready.json"
start=$(date +%s%N)
export PATH="$here/node_modules/.bin:$PATH"
cd "$here"
setsid node network.mjs > "$state/ready.json.tmp" 2> "$state/network.log" < /dev/null &
echo $! > "$state/pid"
for _ in $(seq 1 600); do
    if grep -q '"ready":true' "$state/ready.json.tmp" 2>/dev/null; then
        mv "$state/ready.json.tmp" "$state/ready.json"
        echo "atproto-network: ready in $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
        cat "$state/ready.json"
        exit 0
    fi
    if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then
        echo "atproto-network: failed to start; log follows" >&2
        tail -40 "$state/network.log" >&2
        exit 1
    fi
    sleep 0.5
done
echo "atproto-network: not ready after 300 s" >&2
kill "$(cat "$state/pid")" 2>/dev/null || true
exit 1
