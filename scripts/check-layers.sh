#!/usr/bin/env bash
# Checks the include rules between the layers and groups of src/ (docs/ARCHITECTURE.md):
#   - src/core includes Qt's non-GUI modules only (QtCore, QtConcurrent, QtNetwork, QtSql), never
#     QtGui, QtWidgets or anything of ui/;
#   - each group of core includes only the groups below it (the table below): extraction never
#     includes navigation; document and web (its HTML side) include only each other;
#   - everything in src/ includes by group, rooted at src/ ("core/document/article.h"), so that
#     nothing includes tools/ or app/.
#
#   scripts/check-layers.sh [SRC_DIR]   check SRC_DIR (default: the src/ beside this script)
#   scripts/check-layers.sh --self-test break each rule in a copy of src/ and check that it fails
# QT_HEADERS may name Qt's include directory (default: asked of qtpaths6, else Debian's).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What each group of core may include, besides itself.
declare -A allowed=(
    [document]="web"
    [extraction]="document entities"
    [entities]="document"
    [navigation]="document entities"
    [models]="document entities navigation"
    [web]="document"
    [library]="document entities extraction navigation"
    [session]="document entities extraction navigation models web library"
)
core_qt_modules="QtCore QtConcurrent QtNetwork QtSql"

qt_headers() {
    if [ -n "${QT_HEADERS:-}" ]; then
        echo "$QT_HEADERS"
    elif command -v qtpaths6 >/dev/null 2>&1; then
        qtpaths6 --query QT_INSTALL_HEADERS
    else
        echo /usr/include/x86_64-linux-gnu/qt6
    fi
}

# The Qt module a <QHeader> include comes from, or nothing when no module has it.
module_of() {
    local header=$1 qt=$2
    case "$header" in
    Qt*/*) echo "${header%%/*}"; return ;;
    esac
    local m
    for m in $core_qt_modules QtGui QtWidgets QtOpenGL QtOpenGLWidgets QtPrintSupport QtTest \
        QtXml QtDBus; do
        if [ -e "$qt/$m/$header" ]; then
            echo "$m"
            return
        fi
    done
}

check() {
    local src=$1 qt failures=0
    qt=$(qt_headers)
    [ -d "$qt/QtCore" ] || { echo "check-layers: no Qt headers in $qt (set QT_HEADERS)" >&2; return 2; }
    local file line target group dep module
    while IFS= read -r file; do
        local rel=${file#"$src"/}
        group=""
        case "$rel" in
        core/*/*) group=${rel#core/}; group=${group%%/*} ;;
        esac
        if [[ $rel == core/* && -z $group ]]; then
            echo "$rel: a core file outside the groups (core/<group>/...)"
            failures=$((failures + 1))
        fi
        if [[ -n $group && -z ${allowed[$group]+set} ]]; then
            echo "$rel: no rule for the core group \"$group\"; add one to scripts/check-layers.sh"
            failures=$((failures + 1))
        fi
        while IFS= read -r line; do
            if [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]]; then
                target=${BASH_REMATCH[1]}
                [[ $target == *.moc || $target == moc_* || $target == ui_* ]] && continue
                case "$target" in
                core/*/*|ui/*/*) ;;
                *)
                    echo "$rel: \"$target\" is not included by group from src/ (core/<group>/..., ui/<group>/...)"
                    failures=$((failures + 1))
                    continue
                    ;;
                esac
                if [[ $rel == core/* && $target == ui/* ]]; then
                    echo "$rel: core includes the widgets layer (\"$target\")"
                    failures=$((failures + 1))
                elif [[ -n $group && $target == core/* ]]; then
                    dep=${target#core/}
                    dep=${dep%%/*}
                    if [[ $dep != "$group" && " ${allowed[$group]:-} " != *" $dep "* ]]; then
                        echo "$rel: core/$group may not include core/$dep (\"$target\")"
                        failures=$((failures + 1))
                    fi
                fi
            elif [[ $rel == core/* && $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\<(Q[A-Za-z0-9_/]+(\.h)?)\> ]]; then
                target=${BASH_REMATCH[1]}
                module=$(module_of "$target" "$qt")
                if [[ -n $module && " $core_qt_modules " != *" $module "* ]]; then
                    echo "$rel: core includes <$target> of $module (core is QtCore, Concurrent, Network and Sql only)"
                    failures=$((failures + 1))
                fi
            fi
        done <"$file"
    done < <(find "$src" -name '*.h' -o -name '*.cpp' | sort)
    if [ "$failures" -gt 0 ]; then
        echo "check-layers: $failures include(s) break the layers (docs/ARCHITECTURE.md)"
        return 1
    fi
    echo "check-layers: every include in $src keeps to the layers"
}

self_test() {
    local scratch ok=0
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' RETURN
    cp -r "$here/src" "$scratch/clean"
    check "$scratch/clean" >/dev/null || { echo "self-test: the clean tree fails"; return 1; }
    # name | file to change | line to add
    local cases=(
        "core includes QtGui|core/document/article.h|#include <QColor>"
        "core includes QtWidgets by module|core/entities/entity.h|#include <QtWidgets/QWidget>"
        "core includes ui|core/session/readingstate.h|#include \"ui/style/entitycolors.h\""
        "extraction includes navigation|core/extraction/tokenizer.h|#include \"core/navigation/mentionnavigator.h\""
        "document includes entities|core/document/textfinder.h|#include \"core/entities/entity.h\""
        "src includes tools|core/extraction/knowledge.cpp|#include \"knowledgewriter.h\""
        "ui includes a bare name|ui/text/findbar.cpp|#include \"articleview.h\""
    )
    local c name file add
    for c in "${cases[@]}"; do
        IFS='|' read -r name file add <<<"$c"
        rm -rf "$scratch/broken"
        cp -r "$scratch/clean" "$scratch/broken"
        printf '%s\n' "$add" >>"$scratch/broken/$file"
        if check "$scratch/broken" >/dev/null; then
            echo "self-test: \"$name\" was not caught"
            ok=1
        else
            echo "self-test: \"$name\" is caught"
        fi
    done
    return $ok
}

case "${1:-}" in
--self-test) self_test ;;
"") check "$here/src" ;;
*) check "$(cd "$1" && pwd)" ;;
esac
