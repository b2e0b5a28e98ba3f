//! The catalog: the standard's 3 principles, 6 domains, 28 sub-clauses, 10
//! sub-sub-clauses and 111 requirements, compiled in. Reading it allocates nothing and
//! parses nothing.
//!
//! The requirement rows live in [`requirements.rs`](self) (one row per requirement, in
//! the standard's order: the text of 7.5.2.c is the row `"7.5.2.c"` there); the clause
//! table lives with [`Clause`]; the move from catalog 0.1 is [`migration`]. This module
//! holds the lookups over them, computed at compile time, and the catalog's provenance.
//!
//! ```
//! use gbt39204::{catalog, Certainty, Clause, Domain, Lang};
//!
//! assert_eq!(catalog::requirements().len(), 111);
//! assert_eq!(catalog::STANDARD, "GB/T 39204-2022");
//! let r = catalog::get("7.5.2c").unwrap();
//! assert_eq!(r.id.to_string(), "7.5.2.c");
//! assert_eq!(r.certainty, Certainty::Transcribed);
//! assert_eq!(Clause::ComputingEnvironment.requirements().len(), 6);
//! assert_eq!(Domain::SecurityProtection.requirements().len(), 45);
//! assert_eq!(catalog::provenance().count(Certainty::Implied), 20);
//! println!("{}", catalog::provenance().statement.get(Lang::En));
//! ```

pub mod migration;
mod requirements;

use schemars::JsonSchema;
use serde::Serialize;
use strum::EnumCount;

use crate::model::{Certainty, Clause, Domain, IdError, Requirement, RequirementId, Text};
use requirements::{ID_TEXT, REQUIREMENTS};

/// The standard's identifier.
pub const STANDARD: &str = "GB/T 39204-2022";

/// The standard's title in Chinese and English.
pub const TITLE: Text = Text::new(
    "信息安全技术 关键信息基础设施安全保护要求",
    "Information security technology — Cybersecurity requirements for critical information infrastructure protection",
);

/// The version of the catalog data, bumped whenever a row changes. Assessment documents
/// record the version they were written against.
pub const VERSION: &str = "0.2.0";

/// The date of catalog [`VERSION`] (ISO 8601); exports use it as their timestamp so
/// that they are reproducible byte for byte.
pub const VERSION_DATE: &str = "2026-12-01";

/// Every requirement, in the standard's order.
#[must_use]
pub fn requirements() -> &'static [Requirement] {
    &REQUIREMENTS
}

/// The title (or, with `statement`, the statement) of catalog row `row` in `lang`, read
/// in a `const` context: the search index's table of texts is made of these at compile
/// time. `""` past the last row.
pub(crate) const fn row_text(row: usize, statement: bool, lang: crate::Lang) -> &'static str {
    if row >= REQUIREMENTS.len() {
        return "";
    }
    let r = &REQUIREMENTS[row];
    let text = if statement { &r.statement } else { &r.title };
    let text = match lang {
        crate::Lang::Zh => &text.zh,
        crate::Lang::En => &text.en,
    };
    // The static rows borrow every text.
    match text {
        std::borrow::Cow::Borrowed(s) => s,
        std::borrow::Cow::Owned(_) => "",
    }
}

/// The requirement named by `id`.
#[must_use]
pub fn requirement(id: RequirementId) -> &'static Requirement {
    &REQUIREMENTS[index_of(id)]
}

/// The requirement named by `text`, parsed leniently (`7.4c`, `7.5.2 c)`, …).
///
/// ```
/// use gbt39204::{catalog, IdError};
///
/// assert_eq!(catalog::get("7.5.2 c)")?.id.as_str(), "7.5.2.c");
/// let err = catalog::get("7.4.z").unwrap_err();
/// assert!(matches!(err, IdError::NoSuchRequirement { .. }));
/// println!("{err}"); // names the clause's items and the closest real ID
/// # Ok::<(), IdError>(())
/// ```
///
/// # Errors
/// The [`IdError`] of the parse, with a did-you-mean where a real ID is close.
pub fn get(text: &str) -> Result<&'static Requirement, IdError> {
    text.parse().map(requirement)
}

/// Every clause — the 28 sub-clauses, each followed by its sub-sub-clauses — in the
/// standard's order.
#[must_use]
pub fn clauses() -> &'static [Clause] {
    &Clause::ALL
}

/// The 28 sub-clauses (two-number clauses), in the standard's order.
#[must_use]
pub fn sub_clauses() -> &'static [Clause] {
    &INDEX.sub_clauses
}

