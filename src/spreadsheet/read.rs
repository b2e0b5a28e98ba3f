//! Reading a filled workbook with calamine into an assessment document.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx};
use jiff::civil::Date;
use serde_json::{Map, Value};

use super::layout::{
    FACT_ROWS, FACTS, FIRST_ROW, FactKind, METADATA, METADATA_ROWS, POSTS, RESULTS, Sheet,
    cell_name, col,
};
use super::{CellError, ImportError, guard};
use crate::Lang;
use crate::assessment::{
    AssessmentDocument, Evidence, Extensions, Facts, Location, Metadata, PostStaffing, Remediation,
    RequirementResult, Status,
};

/// A workbook read back: the document, notes on how cells were read, and where each
/// value came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// The assessment document the workbook holds (validate or assess it as any other).
    pub document: AssessmentDocument<'static>,
    /// How some cells were read: formula cells (their cached value), dates given as
    /// numbers or text. Each names its cell.
    pub notes: Vec<String>,
    /// JSON pointer → cell.
    cells: BTreeMap<String, String>,
    /// Requirement ID → its row's status cell, for rows left without a status.
    blank_rows: BTreeMap<String, String>,
}

impl Import {
    /// The cell a JSON pointer of [`Import::document`] came from (`/results/3/status` →
    /// `结果!E5`): the value's own cell, or the nearest enclosing one.
    #[must_use]
    pub fn cell(&self, pointer: &str) -> Option<String> {
        let mut p = pointer;
        loop {
            if let Some(c) = self.cells.get(p) {
                return Some(c.clone());
            }
            p = &p[..p.rfind('/')?];
        }
    }

    /// The cell to show for a diagnostic: its pointer's cell, or for a requirement with
    /// no result, the status cell of that requirement's row.
    #[must_use]
    pub fn cell_for(&self, diagnostic: &crate::assessment::Diagnostic) -> Option<String> {
        if let (Some(id), "/results") = (diagnostic.requirement, diagnostic.pointer.as_str()) {
            return self.blank_rows.get(id.as_str()).cloned();
        }
        self.cell(&diagnostic.pointer)
    }
}

/// Reads a filled workbook. Every cell problem is collected before returning.
///
/// # Errors
/// [`ImportError`]: the file is too large, not a workbook, refused by the limits, lacks a
/// sheet, or has cells that cannot be read (all listed, each with its cell and pointer).
pub fn import(bytes: &[u8]) -> Result<Import, ImportError> {
    let checked = guard::check(bytes)?;
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| ImportError::NotAWorkbook(e.to_string()))?;
    let mut r = Reading {
        date1904: checked.date1904,
        errors: Vec::new(),
        notes: Vec::new(),
        cells: BTreeMap::new(),
        blank_rows: BTreeMap::new(),
    };
    let results = Reading::sheet(&mut book, RESULTS)?;
    let metadata = Reading::sheet(&mut book, METADATA)?;
    let facts = Reading::sheet(&mut book, FACTS)?;
    let posts = Reading::sheet(&mut book, POSTS)?;

    let (metadata, extensions) = r.metadata(&metadata);
    let results = r.results(&results);
    let facts = r.facts(&facts, &posts);
    if !r.errors.is_empty() {
        return Err(ImportError::Cells(r.errors));
    }
    let (Some(metadata), Some(facts)) = (metadata, facts) else {
        return Err(ImportError::Cells(r.errors));
    };
    Ok(Import {
        document: crate::assessment::migrate(AssessmentDocument {
            metadata,
            results,
            facts,
            extensions,
            migration: None,
            byte_order_mark: false,
        }),
        notes: r.notes,
        cells: r.cells,
        blank_rows: r.blank_rows,
    })
}

/// One sheet's cells and formulas, with the name it has in this workbook.
struct Grid {
    name: String,
    cells: Range<Data>,
    formulas: Range<String>,
}

impl Grid {
    fn get(&self, row: u32, col: u16) -> &Data {
        self.cells
            .get_value((row, u32::from(col)))
            .unwrap_or(&Data::Empty)
    }

    fn last_row(&self) -> u32 {
        self.cells.end().map_or(0, |(r, _)| r)
    }

