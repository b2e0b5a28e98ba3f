//! Writes the OSCAL 1.2 exports into a directory. The same as `gbt39204 export oscal`.
//!
//! ```text
//! cargo run --example export_oscal -- out/oscal
//! cargo run --example export_oscal -- out/oscal --assessment my-assessment.json
//! ```

fn main() -> std::process::ExitCode {
    gbt39204::cli::run_example(&["export", "oscal"])
}
