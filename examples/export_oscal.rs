//! Writes the OSCAL 1.2 exports into a directory.
//!
//! ```text
//! cargo run --example export_oscal -- out/oscal
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use gbt39204::export::oscal;
use gbt39204::mapping::BuiltinFramework;

#[derive(Parser)]
#[command(about = "Write the OSCAL exports (catalog, crosswalks, sample assessment results)")]
struct Args {
    /// Directory to write into (created if missing).
    dir: PathBuf,
}

fn write(path: PathBuf, value: &impl serde::Serialize) -> Result<(), String> {
    let mut json = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    json.push('\n');
    std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

fn run(args: &Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.dir).map_err(|e| format!("{}: {e}", args.dir.display()))?;
    write(args.dir.join("catalog.json"), &oscal::catalog())?;
    for builtin in BuiltinFramework::ALL {
        let model = oscal::mapping_collection(builtin.framework(), builtin.mapping_set());
        write(args.dir.join(format!("mapping-{builtin}.json")), &model)?;
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
