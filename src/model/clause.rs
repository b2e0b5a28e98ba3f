//! The 28 sub-clauses (6.1 … 11.4) under which the requirements stand.
//!
//! The whole table is the `clauses!` invocation below: one row per sub-clause with its
//! number, domain, how sure we are of the heading, and its names. Adding a sub-clause is
//! adding a row.
//!
//! ```
//! use gbt39204::{Certainty, Clause, Domain, Lang};
//!
//! let c: Clause = "7.9".parse().unwrap();
//! assert_eq!(c, Clause::SupplyChainSecurity);
//! assert_eq!(c.to_string(), "7.9");
//! assert_eq!(c.domain(), Domain::SecurityProtection);
//! assert_eq!(c.name(Lang::Zh), "供应链安全保护");
//! assert_eq!(c.requirements().len(), 7);
//! assert_eq!(Clause::MlpsFoundation.certainty(), Certainty::Confirmed);
//! assert!(Clause::SupplyChainSecurity < Clause::DataSecurity); // 7.9 before 7.10
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{Certainty, Domain, Lang, Requirement};

macro_rules! clauses {
    ($(
        $(#[$doc:meta])*
        $variant:ident, $number:literal, $domain:ident, $certainty:ident, $zh:literal, $en:literal;
    )+) => {
        /// A sub-clause of clauses 6 to 11 (e.g. `7.4` 安全管理人员), in the standard's order.
        ///
        /// `Display`, `FromStr` and serde use the clause number (`"7.4"`); `Ord` follows the
        /// standard (7.10 after 7.9).
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
            /// All sub-clauses in the standard's order.
            pub const ALL: [Clause; <Clause as strum::EnumCount>::COUNT] = [$(Clause::$variant),+];

            /// The sub-clause number, e.g. `"7.4"`.
            #[must_use]
            pub const fn number(self) -> &'static str {
                match self { $(Clause::$variant => $number),+ }
            }

            /// The domain (aspect) the sub-clause belongs to.
            #[must_use]
            pub const fn domain(self) -> Domain {
                match self { $(Clause::$variant => Domain::$domain),+ }
            }

            /// How sure the crate is of this sub-clause's number and heading.
            #[must_use]
            pub const fn certainty(self) -> Certainty {
                match self { $(Clause::$variant => Certainty::$certainty),+ }
            }

            /// The sub-clause heading. The Chinese follows the standard's heading (for the
            /// three headed just 制度 it names the domain too); the English is ours.
            #[must_use]
            pub const fn name(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Clause::$variant, Lang::Zh) => $zh, (Clause::$variant, Lang::En) => $en,)+
                }
            }

            fn aliases(self) -> &'static [&'static str] {
                match self { $(Clause::$variant => &[$zh, $en]),+ }
            }
        }
    };
}

