//! The outline shared by the Markdown and HTML reports: headings, paragraphs, tables and
//! the place of the domain chart, in one language, all text unescaped.
//!
//! ```
//! use gbt39204::assessment::{assess, parse, AssessOptions};
//! use gbt39204::report::{outline, Block};
//! use gbt39204::Lang;
//!
//! let doc = parse(r#"{"metadata": {"organisation": "Example Grid Co.", "cii_name": "D",
//!   "cii_identifier": "C", "scope": "S", "assessor": "A",
//!   "assessment_date": "2025-06-30", "catalog_version": "0.2.0"}}"#)?;
//! let blocks = outline(&assess(&doc, &AssessOptions::default()), Lang::En);
//! assert!(matches!(&blocks[0], Block::Title(t) if t.contains("Example Grid Co.")));
//! assert!(blocks.iter().any(|b| matches!(b, Block::DomainChart(bars) if bars.len() == 6)));
//! # Ok::<(), gbt39204::assessment::ParseError>(())
//! ```

use std::fmt::Write;

use crate::assessment::{
    Assessment, Diagnostic, DiagnosticCode, FactOutcome, GapPriority, Severity, Status, Tally,
};
use crate::model::{Clause, Lang};

use super::{ReportOptions, percent};

/// Above this many `missing_requirement` findings the report shows one summary line
/// instead of a row each (the JSON report keeps every one).
const MISSING_ROWS_SHOWN: usize = 10;

mod beyond_mlps;

/// One piece of a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The report's title.
    Title(String),
    /// A section heading.
    Heading(String),
    /// A sub-section heading.
    Subheading(String),
    /// A paragraph of runs of text.
    Paragraph(Vec<Cell>),
    /// A table.
    Table(Table),
    /// The bar chart of domain scores: label, score and coverage per domain.
    DomainChart(Vec<(String, Option<f64>, Option<f64>)>),
    /// Where a printed report starts a new page (nothing in Markdown).
    PageBreak,
    /// The closing line: crate and catalog versions, generation time, document hash.
    Footer(Vec<Cell>),
}

/// A run of text: a table cell or part of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The text, unescaped.
    pub text: String,
    /// Whether to set it in bold.
    pub strong: bool,
}

/// A table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The column headings.
    pub head: Vec<String>,
    /// Which columns hold numbers or dates (right-aligned, never wrapped).
    pub numeric: Vec<bool>,
    /// The rows, one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

fn plain(text: impl Into<String>) -> Cell {
    Cell {
        text: text.into(),
        strong: false,
    }
}

fn strong(text: impl Into<String>) -> Cell {
    Cell {
        text: text.into(),
        strong: true,
    }
}

