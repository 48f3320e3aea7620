#!/usr/bin/env bash
# Installs what the dashboard's browser test needs, when missing: Debian's `chromium`
# (driven by playwright-core, which downloads no browser) and a CJK font, so that Chinese
# province names and file names are readable in its screenshots. Never fails the build
# (ensure-debian-packages.sh says why it cannot install); the test then skips, saying why.
set -uo pipefail
cd "$(dirname "$0")"
missing=()
[ -x /usr/bin/chromium ] || command -v chromium >/dev/null || missing+=(chromium)
if command -v fc-list >/dev/null && fc-list | grep -qiE 'wqy|noto (sans|serif) cjk'; then :; else missing+=(fonts-wqy-microhei); fi
if [ ${#missing[@]} -gt 0 ]; then
  bash ../../../scripts/ensure-debian-packages.sh --with-recommends chromium - "${missing[@]}"
fi
if [ -x /usr/bin/chromium ] || command -v chromium >/dev/null; then
  echo "chromium: $( (chromium --version || /usr/bin/chromium --version) 2>/dev/null | head -n 1 )"
fi
exit 0
