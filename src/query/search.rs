//! Bilingual, ranked full-text search over the static catalog text.
//!
//! Chinese is matched without a word list: a run of Chinese characters is searched as a
//! phrase and as overlapping character bigrams, after Traditional characters fold to
//! Simplified. English is matched by word, ignoring case and inflection (Snowball's
//! English stemmer: `supplier`/`suppliers`, `log`/`logs`/`logging`, `audit`/`auditing`);
//! a word of five letters or more that no text has also matches the words at one edit
//! from it, at a lower weight. Abbreviations and synonyms the catalog does not use are
//! read through a glossary ([`super::glossary`]). A requirement ID in the query (`7.4c`)
//! puts that requirement first; a sub-clause or clause number (`7.9`, `7.`) puts its
//! requirements ahead of the rest. Title matches weigh more than statement matches, and
//! rarer terms more than common ones. Every hit says which fields matched and where, as
//! byte ranges into the static strings, so a user interface can highlight them.
//!
//! The terms are looked up in an index compiled into the crate ([`super::index`]);
//! nothing is built at start-up (see the README for timings).
//!
//! ```
//! use gbt39204::query::{search, Field, SearchError};
//! use gbt39204::Lang;
//!
//! let hits = search("日志")?;
//! let top = &hits[0];
//! assert_eq!(top.requirement.id.to_string(), "7.5.4");
//! let title = top.matched.iter().find(|m| m.field == Field::Title { lang: Lang::Zh }).unwrap();
//! assert_eq!(title.matched(), "日志");
//!
//! assert_eq!(search("7.4c training")?[0].requirement.id.to_string(), "7.4.c");
//! // Traditional Chinese, an abbreviation, an inflection and a typo.
//! for (text, first) in [("日誌", "7.5.4"), ("等保", "7.1"), ("auditing", "7.5.4"), ("retension", "7.5.4")] {
//!     assert!(search(text)?.iter().take(3).any(|h| h.requirement.id.to_string() == first));
//! }
//! assert_eq!(search("  "), Err(SearchError::Empty));
//! # Ok::<(), SearchError>(())
//! ```

use std::borrow::Cow;
use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};
use schemars::JsonSchema;
use serde::{Serialize, Serializer};
use smallvec::SmallVec;
use thiserror::Error;

use super::index::{self, GLOSSARY_ADDS, GLOSSARY_EN, GLOSSARY_HAN, Key, Posting};
use super::scan::Evaluation;
use super::terms::{STOP_WORDS, obligation_label};
use super::{IdPrefix, PrefixError, RequirementSet};
use crate::model::names::fold_width;
use crate::model::{Domain, IdError, Lang, ObligationKind, Requirement, RequirementId, Topic};

/// The longest search text accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 256;

/// The most distinct terms (words, Chinese phrases and bigrams) a search uses; the rest of
/// a very long query is ignored.
pub const MAX_TERMS: usize = 32;

/// How much a Chinese bigram counts next to the whole run it comes from.
const BIGRAM_WEIGHT: f32 = 0.5;

/// How much a word at one edit from a query word counts (for a query word of at least
/// [`TYPO_MIN_LETTERS`] letters whose stem no text has): below any word as typed.
const TYPO_WEIGHT: f32 = 0.25;

/// The shortest query word that typo tolerance applies to.
const TYPO_MIN_LETTERS: usize = 5;

/// Why a search text cannot be searched.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SearchError {
    /// The text is empty or only whitespace.
    #[error("empty search text; type a word or an ID, e.g. `日志`, `log retention` or `7.6.c`")]
    Empty,
    /// The text is longer than [`MAX_QUERY_CHARS`].
    #[error("search text is {chars} characters long; shorten it to at most {max}")]
    TooLong {
        /// The text's length in characters.
        chars: usize,
        /// The longest accepted, [`MAX_QUERY_CHARS`].
        max: usize,
    },
    /// The text has no letters, digits, Chinese characters or IDs.
    #[error(
        "`{input}` has nothing to search for; use words, Chinese characters or a requirement ID, e.g. `日志` or `7.6.c`"
    )]
    NothingToSearch {
        /// The text as given.
        input: String,
    },
    /// The text's only content is something shaped like an ID or a sub-clause number that
    /// does not exist.
    #[error("nothing to search for: {0}")]
    Id(#[from] PrefixError),
}

/// A searchable field of a requirement. Besides its own title and statement, a requirement
/// is found through its sub-clause heading, its domain name, its topics' names and the
/// labels of its quantitative obligations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum Field {
    /// The requirement ID (`7.4.c`): named in the query, or under a prefix named in it.
    Id,
    /// The title.
    Title {
        /// Which language's title.
        lang: Lang,
    },
    /// The statement.
    Statement {
        /// Which language's statement.
        lang: Lang,
    },
    /// The heading of the clause the requirement stands under
    /// ([`Clause::name`](crate::Clause::name)): `7.5.2` 互联安全 for 7.5.2.c.
    Clause {
        /// Which language's heading.
        lang: Lang,
    },
    /// The heading of the sub-clause above that clause, for requirements of 7.5, 7.6 and
    /// 11.3: `7.5` 安全通信网络 for 7.5.2.c.
    ParentClause {
        /// Which language's heading.
        lang: Lang,
    },
    /// The domain name ([`Domain::name`]).
    Domain {
        /// Which language's name.
        lang: Lang,
    },
    /// The name of one of the requirement's topics ([`Topic::name`]).
    Topic {
        /// The topic.
        topic: Topic,
        /// Which language's name.
        lang: Lang,
    },
    /// What one of the requirement's quantitative obligations is about (a short label of
    /// the search's own, e.g. "network log retention period").
    Obligation {
        /// The obligation's kind.
        kind: ObligationKind,
        /// Which language's label.
        lang: Lang,
    },
}

