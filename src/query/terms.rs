//! Static data the full-text search reads: obligation labels and English stop words
//! (the glossary is in `glossary.rs`).
//! Data only; the logic lives in `search.rs`.
//!
//! ```
//! use gbt39204::query::search;
//!
//! // The obligation label "network log retention period" makes 7.5.4 findable by
//! // "retention".
//! let hits = search("retention").unwrap();
//! assert_eq!(hits[0].requirement.id.to_string(), "7.5.4");
//! ```

use crate::model::{Lang, ObligationKind};

/// What each kind of quantitative obligation is about, without its value, in our own
/// words. Searched like a field of every requirement that carries the obligation.
pub(super) const fn obligation_label(kind: ObligationKind, lang: Lang) -> &'static str {
    use ObligationKind as K;
    match (kind, lang) {
        (K::PlanRevisionInterval, Lang::Zh) => "网络安全保护计划修订周期",
        (K::PlanRevisionInterval, Lang::En) => "protection plan revision interval",
        (K::KeyPostStaffing, Lang::Zh) => "关键岗位人员配备",
        (K::KeyPostStaffing, Lang::En) => "key post staffing",
        (K::TrainingHours, Lang::Zh) => "网络安全教育培训学时",
        (K::TrainingHours, Lang::En) => "training hours per person per year",
        (K::LineRedundancy, Lang::Zh) => "通信线路冗余和多运营商",
        (K::LineRedundancy, Lang::En) => "redundant communication lines over several carriers",
        (K::LogRetention, Lang::Zh) => "网络日志留存期限",
        (K::LogRetention, Lang::En) => "network log retention period",
        (K::OnshoreOperations, Lang::Zh) => "境内运维",
        (K::OnshoreOperations, Lang::En) => "onshore operations and maintenance",
        (K::SupplierIpLicence, Lang::Zh) => "供应方知识产权授权期限",
        (K::SupplierIpLicence, Lang::En) => "supplier intellectual property licence term",
        (K::OnshoreDataStorage, Lang::Zh) => "个人信息和重要数据境内存储",
        (K::OnshoreDataStorage, Lang::En) => {
            "onshore storage of personal information and important data"
        }
        (K::MlpsLevel, Lang::Zh) => "网络安全等级保护级别",
        (K::MlpsLevel, Lang::En) => "MLPS protection level",
        (K::EvaluationInterval, Lang::Zh) => "检测评估周期",
        (K::EvaluationInterval, Lang::En) => "testing and evaluation interval",
    }
}

/// English words too common to rank by; dropped from a query unless it has nothing else.
pub(super) const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its",
    "of", "on", "or", "shall", "that", "the", "their", "this", "to", "with",
];
