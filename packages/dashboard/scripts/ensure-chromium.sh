#!/usr/bin/env bash
# Installs what the dashboard's browser test needs, when missing: Debian's `chromium`
# (driven by playwright-core, which downloads no browser) and a CJK font, so that Chinese
# province names and file names are readable in its screenshots. Never fails the build:
# where apt-get, root or sudo is unavailable it says so and the test skips, saying why.
set -uo pipefail
missing=()
[ -x /usr/bin/chromium ] || command -v chromium >/dev/null || missing+=(chromium)
if command -v fc-list >/dev/null && fc-list | grep -qiE 'wqy|noto (sans|serif) cjk'; then :; else missing+=(fonts-wqy-microhei); fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "chromium: $( (chromium --version || /usr/bin/chromium --version) 2>/dev/null | head -n 1 )"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "chromium: apt-get is not available, cannot install ${missing[*]}; the dashboard's browser test will skip"
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "chromium: not root and no password-less sudo, cannot install ${missing[*]}; the dashboard's browser test will skip"
  exit 0
fi
echo "chromium: installing Debian's ${missing[*]}"
if "${as_root[@]}" apt-get update -qq && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/tmp/ensure-chromium.log 2>&1; then
  echo "chromium: installed ($( /usr/bin/chromium --version 2>/dev/null | head -n 1 ))"
else
  echo "chromium: installing ${missing[*]} failed (see /tmp/ensure-chromium.log); the dashboard's browser test will skip if Chromium is missing"
fi
exit 0
