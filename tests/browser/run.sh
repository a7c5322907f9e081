#!/usr/bin/env bash
# The browser test of /docs: starts the server, opens its docs in headless chromium, saves a
# screenshot as a test artifact (target/artifacts/docs.png).
set -euo pipefail
cd "$(dirname "$0")/../.."

source tests/server.sh
start_server sqlite
curl -sf -X POST "$origin/meltano/core/v2beta/projects" -H 'content-type: application/json' \
  -d '{"name":"acme","description":"Shown by the try-it-out request."}' >/dev/null
mkdir -p target/artifacts
target/debug/meltano-api spec --json >"$workdir/openapi.json"
node tests/browser/docs.mjs "$origin" "$workdir/openapi.json" target/artifacts/docs.png || { server_log; exit 1; }
