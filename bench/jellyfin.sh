#!/usr/bin/env bash
# The Jellyfin-compatible API against Hearth's native API in the same run, on one store of 57,786 movies (the
# size the issue measured Jellyfin itself at): the first page, a deep page and random offsets of
# /Items?Recursive=true&IncludeItemTypes=Movie&StartIndex=…&Limit=100&Fields=… next to /api/v1/items at the
# same offsets, and POST /Items/{id}/PlaybackInfo for a file the profile plays directly. Prints a Markdown
# block (also written to the run folder as results.md); progress goes to stderr.
#   bench/jellyfin.sh                       57,786 movies
#   BENCH_FILES=5000 bench/jellyfin.sh      a smaller tree, for trying the script out
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
files="${BENCH_FILES:-57786}"
duration="${BENCH_SECONDS:-15}"
port=18097
out="$here/out/jellyfin-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

missing=()
for tool in wrk ffmpeg curl jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true' EXIT

say "building the hearth CLI and the bench tool"
"$root/hearth" --help >/dev/null
dotnet build "$here/Hearth.Bench/Hearth.Bench.csproj" -c Release -o "$root/.build/bench" -nologo -v quiet >"$out/bench-build.log" 2>&1 \
  || { cat "$out/bench-build.log" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_gcServer=0
bench() { dotnet "$root/.build/bench/hearth-bench.dll" "$@"; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

tree="$out/tree"
data="$out/data"
say "making a tree of $files movies and filling the store through the scanner (fake prober)"
bench make-tree --root "$tree" --files "$files" >"$out/tree.txt"
bench fill --data "$data" --root "$tree" >"$out/fill.txt"
# one real file, probed by ffprobe, for PlaybackInfo
mkdir -p "$out/real/Real Film (2024)"
ffmpeg -v error -y -f lavfi -i testsrc2=size=1280x720:rate=25 -f lavfi -i sine=frequency=440:sample_rate=48000 \
  -t 10 -c:v libx264 -preset ultrafast -c:a aac -movflags +faststart "$out/real/Real Film (2024)/Real Film (2024).mp4"

password="bench-$RANDOM-$RANDOM-password"
echo "$password" | dotnet "$root/.build/cli/hearth.dll" user add bench --admin --password-stdin --data "$data" >/dev/null
say "starting the server"
dotnet "$root/.build/cli/hearth.dll" up --data "$data" --port "$port" --no-demo --library "movies:$out/real" >"$out/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do grep -q 'Hearth is ready on' "$out/server.log" && break; sleep 0.2; done
grep -q 'Hearth is ready on' "$out/server.log" || { cat "$out/server.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
token=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'content-type: application/json' -d "{\"username\":\"bench\",\"password\":\"$password\"}" | jq -r .token)
client='MediaBrowser Client="hearth-bench", Device="bench", DeviceId="bench-1", Version="1.0"'
jf_token=$(curl -fsS -X POST "$base/Users/AuthenticateByName" -H "Authorization: $client" -H 'content-type: application/json' \
  -d "{\"Username\":\"bench\",\"Pw\":\"$password\"}" | jq -r .AccessToken)
native_auth="Authorization: Bearer $token"
jf_auth="Authorization: $client, Token=\"$jf_token\""
api() { curl -fsS -H "$native_auth" "$base$1"; }
say "waiting for the startup scans"
for _ in $(seq 1 1200); do
  busy=0
  for id in $(api /api/v1/libraries | jq -r '.[].id'); do
    api "/api/v1/libraries/$id/scan" | jq -e '.queued or .running != null' >/dev/null && busy=1
  done
  ((busy)) || break
  sleep 0.5
done
total=$(api "/api/v1/items?type=movie&limit=1" | jq .total)
jf_total=$(curl -fsS -H "$jf_auth" "$base/Items?Recursive=true&IncludeItemTypes=Movie&Limit=1" | jq .TotalRecordCount)
real_item=$(api "/api/v1/items?type=movie&search=real%20film&limit=1" | jq -r '.items[0].id')
say "$total movies natively, $jf_total through the Jellyfin API; the real film is $real_item"

fields="PrimaryImageAspectRatio,DateCreated,Overview,Genres,ProviderIds"
native_path="/api/v1/items?type=movie&limit=100&offset="
jf_path="/Items?Recursive=true&IncludeItemTypes=Movie&SortBy=SortName&SortOrder=Ascending&Fields=$fields&Limit=100&StartIndex="
deep=$(( total > 50100 ? 50000 : total * 9 / 10 ))
max_offset=$(( total > 100 ? total - 100 : 0 ))

# one Lua script for the three kinds: a fixed offset, or random offsets from the same seed for both APIs
cat >"$out/pages.lua" <<LUA
local prefix = os.getenv("PAGE_PATH")
local fixed = tonumber(os.getenv("PAGE_OFFSET") or "-1")
local most = tonumber(os.getenv("PAGE_MAX") or "0")
local n = 0
function setup(thread) n = n + 1; thread:set("seed", n) end
function init(args) math.randomseed(seed * 7919) end
function request()
  local offset = fixed >= 0 and fixed or math.random(0, most)
  return wrk.format("GET", prefix .. offset)
end
LUA

run_pages() { # file auth path offset accept-encoding
  PAGE_PATH="$3" PAGE_OFFSET="$4" PAGE_MAX="$max_offset" wrk -t2 -c16 -d2s -s "$out/pages.lua" -H "$2" -H "Accept-Encoding: $5" "$base" >/dev/null
  PAGE_PATH="$3" PAGE_OFFSET="$4" PAGE_MAX="$max_offset" wrk -t2 -c16 -d"${duration}s" --timeout 30s --latency -s "$out/pages.lua" -H "$2" -H "Accept-Encoding: $5" "$base" >"$1"
}
one_rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
one_p() { to_ms "$(awk -v k="$2" '$1 == k { print $2 }' "$1")"; }
# each API is measured twice, in the order native, Jellyfin, Jellyfin, native, so neither gains from going second
# (a warmer JIT, a warmer SQLite page cache); a figure is the mean of its two runs
rps() { awk -v a="$(one_rps "$1-1.txt")" -v b="$(one_rps "$1-2.txt")" 'BEGIN { printf "%.0f", (a + b) / 2 }'; }
p() { awk -v a="$(one_p "$1-1.txt" "$2")" -v b="$(one_p "$1-2.txt" "$2")" 'BEGIN { printf "%.2f", (a + b) / 2 }'; }
errors() { cat "$1-1.txt" "$1-2.txt" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true; }

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }
rss_before=$(rss_mb)
# each page twice: compressed, as the apps' HTTP stacks (OkHttp, URLSession) and browsers ask for it, and plain
rows=()
for encoding in gzip identity; do
  for kind in first deep random; do
    case $kind in first) offset=0 ;; deep) offset=$deep ;; random) offset=-1 ;; esac
    say "pages: $kind, Accept-Encoding: $encoding (native, Jellyfin, Jellyfin, native), wrk -t2 -c16 -d${duration}s each"
    n="$out/wrk-native-$kind-$encoding"; j="$out/wrk-jellyfin-$kind-$encoding"
    run_pages "$n-1.txt" "$native_auth" "$native_path" "$offset" "$encoding"
    run_pages "$j-1.txt" "$jf_auth" "$jf_path" "$offset" "$encoding"
    run_pages "$j-2.txt" "$jf_auth" "$jf_path" "$offset" "$encoding"
    run_pages "$n-2.txt" "$native_auth" "$native_path" "$offset" "$encoding"
    # the verdict is on what the apps send (gzip); a plain page is shown for reference: bound by its bytes
    verdict=$(awk -v a="$(rps "$j")" -v b="$(rps "$n")" 'BEGIN { print (a >= b * 0.95) ? "pass" : "FAIL" }')
    [ "$encoding" = gzip ] || verdict="(reference, $(awk -v a="$(rps "$j")" -v b="$(rps "$n")" 'BEGIN { printf "%.0f %%", 100 * a / b }'))"
    rows+=("| $kind page$([ "$kind" = deep ] && echo " (StartIndex $deep)") | $encoding | $(rps "$j") req/s, p50 $(p "$j" 50%) ms, p99 $(p "$j" 99%) ms | $(rps "$n") req/s, p50 $(p "$n" 50%) ms, p99 $(p "$n" 99%) ms | $verdict $(errors "$j")$(errors "$n") |")
  done
