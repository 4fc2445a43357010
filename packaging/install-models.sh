#!/usr/bin/env bash
# Installs the MediaPipe face models (BlazeFace detector, FaceMesh, Iris) that
# Marionette tracks faces with into resources/models/ (or MODEL_DIR). They
# come from the @vladmandic/human npm package at one pinned version (MIT; the
# models are Google's, Apache-2.0), fetched with `npm pack` from the npm
# registry; every file is checked against the SHA-256 pinned below before it
# is installed. Nothing is fetched when the installed files already match, and
# Marionette never downloads anything itself.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${MODEL_DIR:-$root/resources/models}"
package="@vladmandic/human@3.3.6"

# name and SHA-256 of each file used, as packaged in that version
pinned=(
  "blazeface.json cd7bbfc078270572beb39f9e5ae67aadbd50b5e67cff37e6d4f6b3ea39312e5f"
  "blazeface.bin dc9a97fdc50bc43216554bdd69aa3e7b9361a519ee7bdd996a2f69a98a6f9b72"
  "facemesh.json b60ca26f404724f43bd2b1575761d8265180e1f053cc0731caa68462927309e7"
  "facemesh.bin 3826da640b0a3021161605369ee6af293f75d518040355b960ec71a3390c1c0b"
  "iris.json 49038ac9dcc09aa05474d91d98e9db5b47af4830929bcf102ed5a56bfbabb465"
  "iris.bin d7f296d184274213d4642681ae186112cbbec77fd2ab066257d3c56a1940bc71"
)

all_match() {
  local folder="$1" entry name sum
  for entry in "${pinned[@]}"; do
    read -r name sum <<<"$entry"
    [ -f "$folder/$name" ] || return 1
    [ "$(sha256sum "$folder/$name" | cut -d' ' -f1)" = "$sum" ] || return 1
  done
}

if all_match "$target"; then
  echo "install-models: the face models in $target match their pinned checksums"
  exit 0
fi

if ! command -v npm >/dev/null; then
  # shellcheck source=packaging/apt-install.sh
  source "$root/packaging/apt-install.sh"
  apt_install install-models npm
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "install-models: fetching $package from the npm registry"
(cd "$work" && npm pack --silent "$package" >/dev/null)
tar -xzf "$work"/vladmandic-human-*.tgz -C "$work" \
  package/LICENSE $(for entry in "${pinned[@]}"; do read -r name _ <<<"$entry"; echo "package/models/$name"; done)
for entry in "${pinned[@]}"; do
  read -r name sum <<<"$entry"
  actual="$(sha256sum "$work/package/models/$name" | cut -d' ' -f1)"
  if [ "$actual" != "$sum" ]; then
    echo "install-models: $name from $package has SHA-256 $actual, not the pinned $sum; nothing installed" >&2
    exit 1
  fi
done
mkdir -p "$target"
for entry in "${pinned[@]}"; do
  read -r name _ <<<"$entry"
  install -m 0644 "$work/package/models/$name" "$target/$name.tmp"
  mv -f "$target/$name.tmp" "$target/$name"
done
cp "$work/package/LICENSE" "$target/LICENSE.human-MIT"
echo "install-models: installed ${#pinned[@]} model files into $target"
