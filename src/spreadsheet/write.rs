//! Writing the template workbook with `rust_xlsxwriter`.

use std::collections::HashSet;

use jiff::civil::Date;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, ExcelDateTime, Format, FormatBorder, Workbook,
    Worksheet, XlsxError,
};
use strum::IntoEnumIterator;

use super::TemplateError;
use super::layout::{
    FACT_ROWS, FIRST_ROW, FactKind, INSTRUCTIONS, METADATA, METADATA_ROWS, POSTS, RESULT_COLUMNS,
    RESULTS, col, location_name, yes_no,
};
use crate::assessment::{
    AssessmentDocument, Evidence, EvidenceKind, Location, RequirementResult, Status,
};
use crate::{Lang, RequirementId, catalog};

/// How many rows of the results sheet carry the drop-downs and date validation: the 111
/// requirements and room for continuation rows.
const VALIDATED_ROWS: u32 = 2000;

/// Writes the self-assessment workbook in `lang`, pre-filled from `from` when given.
///
/// The results sheet has one row per requirement in the standard's order, then one row
/// for each result of `from` that names no catalog requirement or repeats one (its ID as
/// written), so that importing the workbook gives `from` back.
///
/// # Errors
/// [`TemplateError`] when the workbook cannot be assembled (a text over Excel's limit
/// of 32,767 characters in one cell).
pub fn template(lang: Lang, from: Option<&AssessmentDocument>) -> Result<Vec<u8>, TemplateError> {
    let mut book = Workbook::new();
    let styles = Styles::new();
    instructions(book.add_worksheet(), lang, &styles)?;
    results(book.add_worksheet(), lang, from, &styles)?;
    metadata(book.add_worksheet(), lang, from, &styles)?;
    facts(book.add_worksheet(), lang, from, &styles)?;
    posts(book.add_worksheet(), lang, from, &styles)?;
    Ok(book.save_to_buffer()?)
}

struct Styles {
    head: Format,
    date: Format,
    fixed: Format,
    wrap: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            head: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0x00DD_EBF7))
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            fixed: Format::new().set_font_color(Color::RGB(0x0057_606A)),
            wrap: Format::new().set_text_wrap(),
        }
    }
}

