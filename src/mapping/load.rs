//! Loading user frameworks and mapping sets from JSON, through the same types as the
//! built-in ones, with every problem reported at once, each at its JSON pointer.
//!
//! A framework document:
//!
//! ```json
//! { "id": "acme-grid-rule", "version": "2024", "name": {"zh": "…", "en": "…"},
//!   "publisher": {"zh": "…", "en": "…"},
//!   "controls": [ {"id": "R1", "title": {"zh": "…", "en": "…"}},
//!                 {"id": "R1.1", "parent": "R1", "title": {"zh": "…", "en": "…"}} ] }
//! ```
//!
//! A mapping set document (the same shape the built-in sets serialise to):
//!
//! ```json
//! { "framework": "acme-grid-rule", "provenance": "curated",
//!   "entries": [
//!     {"kind": "mapping", "requirement": "7.9.g", "control": "R1.1",
//!      "relationship": "subset-of", "confidence": "high", "rationale": "…"},
//!     {"kind": "gap", "requirement": "6.1.a", "reason": "…"} ] }
//! ```
//!
//! Checks: well-formed JSON; no unknown fields (with did-you-mean); required fields
//! present with the right types; requirement IDs and control IDs exist (with
//! did-you-mean); no duplicate controls; parents listed before their children; no
//! duplicate rows and no contradictory rows for the same pair (nor a gap beside a mapping
//! for the same requirement); every row has a rationale; the set names the framework.
//!
//! ```
//! use gbt39204::mapping::{Crosswalk, Framework, LoadError, MappingSet};
//!
//! let framework = Framework::from_json(r#"{
//!     "id": "acme-grid-rule", "version": "2024",
//!     "name": {"zh": "某电网安全规则", "en": "ACME grid security rule"},
//!     "publisher": {"zh": "某集团", "en": "ACME group"},
//!     "controls": [{"id": "R1", "title": {"zh": "供应商协议", "en": "Supplier agreements"}}]
//! }"#)?;
//! let set = MappingSet::from_json(r#"{
//!     "framework": "acme-grid-rule", "provenance": "curated",
//!     "entries": [{"kind": "mapping", "requirement": "7.9.g", "control": "R1",
//!                  "relationship": "subset-of", "confidence": "high",
//!                  "rationale": "R1 asks security and confidentiality terms in every supplier contract."}]
//! }"#, &framework)?;
//! let walk = Crosswalk::new(&framework, &set)?;
//! assert_eq!(walk.reverse("r1", Default::default())?.mappings.len(), 1);
//!
//! let bad = MappingSet::from_json(r#"{
//!     "framework": "acme-grid-rule", "provenance": "curated",
//!     "entries": [{"kind": "mapping", "requirement": "7.9.x", "control": "R2",
//!                  "relationship": "subset-of", "confidence": "high", "rationale": ""}]
//! }"#, &framework).unwrap_err();
//! let pointers: Vec<&str> = bad.0.iter().map(LoadError::pointer).collect();
//! assert_eq!(pointers, ["/entries/0/requirement", "/entries/0/control", "/entries/0/rationale"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::{Display, Write as _};
use std::str::FromStr;

use serde::Deserialize;
use serde_json::{Map, Value};
use thiserror::Error;

use crate::mapping::model::fold;
use crate::mapping::{
    Confidence, Control, Entry, Framework, Gap, Mapping, MappingSet, Provenance, Relationship,
    UnknownControl,
};
use crate::model::names::{ParseNameError, did_you_mean};
use crate::model::{IdError, RequirementId, Text};

