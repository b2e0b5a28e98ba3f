//! The assessment document: what an operator writes down about its own conformance to
//! GB/T 39204-2022, as JSON.
//!
//! Field names are `snake_case`; unknown fields are refused everywhere except inside the
//! `extensions` objects, which are carried through as the very text they were written
//! in ([`Extensions`]). Dates are written `YYYY-MM-DD` and nothing else (`"2025-06-30"`;
//! not `20250630`, not a date-time, whose time and zone would be lost). Counts are whole
//! numbers; `32.0` is read as 32, as JSON Schema reads it. [`parse`](super::parse) reads
//! a document and reports where it breaks the format.
//!
//! ```
//! use gbt39204::assessment::{AssessmentDocument, Status};
//!
//! let json = r#"{
//!   "metadata": {
//!     "organisation": "Example Grid Co.", "cii_name": "Dispatch system",
//!     "cii_identifier": "CII-0001", "scope": "Dispatch control", "assessor": "Li Wei",
//!     "assessment_date": "2025-06-30", "catalog_version": "0.2.0"
//!   },
//!   "results": [{ "requirement": "7.4.c", "status": "partially_implemented" }],
//!   "facts": { "training_hours_per_person_year": 24 }
//! }"#;
//! let doc: AssessmentDocument = gbt39204::assessment::parse(json)?;
//! assert_eq!(doc.results[0].status, Status::PartiallyImplemented);
//! assert_eq!(doc.facts.training_hours_per_person_year, Some(24));
//! # Ok::<(), gbt39204::assessment::ParseError>(())
//! ```

use std::borrow::Cow;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::value::RawValue;

/// A whole self-assessment: who assessed what and when, one result per requirement, and
/// the operator facts the standard's hard numbers are checked against.
///
/// The results' free text (IDs, evidence references, notes, justifications, owners) is
/// a [`Cow`]: [`parse`](super::parse) borrows it from the JSON text wherever the text
/// has no escapes, so reading a document copies almost nothing. A document built in
/// code or read from a workbook owns its text (`AssessmentDocument<'static>`), and
/// [`into_owned`](Self::into_owned) detaches a parsed one from its JSON. Read a
/// document with [`parse`](super::parse) or [`crate::json`]: the borrowing form is not
/// `DeserializeOwned`, so `serde_json::from_value` and `from_reader` do not take it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentDocument<'a> {
    /// Who is assessed, by whom, when, and against which catalog version.
    pub metadata: Metadata,
    /// One result per requirement; all 111 are expected.
    #[serde(borrow, default, deserialize_with = "results")]
    pub results: Vec<RequirementResult<'a>>,
    /// The operator's facts (all optional).
    #[serde(default)]
    pub facts: Facts,
    /// Anything else a tool wants to keep with the document; never read, kept as is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
    /// For a document written against catalog 0.1, what [`parse`](super::parse) moved
    /// where (see [`super::migrate()`]); `None` otherwise. Not part of the JSON form: the
    /// migrated document serialises as a 0.2 document.
    #[serde(skip)]
    #[schemars(skip)]
    pub migration: Option<super::Migration<'a>>,
    /// Whether the file began with a UTF-8 byte-order mark (which [`parse`](super::parse)
    /// skips; validation reports it as `byte_order_mark`, info). Not part of the JSON form.
    #[serde(skip)]
    #[schemars(skip)]
    pub byte_order_mark: bool,
}

/// Who is assessed, by whom, when, and against which catalog version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The operator (运营者) whose CII is assessed.
    pub organisation: String,
    /// The name of the critical information infrastructure.
    pub cii_name: String,
    /// The CII's identifier, as recorded by the protection department.
    pub cii_identifier: String,
    /// What the assessment covers.
    pub scope: String,
    /// Who did the assessment.
    pub assessor: String,
    /// The day the assessment was completed.
    #[serde(deserialize_with = "strict::date")]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub assessment_date: Date,
    /// The catalog version the results were written against
    /// ([`crate::catalog::VERSION`]).
    pub catalog_version: String,
}

