//! Validation: everything wrong with an assessment document, all at once, as
//! [`Diagnostic`]s with a stable [`DiagnosticCode`], a [`Severity`], a JSON pointer, the
//! requirement concerned and a message in English and Chinese.
//!
//! ```
//! use gbt39204::assessment::{validate, AssessOptions, DiagnosticCode, Severity};
//!
//! let doc = gbt39204::assessment::parse(r#"{
//!   "metadata": {
//!     "organisation": "Example Grid Co.", "cii_name": "Dispatch system",
//!     "cii_identifier": "CII-0001", "scope": "Dispatch control", "assessor": "Li Wei",
//!     "assessment_date": "2025-06-30", "catalog_version": "0.2.0"
//!   },
//!   "results": [{ "requirement": "7.4.x", "status": "implemented" }]
//! }"#).unwrap();
//! let diagnostics = validate(&doc, &AssessOptions::default());
//! let unknown = diagnostics.iter().find(|d| d.code == DiagnosticCode::UnknownRequirement).unwrap();
//! assert_eq!(unknown.pointer, "/results/0/requirement");
//! assert_eq!(unknown.severity, Severity::Error);
//! assert_eq!(unknown.suggestion.map(|s| s.to_string()).as_deref(), Some("7.4.a"));
//! assert!(unknown.message.zh.contains("7.4.x"));
//! // The other 111 requirements are reported missing, in the same pass.
//! let missing = diagnostics.iter().filter(|d| d.code == DiagnosticCode::MissingRequirement);
//! assert_eq!(missing.count(), 111);
//! ```

use std::borrow::Cow;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::STANDARD_PUBLISHED;
use super::document::{AssessmentDocument, Status};
use crate::model::{IdError, RequirementId, Text};

crate::model::names::vocabulary_enum! {
    /// How serious a finding is.
    ///
    /// `error`: the document is wrong or contradicts itself and should be corrected;
    /// `warning`: the document is probably incomplete or stale; `info`: worth knowing.
    /// None of them stops the assessment from being scored.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Severity {
        /// The document is wrong or contradicts itself.
        Error,
        /// The document is probably incomplete or stale.
        Warning,
        /// Worth knowing; nothing to fix.
        Info,
    }
}

impl Severity {
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Severity::Error => &["错误"],
            Severity::Warning => &["warn", "警告"],
            Severity::Info => &["note", "提示"],
        }
    }
}

crate::model::names::lenient_from_str!(Severity, "severity");

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident, $severity:ident, $en:literal, $zh:literal; )+) => {
        /// The stable code of a diagnostic; its `snake_case` name is the code printed and
        /// serialised. Each code has a fixed severity.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
            strum::EnumIter, strum::EnumCount, strum::IntoStaticStr, strum::Display,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum DiagnosticCode {
            $( $(#[$doc])* $variant, )+
        }

        impl DiagnosticCode {
            fn aliases(self) -> &'static [&'static str] {
                &[]
            }

            /// The code's fixed severity.
            #[must_use]
            pub const fn severity(self) -> Severity {
                match self { $( DiagnosticCode::$variant => Severity::$severity, )+ }
            }

            /// What the code means, in one line.
            #[must_use]
            pub const fn summary(self, lang: crate::Lang) -> &'static str {
                match (self, lang) {
                    $( (DiagnosticCode::$variant, crate::Lang::En) => $en,
                       (DiagnosticCode::$variant, crate::Lang::Zh) => $zh, )+
                }
            }
        }
    };
}

crate::model::names::lenient_from_str!(DiagnosticCode, "diagnostic code");

