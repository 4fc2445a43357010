#!/usr/bin/env bash
# Installs the Debian package on a clean Debian 12 and runs it there:
#   bash packaging/check_package.sh [marionette_X_amd64.deb]
# Without an argument it builds the package first (build/, configured without
# tests when new; BUILD_DIR and JOBS override). It bootstraps a minimal bookworm
# root with debootstrap (about 400 MB downloaded), installs the .deb with apt
# inside a chroot, then runs marionette-cli --version, the demo animation and
# the editor's offscreen screenshots (empty, and with the portrait open), and
# prints the installed size; with marionette-dbgsym beside the .deb it installs
# that too and checks each file's debug information is where gdb looks. Exits
# non-zero on any failure.
# Needs root and network; not part of the test suite.
#   KEEP_ROOT=1        keep the bootstrapped root (its path is printed)
#   CHECK_DIR=DIR      bootstrap there, or reuse the root already there; never
#                      removed (default: a new directory in /var/tmp, removed at the end)
#   CHECK_OUT=DIR      where the demo video and screenshots are copied (default: BUILD_DIR/package-check)
#   MIRROR=URL         Debian mirror (default http://deb.debian.org/debian)
#   NO_RECOMMENDS=1    install without Recommends (checks that Depends alone suffice)
set -euo pipefail
root_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root_dir/build}"
mirror="${MIRROR:-http://deb.debian.org/debian}"
duration=2
fps=25  # the CLI's default frame rate for presets
started=$SECONDS

step() { printf '\n== [%4ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() {
  echo "check_package: FAILED: $*" >&2
  exit 1
}

if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "run as root (debootstrap and chroot need it)"
  exec sudo --preserve-env=BUILD_DIR,JOBS,KEEP_ROOT,CHECK_DIR,CHECK_OUT,MIRROR,NO_RECOMMENDS bash "$0" "$@"
fi

# --- the package -------------------------------------------------------------
if [ $# -ge 1 ]; then
  deb="$(realpath "$1")"
else
  step "building the package in $build"
  options=()
  [ -f "$build/CMakeCache.txt" ] || options=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARIONETTE_BUILD_TESTS=OFF)
  cmake -S "$root_dir" -B "$build" "${options[@]}" >/dev/null
  cmake --build "$build" -j"${JOBS:-2}"
  (cd "$build" && cpack -G DEB)
  deb="$(ls -t "$build"/marionette_*.deb | head -n1)"
fi
[ -f "$deb" ] || fail "no package at $deb"
step "package $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -f "$deb" Package Version Architecture Installed-Size Depends Recommends

if command -v readelf >/dev/null; then
  step "checking the package's programs and module carry no debug information"
  unpacked="$(mktemp -d)"
  dpkg-deb -x "$deb" "$unpacked"
  for elf in "$unpacked"/usr/bin/marionette "$unpacked"/usr/bin/marionette-cli \
    "$unpacked"/usr/lib/marionette/libmarionette_render_torch.so; do
    [ -f "$elf" ] || { rm -rf "$unpacked"; fail "the package has no ${elf#"$unpacked"}"; }
    if readelf -S --wide "$elf" | grep -q '\.debug_'; then
      rm -rf "$unpacked"
      fail "${elf#"$unpacked"} is not stripped"
    fi
    echo "  ${elf#"$unpacked"}: $(du -k "$elf" | cut -f1) KiB, stripped"
  done
  for model in blazeface.json blazeface.bin facemesh.json facemesh.bin iris.json iris.bin; do
    [ -f "$unpacked/usr/share/marionette/models/$model" ] ||
      { rm -rf "$unpacked"; fail "the package has no face model $model"; }
  done
  echo "  /usr/share/marionette/models: the six face model files"
  # The debug information, when built beside it, is in marionette-dbgsym under each file's build ID.
  dbgsym="$(dirname "$deb")/marionette-dbgsym_$(dpkg-deb -f "$deb" Version)_$(dpkg-deb -f "$deb" Architecture).ddeb"
  if [ -f "$dbgsym" ]; then
    debug_files="$(dpkg-deb -c "$dbgsym")"
    for elf in "$unpacked"/usr/bin/marionette "$unpacked"/usr/bin/marionette-cli \
      "$unpacked"/usr/lib/marionette/libmarionette_render_torch.so; do
      id="$(readelf -n "$elf" | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p')"
      grep -q "/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug" <<<"$debug_files" ||
        { rm -rf "$unpacked"; fail "$(basename "$dbgsym") has no debug information for ${elf#"$unpacked"}"; }
    done
    echo "  $(basename "$dbgsym") ($(du -k "$dbgsym" | cut -f1) KiB) holds the debug information of all three"
  fi
  rm -rf "$unpacked"