/// One problem in a framework or mapping set document, at its JSON pointer.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    /// The document is larger than [`crate::json::MAX_DOCUMENT_BYTES`]; it was not read.
    #[error(
        "the document is {bytes} bytes, over the limit of {limit}; split it or leave out what the crosswalk does not need"
    )]
    TooLarge {
        /// The document's size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The document is not valid JSON.
    #[error("line {line}, column {column}: not valid JSON ({message}); fix the syntax first")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// A value has the wrong JSON type.
    #[error("{pointer}: expected {expected}")]
    WrongType {
        /// Where.
        pointer: String,
        /// What was expected, e.g. "a string".
        expected: &'static str,
    },
    /// A required field is absent or null.
    #[error("{pointer}: missing; add this field")]
    MissingField {
        /// Where the field should be.
        pointer: String,
    },
    /// A field the format does not have.
    #[error("{pointer}: unknown field `{field}`{}; expected one of: {expected}", did_you_mean(suggestion.as_deref()))]
    UnknownField {
        /// Where.
        pointer: String,
        /// The field's name.
        field: String,
        /// The fields allowed here, comma-separated.
        expected: String,
        /// The nearest allowed field, when one is close.
        suggestion: Option<String>,
    },
    /// A value of the right type that is not allowed (an unknown relationship name, an
    /// empty ID or title, a parent listed after its child).
    #[error("{pointer}: {message}")]
    InvalidValue {
        /// Where.
        pointer: String,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// A requirement ID that GB/T 39204 does not have.
    #[error("{pointer}: {error}")]
    UnknownRequirement {
        /// Where.
        pointer: String,
        /// The parse error, with a did-you-mean.
        error: IdError,
    },
    /// A control (or parent) ID that the framework does not have.
    #[error("{pointer}: {error}")]
    UnknownControl {
        /// Where.
        pointer: String,
        /// The lookup error, with a did-you-mean.
        error: UnknownControl,
    },
    /// A control ID defined twice in a framework.
    #[error("{pointer}: control `{id}` is already defined at {first}; define each control once")]
    DuplicateControl {
        /// Where the second definition is.
        pointer: String,
        /// Where the first is.
        first: String,
        /// The control ID.
        id: String,
    },
    /// The same row twice: the same requirement and control with the same relationship
    /// and confidence, or two gaps for one requirement.
    #[error("{pointer}: repeats {first} ({what}); remove one of them")]
    DuplicateRow {
        /// Where the repeat is.
        pointer: String,
        /// Where the first row is.
        first: String,
        /// The pair, e.g. `7.9.g → A.5.20`.
        what: String,
    },
    /// Two rows that disagree: the same pair with different relationships or confidence,
    /// or a gap and a mapping for the same requirement.
    #[error("{pointer}: contradicts {first}: {detail}; keep the one you mean")]
    ContradictoryRow {
        /// Where the later row is.
        pointer: String,
        /// Where the earlier row is.
        first: String,
        /// How they disagree.
        detail: String,
    },
    /// A row without a rationale (or a gap without a reason).
    #[error(
        "{pointer}: missing or empty; every row needs a one-line rationale a reviewer can check"
    )]
    MissingRationale {
        /// Where the rationale should be.
        pointer: String,
    },
    /// The mapping set targets another framework than the one it is loaded against.
    #[error(
        "{pointer}: the set maps to `{found}` but was loaded against `{expected}`; load it with the framework it maps to"
    )]
    FrameworkMismatch {
        /// Where (`/framework`).
        pointer: String,
        /// The framework's ID.
        expected: String,
        /// The ID the set names.
        found: String,
    },
}

impl LoadError {
    /// Every kind of problem, as [`LoadError::kind`] names them.
    pub const KINDS: [&'static str; 13] = [
        "too_large",
        "syntax",
        "wrong_type",
        "missing_field",
        "unknown_field",
        "invalid_value",
        "unknown_requirement",
        "unknown_control",
        "duplicate_control",
        "duplicate_row",
        "contradictory_row",
        "missing_rationale",
        "framework_mismatch",
    ];

    /// The JSON pointer of the problem (`""` for the whole document).
    #[must_use]
    pub fn pointer(&self) -> &str {
        match self {
            LoadError::TooLarge { .. } | LoadError::Syntax { .. } => "",
            LoadError::WrongType { pointer, .. }
            | LoadError::MissingField { pointer }
            | LoadError::UnknownField { pointer, .. }
            | LoadError::InvalidValue { pointer, .. }
            | LoadError::UnknownRequirement { pointer, .. }
            | LoadError::UnknownControl { pointer, .. }
            | LoadError::DuplicateControl { pointer, .. }
            | LoadError::DuplicateRow { pointer, .. }
            | LoadError::ContradictoryRow { pointer, .. }
            | LoadError::MissingRationale { pointer }
            | LoadError::FrameworkMismatch { pointer, .. } => pointer,
        }
    }

    /// The kind of problem, `snake_case`, one of [`LoadError::KINDS`].
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        match self {
            LoadError::TooLarge { .. } => "too_large",
            LoadError::Syntax { .. } => "syntax",
            LoadError::WrongType { .. } => "wrong_type",
            LoadError::MissingField { .. } => "missing_field",
            LoadError::UnknownField { .. } => "unknown_field",
            LoadError::InvalidValue { .. } => "invalid_value",
            LoadError::UnknownRequirement { .. } => "unknown_requirement",
            LoadError::UnknownControl { .. } => "unknown_control",
            LoadError::DuplicateControl { .. } => "duplicate_control",
            LoadError::DuplicateRow { .. } => "duplicate_row",
            LoadError::ContradictoryRow { .. } => "contradictory_row",
            LoadError::MissingRationale { .. } => "missing_rationale",
            LoadError::FrameworkMismatch { .. } => "framework_mismatch",
        }
    }
}