impl Field {
    /// The static text of this field for requirement `r`.
    #[must_use]
    pub fn text(self, r: &'static Requirement) -> &'static str {
        match self {
            Field::Id => r.id.as_str(),
            Field::Title { lang } => r.title(lang),
            Field::Statement { lang } => r.statement(lang),
            Field::Clause { lang } => r.clause().name(lang),
            Field::ParentClause { lang } => r.clause().parent().map_or("", |c| c.name(lang)),
            Field::Domain { lang } => r.domain().name(lang),
            Field::Topic { topic, lang } => topic.name(lang),
            Field::Obligation { kind, lang } => obligation_label(kind, lang),
        }
    }

    /// The language of this field's text; `None` for the ID, which is in neither.
    ///
    /// ```
    /// use gbt39204::Lang;
    /// use gbt39204::query::Field;
    ///
    /// assert_eq!(Field::Title { lang: Lang::En }.lang(), Some(Lang::En));
    /// assert_eq!(Field::Id.lang(), None);
    /// ```
    #[must_use]
    pub const fn lang(self) -> Option<Lang> {
        match self {
            Field::Id => None,
            Field::Title { lang }
            | Field::Statement { lang }
            | Field::Clause { lang }
            | Field::ParentClause { lang }
            | Field::Domain { lang }
            | Field::Topic { lang, .. }
            | Field::Obligation { lang, .. } => Some(lang),
        }
    }
}

/// One matched span: which field, and which bytes of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// The field that matched.
    pub field: Field,
    /// The matched bytes of [`Match::text`]; always on character boundaries.
    pub range: Range<usize>,
    /// The whole text of the field, borrowed from the static catalog.
    pub text: &'static str,
}

impl Match {
    /// The matched part of the text.
    #[must_use]
    pub fn matched(&self) -> &'static str {
        self.text.get(self.range.clone()).unwrap_or_default()
    }
}

impl Serialize for Match {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Record<'a> {
            #[serde(flatten)]
            field: Field,
            start: usize,
            end: usize,
            text: &'a str,
        }
        Record {
            field: self.field,
            start: self.range.start,
            end: self.range.end,
            text: self.matched(),
        }
        .serialize(serializer)
    }
}

/// The matched spans of a hit, ordered by field and position, overlapping spans merged.
/// Each is given as a [`Match`] when read (`iter`, `get`, `first`; `Vec::from` gives
/// them all): a span is kept as the number of its text in the index and its byte range,
/// six bytes, and up to eight of them besides the ID's in the hit itself, so most hits
/// allocate nothing.
///
/// ```
/// use gbt39204::query::search;
///
/// let hits = search("日志")?;
/// let spans = &hits[0].matched;
/// assert!(!spans.is_empty());
/// for m in spans {
///     assert_eq!(m.matched(), "日志");
/// }
/// assert_eq!(spans.first(), spans.get(0));
/// assert_eq!(Vec::from(spans.clone()).len(), spans.len());
/// # Ok::<(), gbt39204::query::SearchError>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Spans {
    /// The span of the requirement's ID, first when the query names it: the ID and how
    /// many of its bytes matched (all, or a clause prefix such as `7.9`).
    id: Option<(RequirementId, u8)>,
    /// The other spans, each as the index has it: its text's number in [`index::TEXTS`]
    /// and its byte range there.
    texts: SmallVec<[Posting; 8]>,
}

impl Spans {
    /// Sets the span of the requirement's ID, its first `len` bytes (an ID is a few); it
    /// comes first.
    pub(super) fn set_id(&mut self, id: RequirementId, len: usize) {
        self.id = u8::try_from(len).ok().map(|len| (id, len));
    }

    /// Adds the span `posting` of a text, after those before it in field and position
    /// and overlapping none of them.
    pub(super) fn push(&mut self, posting: Posting) {
        self.texts.push(posting);
    }

    /// The number of spans.
    #[must_use]
    pub fn len(&self) -> usize {
        usize::from(self.id.is_some()) + self.texts.len()
    }

    /// Whether nothing matched (a hit of a search without text).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The span at `i`, in field and position order.
    #[must_use]
    pub fn get(&self, i: usize) -> Option<Match> {
        match (self.id, i) {
            (Some((id, len)), 0) => Some(Match {
                field: Field::Id,
                range: 0..usize::from(len),
                text: id.as_str(),
            }),
            (Some(_), i) => self.texts.get(i - 1).and_then(|&p| text_match(p)),
            (None, i) => self.texts.get(i).and_then(|&p| text_match(p)),
        }
    }

    /// The first span: the ID's when the query names it.
    #[must_use]
    pub fn first(&self) -> Option<Match> {
        self.get(0)
    }

    /// The spans in field and position order.
    #[must_use]
    pub fn iter(&self) -> SpanIter<'_> {
        SpanIter {
            spans: self,
            next: 0,
        }
    }
}

