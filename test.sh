#!/usr/bin/env bash
# Installs what the tests need, builds the whole solution (warnings are errors) and runs every test project.
# Tests start and stop the services they use themselves. Ends with one line: N passed, N failed, N skipped.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-debian-packages.sh
source scripts/ensure-npm-packages.sh
results="artifacts/test-results"
rm -rf "$results"
dotnet build KapImmersive.sln -c Release --nologo -v quiet -clp:ErrorsOnly
status=0
run_tests() {
  dotnet test "$1" -c Release --no-build --nologo --logger "trx;LogFileName=$(basename "$1" .csproj).trx" \
    --logger "console;verbosity=minimal" --results-directory "$results"
}
# Most test projects run one at a time: they keep real time (live audio, a browser, brokers restarted under load),
# and running them side by side on a small machine would measure the machine, not the code. These keep no real time
# of their own (the core's rules, a scripted session on a simulated clock in a browser, pictures drawn and compared,
# command lines whose one long wait is a simulated headset's gentle return): they share the machine, after the rest.
together=(tests/KapImmersive.Rendering.Tests/KapImmersive.Rendering.Tests.csproj tests/KapImmersive.Cli.Tests/KapImmersive.Cli.Tests.csproj
  tests/KapImmersive.Core.Tests/KapImmersive.Core.Tests.csproj tests/KapImmersive.Headset.Runtime.Tests/KapImmersive.Headset.Runtime.Tests.csproj)
for project in tests/*/*.Tests.csproj; do
  [[ " ${together[*]} " == *" $project "* ]] && continue
  run_tests "$project" || status=$?
done
pids=()
for project in "${together[@]}"; do
  run_tests "$project" &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid" || status=$?
done
totals=$(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); sum[kv[1]] += kv[2] } }
  END { printf "%d passed, %d failed, %d skipped", sum["passed"], sum["failed"], sum["total"] - sum["executed"] }')
echo "Tests: ${totals:-0 passed, 0 failed}"
exit $status
