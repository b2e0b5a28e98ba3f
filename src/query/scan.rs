//! The scan behind every search: the catalog's searchable text copied into one buffer
//! (ASCII lower-cased, so case never matters), every term found in it in one pass each,
//! and the scores and matched spans that follow.
//!
//! Nothing is kept between searches and nothing is built at start-up; the copy is made
//! per search, which costs less than searching the hundreds of short strings one by one.
//!
//! ```
//! use gbt39204::query::search;
//!
//! // Case does not matter, and the range points into the original text.
//! let hits = search("MLPS")?;
//! let same = search("mlps")?;
//! assert_eq!(hits, same);
//! let first = &hits[0].matched[0];
//! assert_eq!(first.matched(), "MLPS");
//! # Ok::<(), gbt39204::query::SearchError>(())
//! ```

use std::ops::Range;

use strum::IntoEnumIterator;

use super::search::{Field, Kind, Match, TextQuery};
use super::terms::obligation_label;
use crate::catalog;
use crate::model::{Clause, Domain, Lang, ObligationKind, Requirement, Topic};

// How much a match in each field counts, before the term's rarity weighting. A sub-clause
// heading names what all its requirements are about, so it counts most.
const W_CLAUSE: f32 = 8.0;
const W_TITLE: f32 = 5.0;
const W_TOPIC: f32 = 2.0;
const W_OBLIGATION: f32 = 2.0;
const W_STATEMENT: f32 = 1.0;
const W_DOMAIN: f32 = 1.0;
/// Added for a requirement named by ID in the query: far above any text score.
const ID_BOOST: f32 = 1000.0;
/// Added for each requirement under a clause or sub-clause named in the query.
const PREFIX_BOOST: f32 = 100.0;

/// Where a stretch of searchable text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    /// The title of the requirement in this catalog row.
    Title(u8),
    /// The statement of the requirement in this catalog row.
    Statement(u8),
    Clause(Clause),
    Domain(Domain),
    Topic(Topic),
    Obligation(ObligationKind),
}

impl Source {
    fn field(self, lang: Lang) -> Field {
        match self {
            Source::Title(_) => Field::Title { lang },
            Source::Statement(_) => Field::Statement { lang },
            Source::Clause(_) => Field::Clause { lang },
            Source::Domain(_) => Field::Domain { lang },
            Source::Topic(topic) => Field::Topic { topic, lang },
            Source::Obligation(kind) => Field::Obligation { kind, lang },
        }
    }

    /// Whether this text belongs to requirement `r` in catalog row `row`.
    fn belongs_to(self, row: usize, r: &Requirement) -> bool {
        match self {
            Source::Title(x) | Source::Statement(x) => usize::from(x) == row,
            Source::Clause(c) => r.clause() == c || r.clause().parent() == Some(c),
            Source::Domain(d) => r.domain() == d,
            Source::Topic(t) => r.topics.contains(&t),
            Source::Obligation(k) => r.obligation(k).is_some(),
        }
    }
}

/// A stretch of the buffer: where it starts and what it is.
struct Segment {
    start: usize,
    source: Source,
    lang: Lang,
}

/// The searchable text of the whole catalog in one buffer: first every Chinese text,
/// then every English one, each followed by a newline (which no term contains, so no
/// match runs across two texts).
struct Haystack {
    text: Vec<u8>,
    segments: Vec<Segment>,
    en_start: usize,
}

impl Haystack {
    /// Copies the texts in the languages `wanted` says, Chinese first, and lower-cases
    /// their ASCII letters (the Chinese texts' only when `lower_zh`: few have any).
    fn build(wanted: impl Fn(Lang) -> bool, lower_zh: bool) -> Haystack {
        let rows = catalog::requirements();
        let mut h = Haystack {
            text: Vec::with_capacity(24 * 1024),
            segments: Vec::with_capacity(2 * 128 + 80),
            en_start: 0,
        };
        for lang in [Lang::Zh, Lang::En] {
            if lang == Lang::En {
                h.en_start = h.text.len();
            }
            if !wanted(lang) {
                continue;
            }
            for (row, r) in (0..=u8::MAX).zip(rows.iter().take(128)) {
                h.add(Source::Title(row), lang, r.title(lang));
                h.add(Source::Statement(row), lang, r.statement(lang));
            }
            for c in Clause::ALL {
                h.add(Source::Clause(c), lang, c.name(lang));
            }
            for d in Domain::iter() {
                h.add(Source::Domain(d), lang, d.name(lang));
            }
            for t in Topic::iter() {
                h.add(Source::Topic(t), lang, t.name(lang));
            }
            for k in ObligationKind::iter() {
                h.add(Source::Obligation(k), lang, obligation_label(k, lang));
            }
        }
        let from = if lower_zh { 0 } else { h.en_start };
        if let Some(text) = h.text.get_mut(from..) {
            text.make_ascii_lowercase();
        }
        h
    }

