#!/usr/bin/env bash
# Installs the Debian 12 packages Marionette builds and runs with, then the
# face models (install-models.sh).
# Works as root or as a user with sudo; skips apt entirely when all are present.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=packaging/apt-install.sh
source "$here/apt-install.sh"
mapfile -t packages < <(grep -vE '^\s*(#|$)' "$here/debian-packages.txt")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exec bash "$here/install-models.sh"
fi

apt_install install-deps "${missing[@]}"
echo "install-deps: done"
exec bash "$here/install-models.sh"
