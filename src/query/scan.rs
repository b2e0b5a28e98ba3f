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
//! let first = hits[0].matched.first().unwrap();
//! assert_eq!(first.matched(), "MLPS");
//! # Ok::<(), gbt39204::query::SearchError>(())
//! ```

use super::RequirementSet;
use super::index::{Posting, Source, TEXTS};
use super::search::{Field, Found, Hit, TextQuery};
use super::set::each_row;
use crate::catalog;
use crate::model::Lang;

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
    pub(super) const fn field(self, lang: Lang) -> Field {
        match self {
            Source::Title(_) => Field::Title { lang },
            Source::Statement(_) => Field::Statement { lang },
            Source::Clause(_) => Field::Clause { lang },
            Source::ParentClause(_) => Field::ParentClause { lang },
            Source::Domain(_) => Field::Domain { lang },
            Source::Topic(topic) => Field::Topic { topic, lang },
            Source::Obligation(kind) => Field::Obligation { kind, lang },
        }
    }

    /// Which of [`FIELD_WEIGHTS`] a match in this text counts as.
    pub(super) const fn kind(self, lang: Lang) -> u8 {
        let en = matches!(lang, Lang::En) as u8;
        match self {
            Source::Title(_) => en,
            Source::Statement(_) => 2 + en,
            Source::Clause(_) | Source::ParentClause(_) => 4,
            Source::Domain(_) => 5,
            Source::Topic(_) => 6,
            Source::Obligation(_) => 7,
        }
    }
}

/// Where [`pack`] puts a posting's text and start; its end is the lowest [`PART`] bits.
const TEXT_AT: u32 = 32;
const START_AT: u32 = 16;
/// The bits of one part of a packed posting.
const PART: u64 = 0xFFFF;

/// A posting as one number ordered as the posting is: text, start, end.
fn pack([text, start, end]: Posting) -> u64 {
    u64::from(text) << TEXT_AT | u64::from(start) << START_AT | u64::from(end)
}

/// The posting [`pack`] made.
fn unpack(packed: u64) -> Posting {
    let part = |at: u32| u16::try_from(packed >> at & PART).unwrap_or(u16::MAX);
    [part(TEXT_AT), part(START_AT), part(0)]
}

/// Merges the sorted postings `new` into the sorted packed postings `into`, from the
/// back, in place, in one pass over both: each term's postings are sorted already, so
/// merging them term by term (a query has a few terms) costs fewer instructions than
/// sorting all the matches at the end.
fn merge_sorted(into: &mut Vec<u64>, new: &[Posting]) {
    let (mut i, mut j) = (into.len(), new.len());
    into.resize(i + j, 0);
    while let Some(&next) = new.get(j.wrapping_sub(1)) {
        let next = pack(next);
        let k = i + j - 1;
        match into.get(i.wrapping_sub(1)) {
            Some(&last) if last > next => {
                into[k] = last;
                i -= 1;
            }
            _ => {
                into[k] = next;
                j -= 1;
            }
        }
    }
}

/// Merges, in sorted packed postings, each one that overlaps the one before in the same
/// text into it, reading the parts from the packed numbers without unpacking them.
fn merge_overlapping(sorted: &mut Vec<u64>) {
    sorted.dedup_by(|next, last| {
        let overlaps =
            *next >> TEXT_AT == *last >> TEXT_AT && (*next >> START_AT & PART) <= (*last & PART);
        if overlaps && (*next & PART) > (*last & PART) {
            *last = *last & !PART | *next & PART;
        }
        overlaps
    });
}