/// `en` or `zh`, as `lang` asks.
fn l(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

fn table(head: &[&str], numeric: &[bool], rows: Vec<Vec<Cell>>) -> Block {
    Block::Table(Table {
        head: head.iter().map(|&h| h.to_owned()).collect(),
        numeric: numeric.to_vec(),
        rows,
    })
}

/// The outline of the report of `a` in `lang`, with no document (the appendix then shows
/// statuses only), generation time or hash; see [`outline_with`].
#[must_use]
pub fn outline(a: &Assessment, lang: Lang) -> Vec<Block> {
    outline_with(a, lang, &ReportOptions::default())
}

/// The outline of the report of `a` in `lang`: summary, scores, hard-number checks,
/// gaps, document findings, the per-item appendix, the sign-off block and the footer.
#[must_use]
pub fn outline_with(a: &Assessment, lang: Lang, options: &ReportOptions<'_>) -> Vec<Block> {
    let mut blocks = Vec::new();
    head(a, lang, &mut blocks);
    scores(a, lang, &mut blocks);
    fact_checks(a, lang, &mut blocks);
    blocks.push(Block::PageBreak);
    gaps(a, lang, &mut blocks);
    beyond_mlps::section(a, lang, &mut blocks);
    diagnostics(a, lang, &mut blocks);
    blocks.push(Block::PageBreak);
    appendix(a, lang, options, &mut blocks);
    blocks.push(Block::PageBreak);
    sign_off(a, lang, &mut blocks);
    footer(a, lang, options, &mut blocks);
    blocks
}

fn head(a: &Assessment, lang: Lang, blocks: &mut Vec<Block>) {
    let m = &a.metadata;
    blocks.push(Block::Title(format!(
        "{} {} — {}",
        a.standard,
        l(lang, "self-assessment", "自评估报告"),
        m.organisation
    )));
    let version = if m.catalog_version.trim() == a.catalog_version {
        m.catalog_version.clone()
    } else {
        format!(
            "{} ({} {})",
            m.catalog_version,
            l(lang, "this library:", "本库："),
            a.catalog_version
        )
    };
    let rows = [
        (l(lang, "CII", "关键信息基础设施"), m.cii_name.clone()),
        (l(lang, "Identifier", "标识"), m.cii_identifier.clone()),
        (l(lang, "Scope", "评估范围"), m.scope.clone()),
        (l(lang, "Assessor", "评估人"), m.assessor.clone()),
        (
            l(lang, "Assessment date", "评估日期"),
            m.assessment_date.to_string(),
        ),
        (
            l(lang, "Dates checked as of", "日期核验基准日"),
            a.today.to_string(),
        ),
        (l(lang, "Catalog version", "目录版本"), version),
    ];
    blocks.push(table(
        &[l(lang, "Item", "项目"), l(lang, "Value", "内容")],
        &[false, false],
        rows.into_iter()
            .map(|(k, v)| vec![strong(k), plain(v)])
            .collect(),
    ));

    blocks.push(Block::Paragraph(vec![
        strong(l(lang, "About the text.", "关于文本：")),
        plain(format!("{}{}", l(lang, " ", ""), provenance_line(a, lang))),
    ]));

    blocks.push(Block::Heading(l(lang, "Summary", "概况").to_owned()));
    let o = &a.scores.overall;
    let counts = match lang {
        Lang::En => format!(
            " (coverage {}): {} implemented, {} partially implemented, {} not implemented, {} not applicable, {} not assessed; {} capped to 0 by failed fact checks.",
            percent(o.coverage()),
            o.implemented,
            o.partially_implemented,
            o.not_implemented,
            o.not_applicable,
            o.not_assessed,
            o.capped_by_facts
        ),
        Lang::Zh => format!(
            "（覆盖率 {}）：符合 {} 项，部分符合 {} 项，不符合 {} 项，不适用 {} 项，未评估 {} 项；因量化指标未达标计0分 {} 项。",
            percent(o.coverage()),
            o.implemented,
            o.partially_implemented,
            o.not_implemented,
            o.not_applicable,
            o.not_assessed,
            o.capped_by_facts
        ),
    };
    blocks.push(Block::Paragraph(vec![
        strong(format!(
            "{} {}",
            l(lang, "Overall score", "总体得分"),
            percent(o.score())
        )),
        plain(counts),
    ]));
    let s = &a.summary;
    blocks.push(Block::Paragraph(vec![plain(match lang {
        Lang::En => format!(
            "Gaps: {} ({} failed fact checks). Document findings: errors {}, warnings {}, info {}.",
            s.gaps, s.failed_fact_checks, s.errors, s.warnings, s.infos
        ),
        Lang::Zh => format!(
            "差距 {} 项（量化指标未达标 {} 项）。文档问题：错误 {} 个，警告 {} 个，提示 {} 个。",
            s.gaps, s.failed_fact_checks, s.errors, s.warnings, s.infos
        ),
    })]));
    blocks.push(Block::Paragraph(vec![plain(l(
        lang,
        "Method: implemented counts 1, partially implemented ½, not implemented and not assessed 0; not applicable is left out. A requirement claimed implemented or partially implemented whose hard-number check fails counts 0. Score = points ÷ applicable requirements; coverage = assessed ÷ applicable.",
        "计分方法：符合计1分，部分符合计½分，不符合和未评估计0分；不适用不计入。标为符合或部分符合但量化指标核验未达标的要求计0分。得分 = 总分 ÷ 适用要求数；覆盖率 = 已评估数 ÷ 适用要求数。",
    ))]));
}

/// The one-line statement of what the requirement texts in the report are.
pub(crate) fn provenance_line(a: &Assessment, lang: Lang) -> String {
    use crate::Certainty::{Implied, Reconstructed, Transcribed};
    let counts = a.provenance;
    let (t, i, r) = (
        counts.count(Transcribed),
        counts.count(Implied),
        counts.count(Reconstructed),
    );
    match lang {
        Lang::En => format!(
            "Requirement titles are this project's summaries, not the wording of {}. {t} items follow a third-party transcription of the standard's text (not the official publication); {} are implied ({i}) or reconstructed ({r}), marked {} and {} where listed.",
            a.standard,
            i + r,
            certainty_mark(Implied, lang),
            certainty_mark(Reconstructed, lang)
        ),
        Lang::Zh => format!(
            "要求标题为本项目撰写的摘要，并非{}原文。{t}项依据第三方对标准文本的转录（非官方出版物）；{}项为推定（{i}项）或重建（{r}项），列出时分别标注{}和{}。",
            a.standard,
            i + r,
            certainty_mark(Implied, lang),
            certainty_mark(Reconstructed, lang)
        ),
    }
}

/// The mark after an implied or reconstructed requirement's ID; empty for a transcribed one.
pub(crate) fn certainty_mark(certainty: crate::Certainty, lang: Lang) -> &'static str {
    match certainty {
        crate::Certainty::Transcribed => "",
        crate::Certainty::Implied => l(lang, "(inferred)", "（推定）"),
        crate::Certainty::Reconstructed => l(lang, "(reconstructed)", "（重建）"),
    }
}

