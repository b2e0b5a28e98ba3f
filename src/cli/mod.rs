//! The `gbt39204` command (feature `cli`): the catalog, search, crosswalks, assessment
//! reports, the spreadsheet template and its import, and the OSCAL and schema exports,
//! from a shell.
//!
//! ```text
//! gbt39204 template --lang zh --out 自查表.xlsx        # a workbook to fill in
//! gbt39204 import 自查表.xlsx --out assessment.json    # the filled workbook as a document
//! gbt39204 assess assessment.json --format html --lang zh --out report.html
//! gbt39204 query --text 供应链 --json
//! gbt39204 crosswalk 7.9.g --framework iso27001-2022 --json
//! ```
//!
//! Every subcommand that prints data takes `--json` (`assess`: `--format json`); a file
//! argument or `--out` of `-` is standard input or output. Exit status: **0** done (compliance gaps and document
//! findings are not failures), **1** the output cannot be written, **2** bad input (a
//! file that cannot be read, is not a document, breaks the format, or an unknown ID,
//! framework or control), with a message naming the place. The examples in `examples/`
//! run the same code ([`run`]).
//!
//! ```
//! use std::process::ExitCode;
//! assert_eq!(gbt39204::cli::run(["gbt39204", "query", "--text", "日志", "--limit", "1"]), ExitCode::SUCCESS);
//! assert_eq!(gbt39204::cli::run(["gbt39204", "crosswalk", "7.4.z"]), ExitCode::from(2));
//! ```

mod assess;
mod crosswalk;
mod query;
mod spreadsheet;

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::{CatalogDocument, oscal, schemas};
use crate::{Lang, catalog};

/// The embedded sample: a fictional provincial power-dispatch operator.
const SAMPLE: &[u8] = include_bytes!("../../examples/data/sample-assessment.json");

/// Input files larger than this are refused before they are read whole (the JSON and
/// workbook readers have tighter limits of their own).
const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Parser)]
#[command(
    name = "gbt39204",
    version,
    about = "GB/T 39204-2022 (CII protection requirements): catalog, search, crosswalks, self-assessment workbooks and reports"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the requirement catalog: a table, or one JSON document with --json.
    Catalog(CatalogArgs),
    /// Search and filter the requirements.
    Query(query::Args),
    /// Crosswalks to other frameworks (curated mappings, not official).
    Crosswalk(crosswalk::Args),
    /// Assess a self-assessment (JSON or a filled workbook) and write the report.
    Assess(assess::Args),
    /// Write the self-assessment workbook (XLSX) to fill in.
    Template(spreadsheet::TemplateArgs),
    /// Read a filled workbook into an assessment document (JSON).
    Import(spreadsheet::ImportArgs),
    /// Write the OSCAL exports or the JSON Schemas.
    Export(ExportArgs),
}

