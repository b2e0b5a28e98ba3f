//! Lenient parsing of the crate's enum names, shared by every enum's `FromStr`.
//!
//! Canonical names are `snake_case` (the serde form). Parsing also accepts `kebab-case`,
//! spaces, any letter case, full-width ASCII (as typed with a Chinese IME) and each
//! enum's own aliases (codes, clause numbers, Chinese names).

use thiserror::Error;

/// A name that matches no variant of the enum it was parsed as.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown {kind} `{input}`{}; expected one of: {expected}", did_you_mean(*.suggestion))]
pub struct ParseNameError {
    /// What was being parsed, e.g. `"domain"`.
    pub kind: &'static str,
    /// The input as given.
    pub input: String,
    /// The canonical names, comma-separated.
    pub expected: String,
    /// The closest canonical name, when one is close.
    pub suggestion: Option<&'static str>,
}

pub(crate) fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!(" (did you mean `{s}`?)"))
}

/// Maps full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to ASCII.
pub(crate) fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{3002}' => '.',
        _ => c,
    }
}

/// The comparison form of a name: trimmed, width-folded, lower case, `-` and spaces as `_`.
pub(crate) fn normalize(s: &str) -> String {
    s.trim()
        .chars()
        .map(fold_width)
        .flat_map(char::to_lowercase)
        .map(|c| {
            if c == '-' || c.is_whitespace() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

/// Parses `input` as a variant of `T`, by canonical name or alias.
pub(crate) fn parse<T>(
    input: &str,
    kind: &'static str,
    aliases: fn(T) -> &'static [&'static str],
) -> Result<T, ParseNameError>
where
    T: strum::IntoEnumIterator + Into<&'static str> + Copy,
{
    let wanted = normalize(input);
    let hit = T::iter().find(|&v| {
        normalize(v.into()) == wanted || aliases(v).iter().any(|a| normalize(a) == wanted)
    });
    hit.ok_or_else(|| ParseNameError {
        kind,
        input: input.to_owned(),
        expected: T::iter().map(Into::into).collect::<Vec<&str>>().join(", "),
        suggestion: crate::suggest::closest(&wanted, T::iter().map(Into::into)),
    })
}

/// Implements `FromStr` through [`parse`] for an enum with an `aliases` method.
macro_rules! lenient_from_str {
    ($ty:ty, $kind:literal) => {
        impl std::str::FromStr for $ty {
            type Err = $crate::model::ParseNameError;

            /// Parses the canonical `snake_case` name leniently (any case, `-` or space for
            /// `_`, full-width forms) or one of the aliases documented on the type.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::model::names::parse(s, $kind, <$ty>::aliases)
            }
        }
    };
}
pub(crate) use lenient_from_str;

/// Declares a closed-vocabulary enum with the derives every such enum in the crate has:
/// `Copy`, ordering and hashing, serde and `JsonSchema`, and strum's iteration, count,
/// static names and `Display`. Attributes given inside (docs, `serde`/`strum` renames)
/// follow the derive.
macro_rules! vocabulary_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($body:tt)* }) => {
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            ::serde::Serialize, ::serde::Deserialize, ::schemars::JsonSchema,
            ::strum::EnumIter, ::strum::EnumCount, ::strum::IntoStaticStr, ::strum::Display,
        )]
        $(#[$meta])*
        pub enum $name { $($body)* }
    };
}
pub(crate) use vocabulary_enum;
