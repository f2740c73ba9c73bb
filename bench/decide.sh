#!/usr/bin/env bash
# The decision engine (issue 22): the first 1,000 distinct release names of the Sonarr corpus decided for one series
# against the HD-1080p profile scoring 20 custom formats (bench/Hearth.Acquisition.Bench/formats.json), on one core,
# with the cost of parsing the same names alone measured in the same run. Prints a Markdown block (also written to
# the run folder as results.md); progress goes to stderr.
#   bench/decide.sh                       one core (taskset -c 1), 20 s warm-up
#   BENCH_WARMUP_S=5 bench/decide.sh      a shorter warm-up (measures code the runtime has not yet optimised)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$here/out/decide-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

corpus="$root/../shared/testdata/release-names/sonarr.jsonl"
[ -f "$corpus" ] || { echo "the release-name corpus is missing: $corpus" >&2; exit 1; }

say "building the decision bench"
dotnet build "$here/Hearth.Acquisition.Bench/Hearth.Acquisition.Bench.csproj" -c Release -o "$root/.build/decide-bench" -nologo -v quiet >"$out/build.log" 2>&1 \
  || { cat "$out/build.log" >&2; exit 1; }

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
say "deciding on one core (warm-up ${BENCH_WARMUP_S:-20} s, then 30 rounds of each)"
DOTNET_CLI_TELEMETRY_OPTOUT=1 taskset -c 1 dotnet "$root/.build/decide-bench/Hearth.Acquisition.Bench.dll" "$corpus" >"$out/bench.txt"
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

median="$(awk -F'|' '/^\| decide/ { gsub(/[ ms]/, "", $3); print $3 }' "$out/bench.txt")"
verdict="$(awk -v m="$median" 'BEGIN { print (m + 0 <= 50) ? "pass" : "FAIL" }')"
{
  echo "Run of $(date -u '+%Y-%m-%d %H:%M') UTC on $(git -C "$root" rev-parse --short HEAD). Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version). Load average $load_start at the start, $load_end at the end."
  echo
  echo "Command: \`bench/decide.sh\` (\`taskset -c 1\`, warm-up ${BENCH_WARMUP_S:-20} s)."
  echo
  cat "$out/bench.txt"
  echo
  echo "| target | result |"
  echo "|---|---|"
  echo "| decide 1,000 releases, 20 custom formats, one core: ≤ 50 ms | $median ms: $verdict |"
} | tee "$out/results.md"
