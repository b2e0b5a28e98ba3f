//! Requirement identifiers: sub-clause plus item letter, written `7.4.c`.
//!
//! A [`RequirementId`] always names a requirement that exists in the catalog: the parser
//! and [`RequirementId::new`] refuse anything else. The parser is lenient about how people
//! write item references and always prints the canonical form.
//!
//! ```
//! use gbt39204::{Clause, RequirementId};
//!
//! let id: RequirementId = "７．４ c)".parse().unwrap();
//! assert_eq!(id.to_string(), "7.4.c");
//! assert_eq!(id.clause(), Clause::Personnel);
//! assert_eq!(id.item(), 'c');
//! for written in ["7.4c", "7.4 c)", "7.4(c)", "7.4.C", " 7.4.c "] {
//!     assert_eq!(written.parse::<RequirementId>().unwrap(), id);
//! }
//! let err = "7.4.x".parse::<RequirementId>().unwrap_err();
//! assert!(err.to_string().contains("7.4.a"));
//! ```

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

use crate::model::names::{did_you_mean, fold_width};
use crate::model::{Clause, Domain, Requirement};

/// The identifier of one of the 111 requirements: sub-clause and item letter.
///
/// Cheap (`Copy`, two bytes), ordered as in the standard, printed as `7.4.c`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RequirementId {
    clause: Clause,
    item: u8,
}

/// Why a string is not a requirement ID.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum IdError {
    /// The input was empty or only whitespace.
    #[error("empty requirement ID; write the sub-clause and item letter, e.g. `7.4.c`")]
    Empty,
    /// The input does not have the shape `<clause>.<sub>.<letter>`.
    #[error(
        "`{input}` is not a requirement ID; write the sub-clause and item letter, e.g. `7.4.c`"
    )]
    Malformed {
        /// The input as given.
        input: String,
    },
    /// The sub-clause number is not one of the 28 (6.1 … 11.4).
    #[error("`{input}`: GB/T 39204-2022 has no sub-clause {clause}{}", did_you_mean(suggestion.map(Clause::number)))]
    UnknownClause {
        /// The input as given.
        input: String,
        /// The sub-clause number as read.
        clause: String,
        /// The nearest real sub-clause, when one is close.
        suggestion: Option<Clause>,
    },
    /// The item is missing or is not a single letter.
    #[error("`{input}`: the item must be one letter after the sub-clause, e.g. `7.4.c`")]
    BadItem {
        /// The input as given.
        input: String,
    },
    /// The sub-clause exists but has no such item.
    #[error(
        "`{input}`: sub-clause {clause} has items a to {last}, not {item}{}",
        did_you_mean(suggestion.map(|s| s.to_string()).as_deref())
    )]
    NoSuchRequirement {
        /// The input as given.
        input: String,
        /// The sub-clause.
        clause: Clause,
        /// The item letter as read.
        item: char,
        /// The sub-clause's last item letter.
        last: char,
        /// The nearest real requirement ID, when one is close.
        suggestion: Option<RequirementId>,
    },
}

impl RequirementId {
    /// The ID of item `item` (a letter, either case) of `clause`, if that requirement exists.
    ///
    /// # Errors
    /// [`IdError::BadItem`] when `item` is not an ASCII letter,
    /// [`IdError::NoSuchRequirement`] when the clause has no such item.
    pub fn new(clause: Clause, item: char) -> Result<Self, IdError> {
        if !item.is_ascii_alphabetic() {
            return Err(IdError::BadItem {
                input: format!("{clause}.{item}"),
            });
        }
        let item = item.to_ascii_lowercase();
        Self::checked(clause, item, &format!("{clause}.{item}"))
    }

    /// Builds an ID from a clause and a 0-based item index without checking that it
    /// exists. For the crate's own static data, which is checked at compile time.
    pub(crate) const fn from_parts(clause: Clause, index: u8) -> Self {
        RequirementId {
            clause,
            item: index,
        }
    }

    fn checked(clause: Clause, item: char, input: &str) -> Result<Self, IdError> {
        let count = crate::catalog::item_count(clause);
        let index = u32::from(item).wrapping_sub(u32::from('a'));
        if let Ok(index) = u8::try_from(index)
            && index < count
        {
            return Ok(Self::from_parts(clause, index));
        }
        let canonical = format!("{clause}.{item}");
        let suggestion = crate::suggest::closest(
            &canonical,
            crate::catalog::requirements().iter().map(|r| r.id.as_str()),
        )
        .and_then(|s| s.parse().ok());
        Err(IdError::NoSuchRequirement {
            input: input.to_owned(),
            clause,
            item,
            last: char::from(b'a' + count - 1),
            suggestion,
        })
    }

    /// The sub-clause.
    #[must_use]
    pub const fn clause(self) -> Clause {
        self.clause
    }

    /// The domain (aspect).
    #[must_use]
    pub const fn domain(self) -> Domain {
        self.clause.domain()
    }

    /// The item letter, `'a'` for the first item of the sub-clause.
    #[must_use]
    pub const fn item(self) -> char {
        (b'a' + self.item) as char
    }

    /// The 0-based position of the item within its sub-clause.
    #[must_use]
    pub const fn item_index(self) -> u8 {
        self.item
    }

    /// The requirement this ID names (never fails: every ID names a real requirement).
    #[must_use]
    pub fn requirement(self) -> &'static Requirement {
        crate::catalog::requirement(self)
    }

    /// The canonical text, e.g. `"7.4.c"`, borrowed from the static catalog.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        crate::catalog::id_text(self)
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

    /// Parses leniently: `7.4.c`, `7.4c`, `7.4 c)`, `7.4(c)`, `7.4.C`, full-width digits,
    /// letters and punctuation, and surrounding whitespace all give `7.4.c`.
    fn from_str(input: &str) -> Result<Self, IdError> {
        parse(input)
    }
}

