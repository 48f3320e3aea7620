#!/usr/bin/env bash
# A Python with pandas and pyarrow (and frictionless, where the index has it) for the analysts' test that reads our Parquet files the way
# an analyst would (test/analysts.test.ts), in a virtual environment under .cache/py-analysis,
# installed from whatever package index pip is configured for. Never fails the build: where
# python3, venv or the index is unavailable it says so, and that test skips, saying why.
set -uo pipefail
cd "$(dirname "$0")/.."
venv=.cache/py-analysis
if "$venv/bin/python" -c 'import pandas, pyarrow' 2>/dev/null; then
  echo "python-analysis: pandas and pyarrow are installed in $venv"
  exit 0
fi
# (frictionless is tried once, below, with pandas; a venv that has pandas is not retried.)
if ! command -v python3 >/dev/null; then
  echo "python-analysis: no python3; the pandas test will skip"
  exit 0
fi
if ! python3 -m venv "$venv" >/tmp/ensure-python-analysis.log 2>&1; then
  echo "python-analysis: python3 -m venv failed (see /tmp/ensure-python-analysis.log); the pandas test will skip"
  exit 0
fi
echo "python-analysis: installing pandas and pyarrow into $venv"
if timeout 600 "$venv/bin/python" -m pip install --quiet --disable-pip-version-check pandas pyarrow >>/tmp/ensure-python-analysis.log 2>&1; then
  echo "python-analysis: installed"
else
  echo "python-analysis: pip could not install pandas and pyarrow (see /tmp/ensure-python-analysis.log); the pandas test will skip"
fi
# The Frictionless validator, for `frictionless validate datapackage.json` in the same test.
if timeout 600 "$venv/bin/python" -m pip install --quiet --disable-pip-version-check frictionless >>/tmp/ensure-python-analysis.log 2>&1; then
  echo "python-analysis: frictionless installed"
else
  echo "python-analysis: pip could not install frictionless (not in this machine's package index); that check will skip"
fi
exit 0