/// A requirement ID with its certainty mark: `8.1.b (reconstructed)`.
fn marked(id: crate::RequirementId, lang: Lang) -> String {
    let mark = certainty_mark(id.requirement().certainty, lang);
    if mark.is_empty() {
        id.as_str().to_owned()
    } else if lang == Lang::En {
        format!("{id} {mark}")
    } else {
        format!("{id}{mark}")
    }
}

fn score_table(lang: Lang, first: &str, rows: Vec<(String, &Tally)>) -> Block {
    let head = [
        first,
        l(lang, "Score", "得分"),
        l(lang, "Coverage", "覆盖率"),
        l(lang, "Implemented", "符合"),
        l(lang, "Partial", "部分符合"),
        l(lang, "Not implemented", "不符合"),
        l(lang, "N/A", "不适用"),
        l(lang, "Not assessed", "未评估"),
        l(lang, "Capped", "计0分"),
    ];
    let rows = rows
        .into_iter()
        .map(|(name, t)| {
            vec![
                plain(name),
                strong(percent(t.score())),
                plain(percent(t.coverage())),
                plain(t.implemented.to_string()),
                plain(t.partially_implemented.to_string()),
                plain(t.not_implemented.to_string()),
                plain(t.not_applicable.to_string()),
                plain(t.not_assessed.to_string()),
                plain(t.capped_by_facts.to_string()),
            ]
        })
        .collect();
    let mut numeric = vec![true; head.len()];
    numeric[0] = false;
    table(&head, &numeric, rows)
}

