#!/usr/bin/env bash
# Whole-build benchmark: Gazette against Hugo on the same generated corpus, side by side in one run; and Gazette's
# search index against Pagefind's over the same output (pagefind from npm, installed into the work folder).
#   tests/Benchmark/run.sh [N ...]        (default: 1000 10000 50000)
# GAZETTE_BENCH_PROFILES="news long" (the default) runs each size with the news corpus and with long articles
# (Gazette.Corpus --profile long: 公文 bodies of 6–12 KB). GAZETTE_BENCH_VOCABULARY=natural makes the text of words with
# a natural spread instead of stock phrases (Gazette.Corpus --vocabulary natural); the queries whose bytes are measured
# are then not in it, and are skipped.
# Needs the .NET SDK, Debian's hugo and GNU time (apt-get install hugo time). Work goes to $GAZETTE_BENCH_DIR
# (default /tmp/gazette-bench). Prints one table row per corpus size and step. GAZETTE_BENCH_SKIP="hugo pagefind" leaves
# those steps out (Pagefind takes six minutes and 21 GB at 50,000 articles).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${GAZETTE_BENCH_DIR:-/tmp/gazette-bench}
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 50000)
source "$root/tests/Benchmark/common.sh"
require_hugo_and_time

mkdir -p "$work"
publish_gazette "$work"
dotnet build "$root/tests/Gazette.Corpus" -c Release --nologo -v quiet >/dev/null
dotnet build "$root/tests/Gazette.QueryBytes" -c Release --nologo -v quiet >/dev/null
query_bytes="$root/tests/Gazette.QueryBytes/bin/Release/net10.0/Gazette.QueryBytes.dll"
# Queries whose bytes are measured: terms of the corpus (common and rare), one found nowhere, and long terms.
queries=("根治欠薪" "失业保险" "稳岗返还 失业保险" "养老保险 待遇" "社保卡" "技能等级认定" "城乡居民养老保险" "劳动保障监察支队 根治欠薪")
corpus_tool="$root/tests/Gazette.Corpus/bin/Release/net10.0/Gazette.Corpus.dll"
gazette="$work/gazette/gazette"

# measure LABEL COMMAND...: runs the command, prints wall, CPU (user+system) and peak memory.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  read -r wall user sys rss <"$work/time.txt"
  cpu=$(echo "$user + $sys" | bc)
  printf '| %7s | %-26s | %8.2f | %8.2f | %8.0f |\n' "$N" "$label" "$wall" "$cpu" "$((rss / 1024))"
  last_wall=$wall
}

