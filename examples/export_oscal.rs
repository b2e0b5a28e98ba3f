//! Writes the OSCAL 1.2 exports into a directory: the catalog, each built-in framework as
//! a catalog of its controls, the crosswalks as mapping collections, and an assessment
//! (the embedded sample, or your own) as an assessment plan and assessment results.
//!
//! ```text
//! cargo run --example export_oscal -- out/oscal
//! cargo run --example export_oscal -- out/oscal --assessment my-assessment.json
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
#[command(about = "Write the OSCAL exports (catalog, frameworks, crosswalks, an assessment)")]
struct Args {
    /// Directory to write into (created if missing).
    dir: PathBuf,
    /// A self-assessment document to export instead of the embedded sample; written as
    /// `assessment-plan-<file stem>.json` and `assessment-results-<file stem>.json`.
    #[arg(long)]
    assessment: Option<PathBuf>,
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
    write(&args.dir.join(oscal::CATALOG_FILE), &oscal::catalog())?;
    for builtin in BuiltinFramework::ALL {
        let framework = builtin.framework();
        write(
            &args.dir.join(oscal::framework_catalog_file(framework)),
            &oscal::framework_catalog(framework),
        )?;
        let model = oscal::mapping_collection(framework, builtin.mapping_set());
        write(&args.dir.join(format!("mapping-{builtin}.json")), &model)?;
    }
    let (name, text) = match &args.assessment {
        Some(path) => {
            let stem = path.file_stem().map_or_else(
                || "assessment".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            );
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            (stem, text)
        }
        None => ("sample".to_owned(), SAMPLE.to_owned()),
    };
    let doc = assessment::parse(&text).map_err(|e| format!("{name}: {e}"))?;
    let result = assessment::assess(&doc, &AssessOptions::default());
    let plan_file = format!("assessment-plan-{name}.json");
    write(&args.dir.join(&plan_file), &oscal::assessment_plan(&doc))?;
    write(
        &args.dir.join(format!("assessment-results-{name}.json")),
        &oscal::assessment_results(&doc, &result, &plan_file),
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