/// The span of a text that `posting` names. Every posting a hit keeps comes from the
/// index, so its text is always there.
fn text_match([text, start, end]: Posting) -> Option<Match> {
    let t = index::TEXTS.get(usize::from(text))?;
    Some(Match {
        field: t.field,
        range: usize::from(start)..usize::from(end),
        text: t.text(),
    })
}

/// The spans of a hit, in order, as [`Match`]es ([`Spans::iter`]).
#[derive(Debug, Clone)]
pub struct SpanIter<'s> {
    spans: &'s Spans,
    next: usize,
}

impl Iterator for SpanIter<'_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let m = self.spans.get(self.next)?;
        self.next += 1;
        Some(m)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.spans.len().saturating_sub(self.next);
        (left, Some(left))
    }
}

impl ExactSizeIterator for SpanIter<'_> {}

impl std::iter::FusedIterator for SpanIter<'_> {}

impl<'s> IntoIterator for &'s Spans {
    type Item = Match;
    type IntoIter = SpanIter<'s>;

    fn into_iter(self) -> SpanIter<'s> {
        self.iter()
    }
}

impl From<Spans> for Vec<Match> {
    fn from(spans: Spans) -> Vec<Match> {
        spans.iter().collect()
    }
}

impl std::fmt::Debug for Spans {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self).finish()
    }
}

impl Serialize for Spans {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self)
    }
}

/// A requirement found by a search, with its score and what matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The requirement.
    pub requirement: &'static Requirement,
    /// How well it matched; higher is better. Only the order is meaningful.
    pub score: f32,
    /// The matched spans, ordered by field and position, overlapping spans merged.
    pub matched: Spans,
}

impl Serialize for Hit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Record<'a> {
            id: RequirementId,
            score: f32,
            matched: &'a Spans,
        }
        Record {
            id: self.requirement.id,
            score: self.score,
            matched: &self.matched,
        }
        .serialize(serializer)
    }
}

/// Searches the whole catalog for `text`; the best hits come first, ties in the
/// standard's order. Use [`Query::text`](super::Query::text) to combine a search with
/// filters.
///
/// # Errors
/// [`SearchError`] when `text` is empty, too long, or has nothing to search for.
pub fn search(text: &str) -> Result<Vec<Hit>, SearchError> {
    search_top(text, usize::MAX)
}

/// The first `limit` hits of [`search`], the same hits in the same order, for a result
/// page: every requirement is scored, but only the hits returned have their spans
/// built, which is most of a search's time when many requirements match.
///
/// ```
/// use gbt39204::query::{search, search_top};
///
/// let all = search("供应链")?;
/// assert_eq!(search_top("供应链", 3)?, all[..3]);
/// assert_eq!(search_top("供应链", 1000)?, all);
/// # Ok::<(), gbt39204::query::SearchError>(())
/// ```
///
/// # Errors
/// As [`search`].
pub fn search_top(text: &str, limit: usize) -> Result<Vec<Hit>, SearchError> {
    Ok(TextQuery::parse(text)?.hits(RequirementSet::all(), limit))
}

/// What a term is matched against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Chinese characters: a substring of the Chinese text.
    Han,
    /// An ASCII word: a whole word of the English text with the same stem, any case (and
    /// of the Chinese text too when it holds digits, like `30`).
    Word,
    /// Letters of another script: a plain substring.
    Literal,
}

/// One term of a parsed search text.
#[derive(Debug, Clone)]
pub(super) struct Term {
    pub(super) kind: Kind,
    /// What is looked for.
    pub(super) needle: Needle,
    /// For a Chinese phrase of three characters or more: the bigram it is looked for at,
    /// and that bigram's byte offset in it ([`index::phrase_anchor`]); `None` when no
    /// text has the phrase.
    pub(super) anchor: Option<(Key, usize)>,
    /// How much the term counts next to the others.
    pub(super) weight: f32,
    /// Whether its matches are spans of the hits: not for a Chinese phrase whose bigrams
    /// are terms too, since their matches, merged, cover the phrase's.
    pub(super) spanned: bool,
}

/// Where the occurrences of a phrase or of other letters are collected.
pub(super) type Found = SmallVec<[Posting; 32]>;

impl Term {
    /// Every occurrence of the term in the catalog's texts, in order: its postings in
    /// the index, or those of a phrase or of other letters, found in the texts and
    /// collected in `found`.
    pub(super) fn postings<'f>(&self, found: &'f mut Found) -> &'f [Posting] {
        let text = match &self.needle {
            Needle::Key(key) => return key.postings(),
            Needle::Text(text) => text,
        };
        found.clear();
        let mut each = |posting| found.push(posting);
        match (self.kind, self.anchor) {
            (Kind::Han, Some(anchor)) => index::find_phrase(text, anchor, &mut each),
            (Kind::Literal, _) => index::find_literal(text, &mut each),
            (Kind::Han | Kind::Word, _) => {}
        }
        found
    }
}

/// The Snowball (Porter 2) English stem of a lower-case ASCII word; words with digits
/// are kept as they are.
pub(super) fn stem_of(word: &str) -> String {
    if word.bytes().any(|b| b.is_ascii_digit()) {
        return word.to_owned();
    }
    Stemmer::create(Algorithm::English).stem(word).into_owned()
}

