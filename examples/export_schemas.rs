//! Writes the JSON Schema of every document type into a directory.
//!
//! ```text
//! cargo run --example export_schemas -- schemas/
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use gbt39204::export::schemas;

#[derive(Parser)]
#[command(about = "Write the JSON Schemas of every document type")]
struct Args {
    /// Directory to write into (created if missing).
    dir: PathBuf,
}

fn run(args: &Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.dir).map_err(|e| format!("{}: {e}", args.dir.display()))?;
    for (name, schema) in schemas::all() {
        let path = args.dir.join(format!("{name}.schema.json"));
        let mut text = serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())?;
        text.push('\n');
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
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
