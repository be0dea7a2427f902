#!/usr/bin/env bash
# Renders obrestore.svg into the hicolor PNG sizes committed beside it (rsvg-convert, Debian's librsvg2-bin).
# Run after changing the SVG; the build installs the committed files and needs no renderer.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" obrestore.svg -o "hicolor/${size}x${size}/obrestore.png"
done