done
rss_after=$(rss_mb)
sizes="first page of 100: Jellyfin API $(curl -fsS -H "$jf_auth" "$base${jf_path}0" | wc -c) bytes ($(curl -fsS -H "$jf_auth" -H 'Accept-Encoding: gzip' "$base${jf_path}0" | wc -c) gzip), native $(curl -fsS -H "$native_auth" "$base${native_path}0" | wc -c) bytes ($(curl -fsS -H "$native_auth" -H 'Accept-Encoding: gzip' "$base${native_path}0" | wc -c) gzip)"

say "PlaybackInfo for a direct-play file, wrk -t2 -c8 then -t1 -c1, -d${duration}s"
cat >"$out/playbackinfo.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"DeviceProfile":{"MaxStreamingBitrate":120000000,"DirectPlayProfiles":[{"Container":"mp4,mkv","Type":"Video","VideoCodec":"h264,hevc","AudioCodec":"aac,ac3,eac3"}],"TranscodingProfiles":[{"Container":"ts","Type":"Video","VideoCodec":"h264","AudioCodec":"aac","Protocol":"hls"}],"SubtitleProfiles":[{"Format":"srt","Method":"External"}]}}]]
LUA
pi_url="$base/Items/$real_item/PlaybackInfo?UserId=x"
curl -fsS -X POST -H "$jf_auth" -H 'content-type: application/json' --data "$(sed -n 's/^wrk.body = \[\[\(.*\)\]\]$/\1/p' "$out/playbackinfo.lua")" \
  "$pi_url" | jq -c '.MediaSources[0] | {SupportsDirectPlay, TranscodingUrl}' >"$out/playbackinfo.json"
