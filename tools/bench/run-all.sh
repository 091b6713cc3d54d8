#!/bin/sh
# Builds the benchmarks, generates the 5 MB article if it is missing, runs every benchmark
# offscreen and prints every figure (each with its baseline, ratio and target). Figures only:
# nothing here fails on timing.
#
#   tools/bench/run-all.sh [BUILD_DIR]      # default build/
#   QUICK=1 tools/bench/run-all.sh          # skips the Qt baselines of bench_highlight (the
#                                           # QTextEdit syntax highlighter alone takes minutes)
#   RUNS=25 tools/bench/run-all.sh          # more runs per figure (default 15)
#
# What runs (sources in tools/bench/):
#   make_article.py  the ~5 MB news-like article (build/bench/article-5mb.txt), ~40,000 mentions
#   bench_extract    extraction throughput
#   bench_highlight  select / clear / scroll with highlights, overview ruler, the window's own
#                    select, and Qt's extra selections, char formats and syntax highlighter
#   bench_open_5mb   opening the 5 MB article in the window: text shown, event-loop stalls,
#                    entities ready, peak memory; 5 MB lines with nowhere to break
#   bench_corrections  140,000 add-entity corrections replayed onto a 1 MB article
#   startup.py       article-reader --screenshot against bench_minimal_viewer: time, peak memory
# On a desktop, run it as is or inside `xvfb-run -a`; QT_QPA_PLATFORM is set to offscreen.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
runs=${RUNS:-15}

cmake -S "$root" -B "$build" -G Ninja >/dev/null
ninja -C "$build" article-reader bench_extract bench_highlight bench_minimal_viewer bench_open_5mb \
    bench_corrections

article=$build/bench/article-5mb.txt
if [ ! -f "$article" ]; then
    mkdir -p "$build/bench"
    python3 "$root/tools/bench/make_article.py" --check "$build/app/article-reader" "$article"
fi

export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi

echo "== extraction"
"$build/tools/bench_extract"
echo
echo "== highlighting"
if [ -n "${QUICK:-}" ]; then
    "$build/tools/bench_highlight" --runs "$runs" --skip-qt "$article"
else
    "$build/tools/bench_highlight" --runs "$runs" "$article"
fi
echo
echo "== corrections"
"$build/tools/bench_corrections"
echo
echo "== opening the 5 MB article"
"$build/tools/bench_open_5mb" "$article"
echo
echo "== start-up and memory"
python3 "$root/tools/bench/startup.py" --runs "$runs" --reader "$build/app/article-reader" \
    --minimal "$build/tools/bench_minimal_viewer" --article-5mb "$article"
