//! Assesses a GB/T 39204-2022 self-assessment document and prints the report — the
//! crate's main job. The same as `gbt39204 assess` (see `gbt39204::cli`).
//!
//! ```text
//! cargo run --example assess                              # the embedded sample, Markdown
//! cargo run --example assess -- my-assessment.json        # your own document (or workbook)
//! cargo run --example assess -- --format html --out report.html
//! cargo run --example assess -- --format json --today 2025-09-01 --lang zh
//! ```

fn main() -> std::process::ExitCode {
    gbt39204::cli::run_example(&["assess"])
}
