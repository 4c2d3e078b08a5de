#!/usr/bin/env bash
# Installs the Debian 12 packages Growth Engine needs to build, run and test.
# Idempotent: installs only what is missing; runs `apt-get update` once per call when needed.
set -euo pipefail

BUILD_PKGS=(cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev qt6-httpserver-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libxkbcommon-dev
    libzstd-dev libsimdjson-dev libsecret-1-0 libsqlite3-dev fonts-dejavu-core fonts-symbola)
TEST_PKGS=(librapidcheck-dev xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    imagemagick poppler-utils postgresql appstream dpkg-dev file clang libclang-rt-14-dev
    python3 python3-jsonschema iproute2 procps openssl)

want=("${BUILD_PKGS[@]}")
if [[ "${1:-}" == "--with-tests" ]]; then
    want+=("${TEST_PKGS[@]}")
    # Node.js + npm for the local AT Protocol network (it brings its own Node 22 from npm). A Node
    # that ships its own npm (e.g. NodeSource's) is used as it is: Debian's npm conflicts with it.
    if ! command -v npm >/dev/null 2>&1; then
        want+=(nodejs npm)
    fi
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "All packages present."
fi
