//! ID prefixes: a whole clause (`7.`), a sub-clause (`7.9`, `7.5`), a sub-sub-clause
//! (`7.5.2`) or one requirement (`7.9.c`).
//!
//! A prefix names a node of the standard's numbering, never a string prefix: `7.1` means
//! sub-clause 7.1 exactly, so it does not take in 7.10; write `7.` for all of clause 7.
//! `7.5` takes in its sub-sub-clauses 7.5.1 … 7.5.4. A paragraph without a letter (`7.1`,
//! `7.5.4`) is both a clause and a requirement; its prefix is the clause.
//!
//! ```
//! use gbt39204::query::IdPrefix;
//! use gbt39204::{Clause, Domain, RequirementId};
//!
//! let p: IdPrefix = "7.1".parse().unwrap();
//! assert_eq!(p, IdPrefix::Clause(Clause::MlpsFoundation));
//! assert!(!p.contains("7.10.a".parse::<RequirementId>().unwrap()));
//! assert_eq!("7.".parse::<IdPrefix>().unwrap(), IdPrefix::Domain(Domain::SecurityProtection));
//! assert_eq!("7.4c".parse::<IdPrefix>().unwrap().to_string(), "7.4.c");
//! let p: IdPrefix = "7.5".parse().unwrap();
//! assert!(p.contains("7.5.2.c".parse::<RequirementId>().unwrap()));
//! assert_eq!("7.5.2".parse::<IdPrefix>().unwrap(), IdPrefix::Clause(Clause::Interconnection));
//! assert!("7.11".parse::<IdPrefix>().unwrap_err().to_string().contains("did you mean"));
//! ```

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

use crate::model::names::{did_you_mean, fold_width};
use crate::model::{Clause, Domain, IdError, RequirementId};

/// A node of the standard's numbering, used to select requirements by ID.
///
/// `Display` and `FromStr` round-trip: `7.` (a clause, i.e. a domain), `7.9` or `7.5.2`
/// (a sub-clause or sub-sub-clause), `7.9.c` (a requirement). Parsing also accepts a
/// bare clause number (`7`), full-width forms, and every lenient requirement ID form
/// (`7.9c`, `7.9 c)`). A paragraph requirement such as `7.5.4` parses as its clause; build
/// prefixes with [`From`] to get the same normal form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdPrefix {
    /// A whole clause (6 to 11), written `7.`.
    Domain(Domain),
    /// A sub-clause or sub-sub-clause, written `7.9` or `7.5.2`; it does not take in
    /// 7.10, and `7.5` takes in 7.5.1 … 7.5.4.
    Clause(Clause),
    /// One lettered requirement, written `7.9.c`.
    Requirement(RequirementId),
}

/// Why a string is not an ID prefix.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PrefixError {
    /// The input was empty or only whitespace.
    #[error(
        "empty ID prefix; write a clause (`7.`), a sub-clause (`7.9`) or a requirement (`7.9.c`)"
    )]
    Empty,
    /// The clause number is not 6 to 11.
    #[error(
        "`{input}`: GB/T 39204-2022 has clauses 6 to 11 with requirements, not {number}; write e.g. `7.`"
    )]
    UnknownDomain {
        /// The input as given.
        input: String,
        /// The clause number as read.
        number: u16,
    },
    /// The clause does not exist.
    #[error("`{input}`: GB/T 39204-2022 has no clause {clause}{}", did_you_mean(suggestion.map(Clause::number)))]
    UnknownClause {
        /// The input as given.
        input: String,
        /// The sub-clause number as read.
        clause: String,
        /// The nearest real sub-clause, when one is close.
        suggestion: Option<Clause>,
    },
    /// The input is not a clause or sub-clause number, and not a requirement ID either.
    #[error(transparent)]
    Id(#[from] IdError),
}

impl IdPrefix {
    /// Whether the requirement `id` falls under this prefix.
    #[must_use]
    pub fn contains(self, id: RequirementId) -> bool {
        match self {
            IdPrefix::Domain(d) => id.domain() == d,
            IdPrefix::Clause(c) => id.clause() == c || id.clause().parent() == Some(c),
            IdPrefix::Requirement(r) => id == r,
        }
    }
}

impl fmt::Display for IdPrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdPrefix::Domain(d) => write!(f, "{}.", d.number()),
            IdPrefix::Clause(c) => f.write_str(c.number()),
            IdPrefix::Requirement(r) => f.write_str(r.as_str()),
        }
    }
}

