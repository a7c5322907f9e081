#!/usr/bin/env bash
# Fuzzes every target in fuzz/fuzz_targets for SECONDS each (default 60), on the seeds in
# fuzz/corpus/<target> (read only) plus a scratch corpus in fuzz/scratch/<target> that libFuzzer
# grows. Prints one line per target with its number of executions; exits non-zero when any target
# crashes, times out (10 s on one input) or runs out of memory (2 GB). Findings land in
# fuzz/artifacts/<target>/, the full output in fuzz/logs/<target>.log.
#
# The stable toolchain with RUSTC_BOOTSTRAP=1 (cargo-fuzz needs -Z flags; no nightly needed),
# AddressSanitizer (FUZZ_SANITIZER=none to build without), one build job at low priority
# (CARGO_BUILD_JOBS to change it). FUZZ_TARGETS="cron globs" fuzzes only those. FUZZ_PROFILE=dev
# builds without optimizations: a third of the build time, for CI's short smoke form.
set -euo pipefail

seconds="${1:-60}"
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"
sanitizer="${FUZZ_SANITIZER:-address}"
profile=()
# One input may take 10 s optimized; unoptimized under ASan, the same work is ~100x slower (a
# cron search that never matches takes 40 ms unoptimized without ASan, 2 ms optimized).
timeout=10
if [ "${FUZZ_PROFILE:-release}" = dev ]; then profile=(--dev); timeout=120; fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    nice -n 15 cargo install cargo-fuzz --locked
fi

targets="${FUZZ_TARGETS:-$(cargo fuzz list)}"
start=$(date +%s)
nice -n 15 cargo fuzz build "${profile[@]}" --sanitizer "$sanitizer"
echo "built in $(( $(date +%s) - start )) s"

mkdir -p fuzz/logs
failed=()
for target in $targets; do
    mkdir -p "fuzz/scratch/$target" "fuzz/corpus/$target" "fuzz/artifacts/$target"
    extra=()
    # Every crash found stays a regression input, replayed on every run.
    regressions=()
    [ -d "fuzz/regressions/$target" ] && regressions+=("fuzz/regressions/$target")
    # The glob matcher must stay linear: short inputs, so a backtracking one shows as a timeout.
    [ "$target" = globs ] && extra+=(-max_len=256)
    log="fuzz/logs/$target.log"
    status=0
    nice -n 15 cargo fuzz run "${profile[@]}" --sanitizer "$sanitizer" "$target" \
        "fuzz/scratch/$target" "fuzz/corpus/$target" "${regressions[@]}" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout="$timeout" -print_final_stats=1 \
        "${extra[@]}" >"$log" 2>&1 || status=$?
    done_line=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second\(s\)' "$log" | tail -1 || true)
    if [ "$status" -eq 0 ]; then
        printf '%-18s ok     %s\n' "$target" "${done_line:-?}"
    else
        runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
        finding=$(grep -Eo 'ERROR: libFuzzer: [a-z-]+|ERROR: AddressSanitizer: [a-z-]+|panicked at [^:]+:[0-9]+' "$log" | head -1 || true)
        artifact=$(grep -Eo 'Test unit written to [^ ]+' "$log" | tail -1 | sed 's/Test unit written to //' || true)
        printf '%-18s FAILED after %s runs (exit %s): %s %s\n' "$target" "${runs:-?}" "$status" \
            "${finding:-see $log}" "${artifact:+-> $artifact}"
        failed+=("$target")
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "failed: ${failed[*]} (logs in fuzz/logs/; reproduce with: cargo fuzz run TARGET ARTIFACT)" >&2
    exit 1
fi
