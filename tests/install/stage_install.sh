#!/usr/bin/env bash
# Installs the build into STAGE (DESTDIR, prefix /usr), replacing what an earlier run left there. The other
# install/ tests look at the result.
# Usage: stage_install.sh CMAKE BUILD_DIR STAGE
set -euo pipefail
cmake=$1 build=$2 stage=$3

rm -rf "$stage"
DESTDIR="$stage" "$cmake" --install "$build" --prefix /usr
