//! CISO Assistant libraries: the catalog, MLPS 2.0 level 3 and the crosswalks as YAML
//! framework and mapping libraries that CISO Assistant (intuitem's open-source GRC
//! platform) imports, checked with its own importer.
//!
//! - [`framework_library`]: GB/T 39204-2022, `locale: zh` with English translations —
//!   the 6 aspects, 28 sub-clauses and 10 sub-sub-clauses as headings, the 111 items as
//!   assessable nodes, each with an annotation stating our provenance and the item's
//!   certainty, implementation groups (`management`, `technical`, and `beyond_mlps_l3`
//!   for the items a level-3 MLPS programme does not fully cover, from
//!   [`beyond_mlps_level3`](crate::mapping::beyond_mlps_level3)) and questions made from
//!   the item's typed hard numbers (training hours a number, the last plan revision a
//!   date, the storage location a choice, …).
//! - [`mlps_library`]: MLPS 2.0 level 3 (GB/T 22239-2019, 8.1): 10 categories and 71
//!   control points, titles in our own words.
//! - [`mapping_library`]: the curated crosswalks from CISO Assistant's own ISO/IEC
//!   27001:2022 and NIST CSF 2.0 libraries and from our MLPS library onto GB/T 39204, in
//!   both directions.
//!
//! **Relationships.** CISO Assistant carries results from a set's source onto its
//! target and treats `equal` and `superset` as full coverage. Our rows read "39204 item
//! REL control", so in the set whose source is the other framework our `subset-of`
//! (the control covers the whole item) becomes `superset`, `superset-of` becomes
//! `subset`, `intersects-with` `intersect`, `equal-to`/`equivalent-to` `equal`. A row on
//! an item with a hard number is never exported as full coverage (`equal` or
//! `superset`) in either direction: it becomes `intersect`, and its annotation says why.
//! Each row's annotation holds our one-line rationale and confidence; the confidence is
//! also the `strength_of_relationship` (high 8, medium 5, low 2). Gaps are not exported.
//!
//! Every urn uses our packager name, [`PACKAGER`], except the urns of CISO Assistant's
//! own ISO and CSF nodes. The output is reproducible byte for byte: no clock, no
//! randomness, every list in a fixed order.
//!
//! ```
//! use gbt39204::export::ciso;
//!
//! let files = ciso::libraries();
//! assert_eq!(files.len(), 5);
//! let framework = &files[0];
//! assert_eq!(framework.file_name, "gbt39204-2022.yaml");
//! assert!(framework.contents.contains("urn: \"urn:gbt39204:risk:library:gbt39204-2022\""));
//! assert_eq!(ciso::node_urn("7.4.c".parse()?), "urn:gbt39204:risk:req_node:gbt39204-2022:7.4.c");
//! assert_eq!(ciso::libraries(), files); // byte for byte
//! # Ok::<(), gbt39204::IdError>(())
//! ```

mod yaml;

use std::fmt::Write as _;

use crate::catalog;
use crate::mapping::{self, BuiltinFramework, Confidence, Coverage, Relationship};
use crate::model::{Clause, Domain, Lang, Measure, Obligation, Requirement, RequirementId};

use strum::IntoEnumIterator;
use yaml::Yaml;

/// Our packager name, in every urn we mint.
pub const PACKAGER: &str = "gbt39204";

/// The `ref_id` (and urn part) of the GB/T 39204-2022 framework library.
pub const FRAMEWORK_REF: &str = "gbt39204-2022";

/// The library version: CISO Assistant loads a library only over a lower version of the
/// same urn and locale, so this goes up whenever the data changes.
pub const LIBRARY_VERSION: i64 = 1;

/// One library file: its name and its YAML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryFile {
    /// The file name, e.g. `gbt39204-2022.yaml`.
    pub file_name: String,
    /// The library's urn.
    pub urn: String,
    /// The YAML text.
    pub contents: String,
}

/// Every library: the GB/T 39204 and MLPS frameworks, then the mappings from ISO/IEC
/// 27001:2022, NIST CSF 2.0 and MLPS.
#[must_use]
pub fn libraries() -> Vec<LibraryFile> {
    let mut files = vec![framework_library(), mlps_library()];
    files.extend(MAPPED.iter().map(|&b| mapping_library(b)));
    files
}

