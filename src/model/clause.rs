//! The standard's numbered clauses under which requirements stand: the 28 sub-clauses
//! (6.1 … 11.4) and the 10 sub-sub-clauses of 7.5, 7.6 and 11.3 (7.5.1 … 11.3.3).
//!
//! The whole table is the `clauses!` invocation below: one row per clause with its
//! number, whether its heading was seen in the third-party transcription the catalog
//! follows, and its headings. The domain and the parent are derived from the number.
//! Adding a clause is adding a row.
//!
//! ```
//! use gbt39204::{Clause, Domain, Lang};
//!
//! let c: Clause = "7.5.2".parse().unwrap();
//! assert_eq!(c, Clause::Interconnection);
//! assert_eq!(c.to_string(), "7.5.2");
//! assert_eq!(c.parent(), Some(Clause::CommunicationNetwork));
//! assert_eq!(c.domain(), Domain::SecurityProtection);
//! assert_eq!(c.name(Lang::Zh), "互联安全");
//! assert_eq!(c.requirements().len(), 3);
//! assert_eq!(Clause::CommunicationNetwork.children().len(), 4);
//! assert_eq!(Clause::CommunicationNetwork.requirements().len(), 7); // 7.5.1 … 7.5.4
//! assert!(Clause::SupplyChainSecurity < Clause::DataSecurity); // 7.9 before 7.10
//! assert!(!Clause::MajorChange.heading_seen());
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{Domain, Lang, Requirement};

macro_rules! clauses {
    ($(
        $(#[$doc:meta])*
        $variant:ident, $number:literal, $seen:ident, $zh:literal, $en:literal $(, [$($alias:literal),*])?;
    )+) => {
        /// A numbered clause of clauses 6 to 11 under which requirements stand: a
        /// sub-clause (`7.4` 安全管理人员) or a sub-sub-clause (`7.5.2` 互联安全), in the
        /// standard's order (a sub-clause comes right before its sub-sub-clauses).
        ///
        /// `Display`, `FromStr` and serde use the clause number (`"7.5.2"`); `Ord` follows
        /// the standard (7.10 after 7.9, 7.5.1 after 7.5).
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            Serialize, Deserialize, JsonSchema,
            strum::EnumIter, strum::EnumCount, strum::IntoStaticStr, strum::Display,
        )]
        pub enum Clause {
            $(
                $(#[$doc])*
                #[serde(rename = $number)]
                #[strum(serialize = $number)]
                $variant,
            )+
        }

        impl Clause {
            /// All clauses in the standard's order.
            pub const ALL: [Clause; <Clause as strum::EnumCount>::COUNT] = [$(Clause::$variant),+];

            /// The clause number, e.g. `"7.4"` or `"7.5.2"`.
            #[must_use]
            pub const fn number(self) -> &'static str {
                match self { $(Clause::$variant => $number),+ }
            }

            /// Whether the heading appears in the third-party transcription of the
            /// standard that the catalog follows. The other headings are the standard's
            /// well-known ones, not seen there.
            #[must_use]
            pub const fn heading_seen(self) -> bool {
                match self { $(Clause::$variant => clauses!(@seen $seen)),+ }
            }

            /// The heading. The Chinese is the standard's heading; the English is ours.
            #[must_use]
            pub const fn name(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Clause::$variant, Lang::Zh) => $zh, (Clause::$variant, Lang::En) => $en,)+
                }
            }

            fn aliases(self) -> &'static [&'static str] {
                match self { $(Clause::$variant => &[$en $($(, $alias)*)?]),+ }
            }
        }
    };
    (@seen seen) => { true };
    (@seen unseen) => { false };
}

