#!/usr/bin/env bash
# Second command of the README and what CI runs: install, build, run every
# test in two tiers (labels set by marionette_add_test, tests/CMakeLists.txt):
# the fast unit tier first, then the slow tier (real media, the CLI, the GUI,
# face tracking and renders on real images). Both tiers always run; the
# script fails if either does.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
build="${BUILD_DIR:-$root/build}"

count() { ctest --test-dir "$build" -N "$@" | sed -n 's/^Total Tests: //p'; }
total=$(count)
unit=$(count -L '^unit$')
slow=$(count -L '^slow$')
# Every test carries exactly one tier label; one with none would only ever
# run in the slow tier, one with both in both.
if [ "$((unit + slow))" -ne "$total" ]; then
  echo "test tiers: $unit unit + $slow slow tests but $total in all; give every test one TIER" >&2
  exit 1
fi

tier() { ctest --test-dir "$build" --output-on-failure -j2 --timeout 600 "$@"; }
status=0
echo "=== Fast tier: $unit unit tests (ctest -L unit) ==="
tier -L unit || status=1
echo "=== Slow tier: $slow tests with media, the CLI, the GUI, face and render (ctest -LE unit) ==="
tier -LE unit || status=1
exit "$status"
