//! The 111 requirements of GB/T 39204-2022, one row each, in the standard's order.
//!
//! **Provenance.** Titles and statements are this project's own summaries in Chinese and
//! English, never the standard's wording. The numbering, which duty sits where and the
//! hard numbers follow a third-party transcription of the standard's text
//! ([`super::SOURCE`]). Each row says how its content is known: `Transcribed` (the item
//! is in the transcription; the summary follows it), `Implied` (a letter the
//! transcription skips; the gist, marked （推定）/(Inferred), is ours) or `Reconstructed`
//! (a sub-clause the transcription lacks; the gist, marked （重建）/(Reconstructed), is
//! ours). Principle codes (P1–P3), topics, measure kinds and responsible parties are
//! curated annotations.
//!
//! Row layout:
//! `"ID" Certainty Measure Party [principles] [topics] (obligations [..])? zh "title" "statement" en "title" "statement";`
//!
//! Adding or moving an item is editing its row: the per-clause index is computed and
//! checked at compile time.

use std::borrow::Cow;

use crate::model::{Certainty, Measure, Obligation, Party, Principle, Requirement, Text, Topic};

macro_rules! principle {
    (P1) => {
        Principle::BusinessCentred
    };
    (P2) => {
        Principle::RiskDriven
    };
    (P3) => {
        Principle::CollaborativeDefense
    };
}

macro_rules! requirements {
    ($(
        $id:literal $certainty:ident $measure:ident $party:ident [$($p:ident),+] [$($t:ident),+]
        $(obligations [$($o:expr),+])?
        zh $zh_title:literal $zh_statement:literal
        en $en_title:literal $en_statement:literal;
    )+) => {
        const COUNT: usize = [$($id),+].len();

        /// The requirement rows.
        pub(super) static REQUIREMENTS: [Requirement; COUNT] = [$(
            Requirement {
                id: super::const_id($id),
                certainty: Certainty::$certainty,
                title: Text::new($zh_title, $en_title),
                statement: Text::new($zh_statement, $en_statement),
                principles: Cow::Borrowed(&[$(principle!($p)),+]),
                topics: Cow::Borrowed(&[$(Topic::$t),+]),
                measure: Measure::$measure,
                responsible: Party::$party,
                obligations: Cow::Borrowed(&[$($($o),+)?]),
            }
        ),+];

        /// The canonical ID text of each row, for allocation-free display.
        pub(super) const ID_TEXT: [&str; COUNT] = [$($id),+];
    };
}