clauses! {
    /// 6.1 业务识别: critical business and its dependencies.
    BusinessIdentification, "6.1", seen, "业务识别", "Business identification";
    /// 6.2 资产识别: inventory of the critical business chain's assets.
    AssetIdentification, "6.2", seen, "资产识别", "Asset identification";
    /// 6.3 风险识别: risks along the business chain (one paragraph).
    RiskIdentification, "6.3", seen, "风险识别", "Risk identification";
    /// 6.4 重大变更: identification redone after major change (one paragraph).
    MajorChange, "6.4", unseen, "重大变更", "Major change";
    /// 7.1 网络安全等级保护: the multi-level protection scheme (one paragraph).
    MlpsFoundation, "7.1", seen, "网络安全等级保护", "Multi-level protection scheme", ["等级保护", "mlps"];
    /// 7.2 安全管理制度: protection plan and management policies.
    ManagementPolicies, "7.2", seen, "安全管理制度", "Security management policies";
    /// 7.3 安全管理机构: leadership, security organisation and accountability.
    ManagementOrganisation, "7.3", seen, "安全管理机构", "Security management organisation";
    /// 7.4 安全管理人员: vetting, key posts, training and confidentiality.
    Personnel, "7.4", seen, "安全管理人员", "Security personnel";
    /// 7.5 安全通信网络: architecture, interconnection, boundaries, audit (7.5.1 … 7.5.4).
    CommunicationNetwork, "7.5", unseen, "安全通信网络", "Secure communication network";
    /// 7.5.1 网络架构: redundant lines over several carriers (one paragraph).
    NetworkArchitecture, "7.5.1", seen, "网络架构", "Network architecture";
    /// 7.5.2 互联安全: secure interconnection across levels, zones and operators.
    Interconnection, "7.5.2", seen, "互联安全", "Interconnection security";
    /// 7.5.3 边界防护: boundary control and unauthorised devices.
    BoundaryProtection, "7.5.3", seen, "边界防护", "Boundary protection";
    /// 7.5.4 安全审计: network audit and log retention (one paragraph).
    NetworkAudit, "7.5.4", seen, "安全审计", "Security audit", ["network audit"];
    /// 7.6 安全计算环境: authentication, intrusion prevention, automated tools (7.6.1 … 7.6.3).
    ComputingEnvironment, "7.6", unseen, "安全计算环境", "Secure computing environment";
    /// 7.6.1 鉴别与授权: important operations, strong authentication, label-based access.
    AuthenticationAuthorisation, "7.6.1", seen, "鉴别与授权", "Authentication and authorisation", ["authentication and authorization"];
    /// 7.6.2 入侵防范: resisting APT and blocking intrusion and malware.
    IntrusionPrevention, "7.6.2", seen, "入侵防范", "Intrusion prevention";
    /// 7.6.3 自动化工具: automated account, configuration and patch management (one paragraph).
    AutomatedTools, "7.6.3", seen, "自动化工具", "Automated tools";
    /// 7.7 安全建设管理: security built in step with the system (one paragraph).
    ConstructionManagement, "7.7", seen, "安全建设管理", "Security construction management";
    /// 7.8 安全运维管理: onshore, confidential and vetted operations and maintenance.
    OperationsMaintenance, "7.8", seen, "安全运维管理", "Security operations and maintenance";
    /// 7.9 供应链安全保护: suppliers, products and services.
    SupplyChainSecurity, "7.9", seen, "供应链安全保护", "Supply chain security";
    /// 7.10 数据安全防护: classification, onshore storage, continuity, life cycle.
    DataSecurity, "7.10", seen, "数据安全防护", "Data security";
    /// 8.1 制度: the testing and evaluation system and its cycle.
    EvaluationSystem, "8.1", unseen, "制度", "Testing and evaluation system", ["检测评估制度"];
    /// 8.2 方式和内容: how testing and evaluation is done and what it covers.
    EvaluationContent, "8.2", seen, "方式和内容", "Evaluation methods and content", ["检测评估方式和内容"];
    /// 8.3 整改: rectification and reporting of findings.
    EvaluationRectification, "8.3", unseen, "整改", "Rectification", ["检测评估整改"];
    /// 9.1 制度: the monitoring, warning and reporting system.
    MonitoringSystem, "9.1", seen, "制度", "Monitoring and warning system", ["监测预警制度"];
    /// 9.2 监测: what is monitored and how.
    Monitoring, "9.2", seen, "监测", "Monitoring";
    /// 9.3 预警: acting on warnings and lifting them.
    EarlyWarning, "9.3", seen, "预警", "Early warning";
    /// 10.1 收敛暴露面: reduce the exposure surface.
    ExposureReduction, "10.1", seen, "收敛暴露面", "Exposure reduction";
    /// 10.2 攻击发现和阻断: find, trace and block attacks.
    AttackDetectionBlocking, "10.2", seen, "攻击发现和阻断", "Attack detection and blocking";
    /// 10.3 攻防演练: attack-defense exercises.
    AttackDefenseExercises, "10.3", seen, "攻防演练", "Attack-defense exercises";
    /// 10.4 威胁情报: collect and share threat intelligence.
    ThreatIntelligence, "10.4", seen, "威胁情报", "Threat intelligence";
    /// 11.1 制度: incident management system, resources and teams.
    IncidentSystem, "11.1", seen, "制度", "Incident management system", ["事件管理制度"];
    /// 11.2 应急预案和演练: emergency plans and drills.
    EmergencyPlansDrills, "11.2", seen, "应急预案和演练", "Emergency plans and drills";
    /// 11.3 响应和处置: report, handle and notify (11.3.1 … 11.3.3).
    ResponseHandling, "11.3", unseen, "响应和处置", "Response and handling";
    /// 11.3.1 事件报告: internal incident reporting and analysis.
    IncidentReporting, "11.3.1", seen, "事件报告", "Incident reporting";
    /// 11.3.2 事件处理和恢复: handle, contain, restore and learn.
    IncidentRecovery, "11.3.2", seen, "事件处理和恢复", "Incident handling and recovery";
    /// 11.3.3 事件通报: notify those affected and report to the authorities (one paragraph).
    IncidentNotification, "11.3.3", seen, "事件通报", "Incident notification";
    /// 11.4 重新识别: identify again after findings and incidents (one paragraph).
    ReIdentification, "11.4", seen, "重新识别", "Re-identification";
}