/// Every problem found in one document, in document order.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{} problem(s):{}", .0.len(), lines(.0))]
pub struct LoadErrors(pub Vec<LoadError>);

impl LoadErrors {
    pub(crate) fn new(errors: Vec<LoadError>) -> Self {
        LoadErrors(errors)
    }
}

/// Each item on its own indented line, for error lists.
pub(crate) fn lines<T: Display>(items: &[T]) -> String {
    items.iter().fold(String::new(), |mut out, e| {
        let _ = write!(out, "\n  - {e}");
        out
    })
}

/// A JSON pointer on the way down a document, written out (RFC 6901 escaped) only when a
/// problem is reported at it, so that walking a valid document builds no strings.
#[derive(Clone, Copy)]
enum Ptr<'a> {
    /// The whole document (`""`).
    Root,
    /// A field of the object at the parent.
    Key(&'a Ptr<'a>, &'a str),
    /// An element of the array at the parent.
    Index(&'a Ptr<'a>, usize),
}

impl<'a> Ptr<'a> {
    fn key(&'a self, key: &'a str) -> Ptr<'a> {
        Ptr::Key(self, key)
    }

    fn index(&'a self, index: usize) -> Ptr<'a> {
        Ptr::Index(self, index)
    }
}

impl Display for Ptr<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ptr::Root => Ok(()),
            Ptr::Key(parent, key) => {
                write!(f, "{parent}/")?;
                key.chars().try_for_each(|c| match c {
                    '~' => f.write_str("~0"),
                    '/' => f.write_str("~1"),
                    c => f.write_char(c),
                })
            }
            Ptr::Index(parent, index) => write!(f, "{parent}/{index}"),
        }
    }
}

/// How many unknown control IDs in one document get a did-you-mean: each costs a pass
/// over the framework's controls, so beyond this many the loader stays linear and the
/// rest are reported without one.
pub const SUGGESTED_UNKNOWN_IDS: usize = 32;

/// A framework's controls by exact ID, and by folded ID once a lookup needs it, so that
/// each lookup is a hash probe; and the did-you-mean budget for the document.
struct ControlIndex<'f> {
    framework: &'f Framework,
    exact: HashMap<&'f str, usize>,
    folded: Option<HashMap<String, usize>>,
    suggestions_left: usize,
}

impl<'f> ControlIndex<'f> {
    fn new(framework: &'f Framework) -> Self {
        let mut exact = HashMap::with_capacity(framework.controls.len());
        for (i, c) in framework.controls.iter().enumerate() {
            exact.entry(&*c.id).or_insert(i);
        }
        ControlIndex {
            framework,
            exact,
            folded: None,
            suggestions_left: SUGGESTED_UNKNOWN_IDS,
        }
    }

    /// The position of the control with exactly this ID.
    fn position(&self, id: &str) -> Option<usize> {
        self.exact.get(id).copied()
    }

    /// The control named by `input`, leniently (as [`Framework::find`]), or the error
    /// with a did-you-mean while the budget lasts.
    fn find(&mut self, input: &str) -> Result<&'f Control, UnknownControl> {
        let framework = self.framework;
        let position = self.position(input).or_else(|| {
            let folded = self.folded.get_or_insert_with(|| {
                let mut folded = HashMap::with_capacity(framework.controls.len());
                for (i, c) in framework.controls.iter().enumerate() {
                    folded.entry(fold(&c.id)).or_insert(i);
                }
                folded
            });
            folded.get(&fold(input)).copied()
        });
        position
            .and_then(|i| framework.controls.get(i))
            .ok_or_else(|| self.unknown(input))
    }

    fn unknown(&mut self, input: &str) -> UnknownControl {
        let suggestion = if self.suggestions_left > 0 {
            self.suggestions_left -= 1;
            self.framework.suggest(input)
        } else {
            None
        };
        UnknownControl {
            framework: self.framework.id.to_string(),
            input: input.to_owned(),
            suggestion,
        }
    }
}

/// Walks a JSON value, collecting every problem instead of stopping at the first.
#[derive(Default)]
struct Walker {
    errors: Vec<LoadError>,
}

