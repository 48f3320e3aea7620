#!/usr/bin/env bash
# Installs what OCR of scanned pages needs, when missing: Debian's tesseract-ocr with its
# simplified-Chinese data (tesseract-ocr-chi-sim) and poppler-utils (pdftoppm renders pages).
# Never fails the build (ensure-debian-packages.sh says why it cannot install); scans are
# then `needs_ocr` and the OCR tests skip, saying why.
set -uo pipefail
cd "$(dirname "$0")"
missing=()
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
if ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then missing+=(tesseract-ocr-chi-sim); fi
if [ ${#missing[@]} -gt 0 ]; then
  bash ensure-debian-packages.sh tesseract - "${missing[@]}"
fi
if command -v tesseract >/dev/null; then
  echo "tesseract: $(tesseract --version 2>/dev/null | head -n 1), languages: $(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' ')"
fi
exit 0
