-- One request shape for wrk, set by environment variables, so each case of `just bench` is
-- one maintained load generator and no hand-written client loop:
--   BENCH_METHOD  GET (default), PUT or POST
--   BENCH_PATH    the path; "{i}" becomes a random row number below BENCH_ROWS, zero-padded to 6
--   BENCH_BODY    the body, "{i}" as in the path (optional)
-- At the end it prints one line, "BENCH {json}", that the bench parses.
local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH") or "/"
local body = os.getenv("BENCH_BODY")
local rows = tonumber(os.getenv("BENCH_ROWS") or "1")
local headers = { ["Content-Type"] = "application/json" }
local varies = path:find("{i}", 1, true) or (body and body:find("{i}", 1, true))
local fixed = nil

local seeds = 0
function setup(thread)
  seeds = seeds + 1
  thread:set("seed", seeds)
end

function init(args)
  math.randomseed(os.time() * 7919 + (seed or 0))
  -- Made here, not at load time: wrk sets the Host header only once the threads start.
  if not varies then
    fixed = wrk.format(method, path, headers, body)
  end
end

function request()
  if fixed then
    return fixed
  end
  local i = string.format("%06d", math.random(0, rows - 1))
  return wrk.format(method, path:gsub("{i}", i), headers, body and (body:gsub("{i}", i)) or nil)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"bad_status":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
