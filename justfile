# Everyday recipes. Run them with `scripts/just RECIPE` (it installs the pinned tools first), or
# with `just RECIPE` when `just` is on your PATH.

set shell := ["bash", "-euo", "pipefail", "-c"]

postgres_url := env("MELTANO_API_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")

# List the recipes.
default:
    @just --list

# Install the pinned tools: Python ones (.venv/, by scripts/just) and Node ones (node_modules/).
tools:
    @[ -x .venv/bin/openapi-generator-cli ] || { echo "run recipes through scripts/just" >&2; exit 1; }
    @if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; fi

# Serve the API on 127.0.0.1:5000 with SQLite in .meltano-api/ (pass flags, e.g. `--port 8080`).
serve *ARGS:
    cargo run --release -- serve {{ARGS}}

# Regenerate generated/ from spec/openapi.yaml (never edit generated/ by hand).
generate: tools
    rm -rf generated
    .venv/bin/openapi-generator-cli generate -c spec/generator.yaml > /dev/null
    cargo fmt -p meltano_api_stubs  # formatted like the rest, so `cargo fmt --all` never touches it

# Fail when generated/ differs from what the spec generates.
check-generated: generate
    @if [ -n "$(git status --porcelain -- generated)" ]; then git status --short -- generated; echo "generated/ is stale: run 'scripts/just generate' and commit it" >&2; exit 1; fi

# Regenerate the clients (Python, TypeScript, Rust) in clients/ (never edit them by hand).
clients: tools
    rm -rf clients/python clients/typescript clients/rust
    for g in python typescript rust; do .venv/bin/openapi-generator-cli generate -c clients/config/$g.yaml > /dev/null; done
    cargo fmt -p meltano-api-client

# Fail when clients/ differs from what the spec generates.
check-clients: clients
    @if [ -n "$(git status --porcelain -- clients)" ]; then git status --short -- clients; echo "clients/ is stale: run 'scripts/just clients' and commit it" >&2; exit 1; fi

# Build the static API reference: one self-contained HTML file, target/docs/meltano-api.html.
docs: tools
    REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true node_modules/.bin/redocly build-docs spec/openapi.yaml --inlineBundle -o target/docs/meltano-api.html
    @echo "target/docs/meltano-api.html"

# Breaking changes of the spec against BASE (git revision or file), unless accepted (see README).
diff BASE: tools
    .venv/bin/python tools/spec_review.py diff {{BASE}}

# A reviewer's report of the spec against BASE: lint findings, breaking changes, operations.
review BASE="HEAD": tools
    .venv/bin/python tools/spec_review.py review {{BASE}}

# Lint the spec against the design rules, and check that every rule fires on the bad fixture.
lint: tools
    node_modules/.bin/spectral lint spec/openapi.yaml --ruleset spec/.spectral.yaml --fail-severity error --display-only-failures
    bash tests/lint/check-rules.sh

# Rust formatting and clippy, warnings as errors.
lint-rust:
    cargo fmt --all -- --check
    cargo clippy --all-targets -- -D warnings

# Rust tests (unit + HTTP integration) on SQLite, then on PostgreSQL.
test-rust:
    cargo nextest run --no-fail-fast
    MELTANO_API_TEST_DATABASE=postgres MELTANO_API_TEST_POSTGRES_URL={{postgres_url}} cargo nextest run --no-fail-fast
    @psql "{{postgres_url}}" -Atc "select datname from pg_database where datname like 'mapi_test_%'" | while read -r db; do psql "{{postgres_url}}" -qc "DROP DATABASE IF EXISTS $db"; done

# The fault tests (tests/api/faults.rs), alone and one at a time: a server SIGKILLed mid-write
# on SQLite; PostgreSQL stopped for 10 s mid-load (pg_ctlcluster; needs root, as on CI).
faults:
    MELTANO_API_TEST_POSTGRES_URL={{postgres_url}} cargo nextest run --profile faults --no-fail-fast
    @psql "{{postgres_url}}" -Atc "select datname from pg_database where datname like 'mapi_test_%'" | while read -r db; do psql "{{postgres_url}}" -qc "DROP DATABASE IF EXISTS $db"; done

