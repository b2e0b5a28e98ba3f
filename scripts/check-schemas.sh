#!/usr/bin/env bash
# Checks the crate's JSON Schemas (schemas/) with two validators this project does not
# use itself, and fails on any error:
# 1. ajv in strict mode (npm ajv-cli 5.0.0 with ajv-formats 3.0.1, cached in target/ajv):
#    every schema compiles with --strict=true; the sample and the fixtures that must
#    validate do, the invalid assessment fixtures do not;
# 2. Python jsonschema (scripts/jsonschema-venv.sh): every schema is a valid draft
#    2020-12 schema, and the same documents pass or fail with formats checked.
set -euo pipefail
cd "$(dirname "$0")/.."

npm_dir="target/ajv"
ajv="$npm_dir/node_modules/.bin/ajv"
if [ ! -x "$ajv" ]; then
  npm install --prefix "$npm_dir" --no-audit --no-fund --silent ajv-cli@5.0.0 ajv-formats@3.0.1 >&2
fi
strict=(--spec=draft2020 --strict=true -c ajv-formats)

valid_assessments=(examples/data/sample-assessment.json tests/fixtures/assessment/*.json)
echo "-- ajv --strict=true"
for schema in schemas/*.schema.json; do
  "$ajv" compile "${strict[@]}" -s "$schema" > /dev/null
done
"$ajv" validate "${strict[@]}" -s schemas/assessment.schema.json \
  $(printf -- '-d %s ' "${valid_assessments[@]}") > /dev/null
"$ajv" validate "${strict[@]}" -s schemas/framework.schema.json -d tests/fixtures/mapping/framework.json > /dev/null
"$ajv" validate "${strict[@]}" -s schemas/mapping-set.schema.json -d tests/fixtures/mapping/mapping.json > /dev/null
for doc in tests/fixtures/assessment-invalid/*.json; do
  if "$ajv" validate "${strict[@]}" -s schemas/assessment.schema.json -d "$doc" > /dev/null 2>&1; then
    echo "ajv accepts $doc, which the parser refuses" >&2
    exit 1
  fi
done
echo "$(ls schemas/*.schema.json | wc -l) schemas compile under ajv --strict=true; documents validate as expected"

echo "-- Python jsonschema, formats checked"
python="$(bash scripts/jsonschema-venv.sh)"
"$python" - "${valid_assessments[@]}" <<'PY'
import json, pathlib, sys
from jsonschema import Draft202012Validator as V

schemas = {p.name.removesuffix(".schema.json"): json.loads(p.read_text())
           for p in sorted(pathlib.Path("schemas").glob("*.schema.json"))}
for name, schema in schemas.items():
    V.check_schema(schema)

def validator(name):
    return V(schemas[name], format_checker=V.FORMAT_CHECKER)

def load(path):
    return json.loads(pathlib.Path(path).read_text(encoding="utf-8-sig"))  # a BOM is skipped, as the parser does

cases = [("assessment", p, True) for p in sys.argv[1:]]
cases += [("assessment", str(p), False) for p in sorted(pathlib.Path("tests/fixtures/assessment-invalid").glob("*.json"))]
cases += [("framework", "tests/fixtures/mapping/framework.json", True),
          ("mapping-set", "tests/fixtures/mapping/mapping.json", True)]
bad = [f"{path} against {name}: expected {'valid' if ok else 'invalid'}"
       for name, path, ok in cases if validator(name).is_valid(load(path)) != ok]
# A date in another form than YYYY-MM-DD is refused, as the parser refuses it.
doc = load("examples/data/sample-assessment.json")
doc["metadata"]["assessment_date"] = "20250630"
if validator("assessment").is_valid(doc):
    bad.append("a basic-format date passes")
if bad:
    sys.exit("\n".join(bad))
print(f"{len(schemas)} schemas are valid draft 2020-12; {len(cases) + 1} documents validate as expected")
PY
