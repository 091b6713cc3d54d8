#!/usr/bin/env bash
# Scores the reader view on the web development set: 130 saved pages with the article each should
# give (Mozilla Readability's test pages; see tests/data/web/README.md). Prints body precision,
# recall and F1 (4-word shingles, each page weighted alike) and title, byline and published date.
# usage: tools/evaluate-web.sh [BUILD_DIR] [PAGES_DIR] [score_web.py options, e.g. --errors 10]
#   PAGES_DIR defaults to ../shared/eval/web/pages beside the repository, else tests/data/web/pages.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
shift || true
pages=${1:-}
shift || true
if [ -z "$pages" ]; then
    pages=$here/../shared/eval/web/pages
    [ -d "$pages" ] || pages=$here/tests/data/web/pages
fi
bin=$build/app/article-reader
[ -x "$bin" ] || { echo "evaluate-web: $bin not found; build first (cmake --build $build)" >&2; exit 1; }
pred=$(mktemp -d)
trap 'rm -rf "$pred"' EXIT
for dir in "$pages"/*/; do
    name=$(basename "$dir")
    if ! "$bin" --text "$dir/source.html" --format json > "$pred/$name.out" 2> "$pred/$name.err"; then
        echo "evaluate-web: $name: $(cat "$pred/$name.err")" >&2
        continue
    fi
    python3 - "$pred/$name.out" "$pred/$name" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
open(sys.argv[2] + ".txt", "w", encoding="utf-8").write(d["text"])
json.dump({"title": d["title"], "byline": d["byline"], "publishedTime": d["published"]},
          open(sys.argv[2] + ".json", "w", encoding="utf-8"))
PY
    rm "$pred/$name.out" "$pred/$name.err"
done
python3 "$here/tools/score_web.py" --pages "$pages" --pred-dir "$pred" "$@"