impl Walker {
    /// Parses the document with the crate's JSON loader (size limit, positions).
    fn parse(&mut self, json: &str) -> Option<Value> {
        match crate::json::from_str(json) {
            Ok(v) => Some(v),
            Err(crate::json::ParseError::TooLarge { bytes, limit }) => {
                self.errors.push(LoadError::TooLarge { bytes, limit });
                None
            }
            Err(e) => {
                self.errors.push(LoadError::Syntax {
                    line: e.line(),
                    column: e.column(),
                    message: e.to_string(),
                });
                None
            }
        }
    }

    fn wrong_type(&mut self, at: Ptr<'_>, expected: &'static str) {
        self.errors.push(LoadError::WrongType {
            pointer: at.to_string(),
            expected,
        });
    }

    fn invalid(&mut self, at: Ptr<'_>, message: impl Into<String>) {
        self.errors.push(LoadError::InvalidValue {
            pointer: at.to_string(),
            message: message.into(),
        });
    }

    /// The object at `at`, after reporting every field not in `fields`.
    fn object<'v>(
        &mut self,
        value: &'v Value,
        at: Ptr<'_>,
        fields: &[&'static str],
    ) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.wrong_type(at, "an object");
            return None;
        };
        for key in map.keys().filter(|k| !fields.contains(&k.as_str())) {
            self.errors.push(LoadError::UnknownField {
                pointer: at.key(key).to_string(),
                field: key.clone(),
                expected: fields.join(", "),
                suggestion: crate::suggest::closest(key, fields.iter().copied()).map(str::to_owned),
            });
        }
        Some(map)
    }

    /// The value of a required field, reporting it missing when absent or null.
    fn required<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        at: Ptr<'_>,
        key: &str,
    ) -> Option<&'v Value> {
        match map.get(key) {
            None | Some(Value::Null) => {
                self.errors.push(LoadError::MissingField {
                    pointer: at.key(key).to_string(),
                });
                None
            }
            Some(v) => Some(v),
        }
    }

    /// A string field, reported when absent, not a string, or (if `non_empty`) blank.
    fn string<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        at: Ptr<'_>,
        key: &str,
        non_empty: bool,
    ) -> Option<&'v str> {
        let value = self.required(map, at, key)?;
        let Some(s) = value.as_str() else {
            self.wrong_type(at.key(key), "a string");
            return None;
        };
        if non_empty && s.trim().is_empty() {
            self.invalid(at.key(key), "must not be empty");
            return None;
        }
        Some(s)
    }

    /// A name parsed leniently into one of the crate's enums.
    fn name<T: FromStr<Err = ParseNameError>>(
        &mut self,
        map: &Map<String, Value>,
        at: Ptr<'_>,
        key: &str,
    ) -> Option<T> {
        let s = self.string(map, at, key, false)?;
        s.parse()
            .map_err(|e: ParseNameError| self.invalid(at.key(key), e.to_string()))
            .ok()
    }

    /// Bilingual text `{"zh": …, "en": …}`: English required, Chinese may be empty.
    fn text(&mut self, map: &Map<String, Value>, at: Ptr<'_>, key: &str) -> Option<Text> {
        let value = self.required(map, at, key)?;
        let here = at.key(key);
        let text = self.object(value, here, &["zh", "en"])?;
        let zh = self.string(text, here, "zh", false);
        let en = self.string(text, here, "en", true);
        Some(Text {
            zh: Cow::Owned(zh?.trim().to_owned()),
            en: Cow::Owned(en?.trim().to_owned()),
        })
    }

    /// The elements of an array field, reporting it when absent or not an array.
    fn array<'v>(&mut self, map: &'v Map<String, Value>, at: Ptr<'_>, key: &str) -> &'v [Value] {
        let Some(value) = self.required(map, at, key) else {
            return &[];
        };
        let Some(items) = value.as_array() else {
            self.wrong_type(at.key(key), "an array");
            return &[];
        };
        items
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, LoadErrors> {
        match value {
            Some(v) if self.errors.is_empty() => Ok(v),
            _ => Err(LoadErrors::new(self.errors)),
        }
    }
}

impl Framework {
    /// Loads a user framework from JSON (see the [module documentation](self) for the
    /// format), checking it as thoroughly as the built-in ones.
    ///
    /// # Errors
    /// [`LoadErrors`] with every problem found, each at its JSON pointer.
    pub fn from_json(json: &str) -> Result<Framework, LoadErrors> {
        read_framework_fast(json).map_or_else(|| read_framework_walked(json), Ok)
    }
}

/// The thorough path: the document as a JSON tree, walked to report every problem.
fn read_framework_walked(json: &str) -> Result<Framework, LoadErrors> {
    let mut w = Walker::default();
    let framework = w.parse(json).and_then(|v| read_framework(&mut w, &v));
    w.finish(framework)
}

