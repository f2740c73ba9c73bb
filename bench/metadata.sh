#!/usr/bin/env bash
# Online metadata for a new user's library (issue 19): N bare release-named films (no folders, NFOs or art) matched
# against a loopback TMDB v3 (bench tool's fake-tmdb) that answers each API request after 50 ms and serves the
# pictures at once, as a CDN would. The store is filled beforehand by the scanner with the fake prober, so the
# figure is metadata alone: from the end of `hearth up`'s startup scan (and from the first provider request) to the
# worker's last film. Beside it, in the same run, the requests alone: search and details per film sent straight at
# the same fake by as many at once as Hearth's provider limit allows. Prints a Markdown block (also written to the
# run folder as results.md); progress goes to stderr.
#   bench/metadata.sh                      1,000 films
#   BENCH_FILMS=100 bench/metadata.sh      a quick try
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
films="${BENCH_FILMS:-1000}"
delay="${BENCH_DELAY_MS:-50}"
target=30
port=18098
fake_port=18151
out="$here/out/metadata-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

missing=()
for tool in curl jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# the limits Hearth runs with, read from their defaults: requests in flight per provider, films matched at once
limit=$(sed -n 's/.*int MaxConcurrency { get; set; } = \([0-9]*\);.*/\1/p' "$root/src/Hearth.Library/Metadata/Providers/MetadataOptions.cs" 2>/dev/null || true)
limit="${limit:-4}"
items_at_once=$(sed -n 's/.*int Concurrency { get; set; } = \([0-9]*\);.*/\1/p' "$root/src/Hearth.Library/Metadata/Refresh/RefreshOptions.cs" 2>/dev/null || true)
items_at_once="${items_at_once:-?}"

server_pid=""
fake_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; [ -n "$fake_pid" ] && kill "$fake_pid" 2>/dev/null; wait 2>/dev/null || true' EXIT

say "building the hearth CLI and the bench tool"
"$root/hearth" --help >/dev/null
dotnet build "$here/Hearth.Bench/Hearth.Bench.csproj" -c Release -o "$root/.build/bench" -nologo -v quiet >"$out/bench-build.log" 2>&1 \
  || { cat "$out/bench-build.log" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_gcServer=0
bench() { dotnet "$root/.build/bench/hearth-bench.dll" "$@"; }

say "starting the fake TMDB on 127.0.0.1:$fake_port ($films films, $delay ms per answer)"
# started directly (not through the bench function's subshell) so the trap's kill reaches it
dotnet "$root/.build/bench/hearth-bench.dll" fake-tmdb --port "$fake_port" --films "$films" --delay-ms "$delay" >"$out/fake-tmdb.txt" 2>&1 &
fake_pid=$!
fake="http://127.0.0.1:$fake_port"
for _ in $(seq 1 150); do grep -q '^fake-tmdb on' "$out/fake-tmdb.txt" && break; kill -0 "$fake_pid" 2>/dev/null || break; sleep 0.2; done
grep -q '^fake-tmdb on' "$out/fake-tmdb.txt" || { cat "$out/fake-tmdb.txt" >&2; exit 1; }

tree="$out/tree"
data="$out/data"
say "making $films bare release-named files and filling the store through the scanner (fake prober: no ffprobe, no metadata)"
bench bare-tree --root "$tree" --films "$films" >"$out/tree.txt"
bench fill --data "$data" --root "$tree/Movies" >"$out/fill.txt"

password="bench-$RANDOM-$RANDOM-password"
echo "$password" | dotnet "$root/.build/cli/hearth.dll" user add bench --admin --password-stdin --data "$data" >/dev/null
say "starting the server with TMDB at $fake"
HEARTH_Metadata__Tmdb__ApiKey=bench-key HEARTH_Metadata__Tmdb__BaseUrl="$fake" \
  dotnet "$root/.build/cli/hearth.dll" up --data "$data" --port "$port" --no-demo --library "movies:$tree/Movies" >"$out/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do grep -q 'Hearth is ready on' "$out/server.log" && break; sleep 0.2; done
grep -q 'Hearth is ready on' "$out/server.log" || { cat "$out/server.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
token=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'content-type: application/json' -d "{\"username\":\"bench\",\"password\":\"$password\"}" | jq -r .token)
api() { curl -fsS -H "Authorization: Bearer $token" "$base$1"; }
library=$(api /api/v1/libraries | jq -r '.[0].id')

say "waiting for the worker to match $films films"
cpu_start=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
for _ in $(seq 1 3000); do
  api /api/v1/metadata/status >"$out/status.json"
  if jq -e --arg l "$library" '.libraries[] | select(.libraryId == $l) | (.running | not) and .done == .queued' "$out/status.json" >/dev/null; then
    break
  fi
  sleep 0.2
done
cpu_end=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
api "/api/v1/libraries/$library/scan" >"$out/scan.json"
api "/api/v1/metadata/unmatched?libraryId=$library" >"$out/unmatched.json"
curl -fsS "$fake/stats" >"$out/fake-stats.json"

progress=$(jq -c --arg l "$library" '.libraries[] | select(.libraryId == $l)' "$out/status.json")
[ -n "$progress" ] || { say "the worker never started on library $library"; jq . "$out/status.json" >&2; exit 1; }
finished=$(jq -r '.finishedMs // empty' <<<"$progress")
[ -n "$finished" ] || { say "the worker did not finish in time"; echo "$progress" >&2; exit 1; }
matched=$(jq -r .matched <<<"$progress")
unmatched=$(jq -r .unmatched <<<"$progress")
failed=$(jq -r .failed <<<"$progress")
queued=$(jq -r .queued <<<"$progress")
scan_end=$(jq -r '.lastScan.finishedMs' "$out/scan.json")
first_request=$(jq -r '.firstApiMs' "$out/fake-stats.json")
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }
from_scan=$(seconds "$scan_end" "$finished")
from_first=$(seconds "$first_request" "$finished")
in_flight=$(jq -r .maxInFlight "$out/fake-stats.json")
route() { jq -r --arg r "$1" '.routes[$r] // 0' "$out/fake-stats.json"; }
searches=$(route search/movie)
details=$(route 'movie/{id}')
configs=$(route configuration)
images=$(route image)
others=$(route other)
per_film=$(awk -v s="$searches" -v d="$details" -v f="$films" 'BEGIN { printf "%.2f", (s + d) / f }')
images_per_film=$(awk -v i="$images" -v f="$films" 'BEGIN { printf "%.1f", i / f }')
cpu=$(awk -v a="$cpu_start" -v b="$cpu_end" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (b - a) / hz }')
say "matched $matched, unmatched $unmatched, failed $failed of $queued in $from_first s after the first request ($from_scan s after the startup scan)"