/// The results array, read into a vector with room for one result per requirement from
/// the start (serde's own grows it from empty, moving every result at each doubling).
fn results<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<RequirementResult<'a>>, D::Error> {
    struct Visitor<'a>(std::marker::PhantomData<RequirementResult<'a>>);
    impl<'de: 'a, 'a> serde::de::Visitor<'de> for Visitor<'a> {
        type Value = Vec<RequirementResult<'a>>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            // The same words as serde's, which `read::SHAPES` rewords.
            f.write_str("a sequence")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            let mut results = Vec::with_capacity(crate::catalog::requirements().len());
            while let Some(result) = seq.next_element()? {
                results.push(result);
            }
            Ok(results)
        }
    }
    d.deserialize_seq(Visitor(std::marker::PhantomData))
}

/// The result for one requirement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RequirementResult<'a> {
    /// The requirement ID as written, e.g. `"7.4.c"`; checked by validation, which reports
    /// unknown IDs with a did-you-mean instead of refusing the document.
    #[serde(borrow)]
    pub requirement: Cow<'a, str>,
    /// How far the requirement is met.
    pub status: Status,
    /// What shows the status.
    #[serde(borrow, default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence<'a>>,
    /// Free notes.
    #[serde(
        borrow,
        default,
        deserialize_with = "borrowed::option_str",
        skip_serializing_if = "Option::is_none"
    )]
    pub notes: Option<Cow<'a, str>>,
    /// Why the requirement does not apply; required for `not_applicable`.
    #[serde(
        borrow,
        default,
        deserialize_with = "borrowed::option_str",
        skip_serializing_if = "Option::is_none"
    )]
    pub justification: Option<Cow<'a, str>>,
    /// Who closes the gap and by when; expected for `not_implemented` and
    /// `partially_implemented`.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<Remediation<'a>>,
    /// Anything else a tool wants to keep with the result; never read, kept as is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

crate::model::names::vocabulary_enum! {
    /// How far a requirement is met.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Status {
        /// Fully in place (符合). Counts 1.
        Implemented,
        /// Partly in place (部分符合). Counts ½.
        PartiallyImplemented,
        /// Not in place (不符合). Counts 0.
        NotImplemented,
        /// Does not apply to this CII (不适用); needs a justification. Left out of the score.
        NotApplicable,
        /// Not assessed yet (未评估). Counts 0 and lowers the coverage.
        NotAssessed,
    }
}

impl Status {
    /// The status's name in `lang`.
    #[must_use]
    pub const fn name(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{En, Zh};
        match (self, lang) {
            (Status::Implemented, Zh) => "符合",
            (Status::Implemented, En) => "implemented",
            (Status::PartiallyImplemented, Zh) => "部分符合",
            (Status::PartiallyImplemented, En) => "partially implemented",
            (Status::NotImplemented, Zh) => "不符合",
            (Status::NotImplemented, En) => "not implemented",
            (Status::NotApplicable, Zh) => "不适用",
            (Status::NotApplicable, En) => "not applicable",
            (Status::NotAssessed, Zh) => "未评估",
            (Status::NotAssessed, En) => "not assessed",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Status::Implemented => &["yes", "met", "符合"],
            Status::PartiallyImplemented => &["partial", "partly", "部分符合"],
            Status::NotImplemented => &["no", "not_met", "不符合"],
            Status::NotApplicable => &["n/a", "na", "不适用"],
            Status::NotAssessed => &["unknown", "todo", "未评估"],
        }
    }
}

crate::model::names::lenient_from_str!(Status, "status");

/// One piece of evidence for a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence<'a> {
    /// What sort of evidence it is.
    pub kind: EvidenceKind,
    /// Where to find it: a document number, file path, ticket or URL.
    #[serde(borrow)]
    pub reference: Cow<'a, str>,
    /// When the evidence was produced, if known.
    #[serde(
        default,
        deserialize_with = "strict::option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub date: Option<Date>,
}

crate::model::names::vocabulary_enum! {
    /// What sort of evidence an item is.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum EvidenceKind {
        /// A policy, plan, procedure or other controlled document.
        Document,
        /// A record: minutes, sign-off sheet, register entry, ticket.
        Record,
        /// A system configuration or its export.
        Configuration,
        /// Log extracts or an audit trail.
        Log,
        /// A test, scan, evaluation or drill report.
        Report,
        /// A certificate or a third party's attestation.
        Certificate,
        /// A contract or agreement.
        Contract,
        /// A screenshot.
        Screenshot,
        /// An interview with staff.
        Interview,
        /// Something the assessor saw on site.
        Observation,
        /// Anything else.
        Other,
    }
}

