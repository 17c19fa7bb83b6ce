#!/usr/bin/env bash
# Preview benchmark: how long after saving an article the open page is told to reload, on a generated site.
#   tests/Benchmark/serve.sh [N] [EDITS]      (default: 10000 articles, 5 edits of each kind)
# Starts `gazette serve`, listens to the reload stream as a page does (curl), appends a sentence to one article's body
# (or changes its title), and times from the write to the reload event, then checks the served page shows the change.
# Prints the first build's time and the median and slowest of each kind. Needs the .NET SDK and curl.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${GAZETTE_BENCH_DIR:-/tmp/gazette-bench}
N=${1:-10000}
edits=${2:-5}
port=${GAZETTE_BENCH_PORT:-18008}
mkdir -p "$work"

dotnet publish "$root/src/Gazette.Cli" -c Release -p:UseArtifactsOutput=true -p:ArtifactsPath="$work/artifacts-fd" -o "$work/gazette-fd" --nologo -v quiet >/dev/null
dotnet build "$root/tests/Gazette.Corpus" -c Release --nologo -v quiet >/dev/null
site="$work/serve-$N"
rm -rf "$site" && mkdir -p "$site"
dotnet "$root/tests/Gazette.Corpus/bin/Release/net10.0/Gazette.Corpus.dll" --articles "$N" --root "$site" >/dev/null
cp -r "$root/theme" "$site/theme"

now() { date +%s%N; }
started=$(now)
"$work/gazette-fd/gazette" serve --root "$site" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; kill $stream 2>/dev/null || true' EXIT
until grep -q 'the preview is at' "$work/serve.log"; do
  kill -0 $server 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.05
done
first=$(( ($(now) - started) / 1000000 ))
base=$(sed -n 's/.*the preview is at \(http[^ ]*\) .*/\1/p' "$work/serve.log")

curl -sN "http://127.0.0.1:$port/__gazette/events?since=1" >"$work/events.txt" &
stream=$!
sleep 3 # let a build set off by the first one's own import settle first

article=$(find "$site/input" -name 'c000007.md')
address=$(find "$site/.gazette/preview/site" -name 'c000007.html' | sed "s|$site/.gazette/preview/site/||")
# one_edit KIND: makes one edit and prints the milliseconds until the reload event.
one_edit() {
  local kind=$1 seen marker
  seen=$(grep -c '^event: build' "$work/events.txt" || true)
  marker="测量${kind}$RANDOM$RANDOM"
  local t0; t0=$(now)
  if [[ $kind == body ]]; then printf '\n%s。\n' "$marker" >>"$article"; else sed -i "s/^title: .*/title: 标题${marker}/" "$article"; fi
  until [[ $(grep -c '^event: build' "$work/events.txt" || true) -gt $seen ]]; do sleep 0.002; done
  local t1; t1=$(now)
  # Read whole before searching: grep -q stopping early would break curl's pipe, which pipefail counts as a failure.
  local page; page=$(curl -s "${base}${address}")
  grep -q "$marker" <<<"$page" || { echo "the served page ${base}${address} does not show the $kind edit" >&2; exit 1; }
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] " ms median, " a[NR] " ms slowest"}'; }
echo "| articles | step | time |"
echo "|---:|---|---|"
echo "| $N | serve: first build and listening | $first ms |"
for kind in body title; do
  results=()
  for _ in $(seq "$edits"); do took=$(one_edit "$kind"); results+=("$took"); sleep 0.3; done
  echo "| $N | save → reload event, $kind edit | $(printf '%s\n' "${results[@]}" | median) |"
done