echo "| articles | step | wall s | CPU s | peak MiB |"
echo "|---:|---|---:|---:|---:|"
read -r -a profiles <<<"${GAZETTE_BENCH_PROFILES:-news long}"
for profile in "${profiles[@]}"; do
for size in "${sizes[@]}"; do
  N=$size
  [[ $profile == news ]] || N="$size $profile"
  site="$work/site-$size${profile/news/}"
  rm -rf "$site" && mkdir -p "$site"
  dotnet "$corpus_tool" --articles "$size" --root "$site" --profile "$profile" --vocabulary "${GAZETTE_BENCH_VOCABULARY:-stock}" >/dev/null
  cp -r "$root/theme" "$site/theme"

  measure "gazette cold build" "$gazette" build --root "$site"
  gazette_cold=$last_wall
  measure "gazette rebuild, no change" "$gazette" build --root "$site"
  gazette_none=$last_wall
  article=$(find "$site/input" -name 'c000007.md')
  printf '\n新增一段正文,用于测量增量构建。\n' >>"$article"
  measure "gazette rebuild, body edit" "$gazette" build --root "$site"
  gazette_body=$last_wall
  sed -i 's/^title: /title: 更正:/' "$article"
  measure "gazette rebuild, title edit" "$gazette" build --root "$site"

  # 站内搜索: what the index adds to a cold build (the same site with search: false), its size, and Pagefind run over
  # the same output for comparison (npm's pagefind, installed here once).
  nosearch="$work/nosearch-$N"
  rm -rf "$nosearch" && mkdir -p "$nosearch"
  cp -r "$site/input" "$site/theme" "$nosearch/"
  printf 'search: false\n' >>"$nosearch/input/_site.yml"
  measure "gazette cold, search: false" "$gazette" build --root "$nosearch"
  nosearch_cold=$last_wall
  rm -rf "$nosearch"
  rm -rf "$site/output" "$site/.gazette" "$site"/.output.*
  measure "gazette cold (again)" "$gazette" build --root "$site"
  printf '| %7s | %-26s | %8s | %8s | %8s |\n' "$N" "search share of cold" "$(echo "scale=3; ($last_wall - $nosearch_cold) / $last_wall" | bc)" "" ""
  index_files=$(find "$site/output/search" -type f ! -name '*.gz' ! -name '*.br' | wc -l)
  index_mb=$(du -sb --exclude='*.gz' --exclude='*.br' "$site/output/search" | awk '{printf "%.1f", $1 / 1048576}')
  printf '| %7s | %-26s | %8s | %8s | %8s |\n' "$N" "gazette index MB, files" "$index_mb" "$index_files" ""
  if [[ " ${GAZETTE_BENCH_SKIP:-} " == *" pagefind "* ]]; then
    :
  elif [[ ! -x "$work/pagefind/node_modules/.bin/pagefind" ]]; then
    npm install --prefix "$work/pagefind" --no-audit --no-fund pagefind@1.6.0 >/dev/null 2>&1 || echo "| $N | pagefind could not be installed from npm | | | |"
  fi
  if [[ " ${GAZETTE_BENCH_SKIP:-} " != *" pagefind "* && -x "$work/pagefind/node_modules/.bin/pagefind" ]]; then
    rm -rf "$site/output/pagefind"
    measure "pagefind index" "$work/pagefind/node_modules/.bin/pagefind" --site "$site/output"
    pagefind_files=$(find "$site/output/pagefind" -type f | wc -l)
    pagefind_mb=$(du -sb "$site/output/pagefind" | awk '{printf "%.1f", $1 / 1048576}')
    printf '| %7s | %-26s | %8s | %8s | %8s |\n' "$N" "pagefind index MB, files" "$pagefind_mb" "$pagefind_files" ""
  fi
  # Bytes a cold query fetches (gzip), Gazette's results page and, when it was built, Pagefind's API, in Chromium.
  if [[ ${GAZETTE_BENCH_VOCABULARY:-stock} != stock ]]; then
    echo "| $N | query bytes not measured: the queries are the stock corpus's phrases | | | |"
  elif [[ -x /usr/bin/chromium ]]; then
    dotnet "$query_bytes" "$site/output" "${queries[@]}"
  else
    echo "| $N | query bytes not measured: chromium is not installed (apt-get install chromium) | | | |"
  fi
  rm -rf "$site/output/pagefind"

  [[ " ${GAZETTE_BENCH_SKIP:-} " == *" hugo "* ]] && continue
  # The same articles as a Hugo site, first with the tag and year taxonomies.
  hugo_dir="$work/hugo-$size${profile/news/}"
  hugo_site "$site" "$hugo_dir" "$root/tests/Benchmark/hugo/hugo.yaml"
  measure "hugo cold build" hugo --source "$hugo_dir" --destination "$hugo_dir/public" --quiet
  hugo_cold=$last_wall
  # The minimal Hugo site: the same content and layouts without the tag and year taxonomies.
  rm -rf "$hugo_dir/public"
  cp "$root/tests/Benchmark/hugo-minimal/hugo.yaml" "$hugo_dir/hugo.yaml"
  measure "hugo cold build, minimal" hugo --source "$hugo_dir" --destination "$hugo_dir/public" --quiet
  hugo_minimal=$last_wall
  printf '| %7s | %-26s | %8s | %8s | %8s |\n' "$N" "gazette / hugo (cold)" "$(echo "scale=2; $gazette_cold / $hugo_cold" | bc)" "" ""
  printf '| %7s | %-26s | %8s | %8s | %8s |\n' "$N" "gazette / minimal hugo" "$(echo "scale=2; $gazette_cold / $hugo_minimal" | bc)" "" ""
  printf '| %7s | %-26s | %8s | %8s | %8s |\n' "$N" "no change / cold" "$(echo "scale=3; $gazette_none / $gazette_cold" | bc)" "" ""
  printf '| %7s | %-26s | %8s | %8s | %8s |\n' "$N" "body edit / cold" "$(echo "scale=3; $gazette_body / $gazette_cold" | bc)" "" ""
done
done