fi

# --- a clean Debian 12 -------------------------------------------------------
if ! command -v debootstrap >/dev/null; then
  step "installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

if [ -n "${CHECK_DIR:-}" ]; then
  chroot_dir="$CHECK_DIR"
  KEEP_ROOT=1
else
  chroot_dir="$(mktemp -d /var/tmp/marionette-check.XXXXXX)"
fi
mkdir -p "$chroot_dir"
chroot_dir="$(realpath "$chroot_dir")"
[ "$chroot_dir" != / ] || fail "CHECK_DIR must not be /"

mounted=()
cleanup() {
  local status=$?
  # Unmount in reverse order; the root is removed only when nothing is mounted
  # inside it any more (removing it with /dev bound in would empty the host's /dev).
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -R "${mounted[i]}" 2>/dev/null || umount -R -l "${mounted[i]}" || true
  done
  if grep -q " $chroot_dir/" /proc/mounts; then
    echo "check_package: something is still mounted under $chroot_dir; leaving it in place" >&2
  elif [ "${KEEP_ROOT:-0}" = 1 ]; then
    echo "check_package: kept the root at $chroot_dir"
  else
    rm -rf --one-file-system "$chroot_dir"
  fi
  echo "check_package: took $((SECONDS - started)) s"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "bootstrapping Debian 12 (minbase) into $chroot_dir"
if [ -x "$chroot_dir/usr/bin/apt-get" ]; then
  echo "  (reusing the root already there)"
else
  debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$chroot_dir.debootstrap.log" 2>&1 ||
    { tail -n 20 "$chroot_dir.debootstrap.log" >&2; fail "debootstrap (log: $chroot_dir.debootstrap.log)"; }
  rm -f "$chroot_dir.debootstrap.log"
fi

# /proc: the programs find the render module from /proc/self/exe.
mount -t proc proc "$chroot_dir/proc"
mounted+=("$chroot_dir/proc")
mount -t sysfs sysfs "$chroot_dir/sys"
mounted+=("$chroot_dir/sys")
# The host's /dev, made a slave so nothing done inside propagates back out.
mount --rbind /dev "$chroot_dir/dev"
mounted+=("$chroot_dir/dev")
mount --make-rslave "$chroot_dir/dev"
cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
# A real Debian 12 also has the updates and security suites.
cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
# No services start inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$chroot_dir/usr/sbin/policy-rc.d"
chmod +x "$chroot_dir/usr/sbin/policy-rc.d"

# Runs a command in the chroot with a clean environment (no MARIONETTE_* from here).
in_root() {
  chroot "$chroot_dir" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# --- install -----------------------------------------------------------------
step "installing $(basename "$deb") with apt"
cp "$deb" "$chroot_dir/tmp/"
apt_options=(-y -q -o Dpkg::Use-Pty=0)
[ "${NO_RECOMMENDS:-0}" = 1 ] && apt_options+=(--no-install-recommends)
apt_log="$chroot_dir/tmp/apt.log"
if ! { in_root apt-get update -q && in_root sh -c "cd /tmp && apt-get install ${apt_options[*]} ./$(basename "$deb")"; } \
  >"$apt_log" 2>&1; then
  tail -n 30 "$apt_log" >&2
  fail "apt-get install"
fi
grep -E '^[0-9]+ upgraded|^Need to get|^After this operation' "$apt_log" | sed 's/^/  /'
in_root dpkg-query -W -f='${Status}\n' marionette | grep -q "install ok installed" ||
  fail "marionette is not installed"
installed_kib="$(in_root dpkg-query -W -f='${Installed-Size}' marionette)"
echo "  installed: marionette $(in_root dpkg-query -W -f='${Version}' marionette), Installed-Size ${installed_kib} KiB"

step "every library the programs and the module need resolves"
for elf in /usr/bin/marionette /usr/bin/marionette-cli /usr/lib/marionette/libmarionette_render_torch.so; do
  missing="$(in_root ldd "$elf" | grep 'not found' || true)"
  [ -z "$missing" ] || fail "$elf: $missing"
  echo "  $elf: ok"
done

# --- run ---------------------------------------------------------------------
step "marionette-cli --version"
version="$(in_root marionette-cli --version)" || fail "marionette-cli --version"
echo "  $version"

step "demo: animate the portrait (nod, blink, smile, talk; ${duration} s)"
# The package does not ship the demo portrait; the check brings its own copy.
cp "$root_dir/resources/demo/portrait.jpg" "$chroot_dir/tmp/portrait.jpg"
rm -f "$chroot_dir/tmp/demo.mp4"
in_root marionette-cli animate /tmp/portrait.jpg --preset nod,blink,smile,talk --duration "$duration" \
  -o /tmp/demo.mp4 || fail "marionette-cli animate"
[ -s "$chroot_dir/tmp/demo.mp4" ] || fail "no /tmp/demo.mp4"
video_bytes="$(stat -c %s "$chroot_dir/tmp/demo.mp4")"
expected_frames=$((duration * fps))
if in_root sh -c 'command -v ffprobe' >/dev/null; then
  frames="$(in_root ffprobe -v error -select_streams v:0 -count_frames -show_entries stream=nb_read_frames \
    -of csv=p=0 /tmp/demo.mp4)"
  size="$(in_root ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=s=x:p=0 /tmp/demo.mp4)"
  echo "  /tmp/demo.mp4: $video_bytes bytes, $frames frames (ffprobe), ${size}"
  [ "$frames" = "$expected_frames" ] || fail "the video has $frames frames, expected $expected_frames"
else
  echo "  /tmp/demo.mp4: $video_bytes bytes (no ffprobe in the root; checking the size only)"
  [ "$video_bytes" -gt 20000 ] || fail "the video is only $video_bytes bytes"
fi

# Checks a PNG written in the root: its signature, and not tiny.
check_png() {
  local png="$chroot_dir$1" bytes width height w0 w1 w2 w3 h0 h1 h2 h3
  [ -f "$png" ] || fail "no $1"
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "$1 is not a PNG"
  bytes="$(stat -c %s "$png")"
  # Width and height from the PNG header (IHDR).
  read -r w0 w1 w2 w3 h0 h1 h2 h3 < <(od -An -tu1 -j16 -N8 "$png")
  width=$(((w0 << 24) | (w1 << 16) | (w2 << 8) | w3))
  height=$(((h0 << 24) | (h1 << 16) | (h2 << 8) | h3))
  echo "  $1: $bytes bytes, ${width}x${height}"
  if [ "$bytes" -le 10000 ] || [ "$width" -lt 640 ] || [ "$height" -lt 400 ]; then
    fail "$1 is too small ($bytes bytes, ${width}x${height})"
  fi
}
gui=(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-root)
install -d -m 700 "$chroot_dir/tmp/runtime-root"

step "editor: offscreen screenshot of the empty window"
rm -f "$chroot_dir/tmp/shot.png"
in_root "${gui[@]}" marionette --screenshot /tmp/shot.png || fail "marionette --screenshot"
check_png /tmp/shot.png

step "editor: offscreen screenshot with the portrait open (landmark model, analysis, preview)"
rm -f "$chroot_dir/tmp/shot-portrait.png"
in_root "${gui[@]}" marionette /tmp/portrait.jpg --screenshot /tmp/shot-portrait.png ||
  fail "marionette /tmp/portrait.jpg --screenshot"
check_png /tmp/shot-portrait.png

if [ -n "${dbgsym:-}" ] && [ -f "$dbgsym" ]; then
  step "installing $(basename "$dbgsym") with dpkg"
  cp "$dbgsym" "$chroot_dir/tmp/"
  in_root dpkg -i "/tmp/$(basename "$dbgsym")" >/dev/null || fail "dpkg -i $(basename "$dbgsym")"
  for elf in /usr/bin/marionette /usr/bin/marionette-cli /usr/lib/marionette/libmarionette_render_torch.so; do
    id="$(readelf -n "$chroot_dir$elf" | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p')"
    [ -s "$chroot_dir/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug" ] || fail "no installed debug information for $elf"
    echo "  $elf: /usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug"
  done
fi

out="${CHECK_OUT:-$build/package-check}"
mkdir -p "$out"
cp "$chroot_dir"/tmp/{demo.mp4,shot.png,shot-portrait.png} "$out/"

step "passed"
echo "  package:        $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
echo "  Installed-Size: ${installed_kib} KiB"
echo "  outputs:        $out/{demo.mp4,shot.png,shot-portrait.png}"
