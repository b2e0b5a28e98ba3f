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

use crate::assessment::{Assessment, FactOutcome, GapPriority, Tally};
use crate::model::Lang;

use super::percent;

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
    /// Which columns hold numbers (right-aligned).
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

/// The outline of the report of `a` in `lang`.
#[must_use]
pub fn outline(a: &Assessment, lang: Lang) -> Vec<Block> {
    let mut blocks = Vec::new();
    head(a, lang, &mut blocks);
    scores(a, lang, &mut blocks);
    fact_checks(a, lang, &mut blocks);
    gaps(a, lang, &mut blocks);
    beyond_mlps::section(a, lang, &mut blocks);
    diagnostics(a, lang, &mut blocks);
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
                    plain(g.status.name(lang)),
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
        let mut numeric = vec![false; 8];
        numeric[0] = true;
        blocks.push(table(
            &[
                "#",
                l(lang, "Requirement", "要求"),
                l(lang, "Title", "标题"),
                l(lang, "Priority", "优先级"),
                l(lang, "Status", "状态"),
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
    let rows = a
        .diagnostics
        .iter()
        .map(|d| {
            vec![
                strong(d.severity.to_string()),
                plain(d.code.to_string()),
                plain(d.requirement.map_or("—", |r| r.as_str())),
                plain(if d.pointer.is_empty() {
                    "/"
                } else {
                    &d.pointer
                }),
                plain(d.message.get(lang)),
            ]
        })
        .collect();
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
