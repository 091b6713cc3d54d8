#!/usr/bin/env bash
# CI: the whole CTest suite built with AddressSanitizer and UndefinedBehaviorSanitizer (the "asan"
# preset: Debug, -fsanitize=address,undefined, -fno-sanitize-recover=undefined), leak checking on,
# no display. Installs nothing: it assumes `scripts/bootstrap.sh test` has run on this machine.
# Exits non-zero if the build or any test fails, or a sanitizer reports anything.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0

cmake --preset asan
cmake --build --preset asan --parallel "$(nproc)"
cd build-asan
# Sanitized code runs several times slower: the per-test timeout is raised accordingly.
# CTest's own summary closes the run.
exec ctest --output-on-failure --timeout 1800 --parallel "$(nproc)"
