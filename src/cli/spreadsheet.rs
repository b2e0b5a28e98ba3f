//! `gbt39204 template` and `gbt39204 import`.

use std::path::PathBuf;

use super::{Failure, assess, bad, read_input, write_output};
use crate::Lang;
use crate::assessment::{AssessOptions, validate};
use crate::spreadsheet;

/// `gbt39204 template`.
#[derive(clap::Args)]
pub(super) struct TemplateArgs {
    /// Language of the sheets, headings and drop-downs: zh or en.
    #[arg(long, default_value = "zh")]
    lang: Lang,
    /// Pre-fill the workbook from this document (JSON, or a workbook; `-` is standard input).
    #[arg(long)]
    from: Option<PathBuf>,
    /// Where to write the workbook (`-` is standard output).
    #[arg(long)]
    out: PathBuf,
}

/// `gbt39204 import`.
#[derive(clap::Args)]
pub(super) struct ImportArgs {
    /// The filled workbook (`-` is standard input).
    file: PathBuf,
    /// Where to write the assessment document (JSON; default and `-`: standard output).
    #[arg(long)]
    out: Option<PathBuf>,
}

pub(super) fn template(args: &TemplateArgs) -> Result<(), Failure> {
    let from = match &args.from {
        Some(path) => {
            let (name, bytes) = read_input(Some(path))?;
            Some(assess::document(&name, &bytes)?.into_owned())
        }
        None => None,
    };
    let xlsx = spreadsheet::template(args.lang, from.as_ref()).map_err(bad)?;
    write_output(Some(&args.out), &xlsx)?;
    Ok(())
}

pub(super) fn import(args: &ImportArgs) -> Result<(), Failure> {
    let (name, bytes) = read_input(Some(&args.file))?;
    let imported = spreadsheet::import(&bytes).map_err(|e| bad(format_args!("{name}: {e}")))?;
    for note in &imported.notes {
        eprintln!("note: {note}");
    }
    // The same findings `assess` reports, here with the cell of each.
    for d in validate(&imported.document, &AssessOptions::default()) {
        let cell = imported.cell_for(&d).unwrap_or_else(|| "—".to_owned());
        let pointer = if d.pointer.is_empty() {
            "/"
        } else {
            &d.pointer
        };
        eprintln!(
            "{}: {cell} (`{pointer}`): [{}] {}",
            d.severity, d.code, d.message.en
        );
    }
    let mut json = serde_json::to_string_pretty(&imported.document).unwrap_or_default();
    json.push('\n');
    write_output(args.out.as_deref(), json.as_bytes())?;
    Ok(())
}