/// The frameworks with a mapping library, in the order of [`libraries`].
const MAPPED: [BuiltinFramework; 3] = [
    BuiltinFramework::Iso27001_2022,
    BuiltinFramework::NistCsf2,
    BuiltinFramework::Mlps2019L3,
];

fn library_urn(reference: &str) -> String {
    format!("urn:{PACKAGER}:risk:library:{reference}")
}

fn framework_urn(packager: &str, reference: &str) -> String {
    format!("urn:{packager}:risk:framework:{reference}")
}

/// The urn of a requirement's node in the GB/T 39204 library:
/// `urn:gbt39204:risk:req_node:gbt39204-2022:<id>`.
#[must_use]
pub fn node_urn(id: RequirementId) -> String {
    format!(
        "urn:{PACKAGER}:risk:req_node:{FRAMEWORK_REF}:{}",
        id.as_str()
    )
}

/// The node urn of a heading: `aspect-7`, `clause-7.5`. Headings get a prefix because a
/// paragraph item shares its clause's number (clause 7.1, item 7.1).
fn heading_urn(part: &str) -> String {
    format!("urn:{PACKAGER}:risk:req_node:{FRAMEWORK_REF}:{part}")
}

/// Who packs a framework in CISO Assistant and its urn part (the framework's ID).
fn owner(b: BuiltinFramework) -> (&'static str, &'static str) {
    match b {
        BuiltinFramework::Iso27001_2022 | BuiltinFramework::NistCsf2 => ("intuitem", b.id()),
        BuiltinFramework::Mlps2019L3
        | BuiltinFramework::CiiRegulation2021
        | BuiltinFramework::CybersecurityLaw2016 => (PACKAGER, b.id()),
    }
}

/// A short label for mapping names.
const fn label(b: BuiltinFramework) -> &'static str {
    match b {
        BuiltinFramework::Iso27001_2022 => "ISO/IEC 27001:2022",
        BuiltinFramework::NistCsf2 => "NIST CSF 2.0",
        BuiltinFramework::Mlps2019L3 => "GB/T 22239-2019 (MLPS 2.0 L3)",
        BuiltinFramework::CiiRegulation2021 => "CII Regulation (2021)",
        BuiltinFramework::CybersecurityLaw2016 => "Cybersecurity Law (2016)",
    }
}

/// The urn of a control's node in the framework's CISO Assistant library: CISO
/// Assistant's own for ISO/IEC 27001:2022 and NIST CSF 2.0 (`…:iso27001-2022:a.5.19`),
/// ours for MLPS (`urn:gbt39204:risk:req_node:mlps-2019-l3:8.1.8.3`).
#[must_use]
pub fn control_urn(b: BuiltinFramework, control: &str) -> String {
    let (packager, reference) = owner(b);
    format!(
        "urn:{packager}:risk:req_node:{reference}:{}",
        control.to_lowercase()
    )
}

/// The CISO Assistant relationship for a row "39204 item `rel` control", in the set
/// whose source is the other framework (`to_39204`) or GB/T 39204 itself, and whether
/// the hard-number rule lowered it to `intersect`.
#[must_use]
pub fn relationship(rel: Relationship, to_39204: bool, hard_number: bool) -> (&'static str, bool) {
    let name = match (rel, to_39204) {
        (Relationship::EqualTo | Relationship::EquivalentTo, _) => "equal",
        (Relationship::SubsetOf, true) | (Relationship::SupersetOf, false) => "superset",
        (Relationship::SupersetOf, true) | (Relationship::SubsetOf, false) => "subset",
        (Relationship::IntersectsWith, _) => "intersect",
        (Relationship::NoRelationship, _) => "not_related",
    };
    if hard_number && matches!(name, "equal" | "superset") {
        ("intersect", true)
    } else {
        (name, false)
    }
}

const fn strength(confidence: Confidence) -> i64 {
    match confidence {
        Confidence::High => 8,
        Confidence::Medium => 5,
        Confidence::Low => 2,
    }
}

fn en(fields: Vec<(&str, String)>) -> Yaml {
    let inner = fields
        .into_iter()
        .fold(Yaml::map(), |m, (k, v)| m.with(k, Yaml::Str(v)));
    Yaml::map().with("en", inner)
}

