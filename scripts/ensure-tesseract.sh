#!/usr/bin/env bash
# Installs what OCR of scanned pages needs, when missing: Debian's tesseract-ocr with its
# simplified-Chinese data (tesseract-ocr-chi-sim) and poppler-utils (pdftoppm renders pages).
# Never fails the build: where apt-get, root or sudo is unavailable it says so; scans are then
# `needs_ocr` and the OCR tests skip, saying why.
set -uo pipefail
missing=()
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
if ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then missing+=(tesseract-ocr-chi-sim); fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "tesseract: $(tesseract --version 2>/dev/null | head -n 1), languages: $(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' ')"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "tesseract: apt-get is not available, cannot install ${missing[*]}; scans stay needs_ocr and the OCR tests will skip"
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "tesseract: not root and no password-less sudo, cannot install ${missing[*]}; the OCR tests will skip"
  exit 0
fi
echo "tesseract: installing Debian's ${missing[*]}"
if "${as_root[@]}" apt-get update -qq && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/tmp/ensure-tesseract.log 2>&1; then
  echo "tesseract: installed ($(tesseract --version 2>/dev/null | head -n 1))"
else
  echo "tesseract: installing ${missing[*]} failed (see /tmp/ensure-tesseract.log); the OCR tests will skip if it is missing"
fi
exit 0
