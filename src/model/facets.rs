//! The facets a requirement is classified by: topic, kind of measure, responsible party,
//! and how a requirement's content is known.
//!
//! ```
//! use gbt39204::{Lang, Measure, Party, Topic};
//!
//! let t: Topic = "supply-chain".parse().unwrap();
//! assert_eq!(t, Topic::SupplyChain);
//! assert_eq!(t.to_string(), "supply_chain");
//! assert_eq!(t.name(Lang::Zh), "供应链");
//! assert_eq!("management".parse::<Measure>().unwrap(), Measure::Management);
//! assert_eq!("首席网络安全官".parse::<Party>().unwrap(), Party::ChiefCybersecurityOfficer);
//! ```

use crate::model::Lang;

/// Derives and helpers shared by the small closed vocabularies below.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal {
            $( $(#[$vdoc:meta])* $variant:ident => $zh:literal, $en:literal $(, [$($alias:literal),*])?; )+
        }
    ) => {
        crate::model::names::vocabulary_enum! {
            $(#[$meta])*
            #[serde(rename_all = "snake_case")]
            #[strum(serialize_all = "snake_case")]
            pub enum $name {
                $( $(#[$vdoc])* $variant, )+
            }
        }

        impl $name {
            /// The display name in `lang`.
            #[must_use]
            pub const fn name(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( ($name::$variant, Lang::Zh) => $zh, ($name::$variant, Lang::En) => $en, )+
                }
            }

            fn aliases(self) -> &'static [&'static str] {
                match self {
                    $( $name::$variant => &[$zh, $en $($(, $alias)*)?], )+
                }
            }
        }

        crate::model::names::lenient_from_str!($name, $kind);
    };
}

vocabulary! {
    /// A topic from the crate's closed vocabulary; a requirement has one or more.
    Topic, "topic" {
        /// Critical business and the critical business chain (关键业务、关键业务链).
        Business => "关键业务", "Critical business";
        /// Asset inventory and asset management (资产).
        Assets => "资产", "Assets", ["asset"];
        /// Risk identification, assessment and treatment (风险).
        Risk => "风险", "Risk", ["risks"];
        /// Major change and change management (变更).
        Change => "变更", "Change", ["changes"];
        /// Multi-level protection scheme and legal compliance (等级保护、合规).
        Compliance => "合规", "Compliance", ["mlps", "等级保护"];
        /// Plans, policies and procedures (制度).
        Policy => "制度", "Policy", ["policies"];
        /// Leadership, organisation, responsibility and accountability (治理).
        Governance => "治理", "Governance";
        /// Staff: vetting, key positions, departures (人员).
        Personnel => "人员", "Personnel", ["staff"];
        /// Education, training and skills (培训).
        Training => "培训", "Training";
        /// Network architecture, boundaries and connections (网络).
        Network => "网络", "Network";
        /// Hosts, systems and the computing environment (计算环境).
        Computing => "计算环境", "Computing";
        /// Identity, authentication and access control (身份与访问).
        AccessControl => "访问控制", "Access control", ["identity", "身份鉴别"];
        /// Cryptography (密码).
        Cryptography => "密码", "Cryptography", ["crypto"];
        /// Logging and security audit (日志与审计).
        Logging => "日志审计", "Logging", ["audit", "logs", "日志"];
        /// Design, development, testing and acceptance (建设与开发).
        Development => "建设开发", "Development", ["construction"];
        /// Operations and maintenance (运维).
        Operations => "运维", "Operations", ["o&m", "maintenance"];
        /// Suppliers, products and services (供应链).
        SupplyChain => "供应链", "Supply chain", ["suppliers"];
        /// Data and personal information (数据).
        Data => "数据", "Data", ["personal-information"];
        /// Backup, redundancy and continuity (备份与连续性).
        Resilience => "备份与连续性", "Resilience", ["backup", "continuity"];
        /// Testing, evaluation and checks (检测评估).
        Evaluation => "检测评估", "Evaluation", ["assessment", "testing"];
        /// Security monitoring and situational awareness (监测).
        Monitoring => "监测", "Monitoring";
        /// Exposure surface (暴露面).
        Exposure => "暴露面", "Exposure";
        /// Threat intelligence (威胁情报).
        ThreatIntelligence => "威胁情报", "Threat intelligence", ["intelligence"];
        /// Attack-defense exercises and emergency drills (演练).
        Exercises => "演练", "Exercises", ["drills"];
        /// Security incidents and their handling (事件).
        Incidents => "事件", "Incidents", ["incident"];
        /// Reporting to and information sharing with authorities and partners (报告与通报).
        Reporting => "报告通报", "Reporting", ["sharing", "通报"];
    }
}

vocabulary! {
    /// Whether a requirement is a management or a technical measure.
    Measure, "measure kind" {
        /// A management measure (管理措施): policy, organisation, people, process.
        Management => "管理", "Management";
        /// A technical measure (技术措施): implemented in networks and systems.
        Technical => "技术", "Technical";
    }
}

vocabulary! {
    /// Who carries an obligation. Every requirement falls on the operator; where the
    /// obligation names a more specific party, that party is recorded.
    Party, "responsible party" {
        /// The CII operator (运营者) as an organisation.
        Operator => "运营者", "Operator";
        /// The operator's principal responsible person (主要负责人).
        PrincipalResponsiblePerson => "主要负责人", "Principal responsible person";
        /// The chief cybersecurity officer (首席网络安全官).
        ChiefCybersecurityOfficer => "首席网络安全官", "Chief cybersecurity officer", ["ciso", "ccso"];
        /// The dedicated security management organisation (专门安全管理机构).
        SecurityOrganisation => "专门安全管理机构", "Security management organisation", ["security-organization"];
        /// The security management responsible person of a CII (安全管理责任人).
        SecurityResponsiblePerson => "安全管理责任人", "Security responsible person";
    }
}

vocabulary! {
    /// How a requirement's content is known (see the catalog's provenance).
    ///
    /// The catalog follows a third-party transcription of the standard's text; this says,
    /// item by item, how far.
    Certainty, "certainty" {
        /// The item's text is in the transcription; our summary follows it.
        Transcribed => "已转录", "Transcribed", ["transcription"];
        /// A letter the transcription skips between or right after items it has; its
        /// content was not seen, and the gist is reconstructed from context.
        Implied => "推定", "Implied", ["inferred"];
        /// A sub-clause the transcription lacks entirely (6.4, 8.1, 8.3); structure and
        /// gist are this project's reconstruction.
        Reconstructed => "重建", "Reconstructed", ["unverified"];
    }
}
