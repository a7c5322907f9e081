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

# Schemathesis contract tests against the running server, on SQLite and on PostgreSQL.
contract: tools
    bash tests/contract/run.sh sqlite
    MELTANO_API_TEST_POSTGRES_URL={{postgres_url}} bash tests/contract/run.sh postgres

# Everything: Rust tests on both databases, contract tests on both, the lint and its self-test.
test: tools test-rust contract lint

# What CI runs: the drift check, formatting and clippy, then every test.
ci: check-generated lint-rust test

# Benchmarks: read latency against a bare axum + SQLite handler, cold start, and record
# throughput through the run executor against a raw `tap | target` pipe (BENCH_RECORDS, 10M).
bench:
    cargo build --release --bin meltano-api
    cargo run --release --example bench
    cargo run --release --example bench_executor
