//! Prints the GB/T 39204-2022 catalog: a table by default, one JSON document with `--json`.
//!
//! ```text
//! cargo run --example catalog
//! cargo run --example catalog -- --lang en
//! cargo run --example catalog -- --json
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use gbt39204::export::CatalogDocument;
use gbt39204::{Lang, catalog};

#[derive(Parser)]
#[command(about = "Print the GB/T 39204-2022 requirement catalog")]
struct Args {
    /// Language of the table: zh or en.
    #[arg(long, default_value = "zh")]
    lang: Lang,
    /// Print the whole catalog as one JSON document instead of a table.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match print(&args, &mut io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print(args: &Args, out: &mut impl Write) -> io::Result<()> {
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
