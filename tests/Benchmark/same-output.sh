#!/usr/bin/env bash
# Proves a change leaves the site as it was: builds the same sites with GIT_REV and with the working tree and compares
# every output file byte for byte.
#   tests/Benchmark/same-output.sh GIT_REV [N]      (default N 1000)
# The sites: the repository's own (seeds/, input/, theme/, imported again from the seeds into an empty input/ too) and
# a generated corpus of N articles; each is built cold, then again after a body edit, a title edit and a removed
# article, and the output folders are compared after every step. Exits 1 and lists the differences if any.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rev=${1:?usage: same-output.sh GIT_REV [N]}
N=${2:-1000}
work=${GAZETTE_SAME_DIR:-/tmp/gazette-same-output}
rm -rf "$work" && mkdir -p "$work"

build_cli() { # source target
  dotnet build "$1/src/Gazette.Cli" -c Release -o "$2" --nologo -v quiet >/dev/null
}
git -C "$root" worktree add --detach "$work/base-src" "$rev" >/dev/null 2>&1
trap 'git -C "$root" worktree remove --force "$work/base-src" >/dev/null 2>&1 || true' EXIT
build_cli "$work/base-src" "$work/base"
build_cli "$root" "$work/new"
dotnet build "$root/tests/Gazette.Corpus" -c Release --nologo -v quiet >/dev/null
corpus="$root/tests/Gazette.Corpus/bin/Release/net10.0/Gazette.Corpus.dll"

# The sites, made once and copied for each build so both start from the same bytes.
mkdir -p "$work/sites/seed" "$work/sites/imported/input" "$work/sites/corpus"
cp -r "$root/seeds" "$root/input" "$root/theme" "$work/sites/seed/"
cp -r "$root/seeds" "$root/theme" "$work/sites/imported/"
dotnet "$corpus" --articles "$N" --root "$work/sites/corpus" >/dev/null
cp -r "$root/theme" "$work/sites/corpus/theme"

differences=0
compare() { # site step
  if ! diff -r "$work/base-$1/output" "$work/new-$1/output" >"$work/diff.txt" 2>&1; then
    echo "DIFFERENT: $1 after $2" >&2
    head -n 40 "$work/diff.txt" >&2
    differences=1
  else
    echo "same: $1 after $2 ($(find "$work/new-$1/output" -type f | wc -l) files)"
  fi
  # What import wrote must be the same too.
  if ! diff -r "$work/base-$1/input" "$work/new-$1/input" >"$work/diff.txt" 2>&1; then
    echo "DIFFERENT: $1 input/ after $2" >&2
    head -n 40 "$work/diff.txt" >&2
    differences=1
  fi
}
run() { # build site
  "$work/$1/gazette" build --root "$work/$1-$2" >"$work/$1-$2.log" 2>&1 || { echo "$1 build of $2 failed:" >&2; cat "$work/$1-$2.log" >&2; exit 1; }
}
for site in seed imported corpus; do
  for build in base new; do
    rm -rf "$work/$build-$site" && cp -r "$work/sites/$site" "$work/$build-$site"
    run "$build" "$site"
  done
  compare "$site" "cold build"
  for build in base new; do
    article=$(find "$work/$build-$site/input" -name '*.md' | sort | sed -n 1p)
    printf '\n新增一段正文,用于比较增量构建。\n' >>"$article"
    run "$build" "$site"
  done
  compare "$site" "body edit"
  for build in base new; do
    article=$(find "$work/$build-$site/input" -name '*.md' | sort | tail -n 1)
    sed -i 's/^title: /title: 更正:/' "$article"
    run "$build" "$site"
  done
  compare "$site" "title edit"
  for build in base new; do
    rm "$(find "$work/$build-$site/input" -name '*.md' | sort | sed -n 1p)"
    run "$build" "$site"
  done
  compare "$site" "removed article"
done
exit "$differences"
