#!/usr/bin/env bash
# Contract tests: start the real server (SQLite in a temp dir, or a fresh PostgreSQL database with
# `postgres` as the first argument), run schemathesis against it with every check and phase, stop it.
set -euo pipefail
cd "$(dirname "$0")/../.."

database="${1:-sqlite}"
workdir="$(mktemp -d)"
token="contract-$RANDOM$RANDOM"
args=(serve --port 0 --data-dir "$workdir/data" --token "$token")
if [ "$database" = postgres ]; then
  admin="${MELTANO_API_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
  db="mapi_contract_$(date +%s)_$RANDOM"
  psql "$admin" -qc "CREATE DATABASE $db"
  args+=(--database-url "${admin%/*}/$db")
fi

cargo build --quiet --bin meltano-api
target/debug/meltano-api "${args[@]}" >"$workdir/server.log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  if [ "$database" = postgres ]; then psql "$admin" -qc "DROP DATABASE IF EXISTS $db" || true; fi
  rm -rf "$workdir"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
  origin=$(grep -o 'http://[0-9.:]*' "$workdir/server.log" | head -1 || true)
  [ -n "$origin" ] && curl -sf "$origin/health" >/dev/null && break
  sleep 0.1
done
[ -n "${origin:-}" ] || { cat "$workdir/server.log"; echo "server did not start" >&2; exit 1; }

# Every operation of the spec, every check, every phase.
status=0
.venv/bin/schemathesis --config-file tests/contract/schemathesis.toml run spec/openapi.yaml \
  --url "$origin/meltano/core/v2beta" \
  --header "Authorization: Bearer $token" \
  --phases examples,coverage,fuzzing,stateful \
  --checks all \
  --seed "${SCHEMATHESIS_SEED:-20261127}" \
  --no-color || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log (last 40 lines) ---"
  tail -n 40 "$workdir/server.log"
fi
exit "$status"