#[derive(clap::Args)]
struct CatalogArgs {
    /// Language of the table: zh or en.
    #[arg(long, default_value = "zh")]
    lang: Lang,
    /// Print the whole catalog as one JSON document instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
struct ExportArgs {
    /// What to export.
    what: ExportKind,
    /// Directory to write into (created if missing).
    dir: PathBuf,
    /// For `oscal`: the assessment (JSON or workbook) to export as assessment results;
    /// the embedded sample when left out.
    #[arg(long)]
    assessment: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportKind {
    /// The catalog, the five crosswalks and an assessment's results, as OSCAL 1.2.
    Oscal,
    /// The JSON Schema of every document type.
    Schemas,
}

/// Why a subcommand stopped.
enum Failure {
    /// Bad input: printed, then exit status 2.
    BadInput(String),
    /// Writing failed: exit status 1.
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

/// Turns an error about the input into a [`Failure::BadInput`].
fn bad(e: impl std::fmt::Display) -> Failure {
    Failure::BadInput(e.to_string())
}

/// Runs the command on the process's arguments.
#[must_use]
pub fn main() -> ExitCode {
    run(std::env::args_os())
}

/// Runs the command on `args` (the first is the program's name), printing to standard
/// output and error, and returns the exit status.
#[must_use]
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match &cli.command {
        Command::Catalog(a) => print_catalog(a, &mut io::stdout().lock()).map_err(Failure::Io),
        Command::Query(a) => query::run(a, &mut io::stdout().lock()),
        Command::Crosswalk(a) => crosswalk::run(a, &mut io::stdout().lock()),
        Command::Assess(a) => assess::run(a),
        Command::Template(a) => spreadsheet::template(a),
        Command::Import(a) => spreadsheet::import(a),
        Command::Export(a) => export(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::BadInput(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
        // A closed pipe (`| head`) is not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("error: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one subcommand the way an example does: `cargo run --example assess -- ARGS` is
/// `gbt39204 assess ARGS` (`subcommand` is `["assess"]`, or `["export", "oscal"]`).
#[must_use]
pub fn run_example(subcommand: &[&str]) -> ExitCode {
    let mut args = std::env::args_os();
    let program = args.next().unwrap_or_default();
    run(std::iter::once(program)
        .chain(subcommand.iter().map(OsString::from))
        .chain(args))
}

/// An input file: its name for messages and its bytes. `-` is standard input; `None`
/// is the embedded sample.
fn read_input(path: Option<&Path>) -> Result<(String, Vec<u8>), Failure> {
    let mut bytes = Vec::new();
    match path {
        None => Ok(("the embedded sample".to_owned(), SAMPLE.to_vec())),
        Some(p) if p == Path::new("-") => {
            io::stdin()
                .lock()
                .take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| bad(format_args!("cannot read standard input: {e}")))?;
            check_input_size(bytes.len(), "standard input")?;
            Ok(("standard input".to_owned(), bytes))
        }
        Some(p) => {
            let name = p.display().to_string();
            let file =
                std::fs::File::open(p).map_err(|e| bad(format_args!("cannot read {name}: {e}")))?;
            file.take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| bad(format_args!("cannot read {name}: {e}")))?;
            check_input_size(bytes.len(), &name)?;
            Ok((name, bytes))
        }
    }
}

fn check_input_size(len: usize, name: &str) -> Result<(), Failure> {
    if u64::try_from(len).unwrap_or(u64::MAX) > MAX_INPUT_BYTES {
        return Err(bad(format_args!(
            "{name} is over {} MiB; it cannot be an assessment document or workbook",
            MAX_INPUT_BYTES / 1024 / 1024
        )));
    }
    Ok(())
}

/// Writes `bytes` to `path` (`-` or `None`: standard output).
fn write_output(path: Option<&Path>, bytes: &[u8]) -> io::Result<()> {
    match path {
        Some(p) if p != Path::new("-") => std::fs::write(p, bytes),
        _ => {
            let mut out = io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()
        }
    }
}

fn print_catalog(args: &CatalogArgs, out: &mut dyn Write) -> io::Result<()> {
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &CatalogDocument::new())?;
        return writeln!(out);
    }
    let lang = args.lang;
    writeln!(out, "{} — {}", catalog::STANDARD, catalog::TITLE.get(lang))?;
    writeln!(
        out,
        "{:<10} {:<14} {:<22} Title",
        "ID", "Certainty", "Clause"
    )?;
    for r in catalog::requirements() {
        writeln!(
            out,
            "{:<10} {:<14} {:<22} {}",
            r.id,
            r.certainty,
            r.clause().name(lang),
            r.title(lang)
        )?;
    }
    writeln!(
        out,
        "\n{} requirements, catalog version {}. {}",
        catalog::requirements().len(),
        catalog::VERSION,
        catalog::provenance().statement.get(lang)
    )
}

fn export(args: &ExportArgs) -> Result<(), Failure> {
    let dir = &args.dir;
    std::fs::create_dir_all(dir)?;
    let write = |name: String, value: &dyn erased::Json| -> io::Result<()> {
        let path = dir.join(name);
        std::fs::write(&path, value.pretty())?;
        println!("wrote {}", path.display());
        Ok(())
    };
    match args.what {
        ExportKind::Schemas => {
            for (name, schema) in schemas::all() {
                write(format!("{name}.schema.json"), &schema)?;
            }
        }
        ExportKind::Oscal => {
            let (name, bytes) = read_input(args.assessment.as_deref())?;
            let doc = assess::document(&name, &bytes)?;
            let result =
                crate::assessment::assess(&doc, &crate::assessment::AssessOptions::default());
            for path in oscal::write_dir(dir, Some((&doc, &result)))? {
                println!("wrote {}", path.display());
            }
        }
    }
    Ok(())
}

/// Pretty JSON of values of different types behind one `dyn`.
mod erased {
    pub(super) trait Json {
        fn pretty(&self) -> String;
    }

    impl<T: serde::Serialize> Json for T {
        fn pretty(&self) -> String {
            // Serialising plain data with string keys cannot fail.
            let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
            text.push('\n');
            text
        }
    }
}
