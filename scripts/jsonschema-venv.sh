#!/usr/bin/env bash
# Makes (once) the Python virtual environment with the `jsonschema` validator (plus
# `regex` for patterns using \p{…} and the RFC 3339 / 3986 format checkers) that the
# schema checks use, and prints the path of its python. Cached in target/.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="target/jsonschema-venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" >&2
fi
"$venv/bin/python" -c "import jsonschema, regex, rfc3339_validator, rfc3986_validator" 2>/dev/null ||
  "$venv/bin/pip" install --quiet jsonschema==4.26.0 regex==2026.11.19 \
    rfc3339-validator==0.1.4 rfc3986-validator==0.1.1 >&2
echo "$venv/bin/python"