fn l(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

fn excel_date(d: Date) -> Result<ExcelDateTime, XlsxError> {
    let (y, m, day) = (d.year(), d.month(), d.day());
    ExcelDateTime::from_ymd(
        u16::try_from(y).map_err(|_| XlsxError::DateTimeRangeError(format!("year {y}")))?,
        u8::try_from(m).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
}

fn heading(sheet: &mut Worksheet, heads: &[&str], styles: &Styles) -> Result<(), XlsxError> {
    for (i, h) in heads.iter().enumerate() {
        sheet.write_string_with_format(0, u16::try_from(i).unwrap_or(0), *h, &styles.head)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn list(values: &[&str], lang: Lang, what: &str) -> Result<DataValidation, XlsxError> {
    DataValidation::new()
        .allow_list_strings(values)?
        .set_error_title(l(lang, "Not on the list", "不在可选范围内"))?
        .set_error_message(format!("{what}: {}", values.join(", ")))
}

fn instructions(sheet: &mut Worksheet, lang: Lang, styles: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(INSTRUCTIONS.name(lang))?;
    sheet.set_column_width(0, 110)?;
    let lines: &[&str] = match lang {
        Lang::En => &[
            "GB/T 39204-2022 self-assessment workbook",
            "Titles are this project's summaries, not the standard's wording; certainty says whether an item is transcribed, implied or reconstructed.",
            "1. Metadata: fill in every field (the assessment date as a date).",
            "2. Results: pick a status for each requirement from the drop-down. Implemented needs evidence; not applicable needs a justification; not or partially implemented should name a remediation owner and due date.",
            "3. More than one piece of evidence: insert a row below the requirement, leave its ID empty and fill only the evidence kind, reference and date.",
            "4. Facts: the numbers the standard's hard requirements are checked against (leave blank what you do not know). Key posts: one row per post.",
            "5. Read it back: gbt39204 import FILE.xlsx --out assessment.json, then gbt39204 assess assessment.json --format html.",
            "Formulas are not evaluated: the value your spreadsheet program saved is read. Other sheets are ignored.",
        ],
        Lang::Zh => &[
            "GB/T 39204-2022 自查表",
            "标题为本项目撰写的摘要，并非标准原文；“确定性”说明该条目为转录、推定或重建。",
            "1. 基本信息：逐项填写（评估日期填日期）。",
            "2. 结果：在下拉列表中为每项要求选择状态。“符合”须提供证据；“不适用”须说明理由；“不符合”“部分符合”应填写整改责任人和整改期限。",
            "3. 一项要求有多份证据：在该要求下方插入一行，编号留空，只填写证据类型、名称或位置和日期。",
            "4. 事实：用于核验标准量化指标的数据（不清楚的留空）。关键岗位：每个岗位一行。",
            "5. 读回：gbt39204 import 文件.xlsx --out assessment.json，然后 gbt39204 assess assessment.json --format html --lang zh。",
            "不计算公式：读取表格程序保存的值。其他工作表不读取。",
        ],
    };
    for (row, line) in (0u32..).zip(lines) {
        let format = if row == 0 { &styles.head } else { &styles.wrap };
        sheet.write_string_with_format(row, 0, *line, format)?;
    }
    sheet.set_active(true);
    Ok(())
}

/// The first result for each catalog requirement (its ID cell then keeps the ID as the
/// document writes it, `7.5.2 c)`), and the results left over (unknown IDs and
/// repeats), in document order.
fn place<'d>(
    doc: &'d AssessmentDocument<'_>,
) -> (
    Vec<Option<&'d RequirementResult<'d>>>,
    Vec<&'d RequirementResult<'d>>,
) {
    let mut slots = vec![None; catalog::requirements().len()];
    let mut rest = Vec::new();
    let mut seen = HashSet::new();
    for r in &doc.results {
        match r.requirement.parse::<RequirementId>() {
            Ok(id) if seen.insert(id) => {
                slots[catalog::position(id)] = Some(r);
            }
            _ => rest.push(r),
        }
    }
    (slots, rest)
}

fn results(
    sheet: &mut Worksheet,
    lang: Lang,
    from: Option<&AssessmentDocument>,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(RESULTS.name(lang))?;
    let heads: Vec<&str> = RESULT_COLUMNS
        .iter()
        .map(|(en, zh, _)| l(lang, en, zh))
        .collect();
    heading(sheet, &heads, styles)?;
    for (i, (_, _, width)) in (0u16..).zip(RESULT_COLUMNS) {
        sheet.set_column_width(i, width)?;
    }
    sheet.set_column_format(col::EVIDENCE_DATE, &styles.date)?;
    sheet.set_column_format(col::DUE_DATE, &styles.date)?;

    let statuses: Vec<&str> = Status::iter().map(|s| s.name(lang)).collect();
    let kinds: Vec<&str> = EvidenceKind::iter().map(|k| k.name(lang)).collect();
    let last = FIRST_ROW + VALIDATED_ROWS - 1;
    sheet.add_data_validation(
        FIRST_ROW,
        col::STATUS,
        last,
        col::STATUS,
        &list(&statuses, lang, l(lang, "Status", "状态"))?,
    )?;
    sheet.add_data_validation(
        FIRST_ROW,
        col::EVIDENCE_KIND,
        last,
        col::EVIDENCE_KIND,
        &list(&kinds, lang, l(lang, "Evidence kind", "证据类型"))?,
    )?;
    let date_rule = DataValidation::new()
        .allow_date(DataValidationRule::GreaterThanOrEqualTo(excel_date(
            jiff::civil::date(1990, 1, 1),
        )?))
        .set_error_message(l(
            lang,
            "Enter a date, e.g. 2025-06-30",
            "请填写日期，如 2025-06-30",
        ))?;
    for c in [col::EVIDENCE_DATE, col::DUE_DATE] {
        sheet.add_data_validation(FIRST_ROW, c, last, c, &date_rule)?;
    }

    let (slots, rest) = match from {
        Some(doc) => place(doc),
        None => (vec![None; catalog::requirements().len()], Vec::new()),
    };
    let mut row = FIRST_ROW;
    for (r, result) in catalog::requirements().iter().zip(slots) {
        let clause = r.clause();
        let written = result.map_or(r.id.as_str(), |res| &*res.requirement);
        sheet.write_string(row, col::ID, written)?;
        sheet.write_string_with_format(
            row,
            col::SUB_CLAUSE,
            format!("{clause} {}", clause.name(lang)),
            &styles.fixed,
        )?;
        sheet.write_string_with_format(row, col::TITLE, r.title(lang), &styles.fixed)?;
        sheet.write_string_with_format(
            row,
            col::CERTAINTY,
            r.certainty.name(lang),
            &styles.fixed,
        )?;
        row = match result {
            Some(result) => result_cells(sheet, row, lang, result, styles)?,
            None => row + 1,
        };
    }
    for result in rest {
        sheet.write_string(row, col::ID, &*result.requirement)?;
        row = result_cells(sheet, row, lang, result, styles)?;
    }
    Ok(())
}

/// Writes a result's own cells on `row` and its further evidence on continuation rows;
/// returns the next free row.
fn result_cells(
    sheet: &mut Worksheet,
    row: u32,
    lang: Lang,
    r: &RequirementResult,
    styles: &Styles,
) -> Result<u32, XlsxError> {
    sheet.write_string(row, col::STATUS, r.status.name(lang))?;
    let text = |sheet: &mut Worksheet, c: u16, value: Option<&str>| -> Result<(), XlsxError> {
        if let Some(v) = value {
            sheet.write_string(row, c, v)?;
        }
        Ok(())
    };
    text(sheet, col::NOTES, r.notes.as_deref())?;
    text(sheet, col::JUSTIFICATION, r.justification.as_deref())?;
    if let Some(rem) = &r.remediation {
        sheet.write_string(row, col::OWNER, &*rem.owner)?;
        if let Some(d) = rem.due_date {
            sheet.write_datetime_with_format(row, col::DUE_DATE, excel_date(d)?, &styles.date)?;
        }
    }
    if let Some(extensions) = &r.extensions {
        sheet.write_string(row, col::EXTENSIONS, extensions.get())?;
    }
    let mut at = row;
    for (i, e) in r.evidence.iter().enumerate() {
        if i > 0 {
            at += 1;
        }
        evidence(sheet, at, lang, e, styles)?;
    }
    Ok(at + 1)
}

fn evidence(
    sheet: &mut Worksheet,
    row: u32,
    lang: Lang,
    e: &Evidence,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.write_string(row, col::EVIDENCE_KIND, e.kind.name(lang))?;
    sheet.write_string(row, col::EVIDENCE_REFERENCE, &*e.reference)?;
    if let Some(d) = e.date {
        sheet.write_datetime_with_format(row, col::EVIDENCE_DATE, excel_date(d)?, &styles.date)?;
    }
    Ok(())
}

fn metadata(
    sheet: &mut Worksheet,
    lang: Lang,
    from: Option<&AssessmentDocument>,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(METADATA.name(lang))?;
    heading(
        sheet,
        &[
            l(lang, "Key", "键"),
            l(lang, "Field", "字段"),
            l(lang, "Value", "内容"),
        ],
        styles,
    )?;
    sheet.set_column_width(0, 18)?;
    sheet.set_column_width(1, 28)?;
    sheet.set_column_width(2, 50)?;
    for (row, (key, en, zh)) in (FIRST_ROW..).zip(METADATA_ROWS) {
        sheet.write_string_with_format(row, 0, key, &styles.fixed)?;
        sheet.write_string_with_format(row, 1, l(lang, en, zh), &styles.fixed)?;
        let Some(doc) = from else {
            if key == "catalog_version" {
                sheet.write_string(row, 2, catalog::VERSION)?;
            }
            continue;
        };
        let m = &doc.metadata;
        let value = match key {
            "organisation" => &m.organisation,
            "cii_name" => &m.cii_name,
            "cii_identifier" => &m.cii_identifier,
            "scope" => &m.scope,
            "assessor" => &m.assessor,
            "catalog_version" => &m.catalog_version,
            "assessment_date" => {
                sheet.write_datetime_with_format(
                    row,
                    2,
                    excel_date(m.assessment_date)?,
                    &styles.date,
                )?;
                continue;
            }
            _ => {
                if let Some(extensions) = &doc.extensions {
                    sheet.write_string(row, 2, extensions.get())?;
                }
                continue;
            }
        };
        sheet.write_string(row, 2, value)?;
    }
    Ok(())
}

fn facts(
    sheet: &mut Worksheet,
    lang: Lang,
    from: Option<&AssessmentDocument>,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(super::layout::FACTS.name(lang))?;
    heading(
        sheet,
        &[
            l(lang, "Key", "键"),
            l(lang, "Fact", "事实"),
            l(lang, "Value", "内容"),
            l(lang, "Checked at", "核验条款"),
        ],
        styles,
    )?;
    sheet.set_column_width(0, 30)?;
    sheet.set_column_width(1, 44)?;
    sheet.set_column_width(2, 16)?;
    sheet.set_column_width(3, 12)?;
    // The document's facts as JSON values by key: one serialisation, no per-field code.
    let values = from
        .and_then(|d| serde_json::to_value(&d.facts).ok())
        .unwrap_or_default();
    let locations: Vec<&str> = Location::iter().map(|x| location_name(x, lang)).collect();
    let yes_no_list = [yes_no(true, lang), yes_no(false, lang)];
    for (row, (key, kind, en, zh, at)) in (FIRST_ROW..).zip(FACT_ROWS) {
        sheet.write_string_with_format(row, 0, key, &styles.fixed)?;
        sheet.write_string_with_format(row, 1, l(lang, en, zh), &styles.fixed)?;
        sheet.write_string_with_format(row, 3, at, &styles.fixed)?;
        let validation = match kind {
            FactKind::Whole { min, max } => DataValidation::new()
                .allow_whole_number(DataValidationRule::Between(i32::from(min), i32::from(max)))
                .set_error_message(format!("{min}–{max}"))?,
            FactKind::Date => DataValidation::new()
                .allow_date(DataValidationRule::GreaterThanOrEqualTo(excel_date(
                    jiff::civil::date(1990, 1, 1),
                )?))
                .set_error_message(l(
                    lang,
                    "Enter a date, e.g. 2025-06-30",
                    "请填写日期，如 2025-06-30",
                ))?,
            FactKind::Location => list(&locations, lang, l(lang, "Location", "地点"))?,
            FactKind::YesNo => list(&yes_no_list, lang, l(lang, "Yes or no", "是或否"))?,
        };
        sheet.add_data_validation(row, 2, row, 2, &validation)?;
        let value = &values[key];
        match (kind, value) {
            (FactKind::Whole { .. }, serde_json::Value::Number(n)) => {
                #[allow(
                    clippy::cast_precision_loss,
                    reason = "facts are u8 or u16, exact as f64"
                )]
                let n = n.as_u64().unwrap_or_default() as f64;
                sheet.write_number(row, 2, n)?;
            }
            (FactKind::Date, serde_json::Value::String(s)) => {
                if let Ok(d) = s.parse::<Date>() {
                    sheet.write_datetime_with_format(row, 2, excel_date(d)?, &styles.date)?;
                }
            }
            (FactKind::Location, serde_json::Value::String(s)) => {
                if let Ok(loc) = s.parse::<Location>() {
                    sheet.write_string(row, 2, location_name(loc, lang))?;
                }
            }
            (FactKind::YesNo, serde_json::Value::Bool(b)) => {
                sheet.write_string(row, 2, yes_no(*b, lang))?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn posts(
    sheet: &mut Worksheet,
    lang: Lang,
    from: Option<&AssessmentDocument>,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(POSTS.name(lang))?;
    heading(
        sheet,
        &[l(lang, "Key post", "关键岗位"), l(lang, "People", "人数")],
        styles,
    )?;
    sheet.set_column_width(0, 40)?;
    sheet.set_column_width(1, 10)?;
    sheet.add_data_validation(
        FIRST_ROW,
        1,
        FIRST_ROW + 500,
        1,
        &DataValidation::new()
            .allow_whole_number(DataValidationRule::Between(0, i32::from(u16::MAX)))
            .set_error_message(l(lang, "A whole number of people", "请填写人数（整数）"))?,
    )?;
    for (row, p) in (FIRST_ROW..).zip(
        from.map(|d| d.facts.key_post_staffing.as_slice())
            .unwrap_or_default(),
    ) {
        sheet.write_string(row, 0, &p.post)?;
        sheet.write_number(row, 1, f64::from(p.people))?;
    }
    Ok(())
}