/// Every clause's number as up to three integers, read from its clause number at
/// compile time, and checked to be in the standard's (numeric) order, which
/// [`Clause::from_path`] searches by.
const PATHS: [[u8; 3]; Clause::ALL.len()] = {
    let mut table = [[0; 3]; Clause::ALL.len()];
    let mut i = 0;
    while i < table.len() {
        let bytes = Clause::ALL[i].number().as_bytes();
        let (mut part, mut j) = (0, 0);
        while j < bytes.len() {
            match bytes[j] {
                b'.' => part += 1,
                d => table[i][part] = table[i][part] * 10 + (d - b'0'),
            }
            j += 1;
        }
        assert!(
            i == 0 || path_before(table[i - 1], table[i]),
            "clauses are listed in numeric order"
        );
        i += 1;
    }
    table
};

/// Whether path `a` comes before path `b` in the standard's order.
const fn path_before(a: [u8; 3], b: [u8; 3]) -> bool {
    a[0] < b[0] || (a[0] == b[0] && (a[1] < b[1] || (a[1] == b[1] && a[2] < b[2])))
}

/// Every clause's parent (7.5 for 7.5.2; `None` for a sub-clause), at compile time.
const PARENTS: [Option<Clause>; Clause::ALL.len()] = {
    let mut table = [None; Clause::ALL.len()];
    let mut i = 0;
    while i < table.len() {
        let [major, minor, sub] = PATHS[i];
        if sub != 0 {
            table[i] = Clause::from_path([major, minor, 0]);
            assert!(
                table[i].is_some(),
                "every sub-sub-clause has its sub-clause"
            );
        }
        i += 1;
    }
    table
};