impl EvidenceKind {
    fn aliases(self) -> &'static [&'static str] {
        match self {
            EvidenceKind::Document => &["doc", "policy", "文件"],
            EvidenceKind::Record => &["记录"],
            EvidenceKind::Configuration => &["config", "配置"],
            EvidenceKind::Log => &["logs", "日志"],
            EvidenceKind::Report => &["test_report", "报告"],
            EvidenceKind::Certificate => &["证书"],
            EvidenceKind::Contract => &["agreement", "合同"],
            EvidenceKind::Screenshot => &["截图"],
            EvidenceKind::Interview => &["访谈"],
            EvidenceKind::Observation => &["观察"],
            EvidenceKind::Other => &["其他"],
        }
    }
}

impl EvidenceKind {
    /// The kind's name in `lang`: its `snake_case` code in English, its Chinese name (one
    /// of the names it is read by) in Chinese.
    #[must_use]
    pub fn name(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.into(),
            // Every kind's last alias is its Chinese name.
            crate::Lang::Zh => self.aliases().last().copied().unwrap_or_default(),
        }
    }
}

crate::model::names::lenient_from_str!(EvidenceKind, "evidence kind");

/// Who closes a gap and by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Remediation<'a> {
    /// The person or team responsible.
    #[serde(borrow)]
    pub owner: Cow<'a, str>,
    /// The agreed deadline, if one is set.
    #[serde(
        default,
        deserialize_with = "strict::option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub due_date: Option<Date>,
}

/// The operator's facts that the standard's hard numbers are checked against.
///
/// Every fact is optional. A missing fact is reported only where a requirement that
/// depends on it is claimed `implemented` (the claim cannot then be checked). Two facts
/// check rules from outside GB/T 39204-2022 and say so in every report: `mlps_level`
/// (the Ministry of Public Security's 2020 guidance) and `last_evaluation` (the CII
/// Regulation, Art. 17). `last_emergency_drill` is recorded but not checked: the
/// standard sets no drill interval.
///
/// Catalog 0.1's names `last_policy_review`, `key_duty_staffing` and its `duty` field are
/// still read, as `last_plan_revision`, `key_post_staffing` and `post`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// The MLPS (等级保护) level the CII is protected at, 1 to 5 (checked at 7.1 against
    /// the level-3 floor of the Ministry of Public Security's 2020 guidance).
    #[serde(
        default,
        deserialize_with = "strict::option_u8",
        skip_serializing_if = "Option::is_none"
    )]
    pub mlps_level: Option<u8>,
    /// When the cybersecurity protection plan was last revised (7.2.a: at least yearly).
    #[serde(
        default,
        alias = "last_policy_review",
        deserialize_with = "strict::option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub last_plan_revision: Option<Date>,
    /// How many people hold each key post (7.4.a: at least two).
    #[serde(
        default,
        alias = "key_duty_staffing",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub key_post_staffing: Vec<PostStaffing>,
    /// Security training hours per person per year (7.4.c: at least 30).
    #[serde(
        default,
        deserialize_with = "strict::option_u16",
        skip_serializing_if = "Option::is_none"
    )]
    pub training_hours_per_person_year: Option<u16>,
    /// How many communication lines serve the CII (7.5.1: one main and two backups).
    #[serde(
        default,
        deserialize_with = "strict::option_u16",
        skip_serializing_if = "Option::is_none"
    )]
    pub communication_lines: Option<u16>,
    /// How many different telecommunication carriers those lines run over (7.5.1: several).
    #[serde(
        default,
        deserialize_with = "strict::option_u16",
        skip_serializing_if = "Option::is_none"
    )]
    pub line_carriers: Option<u16>,
    /// How long network logs are kept, in months (7.5.4: at least 6).
    #[serde(
        default,
        deserialize_with = "strict::option_u16",
        skip_serializing_if = "Option::is_none"
    )]
    pub log_retention_months: Option<u16>,
    /// Where operations and maintenance are performed (7.8.a).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operations_location: Option<Location>,
    /// The shortest term, in years, for which suppliers hold licences to the patents and
    /// other IP in what they supply (7.9.h: at least 10, unless the licence covers the
    /// whole service life).
    #[serde(
        default,
        deserialize_with = "strict::option_u16",
        skip_serializing_if = "Option::is_none"
    )]
    pub supplier_ip_licence_years: Option<u16>,
    /// Whether every supplier's IP licence runs for the whole service life of what it
    /// supplies (7.9.h: acceptable instead of 10 years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier_ip_licence_covers_service_life: Option<bool>,
    /// Where personal information is stored (7.10.c).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_information_location: Option<Location>,
    /// Where important data is stored (7.10.c).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub important_data_location: Option<Location>,
    /// Whether every transfer of personal information or important data abroad passed
    /// the required security assessment (makes `mixed` storage acceptable for 7.10.c).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border_transfer_assessed: Option<bool>,
    /// When the CII was last tested and evaluated (checked at the reconstructed 8.1.b
    /// against the yearly rule of the CII Regulation, Art. 17).
    #[serde(
        default,
        deserialize_with = "strict::option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub last_evaluation: Option<Date>,
    /// When the last emergency drill took place. Recorded, checked only for being in
    /// the past: GB/T 39204-2022 sets no drill interval.
    #[serde(
        default,
        deserialize_with = "strict::option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub last_emergency_drill: Option<Date>,
}

