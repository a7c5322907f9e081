#!/usr/bin/env bash
# Round trips against real Meltano (tools/meltano-requirements.txt, in .venv-meltano/):
# 1. the fixture project is imported through the API, exported back, and Meltano answers the same
#    `config list` / `job list` / `schedule list` on the exported folder as on the original;
# 2. state set through the API reads back identically through `meltano state get` after a hop
#    through `export-state` and `meltano state import`;
# 3. state set through `meltano state set` reads back identically through the API, after
#    `meltano state export` -> import-state, and after `meltano-api import` of the folder (which
#    reads `.meltano/meltano.db`).
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/meltano/meltano.sh

source tests/server.sh
start_server sqlite
api="$origin/meltano/core/v2beta"
python=.venv/bin/python
fail() { echo "meltano round trip: $*" >&2; server_log; exit 1; }

# 1. import -> export -> the same answers from Meltano.
original="$workdir/original"; exported="$workdir/exported"
cp -r tests/meltano/project "$original"; mkdir -p "$exported"
$python - "$original" >"$workdir/import.json" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
files = {str(p.relative_to(root)): p.read_text() for p in (root / "config").glob("*.yml")}
print(json.dumps({"meltano_yml": (root / "meltano.yml").read_text(), "files": files}))
PY
status=$(curl -s -o "$workdir/out.json" -w '%{http_code}' -X POST "$api/projects/things/import" \
  -H 'content-type: application/json' --data-binary @"$workdir/import.json")
[ "$status" = 201 ] || fail "import answered $status: $(cat "$workdir/out.json")"
curl -sf -X POST "$api/projects/things/export" >"$exported/meltano.yml"
grep -q "not-a-real-token" "$exported/meltano.yml" && fail "the export holds a secret"
cp "$original/.env" "$exported/.env"
$python tests/meltano/compare.py "$meltano" "$original" "$exported" \
  tap-things,tap-things-eu,target-files,map-tidy,sqlfluff,dbt-things,airflow dev,prod \
  || fail "Meltano answers differently"

# 2. API -> export-state -> meltano state import -> meltano state get.
id="dev:tap-things-to-target-files"
curl -sf -X PUT "$api/projects/things/envs/dev/state/$id" -H 'content-type: application/json' \
  -d '{"completed": {"singer_state": {"bookmarks": {"things": {"since": "2026-03-01"}}}}}' >/dev/null
curl -sf -X POST "$api/projects/things/envs/dev/state/$id/merge" -H 'content-type: application/json' \
  -d '{"partial": {"singer_state": {"bookmarks": {"other": {"id": 7}}}}}' >/dev/null
curl -sf -X POST "$api/projects/things/envs/dev/export-state" >"$workdir/api-state.json"
(cd "$exported" && "$meltano" state import "$workdir/api-state.json" >/dev/null 2>&1) || fail "meltano state import failed"
(cd "$exported" && "$meltano" state get "$id" 2>/dev/null) >"$workdir/meltano-get.json"
curl -sf "$api/projects/things/envs/dev/state/$id" >"$workdir/api-get.json"
$python - "$workdir/meltano-get.json" "$workdir/api-get.json" <<'PY' || fail "state differs after API -> Meltano"
import json, sys
meltano, api = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert meltano == api["effective"], (meltano, api["effective"])
PY

# 3. meltano state set -> (export -> import-state | meltano-api import of the folder) -> API.
(cd "$original" && "$meltano" state set --force "$id" '{"singer_state": {"bookmarks": {"things": {"since": "2026-04-01"}}}}' >/dev/null 2>&1 \
  && "$meltano" state merge "$id" '{"singer_state": {"bookmarks": {"extra": {"n": 1}}}}' >/dev/null 2>&1) || fail "meltano state set failed"
(cd "$original" && "$meltano" state get "$id" 2>/dev/null) >"$workdir/meltano-get.json"
(cd "$original" && "$meltano" state export 2>/dev/null) >"$workdir/meltano-state.json"
curl -sf -X POST "$api/projects/things/envs/dev/import-state" -H 'content-type: application/json' \
  --data-binary @"$workdir/meltano-state.json" >/dev/null || fail "import-state refused Meltano's export"
curl -sf "$api/projects/things/envs/dev/state/$id" >"$workdir/api-get.json"
target/debug/meltano-api import "$original" --name things-from-folder --data-dir "$workdir/data" >/dev/null \
  || fail "meltano-api import of the folder failed"
