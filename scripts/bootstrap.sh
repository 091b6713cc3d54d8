#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs what is missing, builds, then either
# starts the reader (run: only the program is built, not the tests and benchmarks) or runs the
# whole test suite (test: everything is built). Each step says what it does.
#   scripts/bootstrap.sh run  [article-reader arguments...]
#   scripts/bootstrap.sh test
# BUILD_DIR (default: build) and BUILD_TYPE (default: RelWithDebInfo) may be set in the environment.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-run}
shift || true
build=${BUILD_DIR:-$here/build}
case "$mode" in
run | test) ;;
*)
    echo "usage: scripts/bootstrap.sh run|test" >&2
    exit 2
    ;;
esac

packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-l10n-tools
          qt6-translations-l10n libgl-dev libspdlog-dev libfmt-dev fonts-dejavu-core
          libxml2-dev libmd4c-dev libqt6sql6-sqlite)
if [ "$mode" = test ]; then
    packages+=(clang-format xvfb xauth python3 git)
fi

echo "bootstrap: checking the Debian packages the $mode step needs"
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

echo "bootstrap: configuring the build in $build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
if [ "$mode" = run ]; then
    echo "bootstrap: building the reader (article-reader)"
    cmake --build "$build" --parallel "$(nproc)" --target article-reader
else
    echo "bootstrap: building the reader, its tests and tools"
    cmake --build "$build" --parallel "$(nproc)"
fi

case "$mode" in
run)
    echo "bootstrap: starting $build/app/article-reader $*"
    exec "$build/app/article-reader" "$@"
    ;;
test)
    echo "bootstrap: checking formatting (clang-format, .clang-format)"
    (cd "$here" && git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror)
    cd "$build"
    echo "bootstrap: running the test suite (ctest)"
    exec ctest --output-on-failure --timeout 900
    ;;
*)
    echo "usage: scripts/bootstrap.sh run|test" >&2
    exit 2
    ;;
esac