const COPYRIGHT: &str = "Summaries and crosswalks © the gbt39204 project, MIT OR Apache-2.0. Not the standard's text: every title and statement is our own wording.";

fn library_head(reference: &str, name: (&str, &str), description: (&str, &str)) -> Yaml {
    Yaml::map()
        .with("urn", Yaml::Str(library_urn(reference)))
        .with("locale", Yaml::str("zh"))
        .with("ref_id", Yaml::str(reference))
        .with("name", Yaml::str(name.0))
        .with("description", Yaml::str(description.0))
        .with("copyright", Yaml::str(COPYRIGHT))
        .with("version", Yaml::Int(LIBRARY_VERSION))
        .with("publication_date", Yaml::str(catalog::VERSION_DATE))
        .with("provider", Yaml::str(PACKAGER))
        .with("packager", Yaml::str(PACKAGER))
        .with(
            "translations",
            en(vec![
                ("name", name.1.to_owned()),
                ("description", description.1.to_owned()),
            ]),
        )
}

fn file(reference: &str, doc: &Yaml) -> LibraryFile {
    LibraryFile {
        file_name: format!("{reference}.yaml"),
        urn: library_urn(reference),
        contents: doc.to_document(),
    }
}

/// The GB/T 39204-2022 framework library (see the [module documentation](self)).
#[must_use]
pub fn framework_library() -> LibraryFile {
    let title_zh = format!("{}（{}）", catalog::TITLE.zh, catalog::STANDARD);
    let title_en = format!("{} ({})", catalog::TITLE.en, catalog::STANDARD);
    let provenance = &catalog::provenance().statement;
    let head = library_head(
        FRAMEWORK_REF,
        (&title_zh, &title_en),
        (&provenance.zh, &provenance.en),
    );
    let beyond = mapping::beyond_mlps_level3();
    let mut nodes = Vec::new();
    for domain in Domain::iter() {
        let aspect = heading_urn(&format!("aspect-{}", domain.number()));
        nodes.push(
            Yaml::map()
                .with("urn", Yaml::str(&aspect))
                .with("ref_id", Yaml::Str(domain.number().to_string()))
                .with("name", Yaml::str(domain.name(Lang::Zh)))
                .with("description", Yaml::str(domain.role(Lang::Zh)))
                .with("depth", Yaml::Int(1))
                .with("assessable", Yaml::Bool(false))
                .with(
                    "translations",
                    en(vec![
                        ("name", domain.name(Lang::En).to_owned()),
                        ("description", domain.role(Lang::En).to_owned()),
                    ]),
                ),
        );
        // Each sub-clause, followed by its sub-sub-clauses, as the catalog orders them.
        for &clause in catalog::clauses().iter().filter(|c| c.domain() == domain) {
            let parent = clause.parent().map_or_else(|| aspect.clone(), clause_urn);
            nodes.push(
                Yaml::map()
                    .with("urn", Yaml::Str(clause_urn(clause)))
                    .with("ref_id", Yaml::str(clause.number()))
                    .with("name", Yaml::str(clause.name(Lang::Zh)))
                    .with("depth", Yaml::Int(i64::from(clause.depth())))
                    .with("parent_urn", Yaml::Str(parent))
                    .with("assessable", Yaml::Bool(false))
                    .with(
                        "translations",
                        en(vec![("name", clause.name(Lang::En).to_owned())]),
                    ),
            );
            // Items sit under their own clause only (a sub-clause with sub-sub-clauses
            // has none of its own).
            for r in clause
                .requirements()
                .iter()
                .filter(|r| r.id.clause() == clause)
            {
                let beyond_mlps =
                    beyond.requirements[catalog::position(r.id)].coverage != Coverage::Covered;
                nodes.push(item_node(r, clause, beyond_mlps));
            }
        }
    }
    let groups = Yaml::Seq(vec![
        group(
            "management",
            "管理措施",
            "Management measures",
            "管理制度、机构、人员和流程方面的要求。",
            "Requirements on policy, organisation, people and process.",
            true,
        ),
        group(
            "technical",
            "技术措施",
            "Technical measures",
            "在网络和系统中实施的要求。",
            "Requirements implemented in networks and systems.",
            true,
        ),
        group(
            BEYOND_MLPS_GROUP,
            "等保三级之上的增量",
            "Beyond MLPS level 3",
            "已落实等保2.0第三级通用要求的单位仍须补足的条目：等保三级未覆盖或仅部分覆盖（含等保未规定的硬性数值）。依据本项目整理的对照映射，非官方。",
            "Items an organisation that meets MLPS 2.0 level 3 still has to work on: not covered, or only partly covered (including hard numbers MLPS does not set), by level 3. From this project's curated crosswalk, not official.",
            false,
        ),
    ]);
    let framework = Yaml::map()
        .with("urn", Yaml::Str(framework_urn(PACKAGER, FRAMEWORK_REF)))
        .with("ref_id", Yaml::str(catalog::STANDARD))
        .with("name", Yaml::Str(title_zh.clone()))
        .with("description", Yaml::str(&*provenance.zh))
        .with(
            "translations",
            en(vec![
                ("name", title_en.clone()),
                ("description", provenance.en.to_string()),
            ]),
        )
        .with("implementation_groups_definition", groups)
        .with("requirement_nodes", Yaml::Seq(nodes));
    let doc = head.with("objects", Yaml::map().with("framework", framework));
    file(FRAMEWORK_REF, &doc)
}