clauses! {
    /// 6.1 业务识别: critical business and its dependencies.
    BusinessIdentification, "6.1", AnalysisIdentification, Confirmed, "业务识别", "Business identification";
    /// 6.2 资产识别: inventory of the critical business chain's assets and data.
    AssetIdentification, "6.2", AnalysisIdentification, Confirmed, "资产识别", "Asset identification";
    /// 6.3 风险识别: threats, vulnerabilities and risks along the business chain.
    RiskIdentification, "6.3", AnalysisIdentification, Confirmed, "风险识别", "Risk identification";
    /// 6.4 重大变更: identification redone after major change.
    MajorChange, "6.4", AnalysisIdentification, Confirmed, "重大变更", "Major change";
    /// 7.1 网络安全等级保护: the multi-level protection scheme as the foundation.
    MlpsFoundation, "7.1", SecurityProtection, Confirmed, "网络安全等级保护", "Multi-level protection foundation";
    /// 7.2 安全管理制度: protection plan and management policies.
    ManagementPolicies, "7.2", SecurityProtection, High, "安全管理制度", "Security management policies";
    /// 7.3 安全管理机构: leadership, security organisation and accountability.
    ManagementOrganisation, "7.3", SecurityProtection, High, "安全管理机构", "Security management organisation";
    /// 7.4 安全管理人员: vetting, key positions, training and departures.
    Personnel, "7.4", SecurityProtection, High, "安全管理人员", "Security personnel";
    /// 7.5 安全通信网络: zoning, boundaries, redundancy and secure transmission.
    CommunicationNetwork, "7.5", SecurityProtection, High, "安全通信网络", "Secure communication network";
    /// 7.6 安全计算环境: authentication, access control, audit, hardening.
    ComputingEnvironment, "7.6", SecurityProtection, High, "安全计算环境", "Secure computing environment";
    /// 7.7 安全建设管理: security built in step with the system.
    ConstructionManagement, "7.7", SecurityProtection, High, "安全建设管理", "Security construction management";
    /// 7.8 安全运维管理: onshore, controlled and audited operations and maintenance.
    OperationsMaintenance, "7.8", SecurityProtection, High, "安全运维管理", "Security operations and maintenance";
    /// 7.9 供应链安全保护: suppliers, products and services.
    SupplyChainSecurity, "7.9", SecurityProtection, High, "供应链安全保护", "Supply chain security";
    /// 7.10 数据安全防护: classification, onshore storage, life-cycle protection.
    DataSecurity, "7.10", SecurityProtection, High, "数据安全防护", "Data security";
    /// 8.1 制度: the testing and evaluation system and its yearly cycle.
    EvaluationSystem, "8.1", DetectionEvaluation, High, "检测评估制度", "Testing and evaluation system";
    /// 8.2 内容: what testing and evaluation covers.
    EvaluationContent, "8.2", DetectionEvaluation, High, "检测评估内容", "Testing and evaluation content";
    /// 8.3 实施: rectification, reporting and cooperation with checks.
    EvaluationImplementation, "8.3", DetectionEvaluation, High, "检测评估实施", "Testing and evaluation follow-up";
    /// 9.1 制度: the monitoring, warning and reporting system.
    MonitoringSystem, "9.1", MonitoringWarning, High, "监测预警制度", "Monitoring and warning system";
    /// 9.2 监测: what is monitored and how.
    Monitoring, "9.2", MonitoringWarning, High, "监测", "Monitoring";
    /// 9.3 预警: acting on and reporting warnings.
    EarlyWarning, "9.3", MonitoringWarning, High, "预警", "Early warning";
    /// 10.1 收敛暴露面: reduce the exposure surface.
    ExposureReduction, "10.1", ActiveDefense, High, "收敛暴露面", "Exposure reduction";
    /// 10.2 攻击发现和阻断: find, trace and block attacks.
    AttackDetectionBlocking, "10.2", ActiveDefense, High, "攻击发现和阻断", "Attack detection and blocking";
    /// 10.3 攻防演练: attack-defense exercises.
    AttackDefenseExercises, "10.3", ActiveDefense, High, "攻防演练", "Attack-defense exercises";
    /// 10.4 威胁情报: collect and share threat intelligence.
    ThreatIntelligence, "10.4", ActiveDefense, High, "威胁情报", "Threat intelligence";
    /// 11.1 制度: incident management system, plans and team.
    IncidentSystem, "11.1", IncidentHandling, High, "事件管理制度", "Incident management system";
    /// 11.2 应急演练: emergency drills.
    EmergencyDrills, "11.2", IncidentHandling, High, "应急演练", "Emergency drills";
    /// 11.3 响应和处置: respond, contain, restore, learn.
    ResponseHandling, "11.3", IncidentHandling, High, "响应和处置", "Response and handling";
    /// 11.4 重新识别: identify again after an incident.
    ReIdentification, "11.4", IncidentHandling, High, "重新识别", "Re-identification";
}

impl Clause {
    /// The clause's requirements, in the standard's order.
    #[must_use]
    pub fn requirements(self) -> &'static [Requirement] {
        crate::catalog::requirements_of_clause(self)
    }

    /// The clause numbered `major.minor` (e.g. 7 and 10 for 7.10), if there is one.
    #[must_use]
    pub const fn from_numbers(major: u8, minor: u8) -> Option<Clause> {
        /// Every clause's numbers, computed at compile time.
        const NUMBERS: [(u8, u8); Clause::ALL.len()] = {
            let mut table = [(0, 0); Clause::ALL.len()];
            let mut i = 0;
            while i < table.len() {
                table[i] = Clause::ALL[i].numbers();
                i += 1;
            }
            table
        };
        let mut i = 0;
        while i < NUMBERS.len() {
            if NUMBERS[i].0 == major && NUMBERS[i].1 == minor {
                return Some(Clause::ALL[i]);
            }
            i += 1;
        }
        None
    }

    /// The clause number as two integers: `(7, 10)` for 7.10.
    #[must_use]
    pub const fn numbers(self) -> (u8, u8) {
        let bytes = self.number().as_bytes();
        let (mut major, mut minor, mut seen_dot, mut i) = (0u8, 0u8, false, 0);
        while i < bytes.len() {
            match bytes[i] {
                b'.' => seen_dot = true,
                d if seen_dot => minor = minor * 10 + (d - b'0'),
                d => major = major * 10 + (d - b'0'),
            }
            i += 1;
        }
        (major, minor)
    }

    /// The position of the clause in [`Clause::ALL`].
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }
}

crate::model::names::lenient_from_str!(Clause, "sub-clause");
