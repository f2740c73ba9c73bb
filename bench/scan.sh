#!/usr/bin/env bash
# A new library's first scan (issue 21, "listed first, probed after"): a tree of movies, every file a hard link of one
# real 1 s 64x64 H.264+AAC clip (Movies/Title NNNNN (YEAR)/Title NNNNN (YEAR).mkv), scanned by a fresh server; how long
# until every movie is listed and until every one has its media info, with media read by FFmpeg's libraries in worker
# processes (the default) and with ffprobe per file (MediaTools:Prober=ffprobe); beside them, ffprobe run on every file
# of the same tree, two at a time, as the same run's reference. Prints a Markdown block (also written to the run folder
# as results.md); progress on stderr.
#   bench/scan.sh                       10,000 movies
#   BENCH_FILES=2000 bench/scan.sh      a smaller tree, for trying the script out
#   BENCH_REFERENCE_FILES=N             ffprobe runs on N of the files (default 1,000: it takes 0.1-0.2 s a file here)
#   BENCH_FFPROBE_SCAN=1                also scan with MediaTools:Prober=ffprobe (slow: two ffprobe runs a file)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
files="${BENCH_FILES:-10000}"
port=18099
out="$here/out/scan-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

missing=()
for tool in ffmpeg curl jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true' EXIT

say "building the hearth CLI"
"$root/hearth" --help >/dev/null
export DOTNET_CLI_TELEMETRY_OPTOUT=1

say "making one clip and $files hard links of it"
ffmpeg -v error -f lavfi -i "testsrc2=size=64x64:rate=25:duration=1" -f lavfi -i "sine=f=440:d=1" \
  -c:v libx264 -preset ultrafast -c:a aac "$out/clip.mkv"
tree="$out/tree/Movies"
for i in $(seq 1 "$files"); do
  name=$(printf 'Title %05d (%d)' "$i" $((1950 + i % 75)))
  mkdir -p "$tree/$name"
  ln "$out/clip.mkv" "$tree/$name/$name.mkv"
done

reference="${BENCH_REFERENCE_FILES:-1000}"
reference=$((reference < files ? reference : files))
say "reference: ffprobe on $reference of the files, two at a time"
sync
start=$(now)
(find "$tree" -name '*.mkv' -print0 || true) | head -z -n "$reference" | xargs -0 -P2 -n1 ffprobe -v error -print_format json -show_format -show_streams >/dev/null
ffprobe_s=$(since "$start")

rows=()
# one fresh server per way of reading media: the time to list every movie, and to read every one's media info
scan() { # name prober
  local data="$out/data-$1" password="bench-$RANDOM-$RANDOM"
  echo "$password" | dotnet "$root/.build/cli/hearth.dll" user add bench --admin --password-stdin --data "$data" >/dev/null
  local start listed="" probed="" scan_started="" from_scan=""
  start=$(now)
  HEARTH_MediaTools__Prober="$2" dotnet "$root/.build/cli/hearth.dll" up --data "$data" --port "$port" --no-demo --library "movies:$tree" >"$out/server-$1.log" 2>&1 &
  server_pid=$!
  local base="http://127.0.0.1:$port" token=""
  for _ in $(seq 1 600); do grep -q 'Hearth is ready on' "$out/server-$1.log" && break; sleep 0.1; done
  token=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'content-type: application/json' -d "{\"username\":\"bench\",\"password\":\"$password\"}" | jq -r .token)
  local library
  library=$(curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/libraries" | jq -r '.[0].id')
  for _ in $(seq 1 12000); do
    total=$(curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/items?type=movie&limit=1" | jq .total)
    status=$(curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/libraries/$library/scan")
    # when the scan itself started, by the server's clock (the same machine's): what the target counts from
    [ -n "$scan_started" ] || scan_started=$(jq -r '(.running.startedMs // .lastScan.startedMs) // empty' <<<"$status")
    if [ -z "$listed" ] && [ "$total" -ge "$files" ]; then
      listed=$(since "$start")
      [ -z "$scan_started" ] || from_scan=$(awk -v a="$scan_started" -v b="$(date +%s%3N)" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
      say "$1: every movie listed after $listed s (${from_scan:-?} s after the scan started)"
    fi
    if jq -e '.queued == false and .running == null and .lastScan != null' >/dev/null <<<"$status"; then
      probed=$(since "$start"); break
    fi
    sleep 0.2
  done
  local failed
  failed=$(curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/libraries/$library/scan" | jq .failedCount)
  local reader
  reader=$(grep -oE 'Media is read [^(:]*' "$out/server-$1.log" | head -1 || true)
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  local rate
  rate=$(awk -v n="$files" -v s="$probed" 'BEGIN { printf "%.0f", n / s }')
  rows+=("| $1 | ${from_scan:-?} s | ${listed:-never} s | ${probed:-never} s | $rate files/s | $failed | ${reader:-?} |")
}
say "hearth, media read by FFmpeg's libraries in worker processes"
scan libraries auto
if [ "${BENCH_FFPROBE_SCAN:-0}" = 1 ]; then
  say "hearth, ffprobe per file"
  scan ffprobe ffprobe
fi

ffprobe_rate=$(awk -v n="$reference" -v s="$ffprobe_s" 'BEGIN { printf "%.1f", n / s }')
{
  echo "### First scan of $files movies ($(date -u +%F), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo))"
  echo
  echo "Command: \`bench/scan.sh\` (BENCH_FILES=$files; every file a hard link of one 1 s 64×64 H.264+AAC Matroska clip; times from the server's start, including its own start of about a second; load before: $load_start)."
  echo
  echo "| media read by | every movie listed, from the scan's start | the same, from the server's start | media info complete | rate | failed | server says |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Reference in the same run: ffprobe on $reference of the files, two at a time (\`xargs -P2\`): $ffprobe_s s, $ffprobe_rate files/s. Targets: every movie listed ≤ 15 s after the scan starts; media info at ≥ 150 files/s."
} | tee "$out/results.md"
