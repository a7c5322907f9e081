#!/usr/bin/env bash
# The breaking-change check on fixtures: each break is reported (and fails the check), a
# non-break passes, and a break passes once the major version is bumped or it is accepted.
set -euo pipefail
cd "$(dirname "$0")/../.."
fixtures=tests/spec-diff
diff() { .venv/bin/python tools/spec_review.py diff "$@"; }
fail=0
expect() { # expect EXIT_CODE PATTERN FILE [ACCEPTED_FILE]
  local want=$1 pattern=$2 file=$3 out status=0
  out=$(diff "$fixtures/base.yaml" "$file" 2>&1) || status=$?
  if [ "$status" -ne "$want" ] || ! grep -q -- "$pattern" <<<"$out"; then
    echo "FAIL: $file: wanted exit $want and '$pattern', got exit $status:"; echo "$out"; fail=1
  else
    echo "ok: $file: exit $status, '$pattern'"
  fi
}
expect 1 "BREAKING: GET /projects: \[prevent removing response property\]" "$fixtures/removed-field.yaml"
expect 1 "BREAKING: GET /projects: \[prevent new required query parameters\]" "$fixtures/new-required-parameter.yaml"
expect 1 "BREAKING: POST /projects: \[request and response property enums\] cannot remove enum option 'overwrite'" "$fixtures/narrowed-enum.yaml"
expect 0 "no unaccepted breaking changes" "$fixtures/added-optional-field.yaml"

# A new major version accepts the break.
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
sed 's/version: 1.0.0/version: 2.0.0/' "$fixtures/narrowed-enum.yaml" >"$work/major.yaml"
expect 0 "no unaccepted breaking changes" "$work/major.yaml"
# So does listing it as accepted; another break stays refused.
echo "POST /projects: [request and response property enums] cannot remove enum option 'overwrite'" >"$work/accepted.txt"
export SPEC_ACCEPTED_CHANGES="$work/accepted.txt"
expect 0 "accepted: POST /projects" "$fixtures/narrowed-enum.yaml"
expect 1 "BREAKING: GET /projects" "$fixtures/removed-field.yaml"
exit "$fail"