/// Parses a decimal number of at most four digits.
fn number(digits: &str) -> Option<u16> {
    (!digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

impl FromStr for IdPrefix {
    type Err = PrefixError;

    fn from_str(input: &str) -> Result<Self, PrefixError> {
        let folded: String = input.chars().map(fold_width).collect();
        let text = folded.trim();
        if text.is_empty() {
            return Err(PrefixError::Empty);
        }
        let bare = text.strip_suffix('.').unwrap_or(text);
        let numbers: Option<Vec<u16>> = bare.split('.').map(number).collect();
        match numbers.as_deref() {
            Some(&[major]) => u8::try_from(major)
                .ok()
                .and_then(Domain::from_number)
                .map(IdPrefix::Domain)
                .ok_or_else(|| PrefixError::UnknownDomain {
                    input: input.to_owned(),
                    number: major,
                }),
            Some(path @ ([_, _] | [_, _, _])) => {
                let read = path
                    .iter()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(".");
                let mut small = [0u8; 3];
                let fits = path.iter().zip(&mut small).all(|(&n, slot)| {
                    u8::try_from(n).is_ok_and(|n| {
                        *slot = n;
                        n > 0
                    })
                });
                fits.then(|| Clause::from_path(small))
                    .flatten()
                    .map(IdPrefix::Clause)
                    .ok_or_else(|| PrefixError::UnknownClause {
                        input: input.to_owned(),
                        suggestion: crate::suggest::closest(&read, Clause::ALL.map(Clause::number))
                            .and_then(|s| s.parse().ok()),
                        clause: read,
                    })
            }
            _ => Ok(IdPrefix::from(input.parse::<RequirementId>()?)),
        }
    }
}

impl From<Domain> for IdPrefix {
    fn from(d: Domain) -> Self {
        IdPrefix::Domain(d)
    }
}

impl From<Clause> for IdPrefix {
    fn from(c: Clause) -> Self {
        IdPrefix::Clause(c)
    }
}

impl From<RequirementId> for IdPrefix {
    /// The requirement's prefix; for a paragraph without a letter (`7.5.4`), its clause.
    fn from(id: RequirementId) -> Self {
        if id.item().is_none() {
            IdPrefix::Clause(id.clause())
        } else {
            IdPrefix::Requirement(id)
        }
    }
}

impl Serialize for IdPrefix {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IdPrefix {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for IdPrefix {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IdPrefix".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A clause (`7.`), a sub-clause (`7.9`) or a requirement ID (`7.9.c`) of GB/T 39204-2022.",
            "pattern": r"^(6|7|8|9|10|11)\.([0-9]{1,2}(\.[0-9])?(\.[a-z])?)?$",
            "examples": ["7.", "7.9", "7.5.2", "7.9.c"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    #[test]
    fn every_node_round_trips() {
        use strum::IntoEnumIterator;
        let prefixes = Domain::iter()
            .map(IdPrefix::Domain)
            .chain(Clause::ALL.map(IdPrefix::Clause))
            .chain(catalog::ids().map(IdPrefix::from));
        for p in prefixes {
            assert_eq!(p.to_string().parse::<IdPrefix>(), Ok(p), "{p}");
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(serde_json::from_str::<IdPrefix>(&json).unwrap(), p);
        }
    }

    #[test]
    fn lenient_forms() {
        let seven = IdPrefix::Domain(Domain::SecurityProtection);
        for written in ["7", "7.", " 7. ", "７．", "07"] {
            assert_eq!(written.parse::<IdPrefix>(), Ok(seven), "{written:?}");
        }
        for written in ["7.10", "7.10.", "７．１０"] {
            assert_eq!(
                written.parse::<IdPrefix>(),
                Ok(IdPrefix::Clause(Clause::DataSecurity)),
                "{written:?}"
            );
        }
        assert_eq!("10.1 a)".parse::<IdPrefix>().unwrap().to_string(), "10.1.a");
    }

    #[test]
    fn sub_clause_7_1_is_not_7_10() {
        let p: IdPrefix = "7.1".parse().unwrap();
        let under: Vec<&str> = catalog::ids()
            .filter(|&id| p.contains(id))
            .map(RequirementId::as_str)
            .collect();
        assert_eq!(under, ["7.1"]);
        let p: IdPrefix = "7.5".parse().unwrap();
        let under: Vec<&str> = catalog::ids()
            .filter(|&id| p.contains(id))
            .map(RequirementId::as_str)
            .collect();
        assert_eq!(
            under,
            [
                "7.5.1", "7.5.2.a", "7.5.2.b", "7.5.2.c", "7.5.3.a", "7.5.3.b", "7.5.4"
            ]
        );
    }

    #[test]
    fn bad_prefixes_say_what_to_write() {
        assert_eq!("".parse::<IdPrefix>(), Err(PrefixError::Empty));
        assert_eq!(" \u{3000}".parse::<IdPrefix>(), Err(PrefixError::Empty));
        assert!(matches!(
            "12.".parse::<IdPrefix>(),
            Err(PrefixError::UnknownDomain { number: 12, .. })
        ));
        match "7.11".parse::<IdPrefix>() {
            Err(PrefixError::UnknownClause {
                clause, suggestion, ..
            }) => {
                assert_eq!(clause, "7.11");
                assert_eq!(suggestion, Some(Clause::MlpsFoundation));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            "7.4.x".parse::<IdPrefix>(),
            Err(PrefixError::Id(IdError::NoSuchRequirement { .. }))
        ));
        assert!(matches!(
            "7.5.9".parse::<IdPrefix>(),
            Err(PrefixError::UnknownClause { .. })
        ));
        for bad in ["abc", "..", "7..", "99999.", "7.4.c.d", "7.0", "7.5.2.1"] {
            assert!(bad.parse::<IdPrefix>().is_err(), "{bad:?}");
        }
    }
}
