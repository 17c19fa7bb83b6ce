#!/usr/bin/env bash
# Times the launcher (./gazette) on the repository's own site (input/, theme/, seeds/ at the root), against
# `dotnet run --project src/Gazette.Cli -- build`.
#
#   tests/Benchmark/launcher.sh [REPO]      REPO defaults to the current folder
#
# It removes REPO/.launcher/ (the first run is timed from nothing), touches one .cs file under src/Gazette/ (its
# time only) and builds the site (output/ and .gazette/, both ignored by git); dotnet run builds src/*/bin and obj
# (Debug) as usual. Keep the machine otherwise idle: on 2 cores a compile running beside it doubles the times.
set -euo pipefail
repo=$(cd "${1:-.}" && pwd)
cd "$repo"
[ -x ./gazette ] || { echo "launcher-bench: no ./gazette in $repo" >&2; exit 2; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Seconds taken by a command, its output discarded (stderr kept in $log, shown if it fails).
seconds() {
  local start end
  start=$(date +%s.%N)
  if ! "$@" >/dev/null 2>>"$log"; then
    cat "$log" >&2
    echo "launcher-bench: failed: $*" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
times() { # N COMMAND…: the median of N runs, and all of them
  local n=$1 all
  shift
  all=$(for _ in $(seq "$n"); do seconds "$@"; done)
  echo "$(median <<<"$all") s (median of $n: $(tr '\n' ' ' <<<"$all" | sed 's/ $//'))"
}

echo "machine: $(nproc) cores, dotnet $(dotnet --version), $(git rev-parse --short HEAD 2>/dev/null || echo '?')"

rm -rf .launcher
t=$(seconds ./gazette build)
echo "first run (no .launcher/, publishes):     $t s"
t=$(times 5 ./gazette build)
echo "no-change build through the launcher:     $t"

changed=$(find src/Gazette -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' | sort | head -n 1)
touch "$changed"
t=$(seconds ./gazette build)
echo "after touching $changed (recompiles): $t s"
t=$(times 5 ./gazette build)
echo "no-change build after it:                 $t"

# The launcher's own cost: the same tool started directly, and the staleness check alone (the launcher's find).
read -r build <.launcher/current
direct=$(times 20 dotnet ".launcher/$build/bin/gazette.dll" --version)
launched=$(times 20 ./gazette --version)
echo "gazette --version, tool started directly: $direct"
echo "gazette --version, through the launcher:  $launched"
inputs=("$repo/src" "$repo/gazette")
for f in Directory.Build.props Directory.Build.targets Directory.Packages.props global.json nuget.config \
  NuGet.config NuGet.Config .editorconfig; do
  if [ -e "$f" ]; then inputs+=("$repo/$f"); fi
done
check() {
  find "${inputs[@]}" \( -name bin -o -name obj -o -name '*.sw[a-p]' -o -name '*~' -o -name '.#*' \) -prune \
    -o -newer ".launcher/$build/stamp" \( -type d -print -o -print -quit \)
}
t=$(times 20 check)
echo "staleness check alone (one find):         $t"
t=$(times 20 /bin/true)
echo "  (for scale, starting a process here:    $t)"

# dotnet run, as the README said before: one untimed run first, so that the timed ones find nothing to compile.
seconds dotnet run --project src/Gazette.Cli -- build >/dev/null
t=$(times 3 dotnet run --project src/Gazette.Cli -- build)
echo "no-change build through dotnet run:       $t"
touch "$changed"
t=$(seconds dotnet run --project src/Gazette.Cli -- build)
echo "dotnet run after touching the same file:  $t s"
