//! Requirement identifiers, following the standard's numbering: a clause path of two or
//! three numbers and, where the clause has lettered items, the item letter — `6.1.a`,
//! `7.5.2.c`, `11.3.2.e`; a clause that is one paragraph without a letter is its own ID —
//! `6.3`, `7.1`, `7.5.4`, `11.4`.
//!
//! A [`RequirementId`] always names a requirement that exists in the catalog: the parser
//! and [`RequirementId::new`] refuse anything else. The parser is lenient about how people
//! write item references (the standard itself writes `7.5.2 c)`) and always prints the
//! canonical form.
//!
//! ```
//! use gbt39204::{Clause, RequirementId};
//!
//! let id: RequirementId = "７．５．２ｃ".parse().unwrap();
//! assert_eq!(id.to_string(), "7.5.2.c");
//! assert_eq!(id.clause(), Clause::Interconnection);
//! assert_eq!(id.item(), Some('c'));
//! for written in ["7.5.2 c)", "7.5.2c", "7.5.2(c)", "7.5.2.C", " 7.5.2.c "] {
//!     assert_eq!(written.parse::<RequirementId>().unwrap(), id);
//! }
//! let paragraph: RequirementId = "7.5.4".parse().unwrap();
//! assert_eq!(paragraph.item(), None);
//!
//! // 7.5 has sub-sub-clauses: the did-you-mean finds the one with an item c.
//! let err = "7.5.c".parse::<RequirementId>().unwrap_err();
//! assert_eq!(err.suggestion().map(|s| s.as_str()), Some("7.5.2.c"));
//! assert!(err.to_string().contains("7.5.1–7.5.4"));
//! ```

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

use crate::model::names::{did_you_mean, fold_width};
use crate::model::{Clause, Domain, Requirement};

/// The identifier of one of the 111 requirements: a clause and, where the clause has
/// lettered items, the letter.
///
/// Cheap (`Copy`, two bytes), totally ordered as in the standard, printed as `7.5.2.c`
/// or, for a paragraph without a letter, `7.5.4`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RequirementId {
    clause: Clause,
    /// The item letter as an ASCII byte (`b'a'` …), or 0 for a paragraph without one.
    letter: u8,
}

/// Why a string is not a requirement ID.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum IdError {
    /// The input was empty or only whitespace.
    #[error("empty requirement ID; write the clause and item letter, e.g. `7.4.c` or `7.5.2.c`")]
    Empty,
    /// The input does not have the shape `<clause path>[.<letter>]`.
    #[error(
        "`{input}` is not a requirement ID; write the clause and item letter, e.g. `7.4.c` or `7.5.2.c`, or a paragraph's clause, e.g. `7.1`"
    )]
    Malformed {
        /// The input as given.
        input: String,
    },
    /// What follows the clause is not a single letter.
    #[error("`{input}`: the item must be one letter after the clause, e.g. `7.4.c`")]
    BadItem {
        /// The input as given.
        input: String,
    },
    /// No clause of the standard has this number.
    #[error("`{input}`: GB/T 39204-2022 has no clause {clause}{}", did_you_mean(suggestion.map(Clause::number)))]
    UnknownClause {
        /// The input as given.
        input: String,
        /// The clause number as read.
        clause: String,
        /// The nearest real clause, when one is close.
        suggestion: Option<Clause>,
    },
    /// The clause is divided into sub-sub-clauses (7.5, 7.6, 11.3), under which the
    /// requirements stand.
    #[error(
        "`{input}`: {clause} has sub-clauses {}–{}{}",
        clause.children().first().map_or("", |c| c.number()),
        clause.children().last().map_or("", |c| c.number()),
        did_you_mean(suggestion.map(RequirementId::as_str))
    )]
    HasSubClauses {
        /// The input as given.
        input: String,
        /// The clause as read.
        clause: Clause,
        /// The requirement the input most likely means.
        suggestion: Option<RequirementId>,
    },
    /// The clause is one paragraph without lettered items, but a letter was given.
    #[error("`{input}`: {clause} is one paragraph without lettered items; write `{clause}`")]
    NotLettered {
        /// The input as given.
        input: String,
        /// The clause.
        clause: Clause,
    },
    /// The clause has lettered items, but no letter was given.
    #[error("`{input}`: {clause} has items a to {last}; add the letter, e.g. `{clause}.a`")]
    MissingItem {
        /// The input as given.
        input: String,
        /// The clause.
        clause: Clause,
        /// The clause's last item letter.
        last: char,
    },
    /// The clause exists but has no such item.
    #[error(
        "`{input}`: {clause} has items a to {last}, not {item}{}",
        did_you_mean(suggestion.map(RequirementId::as_str))
    )]
    NoSuchRequirement {
        /// The input as given.
        input: String,
        /// The clause.
        clause: Clause,
        /// The item letter as read.
        item: char,
        /// The clause's last item letter.
        last: char,
        /// The nearest real requirement ID, when one is close.
        suggestion: Option<RequirementId>,
    },
}