/// Every requirement ID, in the standard's order.
#[must_use]
pub fn ids() -> impl ExactSizeIterator<Item = RequirementId> + Clone {
    REQUIREMENTS.iter().map(|r| r.id)
}

pub(crate) fn requirements_of_clause(clause: Clause) -> &'static [Requirement] {
    let (start, end) = INDEX.clause_range[clause.index()];
    &REQUIREMENTS[usize::from(start)..usize::from(end)]
}

pub(crate) fn requirements_of_domain(domain: Domain) -> &'static [Requirement] {
    let clauses = clauses_of(domain);
    let first = requirements_of_clause(clauses[0]);
    let last = requirements_of_clause(clauses[clauses.len() - 1]);
    let start = index_of(first[0].id);
    let end = index_of(last[last.len() - 1].id) + 1;
    &REQUIREMENTS[start..end]
}

/// The domain's sub-clauses (two-number clauses), in order.
pub(crate) fn clauses_of(domain: Domain) -> &'static [Clause] {
    let d = domain as usize;
    &INDEX.sub_clauses[usize::from(INDEX.domain_start[d])..usize::from(INDEX.domain_start[d + 1])]
}

/// The clause's sub-sub-clauses, which follow it in [`Clause::ALL`].
pub(crate) fn children_of(clause: Clause) -> &'static [Clause] {
    let i = clause.index();
    &Clause::ALL[i + 1..i + 1 + usize::from(INDEX.child_count[i])]
}

/// How many requirements stand directly under `clause` (0 for 7.5, 7.6 and 11.3).
pub(crate) const fn item_count(clause: Clause) -> u8 {
    if INDEX.child_count[clause.index()] > 0 {
        return 0;
    }
    let (start, end) = INDEX.clause_range[clause.index()];
    end - start
}

/// Whether `clause` is one paragraph without lettered items (6.3, 7.1, 7.5.4, …).
pub(crate) fn is_paragraph(clause: Clause) -> bool {
    INDEX.paragraph[clause.index()]
}

/// Whether `id` names a requirement of the catalog (for IDs built without checks).
pub(crate) const fn exists(id: RequirementId) -> bool {
    // A clause with sub-sub-clauses is no paragraph and has no items of its own.
    let c = id.clause().index();
    match id.item() {
        None => INDEX.paragraph[c],
        Some(_) => !INDEX.paragraph[c] && id.offset() < item_count(id.clause()),
    }
}

/// [`const_id`], checked at compile time against the catalog: for the data that refers
/// to requirements (crosswalks, the 0.1 migration table), so that a row naming a
/// requirement the catalog lacks does not compile.
pub(crate) const fn known_id(text: &'static str) -> RequirementId {
    let id = const_id(text);
    assert!(
        exists(id),
        "a data row names a requirement the catalog does not have"
    );
    id
}

pub(crate) fn id_text(id: RequirementId) -> &'static str {
    ID_TEXT[index_of(id)]
}

/// The position of `id` in [`requirements`](fn@requirements) (0 to 110), for tables
/// indexed by requirement.
///
/// ```
/// use gbt39204::{catalog, RequirementId};
///
/// let id: RequirementId = "7.5.2.c".parse()?;
/// assert_eq!(catalog::requirements()[catalog::position(id)].id, id);
/// assert_eq!(catalog::position("6.1.a".parse()?), 0);
/// assert_eq!(catalog::position("11.4".parse()?), 110);
/// # Ok::<(), gbt39204::IdError>(())
/// ```
#[must_use]
pub fn position(id: RequirementId) -> usize {
    index_of(id)
}

const fn index_of(id: RequirementId) -> usize {
    (INDEX.clause_range[id.clause().index()].0 + id.offset()) as usize
}

/// The clause tree and where each clause's requirements lie; computed at compile time,
/// which also checks that the rows are complete and in order.
struct Index {
    /// The rows of each clause, `start..end`; for 7.5, 7.6 and 11.3 those of all their
    /// sub-sub-clauses.
    clause_range: [(u8, u8); Clause::COUNT],
    /// How many sub-sub-clauses each clause has.
    child_count: [u8; Clause::COUNT],
    /// Whether each clause is a paragraph without lettered items.
    paragraph: [bool; Clause::COUNT],
    /// The 28 sub-clauses, in order.
    sub_clauses: [Clause; SUB_CLAUSES],
    /// Where each domain's sub-clauses start in `sub_clauses`.
    domain_start: [u8; Domain::COUNT + 1],
}

