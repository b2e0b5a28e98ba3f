//! Prints the GB/T 39204-2022 catalog: a table by default, one JSON document with `--json`.
//! The same as `gbt39204 catalog`.
//!
//! ```text
//! cargo run --example catalog
//! cargo run --example catalog -- --lang en
//! cargo run --example catalog -- --json
//! ```

fn main() -> std::process::ExitCode {
    gbt39204::cli::run_example(&["catalog"])
}