impl IdError {
    /// The real requirement the input most likely means, where there is one.
    #[must_use]
    pub fn suggestion(&self) -> Option<RequirementId> {
        match self {
            IdError::HasSubClauses { suggestion, .. }
            | IdError::NoSuchRequirement { suggestion, .. } => *suggestion,
            IdError::NotLettered { clause, .. } => RequirementId::new(*clause, None).ok(),
            IdError::MissingItem { clause, .. } => RequirementId::new(*clause, Some('a')).ok(),
            IdError::Empty
            | IdError::Malformed { .. }
            | IdError::BadItem { .. }
            | IdError::UnknownClause { .. } => None,
        }
    }
}

impl RequirementId {
    /// The ID of item `item` (a letter, either case) of `clause`, or of the paragraph
    /// `clause` when `item` is `None`, if that requirement exists.
    ///
    /// ```
    /// use gbt39204::{Clause, RequirementId};
    ///
    /// assert_eq!(RequirementId::new(Clause::Interconnection, Some('C'))?.as_str(), "7.5.2.c");
    /// assert_eq!(RequirementId::new(Clause::NetworkAudit, None)?.as_str(), "7.5.4");
    /// assert!(RequirementId::new(Clause::NetworkAudit, Some('a')).is_err());
    /// # Ok::<(), gbt39204::IdError>(())
    /// ```
    ///
    /// # Errors
    /// The same [`IdError`]s as parsing `"{clause}.{item}"`.
    pub fn new(clause: Clause, item: Option<char>) -> Result<Self, IdError> {
        let written = || match item {
            Some(item) => format!("{clause}.{item}"),
            None => clause.to_string(),
        };
        let letter = match item {
            None => None,
            Some(c) if c.is_ascii_alphabetic() => Some(c.to_ascii_lowercase() as u8),
            Some(_) => return Err(IdError::BadItem { input: written() }),
        };
        resolve(clause, letter, &written())
    }

    /// Builds an ID without checking that it exists; for the crate's own static data,
    /// which is checked at compile time.
    pub(crate) const fn from_parts(clause: Clause, letter: u8) -> Self {
        RequirementId { clause, letter }
    }

    /// The clause the requirement stands under directly: a sub-sub-clause such as
    /// `7.5.2`, or a sub-clause such as `7.4`.
    #[must_use]
    pub const fn clause(self) -> Clause {
        self.clause
    }

    /// The sub-clause (two numbers, `7.5` for `7.5.2.c`).
    #[must_use]
    pub const fn sub_clause(self) -> Clause {
        self.clause.sub_clause()
    }

    /// The domain (aspect).
    #[must_use]
    pub const fn domain(self) -> Domain {
        self.clause.domain()
    }

    /// The item letter (`'c'` for 7.5.2.c), or `None` for a paragraph without one (7.5.4).
    #[must_use]
    pub const fn item(self) -> Option<char> {
        if self.letter == 0 {
            None
        } else {
            Some(self.letter as char)
        }
    }

    /// The requirement this ID names (never fails: every ID names a real requirement).
    #[must_use]
    pub fn requirement(self) -> &'static Requirement {
        crate::catalog::requirement(self)
    }

    /// The canonical text, e.g. `"7.5.2.c"`, borrowed from the static catalog.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        crate::catalog::id_text(self)
    }

    /// The 0-based position of the item within its clause (0 for a paragraph).
    pub(crate) const fn offset(self) -> u8 {
        if self.letter == 0 {
            0
        } else {
            self.letter - b'a'
        }
    }
}

impl fmt::Display for RequirementId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for RequirementId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RequirementId({self})")
    }
}

impl FromStr for RequirementId {
    type Err = IdError;