fn scores(a: &Assessment, lang: Lang, blocks: &mut Vec<Block>) {
    let s = &a.scores;
    blocks.push(Block::Heading(
        l(lang, "Scores by domain", "分领域得分").to_owned(),
    ));
    let domain_name = |d: crate::Domain| format!("{} {}", d.number(), d.name(lang));
    blocks.push(Block::DomainChart(
        s.domains
            .iter()
            .map(|d| (domain_name(d.domain), d.tally.score(), d.tally.coverage()))
            .collect(),
    ));
    let mut rows: Vec<(String, &Tally)> = s
        .domains
        .iter()
        .map(|d| (domain_name(d.domain), &d.tally))
        .collect();
    rows.push((l(lang, "Overall", "总体").to_owned(), &s.overall));
    blocks.push(score_table(lang, l(lang, "Domain", "领域"), rows));

    blocks.push(Block::Heading(
        l(lang, "Scores by principle", "分原则得分").to_owned(),
    ));
    blocks.push(Block::Paragraph(vec![plain(l(
        lang,
        "Principle tags are this project's curated annotation; a requirement counts toward every principle it serves.",
        "原则标注为本项目整理的标注；一项要求计入其对应的每项原则。",
    ))]));
    let rows = s
        .principles
        .iter()
        .map(|p| {
            (
                format!("{} {}", p.principle.code(), p.principle.name(lang)),
                &p.tally,
            )
        })
        .collect();
    blocks.push(score_table(lang, l(lang, "Principle", "原则"), rows));

    blocks.push(Block::Heading(
        l(lang, "Scores by sub-clause", "分子条款得分").to_owned(),
    ));
    // Each sub-clause is followed by its sub-sub-clauses; 7.5, 7.6 and 11.3 count theirs.
    let rows = s
        .clauses
        .iter()
        .map(|c| (format!("{} {}", c.clause, c.clause.name(lang)), &c.tally))
        .collect();
    blocks.push(score_table(lang, l(lang, "Clause", "条款"), rows));
}

fn fact_checks(a: &Assessment, lang: Lang, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(
        l(lang, "Hard-number checks", "量化指标核验").to_owned(),
    ));
    let rows = a
        .fact_checks
        .iter()
        .map(|c| {
            let outcome = c.outcome.name(lang);
            vec![
                plain(marked(c.requirement, lang)),
                plain(c.obligation.describe(lang)),
                plain(c.source.name(lang)),
                if c.outcome == FactOutcome::Met {
                    plain(outcome)
                } else {
                    strong(outcome)
                },
                plain(c.observed.get(lang)),
            ]
        })
        .collect();
    blocks.push(table(
        &[
            l(lang, "Requirement", "要求"),
            l(lang, "Obligation", "量化指标"),
            l(lang, "Rule from", "规则来源"),
            l(lang, "Outcome", "结果"),
            l(lang, "Finding", "核验情况"),
        ],
        &[false; 5],
        rows,
    ));
}

fn gaps(a: &Assessment, lang: Lang, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(l(lang, "Gaps", "差距清单").to_owned()));
    blocks.push(Block::Paragraph(vec![plain(match lang {
        Lang::En => format!(
            "{} gaps, grouped by domain. Order: {}, then {}, then {}; ties in the standard's order.",
            a.summary.gaps,
            GapPriority::FailedFactCheck.name(lang),
            GapPriority::NotImplemented.name(lang),
            GapPriority::PartiallyImplemented.name(lang)
        ),
        Lang::Zh => format!(
            "共 {} 项差距，按领域分组。排序：{}、{}、{}；同级按标准顺序。",
            a.summary.gaps,
            GapPriority::FailedFactCheck.name(lang),
            GapPriority::NotImplemented.name(lang),
            GapPriority::PartiallyImplemented.name(lang)
        ),
    })]));
    let none = l(lang, "—", "—");
    for group in &a.gaps {
        blocks.push(Block::Subheading(format!(
            "{} {}",
            group.domain.number(),
            group.domain.name(lang)
        )));
        let rows = group
            .gaps
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let details: Vec<&str> = g.failed_facts.iter().map(|t| t.get(lang)).collect();
                vec![
                    plain((i + 1).to_string()),
                    strong(marked(g.requirement, lang)),
                    plain(g.title.get(lang)),
                    plain(g.priority.name(lang)),
                    plain(g.owner.clone().unwrap_or_else(|| none.to_owned())),
                    plain(
                        g.due_date
                            .map_or_else(|| none.to_owned(), |d| d.to_string()),
                    ),
                    plain(if details.is_empty() {
                        none.to_owned()
                    } else {
                        details.join("; ")
                    }),
                ]
            })
            .collect();
        // The priority says the status (failed check, not or partially implemented).
        let numeric = [true, false, false, false, false, true, false];
        blocks.push(table(
            &[
                "#",
                l(lang, "Requirement", "要求"),
                l(lang, "Title", "标题"),
                l(lang, "Priority", "优先级"),
                l(lang, "Owner", "整改责任人"),
                l(lang, "Due", "整改期限"),
                l(lang, "Failed checks", "未达标指标"),
            ],
            &numeric,
            rows,
        ));
    }
}

