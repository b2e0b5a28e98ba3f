#!/usr/bin/env bash
# Loads every OSCAL export with compliance-trestle's OSCAL models (a real OSCAL client)
# and fails on any error. Makes its own Python virtual environment (scripts/oscal-venv.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

python="$(bash scripts/oscal-venv.sh)"

out="target/oscal-export"
rm -rf "$out"
cargo run --quiet --example export_oscal -- "$out"

"$python" - "$out" <<'PY'
import pathlib, sys
from trestle.oscal.catalog import Catalog
from trestle.oscal.mapping import MappingCollection
from trestle.oscal.assessment_results import AssessmentResults

out = pathlib.Path(sys.argv[1])
kinds = {"catalog": Catalog, "mapping": MappingCollection, "assessment-results": AssessmentResults}
checked = 0
for path in sorted(out.glob("*.json")):
    kind = next((k for k in kinds if path.name == f"{k}.json" or path.name.startswith(f"{k}-")), None)
    if kind is None:
        sys.exit(f"{path}: no OSCAL model known for this file name")
    model = kinds[kind].oscal_read(path)
    if model is None:
        sys.exit(f"{path}: trestle could not read it")
    checked += 1
    print(f"ok  {path.name}  ({kinds[kind].__name__}, uuid {model.uuid})")
if checked == 0:
    sys.exit("no OSCAL files were exported")
print(f"{checked} OSCAL files loaded by compliance-trestle")
PY
