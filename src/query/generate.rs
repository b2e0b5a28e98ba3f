//! Generates the search index (`index/data.rs`) from the catalog, the glossary, the
//! stemmer and `OpenCC`'s Traditional → Simplified character table (as the `hanconv` crate
//! ships it), and checks that the compiled-in file is what it would generate now.
//!
//! `GBT39204_BLESS=1 cargo test --lib index_data_is_current` writes the file anew.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use strum::IntoEnumIterator;

use super::glossary::{GLOSSARY, NEAR_WEIGHT, SAME_WEIGHT};
use super::index::{OWN_TEXTS, Posting, Source, Text, han_key};
use super::search::{is_han, stem_of};
use super::terms::STOP_WORDS;
use crate::catalog;
use crate::model::{Clause, Domain, Lang, ObligationKind, Topic};

const PATH: &str = "src/query/index/data.rs";

/// The words of `text` (maximal runs of ASCII letters and digits) with their offsets.
fn word_runs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        let start = pos
            + bytes
                .get(pos..)?
                .iter()
                .position(u8::is_ascii_alphanumeric)?;
        let len = bytes
            .get(start..)?
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        pos = start + len;
        Some((start, text.get(start..pos)?))
    })
}

/// Every searchable text, in the index's order: each row's own four, then the names.
fn texts() -> Vec<Text> {
    let rows = catalog::requirements();
    let mut texts = Vec::new();
    for (row, _) in (0..=u8::MAX).zip(rows) {
        for source in [Source::Title(row), Source::Statement(row)] {
            for lang in [Lang::Zh, Lang::En] {
                texts.push(Text::new(source, lang, 1 << row));
            }
        }
    }
    assert_eq!(texts.len(), OWN_TEXTS * rows.len());
    let mask = |keep: &dyn Fn(&crate::Requirement) -> bool| {
        rows.iter()
            .enumerate()
            .filter(|(_, r)| keep(r))
            .fold(0u128, |m, (row, _)| m | 1 << row)
    };
    // Each name in both languages, kind by kind: the order of their `Field`s, so that
    // a requirement's texts in index order are its fields in order and a hit's spans
    // come out sorted. Headings of clauses with requirements of their own come before
    // those of clauses divided into sub-sub-clauses (7.5, 7.6, 11.3), which are only
    // ever a parent.
    let mut names: Vec<(Source, u128)> = Vec::new();
    for c in Clause::ALL {
        let own = mask(&|r| r.clause() == c);
        let under = mask(&|r| r.clause().parent() == Some(c));
        assert!(
            own == 0 || under == 0,
            "{c:?} has requirements of its own and sub-sub-clauses"
        );
        if own != 0 {
            names.push((Source::Clause(c), own));
        }
    }
    for c in Clause::ALL {
        let under = mask(&|r| r.clause().parent() == Some(c));
        if under != 0 {
            names.push((Source::ParentClause(c), under));
        }
    }
    for d in Domain::iter() {
        names.push((Source::Domain(d), mask(&|r| r.domain() == d)));
    }
    for t in Topic::iter() {
        names.push((Source::Topic(t), mask(&|r| r.topics.contains(&t))));
    }
    for k in ObligationKind::iter() {
        names.push((Source::Obligation(k), mask(&|r| r.obligation(k).is_some())));
    }
    for (source, rows) in names {
        for lang in [Lang::Zh, Lang::En] {
            texts.push(Text::new(source, lang, rows));
        }
    }
    texts
}

fn posting(text: usize, start: usize, end: usize) -> Posting {
    let n = |v: usize| u16::try_from(v).expect("texts and offsets fit 16 bits");
    [n(text), n(start), n(end)]
}

/// The Chinese characters and bigrams of the Chinese texts, with their postings.
fn han_index(texts: &[Text]) -> BTreeMap<u64, Vec<Posting>> {
    let mut index: BTreeMap<u64, Vec<Posting>> = BTreeMap::new();
    for (number, text) in texts.iter().enumerate() {
        if text.lang != Lang::Zh {
            continue;
        }
        let chars: Vec<(usize, char)> = text.text().char_indices().collect();
        for (i, &(start, c)) in chars.iter().enumerate() {
            if !is_han(c) {
                continue;
            }
            let end = start + c.len_utf8();
            index
                .entry(han_key(c, None))
                .or_default()
                .push(posting(number, start, end));
            if let Some(&(_, next)) = chars.get(i + 1).filter(|(_, n)| is_han(*n)) {
                index
                    .entry(han_key(c, Some(next)))
                    .or_default()
                    .push(posting(number, start, end + next.len_utf8()));
            }
        }
    }
    index
}

