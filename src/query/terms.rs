//! Static data the full-text search reads: obligation labels and English stop words.
//! Data only; the logic lives in `search.rs`.
//!
//! ```
//! use gbt39204::query::search;
//!
//! // The obligation label "network log retention period" makes 7.6.c findable by
//! // "retention", a word its own title and statement do not use.
//! let hits = search("retention").unwrap();
//! assert_eq!(hits[0].requirement.id.to_string(), "7.6.c");
//! ```

use crate::model::{Lang, ObligationKind};

/// What each kind of quantitative obligation is about, without its value, in our own
/// words. Searched like a field of every requirement that carries the obligation.
pub(super) const fn obligation_label(kind: ObligationKind, lang: Lang) -> &'static str {
    use ObligationKind as K;
    match (kind, lang) {
        (K::MlpsLevel, Lang::Zh) => "网络安全等级保护级别",
        (K::MlpsLevel, Lang::En) => "MLPS protection level",
        (K::PolicyReviewInterval, Lang::Zh) => "保护计划和管理制度评审周期",
        (K::PolicyReviewInterval, Lang::En) => "plan and policy review interval",
        (K::KeyDutyStaffing, Lang::Zh) => "关键岗位人员配备",
        (K::KeyDutyStaffing, Lang::En) => "key duty staffing",
        (K::TrainingHours, Lang::Zh) => "网络安全教育培训学时",
        (K::TrainingHours, Lang::En) => "training hours per person per year",
        (K::LogRetention, Lang::Zh) => "网络日志留存期限",
        (K::LogRetention, Lang::En) => "network log retention period",
        (K::OnshoreOperations, Lang::Zh) => "境内运维",
        (K::OnshoreOperations, Lang::En) => "onshore operations and maintenance",
        (K::OnshoreDataStorage, Lang::Zh) => "个人信息和重要数据境内存储",
        (K::OnshoreDataStorage, Lang::En) => {
            "onshore storage of personal information and important data"
        }
        (K::EvaluationInterval, Lang::Zh) => "检测评估周期",
        (K::EvaluationInterval, Lang::En) => "testing and evaluation interval",
        (K::DrillInterval, Lang::Zh) => "应急演练周期",
        (K::DrillInterval, Lang::En) => "emergency drill interval",
    }
}

/// English words too common to rank by; dropped from a query unless it has nothing else.
pub(super) const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its",
    "of", "on", "or", "shall", "that", "the", "their", "this", "to", "with",
];