codes! {
    /// The file began with a UTF-8 byte-order mark, which was skipped.
    ByteOrderMark, Info,
        "the file begins with a UTF-8 byte-order mark (BOM); it was skipped",
        "文件以 UTF-8 字节顺序标记（BOM）开头，已忽略";
    /// A result names a requirement that does not exist.
    UnknownRequirement, Error,
        "a result names a requirement that does not exist (with did-you-mean)",
        "结果引用了不存在的要求编号（附近似编号提示）";
    /// Two results name the same requirement.
    DuplicateRequirement, Error,
        "two results name the same requirement; the first one counts",
        "同一要求有多条结果；以第一条为准";
    /// A requirement has no result.
    MissingRequirement, Error,
        "a requirement has no result; it is scored as not assessed",
        "要求缺少评估结果；按未评估计分";
    /// A requirement ID is written in a non-canonical form.
    NoncanonicalRequirementId, Info,
        "a requirement ID is accepted but not written canonically (`7.4c` for `7.4.c`)",
        "要求编号可以识别但写法不规范（如 `7.4c` 应为 `7.4.c`）";
    /// A `not_applicable` result gives no justification.
    MissingJustification, Error,
        "`not_applicable` without a justification",
        "标为不适用但未说明理由";
    /// An `implemented` result gives no evidence.
    MissingEvidence, Error,
        "`implemented` without any evidence",
        "标为符合但未提供证据";
    /// A required text field is blank.
    EmptyField, Error,
        "a required text field is blank",
        "必填文本字段为空";
    /// A date lies after the day of the check.
    FutureDate, Error,
        "a date lies in the future (after the assessment date, or `today` when given)",
        "日期晚于评估日期（或指定的检查日期）";
    /// The assessment is dated before the standard was published.
    AssessmentBeforeStandard, Error,
        "the assessment date is before GB/T 39204-2022 was published (2022-10-12)",
        "评估日期早于 GB/T 39204-2022 发布日期（2022-10-12）";
    /// Evidence or a deadline is dated before the standard was published.
    DateBeforeStandard, Warning,
        "an evidence date or deadline is before the standard was published (2022-10-12)",
        "证据日期或整改期限早于标准发布日期（2022-10-12）";
    /// The document was written against another catalog version.
    CatalogVersionMismatch, Warning,
        "the document was written against another catalog version; item letters may differ",
        "文档所依据的目录版本与本库不同；条目字母编号可能不一致";
    /// A gap has no remediation owner.
    MissingRemediation, Warning,
        "a not or partially implemented requirement has no remediation owner",
        "不符合或部分符合的要求未指定整改责任人";
    /// A remediation deadline has passed while the gap is still open.
    RemediationOverdue, Warning,
        "a remediation deadline has passed and the gap is still open",
        "整改期限已过但差距仍未关闭";
    /// A fact has a value that cannot be right.
    FactOutOfRange, Error,
        "a fact has a value that cannot be right (an MLPS level outside 1 to 5)",
        "事实取值不可能成立（等级保护级别不在1至5级之间）";
    /// A fact needed to check an `implemented` claim is missing.
    FactMissing, Warning,
        "a requirement with a hard number is claimed implemented but the fact to check it is missing",
        "含量化指标的要求标为符合，但缺少用于核验的事实";
    /// A fact fails the standard's hard number while the requirement is claimed implemented.
    FactContradictsStatus, Error,
        "a fact fails the standard's hard number while the requirement is claimed implemented",
        "事实未达到标准的量化指标，但该要求标为符合";
    /// A fact fails the standard's hard number for a requirement marked not applicable or
    /// not assessed.
    FactCheckFailed, Warning,
        "a fact fails the standard's hard number for a requirement marked not applicable or not assessed",
        "事实未达到标准的量化指标，而该要求标为不适用或未评估";
    /// A catalog 0.1 result now counts for other 0.2 requirement IDs.
    MigratedRequirement, Info,
        "a catalog 0.1 result was moved to the 0.2 requirement(s) that carry its duty",
        "0.1 版目录的结果已移至承载其义务的 0.2 版要求";
    /// Several catalog 0.1 results landed on one 0.2 requirement and were combined.
    MigrationCombined, Warning,
        "several catalog 0.1 results landed on one 0.2 requirement; the weakest status counts",
        "多条 0.1 版结果落在同一 0.2 版要求上；以最弱状态计";
    /// A catalog 0.1 result has no 0.2 requirement to go to, or its ID was no 0.1 ID.
    MigrationUnplaced, Warning,
        "a catalog 0.1 result has no 0.2 requirement to go to; it is not counted",
        "0.1 版结果在 0.2 版中无对应要求；不计分";
}

