//! The search index, compiled in: every searchable text of the catalog by number, its
//! Chinese characters and character bigrams and its English word stems with where they
//! occur, the glossary's triggers and what they add (index keys; the phrases among them
//! with where they occur) and the Traditional → Simplified character table.
//!
//! The tables are `static` data in `index/data.rs`, generated from the catalog by the
//! test `query::generate::index_data_is_current`, which fails when the catalog, the
//! glossary or the stemmer have moved on (`GBT39204_BLESS=1 cargo test --lib
//! index_data_is_current` writes the file anew). Nothing is built at start-up or kept
//! between searches; a lookup is a binary search and a slice.
//!
//! ```
//! use gbt39204::query::search;
//!
//! // Traditional characters fold to Simplified: 日誌 is 日志.
//! assert_eq!(search("日誌")?, search("日志")?);
//! # Ok::<(), gbt39204::query::SearchError>(())
//! ```

use memchr::memmem;

use crate::catalog;
use crate::model::{Clause, Domain, Lang, ObligationKind, Topic};

use super::search::Field;
use super::terms::obligation_label;

#[rustfmt::skip]
mod data;

pub(super) use data::{GLOSSARY_ADDS, GLOSSARY_EN, GLOSSARY_HAN};

/// Where a searchable text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Source {
    /// The title of the requirement in this catalog row.
    Title(u8),
    /// The statement of the requirement in this catalog row.
    Statement(u8),
    /// The heading of the clause a requirement stands under.
    Clause(Clause),
    /// The heading of a sub-clause divided into sub-sub-clauses (7.5, 7.6, 11.3), above
    /// the clause a requirement stands under.
    ParentClause(Clause),
    Domain(Domain),
    Topic(Topic),
    Obligation(ObligationKind),
}

/// One searchable text: where it comes from, its language, the catalog rows it belongs
/// to (its own row for a title or statement; every requirement under a heading, of a
/// domain, with a topic or with an obligation for the shared names) and the text itself,
/// read at compile time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Text {
    pub(super) source: Source,
    pub(super) lang: Lang,
    pub(super) rows: u128,
    /// The field of its requirements this text is ([`Source::field`]).
    pub(super) field: Field,
    /// Which of the scoring weights a match in it counts as ([`Source::kind`]).
    pub(super) kind: u8,
    string: &'static str,
}

impl Text {
    /// The text from `source` in `lang`, belonging to `rows`.
    pub(super) const fn new(source: Source, lang: Lang, rows: u128) -> Text {
        let string = match source {
            Source::Title(r) => catalog::row_text(r as usize, false, lang),
            Source::Statement(r) => catalog::row_text(r as usize, true, lang),
            Source::Clause(c) | Source::ParentClause(c) => c.name(lang),
            Source::Domain(d) => d.name(lang),
            Source::Topic(t) => t.name(lang),
            Source::Obligation(k) => obligation_label(k, lang),
        };
        Text {
            source,
            lang,
            rows,
            field: source.field(lang),
            kind: source.kind(lang),
            string,
        }
    }

    /// The static text itself.
    pub(super) const fn text(self) -> &'static str {
        self.string
    }
}

/// One occurrence of a term: the number of the text (an index into [`TEXTS`]) and the
/// byte range in it.
pub(super) type Posting = [u16; 3];

/// The number of texts each requirement row owns, first in [`TEXTS`]: its Chinese and
/// English titles, then its Chinese and English statements (the order of their fields). Row `r`'s own texts are
/// `OWN_TEXTS * r ..OWN_TEXTS * (r + 1)`; the shared names come after all rows.
#[cfg(test)]
pub(super) const OWN_TEXTS: usize = 4;

pub(super) use data::TEXTS;

/// A term of an index: its key and the range of its postings.
struct Postings<K: 'static> {
    keys: &'static [K],
    starts: &'static [u32],
    entries: &'static [Posting],
}

impl<K> Postings<K> {
    /// The postings of the key at `i`.
    fn at(&self, i: u16) -> &'static [Posting] {
        let i = usize::from(i);
        let start = self.starts.get(i).map_or(0, |&s| s as usize);
        let end = self.starts.get(i + 1).map_or(start, |&s| s as usize);
        self.entries.get(start..end).unwrap_or_default()
    }

    /// The place of the key that `order` finds (it compares a key with the one sought).
    fn find(&self, order: impl FnMut(&K) -> std::cmp::Ordering) -> Option<u16> {
        u16::try_from(self.keys.binary_search_by(order).ok()?).ok()
    }
}