/// Every clause's domain, from the first number of its clause number; computed (and
/// checked: every number starts with 6 to 11) at compile time.
const DOMAINS: [Domain; Clause::ALL.len()] = {
    let mut table = [Domain::AnalysisIdentification; Clause::ALL.len()];
    let mut i = 0;
    while i < table.len() {
        table[i] = match Domain::from_number(PATHS[i][0]) {
            Some(domain) => domain,
            None => panic!("every clause number starts with 6 to 11"),
        };
        i += 1;
    }
    table
};

impl Clause {
    /// The clause's requirements, in the standard's order; for a sub-clause with
    /// sub-sub-clauses (7.5, 7.6, 11.3), those of all of them.
    #[must_use]
    pub fn requirements(self) -> &'static [Requirement] {
        crate::catalog::requirements_of_clause(self)
    }

    /// The clause's number as up to three integers, unused places 0: `[7, 10, 0]` for
    /// 7.10, `[7, 5, 2]` for 7.5.2.
    #[must_use]
    pub const fn path(self) -> [u8; 3] {
        PATHS[self.index()]
    }

    /// 2 for a sub-clause (`7.5`), 3 for a sub-sub-clause (`7.5.2`).
    #[must_use]
    pub const fn depth(self) -> u8 {
        if self.path()[2] == 0 { 2 } else { 3 }
    }

    /// The sub-clause a sub-sub-clause stands under (`7.5` for `7.5.2`); `None` for a
    /// sub-clause, whose parent is its [`domain`](Clause::domain).
    #[must_use]
    pub const fn parent(self) -> Option<Clause> {
        PARENTS[self.index()]
    }

    /// The sub-clause this clause is or stands under (`7.5` for both `7.5` and `7.5.2`).
    #[must_use]
    pub const fn sub_clause(self) -> Clause {
        match self.parent() {
            Some(parent) => parent,
            None => self,
        }
    }

    /// The clause's sub-sub-clauses, in order (empty for most).
    #[must_use]
    pub fn children(self) -> &'static [Clause] {
        crate::catalog::children_of(self)
    }

    /// The domain (aspect) the clause belongs to.
    #[must_use]
    pub const fn domain(self) -> Domain {
        DOMAINS[self.index()]
    }

    /// The clause numbered `path` (`[7, 5, 2]` for 7.5.2, `[7, 10, 0]` for 7.10).
    #[must_use]
    pub const fn from_path(path: [u8; 3]) -> Option<Clause> {
        // A binary search: the paths are in order (checked where they are built).
        let (mut low, mut high) = (0, PATHS.len());
        while low < high {
            let mid = low + (high - low) / 2;
            if path_before(PATHS[mid], path) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if low < PATHS.len() && !path_before(path, PATHS[low]) {
            Some(Clause::ALL[low])
        } else {
            None
        }
    }

    /// The sub-clause numbered `major.minor` (e.g. 7 and 10 for 7.10), if there is one.
    #[must_use]
    pub const fn from_numbers(major: u8, minor: u8) -> Option<Clause> {
        Clause::from_path([major, minor, 0])
    }

    /// The position of the clause in [`Clause::ALL`].
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl std::str::FromStr for Clause {
    type Err = crate::model::ParseNameError;

    /// Parses a clause number (`"7.5.2"`, full-width forms too) or an English heading
    /// (`"interconnection security"`, any case). Chinese headings are accepted where they
    /// are unique (`"互联安全"`); the three sub-clauses headed just 制度 answer to
    /// `检测评估制度`, `监测预警制度` and `事件管理制度`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let folded: String = s
            .trim()
            .chars()
            .map(crate::model::names::fold_width)
            .collect();
        if let Some(c) = Clause::ALL.iter().find(|c| c.number() == folded) {
            return Ok(*c);
        }
        let unique_zh = |c: &Clause| {
            c.name(Lang::Zh) == folded
                && Clause::ALL
                    .iter()
                    .filter(|o| o.name(Lang::Zh) == folded)
                    .count()
                    == 1
        };
        if let Some(c) = Clause::ALL.iter().find(|c| unique_zh(c)) {
            return Ok(*c);
        }
        crate::model::names::parse(s, "clause", Clause::aliases)
    }
}