/// `byte_order_mark`: the file began with one.
pub(crate) fn check_encoding(doc: &AssessmentDocument, out: &mut Vec<Diagnostic>) {
    if doc.byte_order_mark {
        out.push(Diagnostic::new(
            DiagnosticCode::ByteOrderMark,
            String::new(),
            None,
            "the file begins with a UTF-8 byte-order mark (BOM), which was skipped; nothing to fix"
                .to_owned(),
            "文件以 UTF-8 字节顺序标记（BOM）开头，已忽略；无需修改".to_owned(),
        ));
    }
}

/// The diagnostics of a migrated document: one per moved result, per combination and
/// per result with no new home (see [`super::migrate`]).
pub(crate) fn check_migration(doc: &AssessmentDocument, out: &mut Vec<Diagnostic>) {
    let Some(migration) = &doc.migration else {
        return;
    };
    let from = &migration.from_version;
    let mut landed: Vec<Vec<&super::MigratedResult>> =
        vec![Vec::new(); crate::catalog::requirements().len()];
    for result in &migration.results {
        let pointer = format!("{}/requirement", result.pointer);
        let written = &result.original.requirement;
        let status = result.original.status;
        match &result.lookup {
            Err(err) => out.push(Diagnostic::new(
                DiagnosticCode::MigrationUnplaced,
                pointer,
                None,
                format!("{err}; this result (status {status}) is not counted; give it a catalog 0.2 ID"),
                format!("`{written}` 不是 0.1 版目录的要求编号；该结果（状态：{}）不计分，请改用 0.2 版编号", status.name(crate::Lang::Zh)),
            )),
            Ok(m) if m.new.is_empty() => out.push(Diagnostic::new(
                DiagnosticCode::MigrationUnplaced,
                pointer,
                None,
                format!(
                    "catalog {from} requirement {} has no counterpart in catalog {}: {}; this result (status {status}) is not counted",
                    m.old,
                    crate::catalog::VERSION,
                    m.note
                ),
                format!(
                    "{from} 版要求 {} 在 {} 版中无对应要求：{}；该结果（状态：{}）不计分",
                    m.old,
                    crate::catalog::VERSION,
                    m.reason_zh.unwrap_or(m.note),
                    status.name(crate::Lang::Zh)
                ),
            )),
            Ok(m) => {
                for &id in m.new {
                    landed[crate::catalog::position(id)].push(result);
                }
                if m.new.len() == 1 && m.new[0].as_str() == m.old {
                    continue;
                }
                let list = m.new.iter().map(|id| id.as_str()).collect::<Vec<_>>().join(", ");
                out.push(Diagnostic::new(
                    DiagnosticCode::MigratedRequirement,
                    pointer,
                    m.new.first().copied(),
                    format!("catalog {from} requirement {} now counts for {list} ({})", m.old, m.note),
                    format!("{from} 版要求 {} 现计入 {list}", m.old),
                ));
            }
        }
    }
    for (id, from_results) in crate::catalog::ids().zip(&landed) {
        if from_results.len() < 2 {
            continue;
        }
        let olds = from_results
            .iter()
            .map(|r| {
                format!(
                    "{} ({}, {})",
                    r.lookup.as_ref().map_or("?", |m| m.old),
                    r.pointer,
                    r.original.status
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let counted = super::migrate::weakest(from_results.iter().map(|r| r.original.status));
        out.push(Diagnostic::new(
            DiagnosticCode::MigrationCombined,
            "/results",
            Some(id),
            format!("{id} combines catalog {from} results {olds}; the weakest status, {counted}, counts and their evidence is merged; check the result"),
            format!("{id} 合并了 {from} 版结果 {olds}；按最弱状态“{}”计分并合并证据，请复核", counted.name(crate::Lang::Zh)),
        ));
    }
}

/// One finding about an assessment document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Diagnostic {
    /// The stable code.
    pub code: DiagnosticCode,
    /// The code's severity.
    pub severity: Severity,
    /// The JSON pointer (RFC 6901) of the offending value, e.g. `/results/3/status`.
    pub pointer: String,
    /// The requirement concerned, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirement: Option<RequirementId>,
    /// For an unknown requirement ID: the nearest real one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<RequirementId>,
    /// What is wrong and how to fix it, in English and Chinese.
    pub message: Text,
}

impl Diagnostic {
    /// A diagnostic with the code's severity.
    pub(crate) fn new(
        code: DiagnosticCode,
        pointer: impl Into<String>,
        requirement: Option<RequirementId>,
        en: String,
        zh: String,
    ) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            pointer: pointer.into(),
            requirement,
            suggestion: None,
            message: Text {
                zh: Cow::Owned(zh),
                en: Cow::Owned(en),
            },
        }
    }
}