/// The implementation group of the items beyond MLPS level 3.
pub const BEYOND_MLPS_GROUP: &str = "beyond_mlps_l3";

fn group(
    reference: &str,
    zh: &str,
    en_name: &str,
    desc_zh: &str,
    desc_en: &str,
    selected: bool,
) -> Yaml {
    Yaml::map()
        .with("ref_id", Yaml::str(reference))
        .with("name", Yaml::str(zh))
        .with("description", Yaml::str(desc_zh))
        .with("default_selected", Yaml::Bool(selected))
        .with(
            "translations",
            en(vec![
                ("name", en_name.to_owned()),
                ("description", desc_en.to_owned()),
            ]),
        )
}

fn clause_urn(clause: Clause) -> String {
    heading_urn(&format!("clause-{}", clause.number()))
}

fn item_node(r: &Requirement, clause: Clause, beyond_mlps: bool) -> Yaml {
    let urn = node_urn(r.id);
    let mut groups = vec![Yaml::str(match r.measure {
        Measure::Management => "management",
        Measure::Technical => "technical",
    })];
    if beyond_mlps {
        groups.push(Yaml::str(BEYOND_MLPS_GROUP));
    }
    let (annotation_zh, annotation_en) = annotation(r);
    let questions = questions(r, &urn);
    Yaml::map()
        .with("urn", Yaml::str(&urn))
        .with("ref_id", Yaml::str(r.id.as_str()))
        .with("name", Yaml::str(r.title(Lang::Zh)))
        .with("description", Yaml::str(r.statement(Lang::Zh)))
        .with("annotation", Yaml::Str(annotation_zh))
        .with("depth", Yaml::Int(i64::from(clause.depth()) + 1))
        .with("parent_urn", Yaml::Str(clause_urn(clause)))
        .with("assessable", Yaml::Bool(true))
        .with("implementation_groups", Yaml::Seq(groups))
        .with_opt(
            "questions",
            (!questions.is_empty()).then_some(Yaml::Map(questions)),
        )
        .with(
            "translations",
            en(vec![
                ("name", r.title(Lang::En).to_owned()),
                ("description", r.statement(Lang::En).to_owned()),
                ("annotation", annotation_en),
            ]),
        )
}