fn diagnostics(a: &Assessment, lang: Lang, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(
        l(lang, "Document findings", "文档问题").to_owned(),
    ));
    if a.diagnostics.is_empty() {
        blocks.push(Block::Paragraph(vec![plain(l(
            lang,
            "None: the document is complete and consistent.",
            "无：文档完整且一致。",
        ))]));
        return;
    }
    let missing = a
        .diagnostics_with(DiagnosticCode::MissingRequirement)
        .count();
    let collapse = missing > MISSING_ROWS_SHOWN;
    let row = |d: &Diagnostic| {
        vec![
            strong(severity_name(d.severity, lang)),
            plain(format!("`{}`", d.code)),
            plain(d.requirement.map_or("—", |r| r.as_str())),
            plain(format!(
                "`{}`",
                if d.pointer.is_empty() {
                    "/"
                } else {
                    &d.pointer
                }
            )),
            plain(d.message.get(lang)),
        ]
    };
    let mut rows = Vec::with_capacity(a.diagnostics.len());
    let mut summarised = false;
    for d in &a.diagnostics {
        if !(collapse && d.code == DiagnosticCode::MissingRequirement) {
            rows.push(row(d));
        } else if !summarised {
            summarised = true;
            rows.push(vec![
                strong(severity_name(d.severity, lang)),
                plain(format!("`{}`", d.code)),
                plain("—"),
                plain("`/results`"),
                plain(match lang {
                    Lang::En => format!(
                        "{missing} requirements have no result and are scored as not assessed (the JSON report lists each)."
                    ),
                    Lang::Zh => format!("{missing} 项要求缺少评估结果，按未评估计分（JSON 报告逐项列出）。"),
                }),
            ]);
        }
    }
    blocks.push(table(
        &[
            l(lang, "Severity", "级别"),
            l(lang, "Code", "代码"),
            l(lang, "Requirement", "要求"),
            l(lang, "Where", "位置"),
            l(lang, "Message", "说明"),
        ],
        &[false; 5],
        rows,
    ));
}

/// A severity's name in `lang`.
fn severity_name(severity: Severity, lang: Lang) -> &'static str {
    match severity {
        Severity::Error => l(lang, "error", "错误"),
        Severity::Warning => l(lang, "warning", "警告"),
        Severity::Info => l(lang, "info", "提示"),
    }
}

