# Sourced by the scripts that test a running server (contract tests, client scenarios):
# `start_server [sqlite|postgres] [serve flags...]` builds and starts the debug server on a free
# port (SQLite in a temp dir, or a fresh PostgreSQL database), sets `origin` and `workdir`, and
# stops it all on exit. `server_log` prints the end of its log.

start_server() {
  local database="${1:-sqlite}"
  shift || true
  workdir="$(mktemp -d)"
  local args=(serve --port 0 --data-dir "$workdir/data" "$@")
  server_db=""
  server_admin="${MELTANO_API_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
  if [ "$database" = postgres ]; then
    server_db="mapi_server_$(date +%s)_$RANDOM"
    psql "$server_admin" -qc "CREATE DATABASE $server_db"
    args+=(--database-url "${server_admin%/*}/$server_db")
  fi
  cargo build --quiet --bin meltano-api
  target/debug/meltano-api "${args[@]}" >"$workdir/server.log" 2>&1 &
  server_pid=$!
  trap stop_server EXIT
  origin=""
  for _ in $(seq 1 100); do
    origin=$(grep -o 'http://[0-9.:]*' "$workdir/server.log" | head -1 || true)
    [ -n "$origin" ] && curl -sf "$origin/health" >/dev/null && return 0
    sleep 0.1
  done
  cat "$workdir/server.log"
  echo "server did not start" >&2
  return 1
}

stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  if [ -n "$server_db" ]; then psql "$server_admin" -qc "DROP DATABASE IF EXISTS $server_db" || true; fi
  rm -rf "$workdir"
}

server_log() {
  echo "--- server log (last 40 lines) ---"
  tail -n 40 "$workdir/server.log"
}