/// Our provenance, the item's certainty and its hard numbers, in Chinese and English.
fn annotation(r: &Requirement) -> (String, String) {
    let level = &catalog::provenance().levels[r.certainty as usize].meaning;
    let source = r.source().map(crate::model::SourceRef::path);
    let mut zh = format!(
        "本项目整理（curated）：名称和描述为本项目撰写的摘要，非标准原文。确定性：{}——{}。",
        r.certainty.name(Lang::Zh),
        level.zh
    );
    let mut en = format!(
        "Curated by the gbt39204 project: the name and description are our summary, not the standard's wording. Certainty: {} — {}.",
        r.certainty.name(Lang::En),
        level.en
    );
    if let Some(path) = &source {
        let _ = write!(zh, "转录文件：{}（{}）。", path, catalog::SOURCE.repository);
        let _ = write!(
            en,
            " Transcription file: {path} ({}).",
            catalog::SOURCE.repository
        );
    }
    for o in r.obligations.iter() {
        let _ = write!(
            zh,
            "硬性数值：{}（依据：{}）。",
            o.describe(Lang::Zh),
            o.source().name(Lang::Zh)
        );
        let _ = write!(
            en,
            " Hard number: {} (rule from: {}).",
            o.describe(Lang::En),
            o.source().name(Lang::En)
        );
    }
    (zh, en)
}

/// One question: its type, text in both languages, and choices (value in both).
struct Question {
    kind: &'static str,
    zh: String,
    en: String,
    choices: &'static [(&'static str, &'static str)],
}

const LOCATIONS: &[(&str, &str)] = &[
    ("境内", "Onshore"),
    ("境外", "Offshore"),
    ("境内外均有", "Both onshore and offshore"),
];
const LEVELS: &[(&str, &str)] = &[
    ("第一级", "Level 1"),
    ("第二级", "Level 2"),
    ("第三级", "Level 3"),
    ("第四级", "Level 4"),
    ("第五级", "Level 5"),
];

fn q(kind: &'static str, zh: String, en: String) -> Question {
    Question {
        kind,
        zh,
        en,
        choices: &[],
    }
}

/// The questions an item's hard numbers ask, each naming the assessment-document fact
/// that records the answer.
#[allow(
    clippy::too_many_lines,
    reason = "one arm per obligation kind: a table, clearer in one place"
)]
fn obligation_questions(o: Obligation) -> Vec<Question> {
    let rule_zh = o.describe(Lang::Zh);
    let rule_en = o.describe(Lang::En);
    let ask = |kind, zh: &str, en: &str, fact: &str| {
        q(
            kind,
            format!("{zh}（要求：{rule_zh}；事实 {fact}）"),
            format!("{en} (rule: {rule_en}; fact `{fact}`)"),
        )
    };
    match o {
        Obligation::PlanRevisionInterval { .. } => vec![ask(
            "date",
            "网络安全保护计划最近一次修订的日期",
            "Date of the last revision of the cybersecurity protection plan",
            "last_plan_revision",
        )],
        Obligation::KeyPostStaffing { .. } => vec![ask(
            "number",
            "人数最少的关键岗位配备了几人",
            "People on the least-staffed key post",
            "key_post_staffing",
        )],
        Obligation::TrainingHours { .. } => vec![ask(
            "number",
            "每人每年网络安全教育培训学时数",
            "Cybersecurity training hours per person per year",
            "training_hours_per_person_year",
        )],
        Obligation::LineRedundancy { .. } => vec![
            ask(
                "number",
                "关键业务通信线路条数",
                "Number of communication lines serving critical business",
                "communication_lines",
            ),
            ask(
                "number",
                "这些线路所用的电信运营商家数",
                "Number of telecom carriers those lines run over",
                "line_carriers",
            ),
        ],
        Obligation::LogRetention { .. } => vec![ask(
            "number",
            "网络日志留存月数",
            "Months network logs are kept",
            "log_retention_months",
        )],
        Obligation::OnshoreOperations => vec![Question {
            choices: LOCATIONS,
            ..ask(
                "unique_choice",
                "运维在何处实施",
                "Where operations and maintenance are performed",
                "operations_location",
            )
        }],
        Obligation::SupplierIpLicence { .. } => vec![
            ask(
                "number",
                "供应商知识产权授权的最短年限",
                "Shortest term of the suppliers' IP licences, in years",
                "supplier_ip_licence_years",
            ),
            ask(
                "boolean",
                "授权是否覆盖整个服务期",
                "Do the licences cover the whole service life",
                "supplier_ip_licence_covers_service_life",
            ),
        ],
        Obligation::OnshoreDataStorage => vec![
            Question {
                choices: LOCATIONS,
                ..ask(
                    "unique_choice",
                    "个人信息存储在何处",
                    "Where personal information is stored",
                    "personal_information_location",
                )
            },
            Question {
                choices: LOCATIONS,
                ..ask(
                    "unique_choice",
                    "重要数据存储在何处",
                    "Where important data is stored",
                    "important_data_location",
                )
            },
            ask(
                "boolean",
                "向境外提供数据前是否已完成安全评估",
                "Was a security assessment done before any transfer abroad",
                "cross_border_transfer_assessed",
            ),
        ],
        Obligation::MlpsLevel { .. } => vec![Question {
            choices: LEVELS,
            ..ask(
                "unique_choice",
                "关键信息基础设施备案的等级保护级别",
                "MLPS level the CII is filed at",
                "mlps_level",
            )
        }],
        Obligation::EvaluationInterval { .. } => vec![ask(
            "date",
            "最近一次网络安全检测和风险评估的日期",
            "Date of the last cybersecurity testing and risk evaluation",
            "last_evaluation",
        )],
    }
}

