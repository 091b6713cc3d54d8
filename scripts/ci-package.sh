#!/usr/bin/env bash
# CI: desktop integration and the Debian package. Validates the launcher, AppStream metainfo, icon
# and man page (sources and a staged `cmake --install`), builds the .deb with CPack, installs it on
# this machine, runs the installed binary, then removes the package again.
#   scripts/ci-package.sh [BUILD_DIR]      (default: build; reused when already configured)
# Meant for CI as root (uses sudo otherwise): it installs and removes the article-reader package.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath -m "${1:-build}")
app_id=io.github.articlereader.ArticleReader
linux=$here/resources/linux

step() { echo "ci-package: $*"; }
die() {
    echo "ci-package: FAILED: $*" >&2
    exit 1
}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive

tools=(desktop-file-utils appstream dpkg-dev file groff-base python3)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    step "installing ${missing[*]}"
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

tmp=$(mktemp -d)
installed_deb=no
cleanup() {
    if [ "$installed_deb" = yes ]; then
        step "removing the package after a failure"
        $sudo apt-get remove -y -q article-reader >/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# The files a desktop needs, in the source tree and where `cmake --install` puts them.
validate() { # validate ROOT DESKTOP_DIR METAINFO_DIR ICON_DIR MAN_DIR
    local desktop=$2/$app_id.desktop metainfo=$3/$app_id.metainfo.xml
    local icon=$4/$app_id.svg man=$5/article-reader.1
    for f in "$desktop" "$metainfo" "$icon" "$man"; do
        [ -f "$f" ] || die "missing $f"
    done
    desktop-file-validate "$desktop" || die "desktop-file-validate ${desktop#"$1"/}"
    step "  desktop-file-validate ${desktop#"$1"/}: ok"
    appstreamcli validate --no-net "$metainfo" || die "appstreamcli validate ${metainfo#"$1"/}"
    step "  appstreamcli validate --no-net ${metainfo#"$1"/}: ok"
    python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); sys.exit(r.tag != "{http://www.w3.org/2000/svg}svg")' "$icon" \
        || die "${icon#"$1"/} is not an SVG document"
    step "  ${icon#"$1"/}: well-formed SVG"
    local warnings
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$man" 2>&1) || die "groff ${man#"$1"/}"
    [ -z "$warnings" ] || die "groff warns about ${man#"$1"/}: $warnings"
    step "  groff -man -Tutf8 -ww ${man#"$1"/}: renders without warnings"
}

step "checking the source files in resources/linux"
validate "$here" "$linux" "$linux" "$linux" "$linux"
step "  pedantic AppStream notes (information only):"
appstreamcli validate --no-net --pedantic "$linux/$app_id.metainfo.xml" | sed 's/^/    /' || true

if [ -f "$build/CMakeCache.txt" ]; then
    step "reusing the build in $build"
    cmake "$build" >/dev/null
else
    step "configuring $build"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)"

stage=$tmp/stage
step "installing into a staging folder (DESTDIR, prefix /usr)"
DESTDIR=$stage cmake --install "$build" --prefix /usr >/dev/null
share=$stage/usr/share
[ -x "$stage/usr/bin/article-reader" ] || die "the staged install has no usr/bin/article-reader"
validate "$stage" "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps" \
    "$share/man/man1"
appstreamcli validate-tree --no-net "$stage" || die "appstreamcli validate-tree on the staged install"
step "  appstreamcli validate-tree --no-net (metainfo, launchable desktop file, icon together): ok"
step "  staged files:"
(cd "$stage" && find . -type f | sort | sed 's/^/    /')

step "building the .deb (cpack -G DEB)"
rm -f "$build"/article-reader_*.deb
(cd "$build" && cpack -G DEB) >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; die "cpack -G DEB"; }
debs=("$build"/article-reader_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || die "cpack made no article-reader_*.deb"
step "  $(basename "$deb"):"
dpkg-deb -I "$deb" | sed 's/^/    /'
dpkg-deb -c "$deb" | awk '{print "    " $NF}'
depends=$(dpkg-deb -f "$deb" Depends)
for lib in 'libqt6core6' 'libqt6gui6' 'libqt6widgets6' 'libqt6sql6' 'libqt6sql6-sqlite' 'libspdlog1[.0-9]*(-fmt[0-9]+)?' 'libc6'; do
    grep -qE "(^|, )$lib( |,|$)" <<<"$depends" || die "Depends lacks $lib: $depends"
done
step "  Depends has the Qt 6 (and its SQLite driver), spdlog and libc shared libraries"

if dpkg-query -W -f='${Status}' article-reader 2>/dev/null | grep -q "install ok installed"; then
    die "article-reader is already installed as a package; remove it first (apt-get remove article-reader)"
fi
step "installing the .deb (apt-get install)"
installed_deb=yes
$sudo apt-get install -y -q "$deb" >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; die "apt-get install $deb"; }
[ -x /usr/bin/article-reader ] || die "the package installed no /usr/bin/article-reader"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || die "installed desktop file"
man -w article-reader >/dev/null 2>&1 || [ -f /usr/share/man/man1/article-reader.1 ] \
    || die "man page not installed"

step "running /usr/bin/article-reader --entities"
(cd / && /usr/bin/article-reader --entities) >"$tmp/entities.json" || die "article-reader --entities failed"
python3 - "$tmp/entities.json" <<'EOF' || die "the --entities output is not the expected JSON"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
entities = data["entities"]
assert entities, "no entities"
types = {e["type"] for e in entities}
assert {"person", "place"} <= types, types
print(f"ci-package:   JSON parses: {len(entities)} entities "
      f"({', '.join(sorted(types))}) in \"{data['article']['title']}\"")
EOF
[ "$(/usr/bin/article-reader --version)" = "article-reader $(dpkg-deb -f "$deb" Version)" ] \
    || die "article-reader --version does not match the package version"
step "  --version matches the package version"
(cd / && QT_QPA_PLATFORM=offscreen /usr/bin/article-reader --log-level error --screenshot "$tmp/shot.png") \
    || die "article-reader --screenshot failed"
file "$tmp/shot.png" | grep -q "PNG image data, 1280 x 800" || die "the screenshot is not a 1280x800 PNG"
step "  --screenshot (offscreen) writes a 1280x800 PNG"

step "removing the package (apt-get remove)"
$sudo apt-get remove -y -q article-reader >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; die "apt-get remove"; }
installed_deb=no
[ ! -e /usr/bin/article-reader ] || die "/usr/bin/article-reader is still there after removal"
step "all packaging checks passed"
