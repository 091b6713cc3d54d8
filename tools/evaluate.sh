#!/usr/bin/env bash
# Scores the extractor on the development set (tests/data/eval/dev: VOA news with silver gold,
# see tests/data/eval/README.md). Usage: tools/evaluate.sh [BUILD_DIR] [score.py options...]
#   tools/evaluate.sh build                 # the table: mention/exact P, R, F1 per type
#   tools/evaluate.sh build --errors        # with every miss and false positive
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
shift || true
bin=$build/app/article-reader
[ -x "$bin" ] || { echo "evaluate: $bin not found; build first (cmake --build $build)" >&2; exit 1; }
pred=$(mktemp -d)
trap 'rm -rf "$pred"' EXIT
for f in "$here"/tests/data/eval/dev/*.txt; do
    "$bin" --entities "$f" > "$pred/$(basename "$f" .txt).json"
done
python3 "$here/tests/data/eval/score.py" --pred-dir "$pred" --gold-dir "$here/tests/data/eval/dev" \
    --pred-suffix .json "$@"
