//! Assesses a GB/T 39204-2022 self-assessment document and prints the report — the
//! crate's main job.
//!
//! ```text
//! cargo run --example assess                              # the embedded sample, Markdown
//! cargo run --example assess -- my-assessment.json        # your own document
//! cargo run --example assess -- --format html --out report.html
//! cargo run --example assess -- --format json --today 2025-09-01 --lang zh
//! ```
//!
//! Date checks run as of the document's assessment date unless `--today` is given, so
//! the same document always gives the same report. Exit status: 0 when the document could
//! be assessed (compliance gaps are not errors), 2 when it cannot be read, is not JSON or
//! breaks the format (the message names the place as a JSON pointer), 1 when the report
//! cannot be written.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use gbt39204::Lang;
use gbt39204::assessment::{AssessOptions, assess, parse_slice};
use gbt39204::report::{Format, render};
use jiff::civil::Date;

/// The embedded sample: a fictional provincial power-dispatch operator.
const SAMPLE: &str = include_str!("data/sample-assessment.json");

#[derive(Parser)]
#[command(about = "Assess a GB/T 39204-2022 self-assessment document and print the report")]
struct Args {
    /// The assessment document (JSON); the embedded sample when left out.
    file: Option<PathBuf>,
    /// Report format: markdown, json or html.
    #[arg(long, default_value = "markdown")]
    format: Format,
    /// Language of the Markdown and HTML reports: en or zh.
    #[arg(long, default_value = "en")]
    lang: Lang,
    /// Write the report to this file instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Check dates as of this day (YYYY-MM-DD) instead of the document's assessment date.
    #[arg(long)]
    today: Option<Date>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let (name, bytes) = match &args.file {
        None => ("the embedded sample".to_owned(), SAMPLE.as_bytes().to_vec()),
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => (path.display().to_string(), bytes),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
    };
    let doc = match parse_slice(&bytes) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("error: {name} is not a valid assessment document: {e}");
            return ExitCode::from(2);
        }
    };
    let assessment = assess(&doc, &AssessOptions { today: args.today });
    let report = render(&assessment, args.format, args.lang);
    let written = match &args.out {
        Some(path) => std::fs::File::create(path).and_then(|mut f| f.write_all(report.as_bytes())),
        None => write!(io::stdout().lock(), "{report}"),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the report: {e}");
            ExitCode::FAILURE
        }
    }
}