/// What a term looks for: a place in the index (a word's stem, a Chinese character or
/// bigram, a glossary phrase), or for what the index has not (a longer Chinese phrase,
/// other letters, a word no text has) the text itself, lower case (a word: its stem).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Needle {
    /// What the index has.
    Key(Key),
    /// What it has not.
    Text(String),
}

impl Needle {
    /// Its place in the index; `None` for what the index has not.
    fn key(&self) -> Option<Key> {
        match self {
            Needle::Key(key) => Some(*key),
            Needle::Text(_) => None,
        }
    }

    /// The text looked for (a word: its stem).
    pub(super) fn text(&self) -> &str {
        match self {
            Needle::Key(key) => key.text(),
            Needle::Text(text) => text,
        }
    }

    /// Whether both look for the same. The index has every character, bigram and stem
    /// of the texts, so a text can be the same as a key only when the key is a glossary
    /// phrase (a longer phrase typed); no other key's text needs reading.
    fn same(&self, other: &Needle) -> bool {
        match (self, other) {
            (Needle::Key(a), Needle::Key(b)) => a == b,
            (Needle::Text(a), Needle::Text(b)) => a == b,
            (Needle::Key(key @ Key::Phrase(_)), Needle::Text(text))
            | (Needle::Text(text), Needle::Key(key @ Key::Phrase(_))) => key.text() == text,
            (Needle::Key(_), Needle::Text(_)) | (Needle::Text(_), Needle::Key(_)) => false,
        }
    }
}

/// The stem of a lower-case ASCII word as [`stem_of`] gives it, read from the index for
/// the words the catalog has (no stemming, nothing allocated), and its key.
fn stem(word: &str) -> Needle {
    if let Some(key) = index::catalog_word(word) {
        return Needle::Key(key);
    }
    let stem = stem_of(word);
    match index::word_key(&stem) {
        Some(key) => Needle::Key(key),
        None => Needle::Text(stem),
    }
}

/// Whether `c` is a Chinese character (CJK unified or compatibility ideograph).
pub(super) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// What reading a search text's runs collects besides its terms.
#[derive(Debug, Default)]
struct Reading<'t> {
    /// The stop words, used only when the text has nothing else.
    stop: Vec<&'t str>,
    /// The other words, as typed (lower case) and stemmed, in order.
    words: Vec<(&'t str, Needle)>,
    /// Whether each of `words` is part of a glossary form; empty when none is.
    in_glossary: Vec<bool>,
    /// The glossary rows named, in the order found.
    rows: Vec<u8>,
}

impl Reading<'_> {
    fn name_row(&mut self, row: u8) {
        if !self.rows.contains(&row) {
            self.rows.push(row);
        }
    }

    /// Notes the glossary rows whose Chinese forms occur in `run`.
    fn glossary_han(&mut self, run: &str) {
        for (i, c) in run.char_indices() {
            if !index::may_start_glossary_form(c) {
                continue;
            }
            let rest = &run[i..];
            // The forms are sorted, so by their first characters.
            let from = GLOSSARY_HAN.partition_point(|&(first, _, _)| first < c);
            for &(first, form, row) in GLOSSARY_HAN.get(from..).unwrap_or_default() {
                if first != c {
                    break;
                }
                if rest.starts_with(form) {
                    self.name_row(row);
                }
            }
        }
    }

    /// Notes the glossary rows whose English forms are words of the text in a row.
    fn glossary_en(&mut self) {
        let mut named = Vec::new();
        for i in 0..self.words.len() {
            let Some((_, first)) = self.words.get(i) else {
                continue;
            };
            let first = first.text();
            let from = GLOSSARY_EN.partition_point(|&(form, _)| form.first() < Some(&first));
            for &(form, row) in GLOSSARY_EN.get(from..).unwrap_or_default() {
                if form.first() != Some(&first) {
                    break;
                }
                let matches = self
                    .words
                    .get(i..i + form.len())
                    .is_some_and(|words| words.iter().zip(form).all(|((_, w), f)| w.text() == *f));
                if matches {
                    named.push((i, form.len(), row));
                }
            }
        }
        if !named.is_empty() {
            self.in_glossary = vec![false; self.words.len()];
        }
        for (i, len, row) in named {
            for seen in self.in_glossary.iter_mut().skip(i).take(len) {
                *seen = true;
            }
            self.name_row(row);
        }
    }
}

/// A parsed search text: its terms and the IDs and prefixes it names.
#[derive(Debug, Clone)]
pub(crate) struct TextQuery {
    pub(super) terms: Vec<Term>,
    pub(super) ids: RequirementSet,
    pub(super) prefixes: Vec<IdPrefix>,
}

/// Where an ID-shaped span of the query ends, and what it names.
struct IdSpan {
    end: usize,
    named: Result<IdPrefix, PrefixError>,
}

