//! `gbt39204 assess`: a document (JSON, or a filled workbook) in, a report out.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::Date;
use sha2::{Digest, Sha256};

use super::{Failure, bad, read_input, write_output};
use crate::Lang;
use crate::assessment::{AssessOptions, AssessmentDocument, assess, parse_slice};
use crate::report::{Format, ReportOptions, render_with};
use crate::spreadsheet;

/// `gbt39204 assess`.
#[derive(clap::Args)]
pub(super) struct Args {
    /// The assessment document: JSON, or a workbook filled from `gbt39204 template`
    /// (`-` is standard input); the embedded sample when left out.
    file: Option<PathBuf>,
    /// Report format: markdown, json or html.
    #[arg(long, default_value = "markdown")]
    format: Format,
    /// Language of the Markdown and HTML reports: en or zh.
    #[arg(long, default_value = "en")]
    lang: Lang,
    /// Write the report to this file (default and `-`: standard output).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Check dates as of this day (YYYY-MM-DD) instead of the document's assessment date.
    #[arg(long)]
    today: Option<Date>,
    /// The generation time printed in the footer (RFC 3339, e.g. 2025-07-01T08:00:00Z);
    /// default: `SOURCE_DATE_EPOCH` (seconds) when set, else now.
    #[arg(long)]
    generated_at: Option<Timestamp>,
}

/// Reads `bytes` (named `name` in messages) as a JSON document or, when they are a zip
/// archive, as a filled workbook.
pub(super) fn document<'a>(name: &str, bytes: &'a [u8]) -> Result<AssessmentDocument<'a>, Failure> {
    if bytes.starts_with(b"PK\x03\x04") {
        let imported = spreadsheet::import(bytes).map_err(|e| bad(format_args!("{name}: {e}")))?;
        for note in &imported.notes {
            eprintln!("note: {note}");
        }
        return Ok(imported.document);
    }
    parse_slice(bytes).map_err(|e| {
        bad(format_args!(
            "{name} is not a valid assessment document: {e}"
        ))
    })
}

pub(super) fn run(args: &Args) -> Result<(), Failure> {
    let (name, bytes) = read_input(args.file.as_deref())?;
    let document = document(&name, &bytes)?;
    let assessment = assess(&document, &AssessOptions { today: args.today });
    let hash = hex(&Sha256::digest(&bytes));
    let generated_at = match args.generated_at {
        Some(t) => t,
        None => source_date_epoch()?.unwrap_or_else(Timestamp::now),
    };
    let report = render_with(
        &assessment,
        args.format,
        args.lang,
        &ReportOptions {
            document: Some(&document),
            generated_at: Some(generated_at),
            document_sha256: Some(&hash),
        },
    );
    write_output(args.out.as_deref(), report.as_bytes())?;
    Ok(())
}

/// `SOURCE_DATE_EPOCH` (the reproducible-builds convention), when set.
fn source_date_epoch() -> Result<Option<Timestamp>, Failure> {
    let Ok(value) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    value
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|s| Timestamp::from_second(s).ok())
        .map(Some)
        .ok_or_else(|| {
            bad(format_args!(
                "SOURCE_DATE_EPOCH `{value}` is not a number of seconds"
            ))
        })
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