curl -sf "$api/projects/things-from-folder/envs/dev/state/$id" >"$workdir/api-folder-get.json"
$python - "$workdir/meltano-get.json" "$workdir/api-get.json" "$workdir/api-folder-get.json" <<'PY' || fail "state differs after Meltano -> API"
import json, sys
meltano = json.load(open(sys.argv[1]))
for path in sys.argv[2:]:
    api = json.load(open(path))
    assert meltano == api["effective"], (path, meltano, api["effective"])
PY
# 4. A project with keys the API does not model, mappings, a catalog file, a .env and custom state
#    ids: exported, the same document, and the same answers from Meltano (`select --list` too).
lossless="$workdir/lossless"; lossless_exported="$workdir/lossless-exported"
cp -r tests/meltano/lossless "$lossless"; mkdir -p "$lossless_exported"
$python - "$lossless" >"$workdir/lossless.json" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
files = {p: (root / p).read_text()
         for p in (".env", "extract/tap-zeta.catalog.json", "plugins/loaders/target-zeta--zeta.lock")}
print(json.dumps({"meltano_yml": (root / "meltano.yml").read_text(), "files": files}))
PY
status=$(curl -s -o "$workdir/out.json" -w '%{http_code}' -X POST "$api/projects/zeta/import" \
  -H 'content-type: application/json' --data-binary @"$workdir/lossless.json")
[ "$status" = 201 ] || fail "import of the lossless project answered $status: $(cat "$workdir/out.json")"
# The project's files through export-folder: meltano.yml, the lock file, the catalog file.
curl -sf -X POST "$api/projects/zeta/export-folder" >"$workdir/lossless-files.json" || fail "export-folder failed"
grep -q "zeta-secret-from-dotenv" "$workdir/lossless-files.json" && fail "the export holds a .env secret"
$python - "$workdir/lossless-files.json" "$lossless_exported" <<'PY'
import json, pathlib, sys
folder, root = json.load(open(sys.argv[1])), pathlib.Path(sys.argv[2])
(root / "meltano.yml").write_text(folder["meltano_yml"])
for path, text in folder["files"].items():
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(text)
assert ".env" not in folder["files"], folder["files"].keys()
PY
cmp "$lossless/plugins/loaders/target-zeta--zeta.lock" "$lossless_exported/plugins/loaders/target-zeta--zeta.lock" \
  || fail "the lock file came back changed"
$python - "$lossless/meltano.yml" "$lossless_exported/meltano.yml" <<'PY' || fail "the export is not the document imported"
import sys, yaml
original, exported = (yaml.safe_load(open(path)) for path in sys.argv[1:3])
assert original == exported, (original, exported)
PY
# The .env stays with the server (secrets): the user keeps theirs.
cp "$lossless/.env" "$lossless_exported/.env"
$python tests/meltano/compare.py "$meltano" "$lossless" "$lossless_exported" \
  tap-zeta,tap-alpha,meltano-map-transformer,mask-emails,drop-internal,target-zeta prod,dev tap-zeta,tap-alpha \
  || fail "Meltano answers differently on the exported lossless project"
for extractor in tap-zeta tap-alpha; do
  (cd "$lossless" && "$meltano" --environment prod select "$extractor" --json --all 2>/dev/null) \
    >"$workdir/meltano-select.json" || fail "meltano select $extractor --json failed"
  curl -sf "$api/projects/zeta/envs/prod/plugins/$extractor/streams?all=true&page_size=1000" \
    >"$workdir/api-select.json" || fail "the API's streams of $extractor failed"
  $python - "$workdir/meltano-select.json" "$workdir/api-select.json" <<'PY' || fail "the selections of $extractor differ"
import json, sys
meltano, api = (json.load(open(path)) for path in sys.argv[1:3])
api.pop("next_page_token", None)
assert meltano == api, (meltano, api)
PY
done
(cd "$lossless" && "$meltano" state set --force legacy_nightly '{"singer_state": {"bookmarks": {"b": 2}}}' >/dev/null 2>&1) \
  || fail "meltano state set of a custom state id failed"
target/debug/meltano-api import "$lossless" --name zeta-from-folder --data-dir "$workdir/data" >/dev/null \
  || fail "meltano-api import of the lossless folder failed"
curl -sf "$api/projects/zeta-from-folder/envs/prod/state/legacy_nightly" >"$workdir/custom-state.json" \
  || fail "the custom state id is not in the default environment"
$python - "$workdir/custom-state.json" <<'PY' || fail "the custom state id reads differently"
import json, sys
assert json.load(open(sys.argv[1]))["effective"] == {"singer_state": {"bookmarks": {"b": 2}}}
PY
echo "meltano round trip: config, jobs, schedules and state agree with Meltano $("$meltano" --version 2>/dev/null | awk '{print $NF}')"
