//! Languages and bilingual text.
//!
//! Every piece of prose in the catalog exists in Simplified Chinese and in English.
//! [`Text`] holds both; accessors across the crate take a [`Lang`].
//!
//! ```
//! use gbt39204::{Lang, Text};
//!
//! let t = Text::new("日志留存", "Log retention");
//! assert_eq!(t.get(Lang::Zh), "日志留存");
//! assert_eq!(t.get(Lang::En), "Log retention");
//! assert_eq!("zh".parse::<Lang>().unwrap(), Lang::Zh);
//! ```

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::model::names::vocabulary_enum! {
    /// A language the catalog is written in.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Lang {
        /// Simplified Chinese (简体中文), the language of the standard.
        Zh,
        /// English.
        En,
    }
}

impl Lang {
    /// Aliases accepted by [`FromStr`](std::str::FromStr) besides the canonical name.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Lang::Zh => &["zh", "zh-cn", "zh-hans", "chinese", "中文"],
            Lang::En => &["en", "en-us", "en-gb", "english", "英文"],
        }
    }
}

crate::model::names::lenient_from_str!(Lang, "language");

/// A piece of text in both Chinese and English.
///
/// Built-in catalog text is borrowed from static data; text loaded from user documents
/// is owned. Both behave the same.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Simplified Chinese.
    pub zh: Cow<'static, str>,
    /// English (never blank where a document is read).
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub en: Cow<'static, str>,
}

impl Text {
    /// Bilingual text borrowed from static strings; usable in `static` items.
    #[must_use]
    pub const fn new(zh: &'static str, en: &'static str) -> Self {
        Text {
            zh: Cow::Borrowed(zh),
            en: Cow::Borrowed(en),
        }
    }

    /// The text in `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}