    fn add(&mut self, source: Source, lang: Lang, text: &str) {
        self.segments.push(Segment {
            start: self.text.len(),
            source,
            lang,
        });
        self.text.extend_from_slice(text.as_bytes());
        self.text.push(b'\n');
    }

    /// The segment holding byte `pos`.
    fn segment(&self, pos: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.start <= pos);
        self.segments.get(i.checked_sub(1)?)
    }
}

/// One match of one term, in the static text of `source` in `lang`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Occurrence {
    source: Source,
    lang: Lang,
    start: usize,
    end: usize,
}

// Bits of the per-row field mask of one term.
const TITLE_ZH: u8 = 1;
const TITLE_EN: u8 = 1 << 1;
const STATEMENT_ZH: u8 = 1 << 2;
const STATEMENT_EN: u8 = 1 << 3;
const CLAUSE: u8 = 1 << 4;
const DOMAIN: u8 = 1 << 5;
const TOPIC: u8 = 1 << 6;
const OBLIGATION: u8 = 1 << 7;

fn field_weight(bits: u8) -> f32 {
    let has = |bit: u8| if bits & bit != 0 { 1.0 } else { 0.0 };
    W_TITLE * (has(TITLE_ZH) + has(TITLE_EN))
        + W_STATEMENT * (has(STATEMENT_ZH) + has(STATEMENT_EN))
        + W_CLAUSE * has(CLAUSE)
        + W_DOMAIN * has(DOMAIN)
        + W_TOPIC * has(TOPIC)
        + W_OBLIGATION * has(OBLIGATION)
}

/// Which shared names (sub-clause headings, domain and topic names, obligation labels) one
/// term matched, in either language.
#[derive(Debug, Clone, Copy, Default)]
struct Names {
    clauses: u64,
    domains: u8,
    topics: u32,
    obligations: u16,
}

impl Names {
    /// The names of requirement `r`, as the same masks.
    fn of(r: &Requirement) -> Names {
        Names {
            clauses: r.clause().parent().map_or(0, |p| 1 << p.index()) | 1 << r.clause().index(),
            domains: 1 << (r.domain() as u8),
            topics: r.topics.iter().fold(0, |m, &t| m | 1 << (t as u32)),
            obligations: r
                .obligations
                .iter()
                .fold(0, |m, o| m | 1 << (o.kind() as u16)),
        }
    }

    /// The field bits for a requirement whose own names are `own`.
    fn bits_for(self, own: Names) -> u8 {
        let mut bits = 0;
        if self.clauses & own.clauses != 0 {
            bits |= CLAUSE;
        }
        if self.domains & own.domains != 0 {
            bits |= DOMAIN;
        }
        if self.topics & own.topics != 0 {
            bits |= TOPIC;
        }
        if self.obligations & own.obligations != 0 {
            bits |= OBLIGATION;
        }
        bits
    }

    fn is_empty(self) -> bool {
        self.clauses == 0 && self.domains == 0 && self.topics == 0 && self.obligations == 0
    }
}

/// The outcome of matching a query against the catalog.
pub(super) struct Evaluation<'q> {
    query: &'q TextQuery,
    score: [f32; 128],
    /// Every match, sorted by source: the rows' titles and statements first, then the
    /// shared names from `names_from` on.
    occurrences: Vec<Occurrence>,
    names_from: usize,
}