/// The word stems of the texts (of the Chinese texts, words with digits only), with
/// their postings.
fn word_index(texts: &[Text]) -> BTreeMap<String, Vec<Posting>> {
    let mut index: BTreeMap<String, Vec<Posting>> = BTreeMap::new();
    for (number, text) in texts.iter().enumerate() {
        for (start, word) in word_runs(text.text()) {
            if text.lang == Lang::Zh && !word.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            index
                .entry(stem_of(&word.to_ascii_lowercase()))
                .or_default()
                .push(posting(number, start, start + word.len()));
        }
    }
    index
}

/// The stems of an English text's words in order, stop words and one-letter words left
/// out (as a search text's are).
fn stems(text: &str) -> Vec<String> {
    word_runs(text)
        .map(|(_, w)| w.to_ascii_lowercase())
        .filter(|w| w.len() >= 2 && !STOP_WORDS.contains(&w.as_str()))
        .map(|w| stem_of(&w))
        .collect()
}

/// The glossary's rows, read: triggers (forms the catalog does not use) and what each
/// row adds (its forms the catalog does use).
struct Glossary {
    han: BTreeSet<(String, u8)>,
    en: BTreeSet<(Vec<String>, u8)>,
    adds: Vec<(f32, Vec<String>, Vec<String>)>,
}

fn glossary(texts: &[Text], words: &BTreeMap<String, Vec<Posting>>) -> Glossary {
    let zh: Vec<&str> = texts
        .iter()
        .filter(|t| t.lang == Lang::Zh)
        .map(|t| t.text())
        .collect();
    let en: Vec<Vec<String>> = texts
        .iter()
        .filter(|t| t.lang == Lang::En)
        .map(|t| stems(t.text()))
        .collect();
    let mut g = Glossary {
        han: BTreeSet::new(),
        en: BTreeSet::new(),
        adds: Vec::new(),
    };
    for (row, line) in (0..=u8::MAX).zip(GLOSSARY.lines()) {
        let same = line.contains(" = ");
        let near = line.contains(" ~ ");
        assert!(
            same != near,
            "glossary row {line:?}: use ` = ` or ` ~ `, not both"
        );
        let mut han = Vec::new();
        let mut en_words = Vec::new();
        for form in line.split(" = ").flat_map(|f| f.split(" ~ ")) {
            let form = form.trim();
            if form.chars().all(is_han) {
                if zh.iter().any(|t| t.contains(form)) {
                    han.push(form.to_owned());
                } else {
                    g.han.insert((form.to_owned(), row));
                }
                continue;
            }
            let form_stems = stems(form);
            let used = match form_stems.as_slice() {
                [] => continue,
                [one] => words.contains_key(one),
                many => en.iter().any(|t| t.windows(many.len()).any(|w| w == many)),
            };
            match (used, form_stems.len()) {
                (true, 1) => en_words.extend(form_stems),
                (true, _) => {}
                (false, _) => {
                    g.en.insert((form_stems, row));
                }
            }
        }
        let weight = if same { SAME_WEIGHT } else { NEAR_WEIGHT };
        g.adds.push((weight, han, en_words));
    }
    g
}

/// `OpenCC`'s one-character Traditional → Simplified pairs (first candidate), leaving out
/// characters the catalog itself uses.
fn traditional(texts: &[Text]) -> BTreeMap<char, char> {
    let used: BTreeSet<char> = texts
        .iter()
        .filter(|t| t.lang == Lang::Zh)
        .flat_map(|t| t.text().chars())
        .collect();
    let mut pairs = BTreeMap::new();
    for (t, s) in hanconv::RawDictionary::TSCharacters.iter() {
        let mut t = t.chars();
        let mut s = s.chars();
        if let (Some(t), None, Some(s), None) = (t.next(), t.next(), s.next(), s.next())
            && t != s
            && !used.contains(&t)
        {
            pairs.entry(t).or_insert(s);
        }
    }
    pairs
}

