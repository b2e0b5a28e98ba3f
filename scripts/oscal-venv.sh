#!/usr/bin/env bash
# Makes (once) the Python virtual environment with compliance-trestle that the OSCAL
# scripts use, and prints the path of its python. Set $OSCAL_VENV to use another venv
# than target/oscal-venv (a relative path is taken from the repository root).
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${OSCAL_VENV:-target/oscal-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" >&2
fi
"$venv/bin/python" -c "import trestle" 2>/dev/null ||
  "$venv/bin/pip" install --quiet "compliance-trestle>=5.2,<6" >&2
echo "$venv/bin/python"
