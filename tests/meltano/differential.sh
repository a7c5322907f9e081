#!/usr/bin/env bash
# Differential test (issue 11): the same meltano.yml (tests/meltano/postgres/) through real
# Meltano (tools/meltano-requirements.txt) and through the API, with MeltanoLabs' tap-postgres
# (PyPI) reading a table of the local PostgreSQL, as an incremental sync (`metadata`
# replication-method/replication-key), into target-jsonl and into MeltanoLabs' target-postgres
# (whose schema comes from `$MELTANO_EXTRACT__LOAD_SCHEMA`). Both install the plugins (Meltano
# with `meltano install`, the API with its install verb), run each pipeline twice with changed
# rows in between, and must load the same records on each run and end with the same states.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/meltano/meltano.sh

source tests/server.sh
start_server sqlite
api="$origin/meltano/core/v2beta"
env_path="$api/projects/orders/envs/dev"
python=.venv/bin/python
admin="${MELTANO_API_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
database="mapi_diff_$(date +%s)_$RANDOM"
cleanup() {
  for db in "$database" "${database}_meltano" "${database}_api"; do psql "$admin" -qc "DROP DATABASE IF EXISTS $db" || true; done
  stop_server
}
trap cleanup EXIT
fail() { echo "differential: $*" >&2; server_log; exit 1; }

for db in "$database" "${database}_meltano" "${database}_api"; do psql "$admin" -qc "CREATE DATABASE $db"; done
db_url="${admin%/*}/$database"
psql "$db_url" -qc "CREATE TABLE orders (id int PRIMARY KEY, updated_at timestamptz NOT NULL, amount int);
  INSERT INTO orders VALUES (1, '2026-01-01T00:00:00Z', 10), (2, '2026-01-02T00:00:00Z', 20), (3, '2026-01-03T00:00:00Z', 30);"

# Two folders of the same project: Meltano's, and the one the API imports (its own output).
project() { # folder output target-database
  mkdir -p "$1" "$2"
  sed -e "s|__DATABASE__|$database|" -e "s|__OUTPUT__|$2|" -e "s|__TARGET__|$3|" \
    tests/meltano/postgres/meltano.yml.template >"$1/meltano.yml"
}
project "$workdir/meltano" "$workdir/meltano-out" "${database}_meltano"
project "$workdir/api" "$workdir/api-out" "${database}_api"

# Installs, side by side: Meltano's in the background, the API's through its verb.
(cd "$workdir/meltano" && "$meltano" install >"$workdir/meltano-install.log" 2>&1) &
meltano_install=$!
$python -c 'import json, sys; print(json.dumps({"meltano_yml": open(sys.argv[1]).read()}))' "$workdir/api/meltano.yml" >"$workdir/import.json"
status=$(curl -s -o "$workdir/out.json" -w '%{http_code}' -X POST "$api/projects/orders/import" \
  -H 'content-type: application/json' --data-binary @"$workdir/import.json")
[ "$status" = 201 ] || fail "import answered $status: $(cat "$workdir/out.json")"

