//! Fact checks: the operator's [`Facts`] against the standard's hard numbers.
//!
//! The thresholds are never written here: every check reads the typed
//! [`Obligation`]s of the catalog's requirements (`7.4.c` → at least 30 training hours,
//! `7.2.a` → the protection plan revised at least every 12 months, …) and compares
//! through [`Bound::admits`](crate::Bound::admits). Time intervals are counted in whole
//! months, rounded up: a revision 12 months and 1 day ago is 13 months ago. Each check
//! names the rule it comes from ([`RuleSource`]): two are not in GB/T 39204-2022.
//!
//! ```
//! use gbt39204::assessment::{check_facts, FactOutcome, Facts};
//! use gbt39204::RuleSource;
//! use jiff::civil::date;
//!
//! let facts = Facts {
//!     training_hours_per_person_year: Some(24),
//!     last_plan_revision: Some(date(2024, 4, 10)),
//!     log_retention_months: Some(6),
//!     ..Facts::default()
//! };
//! let checks = check_facts(&facts, date(2025, 6, 30));
//! let check = |id: &str| checks.iter().find(|c| c.requirement.as_str() == id).unwrap();
//! assert_eq!(check("7.4.c").outcome, FactOutcome::NotMet);   // 24 < 30 hours
//! assert_eq!(check("7.2.a").outcome, FactOutcome::NotMet);   // revised 15 months ago
//! assert_eq!(check("7.5.4").outcome, FactOutcome::Met);      // 6 months of logs
//! assert_eq!(check("7.1").outcome, FactOutcome::Missing);    // no MLPS level given
//! assert_eq!(check("7.1").source, RuleSource::MpsGuidance2020);
//! ```

use std::borrow::Cow;

use jiff::Unit;
use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Serialize;

use super::document::{Facts, Location, Status};
use super::validate::{Diagnostic, DiagnosticCode, empty, future};
use crate::model::{Lang, Obligation, RequirementId, RuleSource, Text};

crate::model::names::vocabulary_enum! {
    /// What a fact check found.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum FactOutcome {
        /// The fact satisfies the obligation.
        Met,
        /// The fact fails the obligation.
        NotMet,
        /// The document does not give the fact.
        Missing,
        /// The fact's value cannot be right (a future date, an MLPS level outside 1 to 5).
        Invalid,
    }
}

impl FactOutcome {
    /// The outcome's name in `lang`.
    #[must_use]
    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FactOutcome::Met, Lang::En) => "met",
            (FactOutcome::Met, Lang::Zh) => "达标",
            (FactOutcome::NotMet, Lang::En) => "not met",
            (FactOutcome::NotMet, Lang::Zh) => "未达标",
            (FactOutcome::Missing, Lang::En) => "missing",
            (FactOutcome::Missing, Lang::Zh) => "缺失",
            (FactOutcome::Invalid, Lang::En) => "invalid",
            (FactOutcome::Invalid, Lang::Zh) => "无效",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            FactOutcome::Met => &["pass", "达标"],
            FactOutcome::NotMet => &["fail", "未达标"],
            FactOutcome::Missing => &["缺失"],
            FactOutcome::Invalid => &["无效"],
        }
    }
}

crate::model::names::lenient_from_str!(FactOutcome, "fact outcome");

/// One obligation checked against one fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FactCheck {
    /// The requirement carrying the obligation.
    pub requirement: RequirementId,
    /// How that requirement's content is known (8.1.b is reconstructed).
    pub certainty: crate::Certainty,
    /// The obligation, with its number.
    pub obligation: Obligation,
    /// The rule the obligation comes from (GB/T 39204-2022 itself, or the text named).
    pub source: RuleSource,
    /// The JSON pointer of the fact, e.g. `/facts/training_hours_per_person_year`.
    pub pointer: Cow<'static, str>,
    /// What was found.
    pub outcome: FactOutcome,
    /// The fact as observed, in English and Chinese.
    pub observed: Text,
}

impl FactCheck {
    /// The fact as observed and what the standard requires, in `lang`.
    #[must_use]
    pub fn explanation(&self, lang: Lang) -> String {
        let observed = self.observed.get(lang);
        let required = self.obligation.describe(lang);
        let source = self.source.name(lang);
        match lang {
            Lang::En => format!("{observed}; required: {required} ({source})"),
            Lang::Zh => format!("{observed}；要求：{required}（{source}）"),
        }
    }

