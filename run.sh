#!/usr/bin/env bash
# The main job for a newcomer: installs what is missing, builds, checks every preset in environments/,
# and shows what one preset looks and sounds like at one moment of a session.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-debian-packages.sh
./kap preset validate environments
echo
echo "The night-sky preset 20 minutes in, darkened to 0.8, breathing in a box pattern:"
./kap preset show environments/night-sky.json --at 1200 --darkness 0.8 --breathing box
