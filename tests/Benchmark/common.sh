# Sourced by run.sh and alternate.sh: the tools they need, Gazette published as it is deployed, and a Gazette
# corpus made into a Hugo site. Expects $root (the repository) to be set.

# Stops unless hugo and GNU time are installed.
require_hugo_and_time() {
  command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 1; }
  [[ -x /usr/bin/time ]] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 1; }
}

# publish_gazette WORK: the tool in WORK/gazette, run as ./gazette runs it, with a 64 MB young-generation budget
# (README, "Benchmark"). Self-contained and ReadyToRun-composite: the framework's generic code over Gazette's types is
# precompiled too, which takes a third off a small rebuild's start-up (a framework-dependent publish JIT-compiles ~700
# methods per run). Its intermediate files go to WORK/artifacts, never src/*/obj: a later plain publish that found
# composite images there would copy them and make a tool that aborts at start.
publish_gazette() {
  export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x4000000}"
  dotnet publish "$root/src/Gazette.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRunComposite=true \
    -p:UseArtifactsOutput=true -p:ArtifactsPath="$1/artifacts" -o "$1/gazette" --nologo -v quiet >/dev/null
}

# hugo_site SITE TARGET CONFIG: the articles of the Gazette site SITE as a Hugo site in TARGET, with the layouts of
# tests/Benchmark/hugo and the configuration CONFIG: sections from folders (with _index.md), a year taxonomy for year pages.
hugo_site() {
  local site=$1 target=$2 config=$3
  rm -rf "$target" && mkdir -p "$target"
  cp -r "$root/tests/Benchmark/hugo/." "$target/"
  cp "$config" "$target/hugo.yaml"
  cp -r "$site/input" "$target/content"
  rm -f "$target/content/_site.yml" "$target/content/_imported.yml"
  find "$target/content" -mindepth 1 -type d -exec sh -c 'printf -- "---\ntitle: %s\n---\n" "$(basename "$1")" > "$1/_index.md"' _ {} \;
  find "$target/content" -name 'c*.md' -exec sed -i -E 's/^date: ([0-9]{4})(.*)$/date: \1\2\nyears: ["\1"]/' {} +
}
