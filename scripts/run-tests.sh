#!/usr/bin/env bash
# README command 2: install, build the test suite with ASan+UBSan, and run every test with
# CTest offscreen, inside a private D-Bus session with an unlocked gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/install-deps.sh --with-tests
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$(nproc)"
built=$(date +%s)
echo "build: $((built - start)) s"
export QT_QPA_PLATFORM=offscreen
dbus-run-session -- scripts/with-keyring.sh ctest --test-dir build/asan --output-on-failure -j"$(nproc)" "$@"
echo "tests: $(($(date +%s) - built)) s, total: $(($(date +%s) - start)) s"
