#!/usr/bin/env bash
# Installs the Jellyfin client libraries that ClientSdkTests drives (@jellyfin/sdk, jellyfin-apiclient) with
# `npm ci` when node_modules is missing or older than package-lock.json. Node.js comes from web/ensure-built.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v npm >/dev/null 2>&1 || { echo "npm is needed for the Jellyfin client tests; run web/ensure-built.sh first." >&2; exit 1; }
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing the Jellyfin client test packages…" >&2
  npm ci --no-progress --loglevel=error >&2
fi
