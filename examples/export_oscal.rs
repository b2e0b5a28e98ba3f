//! Writes the OSCAL 1.2 exports into a directory.
//!
//! ```text
//! cargo run --example export_oscal -- out/oscal
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use gbt39204::assessment::{self, AssessOptions};
use gbt39204::export::oscal;

/// The embedded sample assessment (the same one `cargo run --example assess` reads).
const SAMPLE: &str = include_str!("data/sample-assessment.json");

#[derive(Parser)]
#[command(about = "Write the OSCAL exports (catalog, crosswalks, sample assessment results)")]
struct Args {
    /// Directory to write into (created if missing).
    dir: PathBuf,
}

fn run(args: &Args) -> Result<(), String> {
    let doc = assessment::parse(SAMPLE).map_err(|e| format!("sample assessment: {e}"))?;
    let result = assessment::assess(&doc, &AssessOptions::default());
    let written = oscal::write_dir(&args.dir, Some((&doc, &result))).map_err(|e| e.to_string())?;
    for path in written {
        println!("wrote {}", path.display());
    }
    Ok(())
}

fn main() -> ExitCode {
    match run(&Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