    /// [`FactCheck::explanation`] in both languages.
    #[must_use]
    pub fn explain(&self) -> Text {
        Text {
            zh: Cow::Owned(self.explanation(Lang::Zh)),
            en: Cow::Owned(self.explanation(Lang::En)),
        }
    }
}

/// Checks `facts` against every obligation in the catalog, as of `today`: one
/// [`FactCheck`] per obligation, or per key post for the staffing obligation, one each for
/// lines and carriers (7.5.1), and one per kind of data for onshore storage. In the
/// catalog's order.
#[must_use]
#[allow(
    clippy::too_many_lines,
    reason = "one match arm per obligation kind; the table reads best whole"
)]
pub fn check_facts(facts: &Facts, today: Date) -> Vec<FactCheck> {
    let mut checks = Vec::with_capacity(16);
    for requirement in crate::catalog::requirements() {
        for &obligation in requirement.obligations.iter() {
            let mut push = |pointer: Cow<'static, str>,
                            (outcome, observed): (FactOutcome, Text)| {
                checks.push(FactCheck {
                    requirement: requirement.id,
                    certainty: requirement.certainty,
                    obligation,
                    source: obligation.source(),
                    pointer,
                    outcome,
                    observed,
                });
            };
            let admits = |value: u16| obligation.bound().is_none_or(|b| b.admits(value));
            let number = |value: Option<u16>, pointer: &str, observed: fn(u16) -> Text| {
                value.map_or_else(
                    || (FactOutcome::Missing, not_given(pointer)),
                    |v| (met(admits(v)), observed(v)),
                )
            };
            match obligation {
                Obligation::MlpsLevel { .. } => {
                    let pointer = "/facts/mlps_level";
                    let level = facts.mlps_level.map(u16::from);
                    let (mut outcome, observed) = number(level, pointer, |v| {
                        text(format!("MLPS level {v}"), format!("等级保护第{v}级"))
                    });
                    if level.is_some_and(|v| !(1..=5).contains(&v)) {
                        outcome = FactOutcome::Invalid;
                    }
                    push(pointer.into(), (outcome, observed));
                }
                Obligation::TrainingHours { .. } => {
                    let pointer = "/facts/training_hours_per_person_year";
                    let hours = facts.training_hours_per_person_year;
                    push(
                        pointer.into(),
                        number(hours, pointer, |v| {
                            text(
                                format!("{v} training hours per person per year"),
                                format!("每人每年培训{v}学时"),
                            )
                        }),
                    );
                }
                Obligation::LogRetention { .. } => {
                    let pointer = "/facts/log_retention_months";
                    let months = facts.log_retention_months;
                    push(
                        pointer.into(),
                        number(months, pointer, |v| {
                            text(
                                format!("network logs kept for {v} months"),
                                format!("网络日志留存{v}个月"),
                            )
                        }),
                    );
                }
                Obligation::LineRedundancy {
                    min_lines,
                    min_carriers,
                } => {
                    for (pointer, value, min, en, zh) in [
                        (
                            "/facts/communication_lines",
                            facts.communication_lines,
                            min_lines,
                            "communication lines",
                            "条通信线路",
                        ),
                        (
                            "/facts/line_carriers",
                            facts.line_carriers,
                            min_carriers,
                            "carriers for the lines",
                            "家电信运营商承载线路",
                        ),
                    ] {
                        let outcome = value.map_or_else(
                            || (FactOutcome::Missing, not_given(pointer)),
                            |v| {
                                (
                                    met(v >= u16::from(min)),
                                    text(format!("{v} {en}"), format!("{v}{zh}")),
                                )
                            },
                        );
                        push(pointer.into(), outcome);
                    }
                }
                Obligation::SupplierIpLicence { .. } => {
                    let pointer = "/facts/supplier_ip_licence_years";
                    let outcome = if facts.supplier_ip_licence_covers_service_life == Some(true) {
                        (
                            FactOutcome::Met,
                            text(
                                "supplier IP licences cover the whole service life".to_owned(),
                                "供应方知识产权授权覆盖整个使用期".to_owned(),
                            ),
                        )
                    } else {
                        number(facts.supplier_ip_licence_years, pointer, |v| {
                            text(
                                format!("supplier IP licences run {v} years"),
                                format!("供应方知识产权授权{v}年"),
                            )
                        })
                    };
                    push(pointer.into(), outcome);
                }
                Obligation::KeyPostStaffing { .. } => {
                    if facts.key_post_staffing.is_empty() {
                        let pointer = "/facts/key_post_staffing";
                        push(pointer.into(), (FactOutcome::Missing, not_given(pointer)));
                    }
                    for (i, post) in facts.key_post_staffing.iter().enumerate() {
                        let (people, name) = (post.people, post.post.trim());
                        let noun = if people == 1 { "person" } else { "people" };
                        let observed = text(
                            format!("key post `{name}` held by {people} {noun}"),
                            format!("关键岗位“{name}”配备{people}人"),
                        );
                        let pointer = format!("/facts/key_post_staffing/{i}/people");
                        push(pointer.into(), (met(admits(people)), observed));
                    }
                }
                Obligation::PlanRevisionInterval { .. } | Obligation::EvaluationInterval { .. } => {
                    if let Some((last, pointer, names)) = dated_fact(facts, obligation) {
                        push(
                            pointer.into(),
                            interval(last, today, pointer, names, admits),
                        );
                    }
                }
                Obligation::OnshoreOperations => {
                    let pointer = "/facts/operations_location";
                    let names = ("operations and maintenance performed", "运维操作");
                    push(
                        pointer.into(),
                        location(facts.operations_location, pointer, names, false),
                    );
                }
                Obligation::OnshoreDataStorage => {
                    let assessed = facts.cross_border_transfer_assessed == Some(true);
                    for (pointer, names, place) in [
                        (
                            "/facts/personal_information_location",
                            ("personal information stored", "个人信息存储"),
                            facts.personal_information_location,
                        ),
                        (
                            "/facts/important_data_location",
                            ("important data stored", "重要数据存储"),
                            facts.important_data_location,
                        ),
                    ] {
                        push(pointer.into(), location(place, pointer, names, assessed));
                    }
                }
            }
        }
    }
    checks
}

