#!/usr/bin/env bash
# Times one catalog job — load the catalog, look up one control by ID, list one group's
# controls — three ways in one run and prints a Markdown table (README, "Compared with
# other tools"): (a) compliance-trestle reading our OSCAL export, (b) the `oscal` crate
# parsing an embedded catalog of similar size, (c) this crate. Then, in the same run,
# search: the queries of tests/query_quality/cases.rs over the same 111 requirements in
# this crate, SQLite FTS5 (trigram tokenizer, in memory) and tantivy (in RAM), each query
# timed on the three in turn, with the median time and the hit@1 / hit@3 of each
# (peers/src/bin/search.rs).
#
# Not part of CI: a few minutes on a 2-core machine, most of it building. Makes its own
# Python virtual environment with scripts/oscal-venv.sh, as scripts/check-oscal.sh does
# ($OSCAL_VENV reuses one). $SAMPLES (timed batches per in-process operation) and $RUNS
# (fresh processes per peer) trade time for steadier medians. The table goes to stdout,
# progress to stderr. $SEARCH_SAMPLES sets
# the timed batches per search query (31). Last, the assessment document read by
# serde_json, sonic-rs and simd-json, each in turn with serde_json's `IgnoredAny` read
# (peers/src/bin/parsers.rs; $PARSE_ROUNDS rounds, 31).
set -euo pipefail
cd "$(dirname "$0")/.."

python="$(bash scripts/oscal-venv.sh)"

# The export itself is not timed: the debug build that `cargo test` and
# scripts/check-oscal.sh already made writes the same bytes as a release build.
out="target/peers/oscal"
echo "== export our OSCAL catalog" >&2
cargo run --quiet --example export_oscal -- "$out" >&2

echo "== build peers/ (release)" >&2
# Not --locked: peers/Cargo.lock pins the peers, but the crate under test is the working
# tree, whose dependencies may have moved on since the lock was written.
cargo build --quiet --release --manifest-path peers/Cargo.toml

"$python" peers/compare.py \
  --peers peers/target/release/peers \
  --python "$python" \
  --catalog "$out/catalog.json" \
  --samples "${SAMPLES:-101}" \
  --runs "${RUNS:-30}"

echo "== search: gbt39204, SQLite FTS5, tantivy" >&2
peers/target/release/search-peers --samples "${SEARCH_SAMPLES:-31}"

echo "== document parse: serde_json, sonic-rs, simd-json against serde_json's IgnoredAny" >&2
peers/target/release/parsers --rounds "${PARSE_ROUNDS:-31}"