/// Writes `items` as the elements of an array, `per_line` to a line.
fn array<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    per_line: usize,
    show: impl Fn(&T) -> String,
) {
    for (i, item) in items.into_iter().enumerate() {
        out.push_str(if i % per_line == 0 { "\n    " } else { " " });
        out.push_str(&show(&item));
        out.push(',');
    }
    out.push('\n');
}

fn postings_tables<K>(
    out: &mut String,
    name: &str,
    key_type: &str,
    index: &BTreeMap<K, Vec<Posting>>,
    show_key: impl Fn(&K) -> String,
) {
    let n = index.len();
    let m: usize = index.values().map(Vec::len).sum();
    let _ = write!(
        out,
        "\npub(super) static {name}_KEYS: [{key_type}; {n}] = ["
    );
    array(out, index.keys(), 8, |k| show_key(k));
    let _ = write!(
        out,
        "];\n\npub(super) static {name}_STARTS: [u32; {}] = [",
        n + 1
    );
    let mut start = 0;
    let starts = std::iter::once(0).chain(index.values().map(|p| {
        start += p.len();
        start
    }));
    array(out, starts, 16, ToString::to_string);
    let _ = write!(
        out,
        "];\n\npub(super) static {name}_POSTINGS: [Posting; {m}] = ["
    );
    array(out, index.values().flatten(), 8, |p| {
        format!("[{},{},{}]", p[0], p[1], p[2])
    });
    out.push_str("];\n");
}

fn source(s: Source) -> String {
    match s {
        Source::Title(r) => format!("Source::Title({r})"),
        Source::Statement(r) => format!("Source::Statement({r})"),
        Source::Clause(c) => format!("Source::Clause(Clause::{c:?})"),
        Source::ParentClause(c) => format!("Source::ParentClause(Clause::{c:?})"),
        Source::Domain(d) => format!("Source::Domain(Domain::{d:?})"),
        Source::Topic(t) => format!("Source::Topic(Topic::{t:?})"),
        Source::Obligation(k) => format!("Source::Obligation(ObligationKind::{k:?})"),
    }
}

fn strings(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", quoted.join(", "))
}

/// The source of `index/data.rs`.
fn render() -> String {
    let texts = texts();
    let han = han_index(&texts);
    let words = word_index(&texts);
    let g = glossary(&texts, &words);
    let fold = traditional(&texts);

    let mut out = String::from(
        "//! Generated by `query::generate` from the catalog, the glossary, the stemmer and\n\
         //! `OpenCC`'s `TSCharacters` table; do not edit (see `query::index`).\n\n\
         #![allow(clippy::unreadable_literal, reason = \"generated tables\")]\n\n\
         use super::{Key, Posting, Source, Text};\n\
         use crate::model::{Clause, Domain, Lang, ObligationKind, Topic};\n",
    );
    let _ = write!(
        out,
        "\npub(in crate::query) static TEXTS: [Text; {}] = [",
        texts.len()
    );
    array(&mut out, &texts, 1, |t| {
        format!(
            "Text::new({}, Lang::{:?}, {:#x})",
            source(t.source),
            t.lang,
            t.rows
        )
    });
    out.push_str("];\n");
    postings_tables(&mut out, "HAN", "u64", &han, |k| format!("{k:#x}"));
    postings_tables(&mut out, "WORD", "&str", &words, |k| format!("{k:?}"));
    let mut surface: BTreeSet<(usize, String, String)> = BTreeSet::new();
    for text in texts.iter().filter(|t| t.lang == Lang::En) {
        for (_, word) in word_runs(text.text()) {
            let word = word.to_ascii_lowercase();
            if !word.bytes().any(|b| b.is_ascii_digit()) {
                surface.insert((word.len(), stem_of(&word), word));
            }
        }
    }
    let mut surface: Vec<(usize, String, String)> = surface.into_iter().collect();
    surface.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2)));
    let _ = write!(
        out,
        "\npub(super) static SURFACE_WORDS: [(&str, u16); {}] = [",
        surface.len()
    );
    let keys: Vec<&String> = words.keys().collect();
    array(&mut out, surface, 4, |(_, stem, word)| {
        let key = keys
            .binary_search(&stem)
            .expect("an English word's stem is in the word index");
        format!("({word:?}, {key})")
    });
    let _ = write!(
        out,
        "];\n\npub(super) static TRADITIONAL: [(char, char); {}] = [",
        fold.len()
    );
    array(&mut out, fold, 8, |(t, s)| format!("('{t}', '{s}')"));
    let _ = write!(
        out,
        "];\n\npub(in crate::query) static GLOSSARY_HAN: [(char, &str, u8); {}] = [",
        g.han.len()
    );
    array(&mut out, &g.han, 4, |(f, r)| {
        let first = f.chars().next().expect("a glossary form is not empty");
        format!("('{first}', {f:?}, {r})")
    });
    let _ = write!(
        out,
        "];\n\npub(in crate::query) static GLOSSARY_EN: [(&[&str], u8); {}] = [",
        g.en.len()
    );
    array(&mut out, &g.en, 2, |(f, r)| {
        format!("({}, {r})", strings(f))
    });
    out.push_str("];\n");
    adds_tables(&mut out, &texts, &han, &words, &g);
    out
}

