#!/usr/bin/env bash
# Builds the web client into web/dist when its sources changed: installs Node.js and npm with apt-get
# where it may (root or passwordless sudo), its packages with `npm ci`, then runs the esbuild build.
set -euo pipefail
web="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$web"

node_ok() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    && [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -ge 18 ]
}

if ! node_ok; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "The web client needs Node.js 18 or later with npm. Install with: sudo apt-get install -y nodejs npm" >&2; exit 1
  fi
  echo "Installing Node.js and npm…" >&2
  export DEBIAN_FRONTEND=noninteractive
  want=(nodejs)
  command -v npm >/dev/null 2>&1 || want+=(npm)
  $sudo apt-get install -y --no-install-recommends "${want[@]}" >/dev/null 2>&1 \
    || { $sudo apt-get update >/dev/null && $sudo apt-get install -y --no-install-recommends "${want[@]}" >/dev/null; }
  node_ok || { echo "Node.js 18 or later is needed; this system's package gives $(node -v 2>/dev/null || echo none)." >&2; exit 1; }
fi

export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing the web client's packages…" >&2
  npm ci --no-progress --loglevel=error >&2
fi

stamp=dist/.stamp
if [ ! -f "$stamp" ] || [ -n "$(find src index.html favicon.svg build.mjs package-lock.json -newer "$stamp" -print -quit)" ]; then
  npm run --silent build >&2
  touch "$stamp"
fi
