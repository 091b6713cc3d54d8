#!/usr/bin/env bash
# Builds the "fuzz" preset (clang, libFuzzer, ASan + UBSan) and runs each fuzz target in turn,
# one process at a time, then prints executions and findings per target.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [loader|markup|extractor ...]   (default: 600, all three)
# The growing corpus stays in build-fuzz/fuzz-work/<target> (seeded from tests/fuzz/corpus), the
# log in build-fuzz/fuzz-<target>.log, and anything found in build-fuzz/findings/<target>/: copy a
# crasher to tests/fuzz/regressions/<target>/ once it is fixed, and tst_fuzzregressions replays it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(loader markup extractor)
build=$here/build-fuzz

cd "$here"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/fuzz_}"

status=0
summary=()
for t in "${targets[@]}"; do
    work=$build/fuzz-work/$t
    findings=$build/findings/$t
    log=$build/fuzz-$t.log
    mkdir -p "$work" "$findings"
    echo "fuzz: $t for ${seconds}s (log: $log)"
    rc=0
    "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$work" "$here/tests/fuzz/corpus/$t" "$here/tests/fuzz/regressions/$t" >"$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    corpus=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    found=$(find "$findings" -type f | wc -l)
    line="$t: ${execs:-?} executions, ${rate:-?} exec/s, corpus ${corpus:-?}, coverage ${cov:-?}, exit $rc, findings $found"
    summary+=("$line")
    echo "fuzz: $line"
    if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
        status=1
        grep -E 'ERROR|invariant failed|SUMMARY|Test unit written' "$log" | head -20 || true
    fi
done
echo "fuzz: summary"
printf '  %s\n' "${summary[@]}"
exit $status
