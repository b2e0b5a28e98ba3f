//! Matching and ranking: every term of a query looked up in the compiled-in index
//! ([`super::index`]), the rows it reaches scored by field, and the matched spans of the
//! hits, as byte ranges into the static text.
//!
//! Nothing is built at start-up or kept between searches.
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

use super::RequirementSet;
use super::index::{OWN_TEXTS, Posting, Source, TEXTS};
use super::search::{Field, Match, TextQuery};
use crate::catalog;
use crate::model::{Lang, Requirement};

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

/// The kinds of field a term can match in, and what a match in each counts.
const FIELD_WEIGHTS: [f32; 8] = [
    W_TITLE,
    W_TITLE,
    W_STATEMENT,
    W_STATEMENT,
    W_CLAUSE,
    W_DOMAIN,
    W_TOPIC,
    W_OBLIGATION,
];

impl Source {
    /// The field of a requirement this text is, in `lang`.
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

    /// Which of [`FIELD_WEIGHTS`] a match in this text counts as.
    fn kind(self, lang: Lang) -> usize {
        let en = usize::from(lang == Lang::En);
        match self {
            Source::Title(_) => en,
            Source::Statement(_) => 2 + en,
            Source::Clause(_) => 4,
            Source::Domain(_) => 5,
            Source::Topic(_) => 6,
            Source::Obligation(_) => 7,
        }
    }
}

/// A posting as one number ordered as the posting is: text, start, end.
fn pack([text, start, end]: Posting) -> u64 {
    u64::from(text) << 32 | u64::from(start) << 16 | u64::from(end)
}

/// The posting [`pack`] made.
fn unpack(packed: u64) -> Posting {
    let part = |shift: u32| u16::try_from(packed >> shift & 0xFFFF).unwrap_or(u16::MAX);
    [part(32), part(16), part(0)]
}

/// The text number of a packed posting.
fn text_of(packed: u64) -> usize {
    usize::from(unpack(packed)[0])
}

/// The outcome of matching a query against the catalog.
pub(super) struct Evaluation<'q> {
    query: &'q TextQuery,
    score: [f32; 128],
    /// Every match, sorted by text: the rows' own texts first, the shared names from
    /// `names_from` on. Each packed into one number ([`pack`]) that sorts as the posting
    /// does, which sorts several times faster than the three-part posting.
    occurrences: Vec<u64>,
    names_from: usize,
    /// The rows with a score above 0.
    matched: RequirementSet,
}

impl<'q> Evaluation<'q> {
    /// Looks up every term of `query` and scores every row.
    pub(super) fn of(query: &'q TextQuery) -> Evaluation<'q> {
        let rows = catalog::requirements();
        let n = rows.len().min(128);
        let mut score = [0f32; 128];
        // Room for a typical query's matches, so that collecting them rarely regrows.
        let mut occurrences = Vec::with_capacity(64);
        let mut matched = query.ids;
        for term in &query.terms {
            // The rows each kind of field matched in.
            let mut fields = [0u128; FIELD_WEIGHTS.len()];
            term.find(&mut |posting| {
                let Some(text) = TEXTS.get(usize::from(posting[0])) else {
                    return;
                };
                if let Some(f) = fields.get_mut(text.source.kind(text.lang)) {
                    *f |= text.rows;
                }
                occurrences.push(pack(posting));
            });
            let reached = fields.iter().fold(0, |all, f| all | f);
            if reached == 0 {
                continue;
            }
            matched |= RequirementSet::from_bits(reached);
            #[allow(
                clippy::cast_precision_loss,
                reason = "`n` and `df` count catalog rows, at most 128, exact as f32"
            )]
            let idf = (1.0 + n as f32 / reached.count_ones() as f32).ln();
            let mut left = reached;
            while left != 0 {
                let row = left.trailing_zeros() as usize;
                left &= left - 1;
                let weight: f32 = fields
                    .iter()
                    .zip(FIELD_WEIGHTS)
                    .filter(|(f, _)| *f >> row & 1 != 0)
                    .map(|(_, w)| w)
                    .sum();
                if let Some(s) = score.get_mut(row) {
                    *s += term.weight * idf * weight;
                }
            }
        }
        let named = !query.ids.is_empty() || !query.prefixes.is_empty();
        for (row, r) in rows.iter().enumerate().take(n).filter(|_| named) {
            if query.ids.has_row(row) {
                score[row] += ID_BOOST;
            }
            if query.prefixes.iter().any(|p| p.contains(r.id)) {
                score[row] += PREFIX_BOOST;
                matched |= RequirementSet::from_bits(1 << row);
            }
        }
        occurrences.sort_unstable();
        occurrences.dedup();
        let own_texts = OWN_TEXTS * n;
        let names_from = occurrences.partition_point(|&p| text_of(p) < own_texts);
        Evaluation {
            query,
            score,
            occurrences,
            names_from,
            matched,
        }
    }

    /// The rows with a score above 0: a term reached them, or the query names them.
    pub(super) fn matched(&self) -> RequirementSet {
        self.matched
    }

    /// The score of catalog row `row`; 0 when nothing matched.
    pub(super) fn score(&self, row: usize) -> f32 {
        self.score.get(row).copied().unwrap_or(0.0)
    }

    /// The matched spans of requirement `r` in catalog row `row`, merged and in field
    /// order; `spans` is scratch space.
    pub(super) fn spans(
        &self,
        row: usize,
        r: &'static Requirement,
        spans: &mut Vec<(Field, Range<usize>)>,
    ) -> Vec<Match> {
        spans.clear();
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
        let texts = OWN_TEXTS * row..OWN_TEXTS * (row + 1);
        let from = own.partition_point(|&p| text_of(p) < texts.start);
        let to = own.partition_point(|&p| text_of(p) < texts.end);
        let bit = 1u128
            .checked_shl(u32::try_from(row).unwrap_or(u32::MAX))
            .unwrap_or(0);
        let mine = names
            .iter()
            .filter(|&&p| TEXTS.get(text_of(p)).is_some_and(|t| t.rows & bit != 0));
        for &packed in own.get(from..to).unwrap_or_default().iter().chain(mine) {
            let [text, start, end] = unpack(packed);
            let Some(t) = TEXTS.get(usize::from(text)) else {
                continue;
            };
            let field = match t.source {
                Source::Clause(c) if c != r.clause() => Field::ParentClause { lang: t.lang },
                source => source.field(t.lang),
            };
            spans.push((field, usize::from(start)..usize::from(end)));
        }
        // The row's own texts come in field order; names may not.
        let key = |(field, range): &(Field, Range<usize>)| (*field, range.start, range.end);
        if !spans.is_sorted_by_key(key) {
            spans.sort_unstable_by_key(key);
        }
        let mut merged: Vec<Match> = Vec::with_capacity(spans.len());
        for (field, range) in spans.drain(..) {
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
