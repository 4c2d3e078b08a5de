#!/usr/bin/env bash
# Renders the hicolor PNG icons from resources/icons/growth-engine.svg (needs librsvg2-bin).
# The PNGs are committed so that building a package does not need an SVG renderer.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/growth-engine.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$here/growth-engine-${size}.png"
done