/// Which result speaks for each requirement, after reading the IDs.
pub(crate) struct Resolution {
    /// The parsed ID of each result, in document order (`None` when unknown).
    pub ids: Vec<Option<RequirementId>>,
    /// For each catalog requirement (catalog order), the index of its first result.
    pub slots: Vec<Option<usize>>,
}

/// Reads every result's requirement ID: unknown, non-canonical, duplicate and missing IDs.
pub(crate) fn resolve(doc: &AssessmentDocument, out: &mut Vec<Diagnostic>) -> Resolution {
    let catalog = crate::catalog::requirements();
    let mut slots = vec![None; catalog.len()];
    let mut ids = Vec::with_capacity(doc.results.len());
    for (i, result) in doc.results.iter().enumerate() {
        let pointer = || format!("/results/{i}/requirement");
        let written = &*result.requirement;
        let id = match written.parse::<RequirementId>() {
            Ok(id) => id,
            Err(err) => {
                out.push(unknown(written, &err, pointer()));
                ids.push(None);
                continue;
            }
        };
        ids.push(Some(id));
        if written != id.as_str() {
            out.push(Diagnostic::new(
                DiagnosticCode::NoncanonicalRequirementId,
                pointer(),
                Some(id),
                format!("`{written}` is read as `{id}`; write `{id}`"),
                format!("`{written}` 按 `{id}` 识别；请写作 `{id}`"),
            ));
        }
        let slot = &mut slots[crate::catalog::position(id)];
        match *slot {
            Some(first) => out.push(Diagnostic::new(
                DiagnosticCode::DuplicateRequirement,
                pointer(),
                Some(id),
                format!(
                    "{id} already has a result at /results/{first}; keep one result per requirement (this one is ignored)"
                ),
                format!("{id} 已在 /results/{first} 给出结果；每项要求只保留一条（本条不计）"),
            )),
            None => *slot = Some(i),
        }
    }
    for (requirement, slot) in catalog.iter().zip(&slots) {
        if slot.is_none() {
            let id = requirement.id;
            out.push(Diagnostic::new(
                DiagnosticCode::MissingRequirement,
                "/results",
                Some(id),
                format!("no result for {id}; add one (use `not_assessed` if it was not assessed)"),
                format!("缺少 {id} 的结果；请补充（未评估的请标为 `not_assessed`）"),
            ));
        }
    }
    Resolution { ids, slots }
}