/// How many people hold one key post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PostStaffing {
    /// The key post, e.g. `"network administration"`.
    #[serde(alias = "duty")]
    pub post: String,
    /// How many people hold it.
    #[serde(deserialize_with = "strict::whole_u16")]
    pub people: u16,
}

crate::model::names::vocabulary_enum! {
    /// Where something happens or is kept, seen from the People's Republic of China.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Location {
        /// Inside the country (境内).
        Onshore,
        /// Outside the country (境外).
        Offshore,
        /// Partly inside, partly outside.
        Mixed,
    }
}

impl Location {
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Location::Onshore => &["domestic", "境内"],
            Location::Offshore => &["abroad", "境外"],
            Location::Mixed => &["both", "境内外"],
        }
    }
}

crate::model::names::lenient_from_str!(Location, "location");

/// What a tool keeps under `extensions`: a JSON object held as the exact text it was
/// written in, so that it is written back byte for byte — numbers beyond 64 bits, exact
/// decimals, `-0`, key order, repeated keys and empty objects included. The crate never
/// reads it.
///
/// ```
/// use gbt39204::assessment::Extensions;
///
/// let x: Extensions = serde_json::from_str(r#"{"big": 12345678901234567890123, "z": -0, "a": {}}"#)?;
/// assert_eq!(x.get(), r#"{"big": 12345678901234567890123, "z": -0, "a": {}}"#);
/// assert_eq!(serde_json::to_string(&x)?, x.get());
/// assert!(serde_json::from_str::<Extensions>("[1]").is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Extensions(Box<RawValue>);

impl Extensions {
    /// The object's JSON text, exactly as read.
    #[must_use]
    pub fn get(&self) -> &str {
        self.0.get()
    }

    /// Wraps JSON text that is an object.
    ///
    /// # Errors
    /// When `json` is not JSON or not an object.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }
}

impl PartialEq for Extensions {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl<'de> Deserialize<'de> for Extensions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        if !raw.get().starts_with('{') {
            return Err(serde::de::Error::custom(
                "`extensions` must be a JSON object, `{…}`",
            ));
        }
        if depth(raw.get()) > MAX_EXTENSION_DEPTH {
            return Err(serde::de::Error::custom(format!(
                "`extensions` nest more than {MAX_EXTENSION_DEPTH} levels deep; flatten them"
            )));
        }
        Ok(Extensions(raw))
    }
}

/// How deep an `extensions` object may nest, itself included: [`crate::json::MAX_DEPTH`]
/// less the three levels above a result's extensions, so that no document grows deeper
/// than the parser reads elsewhere. (`serde_json` does not count the depth of text it
/// keeps unparsed.)
pub const MAX_EXTENSION_DEPTH: usize = crate::json::MAX_DEPTH - 3;

