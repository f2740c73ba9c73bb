#!/usr/bin/env bash
# Fails when the committed OpenAPI document (openapi/v1.json) no longer matches the server's code, or when the
# web client's types (src/lib/api/schema.d.ts) no longer match the document: each is made again into a temp
# folder and compared. Usage: check-api-types.sh [the hearth command; ../hearth by default]
# (./test passes the program it has just built, so nothing is built twice.)
set -euo pipefail
web="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$web"
[ $# -gt 0 ] || set -- ../hearth

fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT

"$@" openapi --output "$fresh/v1.json"
if ! diff -u openapi/v1.json "$fresh/v1.json" >"$fresh/document.diff"; then
  head -60 "$fresh/document.diff" >&2
  echo "The server's OpenAPI document web/openapi/v1.json is stale: run \`npm run api\` in web/ (it writes the document and the types from it) and commit both." >&2
  exit 1
fi

if ! npx --no-install openapi-typescript openapi/v1.json --output "$fresh/schema.d.ts" >"$fresh/generate.log" 2>&1; then
  cat "$fresh/generate.log" >&2
  exit 1
fi
if ! diff -u src/lib/api/schema.d.ts "$fresh/schema.d.ts" >"$fresh/types.diff"; then
  head -60 "$fresh/types.diff" >&2
  echo "The web client's API types are stale: run \`npm run api-types\` in web/ and commit src/lib/api/schema.d.ts." >&2
  exit 1
fi
echo "The OpenAPI document and the web client's API types are up to date."