say "the requests alone: $limit at once (Hearth's provider limit), then $items_at_once at once (the worker's films at once)"
bench requests-alone --url "$fake" --films "$films" --concurrency "$limit" >"$out/requests-alone.txt"
alone=$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' "$out/requests-alone.txt")
alone_items=""
if [[ "$items_at_once" =~ ^[0-9]+$ ]] && [ "$items_at_once" != "$limit" ]; then
  bench requests-alone --url "$fake" --films "$films" --concurrency "$items_at_once" >"$out/requests-alone-items.txt"
  alone_items=$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' "$out/requests-alone-items.txt")
fi
floor=$(awk -v s="$searches" -v d="$details" -v ms="$delay" -v c="$limit" 'BEGIN { printf "%.1f", (s + d) * ms / 1000 / c }')
# the worker's start is its first request: it may begin on the fill's scan record before the startup scan ends
verdict=$(awk -v m="$matched" -v f="$films" -v t="$from_first" -v lim="$target" -v i="$in_flight" -v c="$limit" \
  'BEGIN { v = (m == f && t <= lim && i <= c) ? "pass" : "FAIL"; w = ""
           if (m != f) w = w ", " f - m " not matched"; if (t > lim) w = w ", over " lim " s"; if (i > c) w = w ", over the limit"
           print v (w == "" ? "" : " (" substr(w, 3) ")") }')
span=$(jq -r '.lastApiMs - .firstApiMs' "$out/fake-stats.json")
average=$(jq -r --argjson s "$span" 'if $s > 0 then (.apiBusyMs / $s * 100 | round / 100) else 0 end' "$out/fake-stats.json")
idle=$(jq -r '.apiIdleMs / 1000 * 10 | round / 10' "$out/fake-stats.json")
reasons=$(jq -r '[.[].reason // "no reason"] | group_by(.) | map("\(length)× \(.[0])") | .[:3] | join("; ")' "$out/unmatched.json")

{
  echo "### Online metadata, $films bare-named films ($(date -u +%F), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo))"
  echo
  echo "Command: \`$( [ "$films" = 1000 ] && echo "" || echo "BENCH_FILMS=$films " )bench/metadata.sh\` (load before: $load_start). A loopback TMDB v3 (\`hearth-bench fake-tmdb\`) answers each API request after $delay ms and pictures at once; files named \`Silent.River.Ab.1987.1080p.BluRay.x264-GRP.mkv\` in one folder, no NFO, no art; each search answers the film among two decoys (the same title 31 years away, a similar title). The store was filled by the scanner with the fake prober before \`hearth up\`, so the time is metadata alone; Hearth's defaults: $limit provider requests in flight (Metadata:MaxConcurrency), $items_at_once films at once (Metadata:Refresh:Concurrency), a worker that looks for finished scans every 5 s. Server CPU during the wait: $cpu s."
  echo
  echo "| films | matched | unmatched | failed | worker's first request → last match | startup scan's end → last match | requests alone, same run | in flight: most (limit), mean | met (all matched ≤ ${target} s, in flight ≤ limit) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  echo "| $films | $matched | $unmatched | $failed | $from_first s | $from_scan s | $alone s at $limit at once$([ -n "$alone_items" ] && echo "; $alone_items s at $items_at_once") | $in_flight ($limit), $average | $verdict |"
  echo
  echo "Requests at the provider: $searches searches, $details details ($per_film per film), $configs configuration, $others other; $images pictures ($images_per_film per film, not delayed, outside the limit). Floor of those requests at $limit in flight: ($searches + $details) × $delay ms / $limit = $floor s. No API request was in flight for $idle s of the worker's time (Hearth matching, writing and downloading between requests)."
  if [ "$unmatched" != 0 ] || [ "$failed" != 0 ]; then
    echo
    echo "Unmatched or failed, by reason: $reasons."
  fi
} | tee "$out/results.md"