wait_run() { # run id -> waits, fails unless SUCCESS
  local run=$1 body
  for _ in $(seq 1 600); do
    body=$(curl -sf "$env_path/runs/$run")
    case "$($python -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$body")" in
      SUCCESS) printf '%s' "$body" >"$workdir/last-run.json"; return 0 ;;
      FAIL|CANCELLED) curl -sf "$env_path/runs/$run/logs?page_size=1000" | tail -c 4000 >&2; fail "run $run: $body" ;;
    esac
    sleep 0.5
  done
  fail "run $run did not end"
}
post_run() { # path [body] -> run id
  curl -sf -X POST "$1" -H 'content-type: application/json' -d "${2:-{\}}" | $python -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
for plugin in tap-postgres target-jsonl target-postgres; do
  wait_run "$(curl -sf -X POST "$env_path/plugins/$plugin/install" | $python -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
done
wait "$meltano_install" || { tail -40 "$workdir/meltano-install.log"; fail "meltano install failed"; }

# The tap's password: secret by its declaration and by the tap's own --about; never shown.
curl -sf "$env_path/plugins/tap-postgres" >"$workdir/plugin.json"
curl -sf "$api/projects/orders" >>"$workdir/plugin.json"
grep -q "unused-but-secret" "$workdir/plugin.json" && fail "the API shows the tap's password"

# `meltano select --json --all` and the API's streams: the same selection of the same catalog.
(cd "$workdir/meltano" && "$meltano" --environment dev select tap-postgres --json --all 2>/dev/null) \
  >"$workdir/meltano-select.json" || fail "meltano select --list failed"
curl -sf "$env_path/plugins/tap-postgres/streams?all=true&page_size=1000" >"$workdir/api-select.json" \
  || fail "the API's streams list failed"
$python - "$workdir/meltano-select.json" "$workdir/api-select.json" <<'PY' || fail "the selections differ"
import json, sys
meltano, api = (json.load(open(path)) for path in sys.argv[1:3])
assert meltano["enabled_patterns"] == api["enabled_patterns"], (meltano["enabled_patterns"], api["enabled_patterns"])
assert meltano["streams"] == api["streams"], (meltano["streams"], api["streams"])
print(f"differential: select --json --all agrees on {len(api['streams'])} properties")
PY

snapshot() { # name: both outputs, both target tables
  cp "$workdir/meltano-out/public-orders.jsonl" "$workdir/meltano-$1.jsonl" 2>/dev/null || : >"$workdir/meltano-$1.jsonl"
  cp "$workdir/api-out/public-orders.jsonl" "$workdir/api-$1.jsonl" 2>/dev/null || : >"$workdir/api-$1.jsonl"
  for side in meltano api; do
    psql "${admin%/*}/${database}_$side" -Atc "SELECT json_agg(json_build_object('id', id, 'amount', amount) ORDER BY id) FROM tap_postgres.orders" \
      >"$workdir/$side-$1.table.json" || fail "no table tap_postgres.orders in the $side target database"
  done
}
run_both() { # phase
  for loader in target-jsonl target-postgres; do
    (cd "$workdir/meltano" && "$meltano" --environment dev run tap-postgres "$loader" >"$workdir/meltano-run.log" 2>&1) \
      || { tail -40 "$workdir/meltano-run.log"; fail "meltano run tap-postgres $loader failed"; }
    wait_run "$(post_run "$env_path/runs" "{\"command\": \"tap-postgres $loader\"}")"
    cp "$workdir/last-run.json" "$workdir/api-run-$loader-$1.json"
  done
}

run_both first
snapshot first
psql "$db_url" -qc "INSERT INTO orders VALUES (4, '2026-01-04T00:00:00Z', 40), (5, '2026-01-05T00:00:00Z', 50);
  UPDATE orders SET amount = 31, updated_at = '2026-01-06T00:00:00Z' WHERE id = 3;"
run_both second
snapshot second

for loader in target-jsonl target-postgres; do
  id="dev:tap-postgres-to-$loader"
  (cd "$workdir/meltano" && "$meltano" --environment dev state get "$id" 2>/dev/null) >"$workdir/meltano-state-$loader.json"
  curl -sf "$env_path/state/$id" >"$workdir/api-state-$loader.json"
done
$python - "$workdir" <<'PY' || fail "the API and Meltano differ"
import json, pathlib, sys
work = pathlib.Path(sys.argv[1])
def records(name):
    return [json.loads(line) for line in (work / name).read_text().splitlines() if line.strip()]
runs = {}
for run in ("first", "second"):
    meltano, api = records(f"meltano-{run}.jsonl"), records(f"api-{run}.jsonl")
    assert meltano == api, f"{run} run: Meltano loaded {meltano}, the API {api}"
    runs[run] = meltano
first, second = runs["first"], runs["second"][len(runs["first"]):]
assert [r["id"] for r in first] == [1, 2, 3], first
# Incremental: the second run loads what changed since the bookmark, not the rows before it.
ids = {r["id"] for r in second}
assert ids >= {3, 4, 5} and not ids & {1, 2}, second
for run in ("first", "second"):
    meltano, api = (json.loads((work / f"{side}-{run}.table.json").read_text()) for side in ("meltano", "api"))
    assert meltano == api, f"target-postgres, {run} run: Meltano's table {meltano}, the API's {api}"
assert [row["amount"] for row in api] == [10, 20, 31, 40, 50], api
for loader in ("target-jsonl", "target-postgres"):
    meltano_state = json.loads((work / f"meltano-state-{loader}.json").read_text())
    api_state = json.loads((work / f"api-state-{loader}.json").read_text())["effective"]
    assert meltano_state["singer_state"] == api_state["singer_state"], (loader, meltano_state, api_state)
    bookmark = json.dumps(api_state["singer_state"])
    assert "2026-01-06" in bookmark, bookmark
# The run's statistics, from tap-postgres's own METRIC lines: the records of its stream are the
# records the run loaded (and target-postgres, an SDK target too, counts the same when it says).
for run, loaded in (("first", first), ("second", second)):
    for loader in ("target-jsonl", "target-postgres"):
        stats = json.loads((work / f"api-run-{loader}-{run}.json").read_text())["statistics"]
        assert stats, f"{loader}, {run} run: no statistics"
        plugins = {p["plugin"]: p for p in stats["plugins"]}
        streams = {s["stream"]: s["records"] for s in plugins["tap-postgres"]["streams"]}
        assert streams == {"public-orders": len(loaded)}, (loader, run, streams, len(loaded))
        if loader in plugins:
            assert plugins[loader]["records"] == len(loaded), (loader, run, plugins[loader])
print(f"differential: run statistics: tap-postgres counted {len(first)} then {len(second)} records of public-orders")
print(f"differential: into target-jsonl and target-postgres, Meltano and the API loaded {len(first)} "
      f"then {len(second)} records each run, the same rows and the same state {bookmark}")
PY