/// How many sub-clauses (two-number clauses) the standard has.
const SUB_CLAUSES: usize = {
    let mut n = 0;
    let mut c = 0;
    while c < Clause::COUNT {
        if Clause::ALL[c].depth() == 2 {
            n += 1;
        }
        c += 1;
    }
    n
};

const INDEX: Index = Index::build();

impl Index {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a const fn cannot use `u8::try_from`; the assert below proves every offset fits"
    )]
    const fn build() -> Index {
        let rows = &REQUIREMENTS;
        assert!(
            rows.len() <= u8::MAX as usize,
            "row offsets are stored as u8"
        );
        let mut clause_range = [(0u8, 0u8); Clause::COUNT];
        let mut child_count = [0u8; Clause::COUNT];
        let mut paragraph = [false; Clause::COUNT];
        let mut row = 0;
        let mut c = 0;
        while c < Clause::COUNT {
            let clause = Clause::ALL[c];
            if let Some(parent) = clause.parent() {
                assert!(
                    parent.index() < c,
                    "a sub-sub-clause row must follow its sub-clause"
                );
                child_count[parent.index()] += 1;
            }
            let start = row;
            let mut item = 0;
            while row < rows.len() && rows[row].id.clause().index() == c {
                let id = rows[row].id;
                if id.item().is_none() {
                    assert!(
                        item == 0
                            && !(row + 1 < rows.len() && rows[row + 1].id.clause().index() == c),
                        "a paragraph without a letter must be its clause's only requirement"
                    );
                    paragraph[c] = true;
                } else {
                    assert!(
                        id.offset() == item,
                        "requirement rows must be in order, items a, b, c… without gaps"
                    );
                }
                item += 1;
                row += 1;
            }
            clause_range[c] = (start as u8, row as u8);
            c += 1;
        }
        assert!(
            row == rows.len(),
            "requirement rows must follow the clause order"
        );
        // A sub-clause with sub-sub-clauses has no rows of its own and spans theirs.
        let mut c = 0;
        while c < Clause::COUNT {
            if child_count[c] > 0 {
                assert!(
                    clause_range[c].0 == clause_range[c].1,
                    "requirements stand under the sub-sub-clauses of 7.5, 7.6 and 11.3, not under them"
                );
                clause_range[c].1 = clause_range[c + child_count[c] as usize].1;
            } else {
                assert!(
                    clause_range[c].1 > clause_range[c].0,
                    "every clause without sub-sub-clauses must have at least one requirement"
                );
            }
            c += 1;
        }

        let mut sub_clauses = [Clause::ALL[0]; SUB_CLAUSES];
        let mut domain_start = [0u8; Domain::COUNT + 1];
        let mut n = 0;
        let mut c = 0;
        let mut d = 0;
        while c < Clause::COUNT {
            let clause = Clause::ALL[c];
            if clause.depth() == 2 {
                let domain = clause.domain() as usize;
                assert!(domain >= d, "sub-clauses must be grouped by domain");
                while d < domain {
                    d += 1;
                    domain_start[d] = n as u8;
                }
                sub_clauses[n] = clause;
                n += 1;
            }
            c += 1;
        }
        while d < Domain::COUNT {
            d += 1;
            domain_start[d] = n as u8;
        }
        Index {
            clause_range,
            child_count,
            paragraph,
            sub_clauses,
            domain_start,
        }
    }
}

/// Parses a requirement ID written canonically (`"7.5.2.c"`, `"7.1"`) at compile time;
/// for the crate's data rows.
pub(crate) const fn const_id(text: &'static str) -> RequirementId {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let (clause, letter) = if n >= 2 && bytes[n - 2] == b'.' && bytes[n - 1].is_ascii_lowercase() {
        (bytes.split_at(n - 2).0, bytes[n - 1])
    } else {
        (bytes, 0)
    };
    let mut c = 0;
    while c < Clause::COUNT {
        if eq(Clause::ALL[c].number().as_bytes(), clause) {
            return RequirementId::from_parts(Clause::ALL[c], letter);
        }
        c += 1;
    }
    panic!("unknown clause in a requirement ID; write IDs as `7.4.c`, `7.5.2.c` or `7.1`");
}

const fn eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Where the catalog's data comes from and how far each part of it is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Provenance {
    /// The overall statement, in both languages.
    pub statement: Text,
    /// The transcription the catalog follows.
    pub source: &'static SourceInfo,
    /// Each level of certainty, what it means and how many requirements have it.
    pub levels: [ProvenanceLevel; Certainty::COUNT],
}

