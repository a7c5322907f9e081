#!/usr/bin/env bash
# Self-test for the design-rule lint (spec/.spectral.yaml).
#  - every custom `meltano-*` rule defined in the ruleset fires at least once on
#    spec/lint-fixtures/bad.yaml (plus a few OWASP rules, proving they are on);
#  - spec/lint-fixtures/good.yaml yields 0 errors (so page_token passes OWASP).
# Run from the repo root: bash tests/lint/check-rules.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

SPECTRAL=node_modules/.bin/spectral
RULESET=spec/.spectral.yaml
BAD=spec/lint-fixtures/bad.yaml
GOOD=spec/lint-fixtures/good.yaml
# OWASP rules bad.yaml violates on purpose (they must stay enabled).
OWASP_EXPECTED="owasp:api2:2023-no-credentials-in-url owasp:api2:2023-no-http-basic owasp:api1:2023-no-numeric-ids"

[ -x "$SPECTRAL" ] || { echo "FAIL: $SPECTRAL not found (run npm ci)"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# spectral exits non-zero when it finds errors; that is expected for bad.yaml.
"$SPECTRAL" lint "$BAD"  --ruleset "$RULESET" --format json --quiet >"$tmp/bad.json"  || true
"$SPECTRAL" lint "$GOOD" --ruleset "$RULESET" --format json --quiet >"$tmp/good.json" || true

node - "$RULESET" "$tmp/bad.json" "$tmp/good.json" "$OWASP_EXPECTED" <<'JS'
const fs = require('fs');
const [ruleset, badFile, goodFile, owasp] = process.argv.slice(2);
const load = f => {
  const txt = fs.readFileSync(f, 'utf8');
  try { return JSON.parse(txt); } catch (e) {
    console.log(`FAIL: spectral output for ${f} is not JSON:\n${txt.slice(0, 2000)}`);
    process.exit(1);
  }
};
// Custom rule names = top-level keys under `rules:` that start with meltano-.
const custom = [...fs.readFileSync(ruleset, 'utf8').matchAll(/^  (meltano-[a-z0-9-]+):\s*$/gm)].map(m => m[1]);
if (custom.length === 0) { console.log('FAIL: no meltano-* rules found in ' + ruleset); process.exit(1); }
const bad = load(badFile), good = load(goodFile);
let failed = 0;
const fired = code => bad.filter(r => r.code === code).length;
for (const code of [...custom, ...owasp.split(/\s+/).filter(Boolean)]) {
  const n = fired(code);
  console.log(`${n > 0 ? 'PASS' : 'FAIL'}: ${code} fires on bad.yaml (${n} finding${n === 1 ? '' : 's'})`);
  if (n === 0) failed++;
}
const goodErrors = good.filter(r => r.severity === 0);
console.log(`${goodErrors.length === 0 ? 'PASS' : 'FAIL'}: good.yaml has 0 errors (${goodErrors.length})`);
for (const r of goodErrors) console.log(`    ${r.code} ${r.path.join('.')}: ${r.message}`);
if (goodErrors.length) failed++;
console.log(failed ? `lint self-test: FAILED (${failed} check(s))` : `lint self-test: OK (${custom.length} custom rules)`);
process.exit(failed ? 1 : 0);
JS