impl Postings<&'static str> {
    /// The text of the key at `i`.
    fn key(&self, i: u16) -> &'static str {
        self.keys.get(usize::from(i)).copied().unwrap_or_default()
    }
}

const HAN: Postings<u64> = Postings {
    keys: &data::HAN_KEYS,
    starts: &data::HAN_STARTS,
    entries: &data::HAN_POSTINGS,
};

const WORDS: Postings<&str> = Postings {
    keys: &data::WORD_KEYS,
    starts: &data::WORD_STARTS,
    entries: &data::WORD_POSTINGS,
};

const PHRASES: Postings<&str> = Postings {
    keys: &data::PHRASE_KEYS,
    starts: &data::PHRASE_STARTS,
    entries: &data::PHRASE_POSTINGS,
};

/// The index key of one Chinese character or of a bigram.
pub(super) fn han_key(first: char, second: Option<char>) -> u64 {
    u64::from(u32::from(first)) << 32 | u64::from(second.map_or(0, u32::from))
}

/// A term some text has: its place in the index of Chinese characters and bigrams, in
/// that of word stems or in that of the glossary's phrases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Key {
    /// A character or a bigram.
    Han(u16),
    /// A word stem.
    Word(u16),
    /// A Chinese form of the glossary of three characters or more that the catalog uses
    /// (its postings found when the index is generated).
    Phrase(u16),
}

impl Key {
    /// Every occurrence of the term.
    pub(super) fn postings(self) -> &'static [Posting] {
        match self {
            Key::Han(i) => HAN.at(i),
            Key::Word(i) => WORDS.at(i),
            Key::Phrase(i) => PHRASES.at(i),
        }
    }

    /// The term: a word's stem, a glossary phrase, or the characters as they stand in
    /// the first text that has them (borrowed: a term needs no copy of its own).
    pub(super) fn text(self) -> &'static str {
        match self {
            Key::Word(i) => WORDS.key(i),
            Key::Phrase(i) => PHRASES.key(i),
            Key::Han(i) => HAN
                .at(i)
                .first()
                .and_then(|&[text, start, end]| {
                    TEXTS
                        .get(usize::from(text))?
                        .text()
                        .get(usize::from(start)..usize::from(end))
                })
                .unwrap_or_default(),
        }
    }
}

/// The key of `needle` (one Chinese character or two) if some text has it.
pub(super) fn han_term(needle: &str) -> Option<Key> {
    let mut chars = needle.chars();
    let key = han_key(chars.next()?, chars.next());
    if chars.next().is_some() {
        return None;
    }
    HAN.find(|k| k.cmp(&key)).map(Key::Han)
}

/// Where to look for a Chinese phrase of three characters or more, given its bigrams
/// (each with its byte offset in the phrase and its key): the key of its rarest bigram
/// (the first of the rarest) and that bigram's offset. `None` when a bigram is in no
/// text, nor then is the phrase.
pub(super) fn phrase_anchor(
    bigrams: impl Iterator<Item = (usize, Option<Key>)>,
) -> Option<(Key, usize)> {
    let mut rarest: Option<(Key, usize, usize)> = None;
    for (offset, key) in bigrams {
        let key = key?;
        let len = key.postings().len();
        if rarest.is_none_or(|(_, _, r)| len < r) {
            rarest = Some((key, offset, len));
        }
    }
    rarest.map(|(key, offset, _)| (key, offset))
}

/// Every occurrence of the Chinese phrase `needle` in the Chinese texts, found at the
/// postings of the bigram `anchor` that [`phrase_anchor`] chose, `offset` bytes into
/// the phrase: each is a place where the phrase may start, checked against the static
/// text.
pub(super) fn find_phrase(
    needle: &str,
    (anchor, offset): (Key, usize),
    each: &mut impl FnMut(Posting),
) {
    let Ok(len) = u16::try_from(needle.len()) else {
        return;
    };
    for &[text, start, _] in anchor.postings() {
        let Some(start) = usize::from(start).checked_sub(offset) else {
            continue;
        };
        let found = TEXTS
            .get(usize::from(text))
            .and_then(|t| t.text().get(start..))
            .is_some_and(|t| t.starts_with(needle));
        if let (true, Ok(start)) = (found, u16::try_from(start)) {
            each([text, start, start + len]);
        }
    }
}