/// The date an interval obligation is checked against, its pointer and its name.
type DatedFact = (Option<Date>, &'static str, (&'static str, &'static str));

fn dated_fact(facts: &Facts, obligation: Obligation) -> Option<DatedFact> {
    Some(match obligation {
        Obligation::PlanRevisionInterval { .. } => (
            facts.last_plan_revision,
            "/facts/last_plan_revision",
            ("last protection plan revision", "上次网络安全保护计划修订"),
        ),
        Obligation::EvaluationInterval { .. } => (
            facts.last_evaluation,
            "/facts/last_evaluation",
            ("last testing and evaluation", "上次检测评估"),
        ),
        _ => return None,
    })
}

const fn met(ok: bool) -> FactOutcome {
    if ok {
        FactOutcome::Met
    } else {
        FactOutcome::NotMet
    }
}

fn text(en: String, zh: String) -> Text {
    Text {
        zh: Cow::Owned(zh),
        en: Cow::Owned(en),
    }
}

fn not_given(pointer: &str) -> Text {
    text(
        format!("`{pointer}` not given"),
        format!("未提供 `{pointer}`"),
    )
}

/// Months since `last`, rounded up, checked against the obligation's bound.
fn interval(
    last: Option<Date>,
    today: Date,
    pointer: &str,
    (en, zh): (&str, &str),
    admits: impl Fn(u16) -> bool,
) -> (FactOutcome, Text) {
    let Some(last) = last else {
        return (FactOutcome::Missing, not_given(pointer));
    };
    if last > today {
        return (
            FactOutcome::Invalid,
            text(
                format!("{en} on {last}, after {today}"),
                format!("{zh}日期 {last} 晚于 {today}"),
            ),
        );
    }
    let (months, days) = today
        .since((Unit::Month, last))
        .map_or((i64::MAX, 0), |s| (i64::from(s.get_months()), s.get_days()));
    let rounded_up = months.saturating_add(i64::from(days > 0));
    let outcome = met(u16::try_from(rounded_up).is_ok_and(admits));
    let observed = text(
        format!("{en} on {last}, {months} months {days} days before {today}"),
        format!("{zh}于 {last}，距 {today} 已{months}个月{days}天"),
    );
    (outcome, observed)
}

fn location(
    place: Option<Location>,
    pointer: &str,
    (en, zh): (&str, &str),
    mixed_allowed: bool,
) -> (FactOutcome, Text) {
    let Some(place) = place else {
        return (FactOutcome::Missing, not_given(pointer));
    };
    let outcome = met(match place {
        Location::Onshore => true,
        Location::Mixed => mixed_allowed,
        Location::Offshore => false,
    });
    let (where_en, where_zh) = match place {
        Location::Onshore => ("onshore", "在境内"),
        Location::Offshore => ("offshore", "在境外"),
        Location::Mixed => (
            if mixed_allowed {
                "partly offshore, after a security assessment"
            } else {
                "partly offshore, without a security assessment on record"
            },
            if mixed_allowed {
                "部分在境外（已通过安全评估）"
            } else {
                "部分在境外（无安全评估记录）"
            },
        ),
    };
    (
        outcome,
        text(format!("{en} {where_en}"), format!("{zh}{where_zh}")),
    )
}

/// The diagnostics the fact checks give, given each requirement's status.
pub(crate) fn diagnose(
    facts: &Facts,
    checks: &[FactCheck],
    today: Date,
    status_of: impl Fn(RequirementId) -> Status,
    out: &mut Vec<Diagnostic>,
) {
    for (i, post) in facts.key_post_staffing.iter().enumerate() {
        if post.post.trim().is_empty() {
            out.push(empty(format!("/facts/key_post_staffing/{i}/post"), None));
        }
    }
    for (pointer, date) in [
        ("/facts/last_plan_revision", facts.last_plan_revision),
        ("/facts/last_evaluation", facts.last_evaluation),
        ("/facts/last_emergency_drill", facts.last_emergency_drill),
    ] {
        if let Some(date) = date.filter(|&d| d > today) {
            out.push(future(date, today, pointer, None));
        }
    }
    for check in checks {
        let id = check.requirement;
        let status = status_of(id);
        let (en, zh) = (
            || check.explanation(Lang::En),
            || check.explanation(Lang::Zh),
        );
        let diagnostic = match (check.outcome, status) {
            (FactOutcome::Invalid, _) if check.pointer == "/facts/mlps_level" => Diagnostic::new(
                DiagnosticCode::FactOutOfRange,
                check.pointer.clone(),
                Some(id),
                format!("{}: MLPS levels run from 1 to 5", en()),
                format!("{}：等级保护级别为1至5级", zh()),
            ),
            (FactOutcome::Missing, Status::Implemented) => Diagnostic::new(
                DiagnosticCode::FactMissing,
                check.pointer.clone(),
                Some(id),
                format!(
                    "{id} is claimed implemented but cannot be checked: {}",
                    en()
                ),
                format!("{id} 标为符合但无法核验：{}", zh()),
            ),
            (FactOutcome::NotMet, Status::Implemented) => Diagnostic::new(
                DiagnosticCode::FactContradictsStatus,
                check.pointer.clone(),
                Some(id),
                format!(
                    "{id} is claimed implemented, but the facts say {} where {} requires {}; correct the status or the fact",
                    check.observed.en,
                    check.source.name(Lang::En),
                    check.obligation.describe(Lang::En)
                ),
                format!(
                    "{id} 标为符合，但事实为“{}”，而{}要求{}；请更正状态或事实",
                    check.observed.zh,
                    check.source.name(Lang::Zh),
                    check.obligation.describe(Lang::Zh)
                ),
            ),
            (FactOutcome::NotMet, Status::NotApplicable | Status::NotAssessed) => Diagnostic::new(
                DiagnosticCode::FactCheckFailed,
                check.pointer.clone(),
                Some(id),
                format!(
                    "{id} is marked {}, but the facts show it applies and is not met: {}",
                    status.name(Lang::En),
                    en()
                ),
                format!(
                    "{id} 标为{}，但事实表明该要求适用且未达标：{}",
                    status.name(Lang::Zh),
                    zh()
                ),
            ),
            _ => continue,
        };
        out.push(diagnostic);
    }
}