    /// Parses leniently: `7.5.2.c`, `7.5.2c`, `7.5.2 c)`, `7.5.2(c)`, `7.5.2.C`,
    /// full-width digits, letters and punctuation, and surrounding whitespace all give
    /// `7.5.2.c`.
    fn from_str(input: &str) -> Result<Self, IdError> {
        if let Some(id) = canonical(input.as_bytes()) {
            return Ok(id);
        }
        let parts = Parts::read(input)?;
        let clause = parts.clause(input)?;
        resolve(clause, parts.letter, input)
    }
}

/// An ID as written, read into its numbers and letter, before it is checked against any
/// catalog. Shared by this catalog's IDs and the 0.1 catalog's (see
/// [`crate::catalog::migration`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Parts {
    /// Up to three clause numbers; unused places 0.
    pub(crate) path: [u8; 3],
    /// The lower-case item letter as an ASCII byte, if one was written.
    pub(crate) letter: Option<u8>,
}

impl Parts {
    /// Reads `input` leniently: full-width forms, whitespace around, `.`, ` `, `(`, `-`
    /// or `_` before the letter, `)` after it, either case. Allocates only for an error.
    pub(crate) fn read(input: &str) -> Result<Parts, IdError> {
        let malformed = || IdError::Malformed {
            input: input.to_owned(),
        };
        let trimmed = input.trim_matches(|c: char| fold_width(c).is_whitespace());
        if trimmed.is_empty() {
            return Err(IdError::Empty);
        }
        let mut chars = trimmed.chars().map(fold_width).peekable();
        let number = |chars: &mut std::iter::Peekable<_>| -> Option<u8> {
            let mut value: u8 = 0;
            let mut digits = 0;
            while let Some(d) = chars.peek().and_then(|c: &char| c.to_digit(10)) {
                value = value.checked_mul(10)?.checked_add(u8::try_from(d).ok()?)?;
                digits += 1;
                chars.next();
            }
            (digits > 0).then_some(value)
        };
        let mut path = [0u8; 3];
        path[0] = number(&mut chars).ok_or_else(malformed)?;
        let mut depth = 1;
        while chars.peek() == Some(&'.') {
            chars.next();
            if !chars.peek().is_some_and(char::is_ascii_digit) {
                break;
            }
            if depth == path.len() {
                return Err(malformed());
            }
            path[depth] = number(&mut chars).ok_or_else(malformed)?;
            depth += 1;
        }
        if depth < 2 {
            return Err(malformed());
        }
        while chars
            .next_if(|c| matches!(c, '.' | ' ' | '(' | '-' | '_'))
            .is_some()
        {}
        let letter = match chars.next() {
            None => None,
            Some(c) if c.is_ascii_alphabetic() => {
                chars.next_if_eq(&')');
                Some(c.to_ascii_lowercase() as u8)
            }
            Some(_) => {
                return Err(IdError::BadItem {
                    input: input.to_owned(),
                });
            }
        };
        if chars.next().is_some() {
            return Err(IdError::BadItem {
                input: input.to_owned(),
            });
        }
        Ok(Parts { path, letter })
    }

    /// The clause the numbers name in this catalog.
    fn clause(self, input: &str) -> Result<Clause, IdError> {
        Clause::from_path(self.path).ok_or_else(|| {
            let read = self.clause_text();
            IdError::UnknownClause {
                input: input.to_owned(),
                suggestion: crate::suggest::closest(&read, Clause::ALL.map(Clause::number))
                    .and_then(|s| s.parse().ok()),
                clause: read,
            }
        })
    }

    /// The clause numbers as written canonically, `7.5.2`.
    pub(crate) fn clause_text(self) -> String {
        match self.path {
            [major, minor, 0] => format!("{major}.{minor}"),
            [major, minor, sub] => format!("{major}.{minor}.{sub}"),
        }
    }
}