/// The key of stem `stem` if some text has a word with that stem (in the English texts,
/// or a word with digits in the Chinese ones: `6` in 6个月).
pub(super) fn word_key(stem: &str) -> Option<Key> {
    WORDS.find(|k| (*k).cmp(stem)).map(Key::Word)
}

/// The key of the stem of `word` (lower-case ASCII) if some English text has that word:
/// no stemming needed.
pub(super) fn catalog_word(word: &str) -> Option<Key> {
    let words = &data::SURFACE_WORDS;
    let i = words
        .binary_search_by(|(w, _)| (w.len(), *w).cmp(&(word.len(), word)))
        .ok()?;
    words.get(i).map(|&(_, key)| Key::Word(key))
}

/// Every occurrence of `needle` (letters of a script other than Latin and Chinese) in
/// any text. Not indexed: the texts are scanned.
pub(super) fn find_literal(needle: &str, each: &mut impl FnMut(Posting)) {
    let finder = memmem::Finder::new(needle.as_bytes());
    let Ok(len) = u16::try_from(needle.len()) else {
        return;
    };
    for (number, text) in (0..=u16::MAX).zip(&TEXTS) {
        for start in finder.find_iter(text.text().as_bytes()) {
            if let Ok(start) = u16::try_from(start) {
                each([number, start, start + len]);
            }
        }
    }
}

/// The stems of the English texts' words at one edit from `word` (lower case): an
/// insertion, a deletion, a substitution or a swap of two neighbouring letters.
pub(super) fn stems_one_edit_from(word: &str) -> impl Iterator<Item = Key> {
    let len = word.len();
    let words = &data::SURFACE_WORDS;
    let from = words.partition_point(|(w, _)| w.len() + 1 < len);
    let to = words.partition_point(|(w, _)| w.len() <= len + 1);
    words
        .get(from..to)
        .unwrap_or_default()
        .iter()
        .filter(move |(w, _)| one_edit(word.as_bytes(), w.as_bytes()))
        .map(|&(_, key)| Key::Word(key))
}

/// Whether `a` and `b` differ by exactly one insertion, deletion, substitution or swap
/// of neighbours.
fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    // One edit of a word of three letters or more keeps its first or its last letter:
    // most words are ruled out here.
    if short.len() >= 3 && short.first() != long.first() && short.last() != long.last() {
        return false;
    }
    // The common start, then the common end of what is left of the shorter word: one
    // edit leaves at most one byte of it (a substitution) or two (a swap) in between,
    // and none for an insertion. Most words differ within a letter or two, so both
    // loops stop early.
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let suffix = short
        .iter()
        .rev()
        .zip(long.iter().rev())
        .take(short.len() - prefix)
        .take_while(|(x, y)| x == y)
        .count();
    let left = short.len() - prefix - suffix;
    if short.len() < long.len() {
        return left == 0;
    }
    let swapped = left == 2
        && short.get(prefix) == long.get(prefix + 1)
        && short.get(prefix + 1) == long.get(prefix);
    left == 1 || swapped
}

/// Bit `c % 256` set for the first character `c` of each Chinese form of the glossary,
/// worked out at compile time from [`GLOSSARY_HAN`].
static GLOSSARY_FIRSTS: [u64; 4] = {
    let mut bits = [0u64; 4];
    let mut i = 0;
    while i < GLOSSARY_HAN.len() {
        let code = GLOSSARY_HAN[i].0 as usize % 256;
        bits[code / 64] |= 1 << (code % 64);
        i += 1;
    }
    bits
};

/// Whether some Chinese form of the glossary may start with `c`: `false` rules it out
/// without searching the forms, as it does for most characters.
pub(super) fn may_start_glossary_form(c: char) -> bool {
    let code = u32::from(c) as usize % 256;
    GLOSSARY_FIRSTS
        .get(code / 64)
        .is_none_or(|word| word >> (code % 64) & 1 != 0)
}

/// One bit for each character of the Basic Multilingual Plane: whether [`simplified`]
/// has it in its table. Worked out at compile time from the table.
static TRADITIONAL_BMP: [u64; 1024] = {
    let mut bits = [0u64; 1024];
    let mut i = 0;
    while i < data::TRADITIONAL.len() {
        let code = data::TRADITIONAL[i].0 as usize;
        if code < 0x10000 {
            bits[code / 64] |= 1 << (code % 64);
        }
        i += 1;
    }
    bits
};

