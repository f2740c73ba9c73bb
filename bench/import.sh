#!/usr/bin/env bash
# Import (issue 23): from the download client reporting a 1 GiB film complete to the film listed in the library, with
# the plain `ln` + scan of a film of the same size measured in the same run (bench/Hearth.Import.Bench). Needs
# qbittorrent-nox, mktorrent and ffmpeg (./test installs them). Prints a Markdown block (also written to the run
# folder as results.md); progress goes to stderr.
#   bench/import.sh        5 rounds
#   bench/import.sh 9      9 rounds
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$here/out/import-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

say "building the import bench"
dotnet build "$here/Hearth.Import.Bench/Hearth.Import.Bench.csproj" -c Release -o "$root/.build/import-bench" -nologo -v quiet >"$out/build.log" 2>&1 \
  || { cat "$out/build.log" >&2; exit 1; }

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
say "importing ${1:-5} films of 1 GiB, each beside an ln + scan"
DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet "$root/.build/import-bench/Hearth.Import.Bench.dll" "${1:-5}" >"$out/bench.txt"
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

worst="$(awk -F'|' '/^\| Hearth/ { gsub(/[ s]/, "", $4); print $4 }' "$out/bench.txt")"
verdict="$(awk -v m="$worst" 'BEGIN { print (m + 0 <= 3) ? "pass" : "FAIL" }')"
{
  echo "Run of $(date -u '+%Y-%m-%d %H:%M') UTC on $(git -C "$root" rev-parse --short HEAD). Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version), $(qbittorrent-nox --version 2>/dev/null | head -1). Load average $load_start at the start, $load_end at the end."
  echo
  echo "Command: \`bench/import.sh ${1:-5}\`."
  echo
  cat "$out/bench.txt"
  echo
  echo "| target | result |"
  echo "|---|---|"
  echo "| complete → listed, 1 GiB, same file system: ≤ 3 s, every round | $worst s (the slowest round): $verdict |"
} | tee "$out/results.md"
