#!/usr/bin/env bash
# The generated clients against a live server: each runs the same scenario (a project, plugins,
# a job run to success with the test fixtures, its log and state, pagination, a 404 and a 412
# surfaced as problem details). Python and TypeScript through the pinned tools, Rust by cargo.
set -euo pipefail
cd "$(dirname "$0")/../.."

source tests/server.sh
start_server sqlite

export MELTANO_API_URL="$origin/meltano/core/v2beta" FIXTURES="$PWD/tests/fixtures" WORK="$workdir"
status=0

.venv/bin/pip install --quiet --no-deps --force-reinstall ./clients/python
CLIENT_PROJECT=python-client .venv/bin/python tests/clients/scenario.py || status=1

node_modules/.bin/tsc -p tests/clients/tsconfig.json
CLIENT_PROJECT=typescript-client node target/clients-ts/tests/clients/scenario.js || status=1

CLIENT_PROJECT=rust-client cargo run --quiet -p client-scenario || status=1

if [ "$status" -ne 0 ]; then server_log; fi
exit "$status"
