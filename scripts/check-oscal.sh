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
    # Beyond loading: the content a reader would rely on is all there.
    if kind == "catalog":
        # trestle has two group models, one without `groups`, one without `controls`.
        def walk(groups):
            for g in groups or ():
                yield g
                yield from walk(vars(g).get("groups"))
        groups = [g for d in model.groups for g in walk(d.groups)]
        controls = [c for g in groups for c in (vars(g).get("controls") or ())]
        # 6 domains; 28 sub-clauses and 10 sub-sub-clauses; 111 controls.
        assert len(model.groups) == 6 and len(groups) == 38, (len(model.groups), len(groups))
        assert len(controls) == 111, len(controls)
        assert all(len(c.parts) == 2 for c in controls), "each control has zh and en statements"
        detail = f"{len(controls)} controls"
    elif kind == "mapping":
        maps = model.mappings[0].maps
        gaps = model.mappings[0].source_gap_summary
        mapped = {s.id_ref for m in maps for s in m.sources}
        unmapped = set(gaps.unmapped_controls[0].with_ids) if gaps else set()
        assert len(mapped | unmapped) == 111 and not (mapped & unmapped), "all 111 accounted for"
        detail = f"{len(maps)} maps, {len(unmapped)} gaps"
    else:
        findings = model.results[0].findings
        assert len(findings) == 111, len(findings)
        detail = f"{len(findings)} findings"
    checked += 1
    print(f"ok  {path.name}  ({kinds[kind].__name__}, {detail}, uuid {model.uuid})")
if checked != 7:
    sys.exit(f"expected 7 OSCAL files (catalog, 5 mappings, 1 assessment), found {checked}")
print(f"{checked} OSCAL files loaded by compliance-trestle")
PY
