#!/usr/bin/env bash
# README command 1: install what is missing, build Release, start the app on its embedded
# default store (SQLite in the per-user data directory). Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
exec build/release/app/growth-engine "$@"
