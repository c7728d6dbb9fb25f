#!/usr/bin/env bash
# macOS only (iconutil): packaging/icons/tourplanner.icns from the SVG, through the
# same Qt renderer the Linux package uses. NOT RUN HERE; the release workflow runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${1:-python3}
work=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py packaging/icons/tourplanner.svg "$work/png" tourplanner >/dev/null
set_dir=$work/tourplanner.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
  cp "$work/png/${size}x${size}/apps/tourplanner.png" "$set_dir/icon_${size}x${size}.png"
done
cp "$work/png/32x32/apps/tourplanner.png" "$set_dir/icon_16x16@2x.png"
cp "$work/png/64x64/apps/tourplanner.png" "$set_dir/icon_32x32@2x.png"
cp "$work/png/256x256/apps/tourplanner.png" "$set_dir/icon_128x128@2x.png"
cp "$work/png/512x512/apps/tourplanner.png" "$set_dir/icon_256x256@2x.png"
iconutil -c icns "$set_dir" -o packaging/icons/tourplanner.icns
rm -rf "$work"
