#!/usr/bin/env bash
# The main job for a newcomer: installs what is missing, builds, checks every preset in environments/, then runs the
# demo: the clinician's console, the embedded MQTT broker and three simulated headsets with scripted patients.
# Open the address it prints, sign in with the demo account it prints, and steer a headset. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-debian-packages.sh
./kap preset validate environments
echo
exec ./kap demo "$@"
