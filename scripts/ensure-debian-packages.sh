#!/usr/bin/env bash
# Installs Debian packages a group of tests needs, when the command they provide is missing:
#   bash scripts/ensure-debian-packages.sh [--with-recommends] <label> <command> <package>...
# e.g. `libreoffice soffice libreoffice-writer-nogui libreoffice-calc-nogui`. A command of
# `-` installs the packages as named (the caller has found them missing: ensure-tesseract.sh,
# ensure-chromium.sh). Never fails
# the build: where apt-get, root or password-less sudo is unavailable it says so, and the
# tests that need the command skip, saying why.
set -uo pipefail
# --with-recommends: install the packages' recommended ones too (Chromium's browser test uses them).
recommends=(--no-install-recommends)
if [ "${1:-}" = --with-recommends ]; then
  recommends=()
  shift
fi
label=$1 command=$2
shift 2
packages=("$@")
if [ "$command" != - ] && command -v "$command" >/dev/null; then
  echo "$label: $command is installed"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "$label: apt-get is not available, cannot install ${packages[*]}; the tests that need them will skip"
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "$label: not root and no password-less sudo, cannot install ${packages[*]}; the tests that need them will skip"
  exit 0
fi
echo "$label: installing Debian's ${packages[*]}"
log=/tmp/ensure-$label.log
if "${as_root[@]}" apt-get update -qq >"$log" 2>&1 && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${recommends[@]}" "${packages[@]}" >>"$log" 2>&1; then
  echo "$label: installed"
else
  echo "$label: installing ${packages[*]} failed (see $log); the tests that need them will skip"
fi
exit 0
