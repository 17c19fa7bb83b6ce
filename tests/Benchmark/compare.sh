#!/usr/bin/env bash
# Two Gazette builds side by side on one generated corpus: the same steps, alternating, in one run.
#   tests/Benchmark/compare.sh GIT_REV [N] [ROUNDS]     (default N 50000, ROUNDS 2)
# Publishes GIT_REV (from a temporary worktree) and the working tree, self-contained and composite as run.sh does,
# then for each round and each build: cold build, rebuild with nothing changed, body edit, a second body edit (a
# rebuild after a rebuild, as a webmaster's day goes), title edit.
# Prints one table row per build and step, with the mean wall time over the rounds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rev=${1:?usage: compare.sh GIT_REV [N] [ROUNDS]}
N=${2:-50000}
rounds=${3:-2}
work=${GAZETTE_BENCH_DIR:-/tmp/gazette-compare}
[[ -x /usr/bin/time ]] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 1; }
mkdir -p "$work"

publish() {
  local source=$1 target=$2
  dotnet publish "$source/src/Gazette.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRunComposite=true \
    -p:UseArtifactsOutput=true -p:ArtifactsPath="$target.artifacts" -o "$target" --nologo -v quiet >/dev/null
}
rm -rf "$work/base-src"
git -C "$root" worktree add --detach "$work/base-src" "$rev" >/dev/null 2>&1
trap 'git -C "$root" worktree remove --force "$work/base-src" >/dev/null 2>&1 || true' EXIT
publish "$work/base-src" "$work/base"
publish "$root" "$work/new"
dotnet build "$root/tests/Gazette.Corpus" -c Release --nologo -v quiet >/dev/null
corpus="$root/tests/Gazette.Corpus/bin/Release/net10.0/Gazette.Corpus.dll"

declare -A total
step() { # build label command...
  local build=$1 label=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  read -r wall rss <"$work/time.txt"
  total["$build|$label"]=$(echo "${total["$build|$label"]:-0} + $wall" | bc)
  peak["$build|$label"]=$rss
}
declare -A peak
for round in $(seq "$rounds"); do
  for build in base new; do
    site="$work/site-$build"
    rm -rf "$site" && mkdir -p "$site"
    dotnet "$corpus" --articles "$N" --root "$site" >/dev/null
    cp -r "$root/theme" "$site/theme"
    step $build "cold build" "$work/$build/gazette" build --root "$site"
    step $build "rebuild, no change" "$work/$build/gazette" build --root "$site"
    article=$(find "$site/input" -name 'c000007.md')
    printf '\n新增一段正文,用于测量增量构建。\n' >>"$article"
    step $build "rebuild, body edit" "$work/$build/gazette" build --root "$site"
    printf '\n又一段正文。\n' >>"$article"
    step $build "rebuild, body edit 2" "$work/$build/gazette" build --root "$site"
    sed -i 's/^title: /title: 更正:/' "$article"
    step $build "rebuild, title edit" "$work/$build/gazette" build --root "$site"
  done
done

echo "| articles | step | $rev wall s | working tree wall s | ratio | peak MiB ($rev / working tree) |"
echo "|---:|---|---:|---:|---:|---:|"
for label in "cold build" "rebuild, no change" "rebuild, body edit" "rebuild, body edit 2" "rebuild, title edit"; do
  base=$(echo "scale=2; ${total["base|$label"]} / $rounds" | bc)
  new=$(echo "scale=2; ${total["new|$label"]} / $rounds" | bc)
  printf '| %7s | %-20s | %6.2f | %6.2f | %5.2f | %s / %s |\n' "$N" "$label" "$base" "$new" "$(echo "scale=2; $new / $base" | bc)" \
    "$((${peak["base|$label"]} / 1024))" "$((${peak["new|$label"]} / 1024))"
done