    fn is_formula(&self, row: u32, col: u16) -> bool {
        self.formulas
            .get_value((row, u32::from(col)))
            .is_some_and(|f| !f.is_empty())
    }
}

struct Reading {
    date1904: bool,
    errors: Vec<CellError>,
    notes: Vec<String>,
    cells: BTreeMap<String, String>,
    blank_rows: BTreeMap<String, String>,
}

fn is_blank(d: &Data) -> bool {
    match d {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

impl Reading {
    fn sheet(book: &mut Xlsx<Cursor<&[u8]>>, sheet: Sheet) -> Result<Grid, ImportError> {
        let names = book.sheet_names();
        let Some(name) = names
            .iter()
            .find(|n| n.trim() == sheet.en || n.trim() == sheet.zh)
            .cloned()
        else {
            return Err(ImportError::MissingSheet {
                en: sheet.en,
                zh: sheet.zh,
            });
        };
        let cells = book
            .worksheet_range(&name)
            .map_err(|e| ImportError::NotAWorkbook(format!("sheet `{name}`: {e}")))?;
        let formulas = book.worksheet_formula(&name).unwrap_or_default();
        Ok(Grid {
            name,
            cells,
            formulas,
        })
    }

    fn error(
        &mut self,
        grid: &Grid,
        row: u32,
        col: u16,
        pointer: &str,
        message: impl Into<String>,
    ) {
        self.errors.push(CellError {
            cell: cell_name(&grid.name, row, col),
            pointer: pointer.to_owned(),
            message: message.into(),
        });
    }

    /// Records where `pointer` came from, and notes a formula cell.
    fn mark(&mut self, grid: &Grid, row: u32, col: u16, pointer: String) {
        let cell = cell_name(&grid.name, row, col);
        if grid.is_formula(row, col) {
            self.notes.push(format!(
                "{cell} holds a formula; the value saved with it was read (formulas are not evaluated)"
            ));
        }
        self.cells.insert(pointer, cell);
    }

    /// A text cell; numbers and booleans read as their text, a date as `YYYY-MM-DD`.
    fn text(&mut self, grid: &Grid, row: u32, col: u16, pointer: &str) -> Option<String> {
        match grid.get(row, col) {
            Data::Empty => None,
            Data::String(s) if s.trim().is_empty() => None,
            Data::String(s) | Data::DurationIso(s) => Some(s.clone()),
            Data::Int(i) => Some(i.to_string()),
            Data::Float(f) => Some(f.to_string()),
            Data::Bool(b) => Some(b.to_string()),
            Data::DateTime(_) | Data::DateTimeIso(_) => {
                self.date(grid, row, col, pointer).map(|d| d.to_string())
            }
            Data::Error(e) => {
                self.error(
                    grid,
                    row,
                    col,
                    pointer,
                    format!("the cell holds the error value {e}; put text in it"),
                );
                None
            }
        }
    }

    /// A date cell, a date serial number, or text `2025-06-30`, `2025/6/30`, `2025年6月30日`.
    fn date(&mut self, grid: &Grid, row: u32, col: u16, pointer: &str) -> Option<Date> {
        let value = grid.get(row, col);
        let parsed = match value {
            Data::Empty => return None,
            Data::String(s) if s.trim().is_empty() => return None,
            Data::DateTime(d) if d.is_datetime() => serial_date(d.as_f64(), self.date1904),
            Data::Float(f) => serial_date(*f, self.date1904),
            #[allow(clippy::cast_precision_loss, reason = "date serials are below 2^53")]
            Data::Int(i) => serial_date(*i as f64, self.date1904),
            Data::String(s) | Data::DateTimeIso(s) => text_date(s),
            _ => None,
        };
        if parsed.is_none() {
            self.error(
                grid,
                row,
                col,
                pointer,
                format!("`{value}` is not a date; enter a date such as 2025-06-30"),
            );
        }
        parsed
    }

    /// A whole number in `min..=max`: a number cell or text.
    fn whole(
        &mut self,
        grid: &Grid,
        row: u32,
        col: u16,
        pointer: &str,
        min: u16,
        max: u16,
    ) -> Option<u16> {
        let value = grid.get(row, col);
        let n: Option<f64> = match value {
            Data::Empty => return None,
            Data::String(s) if s.trim().is_empty() => return None,
            Data::Float(f) => Some(*f),
            #[allow(
                clippy::cast_precision_loss,
                reason = "checked against a u16 range below"
            )]
            Data::Int(i) => Some(*i as f64),
            Data::String(s) => s.trim().parse::<f64>().ok(),
            _ => None,
        };
        match n {
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "whole and within the u16 range"
            )]
            Some(n) if n.fract() == 0.0 && n >= f64::from(min) && n <= f64::from(max) => {
                Some(n as u16)
            }
            _ => {
                self.error(
                    grid,
                    row,
                    col,
                    pointer,
                    format!("`{value}` is not a whole number from {min} to {max}"),
                );
                None
            }
        }
    }

    fn metadata(&mut self, grid: &Grid) -> (Option<Metadata>, Option<Extensions>) {
        let rows = Self::keyed_rows(grid);
        let mut text = BTreeMap::new();
        let mut date = None;
        let mut extensions = None;
        for (key, ..) in METADATA_ROWS {
            let pointer = format!("/metadata/{key}");
            let Some(&row) = rows.get(key) else {
                self.error(
                    grid,
                    FIRST_ROW,
                    0,
                    &pointer,
                    format!("no row with key `{key}` in column A; start from `gbt39204 template`"),
                );
                continue;
            };
            match key {
                "assessment_date" => {
                    self.mark(grid, row, 2, pointer.clone());
                    date = self.date(grid, row, 2, &pointer);
                    if date.is_none() && is_blank(grid.get(row, 2)) {
                        self.error(grid, row, 2, &pointer, "the assessment date is required");
                    }
                }
                "extensions" => {
                    self.mark(grid, row, 2, "/extensions".to_owned());
                    extensions = self.json_object(grid, row, 2, "/extensions");
                }
                _ => {
                    self.mark(grid, row, 2, pointer.clone());
                    let value = self.text(grid, row, 2, &pointer).unwrap_or_default();
                    text.insert(key, value);
                }
            }
        }
        let mut take = |k: &str| text.remove(k).unwrap_or_default();
        let metadata = date.map(|assessment_date| Metadata {
            organisation: take("organisation"),
            cii_name: take("cii_name"),
            cii_identifier: take("cii_identifier"),
            scope: take("scope"),
            assessor: take("assessor"),
            assessment_date,
            catalog_version: take("catalog_version"),
        });
        (metadata, extensions)
    }

    /// Column A's keys → their rows.
    fn keyed_rows(grid: &Grid) -> BTreeMap<String, u32> {
        let mut rows = BTreeMap::new();
        for row in FIRST_ROW..=grid.last_row() {
            if let Data::String(k) = grid.get(row, 0) {
                rows.entry(k.trim().to_owned()).or_insert(row);
            }
        }
        rows
    }

    fn json_object(
        &mut self,
        grid: &Grid,
        row: u32,
        col: u16,
        pointer: &str,
    ) -> Option<Extensions> {
        let text = self.text(grid, row, col, pointer)?;
        // Kept as written, as in a JSON document: big numbers, key order and all.
        if let Ok(extensions) = Extensions::from_json(&text) {
            return Some(extensions);
        }
        self.error(
            grid,
            row,
            col,
            pointer,
            "not a JSON object such as {\"ticket\": \"OPS-1\"}; leave it empty if unsure",
        );
        None
    }

    fn results(&mut self, grid: &Grid) -> Vec<RequirementResult<'static>> {
        let mut results: Vec<RequirementResult<'static>> = Vec::new();
        let own = [
            col::STATUS,
            col::NOTES,
            col::JUSTIFICATION,
            col::OWNER,
            col::DUE_DATE,
            col::EXTENSIONS,
        ];
        let evidence_cols = [
            col::EVIDENCE_KIND,
            col::EVIDENCE_REFERENCE,
            col::EVIDENCE_DATE,
        ];
        for row in FIRST_ROW..=grid.last_row() {
            let has = |c: &u16| !is_blank(grid.get(row, *c));
            let id = match grid.get(row, col::ID) {
                Data::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
                d if !is_blank(d) => Some(d.to_string()),
                _ => None,
            };
            let Some(id) = id else {
                if own.iter().any(has) {
                    let pointer = format!("/results/{}", results.len());
                    self.error(grid, row, col::ID, &pointer, "a row without an ID may hold only more evidence (columns F to H); write the requirement's ID here");
                } else if evidence_cols.iter().any(has) {
                    match results.len().checked_sub(1) {
                        Some(k) => {
                            let e = self.evidence(grid, row, k, results[k].evidence.len());
                            if let Some(e) = e {
                                results[k].evidence.push(e);
                            }
                        }
                        None => self.error(grid, row, col::ID, "/results", "evidence without a requirement above it; write the requirement's ID here"),
                    }
                }
                continue;
            };
            let k = results.len();
            let pointer = format!("/results/{k}");
            if is_blank(grid.get(row, col::STATUS)) {
                if own.iter().chain(&evidence_cols).any(has) {
                    self.error(
                        grid,
                        row,
                        col::STATUS,
                        &format!("{pointer}/status"),
                        "the status is blank; choose one from the drop-down",
                    );
                } else {
                    self.blank_rows
                        .entry(id)
                        .or_insert_with(|| cell_name(&grid.name, row, col::STATUS));
                }
                continue;
            }
            let mut result = self.result_row(grid, row, id, &pointer);
            if evidence_cols.iter().any(has) {
                result.evidence.extend(self.evidence(grid, row, k, 0));
            }
            results.push(result);
        }
        results
    }

    /// The result on a row with an ID and a status (its evidence is added by the caller).
    fn result_row(
        &mut self,
        grid: &Grid,
        row: u32,
        id: String,
        pointer: &str,
    ) -> RequirementResult<'static> {
        self.mark(grid, row, col::ID, pointer.to_owned());
        self.mark(grid, row, col::ID, format!("{pointer}/requirement"));
        for (c, field) in [
            (col::STATUS, "status"),
            (col::NOTES, "notes"),
            (col::JUSTIFICATION, "justification"),
            (col::OWNER, "remediation"),
            (col::DUE_DATE, "remediation/due_date"),
            (col::EXTENSIONS, "extensions"),
        ] {
            self.mark(grid, row, c, format!("{pointer}/{field}"));
        }
        self.mark(
            grid,
            row,
            col::OWNER,
            format!("{pointer}/remediation/owner"),
        );
        self.mark(grid, row, col::EVIDENCE_KIND, format!("{pointer}/evidence"));
        let status = self.status(grid, row, &format!("{pointer}/status"));
        let notes = self.text(grid, row, col::NOTES, &format!("{pointer}/notes"));
        let justification = self.text(
            grid,
            row,
            col::JUSTIFICATION,
            &format!("{pointer}/justification"),
        );
        let owner = self.text(
            grid,
            row,
            col::OWNER,
            &format!("{pointer}/remediation/owner"),
        );
        let due_date = self.date(
            grid,
            row,
            col::DUE_DATE,
            &format!("{pointer}/remediation/due_date"),
        );
        let remediation = match (owner, due_date) {
            (None, None) => None,
            (owner, due_date) => Some(Remediation {
                owner: owner.unwrap_or_default().into(),
                due_date,
            }),
        };
        let extensions =
            self.json_object(grid, row, col::EXTENSIONS, &format!("{pointer}/extensions"));
        RequirementResult {
            requirement: id.into(),
            // An unreadable status is already an error; the placeholder is never returned.
            status: status.unwrap_or(Status::NotAssessed),
            evidence: Vec::new(),
            notes: notes.map(Into::into),
            justification: justification.map(Into::into),
            remediation,
            extensions,
        }
    }

    fn status(&mut self, grid: &Grid, row: u32, pointer: &str) -> Option<Status> {
        let text = self.text(grid, row, col::STATUS, pointer)?;
        match text.parse::<Status>() {
            Ok(s) => Some(s),
            Err(e) => {
                let allowed: Vec<String> = <Status as strum::IntoEnumIterator>::iter()
                    .map(|s| format!("{} / {}", s.name(Lang::Zh), s.name(Lang::En)))
                    .collect();
                self.error(
                    grid,
                    row,
                    col::STATUS,
                    pointer,
                    format!("{e}; choose one of {}", allowed.join(", ")),
                );
                None
            }
        }
    }

    /// The evidence item on `row`, the `j`-th of result `k`.
    fn evidence(&mut self, grid: &Grid, row: u32, k: usize, j: usize) -> Option<Evidence<'static>> {
        let pointer = format!("/results/{k}/evidence/{j}");
        self.mark(grid, row, col::EVIDENCE_KIND, pointer.clone());
        self.mark(grid, row, col::EVIDENCE_KIND, format!("{pointer}/kind"));
        self.mark(
            grid,
            row,
            col::EVIDENCE_REFERENCE,
            format!("{pointer}/reference"),
        );
        self.mark(grid, row, col::EVIDENCE_DATE, format!("{pointer}/date"));
        let kind_pointer = format!("{pointer}/kind");
        let kind = match self.text(grid, row, col::EVIDENCE_KIND, &kind_pointer) {
            None => {
                self.error(
                    grid,
                    row,
                    col::EVIDENCE_KIND,
                    &kind_pointer,
                    "the evidence kind is blank; choose one from the drop-down",
                );
                None
            }
            Some(text) => match text.parse::<crate::assessment::EvidenceKind>() {
                Ok(kind) => Some(kind),
                Err(e) => {
                    self.error(grid, row, col::EVIDENCE_KIND, &kind_pointer, e.to_string());
                    None
                }
            },
        };
        let reference = self
            .text(
                grid,
                row,
                col::EVIDENCE_REFERENCE,
                &format!("{pointer}/reference"),
            )
            .unwrap_or_default();
        let date = self.date(grid, row, col::EVIDENCE_DATE, &format!("{pointer}/date"));
        Some(Evidence {
            kind: kind?,
            reference: reference.into(),
            date,
        })
    }

    fn facts(&mut self, grid: &Grid, posts: &Grid) -> Option<Facts> {
        let rows = Self::keyed_rows(grid);
        let mut map = Map::new();
        for (key, kind, ..) in FACT_ROWS {
            let Some(&row) = rows.get(key) else {
                continue;
            };
            let pointer = format!("/facts/{key}");
            self.mark(grid, row, 2, pointer.clone());
            let value = match kind {
                FactKind::Whole { min, max } => self
                    .whole(grid, row, 2, &pointer, min, max)
                    .map(Value::from),
                FactKind::Date => self
                    .date(grid, row, 2, &pointer)
                    .map(|d| Value::from(d.to_string())),
                FactKind::Location => self
                    .location(grid, row, &pointer)
                    .map(|l| Value::from(<&str>::from(l))),
                FactKind::YesNo => self.yes_no(grid, row, &pointer).map(Value::from),
            };
            if let Some(v) = value {
                map.insert(key.to_owned(), v);
            }
        }
        let mut staffing = Vec::new();
        for row in FIRST_ROW..=posts.last_row() {
            let pointer = format!("/facts/key_post_staffing/{}", staffing.len());
            let post = self.text(posts, row, 0, &format!("{pointer}/post"));
            let people = self.whole(posts, row, 1, &format!("{pointer}/people"), 0, u16::MAX);
            match (post, people) {
                (None, None) => {}
                (Some(post), Some(people)) => {
                    self.mark(posts, row, 0, pointer.clone());
                    self.mark(posts, row, 0, format!("{pointer}/post"));
                    self.mark(posts, row, 1, format!("{pointer}/people"));
                    staffing.push(PostStaffing { post, people });
                }
                (None, Some(_)) => {
                    self.error(posts, row, 0, &format!("{pointer}/post"), "name the post");
                }
                (Some(_), None) => {
                    if is_blank(posts.get(row, 1)) {
                        self.error(
                            posts,
                            row,
                            1,
                            &format!("{pointer}/people"),
                            "give the number of people on this post",
                        );
                    }
                }
            }
        }
        // Every value was typed above; the derive only assembles them.
        let mut facts: Facts = serde_json::from_value(Value::Object(map)).ok()?;
        facts.key_post_staffing = staffing;
        Some(facts)
    }

    fn location(&mut self, grid: &Grid, row: u32, pointer: &str) -> Option<Location> {
        let text = self.text(grid, row, 2, pointer)?;
        match text.parse() {
            Ok(l) => Some(l),
            Err(e) => {
                self.error(
                    grid,
                    row,
                    2,
                    pointer,
                    format!("{e}; choose 境内 / onshore, 境外 / offshore or 境内外 / mixed"),
                );
                None
            }
        }
    }

    fn yes_no(&mut self, grid: &Grid, row: u32, pointer: &str) -> Option<bool> {
        if let Data::Bool(b) = grid.get(row, 2) {
            return Some(*b);
        }
        let text = self.text(grid, row, 2, pointer)?;
        match text.trim().to_lowercase().as_str() {
            "yes" | "y" | "true" | "是" | "1" => Some(true),
            "no" | "n" | "false" | "否" | "0" => Some(false),
            _ => {
                self.error(
                    grid,
                    row,
                    2,
                    pointer,
                    format!("`{text}` is not yes or no (是 / 否)"),
                );
                None
            }
        }
    }
}