/// The framework format as serde reads it in one typed pass, borrowing the document's
/// strings where it can.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFramework<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    name: RawText<'a>,
    #[serde(borrow)]
    version: Cow<'a, str>,
    #[serde(borrow)]
    publisher: RawText<'a>,
    #[serde(borrow)]
    controls: Vec<RawControl<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText<'a> {
    #[serde(borrow)]
    zh: Cow<'a, str>,
    #[serde(borrow)]
    en: Cow<'a, str>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawControl<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(default, borrow)]
    parent: Option<Cow<'a, str>>,
    #[serde(borrow)]
    title: RawText<'a>,
}

/// `s` trimmed, unless blank.
fn present(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

/// The fast path for a framework without problems: one typed serde pass and one pass
/// over the controls, no JSON tree. What it accepts, [`read_framework`] accepts with the
/// same result (a test holds them together); `None` for anything else (any problem, or
/// a key given twice, which the tree reads as its last value) sends the document through
/// the walker, which names every problem at its pointer.
fn read_framework_fast(json: &str) -> Option<Framework> {
    if json.len() > crate::json::MAX_DOCUMENT_BYTES {
        return None;
    }
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    let raw: RawFramework<'_> = serde_json::from_str(json).ok()?;
    let owned = |s: &str| Cow::Owned(s.to_owned());
    let text = |t: &RawText<'_>| {
        Some(Text {
            zh: owned(t.zh.trim()),
            en: owned(present(&t.en)?),
        })
    };
    // A parent must be a control already listed, which rules out unknown parents and
    // parents listed after their children; an ID listed twice is a duplicate.
    let mut listed: HashSet<&str> = HashSet::with_capacity(raw.controls.len());
    let mut controls = Vec::with_capacity(raw.controls.len());
    for c in &raw.controls {
        let id = present(&c.id)?;
        let parent = c.parent.as_deref().and_then(present);
        if parent.is_some_and(|p| !listed.contains(p)) || !listed.insert(id) {
            return None;
        }
        controls.push(Control {
            id: owned(id),
            parent: parent.map(owned),
            title: text(&c.title)?,
        });
    }
    Some(Framework {
        id: owned(present(&raw.id)?),
        name: text(&raw.name)?,
        version: owned(present(&raw.version)?),
        publisher: text(&raw.publisher)?,
        controls: Cow::Owned(controls),
    })
}

const FRAMEWORK_FIELDS: [&str; 5] = ["id", "name", "version", "publisher", "controls"];
const CONTROL_FIELDS: [&str; 3] = ["id", "parent", "title"];

fn read_framework(w: &mut Walker, value: &Value) -> Option<Framework> {
    let root = Ptr::Root;
    let map = w.object(value, root, &FRAMEWORK_FIELDS)?;
    let id = w.string(map, root, "id", true);
    let name = w.text(map, root, "name");
    let version = w.string(map, root, "version", true);
    let publisher = w.text(map, root, "publisher");

    let items = w.array(map, root, "controls");
    let list = root.key("controls");
    let mut controls: Vec<Control> = Vec::with_capacity(items.len());
    // Each control ID with the index of the element that first defines it.
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(items.len());
    let mut complete = true;
    for (i, item) in items.iter().enumerate() {
        let at = list.index(i);
        let Some(c) = w.object(item, at, &CONTROL_FIELDS) else {
            complete = false;
            continue;
        };
        let control_id = w.string(c, at, "id", true).map(str::trim);
        let title = w.text(c, at, "title");
        let parent = match c.get("parent") {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(p)) if p.trim().is_empty() => Some(None),
            Some(Value::String(p)) => Some(Some(p.trim())),
            Some(_) => {
                w.wrong_type(at.key("parent"), "a string or null");
                None
            }
        };
        let (Some(control_id), Some(title), Some(parent)) = (control_id, title, parent) else {
            complete = false;
            continue;
        };
        if let Some(&first) = seen.get(control_id) {
            w.errors.push(LoadError::DuplicateControl {
                pointer: at.key("id").to_string(),
                first: list.index(first).key("id").to_string(),
                id: control_id.to_owned(),
            });
            continue;
        }
        seen.insert(control_id, i);
        controls.push(Control {
            id: Cow::Owned(control_id.to_owned()),
            parent: parent.map(|p| Cow::Owned(p.to_owned())),
            title,
        });
    }

    // Parents must exist and come first; checked once every control is known, even
    // when other fields are broken, so that every problem is reported at once.
    complete &= id.is_some() && name.is_some() && version.is_some() && publisher.is_some();
    let framework = Framework {
        id: Cow::Owned(id.unwrap_or_default().trim().to_owned()),
        name: name.unwrap_or(Text::new("", "")),
        version: Cow::Owned(version.unwrap_or_default().trim().to_owned()),
        publisher: publisher.unwrap_or(Text::new("", "")),
        controls: Cow::Owned(controls),
    };
    check_parents(w, &framework, items);
    complete.then_some(framework)
}

