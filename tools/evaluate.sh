#!/usr/bin/env bash
# Scores the extractor on the two evaluation sets: tests/data/eval/dev (VOA news with silver gold)
# and tests/data/eval/genres (GUM biographies, interviews and travel guides); see the READMEs
# there. For each set: mention/exact P, R, F1 per type (person, place, organization) and the kinds
# of error, worst first (tools/evaluate-errors.py).
# Usage: tools/evaluate.sh [BUILD_DIR] [SET...] [-- score.py options...]
#   tools/evaluate.sh build                  # both sets
#   tools/evaluate.sh build genres           # one set
#   tools/evaluate.sh build dev -- --errors  # with every miss and false positive
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
shift || true
sets=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sets+=("$1"); shift; done
[ $# -gt 0 ] && shift
[ ${#sets[@]} -gt 0 ] || sets=(dev genres)
bin=$build/app/article-reader
[ -x "$bin" ] || { echo "evaluate: $bin not found; build first (cmake --build $build)" >&2; exit 1; }
pred=$(mktemp -d)
trap 'rm -rf "$pred"' EXIT
for set in "${sets[@]}"; do
    gold=$here/tests/data/eval/$set
    [ -d "$gold" ] || { echo "evaluate: no set $gold" >&2; exit 1; }
    mkdir -p "$pred/$set"
    for f in "$gold"/*.txt; do
        "$bin" --entities "$f" > "$pred/$set/$(basename "$f" .txt).json"
    done
    echo "== $set ($(ls "$gold"/*.txt | wc -l) documents): mention/exact"
    python3 "$here/tests/data/eval/score.py" --pred-dir "$pred/$set" --gold-dir "$gold" \
        --pred-suffix .json --types person,place,organization "$@" \
        | awk '/^metric|^mention\/exact|^errors|^  [0-9]/'
    python3 "$here/tools/evaluate-errors.py" --pred-dir "$pred/$set" --gold-dir "$gold"
    echo
done