/// Checks that `clause` (with `letter`) names a requirement of the catalog.
fn resolve(clause: Clause, letter: Option<u8>, input: &str) -> Result<RequirementId, IdError> {
    if !clause.children().is_empty() {
        let suggestion = clause
            .children()
            .iter()
            .find_map(|&child| resolve(child, letter, input).ok())
            .or_else(|| clause.requirements().first().map(|r| r.id));
        return Err(IdError::HasSubClauses {
            input: input.to_owned(),
            clause,
            suggestion,
        });
    }
    let count = crate::catalog::item_count(clause);
    let paragraph = crate::catalog::is_paragraph(clause);
    let last = || char::from(b'a' + count - 1);
    match (paragraph, letter) {
        (true, None) => Ok(RequirementId::from_parts(clause, 0)),
        (true, Some(_)) => Err(IdError::NotLettered {
            input: input.to_owned(),
            clause,
        }),
        (false, None) => Err(IdError::MissingItem {
            input: input.to_owned(),
            clause,
            last: last(),
        }),
        (false, Some(letter)) if letter.wrapping_sub(b'a') < count => {
            Ok(RequirementId::from_parts(clause, letter))
        }
        (false, Some(letter)) => {
            // The clause's own items first: `7.2.c` means 7.2.a or 7.2.b, not 6.2.c.
            let canonical = format!("{clause}.{}", char::from(letter));
            let ids = |rows: &'static [Requirement]| rows.iter().map(|r| r.id.as_str());
            let suggestion = crate::suggest::closest(&canonical, ids(clause.requirements()))
                .or_else(|| {
                    crate::suggest::closest(&canonical, ids(crate::catalog::requirements()))
                })
                .and_then(|s| s.parse().ok());
            Err(IdError::NoSuchRequirement {
                input: input.to_owned(),
                clause,
                item: char::from(letter),
                last: last(),
                suggestion,
            })
        }
    }
}

/// The fast path for IDs written canonically (`7.4.c`, `7.5.2.c`, `7.1`), the usual case
/// in documents: plain ASCII, no folding. Anything else goes through the lenient parser.
fn canonical(bytes: &[u8]) -> Option<RequirementId> {
    let (numbers, letter) = match bytes {
        [rest @ .., b'.', letter @ b'a'..=b'z'] => (rest, *letter),
        _ => (bytes, 0),
    };
    let mut path = [0u8; 3];
    let mut parts = numbers.split(|&b| b == b'.');
    for slot in &mut path {
        let Some(digits) = parts.next() else { break };
        *slot = match *digits {
            [d @ b'0'..=b'9'] => d - b'0',
            [t @ b'1'..=b'9', d @ b'0'..=b'9'] => (t - b'0') * 10 + (d - b'0'),
            _ => return None,
        };
    }
    if parts.next().is_some() || path[1] == 0 {
        return None;
    }
    let clause = Clause::from_path(path)?;
    let id = RequirementId::from_parts(clause, letter);
    crate::catalog::exists(id).then_some(id)
}