/// A spreadsheet date serial (days since 1899-12-30 in the 1900 system, counting the
/// 1900 system's fictitious 29 February; since 1904-01-01 in the 1904 system).
fn serial_date(serial: f64, date1904: bool) -> Option<Date> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    #[allow(
        clippy::cast_possible_truncation,
        reason = "finite and within 1..2958466"
    )]
    let days = serial.floor() as i32;
    let (base, days) = if date1904 {
        (jiff::civil::date(1904, 1, 1), days)
    } else if days < 60 {
        (jiff::civil::date(1899, 12, 31), days)
    } else if days == 60 {
        return None; // 1900-02-29 does not exist
    } else {
        (jiff::civil::date(1899, 12, 30), days)
    };
    base.checked_add(jiff::Span::new().days(days)).ok()
}

/// `2025-06-30`, `2025/6/30`, `2025.6.30` or `2025年6月30日`; a time after the date (ISO
/// `2025-06-30T00:00:00`) is ignored.
fn text_date(text: &str) -> Option<Date> {
    let t = text.trim();
    let t = t.split(['T', ' ']).next().unwrap_or(t);
    let t = t.strip_suffix('日').unwrap_or(t);
    let parts: Vec<&str> = t.split(['-', '/', '.', '年', '月']).collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = (
        y.parse::<i16>().ok()?,
        m.parse::<i8>().ok()?,
        d.parse::<i8>().ok()?,
    );
    Date::new(y, m, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_from_serials_and_text() {
        // 45838 is 2025-06-30 in Excel's 1900 system (checked in LibreOffice: =DATE(2025;6;30)).
        assert_eq!(
            serial_date(45838.0, false),
            Some(jiff::civil::date(2025, 6, 30))
        );
        assert_eq!(
            serial_date(45838.75, false),
            Some(jiff::civil::date(2025, 6, 30))
        );
        // 1 is 1900-01-01; 61 is 1900-03-01; 60 is Excel's fictitious 1900-02-29.
        assert_eq!(serial_date(1.0, false), Some(jiff::civil::date(1900, 1, 1)));
        assert_eq!(
            serial_date(61.0, false),
            Some(jiff::civil::date(1900, 3, 1))
        );
        assert_eq!(serial_date(60.0, false), None);
        // The 1904 system is 1462 days behind.
        assert_eq!(
            serial_date(45838.0 - 1462.0, true),
            Some(jiff::civil::date(2025, 6, 30))
        );
        assert_eq!(serial_date(f64::NAN, false), None);
        assert_eq!(serial_date(-3.0, false), None);
        assert_eq!(serial_date(1e300, false), None);
        for t in [
            "2025-06-30",
            "2025/6/30",
            "2025.06.30",
            "2025年6月30日",
            "2025-06-30T00:00:00",
        ] {
            assert_eq!(text_date(t), Some(jiff::civil::date(2025, 6, 30)), "{t}");
        }
        assert_eq!(text_date("2025-02-30"), None);
        assert_eq!(text_date("30/06/2025"), None);
        assert_eq!(text_date("soon"), None);
    }
}
