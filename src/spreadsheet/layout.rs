//! Where everything sits in the workbook: sheet names, columns, the fact rows. The writer
//! and the reader both read this table, so they cannot disagree.

use crate::Lang;
use crate::assessment::Location;

/// A sheet's names in both languages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sheet {
    pub en: &'static str,
    pub zh: &'static str,
}

impl Sheet {
    pub(crate) fn name(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }
}

pub(crate) const INSTRUCTIONS: Sheet = Sheet {
    en: "Instructions",
    zh: "填写说明",
};
pub(crate) const RESULTS: Sheet = Sheet {
    en: "Results",
    zh: "结果",
};
pub(crate) const METADATA: Sheet = Sheet {
    en: "Metadata",
    zh: "基本信息",
};
pub(crate) const FACTS: Sheet = Sheet {
    en: "Facts",
    zh: "事实",
};
pub(crate) const POSTS: Sheet = Sheet {
    en: "Key posts",
    zh: "关键岗位",
};

/// Results sheet columns (0-based), in order.
pub(crate) mod col {
    pub const ID: u16 = 0;
    pub const SUB_CLAUSE: u16 = 1;
    pub const TITLE: u16 = 2;
    pub const CERTAINTY: u16 = 3;
    pub const STATUS: u16 = 4;
    pub const EVIDENCE_KIND: u16 = 5;
    pub const EVIDENCE_REFERENCE: u16 = 6;
    pub const EVIDENCE_DATE: u16 = 7;
    pub const NOTES: u16 = 8;
    pub const JUSTIFICATION: u16 = 9;
    pub const OWNER: u16 = 10;
    pub const DUE_DATE: u16 = 11;
    pub const EXTENSIONS: u16 = 12;
}

/// The results sheet's headings (English, Chinese) and column widths.
pub(crate) const RESULT_COLUMNS: [(&str, &str, f64); 13] = [
    ("ID", "编号", 10.0),
    ("Sub-clause", "子条款", 22.0),
    ("Title (our summary)", "标题（本项目摘要）", 40.0),
    ("Certainty", "确定性", 10.0),
    ("Status", "状态", 18.0),
    ("Evidence kind", "证据类型", 14.0),
    ("Evidence reference", "证据名称或位置", 36.0),
    ("Evidence date", "证据日期", 13.0),
    ("Notes", "备注", 30.0),
    ("Justification (not applicable)", "不适用理由", 30.0),
    ("Remediation owner", "整改责任人", 18.0),
    ("Remediation due date", "整改期限", 13.0),
    ("Extensions (JSON)", "扩展字段（JSON）", 16.0),
];

/// The metadata rows, from row 2: key (the JSON field), English and Chinese labels.
pub(crate) const METADATA_ROWS: [(&str, &str, &str); 8] = [
    ("organisation", "Operator", "运营者"),
    ("cii_name", "CII name", "关键信息基础设施名称"),
    ("cii_identifier", "CII identifier", "关键信息基础设施标识"),
    ("scope", "Scope", "评估范围"),
    ("assessor", "Assessor", "评估人"),
    ("assessment_date", "Assessment date", "评估日期"),
    ("catalog_version", "Catalog version", "目录版本"),
    (
        "extensions",
        "Extensions (JSON, optional)",
        "扩展字段（JSON，可选）",
    ),
];

/// What a fact cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FactKind {
    /// A whole number in a range.
    Whole { min: u16, max: u16 },
    /// A calendar date.
    Date,
    /// Onshore, offshore or mixed.
    Location,
    /// Yes or no.
    YesNo,
}

/// The fact rows, from row 2: key (the JSON field), kind, labels, the requirement it is
/// checked at (empty when recorded only).
pub(crate) const FACT_ROWS: [(&str, FactKind, &str, &str, &str); 14] = [
    (
        "mlps_level",
        FactKind::Whole { min: 1, max: 5 },
        "MLPS level (1–5)",
        "等级保护级别（1–5）",
        "7.1",
    ),
    (
        "last_plan_revision",
        FactKind::Date,
        "Protection plan last revised",
        "安全保护计划最近修订日期",
        "7.2.a",
    ),
    (
        "training_hours_per_person_year",
        FactKind::Whole {
            min: 0,
            max: u16::MAX,
        },
        "Training hours per person per year",
        "每人每年培训学时",
        "7.4.c",
    ),
    (
        "communication_lines",
        FactKind::Whole {
            min: 0,
            max: u16::MAX,
        },
        "Communication lines",
        "通信线路数",
        "7.5.1",
    ),
    (
        "line_carriers",
        FactKind::Whole {
            min: 0,
            max: u16::MAX,
        },
        "Carriers of those lines",
        "线路所属运营商数",
        "7.5.1",
    ),
    (
        "log_retention_months",
        FactKind::Whole {
            min: 0,
            max: u16::MAX,
        },
        "Network logs kept (months)",
        "网络日志留存月数",
        "7.5.4",
    ),
    (
        "operations_location",
        FactKind::Location,
        "Where O&M is performed",
        "运维地点",
        "7.8.a",
    ),
    (
        "supplier_ip_licence_years",
        FactKind::Whole {
            min: 0,
            max: u16::MAX,
        },
        "Shortest supplier IP licence (years)",
        "供应商知识产权许可最短年限",
        "7.9.h",
    ),
    (
        "supplier_ip_licence_covers_service_life",
        FactKind::YesNo,
        "IP licences cover the whole service life",
        "许可覆盖整个服务期",
        "7.9.h",
    ),
    (
        "personal_information_location",
        FactKind::Location,
        "Where personal information is stored",
        "个人信息存储地",
        "7.10.c",
    ),
    (
        "important_data_location",
        FactKind::Location,
        "Where important data is stored",
        "重要数据存储地",
        "7.10.c",
    ),
    (
        "cross_border_transfer_assessed",
        FactKind::YesNo,
        "Transfers abroad passed the security assessment",
        "出境已通过安全评估",
        "7.10.c",
    ),
    (
        "last_evaluation",
        FactKind::Date,
        "Last testing and evaluation",
        "最近检测评估日期",
        "8.1.b",
    ),
    (
        "last_emergency_drill",
        FactKind::Date,
        "Last emergency drill (recorded only)",
        "最近应急演练日期（仅记录）",
        "",
    ),
];

/// The yes / no words a template writes.
pub(crate) fn yes_no(value: bool, lang: Lang) -> &'static str {
    match (value, lang) {
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
        (true, Lang::Zh) => "是",
        (false, Lang::Zh) => "否",
    }
}

/// A location's name as a template writes it.
pub(crate) fn location_name(location: Location, lang: Lang) -> &'static str {
    match (location, lang) {
        (_, Lang::En) => location.into(),
        (Location::Onshore, Lang::Zh) => "境内",
        (Location::Offshore, Lang::Zh) => "境外",
        (Location::Mixed, Lang::Zh) => "境内外",
    }
}

/// The first row of data on every sheet but the instructions (row 1 holds headings).
pub(crate) const FIRST_ROW: u32 = 1;

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
pub(crate) fn column_letters(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// `结果!E14` for 0-based row 12, column 4 of the results sheet.
pub(crate) fn cell_name(sheet: &str, row: u32, col: u16) -> String {
    format!("{sheet}!{}{}", column_letters(col), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(cell_name("结果", 13, col::STATUS), "结果!E14");
    }
}
