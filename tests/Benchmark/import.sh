#!/usr/bin/env bash
# Import benchmark: what seeds cost, on import and on a build with nothing to do.
#   tests/Benchmark/import.sh [N] [ROUNDS] [REV]     (default N 10000, ROUNDS 3, REV HEAD)
# Publishes REV from a temporary worktree (REV "." publishes the working tree as it is), self-contained and
# composite as run.sh does, then for each round: a fresh site of N generated seeds (tests/Gazette.Corpus --seeds) and
# the theme; a cold import; a second import with nothing changed; a cold build of the imported site; a rebuild with
# nothing changed, seeds present, alternating five times with the same site with its seeds/ and what import remembers
# (.gazette/imports.*) moved aside: a site that never had seeds (same input/, same build caches). Prints one table row per step (mean wall time over the rounds, highest peak memory)
# and two ratios: warm import / cold import, and no-change build with seeds / without (the target is under 1.05).
# Work goes to $GAZETTE_BENCH_DIR (default /tmp/gazette-import). Needs the .NET SDK and GNU time.
set -euo pipefail
export LC_NUMERIC=C
root=$(cd "$(dirname "$0")/../.." && pwd)
N=${1:-10000}
rounds=${2:-3}
rev=${3:-HEAD}
work=${GAZETTE_BENCH_DIR:-/tmp/gazette-import}
[[ -x /usr/bin/time ]] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 1; }
mkdir -p "$work"

# Publishing from a worktree of a commit keeps the run independent of edits in progress in the working tree.
source_dir=$root
if [[ $rev != "." ]]; then
  source_dir="$work/src"
  rm -rf "$source_dir"
  git -C "$root" worktree add --quiet --force --detach "$source_dir" "$rev"
  trap 'git -C "$root" worktree remove --force "$source_dir" >/dev/null 2>&1 || true' EXIT
fi
dotnet publish "$source_dir/src/Gazette.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRunComposite=true \
  -p:UseArtifactsOutput=true -p:ArtifactsPath="$work/artifacts" -o "$work/gazette" --nologo -v quiet >/dev/null
dotnet build "$root/tests/Gazette.Corpus" -c Release --nologo -v quiet >/dev/null
corpus="$root/tests/Gazette.Corpus/bin/Release/net10.0/Gazette.Corpus.dll"
gazette="$work/gazette/gazette"

labels=("import, cold" "import, no change" "build, cold" "build, no change, seeds" "build, no change, no seeds")
declare -A total peak
# step LABEL COMMAND...: runs the command, adds its wall time to the label's total and keeps the highest peak memory.
step() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  read -r wall rss <"$work/time.txt"
  total[$label]=$(echo "${total[$label]:-0} + $wall" | bc)
  (( rss > ${peak[$label]:-0} )) && peak[$label]=$rss
  return 0
}

site="$work/site"
for round in $(seq "$rounds"); do
  rm -rf "$site" && mkdir -p "$site"
  dotnet "$corpus" --seeds "$N" --root "$site" >/dev/null
  cp -r "$root/theme" "$site/theme"
  step "${labels[0]}" "$gazette" import --root "$site"
  step "${labels[1]}" "$gazette" import --root "$site"
  step "${labels[2]}" "$gazette" build --root "$site"
  # The same site without seeds, alternating with it twice so that neither side gets the warmer file cache. Moved
  # aside in place rather than copied: .gazette/outputs/ keys its record by the output folder's full path, so a copy
  # elsewhere would refuse its own output/ as files Gazette has no record of writing.
  for pair in 1 2 3 4 5; do
    step "${labels[3]}" "$gazette" build --root "$site"
    mv "$site/seeds" "$site/seeds.away" && mkdir "$site/seeds"
    mkdir -p "$work/imports.away" && mv "$site"/.gazette/imports.* "$work/imports.away/"
    step "${labels[4]}" "$gazette" build --root "$site"
    rmdir "$site/seeds" && mv "$site/seeds.away" "$site/seeds"
    mv "$work"/imports.away/imports.* "$site/.gazette/"
  done
  echo "round $round of $rounds done" >&2
done

# The two no-change builds run five times a round.
runs() { case $1 in "${labels[3]}"|"${labels[4]}") echo $((rounds * 5)) ;; *) echo "$rounds" ;; esac; }
mean() { echo "scale=3; ${total[$1]} / $(runs "$1")" | bc; }
echo "| seeds | step | wall s | peak MiB |"
echo "|---:|---|---:|---:|"
for label in "${labels[@]}"; do
  printf '| %7s | %-26s | %6.2f | %5d |\n' "$N" "$label" "$(mean "$label")" "$((peak[$label] / 1024))"
done
ratio() { echo "scale=3; $(mean "$1") / $(mean "$2")" | bc; }
printf '| %7s | %-26s | %6.3f | |\n' "$N" "import warm / import cold" "$(ratio "${labels[1]}" "${labels[0]}")"
printf '| %7s | %-26s | %6.3f | |\n' "$N" "no change: seeds / none" "$(ratio "${labels[3]}" "${labels[4]}")"
