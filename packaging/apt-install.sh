# Sourced by install-deps.sh and install-models.sh: installs Debian packages
# as root, or through sudo for a user who has it.
# usage: apt_install WHO PACKAGE...   (WHO prefixes the messages)
apt_install() {
  local who="$1"
  shift
  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "$who: run as root or install sudo" >&2; exit 1; }
    as_root=(sudo)
  fi
  echo "$who: installing $# packages: $*"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
