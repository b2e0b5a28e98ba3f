//! Writes the JSON Schema of every document type into a directory. The same as
//! `gbt39204 export schemas`.
//!
//! ```text
//! cargo run --example export_schemas -- schemas/
//! ```

fn main() -> std::process::ExitCode {
    gbt39204::cli::run_example(&["export", "schemas"])
}