fn questions(r: &Requirement, node: &str) -> Vec<(String, Yaml)> {
    r.obligations
        .iter()
        .flat_map(|o| obligation_questions(*o))
        .enumerate()
        .map(|(i, question)| {
            let urn = format!("{node}:question:{}", i + 1);
            let choices: Vec<Yaml> = question
                .choices
                .iter()
                .enumerate()
                .map(|(j, (zh, en_value))| {
                    Yaml::map()
                        .with("urn", Yaml::Str(format!("{urn}:choice:{}", j + 1)))
                        .with("value", Yaml::str(*zh))
                        .with("translations", en(vec![("value", (*en_value).to_owned())]))
                })
                .collect();
            let body = Yaml::map()
                .with("type", Yaml::str(question.kind))
                .with("text", Yaml::Str(question.zh))
                .with_opt(
                    "choices",
                    (!choices.is_empty()).then_some(Yaml::Seq(choices)),
                )
                .with("translations", en(vec![("text", question.en)]));
            (urn, body)
        })
        .collect()
}

/// The MLPS 2.0 level-3 framework library: 10 categories and 71 control points (see
/// the [module documentation](self)).
#[must_use]
pub fn mlps_library() -> LibraryFile {
    let b = BuiltinFramework::Mlps2019L3;
    let framework = b.framework();
    let reference = owner(b).1;
    let description = (
        "GB/T 22239-2019（等保2.0）第三级安全通用要求（8.1）的类别和控制点。标题为本项目撰写，非标准原文；本库只列出控制点，不含要求项文本。",
        "The categories and control points of the level-3 general requirements (clause 8.1) of GB/T 22239-2019 (MLPS 2.0). Titles are our own words, never the standard's text; the library lists the control points, not the requirement text.",
    );
    let head = library_head(
        reference,
        (framework.name(Lang::Zh), framework.name(Lang::En)),
        description,
    );
    let nodes = framework
        .controls()
        .iter()
        .map(|c| {
            let depth = if c.parent.is_some() { 2 } else { 1 };
            Yaml::map()
                .with("urn", Yaml::Str(control_urn(b, &c.id)))
                .with("ref_id", Yaml::str(&*c.id))
                .with("name", Yaml::str(&*c.title.zh))
                .with("depth", Yaml::Int(depth))
                .with_opt(
                    "parent_urn",
                    c.parent.as_deref().map(|p| Yaml::Str(control_urn(b, p))),
                )
                .with("assessable", Yaml::Bool(c.parent.is_some()))
                .with("translations", en(vec![("name", c.title.en.to_string())]))
        })
        .collect();
    let body = Yaml::map()
        .with("urn", Yaml::Str(framework_urn(PACKAGER, reference)))
        .with("ref_id", Yaml::str(framework.version()))
        .with("name", Yaml::str(framework.name(Lang::Zh)))
        .with("description", Yaml::str(description.0))
        .with(
            "translations",
            en(vec![
                ("name", framework.name(Lang::En).to_owned()),
                ("description", description.1.to_owned()),
            ]),
        )
        .with("requirement_nodes", Yaml::Seq(nodes));
    file(
        reference,
        &head.with("objects", Yaml::map().with("framework", body)),
    )
}