requirements! {
    // ───────────────────────── 6 分析识别 Analysis and identification ─────────────────────────
    // 6.1 业务识别
    "6.1.a" Transcribed Management Operator [P1] [Business]
        zh "识别关键业务及关联外部业务"
           "运营者应查明本单位承担的关键业务，以及与这些关键业务相连的外部业务。"
        en "Identify critical business and linked external business"
           "The operator shall identify its own critical business and the external business linked to it.";
    "6.1.b" Transcribed Management Operator [P1] [Business]
        zh "关键业务的外部依赖分析"
           "运营者应评估本单位关键业务在多大程度上依赖相关外部业务。"
        en "Analyse dependence on external business"
           "The operator shall analyse how far its critical business depends on the external business.";
    "6.1.c" Transcribed Management Operator [P1] [Business]
        zh "外部业务对关键业务的倚重"
           "运营者应评估本单位关键业务对相关外部业务而言的重要程度。"
        en "Analyse importance to external business"
           "The operator shall analyse how important its critical business is to the external business.";
    "6.1.d" Transcribed Management Operator [P1] [Business, Assets]
        zh "厘清关键业务链"
           "运营者应厘清关键业务链，查明为关键业务提供支撑的各关键信息基础设施所在位置及其运营方式。"
        en "Map the critical business chain"
           "The operator shall map the critical business chain and record where each CII that supports the critical business is located and how it is operated.";
    // 6.2 资产识别
    "6.2.a" Transcribed Management Operator [P1] [Assets, Business]
        zh "编制关键业务链资产清单"
           "运营者应查明关键业务链赖以运行的资产，按数据、网络、服务、系统及其他类别，编制涵盖该业务链的资产清单。"
        en "Inventory the assets of the critical business chain"
           "The operator shall identify the assets the critical business chain depends on and draw up an inventory of its networks, systems, data, services and other assets.";
    "6.2.b" Transcribed Management Operator [P1, P2] [Assets, Risk]
        zh "排定资产保护优先级"
           "运营者应依据资产所属类别、资产本身的重要性及其承载业务的重要程度，排定各项资产的保护优先顺序。"
        en "Set asset protection priorities"
           "The operator shall set protection priorities for assets based on asset category, the importance of the asset and the importance of the business it supports.";
    "6.2.c" Transcribed Technical Operator [P2] [Assets, Change]
        zh "技术探测资产并动态更新清单"
           "运营者应借助资产探测手段发现资产，并在关键业务链依托的资产出现实际变化时动态更新清单。"
        en "Discover assets and keep the inventory current"
           "The operator shall discover assets with asset-detection technology and update the inventory dynamically as the assets the critical business chain depends on actually change.";
    // 6.3 风险识别
    "6.3" Transcribed Management Operator [P1, P2] [Risk, Business]
        zh "关键业务链风险分析"
           "运营者应参照GB/T 20984等风险评估类标准分析关键业务链的安全风险：查找业务链每个环节面临的威胁与脆弱性，核实现有安全管控措施，找出主要风险点，排出风险处置的先后次序，并形成书面风险报告。"
        en "Analyse the risks of the critical business chain"
           "Following GB/T 20984 or similar risk assessment standards, the operator shall analyse the security risks of the critical business chain: identify threats and vulnerabilities at each link, confirm the existing security controls, find the main risk points, set treatment priorities and produce a security risk report.";
    // 6.4 重大变更
    "6.4" Reconstructed Management Operator [P2] [Change, Assets]
        zh "重大变更后重新识别"
           "（重建）关键信息基础设施发生改建、扩建、所有人变更等重大变化时，运营者应重新开展识别并更新相关清单。"
        en "Re-identify after a major change"
           "(Reconstructed) When the CII is rebuilt, expanded, changes owner or otherwise changes significantly, the operator shall repeat the identification and update the inventories.";

    // ───────────────────────── 7 安全防护 Security protection ─────────────────────────
    // 7.1 网络安全等级保护
    "7.1" Transcribed Management Operator [P1] [Compliance, Evaluation]
        obligations [Obligation::MlpsLevel { min_level: 3 }]
        zh "履行网络安全等级保护义务"
           "运营者应按照网络安全等级保护的制度要求，对所属网络及信息系统完成定级与备案，落实安全建设与整改，并开展等级测评。"
        en "Fulfil multi-level protection scheme duties"
           "The operator shall meet the national multi-level protection scheme requirements for its networks and information systems: grading, filing, security construction and rectification, and level evaluation.";
    // 7.2 安全管理制度
    "7.2.a" Transcribed Management Operator [P1, P2] [Policy, Governance]
        obligations [Obligation::PlanRevisionInterval { max_months: 12 }]
        zh "制定并每年修订保护计划"
           "运营者应针对网络安全编制适合本单位的保护计划，确定关键信息基础设施保护目标，从管理、技术、运营、保障等体系进行规划，并在人员、经费、机构和装备等资源上予以保障；该计划应成文并经批准后分发给相关人员，至少每年修订一次，遇重大变化时也应修订。"
        en "Protection plan, revised at least once a year"
           "The operator shall draw up a cybersecurity protection plan suited to the organisation, set the goals of CII protection, plan across the management, technical, operations and assurance systems, and secure the resources (organisation, staff, funding, equipment); the plan shall be documented, approved and sent to the people concerned, and revised at least once a year or whenever a major change occurs.";
    "7.2.b" Transcribed Management Operator [P1, P2] [Policy, Risk]
        zh "按业务链需求制定制度与策略"
           "运营者应以关键业务链的安全需要为重点，制定管理制度与安全策略，并随关键信息基础设施所面临威胁与风险的演变适时调整。"
        en "Policies built on the business chain's needs"
           "The operator shall establish management rules and security policies centred on the security needs of the critical business chain, and adjust them as the risks and threats facing the CII change.";
    // 7.3 安全管理机构
    "7.3.a" Transcribed Management PrincipalResponsiblePerson [P1] [Governance]
        zh "主要负责人牵头并设首席安全官"
           "运营者应组建由本单位主要负责人牵头的网络安全领导小组或工作委员会，并从领导班子中指定一人担任首席网络安全官，专门负责或分工主管关键信息基础设施的保护工作。"
        en "Leading group under the principal; name a CCSO"
           "The operator shall set up a cybersecurity committee or leading group led by its principal responsible person, and name one member of the leadership team Chief Cybersecurity Officer, managing CII protection full-time or as part of their portfolio.";
    "7.3.b" Transcribed Management Operator [P1] [Governance]
        zh "设立专门安全管理机构"
           "运营者应设立专门的安全管理机构，确定机构负责人和各岗位，并建立、执行网络安全方面的考核、监督与问责机制。"
        en "Dedicated security organisation and accountability"
           "The operator shall set up a dedicated cybersecurity management organisation, name its head and define its posts, and establish and operate a mechanism for cybersecurity appraisal, supervision and accountability.";
    "7.3.c" Transcribed Management Operator [P1] [Governance]
        zh "每个设施指定安全负责人"
           "运营者应对其每一个关键信息基础设施各指定一名负责安全管理的责任人。"
        en "Name a security responsible person for each CII"
           "The operator shall name one security management responsible person for each CII.";
    "7.3.d" Transcribed Management Operator [P1] [Governance]
        zh "安全机构人员参与信息化决策"
           "运营者应吸收安全管理机构的人员加入本单位信息化方面的决策体系。"
        en "Security staff take part in IT decisions"
           "The operator shall include staff of the security management organisation in its information-technology decision-making system.";
    // 7.4 安全管理人员
    "7.4.a" Transcribed Management Operator [P1] [Personnel]
        obligations [Obligation::KeyPostStaffing { min_people: 2 }]
        zh "关键人员审查且每岗至少两人"
           "运营者应在任用前审查关键岗位人员以及安全管理机构负责人的安全背景，并考核其安全技能，合格者方可上岗；关键岗位由安全管理机构确定，一般包括直接关系到关键业务系统的网络管理、系统管理和安全管理岗位；每个关键岗位应有专人负责，且至少由2人共同管理。"
        en "Vet key staff; at least two people per key post"
           "Before appointment, the operator shall review the security background and test the security skills of the security organisation's head and of key-post staff, and let only those who qualify take up the post; the security organisation names the key posts, usually the system, network and security administration posts directly tied to critical business systems; each key post shall have a designated person and be managed jointly by at least two people.";
    "7.4.b" Transcribed Management Operator [P2, P3] [Personnel, Training]
        zh "定期参与外部网络安全活动"
           "运营者应定期组织安全管理机构的人员参与国家、行业及业界层面的网络安全活动，以便及时掌握网络安全领域的最新动向。"
        en "Join external cybersecurity activities regularly"
           "The operator shall regularly send staff of the security organisation to national, sector or industry cybersecurity activities so that they keep up with cybersecurity developments.";
    "7.4.c" Transcribed Management Operator [P2] [Training, Personnel]
        obligations [Obligation::TrainingHours { min_hours_per_person_year: 30 }]
        zh "每人每年至少30学时培训"
           "运营者应建立针对网络安全的教育与培训制度，并定期组织培训、考核技能；每名关键信息基础设施从业人员每年接受培训累计不少于30个学时；培训内容应涵盖网络安全的法律法规与政策标准、网络安全管理、网络安全的保护技术等。"
        en "At least 30 class hours of training per person a year"
           "The operator shall set up a cybersecurity education and training system and run training and skills tests regularly; every CII employee shall receive at least 30 class hours of training per year, covering cybersecurity laws, regulations, policies and standards, protection technology and security management.";
    "7.4.d" Implied Management Operator [P1] [Personnel]
        zh "人员变动安全管理"
           "（推定）运营者应对安全管理人员实施持续的安全管理，例如在人员调岗或离岗时做好相应处理。"
        en "Manage staff changes securely"
           "(Inferred) The operator shall keep managing security staff over time, for example when they change posts or leave.";
    "7.4.e" Transcribed Management Operator [P1] [Personnel]
        zh "明确保密义务并签协议"
           "运营者应规定从业人员在安全与保密方面承担的职责和义务，其中应涵盖奖惩机制、安全职责以及离岗后应遵守的脱密期限等内容，并与其签署安全保密协议。"
        en "Confidentiality duties in a signed agreement"
           "The operator shall set out staff security and confidentiality duties, including security responsibilities, rewards and penalties and the declassification period after leaving the post, and have staff sign a security and confidentiality agreement.";

    // 7.5.1 网络架构
    "7.5.1" Transcribed Technical Operator [P1, P2] [Network, Resilience]
        obligations [Obligation::LineRedundancy { min_lines: 3, min_carriers: 2 }]
        zh "通信线路一主双备多路由"
           "运营者应对通信线路实施“一主双备”保护，由多家电信运营商提供、经多条路由互为备份；关键网络节点及重要设施宜按“双节点”方式冗余配置。"
        en "One main and two backup lines across carriers and routes"
           "The operator shall protect its communication lines on a one-main, two-backup basis, using several telecom carriers and multiple routes; dual-node redundancy is recommended for key network nodes and important facilities.";
    // 7.5.2 互联安全
    "7.5.2.a" Transcribed Technical Operator [P1, P3] [Network, Policy]
        zh "制定跨系统安全互联策略"
           "运营者应为以下各类系统之间的互联建立或健全安全策略：等级保护级别不同的系统、承载不同业务的系统、位于不同区域内的系统，以及分属不同运营者的系统。"
        en "Secure interconnection policies between systems"
           "The operator shall establish or improve secure interconnection policies between systems at different MLPS levels, between different business systems, between systems in different zones and between systems run by different operators.";
    "7.5.2.b" Transcribed Technical Operator [P1] [AccessControl, Network]
        zh "跨系统保持身份与权限一致"
           "运营者应使同一用户在各等级保护级别的系统、各类业务系统和各个区域中，采用一致的身份、访问控制策略及其他相关设置。"
        en "Consistent user identity and access policy across systems"
           "The operator shall keep each user's identity, access control policy and related settings consistent across systems at different MLPS levels, different business systems and different zones.";
    "7.5.2.c" Transcribed Technical Operator [P1] [Network, Cryptography]
        zh "保护局域网间远程通信"
           "运营者应为跨局域网的远程通信提供安全保护，比如在建立通信前借助密码技术先行验证或鉴别通信两端。"
        en "Protect remote communication between LANs"
           "The operator shall protect remote communication between different LANs, for example by verifying or authenticating both parties with cryptography before communication starts.";
    // 7.5.3 边界防护
    "7.5.3.a" Transcribed Technical Operator [P1] [Network, Data]
        zh "严控跨系统互操作与数据交换"
           "运营者应严格控制下列各类系统相互间的互操作行为、数据交换与信息流向：等级保护级别不同的系统、承载不同业务的系统、位于不同区域内的系统，以及分属不同运营者的系统。"
        en "Control cross-boundary interoperation and data flows"
           "The operator shall strictly control interoperation, data exchange and information flows between systems at different MLPS levels, between different business systems, between systems in different zones and between systems run by different operators.";
    "7.5.3.b" Transcribed Technical Operator [P1, P2] [Network, Assets, AccessControl]
        zh "发现并管控未授权设备"
           "运营者应动态发现未经授权的设备并加以管控，只有运营者已授权的软件和硬件才可运行。"
        en "Discover and control unauthorised devices"
           "The operator shall dynamically discover and control unauthorised devices, and allow only hardware and software it has authorised to run.";
    // 7.5.4 安全审计
    "7.5.4" Transcribed Technical Operator [P2] [Logging, Monitoring, Network]
        obligations [Obligation::LogRetention { min_months: 6 }]
        zh "网络审计且日志留存不少于6个月"
           "运营者应实施网络审计，监测并记录远程运维、故障维护、日常操作及系统运行状况等活动，相关日志数据保存期不少于6个月。"
        en "Audit network activity; keep logs at least 6 months"
           "The operator shall carry out network auditing that monitors and records system running state, routine operations, fault maintenance, remote operations and maintenance and similar activity, and shall keep the related log data for at least 6 months.";
    // 7.6.1 鉴别与授权
    "7.6.1.a" Transcribed Management Operator [P1, P2] [AccessControl, Business]
        zh "列明重要及异常操作清单"
           "运营者应识别重要的业务操作、重要的用户操作或用户的异常操作行为，并将其列成清单。"
        en "List important and abnormal operations"
           "The operator shall identify important business operations, important user operations or abnormal user operations, and record them in a list.";
    "7.6.1.b" Transcribed Technical Operator [P1, P2] [AccessControl, Computing]
        zh "重要操作采用动态或多因子鉴别"
           "运营者应对数据、设备、服务或应用以及用户实施安全管控；对重要的业务操作和用户操作以及用户的异常操作，应采用动态身份鉴别或多因子认证等方式。"
        en "Dynamic or multi-factor authentication for key operations"
           "The operator shall apply security control to devices, users, services or applications and data, and shall use dynamic identity authentication, multi-factor authentication or similar methods for important business operations, important user operations and abnormal user operations.";
    "7.6.1.c" Transcribed Technical Operator [P1] [AccessControl, Data]
        zh "按安全标记控制重要数据访问"
           "运营者应借助安全标记等手段，对涉及重要业务数据的各类操作实施访问控制。"
        en "Label-based access control for important business data"
           "The operator shall enforce access control on operations on important business data resources, based on security labels or similar technology.";
    // 7.6.2 入侵防范
    "7.6.2.a" Transcribed Technical Operator [P2] [Computing, Network]
        zh "提升对APT等攻击的防范能力"
           "运营者应运用技术手段，提升抵御APT（高级持续性威胁）之类网络攻击入侵的能力。"
        en "Resist APT and similar intrusions"
           "The operator shall use technical means to strengthen its ability to prevent intrusion by advanced persistent threats (APT) and other cyber attacks.";
    "7.6.2.b" Transcribed Technical Operator [P2] [Computing, Monitoring]
        zh "主动防护，快速阻断入侵与病毒"
           "运营者应借助技术手段使系统具备主动防护能力，对入侵行为和病毒活动做到及时发现、及时阻断。"
        en "Active protection: detect and block intrusions and viruses"
           "The operator shall use technical means to give its systems active protection that promptly identifies and blocks intrusions and viruses.";
    // 7.6.3 自动化工具
    "7.6.3" Transcribed Technical Operator [P2] [Operations, Computing]
        zh "用自动化工具管理账户与补丁"
           "运营者应借助自动化工具管理病毒库、补丁、漏洞、配置及系统账户等；对漏洞和补丁，应先行验证，再及时完成修补。"
        en "Automated tools for accounts, configuration and patches"
           "The operator shall use automated tools to support management of system accounts, configurations, vulnerabilities, patches, virus signature libraries and similar items, and shall fix vulnerabilities and apply patches promptly after verifying them.";
    // 7.7 安全建设管理
    "7.7" Transcribed Management Operator [P1, P2] [Development, Change, Evaluation]
        zh "安全措施三同步并验证"
           "运营者应在关键信息基础设施的建设、改造和升级等阶段，使网络安全技术手段与主体工程做到同步规划、同步建设、同步使用，并以攻防演练、评审、测试等多种方式加以验证；必要时还可为关键业务搭建仿真环境进行验证。"
        en "Build security in step with the CII and verify it"
           "The operator shall, when building, modifying or upgrading the CII, plan, build and put into use cybersecurity technical measures at the same time as the main project, and verify them through tests, reviews, attack-defense exercises and other forms; where necessary it may build a simulation environment of the critical business for verification.";

    // 7.8 安全运维管理
    "7.8.a" Transcribed Management Operator [P1] [Operations, Compliance]
        obligations [Obligation::OnshoreOperations]
        zh "运维地点设于境内"
           "运营者应使关键信息基础设施运维工作的实施地点处于我国境内；确有境外运维需要的，应遵守国家有关规定。"
        en "Keep O&M located in China"
           "The operator shall keep the place where the CII is operated and maintained inside China; where overseas O&M is truly needed, it shall follow the relevant national rules.";
    "7.8.b" Transcribed Management Operator [P1] [Operations, Personnel]
        zh "运维人员保密协议"
           "运营者应在运维工作开始之前，同维护人员订立安全保密协议。"
        en "Confidentiality agreements with maintenance staff"
           "The operator shall have maintenance staff sign a security and confidentiality agreement before any O&M work begins.";
    "7.8.c" Transcribed Technical Operator [P2] [Operations, Assets]
        zh "优先使用备案运维工具"
           "运营者应优先采用在本组织备案登记过的运维工具；确需使用尚未备案登记的运维工具的，应在启用前先行测试，包括检测其中的恶意代码等。"
        en "Prefer registered O&M tools"
           "The operator shall prefer O&M tools registered with the organisation; where an unregistered O&M tool must be used, it shall first pass testing such as malware detection.";

    // 7.9 供应链安全保护
    "7.9.a" Implied Management Operator [P1] [SupplyChain, Policy]
        zh "供应链安全管理制度"
           "（推定）运营者应建立供应链安全管理制度，明确采购和供方管理的安全要求。"
        en "Supply chain security management rules"
           "(Inferred) The operator shall set up supply chain security management rules that state the security requirements for procurement and supplier management.";
    "7.9.b" Transcribed Management Operator [P1] [SupplyChain, Compliance]
        zh "目录内设备须经认证"
           "对列入国家目录的网络关键设备及专用于网络安全的产品，运营者应仅采购经国家检测认证合格的设备与产品。"
        en "Buy only certified catalogue equipment"
           "When buying equipment or products on the catalogue of critical network equipment and dedicated cybersecurity products, the operator shall buy only those that have passed national testing and certification.";
    "7.9.c" Transcribed Management Operator [P1, P2] [SupplyChain, Compliance]
        zh "年度采购清单与审查"
           "运营者应每年编制所采购网络产品与服务的清单；其采购和使用的各类网络产品与服务应满足有关国家标准；凡可能危及国家安全者，应经过网络安全审查。"
        en "Annual procurement list and cybersecurity review"
           "The operator shall draw up each year a list of the network products and services it procured; the network products and services it buys and uses shall meet the relevant national standards, and those that may affect national security shall pass the national cybersecurity review.";
    "7.9.d" Implied Management Operator [P2] [SupplyChain, Evaluation]
        zh "供方安全能力评估"
           "（推定）运营者应在选择网络产品与服务提供者时评估其安全能力。"
        en "Assess supplier security capability"
           "(Inferred) The operator shall assess the security capability of providers of network products and services when selecting them.";
    "7.9.e" Transcribed Management Operator [P1, P2] [SupplyChain, Resilience]
        zh "采购渠道与来源管理"
           "运营者应加强对采购渠道的管理，使所购网络产品与服务的来源保持稳定或多元。"
        en "Manage procurement channels"
           "The operator shall tighten management of procurement channels and keep the sources of purchased network products and services stable or diverse.";
    "7.9.f" Implied Management Operator [P1, P3] [SupplyChain, Operations]
        zh "供应产品安全保障"
           "（推定）运营者应要求提供者保障所供产品与服务在交付、更新和维护中的安全。"
        en "Security of supply, updates and maintenance"
           "(Inferred) The operator shall require providers to keep the delivery, updating and maintenance of supplied products and services secure.";
    "7.9.g" Transcribed Management Operator [P1] [SupplyChain]
        zh "供方安全保密协议"
           "运营者应同网络产品与服务提供者订立安全保密协议并在其中明确各方安全职责、需保密的内容、奖励与惩罚机制和协议有效期等。"
        en "Confidentiality agreements with providers"
           "The operator shall sign a security and confidentiality agreement with each provider of network products and services, setting out among other things the security responsibilities, what is to be kept confidential, the reward and penalty mechanism and the term of validity.";
    "7.9.h" Transcribed Management Operator [P1] [SupplyChain, Compliance]
        obligations [Obligation::SupplierIpLicence { min_years: 10 }]
        zh "知识产权授权不少于10年"
           "运营者应要求提供网络产品与服务的一方，对产品与服务在研发、制造中所涉及、为相关实体所拥有或掌控的已知专利技术等知识产权，取得不少于10年的授权，或在产品与服务整个使用期内持续获得授权。"
        en "IP licences of at least 10 years from providers"
           "The operator shall require providers of network products and services to obtain licences of at least 10 years, or continuous licences for the whole period of use, to the known technical patents and other intellectual property owned or controlled by the entities involved in developing and manufacturing those products and services.";

    // 7.10 数据安全防护
    "7.10.a" Transcribed Management Operator [P1, P2] [Data, Governance, Training]
        zh "数据安全管理体系"
           "运营者应在数据安全方面明确管理职责并建立相应评价考核制度；拟定保护计划；实施技术防护；开展风险评估；制订事件应急预案并对安全事件及时处置；组织教育与培训。"
        en "Data security management and protection"
           "The operator shall set data security management responsibilities with an evaluation and appraisal system, draw up a data security protection plan, apply technical data security protection, carry out data security risk assessments, prepare an emergency plan for data security incidents and handle incidents promptly, and organise data security education and training.";
    "7.10.b" Transcribed Management Operator [P1, P2] [Data, Policy]
        zh "分类分级保护策略"
           "运营者应以数据分类分级为基础制定数据安全防护策略，并就个人信息与重要数据分别明确相应的保护措施。"
        en "Protection policy based on data classification"
           "The operator shall set data security protection policies based on data classification and grading, and specify the measures that protect important data and personal information.";
    "7.10.c" Transcribed Management Operator [P1] [Data, Compliance]
        obligations [Obligation::OnshoreDataStorage]
        zh "境内存储与出境评估"
           "运营者应将境内运营过程中收集或生成的个人信息与重要数据存放于我国境内；确因业务需要向境外提供的，应依照国家有关规定和标准开展安全评估；法律或行政法规对此另行规定的，依其规定。"
        en "Store personal information and important data in China"
           "The operator shall store in China the personal information and important data collected or generated in its operations in China; where business needs make it truly necessary to provide such data abroad, it shall carry out a security assessment under the relevant national rules and standards; where laws or administrative regulations provide otherwise, those provisions apply.";
    "7.10.d" Implied Management Operator [P1] [Data]
        zh "数据共享与委托处理"
           "（推定）运营者应对向他人提供、委托处理或共享数据的活动落实安全管理。"
        en "Data sharing and entrusted processing"
           "(Inferred) The operator shall manage the security of providing data to others, entrusting its processing and sharing it.";
    "7.10.e" Transcribed Technical Operator [P1] [Data, Resilience]
        zh "业务连续与异地备份"
           "运营者应建立容灾备份机制并对业务连续性实施管理，重要的信息系统与数据库应做到异地备份。"
        en "Business continuity and off-site backup"
           "The operator shall set up business continuity management and a disaster-recovery backup mechanism, and back up important systems and databases at a separate site.";
    "7.10.f" Implied Technical Operator [P2] [Data]
        zh "数据删除与介质清除"
           "（推定）运营者应在数据不再使用时按规定删除或销毁，并对存储介质作安全处置。"
        en "Data deletion and media sanitisation"
           "(Inferred) The operator shall delete or destroy data as required once it is no longer used, and dispose of storage media securely.";
    "7.10.g" Implied Technical Operator [P2] [Data, Monitoring]
        zh "数据泄露监测"
           "（推定）运营者应监测数据泄露和异常数据流动。"
        en "Monitor data leaks and abnormal data flows"
           "(Inferred) The operator shall monitor for data leaks and abnormal data flows.";
    "7.10.h" Transcribed Technical Operator [P1] [Data, Compliance]
        zh "数据处理全流程安全能力"
           "运营者应针对数据处理活动的各个环节建立安全能力，并满足有关国家标准中数据安全保护方面的要求。"
        en "Security capability across data processing"
           "The operator shall build security capability across the whole process of data processing activities and meet the data security protection requirements of the relevant national standards.";

    // ───────────────────────── 8 检测评估 Detection and evaluation ─────────────────────────
    // 8.1 制度 (reconstructed: the sub-clause is not in the third-party transcription)
    "8.1.a" Reconstructed Management Operator [P2] [Evaluation, Policy]
        zh "建立检测评估制度"
           "（重建）运营者应建立检测评估制度，规定检测评估的流程、方法、周期、人员和经费。"
        en "Establish a testing and evaluation system"
           "(Reconstructed) The operator shall set up a testing and evaluation system that fixes the process, methods, period, people and budget.";
    "8.1.b" Reconstructed Management Operator [P2] [Evaluation, Risk]
        obligations [Obligation::EvaluationInterval { max_months: 12 }]
        zh "每年开展检测和风险评估"
           "（重建）运营者应自行或委托安全服务机构，每年至少一次对关键信息基础设施开展网络安全检测和风险评估（年度周期出自《关键信息基础设施安全保护条例》第十七条，而非本标准）。"
        en "Test and evaluate risks at least once a year"
           "(Reconstructed) The operator shall, itself or through an entrusted cybersecurity service organisation, test the CII and evaluate its risks at least once a year (the yearly period follows Art. 17 of the CII Security Protection Regulation, not this standard).";
    "8.1.c" Reconstructed Management Operator [P3] [Evaluation, Compliance]
        zh "配合有关部门的检查检测"
           "（重建）运营者应配合保护工作部门等有关部门依法开展的安全检查和检测。"
        en "Cooperate with official security checks"
           "(Reconstructed) The operator shall cooperate with the security checks and testing that the protection department and other authorities carry out under the law.";
    "8.1.d" Reconstructed Management Operator [P1, P2] [Evaluation, Business]
        zh "控制检测评估自身的风险"
           "（重建）运营者应控制检测评估活动本身带来的风险，避免干扰关键业务运行，并对评估中获取的信息保密。"
        en "Control the risks of testing itself"
           "(Reconstructed) The operator shall control the risks that testing and evaluation itself brings, keep it from disrupting critical business, and keep the information it gathers confidential.";
    // 8.2 方式和内容
    "8.2.a" Implied Management Operator [P2] [Evaluation]
        zh "明确检测评估实施方式"
           "（推定）运营者应确定检测评估的实施方式，包括所用检测手段，以及委托外部机构时对该机构的要求。"
        en "Settle how testing and evaluation is done"
           "(Inferred) The operator shall settle how testing and evaluation is carried out, including the testing means used and what it requires of any outside organisation it engages.";
    "8.2.b" Transcribed Management Operator [P1, P3] [Evaluation, Risk]
        zh "跨运营者联合检测评估"
           "涉及多家运营者时，运营者应定期牵头或参与跨运营者开展、针对关键信息基础设施的检测评估，对发现的问题及时整改。"
        en "Joint evaluation across operators"
           "Where several operators are involved, the operator shall regularly organise or take part in CII security testing and evaluation across those operators, and fix the problems found without delay.";
    "8.2.c" Transcribed Management Operator [P1, P2] [Evaluation, Compliance, Data]
        zh "检测评估的最低内容"
           "运营者进行检测评估，其内容至少应覆盖：网络安全制度的执行（包括国家与行业的法律、法规、政策性文件以及本单位自定的制度），机构组建，人力与经费投入，教育培训，网络安全等级保护工作的执行，商用密码应用安全性评估的开展，技术防护，数据安全防护，供应链安全，云服务安全评估（使用云计算服务时），风险评估，应急演练，攻防演练等；并应特别重视在关键信息基础设施的各系统、各区域之间流动的信息以及相关资产的防护。"
        en "Minimum scope of testing and evaluation"
           "When testing and evaluating, the operator shall cover at least: implementation of cybersecurity rules (national and sector laws, regulations and policy documents, and the operator's own rules); how the organisation is set up; staffing and budget; education and training; implementation of MLPS; commercial cryptography application security assessment; technical protection; data security protection; supply chain security; cloud computing service security assessment (where applicable); risk assessment; emergency drills; and attack-defense exercises — paying special attention to information flowing between the CII's systems and regions and to the protection of the related assets.";
    "8.2.d" Transcribed Management Operator [P2] [Evaluation, Change, Risk]
        zh "重大变化后评估并整改再上线"
           "关键信息基础设施遇改建、扩建或所有人变更等重大变化时，运营者应自行开展或委托安全服务机构开展检测评估，对关键业务链、关键资产等的变动进行分析，评估其引起的风险变化，并针对风险变化和所发现问题有效整改，完成后才能上线。"
        en "Evaluate and fix before go-live after major change"
           "When the CII undergoes a major change such as rebuilding, expansion or a change of owner, the operator shall test and evaluate it, itself or through an entrusted cybersecurity service organisation: analyse the changes to the critical business chain, key assets and the like, assess how they change the CII's risks, and put the CII into service only after effectively fixing the problems found in line with those risk changes.";
    "8.2.e" Implied Management Operator [P2] [Evaluation]
        zh "形成检测评估报告"
           "（推定）运营者应将每次检测评估的过程和结论整理为书面的评估报告。"
        en "Record each evaluation in a report"
           "(Inferred) The operator shall record the process and conclusions of each testing and evaluation in a written report.";
    // 8.3 整改 (reconstructed: the sub-clause is not in the third-party transcription)
    "8.3.a" Reconstructed Management Operator [P2] [Evaluation, Risk]
        zh "整改评估发现的问题并跟踪"
           "（重建）运营者应针对检测评估所发现的问题制定整改方案，并持续跟踪直至整改完毕。"
        en "Plan fixes for findings and track them to closure"
           "(Reconstructed) The operator shall draw up a rectification plan for the problems that testing and evaluation finds and follow each one until it is fixed.";
    "8.3.b" Reconstructed Management Operator [P3] [Evaluation, Reporting]
        zh "报送评估结果和整改情况"
           "（重建）运营者应按有关要求，向保护工作部门报送检测评估结果及整改情况。"
        en "Report results and rectification as required"
           "(Reconstructed) The operator shall report evaluation results and the state of rectification to the protection department as required.";
    "8.3.c" Reconstructed Management Operator [P3] [Evaluation, Compliance]
        zh "整改有关部门指出的问题"
           "（重建）对保护工作部门等有关部门在安全检查中指出的问题，运营者应及时整改。"
        en "Fix problems the authorities point out"
           "(Reconstructed) The operator shall promptly fix the problems that the protection department or other authorities point out in their security checks.";
    "8.3.d" Reconstructed Management Operator [P2] [Evaluation]
        zh "验证整改效果并留存记录"
           "（重建）整改完成后，运营者应复测验证整改效果，并留存检测评估和整改的记录。"
        en "Verify fixes and keep records"
           "(Reconstructed) After rectification, the operator shall re-test to confirm that the fixes work, and keep records of the evaluation and the rectification.";

    // ───────────────────────── 9 监测预警 Monitoring and early warning ─────────────────────────
    // 9.1 制度
    "9.1.a" Transcribed Management Operator [P2] [Monitoring, Policy]
        zh "日常监测预警与通报制度"
           "运营者应建立常态化的监测预警与快速响应机制并予以执行；制定本单位的监测预警及信息通报制度，设定预警分级准则，并就监测所用策略、所覆盖内容以及预警流程作出规定，据此监测关键信息基础设施所面对的安全风险并发出预警。"
        en "Routine monitoring, warning and reporting rules"
           "The operator shall set up and run a routine monitoring, early-warning and rapid-response mechanism; write its own monitoring, warning and information-reporting rules; fix the criteria for grading warnings; define the monitoring strategy, what is monitored and the warning process; and monitor and warn on the security risks of the CII.";
    "9.1.b" Transcribed Management Operator [P2, P3] [ThreatIntelligence, Monitoring]
        zh "跟踪内外安全动态并研判"
           "运营者应跟踪国内外和本行业内关键信息基础设施的安全事件、漏洞、应对办法及发展动向，研判其对本单位相关设施安全性的影响，需要时发布预警。"
        en "Follow outside incidents and vulnerabilities and assess them"
           "The operator shall follow CII security incidents, vulnerabilities, fixes and trends at home, abroad and in its sector, analyse what they mean for the security of the CII concerned, and issue a warning when needed.";
    "9.1.c" Transcribed Management Operator [P2] [Monitoring, Reporting]
        zh "分级预警的报告与处置程序"
           "运营者应针对关键信息基础设施制定预警信息上报与响应处置程序，按预警级别分别规定上报、响应与处置的流程。"
        en "Reporting and response procedure for each warning grade"
           "The operator shall set a procedure for reporting, responding to and handling CII warnings, with the reporting, response and handling steps defined for each warning grade.";
    "9.1.d" Transcribed Management Operator [P3] [Reporting, Incidents]
        zh "通报协作机制和外联清单"
           "运营者应建立预警通报与协同处置机制，建立并维护对外联络单位清单，记录各单位名称、合作事项、联系人及联系方式等。"
        en "Warning-sharing mechanism and external contact list"
           "The operator shall set up a mechanism for sharing warnings and handling them jointly, and keep an up-to-date list of external partner organisations with each one's name, what the cooperation covers, the contact person and contact details.";
    "9.1.e" Transcribed Management Operator [P3] [Governance, Reporting]
        zh "内外沟通合作与协调会议"
           "运营者应与外部组织、其他运营者建立沟通协作机制，并在本单位管理人员、专门安全管理机构和其他内部部门之间建立同样的机制，定期举行协调会议，合力研判并处理网络安全问题。"
        en "Cooperation mechanisms and regular coordination meetings"
           "The operator shall set up communication and cooperation mechanisms with outside organisations and other operators, and among its own managers, its cybersecurity management organisation and other internal departments, and hold coordination meetings regularly to analyse and resolve cybersecurity problems together.";
    // 9.2 监测
    "9.2.a" Transcribed Technical Operator [P2] [Monitoring, Network]
        zh "关键网络节点攻击监测"
           "运营者应在网络边界及网络出入口等关键节点设置攻击监测装置，用以识别网络攻击及未知威胁。"
        en "Attack monitoring at key network nodes"
           "The operator shall deploy attack-monitoring equipment at key network nodes such as network boundaries and entry and exit points, to detect network attacks and unknown threats.";
    "9.2.b" Implied Technical Operator [P1, P2] [Monitoring, Business]
        zh "监测关键业务运行状态"
           "（推定）运营者应监测关键业务链及其所依托设施的运行状态和可用性。"
        en "Monitor the running state of critical business"
           "(Inferred) The operator shall monitor the running state and availability of the critical business chain and the facilities it relies on.";
    "9.2.c" Implied Technical Operator [P2] [Monitoring, Logging]
        zh "集中采集并关联日志告警"
           "（推定）运营者应集中收集网络、系统和安全设备的日志与告警，并做关联分析。"
        en "Collect and correlate logs and alerts centrally"
           "(Inferred) The operator shall collect logs and alerts from networks, systems and security devices centrally and correlate them.";
    "9.2.d" Implied Technical Operator [P2] [Monitoring, AccessControl]
        zh "监测重要操作和异常行为"
           "（推定）运营者应监测业务及用户的重要操作，以及用户的异常行为。"
        en "Monitor important operations and abnormal behaviour"
           "(Inferred) The operator shall monitor important business operations, important user operations and abnormal user behaviour.";
    "9.2.e" Implied Technical Operator [P2] [Monitoring, Data]
        zh "监测跨系统跨区域信息流动"
           "（推定）运营者应监测关键信息基础设施跨系统、跨区域的信息流动，发现异常传输。"
        en "Monitor information flows across systems and regions"
           "(Inferred) The operator shall monitor information flowing across the CII's systems and regions and detect abnormal transfers.";
    "9.2.f" Implied Technical Operator [P2, P3] [Monitoring, ThreatIntelligence]
        zh "综合分析形成安全态势"
           "（推定）运营者应综合分析监测数据和共享的威胁信息，形成安全态势。"
        en "Analyse monitoring data into a security situation picture"
           "(Inferred) The operator shall analyse monitoring data together with shared threat information to build a picture of the security situation.";
    "9.2.g" Transcribed Management Operator [P2] [Monitoring, Policy]
        zh "据态势分析复核安全策略"
           "运营者应依据安全态势分析的结论，判断现行安全策略和控制措施的合理性与有效性，并视需要加以更新。"
        en "Review policies and controls against the situation analysis"
           "The operator shall use the results of security situation analysis to judge whether its security policies and controls are sound and effective, and update them where needed.";
    // 9.3 预警
    "9.3.a" Transcribed Technical Operator [P2] [Monitoring, Incidents]
        zh "监测工具自动告警和处置"
           "运营者应使监测工具以自动方式运行：一旦出现可能危及关键业务的征兆，即自动告警并自动采取对应措施，减小关键业务受到影响的可能；告警方式可以是恶意代码防护机制、入侵检测装置、防火墙等弹窗提示、声音提示或给相关人员发送电子邮件。"
        en "Automatic alarms and responses from monitoring tools"
           "The operator shall run its monitoring tools in automatic mode: on signs that could harm critical business, they raise an alarm and take matching measures automatically, to lower the chance that critical business is affected — for example malware defenses, intrusion detection devices or firewalls alerting by pop-up, sound or email to the people concerned.";
    "9.3.b" Implied Management Operator [P3] [Monitoring, ThreatIntelligence]
        zh "接收并处置外部预警"
           "（推定）运营者应接收保护工作部门等有关部门发布的预警，并及时采取应对措施。"
        en "Receive and act on official warnings"
           "(Inferred) The operator shall receive the warnings issued by the protection department and other authorities and act on them promptly.";
    "9.3.c" Implied Management Operator [P3] [Reporting]
        zh "报告重大网络安全威胁"
           "（推定）发现重大网络安全威胁时，运营者应按规定向保护工作部门等有关部门报告。"
        en "Report major cybersecurity threats"
           "(Inferred) When it finds a major cybersecurity threat, the operator shall report it to the protection department and other authorities as required.";
    "9.3.d" Transcribed Management Operator [P2] [Monitoring, Incidents]
        zh "响应预警并解除预警"
           "运营者应针对预警采取应对措施；待安全隐患受到控制或被消除后，应按流程解除预警。"
        en "Respond to warnings and lift them when resolved"
           "The operator shall take measures in response to a warning and, once the hazard is under control or removed, run the procedure for lifting the warning.";

    // 10.1 收敛暴露面
    "10.1.a" Transcribed Technical Operator [P2] [Exposure, Network]
        zh "压缩资产暴露面与出口"
           "运营者应查明互联网侧与内网资产对外暴露的应用服务、端口、IP地址等并加以削减，同时减少互联网出口的数量。"
        en "Shrink the exposure of Internet and intranet assets"
           "The operator shall identify and reduce the exposed IP addresses, ports, application services and similar exposure of its Internet-facing and internal assets, and cut the number of Internet exits.";
    "10.1.b" Transcribed Management Operator [P2] [Exposure]
        zh "减少内部信息外露"
           "运营者应少向外界暴露组织机构设置、邮箱账号与内部通信录等信息，以抵御社会工程学类攻击。"
        en "Expose less internal information"
           "The operator shall expose less internal information to the outside, such as its organisation structure, e-mail accounts and internal staff directory, to guard against social-engineering attacks.";
    "10.1.c" Transcribed Management Operator [P2] [Exposure, Data]
        zh "技术文档不存公共空间"
           "运营者不应在网盘、文库、代码托管平台等公共存储空间存放攻击者可加利用的技术资料，例如源代码、网络拓扑图、IP地址规划。"
        en "Keep exploitable technical documents out of public storage"
           "The operator shall not store technical documents an attacker could exploit, such as network topology diagrams, source code and IP address plans, in public storage such as code hosting platforms, document libraries or cloud drives.";
    // 10.2 攻击发现和阻断
    "10.2.a" Transcribed Technical Operator [P2] [ThreatIntelligence, Network]
        zh "分析攻击并制定应对方案"
           "运营者应研究网络攻击所用的手段和方法，就拒绝服务攻击及其他各类攻击分别采用相应的防护策略与技术措施，并形成总体的技术应对方案。"
        en "Analyse attacks and plan the technical response"
           "The operator shall analyse the methods and means of network attacks, take targeted protection policies and technical measures against denial-of-service and every other kind of attack, and draw up an overall technical response plan.";
    "10.2.b" Transcribed Technical Operator [P2] [Incidents, Network]
        zh "多道防线快速阻断攻击"
           "对监测到的攻击行为，运营者应分析其路线和目标，设置多层防线，综合运用干扰、捕获、加固、阻断、封控等技术措施，以切断攻击路径并迅速处置。"
        en "Block detected attacks with several lines of defense"
           "For attacks found by monitoring, the operator shall analyse the attack route and target, set up several lines of defense, and use technical means such as capture, disruption, blocking, containment and hardening to cut the attack path and deal with the attack quickly.";
    "10.2.c" Transcribed Technical Operator [P2, P3] [Incidents, ThreatIntelligence]
        zh "攻击溯源与攻击者画像"
           "运营者应及时追溯网络攻击的源头，对攻击者形成画像，为事件调查、案件侦查以及防护措施和策略的改进提供依据。"
        en "Trace attacks to their source and profile attackers"
           "The operator shall promptly trace network attacks to their source and profile the attackers, to support incident investigation, criminal case investigation and the improvement of protection policies and measures.";
    "10.2.d" Implied Technical Operator [P2] [Monitoring, Evaluation]
        zh "检验阻断措施有效性"
           "（推定）运营者应检验攻击发现与阻断措施的实际效果，并持续改进相关技术能力。"
        en "Check that attack discovery and blocking work"
           "(Inferred) The operator shall check that its attack discovery and blocking measures work and keep improving them.";
    // 10.3 攻防演练
    "10.3.a" Implied Management Operator [P1, P2] [Exercises]
        zh "定期开展攻防演练"
           "（推定）运营者应围绕关键业务定期组织攻防演练，检验安全防护能力。"
        en "Run attack-defense exercises regularly"
           "(Inferred) The operator shall regularly run attack-defense exercises around its critical business to test its protection.";
    "10.3.b" Transcribed Management Operator [P3] [Exercises, SupplyChain]
        zh "供应链单位纳入演练"
           "运营者应把与业务有关的单位列入攻防演练范围，包括关键信息基础设施的核心供应链以及上下游联系紧密的产业链单位。"
        en "Bring supply chain partners into exercises"
           "The operator shall bring business-related organisations, such as the CII's core supply chain and its closely linked upstream and downstream industry chain, into the scope of its exercises.";
    "10.3.c" Transcribed Management Operator [P2] [Exercises, Risk]
        zh "演练问题及时整改"
           "对攻防演练暴露的安全问题和风险，运营者应及时加以整改，并消除全局性、结构性的风险。"
        en "Fix what exercises reveal"
           "The operator shall promptly fix the security problems and risks that attack-defense exercises reveal, and remove structural and system-wide risks.";
    // 10.4 威胁情报
    "10.4.a" Transcribed Management Operator [P3] [ThreatIntelligence]
        zh "内部共享威胁情报"
           "运营者应在本单位及本部门范围内建立共享网络威胁情报的机制，联动上级和下级单位，对威胁情报进行搜集和加工，并开展共享与处置。"
        en "Share threat intelligence internally"
           "The operator shall set up a threat-intelligence sharing mechanism within its own department and organisation, working with superior and subordinate units to collect, process, share and act on threat intelligence.";
    "10.4.b" Transcribed Management Operator [P3] [ThreatIntelligence]
        zh "外部协同情报共享"
           "运营者应与外部建立协同共享网络威胁情报的机制，与权威的威胁情报机构联动配合，推动跨行业、跨领域的网络安全联合防控。"
        en "Share threat intelligence with outside bodies"
           "The operator shall set up an external, collaborative threat-intelligence sharing mechanism and work jointly with authoritative threat-intelligence bodies, to achieve joint cybersecurity defense and control across sectors and fields.";
    // 11.1 制度
    "11.1.a" Transcribed Management Operator [P2, P3] [Incidents, Policy]
        zh "事件管理制度与预案"
           "运营者应针对各类网络安全事件建立管理制度，规定事件如何分类分级以及不同类别、级别事件的处置流程，并编制应急预案等事件管理文件；处置制度应满足国家联防联控的相关要求，信息应及时共享给相关各方。"
        en "Incident management system and plans"
           "The operator shall establish an incident management system that sets the classification and grading of cybersecurity incidents and the handling process for each class and grade, and draw up emergency plans and other incident management documents; the handling rules shall meet the national joint-defense and joint-control requirements, and information shall be shared promptly with the parties concerned.";
    "11.1.b" Transcribed Management Operator [P1] [Incidents, Personnel]
        zh "应急队伍与资源保障"
           "运营者应为处置网络安全事件投入相应资源，组建专门的网络安全应急保障队伍及专家团队，确保安全事件及时、有效地得到处置。"
        en "Resources, emergency team and expert team"
           "The operator shall provide the resources incident handling needs and set up a dedicated cybersecurity emergency support team and an expert team, so that incidents are handled promptly and effectively.";
    "11.1.c" Transcribed Management Operator [P3] [Incidents, Exercises]
        zh "配合有关部门应急工作"
           "运营者应依规定参与有关部门组织的案件侦办、应急处置和应急演练等网络安全工作，并予以配合。"
        en "Cooperate with the authorities' emergency work"
           "The operator shall, as regulations require, take part in and cooperate with the cybersecurity emergency drills, emergency handling, case investigation and similar work run by the relevant authorities.";
    // 11.2 应急预案和演练
    "11.2.a" Transcribed Management Operator [P3] [Incidents, Policy]
        zh "制定事件应急预案"
           "运营者应以国家级网络安全应急预案为总体框架，结合地方和行业的特殊要求，编制本单位的应急预案，用于应对网络安全事件。"
        en "Draw up an incident emergency plan"
           "The operator shall draw up its cybersecurity incident emergency plan within the framework of the national cybersecurity incident emergency plan, taking account of the special requirements of its sector and locality.";
    "11.2.b" Transcribed Management Operator [P1] [Resilience, Incidents]
        zh "预案明确关键功能与恢复时限"
           "运营者的应急预案应写明：信息系统一旦中断、受损或发生故障，关键业务中必须维持的功能有哪些，遭受破坏后关键业务与全部业务分别恢复的时限；预案既应覆盖本组织自身的应急事件处理，也应覆盖涉及多个运营者的应急事件处理。"
        en "Plan names critical functions and restoration times"
           "The operator's emergency plan shall state which critical business functions must be maintained if information systems are interrupted, damaged or fail, and the time to restore critical business and to restore all business after damage; the plan shall cover the handling of emergencies within the organisation and of emergencies involving several operators.";
    "11.2.c" Implied Management Operator [P2] [Exercises, Incidents]
        zh "按预案开展应急演练"
           "（推定）运营者应依据应急预案组织开展应急演练，检验并完善预案。"
        en "Run emergency drills on the plan"
           "(Inferred) The operator shall run emergency drills based on its emergency plan, to test and improve the plan.";
    "11.2.d" Transcribed Management Operator [P1, P2] [Incidents, Resilience]
        zh "预案覆盖非常时期与大规模攻击"
           "运营者的应急预案应纳入非常规时期以及遭受大规模网络攻击等情形下的处置流程。"
        en "Plan covers abnormal periods and large-scale attacks"
           "The operator's emergency plan shall include handling procedures for abnormal periods, large-scale attacks and similar situations.";
    // 11.3.1 事件报告
    "11.3.1.a" Transcribed Management Operator [P1] [Reporting, Incidents]
        zh "事件上报与研判"
           "一旦出现可能对关键业务造成危害的安全事件，运营者应及时上报专门安全管理机构，组织研判，并形成事件报告。"
        en "Report incidents internally and analyse them"
           "When a security incident that may harm critical business occurs, the operator shall report it promptly to the security management organisation, organise an analysis and produce an incident report.";
    "11.3.1.b" Transcribed Management Operator [P3] [Reporting, SupplyChain]
        zh "向内部与供应链通报事件"
           "安全事件若可能危及关键业务，运营者应及时告知内部可能受波及的部门及人员，并按规定通报供应链上牵涉该事件的其他单位。"
        en "Notify affected staff and supply chain organisations"
           "The operator shall promptly notify the internal departments and staff that may be affected by a security incident that may harm critical business, and, as required, notify the other organisations in the supply chain that are connected with the incident.";
    // 11.3.2 事件处理和恢复
    "11.3.2.a" Transcribed Technical Operator [P1] [Incidents, Resilience]
        zh "按预案处置并恢复"
           "运营者应依据事件处置流程和应急预案处理事件，使信息系统和关键业务恢复到已知状态。"
        en "Handle incidents by plan and restore a known state"
           "The operator shall handle incidents according to the incident handling process and the emergency plan, and restore critical business and information systems to a known state.";
    "11.3.2.b" Transcribed Technical Operator [P2] [Incidents, Logging, Resilience]
        zh "先处置后调查并取证"
           "运营者应坚持应急处置在先、调查评估在后，事发后尽早取得证据，依要求对信息安全事件进行取证分析，并适当记录全部相关响应活动，便于事后分析；取证工作应同业务连续性的计划相衔接。"
        en "Contain first, investigate after, collect evidence"
           "The operator shall follow the rule of emergency handling first and investigation and evaluation afterwards: collect evidence as soon as possible after an incident, carry out information security forensic analysis as required, keep a proper record of every response activity for later analysis, and coordinate forensics with the business continuity plan.";
    "11.3.2.c" Implied Technical Operator [P1] [Incidents]
        zh "控制事件影响范围"
           "（推定）运营者应在事件处置过程中采取措施控制影响范围，防止危害扩大。"
        en "Limit the impact of incidents"
           "(Inferred) The operator shall take steps during incident handling to limit the incident's impact and stop the harm from spreading.";
    "11.3.2.d" Transcribed Management Operator [P2] [Incidents, Evaluation]
        zh "恢复后评估与防复发"
           "信息系统和关键业务恢复以后，运营者应评估其恢复情况，查明事件起因，通过相应措施避免其再次遭受破坏、危害或发生故障。"
        en "Evaluate recovery and prevent a repeat"
           "After critical business and information systems are restored, the operator shall evaluate the recovery, find the cause of the incident and take measures to stop them being damaged, harmed or failing again.";
    "11.3.2.e" Transcribed Management Operator [P3] [Incidents, Training]
        zh "内外协同与经验反馈"
           "处理事件时，运营者应协调外部相关组织及内部多个部门，以提升处理成效，并将所得经验教训融入培训、测试及事件响应规程，作出相应变更。"
        en "Coordinate handling and feed back lessons learned"
           "When handling incidents, the operator shall coordinate several internal departments and relevant outside organisations to handle them better, and feed the lessons learned into incident response procedures, training and testing, changing them accordingly.";
    // 11.3.3 事件通报
    "11.3.3" Transcribed Management Operator [P3] [Reporting, SupplyChain]
        zh "事件及处置情况通报"
           "运营者应及时把安全事件及处置情况通报给可能受到波及的部门及有关人员，并向供应链上牵涉该事件的其他单位提供事件信息，同时依照法律和政策规定向有关部门报告。"
        en "Notify incidents and report them to the authorities"
           "The operator shall promptly notify departments and people who may be affected of the incident and how it is being handled, give incident information to the other organisations in the supply chain connected with it, and report to the competent authorities as laws and policies require.";
    // 11.4 重新识别
    "11.4" Transcribed Management Operator [P2] [Risk, Business, Policy]
        zh "评估后重新识别并更新策略"
           "运营者应依据主动防御、监测预警和检测评估所揭示的安全隐患、已出现的安全事件及其处置结果，结合安全威胁与风险的变化进行评估，必要时对业务、资产、风险重新进行识别，同时对安全策略作出更新。"
        en "Reassess, re-identify and update the security policy"
           "The operator shall assess the hidden hazards found and the incidents that occurred in detection and evaluation, monitoring and early warning and active defense, together with how they were handled and how threats and risks have changed; where needed, it shall identify business, assets and risks again and update its security policy.";
}