# The soak (tests/api/soak.rs): SECONDS of mixed load, half on one server on SQLite, half on two
# replicas on PostgreSQL; prints requests, refusals, p50/p99, RSS and database size per tenth.
# CI runs the 2-minute form (`test`); the full one is 10 minutes.
soak SECONDS="600":
    MELTANO_API_SOAK_SECONDS={{SECONDS}} MELTANO_API_TEST_POSTGRES_URL={{postgres_url}} cargo nextest run --profile soak --no-fail-fast
    @psql "{{postgres_url}}" -Atc "select datname from pg_database where datname like 'mapi_test_%'" | while read -r db; do psql "{{postgres_url}}" -qc "DROP DATABASE IF EXISTS $db"; done

# The soak's short form, as CI runs it.
soak-ci: (soak "120")

# Schemathesis contract tests against the running server, on SQLite and on PostgreSQL.
contract: tools
    bash tests/contract/run.sh sqlite
    MELTANO_API_TEST_POSTGRES_URL={{postgres_url}} bash tests/contract/run.sh postgres

# Debian's chromium, for the browser test (installed once; needs root, as on CI).
browser:
    @command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# /docs in headless chromium: tags rendered, a try-it-out call answered (target/artifacts/*.png).
test-browser: tools browser
    bash tests/browser/run.sh

# The generated clients, each running its scenario against a live server.
test-clients: tools
    bash tests/clients/run.sh

# Import and export against real Meltano (installed into .venv-meltano/ on first use), and the
# differential test: MeltanoLabs' tap-postgres into target-jsonl through Meltano and the API.
test-meltano: tools
    bash tests/meltano/run.sh
    bash tests/meltano/differential.sh

# The breaking-change check on its fixtures.
test-spec-diff: tools
    bash tests/spec-diff/run.sh

# Everything: Rust (both databases), contract, lint, clients, browser, spec diff, Meltano.
test: tools (steps "test-rust faults soak-ci contract lint test-clients test-browser test-spec-diff test-meltano")

# What CI runs: drift checks, fmt and clippy, a short fixed-time fuzz, every test, the spec diff.
ci: (steps "check-generated check-clients diff-parent lint-rust fuzz-ci test")

# The spec's breaking changes against its parent commit.
diff-parent: (diff "HEAD~1")

# Runs each recipe in STEPS in turn, printing how long each took.
steps STEPS:
    #!/usr/bin/env bash
    set -euo pipefail
    begin=$SECONDS
    for step in {{STEPS}}; do
        start=$SECONDS
        echo "::: $step"
        {{just_executable()}} --justfile {{justfile()}} --working-directory {{justfile_directory()}} $step
        echo "::: $step took $((SECONDS - start)) s (these steps: $((SECONDS - begin)) s)"
    done

# The fuzz targets for 20 s each, built with both cores and without optimizations (CI's short
# fixed-time form; `just fuzz` is the long one).
fuzz-ci:
    CARGO_BUILD_JOBS=2 FUZZ_PROFILE=dev bash fuzz/run.sh 20

# Benchmarks (examples/bench/main.rs says what and how): state, plugin, list and run requests
# under wrk against a bare axum + sqlx handler over the same rows, on SQLite and PostgreSQL; last
# pages against first; cold start and idle RSS; then record throughput through the run executor
# against a raw `tap | target` pipe (BENCH_RECORDS, 10M). A quick form: BENCH_SECONDS=1
# BENCH_RUNS=10000 BENCH_LOG_LINES=10000 BENCH_BIG_STATES=1000 BENCH_RECORDS=100000 just bench
bench:
    command -v wrk >/dev/null || (DEBIAN_FRONTEND=noninteractive apt-get install -y wrk || sudo apt-get install -y wrk)
    cargo build --release --bin meltano-api
    cargo run --release --example bench
    cargo run --release --example bench_executor

# Fuzz every target for SECONDS each (CI: 20), on the corpus in fuzz/corpus.
fuzz SECONDS="60":
    bash fuzz/run.sh {{SECONDS}}