/// The Simplified form of a Traditional character (`OpenCC`'s `TSCharacters` table, first
/// candidate); `c` itself for every other character, and for characters the catalog
/// itself uses.
pub(super) fn simplified(c: char) -> char {
    let code = u32::from(c) as usize;
    if code < 0x3400 {
        return c;
    }
    // Most characters typed are no Traditional form: one bit says so.
    let bit = TRADITIONAL_BMP
        .get(code / 64)
        .map_or(1, |word| word >> (code % 64) & 1);
    if bit == 0 {
        return c;
    }
    data::TRADITIONAL
        .binary_search_by_key(&c, |&(t, _)| t)
        .ok()
        .and_then(|i| data::TRADITIONAL.get(i))
        .map_or(c, |&(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_is_one_edit() {
        for (a, b) in [
            ("retens", "retent"),
            ("suplier", "supplier"),
            ("supplier", "suplier"),
            ("trainn", "train"),
            ("xaudit", "audit"),
            ("intrusoin", "intrusion"),
        ] {
            assert!(one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
        for (a, b) in [
            ("audit", "audit"),
            ("audit", "edict"),
            ("log", "logic"),
            ("intrusoni", "intrusion"),
        ] {
            assert!(!one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }

    /// [`one_edit`] against the words one edit makes, for every pair of words of up to
    /// four letters from a three-letter alphabet.
    #[test]
    fn one_edit_agrees_with_the_edits_themselves() {
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        for len in 1..=4 {
            let longer: Vec<Vec<u8>> = words
                .iter()
                .filter(|w| w.len() == len - 1)
                .flat_map(|w| b"abc".iter().map(move |&c| [w.as_slice(), &[c]].concat()))
                .collect();
            words.extend(longer);
        }
        for a in &words {
            let mut edits = std::collections::BTreeSet::new();
            for i in 0..=a.len() {
                for &c in b"abc" {
                    edits.insert([&a[..i], &[c], &a[i..]].concat());
                    if i < a.len() {
                        edits.insert([&a[..i], &[c], &a[i + 1..]].concat());
                    }
                }
                if i < a.len() {
                    edits.insert([&a[..i], &a[i + 1..]].concat());
                }
                if i + 1 < a.len() {
                    let mut swapped = a.clone();
                    swapped.swap(i, i + 1);
                    edits.insert(swapped);
                }
            }
            edits.remove(a);
            for b in &words {
                assert_eq!(one_edit(a, b), edits.contains(b), "{a:?} {b:?}");
            }
        }
    }

    /// Every key of the Chinese index is found by its text, and nothing else.
    #[test]
    fn every_chinese_key_is_found_by_its_text() {
        let char_of = |bits: u64| char::from_u32(u32::try_from(bits).unwrap());
        for (i, &key) in data::HAN_KEYS.iter().enumerate() {
            let mut text: String = char_of(key >> 32).into_iter().collect();
            text.extend(char_of(key & 0xFFFF_FFFF).filter(|&c| c != '\0'));
            assert_eq!(
                han_term(&text),
                Some(Key::Han(u16::try_from(i).unwrap())),
                "{text}"
            );
        }
        for absent in ["龘", "龘龘", "㐀", "𠀀", "日龘"] {
            assert_eq!(han_term(absent), None, "{absent}");
        }
    }

    #[test]
    fn postings_point_at_their_terms() {
        let mut seen = 0;
        for &[t, s, e] in han_term("日志").unwrap().postings() {
            let text = TEXTS[usize::from(t)].text();
            assert_eq!(&text[usize::from(s)..usize::from(e)], "日志");
            seen += 1;
        }
        assert!(seen >= 3);
        for &[t, s, e] in word_key("log").unwrap().postings() {
            let text = TEXTS[usize::from(t)].text();
            assert!(
                text[usize::from(s)..usize::from(e)]
                    .to_ascii_lowercase()
                    .starts_with("log")
            );
        }
        // The bits in front of the table let every entry through.
        for &(traditional, simple) in &data::TRADITIONAL {
            assert_eq!(simplified(traditional), simple, "{traditional}");
        }
        assert_eq!(simplified('誌'), '志');
        assert_eq!(simplified('志'), '志');
        assert_eq!(simplified('a'), 'a');
    }
}
