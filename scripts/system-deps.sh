#!/usr/bin/env bash
# Install the Debian/Ubuntu packages that Qorgau needs and that are missing.
#
#   scripts/system-deps.sh GROUP…        GROUP: app dev test dist (see system-packages.txt)
#   scripts/system-deps.sh --list GROUP… print the packages of those groups and exit
#
# Says what it installs and why, and asks for sudo when not run as root. Set
# QORGAU_SKIP_SYSTEM_PACKAGES=1 to manage the packages yourself.
set -euo pipefail
LIST="$(dirname "$0")/system-packages.txt"

list_only=0
if [ "${1:-}" = "--list" ]; then list_only=1; shift; fi
[ $# -gt 0 ] || { echo "usage: $0 [--list] GROUP…" >&2; exit 2; }

# "package|why" for each line whose group is one of the arguments.
selected() {
  local pkg group why g
  while read -r pkg group why; do
    case "$pkg" in ''|'#'*) continue ;; esac
    for g in "$@"; do
      if [ "$group" = "$g" ]; then echo "$pkg|$why"; fi
    done
  done < "$LIST"
}

mapfile -t wanted < <(selected "$@")
if [ "$list_only" -eq 1 ]; then
  printf '%s\n' "${wanted[@]%%|*}"
  exit 0
fi
[ "${QORGAU_SKIP_SYSTEM_PACKAGES:-0}" = "1" ] && exit 0

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Qorgau: this is not a Debian or Ubuntu system; install the equivalents of:" >&2
  printf '  %s — %s\n' "${wanted[@]/|/ }" >&2
  echo "then run again with QORGAU_SKIP_SYSTEM_PACKAGES=1." >&2
  exit 3
fi

# One dpkg-query for all of them: this runs before every `make run`, so it must be quick.
mapfile -t installed < <(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' \
  "${wanted[@]%%|*}" 2>/dev/null | awk '$1 ~ /^.i/ {print $2}' | sed 's/:.*//')
missing=()
for entry in "${wanted[@]}"; do
  pkg="${entry%%|*}"
  if ! printf '%s\n' "${installed[@]}" | grep -qx -- "$pkg"; then missing+=("$entry"); fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Qorgau needs these system packages, which are not installed yet:"
for entry in "${missing[@]}"; do
  printf '  %-22s %s\n' "${entry%%|*}" "${entry#*|}"
done
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || {
    echo "Qorgau: run this as root, or install sudo, to install them." >&2; exit 3; }
  echo "Installing them with sudo (it may ask for your password)…"
  SUDO=(sudo)
else
  echo "Installing them…"
fi
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]%%|*}" >/dev/null
echo "Done."