/// The mapping library between a built-in framework and GB/T 39204: two sets, from the
/// framework onto GB/T 39204 and back (see the [module documentation](self) for how
/// relationships are translated). Meant for ISO/IEC 27001:2022, NIST CSF 2.0 and MLPS
/// (the frameworks [`libraries`] exports); for the others it refers to urns no CISO
/// Assistant library defines.
#[must_use]
pub fn mapping_library(b: BuiltinFramework) -> LibraryFile {
    let framework = b.framework();
    let (packager, reference) = owner(b);
    let name = format!("{} ↔ {}", label(b), catalog::STANDARD);
    let library_ref = format!("mapping-{reference}-to-{FRAMEWORK_REF}");
    let description = (
        format!(
            "本项目整理的对照映射（非官方）：{} 与 {} 双向。每行注释为本项目撰写的理由和可信度；含硬性数值的条目从不导出为完全覆盖。",
            framework.name(Lang::Zh),
            catalog::STANDARD
        ),
        format!(
            "This project's curated crosswalk (not official) between {} and {}, both directions. Each row's annotation is our rationale and confidence; an item with a hard number is never exported as full coverage.",
            framework.name(Lang::En),
            catalog::STANDARD
        ),
    );
    let dependency = if packager == PACKAGER {
        library_urn(reference)
    } else {
        format!("urn:{packager}:risk:library:{reference}")
    };
    let head = library_head(
        &library_ref,
        (&name, &name),
        (&description.0, &description.1),
    )
    .with(
        "dependencies",
        Yaml::Seq(vec![
            Yaml::Str(dependency),
            Yaml::Str(library_urn(FRAMEWORK_REF)),
        ]),
    );
    let theirs = framework_urn(packager, reference);
    let ours = framework_urn(PACKAGER, FRAMEWORK_REF);
    let sets = vec![
        mapping_set(
            b,
            &format!("{reference}-to-{FRAMEWORK_REF}"),
            &name,
            &description.1,
            (&theirs, &ours),
            true,
        ),
        mapping_set(
            b,
            &format!("{FRAMEWORK_REF}-to-{reference}"),
            &name,
            &description.1,
            (&ours, &theirs),
            false,
        ),
    ];
    file(
        &library_ref,
        &head.with(
            "objects",
            Yaml::map().with("requirement_mapping_sets", Yaml::Seq(sets)),
        ),
    )
}

fn mapping_set(
    b: BuiltinFramework,
    reference: &str,
    name: &str,
    description: &str,
    (source, target): (&str, &str),
    to_39204: bool,
) -> Yaml {
    let rows = b
        .mapping_set()
        .mappings()
        .map(|m| {
            let r = m.requirement.requirement();
            let (rel, lowered) = relationship(m.relationship, to_39204, !r.obligations.is_empty());
            let mut note = format!(
                "{} (confidence: {}; {} {} {}; curated by the gbt39204 project, not official)",
                m.rationale, m.confidence, m.requirement, m.relationship, m.control
            );
            if lowered {
                let _ = write!(
                    note,
                    " Exported as intersect, not full coverage: {} has a hard number ({}).",
                    m.requirement,
                    r.obligations
                        .iter()
                        .map(|o| o.describe(Lang::En))
                        .collect::<Vec<_>>()
                        .join("; ")
                );
            }
            let (from, to) = if to_39204 {
                (control_urn(b, &m.control), node_urn(m.requirement))
            } else {
                (node_urn(m.requirement), control_urn(b, &m.control))
            };
            Yaml::map()
                .with("source_requirement_urn", Yaml::Str(from))
                .with("target_requirement_urn", Yaml::Str(to))
                .with("relationship", Yaml::str(rel))
                .with("rationale", Yaml::str("semantic"))
                .with(
                    "strength_of_relationship",
                    Yaml::Int(strength(m.confidence)),
                )
                .with("annotation", Yaml::Str(note))
        })
        .collect();
    Yaml::map()
        .with(
            "urn",
            Yaml::Str(format!("urn:{PACKAGER}:risk:req_mapping_set:{reference}")),
        )
        .with("ref_id", Yaml::str(reference))
        .with("name", Yaml::str(name))
        .with("description", Yaml::str(description))
        .with("source_framework_urn", Yaml::str(source))
        .with("target_framework_urn", Yaml::str(target))
        .with("requirement_mappings", Yaml::Seq(rows))
}