/// The lenient parser. Allocates only to build an error.
fn parse(input: &str) -> Result<RequirementId, IdError> {
    if let Some(id) = canonical(input.as_bytes()) {
        return Ok(id);
    }
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
    let major = number(&mut chars).ok_or_else(malformed)?;
    if chars.next() != Some('.') {
        return Err(malformed());
    }
    let minor = number(&mut chars).ok_or_else(malformed)?;

    let clause = Clause::from_numbers(major, minor).ok_or_else(|| {
        let read = format!("{major}.{minor}");
        IdError::UnknownClause {
            input: input.to_owned(),
            suggestion: crate::suggest::closest(&read, Clause::ALL.map(Clause::number))
                .and_then(|s| s.parse().ok()),
            clause: read,
        }
    })?;

    while chars
        .next_if(|c| matches!(c, '.' | ' ' | '(' | '-' | '_'))
        .is_some()
    {}
    let bad_item = || IdError::BadItem {
        input: input.to_owned(),
    };
    let item = chars
        .next()
        .filter(char::is_ascii_alphabetic)
        .ok_or_else(bad_item)?;
    chars.next_if_eq(&')');
    if chars.next().is_some() {
        return Err(bad_item());
    }
    RequirementId::checked(clause, item.to_ascii_lowercase(), input)
}

/// The fast path for IDs written canonically (`7.4.c`, `7.10.g`), the usual case in
/// documents: plain ASCII, no folding. Anything else goes through the lenient parser.
fn canonical(bytes: &[u8]) -> Option<RequirementId> {
    let [rest @ .., b'.', letter @ b'a'..=b'z'] = bytes else {
        return None;
    };
    let dot = rest.iter().position(|&b| b == b'.')?;
    let number = |digits: &[u8]| -> Option<u8> {
        match *digits {
            [d @ b'0'..=b'9'] => Some(d - b'0'),
            [t @ b'1'..=b'9', d @ b'0'..=b'9'] => Some((t - b'0') * 10 + (d - b'0')),
            _ => None,
        }
    };
    let clause = Clause::from_numbers(number(&rest[..dot])?, number(&rest[dot + 1..])?)?;
    let item = letter - b'a';
    (item < crate::catalog::item_count(clause)).then(|| RequirementId::from_parts(clause, item))
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
            "description": "A GB/T 39204-2022 requirement ID: sub-clause and item letter, canonically `7.4.c`.",
            "pattern": r"^(6|7|8|9|10|11)\.[0-9]{1,2}\.[a-z]$",
            "examples": ["7.4.c"]
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
        let expected = id("7.4.c");
        for written in [
            "7.4.c",
            "7.4c",
            "7.4 c)",
            "7.4(c)",
            "7.4.C",
            "7.4 c",
            "7.4c)",
            "7.4-c",
            "\t7.4.c\n",
            "７．４．ｃ",
            "７.４ｃ",
            "7.4（c）",
            "7.4 Ｃ",
            "\u{3000}7.4.c\u{3000}",
            "07.04.c",
        ] {
            assert_eq!(
                written.parse::<RequirementId>(),
                Ok(expected),
                "{written:?}"
            );
        }
        assert_eq!(id("7.10.g").to_string(), "7.10.g");
        assert_eq!(id("11.4(b)").to_string(), "11.4.b");
    }

    #[test]
    fn bad_inputs_give_typed_errors() {
        assert_eq!("".parse::<RequirementId>(), Err(IdError::Empty));
        assert_eq!("   ".parse::<RequirementId>(), Err(IdError::Empty));
        for bad in ["abc", "7", "7.", ".4.c", "7,4,c", "c.7.4", "999999.1.a"] {
            assert!(
                matches!(bad.parse::<RequirementId>(), Err(IdError::Malformed { .. })),
                "{bad:?}"
            );
        }
        for bad in [
            "7.4", "7.4.", "7.4.cc", "7.4.1", "7.4.c))", "7.4.c d", "7.4.é",
        ] {
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
        match "12.1.a".parse::<RequirementId>() {
            Err(IdError::UnknownClause { clause, .. }) => assert_eq!(clause, "12.1"),
            other => panic!("{other:?}"),
        }
        match "7.1.c".parse::<RequirementId>() {
            Err(IdError::NoSuchRequirement {
                clause,
                item,
                last,
                suggestion,
                ..
            }) => {
                assert_eq!((clause, item, last), (Clause::MlpsFoundation, 'c', 'b'));
                assert_eq!(suggestion, Some(id("7.1.a")));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn new_checks_existence() {
        assert_eq!(RequirementId::new(Clause::Personnel, 'C'), Ok(id("7.4.c")));
        assert!(RequirementId::new(Clause::Personnel, 'f').is_err());
        assert!(RequirementId::new(Clause::Personnel, '1').is_err());
    }

    #[test]
    fn order_follows_the_standard() {
        assert!(id("7.9.g") < id("7.10.a"));
        assert!(id("6.4.a") < id("7.1.a"));
        assert!(id("10.4.b") < id("11.1.a"));
    }

    #[test]
    fn serde_uses_the_canonical_text() {
        let json = serde_json::to_string(&id("7.6.c")).unwrap();
        assert_eq!(json, "\"7.6.c\"");
        let back: RequirementId = serde_json::from_str("\"7.6 c)\"").unwrap();
        assert_eq!(back, id("7.6.c"));
        assert!(serde_json::from_str::<RequirementId>("\"7.6.z\"").is_err());
        assert!(serde_json::from_str::<RequirementId>("76").is_err());
    }
}