fn check_parents(w: &mut Walker, framework: &Framework, items: &[Value]) {
    let mut index = ControlIndex::new(framework);
    let list = Ptr::Root.key("controls");
    for (i, item) in items.iter().enumerate() {
        let Some(parent) = item.get("parent").and_then(Value::as_str).map(str::trim) else {
            continue;
        };
        if parent.is_empty() {
            continue;
        }
        let position = index.position(parent);
        let own = item.get("id").and_then(Value::as_str).map(str::trim);
        let own_position = own.and_then(|id| index.position(id));
        let at = list.index(i);
        match (position, own_position) {
            (None, _) => w.errors.push(LoadError::UnknownControl {
                pointer: at.key("parent").to_string(),
                error: index.unknown(parent),
            }),
            (Some(p), Some(o)) if p >= o => w.invalid(
                at.key("parent"),
                format!("parent `{parent}` must be listed before its children; move it up"),
            ),
            _ => {}
        }
    }
}

impl MappingSet {
    /// Loads a user mapping set from JSON (see the [module documentation](self) for the
    /// format) against the framework it targets, checking it as thoroughly as the
    /// built-in ones. Control IDs are matched leniently and stored canonically.
    ///
    /// # Errors
    /// [`LoadErrors`] with every problem found, each at its JSON pointer.
    pub fn from_json(json: &str, framework: &Framework) -> Result<MappingSet, LoadErrors> {
        let mut w = Walker::default();
        let set = w
            .parse(json)
            .and_then(|v| read_mapping_set(&mut w, &v, framework));
        w.finish(set)
    }
}

const SET_FIELDS: [&str; 3] = ["framework", "provenance", "entries"];
const MAPPING_FIELDS: [&str; 6] = [
    "kind",
    "requirement",
    "control",
    "relationship",
    "confidence",
    "rationale",
];
const GAP_FIELDS: [&str; 3] = ["kind", "requirement", "reason"];

fn read_mapping_set(w: &mut Walker, value: &Value, framework: &Framework) -> Option<MappingSet> {
    let root = Ptr::Root;
    let map = w.object(value, root, &SET_FIELDS)?;
    let target = w.string(map, root, "framework", true).map(str::trim);
    let provenance: Option<Provenance> = w.name(map, root, "provenance");

    let items = w.array(map, root, "entries");
    let list = root.key("entries");
    let mut entries: Vec<(usize, Entry)> = Vec::with_capacity(items.len());
    let mut complete = true;
    let mut controls = ControlIndex::new(framework);
    for (index, item) in items.iter().enumerate() {
        match read_entry(w, list.index(index), item, &mut controls) {
            Some(entry) => entries.push((index, entry)),
            None => complete = false,
        }
    }

    // A missing `framework` is already reported; check the rows against the framework
    // they were loaded with all the same.
    let problems = check_entries(
        &mut controls,
        target.unwrap_or(framework.id()),
        entries.iter().map(|(i, e)| (*i, e)),
        false,
    );
    w.errors.extend(problems);
    let set = MappingSet {
        framework: Cow::Owned(target?.to_owned()),
        provenance: provenance?,
        entries: Cow::Owned(entries.into_iter().map(|(_, e)| e).collect()),
    };
    complete.then_some(set)
}

