#!/usr/bin/env bash
# Gazette against Hugo on one corpus of long articles, alternating, so that the machine's noise falls on both alike.
#   tests/Benchmark/alternate.sh [N] [ROUNDS] [SEED] [VOCABULARY]  (default 10000 long articles, 3 rounds, seed 1, stock)
# Generates N articles with Gazette.Corpus --profile long (another SEED gives an independent corpus of the same
# shape; VOCABULARY natural gives text with a natural spread of words instead of stock phrases), publishes Gazette as
# run.sh does (self-contained, composite, the launcher's DOTNET_GCgen0size), makes the two Hugo sites of run.sh
# (tests/Benchmark/hugo with tag and year taxonomies, tests/Benchmark/hugo-minimal without), then each round runs a
# cold Gazette build, a cold minimal Hugo build and a cold taxonomy Hugo build, one after the other. Prints every run
# and the medians, Gazette's median over each Hugo's, and the median of the rounds' own ratios.
#
# Each build's last output is moved aside, not deleted, and everything set aside is deleted after the last round: on a
# file system that keeps no journal (this machine's ext4), the kernel passes over every inode freed in the last minute
# (five more while its inode table is unwritten) for each file it creates, so a build started just after tens of
# thousands of files were deleted spent 3-10 s of its time in the kernel, varying from round to round. For the same
# reason the rounds start a minute after the setup's deletions. GAZETTE_BENCH_DELETE=1 deletes each output just before
# its tool's build instead, as runs before 2026-12-07 evening did.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
N=${1:-10000}
rounds=${2:-3}
seed=${3:-1}
vocabulary=${4:-stock}
work=${GAZETTE_BENCH_DIR:-/tmp/gazette-bench}/alternate-$N-$seed-$vocabulary
source "$root/tests/Benchmark/common.sh"
require_hugo_and_time
mkdir -p "$work"
publish_gazette "$work"
dotnet build "$root/tests/Gazette.Corpus" -c Release --nologo -v quiet >/dev/null

site="$work/site"
rm -rf "$site" && mkdir -p "$site"
dotnet "$root/tests/Gazette.Corpus/bin/Release/net10.0/Gazette.Corpus.dll" --articles "$N" --root "$site" --profile long --vocabulary "$vocabulary" --seed "$seed" >/dev/null
cp -r "$root/theme" "$site/theme"
hugo_site "$site" "$work/hugo-minimal" "$root/tests/Benchmark/hugo-minimal/hugo.yaml"
hugo_site "$site" "$work/hugo-taxonomies" "$root/tests/Benchmark/hugo/hugo.yaml"

declare -A runs last
measure() {
  local name=$1; shift
  # The last build's files reach the disk before the next build starts, so that its writeback is not timed.
  sync
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  read -r wall rss <"$work/time.txt"
  printf '| %d | %-16s | %6.2f | %6d |\n' "$round" "$name" "$wall" "$((rss / 1024))"
  runs[$name]="${runs[$name]:-} $wall"
  last[$name]=$wall
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# set_aside TAG PATH...: each PATH that exists moved into $aside (deleted with GAZETTE_BENCH_DELETE=1).
aside="$work/aside"
rm -rf "$aside" && mkdir -p "$aside"
set_aside() {
  local tag=$1 i=0 path; shift
  for path in "$@"; do
    [[ -e $path ]] || continue
    if [[ -n ${GAZETTE_BENCH_DELETE:-} ]]; then rm -rf "$path"; else mv "$path" "$aside/$tag-$((i++))"; fi
  done
}

[[ -n ${GAZETTE_BENCH_DELETE:-} ]] || { sync; sleep 65; }
echo "| round | build | wall s | peak MiB |"
echo "|---:|---|---:|---:|"
round_minimal=""
round_taxonomies=""
for round in $(seq 1 "$rounds"); do
  set_aside "$round-gazette" "$site/output" "$site/.gazette" "$site"/.output.*
  measure gazette "$work/gazette/gazette" build --root "$site"
  set_aside "$round-minimal" "$work/hugo-minimal/public"
  measure "hugo minimal" hugo --source "$work/hugo-minimal" --destination "$work/hugo-minimal/public" --quiet
  set_aside "$round-taxonomies" "$work/hugo-taxonomies/public"
  measure "hugo taxonomies" hugo --source "$work/hugo-taxonomies" --destination "$work/hugo-taxonomies/public" --quiet
  # Each round's Gazette build against the Hugo builds just after it: the machine's speed drifts over minutes, and a
  # ratio of neighbours is less at its mercy than a ratio of medians taken across all the rounds.
  round_minimal="$round_minimal $(echo "scale=4; ${last[gazette]} / ${last[hugo minimal]}" | bc)"
  round_taxonomies="$round_taxonomies $(echo "scale=4; ${last[gazette]} / ${last[hugo taxonomies]}" | bc)"
done
rm -rf "$aside"
gazette=$(median "${runs[gazette]}")
minimal=$(median "${runs[hugo minimal]}")
taxonomies=$(median "${runs[hugo taxonomies]}")
echo
echo "medians: gazette $gazette s, minimal hugo $minimal s, taxonomy hugo $taxonomies s"
echo "gazette / minimal hugo: $(echo "scale=3; $gazette / $minimal" | bc); gazette / taxonomy hugo: $(echo "scale=3; $gazette / $taxonomies" | bc)"
echo "per-round ratios, median: gazette / minimal hugo $(median "$round_minimal"); gazette / taxonomy hugo $(median "$round_taxonomies")"