impl<'q> Evaluation<'q> {
    /// Finds every term of `query` and scores every row.
    pub(super) fn of(query: &'q TextQuery) -> Evaluation<'q> {
        let rows = catalog::requirements();
        let n = rows.len().min(128);
        let mut score = [0f32; 128];
        let mut occurrences = Vec::with_capacity(256);
        if !query.terms.is_empty() {
            let mut own = [Names::default(); 128];
            for (names, r) in own.iter_mut().zip(rows) {
                *names = Names::of(r);
            }
            let searched = |lang| query.terms.iter().any(|t| t.searches(lang));
            let lower_zh = query.terms.iter().any(|t| t.kind != Kind::Han);
            let hay = Haystack::build(searched, lower_zh);
            for term in &query.terms {
                let mut bits = [0u8; 128];
                let mut names = Names::default();
                let regions = [
                    (Lang::Zh, 0..hay.en_start),
                    (Lang::En, hay.en_start..hay.text.len()),
                ];
                for (lang, region) in regions {
                    let Some(text) = hay.text.get(region.clone()).filter(|_| term.searches(lang))
                    else {
                        continue;
                    };
                    term.find_all(text, |found| {
                        let pos = region.start + found.start;
                        let Some(seg) = hay.segment(pos) else {
                            return;
                        };
                        let (zh, en) = match seg.source {
                            Source::Title(_) => (TITLE_ZH, TITLE_EN),
                            Source::Statement(_) => (STATEMENT_ZH, STATEMENT_EN),
                            _ => (0, 0),
                        };
                        match seg.source {
                            Source::Title(row) | Source::Statement(row) => {
                                if let Some(b) = bits.get_mut(usize::from(row)) {
                                    *b |= if seg.lang == Lang::Zh { zh } else { en };
                                }
                            }
                            Source::Clause(c) => names.clauses |= 1 << c.index(),
                            Source::Domain(d) => names.domains |= 1 << (d as u8),
                            Source::Topic(t) => names.topics |= 1 << (t as u32),
                            Source::Obligation(k) => names.obligations |= 1 << (k as u16),
                        }
                        occurrences.push(Occurrence {
                            source: seg.source,
                            lang: seg.lang,
                            start: pos - seg.start,
                            end: pos - seg.start + found.len(),
                        });
                    });
                }
                if !names.is_empty() {
                    for (b, &own) in bits.iter_mut().zip(&own) {
                        *b |= names.bits_for(own);
                    }
                }
                let df = bits.iter().filter(|&&b| b != 0).count();
                if df == 0 {
                    continue;
                }
                #[allow(
                    clippy::cast_precision_loss,
                    reason = "`n` and `df` count catalog rows, at most 128, exact as f32"
                )]
                let idf = (1.0 + n as f32 / df as f32).ln();
                for (s, &b) in score.iter_mut().zip(&bits) {
                    *s += term.weight * idf * field_weight(b);
                }
            }
        }
        for (row, r) in rows.iter().enumerate().take(n) {
            if query.ids.has_row(row) {
                score[row] += ID_BOOST;
            }
            if query.prefixes.iter().any(|p| p.contains(r.id)) {
                score[row] += PREFIX_BOOST;
            }
        }
        occurrences.sort_unstable();
        occurrences.dedup();
        let names_from = occurrences
            .partition_point(|o| matches!(o.source, Source::Title(_) | Source::Statement(_)));
        Evaluation {
            query,
            score,
            occurrences,
            names_from,
        }
    }

    /// The score of catalog row `row`; 0 when nothing matched.
    pub(super) fn score(&self, row: usize) -> f32 {
        self.score.get(row).copied().unwrap_or(0.0)
    }

    /// The matched spans of requirement `r` in catalog row `row`, merged and in field
    /// order.
    pub(super) fn spans(&self, row: usize, r: &'static Requirement) -> Vec<Match> {
        let mut spans: Vec<(Field, Range<usize>)> = Vec::new();
        if self.query.ids.has_row(row) {
            spans.push((Field::Id, 0..r.id.as_str().len()));
        }
        for p in self.query.prefixes.iter().filter(|p| p.contains(r.id)) {
            // The prefix as written (`7.`, `7.9`) is the start of the ID's text.
            spans.push((Field::Id, 0..p.to_string().len()));
        }
        let (own, names) = self
            .occurrences
            .split_at(self.names_from.min(self.occurrences.len()));
        let Ok(row8) = u8::try_from(row) else {
            return Vec::new();
        };
        for source in [Source::Title(row8), Source::Statement(row8)] {
            let from = own.partition_point(|o| o.source < source);
            let to = own.partition_point(|o| o.source <= source);
            for o in own.get(from..to).unwrap_or_default() {
                spans.push((o.source.field(o.lang), o.start..o.end));
            }
        }
        for o in names.iter().filter(|o| o.source.belongs_to(row, r)) {
            let field = match o.source {
                Source::Clause(c) if c != r.clause() => Field::ParentClause { lang: o.lang },
                source => source.field(o.lang),
            };
            spans.push((field, o.start..o.end));
        }
        spans.sort_by_key(|(field, range)| (*field, range.start, range.end));
        let mut merged: Vec<Match> = Vec::with_capacity(spans.len());
        for (field, range) in spans {
            match merged.last_mut() {
                Some(last) if last.field == field && range.start <= last.range.end => {
                    last.range.end = last.range.end.max(range.end);
                }
                _ => merged.push(Match {
                    field,
                    range,
                    text: field.text(r),
                }),
            }
        }
        merged
    }
}