/// The outcome of matching a query against the catalog.
pub(super) struct Evaluation<'q> {
    query: &'q TextQuery,
    score: [f32; 128],
    /// Every match, sorted by text and position, overlapping ones in the same text
    /// merged: a hit's spans as they are, once for every hit whose row has the text. Each
    /// packed into one number ([`pack`]) that orders as the posting does.
    occurrences: Vec<u64>,
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
        // The matches of a phrase or of other letters, found in the texts.
        let mut found = Found::new();
        let mut matched = query.ids;
        for term in &query.terms {
            let postings = term.postings(&mut found);
            debug_assert!(postings.is_sorted(), "a term's postings out of order");
            // The rows each kind of field matched in.
            let mut fields = [0u128; FIELD_WEIGHTS.len()];
            for &[text, ..] in postings {
                if let Some(t) = TEXTS.get(usize::from(text))
                    && let Some(f) = fields.get_mut(usize::from(t.kind))
                {
                    *f |= t.rows;
                }
            }
            if term.spanned {
                merge_sorted(&mut occurrences, postings);
            }
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
            let scale = term.weight * idf;
            let kinds = fields
                .iter()
                .zip(FIELD_WEIGHTS)
                .filter(|(mask, _)| **mask != 0);
            for (&mask, weight) in kinds {
                let add = scale * weight;
                each_row(mask, |row| {
                    if let Some(s) = score.get_mut(row) {
                        *s += add;
                    }
                });
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
        merge_overlapping(&mut occurrences);
        Evaluation {
            query,
            score,
            occurrences,
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

    /// Fills in the matched spans of `hits`, merged and in field order: the IDs and
    /// prefixes the query names, then one pass over the occurrences, each given to the
    /// hits whose row has its text.
    ///
    /// The index numbers a requirement's texts in the order of their fields (its own
    /// four, then the headings, domain, topics and obligations it shares), and the
    /// occurrences are sorted by text and position, so each hit's spans come out sorted.
    /// A requirement has each field in one text only, so merging the occurrences of a
    /// text once is merging each hit's spans: they are pushed as they are.
    pub(super) fn fill_spans(&self, hits: &mut [Hit]) {
        // Where each catalog row's hit is, and which rows have one.
        let mut at = [u8::MAX; 128];
        let mut selected = 0u128;
        // Each prefix named, with its length as written (`7.`, `7.9`): the start of the
        // IDs under it.
        let prefixes: Vec<_> = self
            .query
            .prefixes
            .iter()
            .map(|p| (p, p.to_string().len()))
            .collect();
        for (hit, i) in hits.iter_mut().zip(0..) {
            let id = hit.requirement.id;
            let row = catalog::position(id);
            if let Some(slot) = at.get_mut(row) {
                *slot = i;
                selected |= 1 << row;
            }
            // A requirement named by its ID, or under prefixes named, has one span of its
            // ID: all of it, or the longest prefix.
            let id_end = if self.query.ids.has_row(row) {
                id.as_str().len()
            } else {
                let under = prefixes.iter().filter(|(p, _)| p.contains(id));
                under.map(|&(_, len)| len).max().unwrap_or(0)
            };
            if id_end > 0 {
                hit.matched.set_id(id, id_end);
            }
        }
        for &packed in &self.occurrences {
            let [text, start, end] = unpack(packed);
            let Some(t) = TEXTS.get(usize::from(text)) else {
                continue;
            };
            each_row(t.rows & selected, |row| {
                let at = at.get(row).map_or(usize::MAX, |&i| usize::from(i));
                if let Some(hit) = hits.get_mut(at) {
                    hit.matched.push([text, start, end]);
                }
            });
        }
        debug_assert!(
            hits.iter().all(|h| h
                .matched
                .iter()
                .is_sorted_by_key(|m| (m.field, m.range.start))),
            "spans out of field order"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::index::OWN_TEXTS;

    #[test]
    fn merging_sorted_postings_is_sorting_them() {
        let runs: [&[Posting]; 4] = [
            &[[1, 0, 3], [4, 6, 9]],
            &[],
            &[[0, 3, 6], [1, 0, 6], [4, 0, 3], [9, 1, 2]],
            &[[1, 0, 3]],
        ];
        let (mut merged, mut sorted) = (Vec::new(), Vec::new());
        for run in runs {
            merge_sorted(&mut merged, run);
            sorted.extend(run.iter().map(|&p| pack(p)));
        }
        sorted.sort_unstable();
        assert_eq!(merged, sorted);
        merge_overlapping(&mut merged);
        let spans: Vec<Posting> = merged.into_iter().map(unpack).collect();
        assert_eq!(
            spans,
            [[0, 3, 6], [1, 0, 6], [4, 0, 3], [4, 6, 9], [9, 1, 2]]
        );
    }

    /// What [`Evaluation::fill_spans`] relies on to skip sorting, and the texts it returns.
    #[test]
    fn every_requirements_texts_are_numbered_in_field_order() {
        for (row, r) in catalog::requirements().iter().enumerate() {
            let texts = TEXTS.iter().filter(|t| t.rows >> row & 1 != 0);
            let fields: Vec<Field> = texts.clone().map(|t| t.source.field(t.lang)).collect();
            // The texts read at compile time are the requirement's fields.
            for (t, field) in texts.zip(&fields) {
                assert_eq!(t.text(), field.text(r), "{}", r.id);
            }
            assert!(fields.is_sorted(), "{}: {fields:?}", r.id);
            // Its own four first, then its heading, domain, topics and obligations.
            assert!(fields.len() >= OWN_TEXTS + 4, "{}", r.id);
            assert!(fields.windows(2).all(|w| w[0] != w[1]), "{}", r.id);
        }
    }
}