/// Reads an ID or a clause/sub-clause number at byte `start` of `s` (already width-folded
/// and lower-cased): `7.`, `7.9`, `7.5.2`, `7.9c`, `7.9 c)`, `7.9.c`, `7.5.2.c`. Only
/// clauses 6 to 11 count,
/// and a bare number (`30`, `6 months`) is text, not an ID.
fn id_at(s: &str, start: usize) -> Option<IdSpan> {
    let bytes = s.as_bytes();
    let digits_end = |from: usize| {
        from + bytes
            .get(from..)
            .map_or(0, |b| b.iter().take_while(|b| b.is_ascii_digit()).count())
    };
    let major_end = digits_end(start);
    let major: u8 = s.get(start..major_end)?.parse().ok()?;
    let domain = Domain::from_number(major)?;
    if bytes.get(major_end) != Some(&b'.') {
        return None;
    }
    let minor_end = digits_end(major_end + 1);
    if minor_end == major_end + 1 {
        return Some(IdSpan {
            end: minor_end,
            named: Ok(IdPrefix::Domain(domain)),
        });
    }
    // A third number (a sub-sub-clause, `7.5.2`).
    let mut minor_end = minor_end;
    if bytes.get(minor_end) == Some(&b'.')
        && bytes.get(minor_end + 1).is_some_and(u8::is_ascii_digit)
    {
        minor_end = digits_end(minor_end + 1);
    }
    // An item letter: after at most two separators, a letter that ends a word.
    let mut i = minor_end;
    while i < minor_end + 2 && matches!(bytes.get(i), Some(b'.' | b' ' | b'(' | b'-' | b'_')) {
        i += 1;
    }
    let is_item = bytes.get(i).is_some_and(u8::is_ascii_lowercase)
        && !bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
    if is_item {
        let end = if bytes.get(i + 1) == Some(&b')') {
            i + 2
        } else {
            i + 1
        };
        match s.get(start..end)?.parse::<IdPrefix>() {
            Ok(p) => return Some(IdSpan { end, named: Ok(p) }),
            Err(
                e @ PrefixError::Id(
                    IdError::NoSuchRequirement { .. }
                    | IdError::HasSubClauses { .. }
                    | IdError::NotLettered { .. },
                ),
            ) => {
                return Some(IdSpan { end, named: Err(e) });
            }
            Err(_) => {}
        }
    }
    Some(IdSpan {
        end: minor_end,
        named: s.get(start..minor_end)?.parse(),
    })
}

/// The requirement ID that is the whole text, if it is one. IDs start with a digit;
/// other texts are not tried, which would only build an error.
fn whole_id(input: &str) -> Option<RequirementId> {
    let first = input.chars().map(fold_width).find(|c| !c.is_whitespace())?;
    first.is_ascii_digit().then(|| input.parse().ok()).flatten()
}

/// The folded form of one character: full width folded, lower case, Traditional as
/// Simplified. ASCII needs only its case folded; Chinese characters have no case and no
/// full-width form.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if is_han(c) {
        out.push(index::simplified(c));
    } else {
        out.extend(fold_width(c).to_lowercase().map(index::simplified));
    }
}

/// The text as searched: full-width forms folded, lower case, Traditional characters
/// as Simplified; borrowed as it is when nothing folds (most searches).
fn folded(input: &str) -> Cow<'_, str> {
    let unchanged = |c: char| {
        if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else if is_han(c) {
            index::simplified(c) == c
        } else {
            let mut lower = fold_width(c).to_lowercase();
            lower.next() == Some(c) && lower.next().is_none() && index::simplified(c) == c
        }
    };
    let Some((first, _)) = input.char_indices().find(|&(_, c)| !unchanged(c)) else {
        return Cow::Borrowed(input);
    };
    let (same, rest) = input.split_at(first);
    let mut folded = String::with_capacity(input.len());
    folded.push_str(same);
    for c in rest.chars() {
        fold_char(c, &mut folded);
    }
    Cow::Owned(folded)
}

/// `text` with the bytes in `blanks` (ASCII: IDs and clause numbers) made spaces.
fn blanked<'t>(text: Cow<'t, str>, blanks: &[Range<usize>]) -> Cow<'t, str> {
    if blanks.is_empty() {
        return text;
    }
    let mut bytes = text.into_owned().into_bytes();
    for range in blanks {
        for b in bytes.get_mut(range.clone()).unwrap_or_default() {
            debug_assert!(b.is_ascii(), "an ID is ASCII");
            *b = b' ';
        }
    }
    Cow::Owned(String::from_utf8(bytes).unwrap_or_default())
}

impl TextQuery {
    /// Parses a search text.
    pub(crate) fn parse(input: &str) -> Result<TextQuery, SearchError> {
        if input.chars().all(|c| fold_width(c).is_whitespace()) {
            return Err(SearchError::Empty);
        }
        let chars = input.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(SearchError::TooLong {
                chars,
                max: MAX_QUERY_CHARS,
            });
        }
        let mut query = TextQuery {
            terms: Vec::with_capacity(8),
            ids: RequirementSet::EMPTY,
            prefixes: Vec::new(),
        };
        if let Some(id) = whole_id(input) {
            query.ids.insert(id);
            return Ok(query);
        }
        let normal = folded(input);