wrk -t2 -c8 -d2s -s "$out/playbackinfo.lua" -H "$jf_auth" "$pi_url" >/dev/null
wrk -t2 -c8 -d"${duration}s" --timeout 30s --latency -s "$out/playbackinfo.lua" -H "$jf_auth" "$pi_url" >"$out/wrk-playbackinfo-c8.txt"
# the target is for one app asking (a TV starts one playback at a time): one connection
wrk -t1 -c1 -d"${duration}s" --timeout 30s --latency -s "$out/playbackinfo.lua" -H "$jf_auth" "$pi_url" >"$out/wrk-playbackinfo.txt"
pi="$out/wrk-playbackinfo.txt"
pi8="$out/wrk-playbackinfo-c8.txt"
pi_verdict=$(awk -v a="$(one_p "$pi" 99%)" 'BEGIN { print (a <= 5) ? "pass" : "FAIL" }')

{
  echo "### Jellyfin-compatible API against the native API ($(date -u +%F), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo))"
  echo
  echo "Command: \`bench/jellyfin.sh\` (BENCH_FILES=$files, ${duration} s per wrk run, -t2 -c16, two runs per API and page in the order native, Jellyfin, Jellyfin, native, figures their means; load before: $load_start). Store: $total movies (Jellyfin API counts $jf_total)."
  echo "Jellyfin query: \`/Items?Recursive=true&IncludeItemTypes=Movie&SortBy=SortName&SortOrder=Ascending&Fields=$fields&Limit=100&StartIndex=…\`; native: \`/api/v1/items?type=movie&limit=100&offset=…\`; random offsets from the same seed for both."
  echo
  echo "| page | Accept-Encoding | Jellyfin API | native API (reference, same run) | at least as fast |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Sizes, $sizes."
  echo
  echo "Server's resident memory (VmRSS): $rss_before MB before the page runs, $rss_after MB after them (every item of the store seen through both APIs)."
  echo
  echo "| request | Jellyfin API | target | met |"
  echo "|---|---|---|---|"
  echo "| PlaybackInfo, direct play ($(jq -r 'if .SupportsDirectPlay then "SupportsDirectPlay" else "not direct play!" end' "$out/playbackinfo.json")), one client (wrk -t1 -c1) | $(one_rps "$pi") req/s, p50 $(one_p "$pi" 50%) ms, p99 $(one_p "$pi" 99%) ms | p99 ≤ 5 ms | $pi_verdict $(grep -E "Non-2xx|Socket errors" "$pi" | tr "\n" " " || true) |"
  echo "| the same, 8 clients at once (wrk -t2 -c8) | $(one_rps "$pi8") req/s, p50 $(one_p "$pi8" 50%) ms, p99 $(one_p "$pi8" 99%) ms | (throughput, for reference) | $(grep -E "Non-2xx|Socket errors" "$pi8" | tr "\n" " " || true) |"
} | tee "$out/results.md"
