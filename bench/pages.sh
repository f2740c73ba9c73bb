#!/usr/bin/env bash
# Item pages at 100,000 movies (issue 21, "every page fast"): wrk -t2 -c16 -d30s --latency with a random offset per
# request, sorted by title and by date added, for a person who has marked some films (so the answers carry user data)
# and with the played and favourite filters; the first page beside them as the same run's reference; and the server's
# resident memory after. Prints a Markdown block (also written to the run folder as results.md); progress on stderr.
#   bench/pages.sh                        100,000 movies
#   BENCH_FILES=5000 bench/pages.sh       a smaller tree, for trying the script out
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
files="${BENCH_FILES:-100000}"
duration="${BENCH_SECONDS:-30}"
port=18098
out="$here/out/pages-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

missing=()
for tool in wrk curl jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
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

data="$out/data"
say "making a tree of $files movies and filling the store through the scanner (fake prober)"
bench make-tree --root "$out/tree" --files "$files" >"$out/tree.txt"
bench fill --data "$data" --root "$out/tree" >"$out/fill.txt"

password="bench-$RANDOM-$RANDOM-password"
echo "$password" | dotnet "$root/.build/cli/hearth.dll" user add bench --admin --password-stdin --data "$data" >/dev/null
say "starting the server"
dotnet "$root/.build/cli/hearth.dll" up --data "$data" --port "$port" --no-demo >"$out/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do grep -q 'Hearth is ready on' "$out/server.log" && break; sleep 0.2; done
grep -q 'Hearth is ready on' "$out/server.log" || { cat "$out/server.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
token=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'content-type: application/json' -d "{\"username\":\"bench\",\"password\":\"$password\"}" | jq -r .token)
auth="Authorization: Bearer $token"
api() { curl -fsS -H "$auth" "$base$1"; }
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
# a person's marks, as a household has them: every 50th film played, every 100th a favourite
say "marking $((total / 50)) films played and $((total / 100)) favourites"
i=0
for offset in $(seq 0 500 $((total - 1))); do
  for id in $(api "/api/v1/items?type=movie&sort=date-added&limit=500&offset=$offset" | jq -r '.items[].id'); do
    i=$((i + 1))
    if ((i % 50 == 0)); then curl -fsS -o /dev/null -X POST -H "$auth" -H 'content-type: application/json' -d '{"played":true}' "$base/api/v1/items/$id/watch-state"; fi
    if ((i % 100 == 7)); then curl -fsS -o /dev/null -X POST -H "$auth" -H 'content-type: application/json' -d '{"favourite":true}' "$base/api/v1/items/$id/watch-state"; fi
  done
done
played=$(api "/api/v1/items?type=movie&played=true&limit=1" | jq .total)
favourites=$(api "/api/v1/items?type=movie&favourite=true&limit=1" | jq .total)

cat >"$out/pages.lua" <<'LUA'
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

rows=()
measure() { # name path offset most
  local file="$out/wrk-$1.txt"
  PAGE_PATH="$2" PAGE_OFFSET="$3" PAGE_MAX="$4" wrk -t2 -c16 -d2s -s "$out/pages.lua" -H "$auth" -H "Accept-Encoding: gzip" "$base" >/dev/null
  PAGE_PATH="$2" PAGE_OFFSET="$3" PAGE_MAX="$4" wrk -t2 -c16 -d"${duration}s" --timeout 30s --latency -s "$out/pages.lua" -H "$auth" -H "Accept-Encoding: gzip" "$base" >"$file"
  local rps p50 p99 verdict
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
  verdict=$([ "$3" = -1 ] && awk -v r="$rps" -v p="$p99" 'BEGIN { print (r >= 3000 && p <= 20) ? "pass" : "FAIL" }' || echo "(reference)")
  rows+=("| $5 | $rps req/s | $p50 ms | $p99 ms | $verdict $(grep -E 'Non-2xx|Socket errors' "$file" | tr '\n' ' ' || true) |")
}
say "pages: wrk -t2 -c16 -d${duration}s each, random offsets over the whole listing"
measure first-title "/api/v1/items?type=movie&sort=title&limit=100&offset=" 0 0 "first page, by title"
measure random-title "/api/v1/items?type=movie&sort=title&limit=100&offset=" -1 $((total - 100)) "random offsets, by title"
measure random-added "/api/v1/items?type=movie&sort=date-added&limit=100&offset=" -1 $((total - 100)) "random offsets, by date added"
measure random-year "/api/v1/items?type=movie&sort=year&limit=100&offset=" -1 $((total - 100)) "random offsets, by year"
measure random-unplayed "/api/v1/items?type=movie&sort=title&played=false&limit=100&offset=" -1 $((total - played - 100)) "random offsets, by title, unplayed only"
measure random-favourites "/api/v1/items?type=movie&sort=date-added&favourite=true&limit=100&offset=" -1 $((favourites > 100 ? favourites - 100 : 0)) "random offsets, by date added, favourites only"
rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status")

{
  echo "### Item pages at $total movies ($(date -u +%F), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo))"
  echo
  echo "Command: \`bench/pages.sh\` (BENCH_FILES=$files, wrk -t2 -c16 -d${duration}s --latency after a 2 s warm-up, a random offset per request from a seeded Lua script, \`Accept-Encoding: gzip\`; load before: $load_start). The person browsing has $played films played and $favourites favourites, so pages carry user data."
  echo
  echo "| page | throughput | p50 | p99 | target (≥ 3,000 req/s, p99 ≤ 20 ms) |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Server's resident memory (VmRSS) after the runs: $rss MB (target ≤ 400 MB at 100,000 items after browsing)."
} | tee "$out/results.md"
