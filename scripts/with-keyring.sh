#!/usr/bin/env bash
# Runs a command with a fresh HOME and an unlocked gnome-keyring (Secret Service) on the
# current D-Bus session bus, so QtKeychain works headless. Use inside dbus-run-session.
set -euo pipefail
GE_KEYRING_HOME=$(mktemp -d)
trap 'rm -rf "$GE_KEYRING_HOME"' EXIT
export HOME="$GE_KEYRING_HOME"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# A non-empty password on stdin creates and unlocks the login keyring without a prompt.
eval "$(echo -n "ge-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
