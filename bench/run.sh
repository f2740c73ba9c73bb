#!/usr/bin/env bash
# Runs every Hearth benchmark end to end in a fresh folder under bench/out/ and prints a Markdown
# results block (also written to that folder as results.md). Progress goes to stderr.
#   bench/run.sh                 100,000 movies
#   BENCH_FILES=20000 bench/run.sh   a smaller tree, for trying the script out
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
files="${BENCH_FILES:-100000}"
port=18096
nginx_port=18080
out="$here/out/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# --- prerequisites: what a fresh Debian machine lacks -------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx-light)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v curl >/dev/null || missing+=(curl)
command -v jq >/dev/null || missing+=(jq)
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- everything started here is stopped on exit, also on failure --------------------------------
pids=()
stop_all() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  pids=()
}
trap stop_all EXIT

say "building the hearth CLI and the bench tool"
"$root/hearth" --help >/dev/null
dotnet build "$here/Hearth.Bench/Hearth.Bench.csproj" -c Release -o "$root/.build/bench" -nologo -v quiet >"$out/bench-build.log" 2>&1 \
  || { cat "$out/bench-build.log" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_gcServer=0
bench() { dotnet "$root/.build/bench/hearth-bench.dll" "$@"; }
hearth() { dotnet "$root/.build/cli/hearth.dll" "$@"; }

# --- helpers -------------------------------------------------------------------------------------
# wrk prints latencies as 812.00us / 1.23ms / 1.02s and rates as 1.2MB / 3.4GB; these give ms and MB.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
to_mb() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /GB$/) n *= 1024; else if (v ~ /KB$/) n /= 1024; else if (v ~ /B$/ && v !~ /MB$/) n /= 1048576; printf "%.0f", n }'; }
wrk_field() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == "<=") ? (a + 0 <= b + 0) : (a + 0 >= b + 0); print ok ? "pass" : "FAIL" }'; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Starts the server in the background and waits for its ready line; sets server_pid.
start_server() {
  local data="$1" log="$2"
  shift 2
  # dotnet itself in the background (not a function), so $! is the server: killed on exit, read for memory
  dotnet "$root/.build/cli/hearth.dll" up --data "$data" --port "$port" --no-demo "$@" >"$log" 2>&1 &
  server_pid=$!
  pids+=("$server_pid")
  for _ in $(seq 1 600); do
    grep -q 'Hearth is ready on' "$log" && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
  done
  say "the server did not say it was ready within 120 s"; cat "$log" >&2; exit 1
}

api() { curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port$1"; }

# Until no library has a scan queued or running (the server rescans every library when it starts).
wait_scans() {
  local id
  for _ in $(seq 1 1200); do
    local busy=0
    for id in $(api /api/v1/libraries | jq -r '.[].id'); do
      api "/api/v1/libraries/$id/scan" | jq -e '.queued or .running != null' >/dev/null && busy=1
    done
    ((busy)) || return 0
    sleep 0.5
  done
  say "scans still running after 10 minutes"; exit 1
}

# --- 1. the tree, the 100,000-item store, and rescans against find -------------------------------
tree="$out/tree"
data="$out/data"
say "making a tree of $files movies"
bench make-tree --root "$tree" --files "$files" | tee "$out/tree.txt" >&2
say "filling the store through the scanner (fake prober)"
bench fill --data "$data" --root "$tree" | tee "$out/fill.txt" >&2
say "timing unchanged rescans and find (warm cache, 5 runs each)"
bench rescan --data "$data" --runs 5 --root "$tree" | tee "$out/rescan.txt" >&2
rescan_s=$(awk '/^rescan median/ { print $3 }' "$out/rescan.txt")
find_s=$(awk '/^find median/ { print $3 }' "$out/rescan.txt")
ratio=$(awk -v a="$rescan_s" -v b="$find_s" 'BEGIN { printf "%.2f", a / b }')

# --- 2. media: a ~1 GB playable file for direct play, a short clip for the new-file test ----------
say "making media with ffmpeg"
mkdir -p "$out/big" "$out/media"
ffmpeg -v error -y -f lavfi -i testsrc2=size=1920x1080:rate=30 -f lavfi -i sine=frequency=440:sample_rate=48000 \
  -t 10 -c:v mjpeg -q:v 1 -c:a aac -b:a 192k "$out/media/ten-seconds.mkv"
# 27 copies of a ~37 MB clip, stream-copied: about 1 GB in a couple of seconds
ffmpeg -v error -y -stream_loop 26 -i "$out/media/ten-seconds.mkv" -map 0 -c copy "$out/big/Big Buck Bench (2024).mkv"
ffmpeg -v error -y -f lavfi -i testsrc=size=640x360:rate=25 -f lavfi -i sine=frequency=880:sample_rate=48000 \
  -t 3 -c:v libx264 -preset ultrafast -c:a aac -shortest "$out/media/clip.mkv"
big_mb=$(( $(stat -c %s "$out/big/Big Buck Bench (2024).mkv") / 1048576 ))

# --- 3. the server on the filled store ------------------------------------------------------------
password="bench-$RANDOM-$RANDOM-password"
echo "$password" | hearth user add bench --admin --password-stdin --data "$data" >/dev/null
say "starting the server on the $files-movie store"
start_server "$data" "$out/server.log" --library "movies:$out/big"
token=$(curl -fsS -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"username\":\"bench\",\"password\":\"$password\"}" | jq -r .token)
say "waiting for the startup scans"
wait_scans
movies_id=$(api /api/v1/libraries | jq -r --arg f "$tree" '.[] | select(.folders | index($f)) | .id')
big_id=$(api /api/v1/libraries | jq -r --arg f "$out/big" '.[] | select(.folders | index($f)) | .id')
big_item=$(api "/api/v1/items?libraryId=$big_id" | jq -r '.items[0].id')
[ -n "$big_item" ] && [ "$big_item" != null ] || { say "the big file was not listed"; exit 1; }

items_url="http://127.0.0.1:$port/api/v1/items?limit=100"
say "items API: single requests, warm-up, then wrk -t2 -c16 -d20s"
for _ in 1 2 3 4 5; do curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$items_url"; done >"$out/items-curl.txt"
wrk -t2 -c16 -d5s -H "Authorization: Bearer $token" "$items_url" >/dev/null
wrk -t2 -c16 -d20s --timeout 30s --latency -H "Authorization: Bearer $token" "$items_url" >"$out/wrk-items.txt"
items_rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$out/wrk-items.txt")
items_p50=$(to_ms "$(wrk_field "$out/wrk-items.txt" 50%)")
items_p99=$(to_ms "$(wrk_field "$out/wrk-items.txt" 99%)")
items_errors=$(grep -c 'Non-2xx\|Socket errors' "$out/wrk-items.txt" || true)
# the same load at one connection shows whether latency is per request or queueing
wrk -t1 -c1 -d5s --timeout 30s --latency -H "Authorization: Bearer $token" "$items_url" >"$out/wrk-items-c1.txt"
c1_rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$out/wrk-items-c1.txt")
c1_p50=$(to_ms "$(wrk_field "$out/wrk-items-c1.txt" 50%)")
# the same page of one kind only (movies), which the (Kind, SortTitle) index can deliver in order
for _ in 1 2 3 4 5; do curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$items_url&type=movie"; done >"$out/items-movie-curl.txt"

# --- 4. direct play against nginx serving the same file -------------------------------------------
say "direct play: nginx and Hearth, wrk -t2 -c8 -d15s each"
mkdir -p "$out/nginx"
cat >"$out/nginx/nginx.conf" <<EOF
$( ((EUID == 0)) && echo 'user root;' || true)
worker_processes auto;
daemon off;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log;
events { worker_connections 256; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $out/nginx/body;
  server {
    listen 127.0.0.1:$nginx_port;
    root $out/big;
  }
}
EOF
nginx -c "$out/nginx/nginx.conf" -p "$out/nginx" &
pids+=($!)
big_path="/Big%20Buck%20Bench%20(2024).mkv"
for _ in $(seq 1 50); do curl -fsS -o /dev/null -r 0-0 "http://127.0.0.1:$nginx_port$big_path" 2>/dev/null && break; sleep 0.1; done
# two alternating rounds: with a 1 GB body a 15 s run completes only a few responses, so one round is noisy
for round in 1 2; do
  wrk -t2 -c8 -d15s --timeout 60s "http://127.0.0.1:$nginx_port$big_path" >"$out/wrk-nginx-$round.txt"
  wrk -t2 -c8 -d15s --timeout 60s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/items/$big_item/stream" >"$out/wrk-stream-$round.txt"
done
rate() { to_mb "$(awk '/^Transfer\/sec/ { print $2 }' "$1")"; }
nginx_rounds="$(rate "$out/wrk-nginx-1.txt") $(rate "$out/wrk-nginx-2.txt")"
stream_rounds="$(rate "$out/wrk-stream-1.txt") $(rate "$out/wrk-stream-2.txt")"
nginx_mb=$(echo "$nginx_rounds" | awk '{ printf "%.0f", ($1 + $2) / 2 }')
stream_mb=$(echo "$stream_rounds" | awk '{ printf "%.0f", ($1 + $2) / 2 }')
stream_pct=$(awk -v a="$stream_mb" -v b="$nginx_mb" 'BEGIN { printf "%.0f", 100 * a / b }')

# --- 5. a new file in a watched folder until the API lists it -------------------------------------
say "new-file latency in the $files-movie library (5 runs)"
bench new-file --url "http://127.0.0.1:$port" --token "$token" --library "$movies_id" --folder "$tree" --clip "$out/media/clip.mkv" --runs 5 \
  | tee "$out/new-file.txt" >&2
say "new-file latency in the one-file library (5 runs)"
bench new-file --url "http://127.0.0.1:$port" --token "$token" --library "$big_id" --folder "$out/big" --clip "$out/media/clip.mkv" --runs 5 \
  | tee "$out/new-file-small.txt" >&2
newfile_s=$(awk '/^new-file median/ { print $3 }' "$out/new-file.txt")
newfile_small_s=$(awk '/^new-file median/ { print $3 }' "$out/new-file-small.txt")

# --- 6. memory: after browsing every item, then a fresh empty server ------------------------------
say "browsing every item, then reading the server's resident memory"
wait_scans
bench browse --url "http://127.0.0.1:$port" --token "$token" --max-seconds 120 | tee "$out/browse.txt" >&2
sleep 2
rss_full=$(rss_mb "$server_pid")
stop_all
say "starting a server on an empty store for idle memory"
start_server "$out/empty" "$out/server-empty.log"
sleep 5
rss_idle=$(rss_mb "$server_pid")
stop_all

# --- results -------------------------------------------------------------------------------------
{
  echo "### Results $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, Linux $(uname -r), $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "- commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo ' (src modified)'), .NET $(dotnet --version)"
  echo "- load average at start: $load_start (other work on the machine shares the 2 cores)"
  echo "- command: \`bench/run.sh\` (BENCH_FILES=$files); raw output in \`${out#"$root"/}\`"
  echo "- tree: $(sed 's/^tree [^:]*: //' "$out/tree.txt")"
  echo "- fill: $(sed 's/^fill: library [^ ]* //' "$out/fill.txt")"
  echo
  echo "| benchmark | measured | same-run reference | target | result |"
  echo "|---|---|---|---|---|"
  echo "| unchanged rescan, $files movies (median of 5) | ${rescan_s} s | find: ${find_s} s (${ratio}×) | ≤ 3 s | $(verdict "$rescan_s" '<=' 3) |"
  echo "| rescan vs find | ${ratio}× | | ≤ 3× | $(verdict "$ratio" '<=' 3) |"
  echo "| items API, limit=100, wrk -t2 -c16 -d20s: req/s | ${items_rps} | | ≥ 3,000 | $(verdict "$items_rps" '>=' 3000) |"
  echo "| items API: p50 / p99 | ${items_p50} ms / ${items_p99} ms | one connection: ${c1_rps} req/s, p50 ${c1_p50} ms | p99 ≤ 20 ms | $(verdict "$items_p99" '<=' 20) |"
  echo "| direct play, ${big_mb} MB file, wrk -t2 -c8 -d15s, mean of 2 rounds | ${stream_mb} MB/s (${stream_pct}% of nginx) | nginx sendfile: ${nginx_mb} MB/s | ≥ 80% of nginx | $(verdict "$stream_pct" '>=' 80) |"
  echo "| new file listed, $files-movie library (median of 5) | ${newfile_s} s | one-file library: ${newfile_small_s} s | ≤ 2 s | $(verdict "$newfile_s" '<=' 2) |"
  echo "| resident memory, idle, empty store | ${rss_idle} MB | | ≤ 150 MB | $(verdict "$rss_idle" '<=' 150) |"
  echo "| resident memory, $files-item store after browse | ${rss_full} MB | | ≤ 400 MB | $(verdict "$rss_full" '<=' 400) |"
  echo
  echo "- items API single requests (curl, s): $(paste -sd' ' "$out/items-curl.txt"); wrk errors lines: ${items_errors}"
  echo "- direct play rounds (MB/s): Hearth $stream_rounds; nginx $nginx_rounds"
  echo "- items?limit=100&type=movie single requests (curl, s): $(paste -sd' ' "$out/items-movie-curl.txt")"
  echo "- browse: $(sed 's/^browse: //' "$out/browse.txt")"
  echo "- new-file runs ($files-movie library): $(awk '/^new-file run/ { printf "%s ", $4 }' "$out/new-file.txt")s"
  echo "- new-file runs (one-file library): $(awk '/^new-file run/ { printf "%s ", $4 }' "$out/new-file-small.txt")s"
  echo "- rescan runs: $(awk '/^rescan run/ { printf "%s ", $4 }' "$out/rescan.txt")s; find runs: $(awk '/^find run/ { printf "%s ", $4 }' "$out/rescan.txt")s"
} | tee "$out/results.md"
say "done; everything is in $out"