/// Per-item results, grouped by sub-clause: status, evidence, notes and justification.
fn appendix(a: &Assessment, lang: Lang, options: &ReportOptions<'_>, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(
        l(lang, "Appendix: results by item", "附录：逐项评估结果").to_owned(),
    ));
    if options.document.is_none() {
        blocks.push(Block::Paragraph(vec![plain(l(
            lang,
            "Statuses only: the report was rendered without the document, so evidence and notes are not shown.",
            "仅列状态：生成报告时未提供评估文档，故不显示证据和备注。",
        ))]));
    }
    let result_of = |i: Option<usize>| options.document.and_then(|d| d.results.get(i?));
    let mut current: Option<Clause> = None;
    let mut rows = Vec::new();
    let head = [
        l(lang, "Requirement", "要求"),
        l(lang, "Title", "标题"),
        l(lang, "Status", "状态"),
        l(lang, "Evidence", "证据"),
        l(lang, "Notes", "备注"),
    ];
    for r in &a.requirements {
        let sub_clause = r.requirement.clause().sub_clause();
        if current != Some(sub_clause) {
            if let Some(done) = current {
                blocks.push(Block::Subheading(format!("{done} {}", done.name(lang))));
                blocks.push(table(&head, &[false; 5], std::mem::take(&mut rows)));
            }
            current = Some(sub_clause);
        }
        let result = result_of(r.result);
        let evidence: Vec<String> = result
            .map(|res| {
                res.evidence
                    .iter()
                    .map(|e| match e.date {
                        Some(d) => format!("{}: {} ({d})", e.kind.name(lang), e.reference),
                        None => format!("{}: {}", e.kind.name(lang), e.reference),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut notes: Vec<String> = Vec::new();
        if let Some(res) = result {
            if let Some(j) = &res.justification {
                notes.push(format!("{}{j}", l(lang, "Justification: ", "不适用理由：")));
            }
            if let Some(n) = &res.notes {
                notes.push(String::from(&**n));
            }
            if let Some(rem) = &res.remediation {
                let due = rem.due_date.map_or_else(String::new, |d| format!(", {d}"));
                notes.push(format!(
                    "{}{}{due}",
                    l(lang, "Remediation: ", "整改："),
                    rem.owner
                ));
            }
        }
        let status = r.status.name(lang);
        let dash = || "—".to_owned();
        rows.push(vec![
            plain(marked(r.requirement, lang)),
            plain(r.requirement.requirement().title(lang)),
            if r.fact_failed || matches!(r.status, Status::NotImplemented) {
                strong(status)
            } else {
                plain(status)
            },
            plain(if evidence.is_empty() {
                dash()
            } else {
                evidence.join("; ")
            }),
            plain(if notes.is_empty() {
                dash()
            } else {
                notes.join("; ")
            }),
        ]);
    }
    if let Some(done) = current {
        blocks.push(Block::Subheading(format!("{done} {}", done.name(lang))));
        blocks.push(table(&head, &[false; 5], rows));
    }
}

/// Who assessed, reviewed and approved, with room to sign.
fn sign_off(a: &Assessment, lang: Lang, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(l(lang, "Sign-off", "签字确认").to_owned()));
    let blank = || plain("");
    let rows = vec![
        vec![
            strong(l(lang, "Assessor", "评估人")),
            plain(a.metadata.assessor.clone()),
            blank(),
            blank(),
        ],
        vec![
            strong(l(lang, "Reviewer", "复核人")),
            blank(),
            blank(),
            blank(),
        ],
        vec![
            strong(l(lang, "Approved for the operator", "运营者审批")),
            blank(),
            blank(),
            blank(),
        ],
    ];
    blocks.push(table(
        &[
            l(lang, "Role", "角色"),
            l(lang, "Name", "姓名"),
            l(lang, "Signature", "签字"),
            l(lang, "Date", "日期"),
        ],
        &[false, false, false, true],
        rows,
    ));
}

/// Crate and catalog versions, generation time and the document's SHA-256.
fn footer(a: &Assessment, lang: Lang, options: &ReportOptions<'_>, blocks: &mut Vec<Block>) {
    let mut text = match lang {
        Lang::En => format!(
            "Generated by gbt39204 {} (catalog {})",
            env!("CARGO_PKG_VERSION"),
            a.catalog_version
        ),
        Lang::Zh => format!(
            "由 gbt39204 {}（目录版本 {}）生成",
            env!("CARGO_PKG_VERSION"),
            a.catalog_version
        ),
    };
    if let Some(t) = options.generated_at {
        let _ = write!(
            text,
            "{}{}",
            l(lang, ", ", "，"),
            t.strftime("%Y-%m-%d %H:%M:%S UTC")
        );
    }
    text.push_str(l(lang, ".", "。"));
    let mut cells = vec![plain(text)];
    if let Some(hash) = options.document_sha256 {
        cells.push(plain(l(lang, " Document SHA-256: ", " 文档 SHA-256：")));
        cells.push(plain(hash));
    }
    blocks.push(Block::Footer(cells));
}