/// The third-party transcription of the standard's text that the catalog follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SourceInfo {
    /// What it is, in both languages.
    pub description: Text,
    /// The public repository, `owner/name`.
    pub repository: &'static str,
    /// The commit the catalog was checked against.
    pub commit: &'static str,
    /// The folder holding one Markdown file per item.
    pub folder: &'static str,
}

/// One level of certainty, what it means, and how many requirements have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ProvenanceLevel {
    /// The level.
    pub certainty: Certainty,
    /// What it means.
    pub meaning: Text,
    /// How many of the 111 requirements have it.
    pub count: usize,
}

impl Provenance {
    /// How many requirements have `certainty`.
    #[must_use]
    pub fn count(&self, certainty: Certainty) -> usize {
        self.levels[certainty as usize].count
    }
}

/// The transcription the catalog follows.
pub static SOURCE: SourceInfo = SourceInfo {
    description: Text::new(
        "公开代码仓库中第三方对标准文本的转录（逐条一个 Markdown 文件，机器解析，非官方出版物）",
        "A third-party transcription of the standard's text in a public repository (one Markdown file per item, machine-parsed; not the official publication)",
    ),
    repository: "sermilan/EZcompliance",
    commit: "492737c249f0bd83c38ae8369ad7d95357785b92",
    folder: "COU/COU-R（原始）/GBT39204-2022",
};

const fn count_of(certainty: Certainty) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < REQUIREMENTS.len() {
        if REQUIREMENTS[i].certainty as u8 == certainty as u8 {
            n += 1;
        }
        i += 1;
    }
    n
}

static PROVENANCE: Provenance = Provenance {
    statement: Text::new(
        "本目录中的标题和要求陈述均为本项目自行撰写的中英文摘要，并非标准原文。条款结构、编号、条目归属和硬性数值依据公开代码仓库中第三方对标准文本的转录（非官方出版物）：82项要求的内容见于该转录，摘要据其撰写；20项为转录跳过的字母（推定），9项所在子条款（6.4、8.1、8.3）不见于转录（重建），这29项的要点系本项目根据上下文推定或重建，须对照官方文本核实。原则标注、主题、措施类型、责任方和对照映射为本项目的整理标注（curated）。持有官方文本的用户可通过覆盖层按要求编号附加原文。",
        "Every title and statement in this catalog is a summary written by this project in Chinese and English, never the standard's wording. The clause structure, numbering, which duty sits where and the hard numbers follow a third-party transcription of the standard's text in a public repository (not the official publication): 82 requirements are in that transcription and our summaries follow it; 20 are letters the transcription skips (implied) and 9 stand in sub-clauses it lacks (6.4, 8.1, 8.3; reconstructed) — the gists of those 29 are this project's inference or reconstruction and must be checked against the official text. Principle tags, topics, measure kinds, responsible parties and crosswalks are this project's curated annotations. Users who hold the official text can attach it by requirement ID through an overlay.",
    ),
    source: &SOURCE,
    levels: [
        ProvenanceLevel {
            certainty: Certainty::Transcribed,
            meaning: Text::new(
                "条目内容见于第三方转录；摘要据其撰写",
                "The item's text is in the third-party transcription; our summary follows it",
            ),
            count: count_of(Certainty::Transcribed),
        },
        ProvenanceLevel {
            certainty: Certainty::Implied,
            meaning: Text::new(
                "转录在已有条目之间或之后跳过的字母：条目存在，内容未见，要点据上下文推定",
                "A letter the transcription skips between or right after items it has: the item exists, its content was not seen, the gist is inferred from context",
            ),
            count: count_of(Certainty::Implied),
        },
        ProvenanceLevel {
            certainty: Certainty::Reconstructed,
            meaning: Text::new(
                "转录完全缺失的子条款（6.4、8.1、8.3）：结构和要点均为本项目重建",
                "A sub-clause the transcription lacks entirely (6.4, 8.1, 8.3): structure and gist are this project's reconstruction",
            ),
            count: count_of(Certainty::Reconstructed),
        },
    ],
};

/// The catalog's provenance: what the text is, what it follows, and how many
/// requirements are transcribed, implied and reconstructed (82 / 20 / 9).
#[must_use]
pub fn provenance() -> &'static Provenance {
    &PROVENANCE
}
