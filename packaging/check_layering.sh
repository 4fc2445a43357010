#!/usr/bin/env bash
# Fails when a domain header or source in core/ includes Qt, torch, FFmpeg,
# dlib or OpenCV. Those belong to the adapter folders only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/core"
leaks=$(grep -rnE '#include\s*[<"](Q[A-Za-z]|torch/|ATen/|c10/|libav|libsw|dlib/|opencv2/)' \
          --include='*.h' --include='*.hpp' --include='*.cpp' . \
        | grep -vE '^\./(media|face|render|neural)/' || true)
if [ -n "$leaks" ]; then
  echo "domain code includes an adapter library (move it behind core/media, core/face or core/render):"
  echo "$leaks"
  exit 1
fi
# The timeline is shared by the GUI, the CLI and the tests: it may use the
# motion model and base types, never the adapters or the jobs built on them.
upward=$(grep -rnE '#include\s*"core/(media|face|render|pipeline|quality)/' timeline || true)
if [ -n "$upward" ]; then
  echo "core/timeline includes an adapter or pipeline header (it may use core/base and core/motion only):"
  echo "$upward"
  exit 1
fi
echo "layering: core/ domain code is free of Qt, torch, FFmpeg, dlib and OpenCV; core/timeline uses base and motion only"