impl Serialize for RequirementId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RequirementId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for RequirementId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RequirementId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A GB/T 39204-2022 requirement ID: the clause path and, where the clause has lettered items, the letter; canonically `7.4.c`, `7.5.2.c`, or `7.1` for a paragraph without a letter.",
            "pattern": r"^(6|7|8|9|10|11)\.[0-9]{1,2}(\.[0-9])?(\.[a-z])?$",
            "examples": ["7.4.c", "7.5.2.c", "7.5.4"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> RequirementId {
        s.parse().unwrap()
    }

    #[test]
    fn lenient_forms_canonicalise() {
        let expected = id("7.5.2.c");
        for written in [
            "7.5.2.c",
            "7.5.2c",
            "7.5.2 c)",
            "7.5.2(c)",
            "7.5.2.C",
            "7.5.2 c",
            "7.5.2c)",
            "7.5.2-c",
            "\t7.5.2.c\n",
            "７．５．２ｃ",
            "７.５.２ｃ",
            "7.5.2（c）",
            "7.5.2 Ｃ",
            "\u{3000}7.5.2.c\u{3000}",
            "07.05.02.c",
        ] {
            assert_eq!(
                written.parse::<RequirementId>(),
                Ok(expected),
                "{written:?}"
            );
        }
        assert_eq!(id("7.4 c)").to_string(), "7.4.c");
        assert_eq!(id("7.10.h").to_string(), "7.10.h");
        assert_eq!(id("11.3.2(e)").to_string(), "11.3.2.e");
        for paragraph in [
            "6.3", "7.1", "7.5.1", "7.5.4", "7.6.3", "7.7", "11.3.3", "11.4",
        ] {
            assert_eq!(id(paragraph).to_string(), paragraph);
            assert_eq!(id(paragraph).item(), None);
        }
        assert_eq!(id(" 7.5.4. ").to_string(), "7.5.4");
        assert_eq!(id("７．１").to_string(), "7.1");
    }

    #[test]
    fn bad_inputs_give_typed_errors() {
        assert_eq!("".parse::<RequirementId>(), Err(IdError::Empty));
        assert_eq!("   ".parse::<RequirementId>(), Err(IdError::Empty));
        for bad in [
            "abc",
            "7",
            "7.",
            ".4.c",
            "7,4,c",
            "c.7.4",
            "999999.1.a",
            "7.5.2.1.a",
        ] {
            assert!(
                matches!(bad.parse::<RequirementId>(), Err(IdError::Malformed { .. })),
                "{bad:?}"
            );
        }
        for bad in ["7.4.cc", "7.4.c))", "7.4.c d", "7.4.é", "7.4.?"] {
            assert!(
                matches!(bad.parse::<RequirementId>(), Err(IdError::BadItem { .. })),
                "{bad:?}"
            );
        }
        match "7.11.a".parse::<RequirementId>() {
            Err(IdError::UnknownClause {
                clause, suggestion, ..
            }) => {
                assert_eq!(clause, "7.11");
                assert!(suggestion.is_some());
            }
            other => panic!("{other:?}"),
        }
        match "7.5.9.a".parse::<RequirementId>() {
            Err(IdError::UnknownClause { clause, .. }) => assert_eq!(clause, "7.5.9"),
            other => panic!("{other:?}"),
        }
        match "12.1.a".parse::<RequirementId>() {
            Err(IdError::UnknownClause { clause, .. }) => assert_eq!(clause, "12.1"),
            other => panic!("{other:?}"),
        }
        match "7.2.c".parse::<RequirementId>() {
            Err(IdError::NoSuchRequirement {
                clause,
                item,
                last,
                suggestion,
                ..
            }) => {
                assert_eq!((clause, item, last), (Clause::ManagementPolicies, 'c', 'b'));
                assert!(suggestion.is_some());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn did_you_mean_covers_the_new_shapes() {
        let err = |s: &str| s.parse::<RequirementId>().unwrap_err();
        // A sub-clause with sub-sub-clauses: the first child that has the item.
        assert_eq!(err("7.5.c").suggestion(), Some(id("7.5.2.c")));
        assert_eq!(err("7.6.c").suggestion(), Some(id("7.6.1.c")));
        assert_eq!(err("11.3.e").suggestion(), Some(id("11.3.2.e")));
        assert_eq!(err("7.5").suggestion(), Some(id("7.5.1")));
        assert_eq!(
            err("7.5.c").to_string(),
            "`7.5.c`: 7.5 has sub-clauses 7.5.1–7.5.4 (did you mean `7.5.2.c`?)"
        );
        // A paragraph given a letter, a lettered clause without one.
        assert!(matches!(
            err("7.1.a"),
            IdError::NotLettered {
                clause: Clause::MlpsFoundation,
                ..
            }
        ));
        assert_eq!(err("7.1.b").suggestion(), Some(id("7.1")));
        assert_eq!(err("7.5.4.a").suggestion(), Some(id("7.5.4")));
        assert!(matches!(err("7.4"), IdError::MissingItem { last: 'e', .. }));
        assert_eq!(err("7.4").suggestion(), Some(id("7.4.a")));
    }

    #[test]
    fn new_checks_existence() {
        assert_eq!(
            RequirementId::new(Clause::Personnel, Some('C')),
            Ok(id("7.4.c"))
        );
        assert_eq!(
            RequirementId::new(Clause::MlpsFoundation, None),
            Ok(id("7.1"))
        );
        assert!(RequirementId::new(Clause::Personnel, Some('f')).is_err());
        assert!(RequirementId::new(Clause::Personnel, Some('1')).is_err());
        assert!(RequirementId::new(Clause::Personnel, None).is_err());
        assert!(RequirementId::new(Clause::CommunicationNetwork, Some('a')).is_err());
    }

    #[test]
    fn order_follows_the_standard() {
        assert!(id("7.4.e") < id("7.5.1"));
        assert!(id("7.5.1") < id("7.5.2.a"));
        assert!(id("7.5.4") < id("7.6.1.a"));
        assert!(id("7.9.h") < id("7.10.a"));
        assert!(id("6.4") < id("7.1"));
        assert!(id("11.3.3") < id("11.4"));
    }

    #[test]
    fn serde_uses_the_canonical_text() {
        let json = serde_json::to_string(&id("7.5.4")).unwrap();
        assert_eq!(json, "\"7.5.4\"");
        let back: RequirementId = serde_json::from_str("\"7.5.2 c)\"").unwrap();
        assert_eq!(back, id("7.5.2.c"));
        assert!(serde_json::from_str::<RequirementId>("\"7.6.z\"").is_err());
        assert!(serde_json::from_str::<RequirementId>("76").is_err());
    }
}
