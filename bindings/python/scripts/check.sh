#!/usr/bin/env bash
# CI for the Python package: format and lint the binding crate, build the abi3 wheel with
# maturin, install it into a fresh virtual environment, check the type stubs against the
# module (mypy's stubtest), run the pytest suite, and compare the sample's report with the
# CLI's. Caches the build venv and the Rust build under target/ (of the repository root).
set -euo pipefail
cd "$(dirname "$0")/../../.."   # the repository root

manifest=bindings/python/Cargo.toml
target=target/python                # the binding's own cargo target dir
build_venv=target/python-build-venv # maturin; kept between runs
test_venv=target/python-test-venv   # made anew every run
wheels=target/python-wheels

echo "== Python binding: cargo fmt --check, clippy -D warnings"
cargo fmt --manifest-path "$manifest" -- --check
cargo clippy --quiet --manifest-path "$manifest" --target-dir "$target" -- -D warnings

echo "== Python binding: maturin build --release (abi3 wheel)"
if ! "$build_venv/bin/maturin" --version >/dev/null 2>&1; then
    rm -rf "$build_venv"
    python3 -m venv "$build_venv"
    "$build_venv/bin/pip" install --quiet "maturin>=1.7,<2"
fi
rm -rf "$wheels"
start=$(date +%s)
(cd bindings/python && "../../$build_venv/bin/maturin" build --quiet --release \
    --target-dir "../../$target" --out "../../$wheels")
echo "wheel built in $(($(date +%s) - start)) s"
wheel=$(ls "$wheels"/gbt39204-*-cp39-abi3-*.whl)

echo "== Python binding: fresh venv, pip install the wheel, stubtest, pytest"
rm -rf "$test_venv"
python3 -m venv "$test_venv"
"$test_venv/bin/pip" install --quiet "$wheel" "pytest>=8,<10" "mypy>=1.13,<3"
# From outside the source tree, so that only the installed package can be imported.
(cd "$test_venv" && bin/python -c 'import gbt39204; print("import gbt39204:", gbt39204.__file__)' &&
    bin/python -m mypy.stubtest gbt39204)
"$test_venv/bin/python" -m pytest -p no:cacheprovider -q bindings/python/tests

echo "== Python binding: the sample's report equals the CLI's (cargo run --example assess)"
cargo run --quiet --example assess -- --format json > target/python-cli-report.json
"$test_venv/bin/python" - examples/data/sample-assessment.json target/python-cli-report.json <<'PY'
import json, pathlib, sys
import gbt39204
report = gbt39204.assess(pathlib.Path(sys.argv[1]).read_bytes())
cli = json.loads(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"))
if report != cli:
    sys.exit("gbt39204.assess(sample) differs from `cargo run --example assess -- --format json`")
overall = report["scores"]["overall"]
print(f"same report as the CLI: score {overall['score']:.1f} %, coverage {overall['coverage']:.1f} %")
PY