/// The nesting depth of arrays and objects in JSON text, in one pass (brackets inside
/// strings do not count).
fn depth(json: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0, false, false);
    for b in json.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

impl JsonSchema for Extensions {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Extensions".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Anything a tool keeps with the document: any JSON object, written back exactly as read.",
            "type": "object"
        })
    }
}

impl AssessmentDocument<'_> {
    /// The same document owning all its text, free of the JSON it was read from.
    #[must_use]
    pub fn into_owned(self) -> AssessmentDocument<'static> {
        AssessmentDocument {
            metadata: self.metadata,
            results: self
                .results
                .into_iter()
                .map(RequirementResult::into_owned)
                .collect(),
            facts: self.facts,
            extensions: self.extensions,
            migration: self.migration.map(super::Migration::into_owned),
            byte_order_mark: self.byte_order_mark,
        }
    }
}

impl RequirementResult<'_> {
    /// The same result owning all its text.
    #[must_use]
    pub fn into_owned(self) -> RequirementResult<'static> {
        RequirementResult {
            requirement: owned(self.requirement),
            status: self.status,
            evidence: self
                .evidence
                .into_iter()
                .map(Evidence::into_owned)
                .collect(),
            notes: self.notes.map(owned),
            justification: self.justification.map(owned),
            remediation: self.remediation.map(Remediation::into_owned),
            extensions: self.extensions,
        }
    }
}

impl Evidence<'_> {
    /// The same evidence owning its reference.
    #[must_use]
    pub fn into_owned(self) -> Evidence<'static> {
        Evidence {
            kind: self.kind,
            reference: owned(self.reference),
            date: self.date,
        }
    }
}

impl Remediation<'_> {
    /// The same remediation owning its owner's name.
    #[must_use]
    pub fn into_owned(self) -> Remediation<'static> {
        Remediation {
            owner: owned(self.owner),
            due_date: self.due_date,
        }
    }
}

/// Text that no longer borrows from the JSON it was read from.
fn owned(text: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(text.into_owned())
}

/// Free text read without copying it wherever the JSON writes it without escapes.
mod borrowed {
    use std::borrow::Cow;
    use std::marker::PhantomData;

    use serde::{Deserialize, Deserializer};

    /// A string borrowed from the input when it can be, owned when it had escapes.
    struct Text<'a>(Cow<'a, str>);

    impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visitor<'a>(PhantomData<&'a str>);
            impl<'de: 'a, 'a> serde::de::Visitor<'de> for Visitor<'a> {
                type Value = Text<'a>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    // serde's words for a `String`, so errors read as they did.
                    f.write_str("a string")
                }
                fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Text<'a>, E> {
                    Ok(Text(Cow::Borrowed(text)))
                }
                fn visit_str<E>(self, text: &str) -> Result<Text<'a>, E> {
                    Ok(Text(Cow::Owned(text.to_owned())))
                }
                fn visit_string<E>(self, text: String) -> Result<Text<'a>, E> {
                    Ok(Text(Cow::Owned(text)))
                }
            }
            d.deserialize_str(Visitor(PhantomData))
        }
    }

    /// An optional string (`null` is `None`), borrowed where it can be.
    pub(super) fn option_str<'de: 'a, 'a, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Cow<'a, str>>, D::Error> {
        Option::<Text<'a>>::deserialize(d).map(|o| o.map(|t| t.0))
    }
}

