#!/usr/bin/env bash
# Streaming benchmarks (issue 4), each beside a reference measured in the same run:
#   1. playback request → first segment served, against plain ffmpeg writing its first segment for the same command
#   2. seek far ahead or back → the new segment served (ffmpeg restarted there), on a 1080p H.264 source
#   3. CPU of 10 idle sessions once throttled (ffmpeg paused), against the idle server alone
#   4. CPU per real-time 1080p → 720p software transcode (Hearth's own command, run by ffmpeg alone)
# Prints a Markdown block (also bench/out/streaming-<time>/results.md). BENCH_SECONDS sets the source length.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
port=18196
seconds="${BENCH_SECONDS:-120}"
segment="${BENCH_SEGMENT:-3}"
out="$here/out/streaming-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_start="$(load)"

pids=()
stop_all() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; pids=(); }
trap stop_all EXIT

say "building the hearth CLI"
"$root/hearth" --help >/dev/null
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_gcServer=0
hearth() { dotnet "$root/.build/cli/hearth.dll" "$@"; }

say "making a ${seconds} s 1080p H.264/AAC source"
movie="$out/media/Bench Source (2024)"
mkdir -p "$movie"
ffmpeg -v error -y -f lavfi -i "testsrc2=size=1920x1080:rate=25" -f lavfi -i "sine=frequency=440:sample_rate=48000" -t "$seconds" \
  -c:v libx264 -preset ultrafast -b:v 8M -g 50 -c:a aac -b:a 192k -ac 2 "$movie/Bench Source (2024).mp4"

data="$out/data"
password="bench-$RANDOM-$RANDOM-password"
echo "$password" | hearth user add bench --admin --password-stdin --data "$data" >/dev/null
say "starting the server"
Streaming__MaxConcurrentTranscodes=12 Streaming__IdleTimeout=00:10:00 Streaming__ThrottleSegments=3 Streaming__SegmentSeconds="$segment" \
  dotnet "$root/.build/cli/hearth.dll" up --data "$data" --port "$port" --no-demo --library "movies:$out/media" >"$out/server.log" 2>&1 &
server=$!
pids+=("$server")
for _ in $(seq 1 600); do grep -q 'Hearth is ready on' "$out/server.log" && break; sleep 0.2; done
base="http://127.0.0.1:$port"
token=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'content-type: application/json' -d "{\"username\":\"bench\",\"password\":\"$password\"}" | jq -r .token)
api() { curl -fsS -H "Authorization: Bearer $token" "$@"; }
for _ in $(seq 1 300); do
  item=$(api "$base/api/v1/items?type=movie" | jq -r '.items[0].id // empty')
  [ -n "$item" ] && break
  sleep 0.2
done
# a 4 Mbps limit makes the browser profile transcode the 8 Mbps 1080p source to 720p
ask='{"profile":"chromium","maxBitrate":4000000}'
play() { api -X POST "$base/api/v1/items/$item/playback" -H 'content-type: application/json' -d "$ask"; }
get() { api -o /dev/null "$base$1"; }
timed_get() { api -o /dev/null -w '%{time_total}' "$base$1" | awk '{ printf "%d\n", $1 * 1000 }'; }

# --- 1. first segment: Hearth (request, master, media playlist, init, segment 0) against ffmpeg alone
say "1. time to the first segment, 5 rounds"
: >"$out/first-hearth.txt"; : >"$out/first-ffmpeg.txt"
for round in 1 2 3 4 5; do
  # curl's own clock (one process, one kept-alive connection for the four GETs, as a player has), so the
  # cost of starting curl processes on a loaded machine is not counted against the server
  answer=$(api -X POST "$base/api/v1/items/$item/playback" -H 'content-type: application/json' -d "$ask" -w '\n%{time_total}')
  post_s=$(tail -1 <<<"$answer"); answer=$(head -1 <<<"$answer")
  hls=$(jq -r .hlsUrl <<<"$answer"); session=$(jq -r .sessionId <<<"$answer")
  gets_s=$(api -o /dev/null -o /dev/null -o /dev/null -o /dev/null -w '%{time_total}\n' \
    "$base$hls" "$base${hls%master.m3u8}main.m3u8" "$base${hls%master.m3u8}init.mp4" "$base${hls%master.m3u8}0.m4s" | awk '{ s += $1 } END { print s }')
  awk -v a="$post_s" -v b="$gets_s" 'BEGIN { printf "%d\n", (a + b) * 1000 }' >>"$out/first-hearth.txt"
  api "$base/api/v1/sessions" | jq -r --arg s "$session" '.[] | select(.id == $s) | .command[]' >"$out/command.txt"
  api -X DELETE "$base/api/v1/playback/$session" >/dev/null
  folder=$(dirname "$(grep -m1 'ffmpeg.m3u8$' "$out/command.txt")")
  ref="$out/ref-$round"; mkdir -p "$ref"
  mapfile -t args < <(sed "s#^$folder#$ref#" "$out/command.txt")
  t0=$(now_ms)
  ffmpeg "${args[@]}" >/dev/null 2>&1 &
  ff=$!
  # ffmpeg writes its playlist when a segment is complete: its appearance is segment 0 done (one test, one
  # sleep process per 20 ms, so the watcher takes little CPU from ffmpeg on a loaded machine)
  until [[ -s "$ref/ffmpeg.m3u8" ]]; do sleep 0.02; done
  echo $(($(now_ms) - t0)) >>"$out/first-ffmpeg.txt"
  kill "$ff" 2>/dev/null || true; wait "$ff" 2>/dev/null || true
