#!/usr/bin/env bash
# Installs the Debian packages listed in .ci/debian-packages that are not installed yet.
# Sourced by run.sh and test.sh so a fresh Debian machine with the .NET SDK needs nothing else.
set -euo pipefail
list="$(dirname "${BASH_SOURCE[0]}")/../.ci/debian-packages"
missing=()
while read -r package; do
  package="${package%%#*}"
  package="${package// /}"
  [ -z "$package" ] && continue
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done < "$list"
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