fn read_entry(
    w: &mut Walker,
    at: Ptr<'_>,
    item: &Value,
    controls: &mut ControlIndex<'_>,
) -> Option<Entry> {
    let Some(kind) = item.as_object().map(|m| m.get("kind")) else {
        w.wrong_type(at, "an object");
        return None;
    };
    let kind = match kind {
        None | Some(Value::Null) => {
            w.errors.push(LoadError::MissingField {
                pointer: at.key("kind").to_string(),
            });
            return None;
        }
        Some(Value::String(k)) => k.trim(),
        Some(_) => {
            w.wrong_type(at.key("kind"), "a string");
            return None;
        }
    };
    let requirement = |w: &mut Walker, map: &Map<String, Value>| {
        let text = w.string(map, at, "requirement", false)?;
        text.parse::<RequirementId>()
            .map_err(|error| {
                w.errors.push(LoadError::UnknownRequirement {
                    pointer: at.key("requirement").to_string(),
                    error,
                });
            })
            .ok()
    };
    match kind {
        "mapping" => {
            let map = w.object(item, at, &MAPPING_FIELDS)?;
            let requirement = requirement(w, map);
            let control = w.string(map, at, "control", true).and_then(|c| {
                controls
                    .find(c)
                    .map_err(|error| {
                        w.errors.push(LoadError::UnknownControl {
                            pointer: at.key("control").to_string(),
                            error,
                        });
                    })
                    .ok()
            });
            let relationship: Option<Relationship> = w.name(map, at, "relationship");
            let confidence: Option<Confidence> = w.name(map, at, "confidence");
            let rationale = rationale(w, map, at, "rationale");
            Some(Entry::Mapping(Mapping {
                requirement: requirement?,
                control: Cow::Owned(control?.id.to_string()),
                relationship: relationship?,
                confidence: confidence?,
                rationale: Cow::Owned(rationale?.to_owned()),
            }))
        }
        "gap" => {
            let map = w.object(item, at, &GAP_FIELDS)?;
            let requirement = requirement(w, map);
            let reason = rationale(w, map, at, "reason");
            Some(Entry::Gap(Gap {
                requirement: requirement?,
                reason: Cow::Owned(reason?.to_owned()),
            }))
        }
        other => {
            w.invalid(
                at.key("kind"),
                format!("unknown entry kind `{other}`; expected `mapping` or `gap`"),
            );
            None
        }
    }
}

/// A rationale or reason: present, a string, not blank.
fn rationale<'v>(
    w: &mut Walker,
    map: &'v Map<String, Value>,
    at: Ptr<'_>,
    key: &str,
) -> Option<&'v str> {
    match map.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim()),
        Some(Value::String(_) | Value::Null) | None => {
            w.errors.push(LoadError::MissingRationale {
                pointer: at.key(key).to_string(),
            });
            None
        }
        Some(_) => {
            w.wrong_type(at.key(key), "a string");
            None
        }
    }
}

/// Checks a mapping set against its framework; used by [`Crosswalk::new`] and by the
/// tests of the built-in sets.
///
/// [`Crosswalk::new`]: crate::mapping::Crosswalk::new
pub(crate) fn check_set(framework: &Framework, set: &MappingSet) -> Vec<LoadError> {
    check_entries(
        &mut ControlIndex::new(framework),
        &set.framework,
        set.entries.iter().enumerate(),
        true,
    )
}

/// The checks across rows. With `exact`, control IDs must match exactly (sets built by
/// the loader already hold canonical IDs, and unknown ones were reported while reading).
fn check_entries<'e>(
    controls: &mut ControlIndex<'_>,
    target: &str,
    entries: impl Iterator<Item = (usize, &'e Entry)>,
    exact: bool,
) -> Vec<LoadError> {
    let framework = controls.framework;
    let mut errors = Vec::new();
    if target != framework.id() {
        errors.push(LoadError::FrameworkMismatch {
            pointer: "/framework".to_owned(),
            expected: framework.id().to_owned(),
            found: target.to_owned(),
        });
    }
    let list = Ptr::Root.key("entries");
    let at = |i: usize| list.index(i).to_string();
    let mut pairs: HashMap<(RequirementId, &str), (usize, &Mapping)> = HashMap::new();
    let mut gaps: HashMap<RequirementId, usize> = HashMap::new();
    let mut mapped: HashMap<RequirementId, usize> = HashMap::new();
    for (i, entry) in entries {
        match entry {
            Entry::Mapping(m) => {
                if exact && controls.position(&m.control).is_none() {
                    errors.push(LoadError::UnknownControl {
                        pointer: list.index(i).key("control").to_string(),
                        error: controls.unknown(&m.control),
                    });
                }
                if exact && m.rationale.trim().is_empty() {
                    errors.push(LoadError::MissingRationale {
                        pointer: list.index(i).key("rationale").to_string(),
                    });
                }
                let what = || format!("{} → {}", m.requirement, m.control);
                match pairs.get(&(m.requirement, &*m.control)) {
                    Some(&(first, earlier))
                        if earlier.relationship == m.relationship
                            && earlier.confidence == m.confidence =>
                    {
                        errors.push(LoadError::DuplicateRow {
                            pointer: at(i),
                            first: at(first),
                            what: what(),
                        });
                    }
                    Some(&(first, earlier)) => errors.push(LoadError::ContradictoryRow {
                        pointer: at(i),
                        first: at(first),
                        detail: format!(
                            "{} is `{}` ({}) there and `{}` ({}) here",
                            what(),
                            earlier.relationship,
                            earlier.confidence,
                            m.relationship,
                            m.confidence
                        ),
                    }),
                    None => {
                        pairs.insert((m.requirement, &m.control), (i, m));
                    }
                }
                if m.relationship != Relationship::NoRelationship {
                    if let Some(&first) = gaps.get(&m.requirement) {
                        errors.push(gap_conflict(at(i), at(first), m.requirement));
                    }
                    mapped.entry(m.requirement).or_insert(i);
                }
            }
            Entry::Gap(g) => {
                if exact && g.reason.trim().is_empty() {
                    errors.push(LoadError::MissingRationale {
                        pointer: list.index(i).key("reason").to_string(),
                    });
                }
                if let Some(&first) = gaps.get(&g.requirement) {
                    errors.push(LoadError::DuplicateRow {
                        pointer: at(i),
                        first: at(first),
                        what: format!("two gaps for {}", g.requirement),
                    });
                    continue;
                }
                gaps.insert(g.requirement, i);
                if let Some(&first) = mapped.get(&g.requirement) {
                    errors.push(gap_conflict(at(i), at(first), g.requirement));
                }
            }
        }
    }
    errors
}

