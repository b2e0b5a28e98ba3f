// The search quality table: what people type, and the requirements a reader of the
// catalog expects at the top. Judged from the catalog's titles and statements
// (src/catalog/requirements.rs), not from the search's output: where several
// requirements answer a query equally well, all of them are listed, and the query
// counts as found when one of them is first (hit@1) or in the first three (hit@3).
// Shared by tests/query_quality.rs and the peer comparison (peers/src/search.rs).

/// What kind of text a query is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Simplified Chinese.
    Zh,
    /// Traditional Chinese.
    Hant,
    /// English.
    En,
    /// An abbreviation or a synonym the catalog does not use.
    Abbreviation,
    /// Chinese and English, or text and an ID.
    Mixed,
    /// A requirement ID or clause number.
    Id,
    /// An English word with one typo.
    Typo,
}

/// One query: its text, kind, and the requirements that answer it.
pub struct Case {
    /// The text as typed.
    pub query: &'static str,
    /// What kind of text it is.
    pub kind: Kind,
    /// The requirements a reader expects first (any of them).
    pub expected: &'static [&'static str],
}

const fn case(query: &'static str, kind: Kind, expected: &'static [&'static str]) -> Case {
    Case {
        query,
        kind,
        expected,
    }
}

use Kind::{Abbreviation, En, Hant, Id, Mixed, Typo, Zh};

/// The table.
pub const CASES: &[Case] = &[
    case("日志", Zh, &["7.5.4"]),
    case("供应链", Zh, &["7.9.a"]),
    case("培训", Zh, &["7.4.c"]),
    case("暴露面", Zh, &["10.1.a"]),
    case("攻防演练", Zh, &["10.3.a"]),
    case("应急预案", Zh, &["11.2.a"]),
    case("首席网络安全官", Zh, &["7.3.a"]),
    case("背景审查", Zh, &["7.4.a", "7.9.c"]),
    case("境内存储", Zh, &["7.10.c"]),
    case("数据删除", Zh, &["7.10.f"]),
    case("威胁情报", Zh, &["10.4.a", "10.4.b"]),
    case("知识产权", Zh, &["7.9.h"]),
    case("保密协议", Zh, &["7.4.e", "7.8.b", "7.9.g"]),
    case("攻击溯源", Zh, &["10.2.c"]),
    case("资产清单", Zh, &["6.2.a", "6.2.c"]),
    case("异地备份", Zh, &["7.10.e"]),
    case("检测评估报告", Zh, &["8.2.e"]),
    case("未授权设备", Zh, &["7.5.3.b"]),
    case("关键业务链", Zh, &["6.1.d", "6.2.a", "6.3"]),
    case("数据泄露", Zh, &["7.10.g"]),
    case("日誌", Hant, &["7.5.4"]),
    case("供應鏈", Hant, &["7.9.a"]),
    case("培訓", Hant, &["7.4.c"]),
    case("攻防演練", Hant, &["10.3.a"]),
    case("應急預案", Hant, &["11.2.a"]),
    case("威脅情報", Hant, &["10.4.a", "10.4.b"]),
    case("數據洩露", Hant, &["7.10.g"]),
    case("資產清單", Hant, &["6.2.a", "6.2.c"]),
    case("網絡審計", Hant, &["7.5.4"]),
    case("異地備份", Hant, &["7.10.e"]),
    case("log retention", En, &["7.5.4"]),
    case("supply chain", En, &["7.9.a"]),
    case("training hours", En, &["7.4.c"]),
    case("exposure", En, &["10.1.a"]),
    case("threat intelligence", En, &["10.4.a", "10.4.b"]),
    case(
        "confidentiality agreement",
        En,
        &["7.4.e", "7.8.b", "7.9.g"],
    ),
    case("off-site backup", En, &["7.10.e"]),
    case("data deletion", En, &["7.10.f"]),
    case("unauthorised devices", En, &["7.5.3.b"]),
    case("incident emergency plan", En, &["11.2.a"]),
    case("trace attacks", En, &["10.2.c"]),
    case("onshore", En, &["7.8.a", "7.10.c"]),
    case("auditing", En, &["7.5.4"]),
    case("patching", En, &["7.6.3"]),
    case("intellectual property", En, &["7.9.h"]),
    case("等保", Abbreviation, &["7.1"]),
    case("MLPS", Abbreviation, &["7.1"]),
    case("关基安全负责人", Abbreviation, &["7.3.c"]),
    case("多因素", Abbreviation, &["7.6.1.b"]),
    case("多因素认证", Abbreviation, &["7.6.1.b"]),
    case("MFA", Abbreviation, &["7.6.1.b"]),
    case("CCSO", Abbreviation, &["7.3.a"]),
    case("CISO", Abbreviation, &["7.3.a"]),
    case("hotfix", Abbreviation, &["7.6.3"]),
    case("打补丁", Abbreviation, &["7.6.3"]),
    case("红蓝对抗", Abbreviation, &["10.3.a"]),
    case("audit trail", Abbreviation, &["7.5.4"]),
    case("NDA", Abbreviation, &["7.4.e", "7.8.b", "7.9.g"]),
    case("攻击面", Abbreviation, &["10.1.a"]),
    case("vendor", Abbreviation, &["7.9.d"]),
    case("恶意代码", Abbreviation, &["7.6.2.b", "7.8.c", "9.3.a"]),
    case("跨境传输", Abbreviation, &["7.10.c"]),
    case("APT", Abbreviation, &["7.6.2.a"]),
    case("7.4 培训", Mixed, &["7.4.c"]),
    case("training 培训", Mixed, &["7.4.c"]),
    case("MLPS 定级", Mixed, &["7.1"]),
    case("日志 retention", Mixed, &["7.5.4"]),
    case("7.5.4 日志", Mixed, &["7.5.4"]),
    case("7.4c", Id, &["7.4.c"]),
    case("7.5.2 c)", Id, &["7.5.2.c"]),
    case("7.10.e", Id, &["7.10.e"]),
    case("6.3", Id, &["6.3"]),
    case("11.4", Id, &["11.4"]),
    case("７．４．ｃ", Id, &["7.4.c"]),
    case("retension", Typo, &["7.5.4"]),
    case("suplier", Typo, &["7.9.d"]),
    case("trainning", Typo, &["7.4.c"]),
    case("expossure", Typo, &["10.1.a"]),
    case("confidentality", Typo, &["7.4.e", "7.8.b", "7.9.g"]),
    case("vulnerabilty", Typo, &["9.1.b"]),
    case("intrusoin", Typo, &["7.6.2.b"]),
];
