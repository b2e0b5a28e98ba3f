//! The self-assessment workbook (feature `xlsx`): [`template`] writes an XLSX file an
//! assessor fills in (自查表), optionally pre-filled from a document; [`import`] reads a
//! filled one back into an
//! [`AssessmentDocument`](crate::assessment::AssessmentDocument), naming the cell of
//! every problem together with the JSON pointer it becomes.
//!
//! The workbook has five sheets, named in the template's language (both names are read):
//!
//! | sheet | what |
//! |---|---|
//! | Instructions / 填写说明 | how to fill it in |
//! | Results / 结果 | one row per requirement: ID, sub-clause, our title, certainty, **status** (a drop-down of the five statuses), evidence kind / reference / date, notes, justification, remediation owner and due date, extensions (JSON) |
//! | Metadata / 基本信息 | the seven metadata fields, and the document's extensions (JSON) |
//! | Facts / 事实 | the facts the hard numbers are checked against: typed cells with validation |
//! | Key posts / 关键岗位 | one row per key post: post, people |
//!
//! **Several evidence items for one requirement**: a row whose ID cell is empty adds one
//! more evidence item (kind, reference, date) to the requirement above it; the other
//! cells of such a row must stay empty.
//!
//! **How cells are read** (a workbook is untrusted input, like a JSON document):
//! - the file may be at most [`MAX_WORKBOOK_BYTES`], unpack to at most
//!   [`MAX_UNPACKED_BYTES`] (checked by unpacking, not by trusting the sizes the archive
//!   declares), hold at most [`MAX_ENTRIES`] parts, and each sheet may reach at most row
//!   [`MAX_ROWS`] and column [`MAX_COLUMNS`]; anything larger is refused before it is read;
//! - no formula is evaluated: a formula cell reads as the value the spreadsheet program
//!   saved with it (its cached value), and the import says so in a note;
//! - a merged cell's value belongs to its top-left cell; the others read as empty;
//! - sheets other than the five are ignored, hidden or not; the five are read by name;
//! - a date may be a date cell, a number (a date serial, 1900 or 1904 system) or text
//!   `2025-06-30`, `2025/6/30` or `2025年6月30日`;
//! - a whole number may be a number cell or text; a status, evidence kind or location
//!   may be written in English (`partially implemented`, `partially_implemented`) or
//!   Chinese (`部分符合`); a yes/no fact is a boolean cell, `yes`/`no`, `true`/`false` or
//!   `是`/`否`;
//! - a cell of the wrong type (a date where a number belongs, text in a date column, an
//!   error value such as `#N/A`) is an [`CellError`] naming the cell and the pointer.
//!
//! ```
//! use gbt39204::assessment::parse;
//! use gbt39204::spreadsheet::{import, template};
//! use gbt39204::Lang;
//!
//! let doc = parse(r#"{
//!   "metadata": {
//!     "organisation": "Example Grid Co.", "cii_name": "Dispatch system",
//!     "cii_identifier": "CII-0001", "scope": "Dispatch control", "assessor": "Li Wei",
//!     "assessment_date": "2025-06-30", "catalog_version": "0.2.0"
//!   },
//!   "results": [{ "requirement": "7.4.c", "status": "implemented",
//!     "evidence": [{ "kind": "record", "reference": "Training ledger 2024" },
//!                  { "kind": "report", "reference": "Course report", "date": "2025-01-10" }] }],
//!   "facts": { "training_hours_per_person_year": 32 }
//! }"#)?;
//! let xlsx = template(Lang::Zh, Some(&doc))?;
//! let back = import(&xlsx)?;
//! assert_eq!(back.document, doc);
//! assert_eq!(back.cell("/results/0/status").as_deref(), Some("结果!E20"));
//! assert_eq!(back.cell("/results/0/evidence/1/date").as_deref(), Some("结果!H21"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod guard;
mod layout;
mod read;
mod write;

use thiserror::Error;

pub use guard::{MAX_COLUMNS, MAX_ENTRIES, MAX_ROWS, MAX_UNPACKED_BYTES, MAX_WORKBOOK_BYTES};
pub use read::{Import, import};
pub use write::template;

/// Why a template could not be written.
#[derive(Debug, Error)]
#[error("cannot write the workbook: {0}")]
pub struct TemplateError(#[from] rust_xlsxwriter::XlsxError);

/// One cell that cannot be read as what its column holds.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{cell} (`{pointer}`): {message}")]
pub struct CellError {
    /// The cell, `结果!E14` or `Results!E14`.
    pub cell: String,
    /// The JSON pointer of the value the cell becomes, `/results/12/status`.
    pub pointer: String,
    /// What is wrong and what the cell should hold.
    pub message: String,
}

/// Why a workbook could not be imported.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The file is larger than [`MAX_WORKBOOK_BYTES`].
    #[error("the workbook is {bytes} bytes, over the limit of {limit}; keep attachments out of it")]
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The file is not an XLSX workbook (not a zip archive, or one without a workbook).
    #[error("not an XLSX workbook: {0}; save it from the spreadsheet program as .xlsx")]
    NotAWorkbook(String),
    /// The archive unpacks to too much, has too many parts, or a sheet is too large.
    #[error("the workbook is refused: {0}")]
    Refused(String),
    /// A sheet the workbook must have is missing.
    #[error("the workbook has no sheet `{en}` or `{zh}`; start from `gbt39204 template`")]
    MissingSheet {
        /// The English name.
        en: &'static str,
        /// The Chinese name.
        zh: &'static str,
    },
    /// Cells that cannot be read; every one is listed.
    #[error("{} cell(s) cannot be read:\n{}", .0.len(), list(.0))]
    Cells(Vec<CellError>),
}

fn list(errors: &[CellError]) -> String {
    errors
        .iter()
        .map(|e| format!("  {e}"))
        .collect::<Vec<_>>()
        .join("\n")
}
