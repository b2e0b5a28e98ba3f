//! Writes the OSCAL 1.2 exports into a directory.
//!
//! ```text
//! cargo run --example export_oscal -- out/oscal
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use gbt39204::assessment::{self, AssessOptions};
use gbt39204::export::oscal;
use gbt39204::mapping::BuiltinFramework;

/// The embedded sample assessment (the same one `cargo run --example assess` reads).
const SAMPLE: &str = include_str!("data/sample-assessment.json");

#[derive(Parser)]
#[command(about = "Write the OSCAL exports (catalog, crosswalks, sample assessment results)")]
struct Args {
    /// Directory to write into (created if missing).
    dir: PathBuf,
}

fn write(path: &Path, value: &impl serde::Serialize) -> Result<(), String> {
    let mut json = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    json.push('\n');
    std::fs::write(path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

fn run(args: &Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.dir).map_err(|e| format!("{}: {e}", args.dir.display()))?;
    write(&args.dir.join("catalog.json"), &oscal::catalog())?;
    for builtin in BuiltinFramework::ALL {
        let model = oscal::mapping_collection(builtin.framework(), builtin.mapping_set());
        write(&args.dir.join(format!("mapping-{builtin}.json")), &model)?;
    }
    let doc = assessment::parse(SAMPLE).map_err(|e| format!("sample assessment: {e}"))?;
    let result = assessment::assess(&doc, &AssessOptions::default());
    write(
        &args.dir.join("assessment-results-sample.json"),
        &oscal::assessment_results(&doc, &result),
    )
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