        // IDs and prefixes first; what they cover (ASCII) is blanked out of the text.
        let mut blanks: Vec<Range<usize>> = Vec::new();
        let mut bad_id = None;
        let mut copied = 0;
        let mut prev: Option<char> = None;
        // An ID starts with a digit: a text without one is not read for IDs.
        let digits = normal.bytes().any(|b| b.is_ascii_digit());
        let read_for_ids: &str = if digits { &normal } else { "" };
        for (i, c) in read_for_ids.char_indices() {
            let boundary = !prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.');
            prev = Some(c);
            if i < copied {
                continue;
            }
            let span = (c.is_ascii_digit() && boundary)
                .then(|| id_at(read_for_ids, i))
                .flatten();
            let Some(span) = span else {
                continue;
            };
            match span.named {
                Ok(IdPrefix::Requirement(id)) => {
                    query.ids.insert(id);
                }
                // A paragraph's clause (`7.5.4`, `6.3`) is that requirement's ID.
                Ok(IdPrefix::Clause(c)) if crate::catalog::is_paragraph(c) => {
                    if let Ok(id) = crate::RequirementId::new(c, None) {
                        query.ids.insert(id);
                    }
                }
                Ok(prefix) => query.prefixes.push(prefix),
                Err(e) => {
                    bad_id.get_or_insert(e);
                }
            }
            blanks.push(i..span.end);
            copied = span.end;
        }
        let text = blanked(normal, &blanks);

