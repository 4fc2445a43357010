#!/usr/bin/env bash
# First command of the README: install, build, and run the main job on the
# bundled public-domain portrait. Output lands in out/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
mkdir -p "$root/out"
cli="${BUILD_DIR:-$root/build}/app/marionette-cli"
"$cli" animate "$root/resources/demo/portrait.jpg" --preset nod,blink,smile,talk --duration 4 \
  -o "$root/out/demo.mp4" --force
"$cli" inspect "$root/resources/demo/portrait.jpg" --overlay "$root/out/demo-overlay.png" --force
echo "demo: wrote $root/out/demo.mp4 (the portrait nodding, blinking, smiling and talking) and $root/out/demo-overlay.png"