fn gap_conflict(pointer: String, first: String, requirement: RequirementId) -> LoadError {
    LoadError::ContradictoryRow {
        pointer,
        first,
        detail: format!(
            "one says {requirement} has no counterpart, the other maps it to a control"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A control's JSON from a few choices per field, mostly valid ones so that whole
    /// documents are often valid too.
    fn control() -> impl Strategy<Value = String> {
        let id = prop_oneof![
            4 => Just(r#""A""#),
            4 => Just(r#""B""#),
            2 => Just(r#"" A ""#),
            2 => Just(r#""a/b~""#),
            2 => Just(r#""\u0041""#),
            1 => Just(r#""""#),
            1 => Just(r#"" ""#),
            1 => Just("7"),
            1 => Just("null"),
        ];
        let parent = prop_oneof![
            4 => Just(""),
            2 => Just(r#","parent":null"#),
            2 => Just(r#","parent":"""#),
            4 => Just(r#","parent":"A""#),
            4 => Just(r#","parent":" B""#),
            1 => Just(r#","parent":"Z""#),
            1 => Just(r#","parent":7"#),
        ];
        let title = prop_oneof![
            8 => Just(r#"{"zh":"标题","en":"Title"}"#),
            4 => Just(r#"{"zh":"","en":" x "}"#),
            1 => Just(r#"{"zh":"","en":" "}"#),
            1 => Just(r#"{"zh":null,"en":"x"}"#),
            1 => Just(r#"{"en":"x"}"#),
            1 => Just(r#"{"zh":"","en":"x","fr":"x"}"#),
            1 => Just(r#""Title""#),
        ];
        let extra =
            prop_oneof![12 => Just(""), 1 => Just(r#","parnt":"A""#), 1 => Just(r#","id":"C""#)];
        (id, parent, title, extra).prop_map(|(id, parent, title, extra)| {
            format!(r#"{{"id":{id}{parent},"title":{title}{extra}}}"#)
        })
    }

    #[test]
    fn the_fixture_takes_the_fast_path() {
        let json = include_str!("../../tests/fixtures/mapping/framework.json");
        let fast = read_framework_fast(json).expect("valid, so read by the fast path");
        assert_eq!(Ok(fast), read_framework_walked(json));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The fast path accepts exactly the documents the walker accepts, and reads
        /// them to the same framework.
        #[test]
        fn fast_path_agrees_with_the_walker(
            controls in proptest::collection::vec(control(), 0..6),
            id in prop_oneof![Just(r#""acme""#), Just(r#"" ""#), Just("1")],
            bom in any::<bool>(),
        ) {
            let json = format!(
                r#"{}{{"id":{id},"version":"1","name":{{"zh":"","en":"N"}},"publisher":{{"zh":"","en":"P"}},"controls":[{}]}}"#,
                if bom { "\u{FEFF}" } else { "" },
                controls.join(",")
            );
            let fast = read_framework_fast(&json);
            let walked = read_framework_walked(&json).ok();
            // A key given twice is declined by serde and read as its last value by the
            // tree; the walker's reading is what the caller gets.
            if fast.is_none() && walked.is_some() {
                prop_assert!(json.contains(r#""id":"C""#), "{}", json);
            } else {
                prop_assert_eq!(fast, walked, "{}", json);
            }
        }
    }
}
