#!/usr/bin/env bash
# Time to first paint of the web client's home page on loopback with a 1,000-movie library, in headless
# Chromium, against a reference measured in the same run: nginx serving the same built client as plain
# files (what any static page costs here, without the server or the API).
#   bench/web-paint.sh            1,000 movies, 10 cold loads each
#   PAINT_FILES=5000 PAINT_RUNS=20 bench/web-paint.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
files="${PAINT_FILES:-1000}"
runs="${PAINT_RUNS:-10}"
port=18097
nginx_port=18081
out="$here/out/paint-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

missing=()
command -v nginx >/dev/null || missing+=(nginx-light)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v jq >/dev/null || missing+=(jq)
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

say "building"
"$root/hearth" --help >/dev/null
dotnet build "$here/Hearth.Bench/Hearth.Bench.csproj" -c Release -o "$root/.build/bench" -nologo -v quiet >"$out/bench-build.log" 2>&1 \
  || { cat "$out/bench-build.log" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_gcServer=0
bench() { dotnet "$root/.build/bench/hearth-bench.dll" "$@"; }

say "a library of $files movies (fake prober: the store is what matters here)"
bench make-tree --root "$out/tree" --files "$files" >&2
bench fill --data "$out/data" --root "$out/tree" >&2
password="paint-$RANDOM-$RANDOM-password"
echo "$password" | dotnet "$root/.build/cli/hearth.dll" user add bench --admin --password-stdin --data "$out/data" >/dev/null

dotnet "$root/.build/cli/hearth.dll" up --data "$out/data" --port "$port" --no-demo >"$out/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do grep -q 'Hearth is ready on' "$out/server.log" && break; sleep 0.2; done
grep -q 'Hearth is ready on' "$out/server.log" || { cat "$out/server.log" >&2; exit 1; }

cat >"$out/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $out/nginx.pid;
error_log $out/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  server { listen 127.0.0.1:$nginx_port; root $root/web/dist; location / { try_files \$uri /index.html; } }
}
CONF
nginx -c "$out/nginx.conf" -p "$out" &
pids+=($!)
sleep 0.5

say "measuring: $runs cold loads of home, then of the static reference"
(cd "$root/web" && node bench/first-paint.mjs "http://127.0.0.1:$port" bench "$password" "$runs" "http://127.0.0.1:$nginx_port/") | tee "$out/paint.jsonl"

home=$(head -1 "$out/paint.jsonl")
ref=$(tail -1 "$out/paint.jsonl")
cat <<MD | tee "$out/results.md"
| measure ($files movies, $runs cold loads, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) | Hearth home | reference: nginx, same files | target |
|---|---|---|---|
| first contentful paint, median (max) | $(jq .fcpMedianMs <<<"$home") ms ($(jq .fcpMaxMs <<<"$home")) | $(jq .fcpMedianMs <<<"$ref") ms ($(jq .fcpMaxMs <<<"$ref")) | < 1000 ms |
| home rows on screen, median (max) | $(jq .rowsShownMedianMs <<<"$home") ms ($(jq .rowsShownMaxMs <<<"$home")) | — | |
MD