fn unknown(written: &str, err: &IdError, pointer: String) -> Diagnostic {
    // The error's own suggestion (already in its message) or, for IDs that name no
    // clause, the nearest ID by spelling.
    let own = err.suggestion();
    let suggestion = own.or_else(|| {
        crate::suggest::closest(
            &crate::model::names::normalize(written),
            crate::catalog::ids().map(RequirementId::as_str),
        )
        .and_then(|s| s.parse().ok())
    });
    let hint_en = match (own, suggestion) {
        (Some(_), _) | (_, None) => String::new(),
        (None, Some(s)) => format!(" (closest requirement: `{s}`)"),
    };
    let hint_zh = suggestion.map_or_else(String::new, |s| format!("（是否为 `{s}`？）"));
    // A catalog 0.1 ID in a 0.2 document: say where its duty went.
    let (old_en, old_zh) = crate::catalog::migration::lookup(written).map_or_else(
        |_| (String::new(), String::new()),
        |m| {
            let new = m
                .new
                .iter()
                .map(|id| id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            if new.is_empty() {
                (
                    format!("; in catalog 0.1, {} had no counterpart in 0.2", m.old),
                    format!("；0.1 版的 {} 在 0.2 版中无对应要求", m.old),
                )
            } else {
                (
                    format!(
                        "; in catalog 0.1, {} was the requirement now at {new}",
                        m.old
                    ),
                    format!("；0.1 版的 {} 现为 {new}", m.old),
                )
            }
        },
    );
    let mut d = Diagnostic::new(
        DiagnosticCode::UnknownRequirement,
        pointer,
        None,
        format!("{err}{hint_en}{old_en}"),
        format!("`{written}` 不是 GB/T 39204-2022 的要求编号{hint_zh}{old_zh}"),
    );
    d.suggestion = suggestion;
    d
}

/// Checks the metadata and every result: blanks, justifications, evidence, dates,
/// remediation.
pub(crate) fn check_results(
    doc: &AssessmentDocument,
    ids: &[Option<RequirementId>],
    today: Date,
    out: &mut Vec<Diagnostic>,
) {
    check_metadata(doc, today, out);
    for (i, (result, &id)) in doc.results.iter().zip(ids).enumerate() {
        let at = ResultAt(i);
        let name: &str = match id {
            Some(id) => id.as_str(),
            None => &result.requirement,
        };
        match result.status {
            Status::NotApplicable if is_blank(result.justification.as_deref()) => {
                out.push(Diagnostic::new(
                    DiagnosticCode::MissingJustification,
                    format!("{at}/justification"),
                    id,
                    format!("{name} is `not_applicable` without a justification; say why it does not apply"),
                    format!("{name} 标为不适用但未说明理由；请补充不适用的理由"),
                ));
            }
            Status::Implemented if result.evidence.is_empty() => {
                out.push(Diagnostic::new(
                    DiagnosticCode::MissingEvidence,
                    format!("{at}/evidence"),
                    id,
                    format!("{name} is `implemented` without evidence; list what shows it"),
                    format!("{name} 标为符合但无证据；请列出证明材料"),
                ));
            }
            Status::NotImplemented | Status::PartiallyImplemented
                if result.remediation.is_none() =>
            {
                out.push(Diagnostic::new(
                    DiagnosticCode::MissingRemediation,
                    format!("{at}/remediation"),
                    id,
                    format!("{name} is a gap without a remediation owner; add `remediation` with an owner and a due date"),
                    format!("{name} 存在差距但未指定整改责任人；请补充 `remediation`（责任人和期限）"),
                ));
            }
            _ => {}
        }
        for (j, evidence) in result.evidence.iter().enumerate() {
            if evidence.reference.trim().is_empty() {
                out.push(empty(format!("{at}/evidence/{j}/reference"), id));
            }
            if let Some(date) = evidence.date {
                let pointer = || format!("{at}/evidence/{j}/date");
                check_date(date, today, pointer, id, true, out);
            }
        }
        if let Some(remediation) = &result.remediation {
            if remediation.owner.trim().is_empty() {
                out.push(empty(format!("{at}/remediation/owner"), id));
            }
            if let Some(due) = remediation.due_date {
                let pointer = || format!("{at}/remediation/due_date");
                check_date(due, today, pointer, id, false, out);
                let open = matches!(
                    result.status,
                    Status::NotImplemented | Status::PartiallyImplemented
                );
                if open && due < today {
                    out.push(Diagnostic::new(
                        DiagnosticCode::RemediationOverdue,
                        pointer(),
                        id,
                        format!("{name}: the remediation was due on {due} and the gap is still open on {today}; close it or agree a new date"),
                        format!("{name}：整改期限 {due} 已过，截至 {today} 差距仍未关闭；请完成整改或重新约定期限"),
                    ));
                }
            }
        }
    }
}

fn check_metadata(doc: &AssessmentDocument, today: Date, out: &mut Vec<Diagnostic>) {
    let m = &doc.metadata;
    for (field, value) in [
        ("organisation", &m.organisation),
        ("cii_name", &m.cii_name),
        ("cii_identifier", &m.cii_identifier),
        ("scope", &m.scope),
        ("assessor", &m.assessor),
        ("catalog_version", &m.catalog_version),
    ] {
        if value.trim().is_empty() {
            out.push(empty(format!("/metadata/{field}"), None));
        }
    }
    let date = m.assessment_date;
    if date < STANDARD_PUBLISHED {
        out.push(Diagnostic::new(
            DiagnosticCode::AssessmentBeforeStandard,
            "/metadata/assessment_date",
            None,
            format!("the assessment is dated {date}, before GB/T 39204-2022 was published on {STANDARD_PUBLISHED}; correct the date"),
            format!("评估日期 {date} 早于 GB/T 39204-2022 的发布日期 {STANDARD_PUBLISHED}；请更正"),
        ));
    }
    if date > today {
        out.push(future(date, today, "/metadata/assessment_date", None));
    }
    let version = m.catalog_version.trim();
    if !version.is_empty() && version != crate::catalog::VERSION {
        out.push(Diagnostic::new(
            DiagnosticCode::CatalogVersionMismatch,
            "/metadata/catalog_version",
            None,
            format!(
                "the document was written against catalog {version}, this is catalog {}; check the item letters, then set `catalog_version` to {}",
                crate::catalog::VERSION,
                crate::catalog::VERSION
            ),
            format!(
                "文档依据目录版本 {version}，当前为 {}；请核对条目编号后将 `catalog_version` 改为 {}",
                crate::catalog::VERSION,
                crate::catalog::VERSION
            ),
        ));
    }
}

/// The JSON pointer of result `i`, written only when a diagnostic needs it.
#[derive(Clone, Copy)]
struct ResultAt(usize);

impl std::fmt::Display for ResultAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "/results/{}", self.0)
    }
}

