#!/usr/bin/env bash
# Installs the npm packages the browser tests load into Chromium (each tests/*/js/package-lock.json, pinned, no
# download addresses) where they are missing. npm comes with Node.js; where neither is installed, Debian's are.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for lock in "$root"/tests/*/js/package-lock.json; do
  folder="$(dirname "$lock")"
  [ -d "$folder/node_modules" ] && continue
  if ! command -v npm >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  echo "Installing npm packages for ${folder#"$root"/}"
  (cd "$folder" && npm ci --no-audit --no-fund --silent)
done