        let mut read = Reading::default();
        let mut run_start = 0;
        let mut run_kind = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            let kind = if is_han(c) {
                Some(Kind::Han)
            } else if c.is_ascii_alphanumeric() {
                Some(Kind::Word)
            } else if c.is_alphanumeric() {
                Some(Kind::Literal)
            } else {
                None
            };
            if kind != run_kind {
                if let Some(k) = run_kind {
                    query.add_run(k, &text[run_start..i], &mut read);
                }
                run_start = i;
                run_kind = kind;
            }
        }
        if query.terms.is_empty() && query.ids.is_empty() && query.prefixes.is_empty() {
            for word in std::mem::take(&mut read.stop) {
                query.push(Kind::Word, stem(word), 1.0);
            }
        }
        query.add_glossary(&mut read);
        query.add_typos(&read);
        if query.terms.is_empty() && query.ids.is_empty() && query.prefixes.is_empty() {
            return Err(bad_id.map_or_else(
                || SearchError::NothingToSearch {
                    input: input.to_owned(),
                },
                SearchError::Id,
            ));
        }
        Ok(query)
    }

    fn add_run<'t>(&mut self, kind: Kind, run: &'t str, read: &mut Reading<'t>) {
        match kind {
            Kind::Han => {
                // Its key where the index has it.
                let han = |s: &str| {
                    index::han_term(s).map_or_else(|| Needle::Text(s.to_owned()), Needle::Key)
                };
                // A run of three characters or more is searched as a phrase and by its
                // bigrams, each looked up once: the phrase is looked for at the
                // postings of the rarest.
                let mut bigrams: SmallVec<[(usize, Needle); 16]> = SmallVec::new();
                if run.chars().nth(2).is_some() {
                    let mut chars = run.char_indices().peekable();
                    while let (Some((start, _)), Some(&(next, c))) = (chars.next(), chars.peek()) {
                        bigrams.push((start, han(&run[start..next + c.len_utf8()])));
                    }
                }
                if bigrams.is_empty() {
                    self.push(Kind::Han, han(run), 1.0);
                } else {
                    let keys = bigrams.iter().map(|(start, needle)| (*start, needle.key()));
                    let phrase = self.add(Term {
                        kind: Kind::Han,
                        needle: Needle::Text(run.to_owned()),
                        anchor: index::phrase_anchor(keys),
                        weight: 1.0,
                        spanned: true,
                    });
                    let mut covered = true;
                    // Drained where it is, not moved into an iterator: it holds sixteen
                    // bigrams inline.
                    for (_, bigram) in bigrams.drain(..) {
                        covered &= self.push(Kind::Han, bigram, BIGRAM_WEIGHT).is_some();
                    }
                    if let Some(t) = phrase.and_then(|i| self.terms.get_mut(i)) {
                        t.spanned &= !covered;
                    }
                }
                read.glossary_han(run);
            }
            Kind::Word if run.len() < 2 => {}
            Kind::Word if STOP_WORDS.contains(&run) => read.stop.push(run),
            Kind::Word => {
                let stem = stem(run);
                self.push(Kind::Word, stem.clone(), 1.0);
                read.words.push((run, stem));
            }
            Kind::Literal => {
                self.push(Kind::Literal, Needle::Text(run.to_owned()), 1.0);
            }
        }
    }

    /// Adds what the glossary rows that the text names add (see [`super::glossary`]).
    fn add_glossary(&mut self, read: &mut Reading<'_>) {
        read.glossary_en();
        for &row in &read.rows {
            let Some(&(weight, han, words)) = GLOSSARY_ADDS.get(usize::from(row)) else {
                continue;
            };
            for &form in han {
                self.push(Kind::Han, Needle::Key(form), weight);
            }
            for &word in words {
                self.push(Kind::Word, Needle::Key(word), weight);
            }
        }
    }

    /// Adds, for each long word of the text that no text has (and that is no glossary
    /// form), the words at one edit from it.
    fn add_typos(&mut self, read: &Reading<'_>) {
        for (i, (word, stem)) in read.words.iter().enumerate() {
            if word.len() < TYPO_MIN_LETTERS
                || read.in_glossary.get(i).copied().unwrap_or(false)
                || word.bytes().any(|b| b.is_ascii_digit())
                || stem.key().is_some()
            {
                continue;
            }
            for near in index::stems_one_edit_from(word) {
                self.push(Kind::Word, Needle::Key(near), TYPO_WEIGHT);
            }
        }
    }

    /// Adds a term (no phrase: see [`TextQuery::add`]).
    fn push(&mut self, kind: Kind, needle: Needle, weight: f32) -> Option<usize> {
        self.add(Term {
            kind,
            needle,
            anchor: None,
            weight,
            spanned: true,
        })
    }

    /// Adds a term unless it is already there (then keeps the larger weight) or the query
    /// already has [`MAX_TERMS`]; its place among the terms, `None` when it is not one.
    fn add(&mut self, term: Term) -> Option<usize> {
        if matches!(&term.needle, Needle::Text(text) if text.is_empty()) {
            return None;
        }
        let same = |t: &&mut Term| t.kind == term.kind && t.needle.same(&term.needle);
        if let Some((i, t)) = self.terms.iter_mut().enumerate().find(|(_, t)| same(t)) {
            t.weight = t.weight.max(term.weight);
            Some(i)
        } else if self.terms.len() < MAX_TERMS {
            self.terms.push(term);
            Some(self.terms.len() - 1)
        } else {
            None
        }
    }

    /// The requirements the text matches at all.
    pub(crate) fn matching(&self) -> RequirementSet {
        let e = Evaluation::of(self);
        e.matched().retain(|row, _| e.score(row) > 0.0)
    }

    /// The first `limit` ranked hits among `within`: best first, ties in the standard's
    /// order. Spans are built for those only.
    pub(crate) fn hits(&self, within: RequirementSet, limit: usize) -> Vec<Hit> {
        let e = Evaluation::of(self);
        // The rows with a score, on the stack (the catalog has at most 128), each as one
        // number that orders them best first, ties in the standard's order: the scores
        // are positive, so their bits order as they do.
        let mut slots = [0u64; 128];
        let mut found = 0;
        for (row, _) in (within & e.matched()).rows() {
            let score = e.score(row);
            if let (true, Some(slot)) = (score > 0.0, slots.get_mut(found)) {
                *slot = u64::from(u32::MAX - score.to_bits()) << 32 | row as u64;
                found += 1;
            }
        }
        let ranked = slots.get_mut(..found).unwrap_or_default();
        // For a page, the first `limit` are selected before they are sorted.
        let ranked = if limit < ranked.len() {
            ranked.select_nth_unstable(limit).0
        } else {
            ranked
        };
        ranked.sort_unstable();
        let requirements = crate::catalog::requirements();
        let mut hits = Vec::with_capacity(ranked.len());
        for &slot in &*ranked {
            #[allow(
                clippy::cast_possible_truncation,
                reason = "the low half is the row, the high half the score's bits, inverted"
            )]
            let (row, bits) = (slot as u32 as usize, u32::MAX - (slot >> 32) as u32);
            if let Some(requirement) = requirements.get(row) {
                hits.push(Hit {
                    requirement,
                    score: f32::from_bits(bits),
                    matched: Spans::default(),
                });
            }
        }
        e.fill_spans(&mut hits);
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needles(q: &TextQuery) -> Vec<(Kind, &str, f32)> {
        q.terms
            .iter()
            .map(|t| (t.kind, t.needle.text(), t.weight))
            .collect()
    }

    #[test]
    fn stems_join_simple_inflections() {
        // Snowball undoubles what it strips to (`staffing` → `staf`, `staff` → `staff`),
        // so `staff` is not among them.
        let groups: [&[&str]; 9] = [
            &["log", "logs", "logged", "logging", "Logging"],
            &["train", "trains", "trained", "training"],
            &["supplier", "suppliers"],
            &["supply", "supplies", "supplied"],
            &["exercise", "exercises", "exercised"],
            &["drill", "drills", "drilling"],
            &["change", "changes", "changed", "changing"],
            &["process", "processes", "processing"],
            &["audit", "audits", "audited", "auditing"],
        ];
        for group in groups {
            let stems: Vec<String> = group
                .iter()
                .map(|w| stem_of(&w.to_ascii_lowercase()))
                .collect();
            assert!(
                stems.windows(2).all(|w| w[0] == w[1]),
                "{group:?} → {stems:?}"
            );
        }
        // Different words stay apart, and words with digits are kept as they are.
        assert_ne!(stem_of("supplier"), stem_of("supply"));
        assert_ne!(stem_of("log"), stem_of("logical"));
        for kept in ["access", "status", "30", "20984", "use", "is", "mlps"] {
            assert_eq!(stem_of(kept), kept);
        }
    }

    #[test]
    fn chinese_runs_become_a_phrase_and_bigrams() {
        let q = TextQuery::parse("供应链").unwrap();
        assert_eq!(
            needles(&q),
            [
                (Kind::Han, "供应链", 1.0),
                (Kind::Han, "供应", BIGRAM_WEIGHT),
                (Kind::Han, "应链", BIGRAM_WEIGHT)
            ]
        );
        // The bigrams' matches, merged, are the phrase's: its own are not spans.
        let spanned: Vec<bool> = q.terms.iter().map(|t| t.spanned).collect();
        assert_eq!(spanned, [false, true, true]);
        let hits = search("供应链").unwrap();
        assert_eq!(hits[0].matched.first().unwrap().matched(), "供应链");
        let q = TextQuery::parse("日志").unwrap();
        assert_eq!(needles(&q), [(Kind::Han, "日志", 1.0)]);
    }

    #[test]
    fn mixed_text_splits_by_script() {
        let q = TextQuery::parse("Training培训, the LOGS!").unwrap();
        assert_eq!(
            needles(&q),
            [
                (Kind::Word, "train", 1.0),
                (Kind::Han, "培训", 1.0),
                (Kind::Word, "log", 1.0)
            ]
        );
        // Stop words count only when nothing else is there.
        let q = TextQuery::parse("the").unwrap();
        assert_eq!(needles(&q), [(Kind::Word, "the", 1.0)]);
        // Full-width letters fold to ASCII.
        let q = TextQuery::parse("ＭＬＰＳ").unwrap();
        assert_eq!(needles(&q), [(Kind::Word, "mlps", 1.0)]);
    }

    #[test]
    fn ids_and_prefixes_are_read_out_of_the_text() {
        let id = |s: &str| s.parse::<RequirementId>().unwrap();
        let q = TextQuery::parse("7.4 c)").unwrap();
        assert_eq!(q.ids, RequirementSet::of(id("7.4.c")));
        assert!(q.terms.is_empty());

        let q = TextQuery::parse("training 7.4c and 7.5.2 c").unwrap();
        assert_eq!(
            q.ids.ids().collect::<Vec<_>>(),
            [id("7.4.c"), id("7.5.2.c")]
        );
        assert_eq!(needles(&q), [(Kind::Word, "train", 1.0)]);

        let q = TextQuery::parse("7.9供应商 10. 7.5.4").unwrap();
        let prefixes: Vec<String> = q.prefixes.iter().map(ToString::to_string).collect();
        assert_eq!(prefixes, ["7.9", "10."]);
        // A paragraph's number names that requirement.
        assert_eq!(q.ids.ids().collect::<Vec<_>>(), [id("7.5.4")]);
        assert_eq!(needles(&q)[0], (Kind::Han, "供应商", 1.0));

        // Bare numbers and numbers that are no clause are text.
        let q = TextQuery::parse("30 hours 2.5").unwrap();
        assert!(q.prefixes.is_empty() && q.ids.is_empty());
        assert_eq!(
            needles(&q),
            [(Kind::Word, "30", 1.0), (Kind::Word, "hour", 1.0)]
        );
        // `7.4 and` is sub-clause 7.4 and a stop word, not item a.
        let q = TextQuery::parse("7.4 and training").unwrap();
        assert!(q.ids.is_empty());
        assert_eq!(q.prefixes, [IdPrefix::Clause(crate::Clause::Personnel)]);
    }

    #[test]
    fn unusable_text_gives_typed_errors() {
        assert_eq!(TextQuery::parse("").unwrap_err(), SearchError::Empty);
        assert_eq!(
            TextQuery::parse(" \t\u{3000}\n").unwrap_err(),
            SearchError::Empty
        );
        assert!(matches!(
            TextQuery::parse("!!! …").unwrap_err(),
            SearchError::NothingToSearch { .. }
        ));
        let long = "日".repeat(MAX_QUERY_CHARS + 1);
        assert_eq!(
            TextQuery::parse(&long).unwrap_err(),
            SearchError::TooLong {
                chars: MAX_QUERY_CHARS + 1,
                max: MAX_QUERY_CHARS
            }
        );
        let err = TextQuery::parse("7.2.c").unwrap_err();
        assert!(matches!(
            err,
            SearchError::Id(PrefixError::Id(IdError::NoSuchRequirement { .. }))
        ));
        assert!(err.to_string().contains("did you mean `7.2."), "{err}");
        // 0.1-style IDs under a divided sub-clause point to the sub-sub-clause.
        let err = TextQuery::parse("7.6 c").unwrap_err();
        assert!(err.to_string().contains("did you mean `7.6.1.c`"), "{err}");
        let err = TextQuery::parse("7.1.a").unwrap_err();
        assert!(err.to_string().contains("write `7.1`"), "{err}");
        let err = TextQuery::parse("7.11").unwrap_err();
        assert!(
            matches!(err, SearchError::Id(PrefixError::UnknownClause { .. })),
            "{err}"
        );
    }

    #[test]
    fn text_that_folds_to_itself_is_borrowed() {
        for same in ["日志", "log retention", "7.4c 培训", "айти"] {
            assert!(
                matches!(folded(same), Cow::Borrowed(s) if s == same),
                "{same}"
            );
        }
        for (text, folds_to) in [
            ("日誌", "日志"),
            ("Log 日誌", "log 日志"),
            ("供应鏈 MLPS", "供应链 mlps"),
            ("ＭＬＰＳ　７．１", "mlps 7.1"),
            ("АЙТИ", "айти"),
        ] {
            assert!(
                matches!(folded(text), Cow::Owned(s) if s == folds_to),
                "{text}"
            );
        }
    }

    #[test]
    fn long_queries_keep_at_most_max_terms() {
        let text: String = ('一'..).take(100).collect();
        let q = TextQuery::parse(&text).unwrap();
        assert_eq!(q.terms.len(), MAX_TERMS);
        // Not all its bigrams are terms, so the phrase's own matches are spans.
        assert!(q.terms[0].spanned);
    }
}