/// A date before the standard was published, and (when `future_matters`) a future date.
fn check_date(
    date: Date,
    today: Date,
    pointer: impl Fn() -> String,
    id: Option<RequirementId>,
    future_matters: bool,
    out: &mut Vec<Diagnostic>,
) {
    if future_matters && date > today {
        out.push(future(date, today, &pointer(), id));
    }
    if date < STANDARD_PUBLISHED {
        out.push(Diagnostic::new(
            DiagnosticCode::DateBeforeStandard,
            pointer(),
            id,
            format!("{date} is before GB/T 39204-2022 was published on {STANDARD_PUBLISHED}; check the date or use newer evidence"),
            format!("{date} 早于 GB/T 39204-2022 的发布日期 {STANDARD_PUBLISHED}；请核对日期或更新证据"),
        ));
    }
}

pub(crate) fn future(
    date: Date,
    today: Date,
    pointer: &str,
    id: Option<RequirementId>,
) -> Diagnostic {
    Diagnostic::new(
        DiagnosticCode::FutureDate,
        pointer,
        id,
        format!("{date} is after the day of the check, {today}; correct the date"),
        format!("{date} 晚于检查日期 {today}；请更正"),
    )
}

pub(crate) fn empty(pointer: String, id: Option<RequirementId>) -> Diagnostic {
    let en = format!("`{pointer}` is blank; fill it in");
    let zh = format!("`{pointer}` 为空；请填写");
    Diagnostic::new(DiagnosticCode::EmptyField, pointer, id, en, zh)
}

fn is_blank(text: Option<&str>) -> bool {
    text.is_none_or(|t| t.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn codes_and_severities_round_trip() {
        for code in DiagnosticCode::iter() {
            assert_eq!(code.to_string().parse::<DiagnosticCode>(), Ok(code));
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{code}\""));
        }
        for s in Severity::iter() {
            assert_eq!(s.to_string().parse::<Severity>(), Ok(s));
        }
        assert_eq!("warn".parse::<Severity>(), Ok(Severity::Warning));
        let err = "missing_evidnce".parse::<DiagnosticCode>().unwrap_err();
        assert_eq!(err.suggestion, Some("missing_evidence"));
    }
}
