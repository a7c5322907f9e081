#!/usr/bin/env bash
# Contract tests: start the real server (SQLite in a temp dir, or a fresh PostgreSQL database with
# `postgres` as the first argument), run schemathesis against it with every check and phase, stop it.
set -euo pipefail
cd "$(dirname "$0")/../.."

token="contract-$RANDOM$RANDOM"
source tests/server.sh
start_server "${1:-sqlite}" --token "$token"

# Every operation of the spec, every check, every phase.
status=0
.venv/bin/schemathesis --config-file tests/contract/schemathesis.toml run spec/openapi.yaml \
  --url "$origin/meltano/core/v2beta" \
  --header "Authorization: Bearer $token" \
  --phases examples,coverage,fuzzing,stateful \
  --checks all \
  --seed "${SCHEMATHESIS_SEED:-20261127}" \
  --no-color || status=$?
if [ "$status" -ne 0 ]; then server_log; fi
exit "$status"