done
first_hearth=$(median <"$out/first-hearth.txt"); first_ffmpeg=$(median <"$out/first-ffmpeg.txt")
load_1="$(load)"

# --- 2. seek restart: segment 0, then far ahead and back, each a restart of ffmpeg
say "2. seek restarts"
answer=$(play); hls=$(jq -r .hlsUrl <<<"$answer"); session=$(jq -r .sessionId <<<"$answer")
get "$hls"; get "${hls%master.m3u8}main.m3u8"; get "${hls%master.m3u8}init.mp4"; get "${hls%master.m3u8}0.m4s"
last=$(( seconds / segment - 1 ))
: >"$out/seek.txt"
for n in $((last / 2)) 2 $((last - 1)) $((last / 4)) $((last * 3 / 4)); do
  timed_get "${hls%master.m3u8}$n.m4s" >>"$out/seek.txt"
done
api -X DELETE "$base/api/v1/playback/$session" >/dev/null
seek=$(median <"$out/seek.txt"); seek_max=$(sort -n "$out/seek.txt" | tail -1)
load_2="$(load)"

# --- 3. ten sessions paused by the throttle: CPU of the server and every ffmpeg over 10 s
cpu_ticks() { # utime + stime of the server and its children
  local total=0 p
  for p in "$server" $(pgrep -P "$server" || true); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
hz=$(getconf CLK_TCK)
say "3. reference: the idle server alone for 10 s"
a=$(cpu_ticks); sleep 10; b=$(cpu_ticks)
idle_alone=$(awk -v d=$((b - a)) -v hz="$hz" 'BEGIN { printf "%.2f", d / hz / 10 * 100 }')
say "3. ten sessions, each asked for segment 0, then left alone"
sessions=()
for _ in $(seq 1 10); do
  answer=$(play); hls=$(jq -r .hlsUrl <<<"$answer"); sessions+=("$(jq -r .sessionId <<<"$answer")")
  get "${hls%master.m3u8}0.m4s"
done
for _ in $(seq 1 600); do
  paused=$(api "$base/api/v1/sessions" | jq '[.[] | select(.paused)] | length')
  [ "$paused" -ge 10 ] && break
  sleep 1
done
a=$(cpu_ticks); sleep 10; b=$(cpu_ticks)
idle_ten=$(awk -v d=$((b - a)) -v hz="$hz" 'BEGIN { printf "%.2f", d / hz / 10 * 100 }')
for s in "${sessions[@]}"; do api -X DELETE "$base/api/v1/playback/$s" >/dev/null; done
load_3="$(load)"

# --- 4. CPU per real-time transcode: Hearth's command from the start, run to the end by ffmpeg alone
say "4. the whole ${seconds} s through Hearth's 1080p → 720p command"
ref="$out/ref-full"; mkdir -p "$ref"
mapfile -t args < <(sed "s#^$folder#$ref#" "$out/command.txt")
/usr/bin/time -f '%U %S %e' -o "$out/full-time.txt" ffmpeg "${args[@]}" >/dev/null 2>&1
read -r user sys wall <"$out/full-time.txt"
cpu_per_rt=$(awk -v u="$user" -v s="$sys" -v d="$seconds" 'BEGIN { printf "%.2f", (u + s) / d }')
speed=$(awk -v w="$wall" -v d="$seconds" 'BEGIN { printf "%.2f", d / w }')
load_4="$(load)"

verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == "<=") ? (a + 0 <= b + 0) : (a + 0 >= b + 0); print ok ? "pass" : "FAIL" }'; }
{
  echo "### Streaming ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
  echo
  echo "Source: ${seconds} s 1920×1080 25 fps H.264 8 Mbps + AAC stereo; decision: the chromium profile with a 4 Mbps limit,"
  echo "a 1080p → 720p libx264 veryfast transcode, ${segment} s fMP4 segments, ffmpeg paused 3 segments ahead. Load (1/5/15 min) at start: $load_start."
  echo
  echo "| benchmark | Hearth | reference (same run) | target | result | load after |"
  echo "|---|---|---|---|---|---|"
  echo "| request → first segment served (median of 5; playback POST, master, media playlist, init, segment 0) | $first_hearth ms | ffmpeg alone, same command, to its first segment: $first_ffmpeg ms | ≤ ffmpeg + 200 ms | $(verdict "$first_hearth" '<=' $((first_ffmpeg + 200))) | $load_1 |"
  echo "| seek far ahead or back → new segment served (median of 5; max $seek_max ms) | $seek ms | — | ≤ 1500 ms | $(verdict "$seek" '<=' 1500) | $load_2 |"
  echo "| 10 sessions paused by the throttle, CPU over 10 s (server + all ffmpeg) | $idle_ten % of a core | the idle server alone: $idle_alone % | < 5 % | $(verdict "$idle_ten" '<=' 5) | $load_3 |"
  echo "| 1080p → 720p transcode, CPU time per media second | $cpu_per_rt cores per real-time stream ($speed× real time) | — | reported | — | $load_4 |"
} | tee "$out/results.md"
