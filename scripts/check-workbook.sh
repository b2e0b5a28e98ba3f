#!/usr/bin/env bash
# Checks the workbook with a reader this project does not use, openpyxl (in a virtual
# environment under target/), the way an assessor's tools see it: the template's sheets,
# frozen headings, drop-downs and typed cells; then a script fills a blank template with
# openpyxl, `gbt39204 import` reads it, and `gbt39204 assess` must give the same scores
# as the same answers written as JSON.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=target/openpyxl-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -c "import openpyxl" 2>/dev/null ||
    "$venv/bin/pip" install --quiet "openpyxl>=3.1,<4"

out=target/workbook-check
rm -rf "$out" && mkdir -p "$out"
bin=(cargo run --quiet --features cli --bin gbt39204 --)
"${bin[@]}" template --lang zh --out "$out/blank-zh.xlsx"
"${bin[@]}" template --lang en --from examples/data/sample-assessment.json --out "$out/sample-en.xlsx"
"$venv/bin/python" scripts/check_workbook.py inspect "$out/blank-zh.xlsx" "$out/sample-en.xlsx"
"$venv/bin/python" scripts/check_workbook.py fill "$out/blank-zh.xlsx" "$out/filled.xlsx" "$out/same.json"
"${bin[@]}" import "$out/filled.xlsx" --out "$out/imported.json" 2>/dev/null
for f in imported same; do
    "${bin[@]}" assess "$out/$f.json" --format json --out "$out/$f-report.json"
done
"$venv/bin/python" scripts/check_workbook.py compare "$out/imported-report.json" "$out/same-report.json"