/// Readers that hold the document to what its schema says: dates only as `YYYY-MM-DD`,
/// counts as whole numbers in range (`32.0` is 32, as in JSON Schema).
mod strict {
    use jiff::civil::Date;
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer};

    /// A date written `YYYY-MM-DD`: four-digit year, two-digit month and day, a real day.
    fn parse_date<E: serde::de::Error>(text: &str) -> Result<Date, E> {
        let b = text.as_bytes();
        let shaped = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            });
        if !shaped {
            return Err(E::custom(format!(
                "expected a date written YYYY-MM-DD, such as `2025-06-30` (no other form, no time, no time zone); found `{text}`"
            )));
        }
        // Shaped as checked, so the numbers are digits: read them without a parser.
        let number = |range: std::ops::Range<usize>| {
            b.get(range)
                .unwrap_or_default()
                .iter()
                .fold(0i16, |n, d| n * 10 + i16::from(d - b'0'))
        };
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        // Month and day are at most 99, which fits an `i8`.
        let small = |n: i16| i8::try_from(n).unwrap_or(i8::MAX);
        Date::new(year, small(month), small(day))
            .map_err(|e| E::custom(format!("`{text}` is not a day of the calendar: {e}")))
    }

    /// A date read from the string as the parser hands it over, without copying it.
    struct StrictDate(Date);

    impl<'de> Deserialize<'de> for StrictDate {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl serde::de::Visitor<'_> for Visitor {
                type Value = StrictDate;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a date written YYYY-MM-DD")
                }
                fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<StrictDate, E> {
                    parse_date(text).map(StrictDate)
                }
            }
            d.deserialize_str(Visitor)
        }
    }

    pub(super) fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        StrictDate::deserialize(d).map(|s| s.0)
    }

    #[cfg(test)]
    #[test]
    fn dates_are_read_as_the_calendar_has_them() {
        let read = parse_date::<serde_json::Error>;
        assert_eq!(
            read("2024-02-29").ok(),
            Some(jiff::civil::date(2024, 2, 29))
        );
        assert_eq!(read("0001-01-01").ok(), Some(jiff::civil::date(1, 1, 1)));
        for not_a_day in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-01-00",
        ] {
            let e = read(not_a_day).unwrap_err().to_string();
            assert!(
                e.contains("is not a day of the calendar"),
                "{not_a_day}: {e}"
            );
        }
        for misshaped in [
            "2025-1-01",
            "2025/01/01",
            "２０２５-01-01",
            "2025-01-01T00:00",
        ] {
            let e = read(misshaped).unwrap_err().to_string();
            assert!(e.contains("YYYY-MM-DD"), "{misshaped}: {e}");
        }
    }

    pub(super) fn option_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        Option::<StrictDate>::deserialize(d).map(|o| o.map(|s| s.0))
    }

    /// A JSON number that is a whole number from 0 to `max`.
    fn whole<'de, D: Deserializer<'de>>(d: D, max: u64) -> Result<u64, D::Error> {
        let n = serde_json::Number::deserialize(d)?;
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss,
            reason = "only a float with no fraction within 0..=max (max < 2^53) is converted"
        )]
        let value = n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= max as f64)
                .map(|f| f as u64)
        });
        value.filter(|v| *v <= max).ok_or_else(|| {
            D::Error::custom(format!(
                "expected a whole number from 0 to {max}; found {n}"
            ))
        })
    }

    pub(super) fn option_u8<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
        Option::<Whole<{ u8::MAX as u64 }>>::deserialize(d)
            .map(|o| o.map(|w| u8::try_from(w.0).unwrap_or(u8::MAX)))
    }

    pub(super) fn option_u16<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u16>, D::Error> {
        Option::<Whole<{ u16::MAX as u64 }>>::deserialize(d)
            .map(|o| o.map(|w| u16::try_from(w.0).unwrap_or(u16::MAX)))
    }

    pub(super) fn whole_u16<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
        whole(d, u64::from(u16::MAX)).map(|v| u16::try_from(v).unwrap_or(u16::MAX))
    }

    /// A whole number up to `MAX`, for reading inside an `Option`.
    struct Whole<const MAX: u64>(u64);

    impl<'de, const MAX: u64> Deserialize<'de> for Whole<MAX> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            whole(d, MAX).map(Whole)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_aliases_parse() {
        use strum::IntoEnumIterator;
        for s in Status::iter() {
            assert_eq!(s.to_string().parse::<Status>(), Ok(s));
        }
        for k in EvidenceKind::iter() {
            assert_eq!(k.to_string().parse::<EvidenceKind>(), Ok(k));
        }
        for l in Location::iter() {
            assert_eq!(l.to_string().parse::<Location>(), Ok(l));
        }
        assert_eq!("n/a".parse::<Status>(), Ok(Status::NotApplicable));
        assert_eq!(
            "部分符合".parse::<Status>(),
            Ok(Status::PartiallyImplemented)
        );
        assert_eq!("境内".parse::<Location>(), Ok(Location::Onshore));
        let err = "implemnted".parse::<Status>().unwrap_err();
        assert_eq!(err.suggestion, Some("implemented"));
    }
}