/// The glossary's additions, as keys of the index: those of words, of Chinese
/// characters and bigrams, and of the phrases of three characters or more, whose
/// postings are written here.
fn adds_tables(
    out: &mut String,
    texts: &[Text],
    han: &BTreeMap<u64, Vec<Posting>>,
    words: &BTreeMap<String, Vec<Posting>>,
    g: &Glossary,
) {
    // The glossary's Chinese forms of three characters or more, with their postings: a
    // form of one or two is a key of the Chinese index.
    let phrases = phrase_index(texts, g.adds.iter().flat_map(|(_, h, _)| h));
    postings_tables(out, "PHRASE", "&str", &phrases, |k| format!("{k:?}"));
    let han_keys: Vec<&u64> = han.keys().collect();
    let phrase_keys: Vec<&String> = phrases.keys().collect();
    let han_key_of = |form: &String| {
        let mut chars = form.chars();
        let (first, second, third) = (chars.next(), chars.next(), chars.next());
        if let (Some(first), None) = (first, third) {
            let i = han_keys.binary_search(&&han_key(first, second));
            format!("Key::Han({})", i.expect("a used form is indexed"))
        } else {
            let i = phrase_keys.binary_search(&form);
            format!("Key::Phrase({})", i.expect("a used form is indexed"))
        }
    };
    let word_keys: Vec<&String> = words.keys().collect();
    let word_key_of = |stem: &String| {
        let i = word_keys.binary_search(&stem);
        format!("Key::Word({})", i.expect("a used word is indexed"))
    };
    let _ = write!(
        out,
        "\npub(in crate::query) static GLOSSARY_ADDS: [(f32, &[Key], &[Key]); {}] = [",
        g.adds.len()
    );
    array(out, &g.adds, 1, |(w, h, e)| {
        let han: Vec<String> = h.iter().map(han_key_of).collect();
        let en: Vec<String> = e.iter().map(word_key_of).collect();
        format!("({w:?}, &[{}], &[{}])", han.join(", "), en.join(", "))
    });
    out.push_str("];\n");
}

/// Every occurrence of each of `forms` of three Chinese characters or more in the
/// Chinese texts, overlapping ones too (as a search for the phrase finds them).
fn phrase_index<'f>(
    texts: &[Text],
    forms: impl Iterator<Item = &'f String>,
) -> BTreeMap<String, Vec<Posting>> {
    let mut index = BTreeMap::new();
    for form in forms.filter(|f| f.chars().nth(2).is_some()) {
        let mut postings = Vec::new();
        for (number, text) in texts.iter().enumerate() {
            if text.lang != Lang::Zh {
                continue;
            }
            let text = text.text();
            for (start, _) in text.char_indices() {
                if text[start..].starts_with(form.as_str()) {
                    postings.push(posting(number, start, start + form.len()));
                }
            }
        }
        index.insert(form.clone(), postings);
    }
    index
}

#[test]
fn index_data_is_current() {
    let now = render();
    let compiled = include_str!("index/data.rs");
    if now == compiled {
        return;
    }
    if std::env::var_os("GBT39204_BLESS").is_some() {
        std::fs::write(PATH, &now).expect("write the index");
        return;
    }
    panic!(
        "{PATH} is out of date with the catalog, the glossary or the stemmer; \
         run `GBT39204_BLESS=1 cargo test --lib index_data_is_current` and commit it"
    );
}
