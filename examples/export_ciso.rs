//! Writes the CISO Assistant libraries into a directory: the GB/T 39204-2022 and MLPS 2.0
//! level-3 framework libraries and the mapping libraries from ISO/IEC 27001:2022, NIST
//! CSF 2.0 and MLPS onto GB/T 39204 (both directions). Curated by this project, not
//! official.
//!
//! ```text
//! cargo run --example export_ciso -- out/ciso
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use gbt39204::export::ciso;

#[derive(Parser)]
#[command(about = "Write the CISO Assistant framework and mapping libraries (YAML)")]
struct Args {
    /// Directory to write into (created if missing).
    dir: PathBuf,
}

fn run(args: &Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.dir).map_err(|e| format!("{}: {e}", args.dir.display()))?;
    for library in ciso::libraries() {
        let path = args.dir.join(&library.file_name);
        std::fs::write(&path, &library.contents).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("wrote {} ({})", path.display(), library.urn);
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
