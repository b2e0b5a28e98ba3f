//! The 111 requirements of GB/T 39204-2022, one row each, in the standard's order.
//!
//! **Provenance.** Titles and statements are this project's own summaries in Chinese and
//! English, never the standard's wording. The lettering of the items under each
//! sub-clause was reconstructed and is to be checked against the official text. Principle
//! codes (P1–P3), topics, measure kinds and responsible parties are curated annotations.
//!
//! Row layout:
//! `"ID" Measure Party [principles] [topics] (obligations [..])? zh "title" "statement" en "title" "statement";`

use std::borrow::Cow;

use crate::model::{Measure, Obligation, Party, Principle, Requirement, Text, Topic};

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
        $id:literal $measure:ident $party:ident [$($p:ident),+] [$($t:ident),+]
        $(obligations [$($o:expr),+])?
        zh $zh_title:literal $zh_statement:literal
        en $en_title:literal $en_statement:literal;
    )+) => {
        const COUNT: usize = [$($id),+].len();

        /// The requirement rows.
        pub(super) static REQUIREMENTS: [Requirement; COUNT] = [$(
            Requirement {
                id: super::const_id($id),
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
        pub(super) static ID_TEXT: [&str; COUNT] = [$($id),+];
    };
}

requirements! {
    // ───────────────────────── 6 分析识别 Analysis and identification ─────────────────────────
    // 6.1 业务识别
    "6.1.a" Management Operator [P1] [Business]
        zh "识别关键业务及相关外部业务"
           "运营者应识别本单位的关键业务以及与之相关的外部业务，分析关键业务对外部业务的依赖程度，以及关键业务对外部业务的重要程度。"
        en "Identify critical business and related external business"
           "The operator shall identify its critical business and the external business connected to it, and analyse how far the critical business depends on that external business and how much it matters to it.";
    "6.1.b" Management Operator [P1] [Business, Assets]
        zh "梳理关键业务链"
           "运营者应梳理每项关键业务的关键业务链，明确支撑该业务的关键信息基础设施的分布位置和运营方式。"
        en "Map the critical business chain"
           "The operator shall map the critical business chain of each critical business and record where the supporting CII is located and how it is operated.";
    // 6.2 资产识别
    "6.2.a" Management Operator [P1] [Assets, Business]
        zh "建立关键业务链资产清单"
           "运营者应建立并维护关键业务链所涉及的网络、系统、服务及其他资源的资产清单。"
        en "Inventory the assets of the critical business chain"
           "The operator shall establish and maintain an inventory of the networks, systems, services and other resources that make up the critical business chain.";
    "6.2.b" Management Operator [P1, P2] [Assets, Risk]
        zh "按重要性识别资产并确定防护优先级"
           "运营者应按资产类别、资产重要性及其所支撑业务的重要性识别资产，并据此确定防护的优先顺序。"
        en "Rank assets and set protection priorities"
           "The operator shall classify assets by category, by their own importance and by the importance of the business they support, and set protection priorities accordingly.";
    "6.2.c" Management Operator [P1] [Assets, Data]
        zh "识别重要数据和个人信息"
           "运营者应识别关键业务链处理的重要数据和个人信息，建立并维护数据资产清单。"
        en "Identify important data and personal information"
           "The operator shall identify the important data and personal information processed along the critical business chain and keep a data inventory.";
    "6.2.d" Technical Operator [P2] [Assets, Change]
        zh "以技术手段动态更新资产清单"
           "运营者应采用资产发现等技术手段保持资产清单的准确性，并在资产发生变化时及时更新。"
        en "Keep the inventory current by technical means"
           "The operator shall keep the asset inventory accurate with technical means such as automated asset discovery, and update it whenever assets change.";
    // 6.3 风险识别
    "6.3.a" Management Operator [P1, P2] [Risk, Business]
        zh "识别关键业务链各环节的风险"
           "运营者应参照GB/T 20984，识别关键业务链各环节面临的威胁和存在的脆弱性，分析由此产生的风险，重点关注可能对关键业务造成重大影响的风险。"
        en "Identify risks along the critical business chain"
           "Following GB/T 20984, the operator shall identify threats and vulnerabilities at every link of the critical business chain and analyse the resulting risks, focusing on those that could seriously affect critical business.";
    "6.3.b" Management Operator [P2] [Risk]
        zh "记录风险并跟踪处置"
           "运营者应记录识别出的风险，制定风险处置计划，并跟踪处置措施直至落实。"
        en "Record risks and track their treatment"
           "The operator shall record the identified risks, draw up a treatment plan, and follow each treatment through to completion.";
    // 6.4 重大变更
    "6.4.a" Management Operator [P1, P2, P3] [Change, Assets, Reporting]
        zh "重大变更后重新识别并报告"
           "关键信息基础设施发生改建、扩建、所有人变更等重大变化时，运营者应重新开展业务、资产和风险识别，更新相关清单，并按规定向保护工作部门报告。"
        en "Re-identify and report after major change"
           "When the CII is rebuilt, expanded, changes owner or otherwise changes significantly, the operator shall redo business, asset and risk identification, update the inventories and report to the protection department as required.";

    // ───────────────────────── 7 安全防护 Security protection ─────────────────────────
    // 7.1 网络安全等级保护
    "7.1.a" Management Operator [P1] [Compliance]
        zh "落实网络安全等级保护制度"
           "运营者应对关键信息基础设施落实网络安全等级保护制度，完成定级备案、安全建设整改和等级测评，并在此基础上开展关键信息基础设施安全保护。"
        en "Implement the multi-level protection scheme"
           "The operator shall apply the multi-level protection scheme to the CII, covering grading and filing, security construction and rectification, and level evaluation, and build CII protection on top of it.";
    "7.1.b" Technical Operator [P1] [Compliance]
        obligations [Obligation::MlpsLevel { min_level: 3 }]
        zh "按不低于第三级要求保护"
           "运营者应按照不低于网络安全等级保护第三级的要求保护关键信息基础设施，并根据所用技术落实云计算、移动互联、物联网、工业控制、大数据等扩展要求。"
        en "Protect at MLPS level 3 or higher"
           "The operator shall protect the CII to no less than MLPS level 3 and apply the extension requirements (cloud, mobile, IoT, industrial control, big data) that match the technology it uses.";
    // 7.2 安全管理制度
    "7.2.a" Management PrincipalResponsiblePerson [P1] [Policy, Governance]
        zh "制定网络安全保护计划"
           "运营者应制定网络安全保护计划，明确管理、技术、运营和保障等方面的目标，并经主要负责人批准后实施。"
        en "Draw up a cybersecurity protection plan"
           "The operator shall draw up a cybersecurity protection plan with objectives for management, technology, operations and assurance, approved by the principal responsible person before it takes effect.";
    "7.2.b" Management Operator [P1] [Policy]
        zh "建立覆盖全部保护活动的管理制度"
           "运营者应建立覆盖各项安全保护活动的管理制度、操作规程和考核制度。"
        en "Establish policies for every protection activity"
           "The operator shall establish management rules, operating procedures and an appraisal system that together cover every protection activity.";
    "7.2.c" Management Operator [P2] [Policy]
        obligations [Obligation::PolicyReviewInterval { max_months: 12 }]
        zh "每年评审保护计划和管理制度"
           "运营者应至少每年评审一次网络安全保护计划和管理制度，并在业务、风险或法律法规发生变化时及时修订。"
        en "Review the plan and policies yearly"
           "The operator shall review the protection plan and the management policies at least once a year, and revise them whenever business, risk or the law changes.";
    "7.2.d" Management Operator [P1] [Policy]
        zh "规范制度的发布、版本和宣贯"
           "运营者应规范管理制度的发布和版本控制，并确保需要执行制度的人员知悉其内容。"
        en "Control how policies are issued and communicated"
           "The operator shall control the issue and versioning of policies and make sure the staff who must apply them know their content.";
    // 7.3 安全管理机构
    "7.3.a" Management PrincipalResponsiblePerson [P1] [Governance]
        zh "成立由主要负责人牵头的领导机构"
           "运营者应成立由主要负责人牵头的网络安全工作委员会或领导小组，主要负责人对关键信息基础设施安全保护负总责。"
        en "Set up a leadership body headed by the principal"
           "The operator shall set up a cybersecurity committee or leading group headed by its principal responsible person, who bears overall responsibility for CII protection.";
    "7.3.b" Management Operator [P1] [Governance]
        zh "设置专门安全管理机构"
           "运营者应设置专门安全管理机构，明确负责人，配备相应人员并保障经费。"
        en "Establish a dedicated security organisation"
           "The operator shall establish a dedicated security management organisation with a named head, adequate staff and a secured budget.";
    "7.3.c" Management Operator [P1] [Governance]
        zh "设立首席网络安全官"
           "运营者应从领导班子成员中指定首席网络安全官，专职负责关键信息基础设施安全保护工作。"
        en "Appoint a chief cybersecurity officer"
           "The operator shall name a member of its leadership team as Chief Cybersecurity Officer, in charge of CII protection.";
    "7.3.d" Management Operator [P1] [Governance]
        zh "明确每个设施的安全管理责任人"
           "运营者应为每个关键信息基础设施明确一名安全管理责任人。"
        en "Name a security responsible person for each CII"
           "The operator shall name a security management responsible person for each CII it operates.";
    "7.3.e" Management SecurityOrganisation [P1] [Governance]
        zh "安全管理机构参与信息化决策"
           "专门安全管理机构应参与本单位与网络安全和信息化有关的决策。"
        en "Security organisation takes part in IT decisions"
           "The dedicated security management organisation shall take part in the operator's decisions on cybersecurity and information technology.";
    "7.3.f" Management Operator [P1, P2] [Governance]
        zh "建立考核、监督和问责机制"
           "运营者应建立网络安全考核、监督和问责机制，定期考核责任落实情况，对失职行为追究责任。"
        en "Appraise, supervise and hold to account"
           "The operator shall set up a mechanism that regularly appraises how cybersecurity duties are carried out, supervises them and holds people to account for failures.";
    // 7.4 安全管理人员
    "7.4.a" Management SecurityOrganisation [P1] [Personnel]
        zh "对关键岗位人员开展安全背景审查"
           "运营者应在任用前对专门安全管理机构负责人和关键岗位人员进行安全背景审查，并在其情况发生变化时重新审查。"
        en "Vet the security head and key staff"
           "The operator shall conduct a security background review of the security organisation's head and of key-position staff before appointment, and again when their circumstances change.";
    "7.4.b" Management Operator [P1] [Personnel]
        obligations [Obligation::KeyDutyStaffing { min_people: 2 }]
        zh "关键岗位专人负责并配备多人"
           "运营者应由专人担任关键岗位，每个关键岗位职责至少配备两人，并落实职责分离。"
        en "Staff each key duty with at least two people"
           "The operator shall assign key positions to designated people, staff each key duty with at least two people, and separate incompatible duties.";
    "7.4.c" Management Operator [P2] [Personnel, Training]
        obligations [Obligation::TrainingHours { min_hours_per_person_year: 30 }]
        zh "每人每年不少于30学时的安全培训"
           "运营者应组织网络安全教育培训，每人每年不少于30学时，并保存培训记录。"
        en "Provide at least 30 hours of security training per person a year"
           "The operator shall provide cybersecurity education and training of no less than 30 class hours per person per year, and keep training records.";
    "7.4.d" Management Operator [P2] [Personnel, Training]
        zh "定期考核技术人员技能"
           "运营者应定期对网络安全技术人员进行技能考核。"
        en "Assess technical staff skills regularly"
           "The operator shall assess the skills of its cybersecurity technical staff at regular intervals.";
    "7.4.e" Management Operator [P1] [Personnel, AccessControl]
        zh "人员离岗调岗时的安全管理"
           "人员离岗或调岗时，运营者应及时收回其访问权限和相关资产，并确认其保密义务。"
        en "Revoke access on departure or transfer"
           "When staff leave or change jobs, the operator shall promptly revoke their access, recover assets in their hands and confirm their confidentiality obligations.";
    // 7.5 安全通信网络
    "7.5.a" Technical Operator [P1] [Network]
        zh "按业务重要性划分网络区域"
           "运营者应按业务重要性划分网络安全区域，将关键信息基础设施与其他网络隔离，并控制区域之间的流量。"
        en "Zone the network by business importance"
           "The operator shall divide the network into security zones by business importance, isolate the CII from other networks and control traffic between zones.";
    "7.5.b" Technical Operator [P1, P2] [Network, Risk]
        zh "外部互联须经评估并设边界防护"
           "与外部网络或其他运营者的关键信息基础设施互联前，运营者应开展风险评估，并部署边界防护，只允许必要的流量通过。"
        en "Assess and guard every external interconnection"
           "Before interconnecting with external networks or another operator's CII, the operator shall assess the risk and deploy boundary protection that lets through only the traffic needed.";
    "7.5.c" Technical Operator [P1] [Network, Resilience]
        zh "关键线路和设备冗余"
           "运营者应对通信线路和关键网络设备做冗余配置，保障关键业务带宽，避免单点故障。"
        en "Provide redundant lines and key devices"
           "The operator shall make communication lines and key network devices redundant, guarantee bandwidth for critical business and avoid single points of failure.";
    "7.5.d" Technical Operator [P1] [Network, Cryptography, Data]
        zh "以密码技术保护传输中的重要数据"
           "运营者应采用商用密码技术保护重要数据在传输过程中的完整性和保密性。"
        en "Protect important data in transit with cryptography"
           "The operator shall use commercial cryptography to protect the integrity and confidentiality of important data in transit.";
    "7.5.e" Technical Operator [P2] [Network, Operations, AccessControl]
        zh "严格限制远程运维"
           "运营者应限制远程运维；确需远程运维的，应通过安全通道进行，采用强身份鉴别并全程审计。"
        en "Restrict remote maintenance"
           "The operator shall restrict remote operations and maintenance; where it is unavoidable, it shall run over a secure channel with strong authentication and full audit.";
    "7.5.f" Technical Operator [P2] [Network, Monitoring]
        zh "发现并阻断非授权连接"
           "运营者应能发现并阻断非法外联、非授权设备接入和不受控的无线接入等非授权连接。"
        en "Detect and block unauthorised connections"
           "The operator shall be able to detect and block unauthorised connections, including illegal outbound links, rogue devices and uncontrolled wireless access.";
    // 7.6 安全计算环境
    "7.6.a" Technical Operator [P1] [Computing, AccessControl]
        zh "身份鉴别与多因素认证"
           "运营者应为用户分配唯一账户并使用强口令等强凭据，对管理员和重要操作采用多因素认证。"
        en "Authenticate users, with multi-factor for admins"
           "The operator shall give every user a unique account with strong credentials, and require multi-factor authentication for administrators and important operations.";
    "7.6.b" Technical Operator [P1] [Computing, AccessControl]
        zh "最小权限访问控制和三权分立"
           "运营者应按最小权限原则实施访问控制，并分设系统管理员、审计管理员和安全管理员。"
        en "Enforce least privilege and separate admin roles"
           "The operator shall enforce access control by least privilege and keep the system, audit and security administrator roles separate.";
    "7.6.c" Technical Operator [P2] [Computing, Logging]
        obligations [Obligation::LogRetention { min_months: 6 }]
        zh "安全审计并留存网络日志不少于六个月"
           "运营者应对用户行为和重要安全事件进行审计，保护审计记录不被篡改，网络日志留存不少于六个月。"
        en "Audit events and keep network logs for six months"
           "The operator shall audit user activity and important security events, protect the audit records from tampering, and keep network logs for at least six months.";
    "7.6.d" Technical Operator [P2] [Computing]
        zh "安全加固和配置基线"
           "运营者应按安全配置基线对系统进行加固，关闭不必要的服务和端口。"
        en "Harden systems to a secure baseline"
           "The operator shall harden systems to secure configuration baselines and close services and ports that are not needed.";
    "7.6.e" Technical Operator [P2] [Computing, Risk]
        zh "漏洞和补丁管理"
           "运营者应及时发现漏洞，对高风险漏洞在测试验证后及时修补。"
        en "Manage vulnerabilities and patches"
           "The operator shall find vulnerabilities promptly and fix high-risk ones without delay once the fix has been tested.";
    "7.6.f" Technical Operator [P2] [Computing, Monitoring]
        zh "恶意代码防范和主机入侵防范"
           "运营者应部署恶意代码防范和主机入侵防范措施，并保持其规则和特征库更新。"
        en "Prevent malicious code and host intrusion"
           "The operator shall deploy malicious code prevention and host intrusion prevention and keep their rules and signatures up to date.";
    "7.6.g" Technical Operator [P1] [Computing]
        zh "可信验证"
           "运营者应基于可信根对系统引导程序和关键应用程序进行可信验证，发现异常时告警。"
        en "Verify boot and key software against a root of trust"
           "The operator shall verify the boot chain and key application software against a root of trust and raise an alert when verification fails.";
    "7.6.h" Technical Operator [P1] [Computing, Data, Cryptography]
        zh "存储数据保护和剩余信息保护"
           "运营者应采用密码技术保护重要数据在存储中的完整性和保密性，并确保存储空间释放或重新分配前剩余信息被彻底清除。"
        en "Protect stored data and clear residual information"
           "The operator shall protect the integrity and confidentiality of important data at rest with cryptography, and clear residual information before storage is released or reallocated.";
    // 7.7 安全建设管理
    "7.7.a" Management Operator [P1] [Development]
        zh "安全措施同步规划、建设、使用"
           "运营者应确保安全保护措施与关键信息基础设施同步规划、同步建设、同步使用。"
        en "Build security in step with the CII"
           "The operator shall plan, build and put into use security measures at the same time as the CII itself.";
    "7.7.b" Management Operator [P1] [Development]
        zh "安全架构和建设方案经专家评审"
           "运营者应在建设前设计安全架构和建设方案，并组织专家评审。"
        en "Design and review the security architecture first"
           "The operator shall design the security architecture and construction plan before building, and have them reviewed by experts.";
    "7.7.c" Technical Operator [P2] [Development]
        zh "自行开发软件的安全开发"
           "自行开发软件时，运营者应遵循安全编码规范，并对源代码进行安全测试。"
        en "Develop in-house software securely"
           "For software it develops itself, the operator shall follow secure coding rules and security-test the source code.";
    "7.7.d" Management Operator [P2] [Development, SupplyChain]
        zh "外包开发的安全约束"
           "外包开发时，运营者应在合同中约定安全要求，检测软件中可能存在的后门和恶意代码，并要求提供源代码或进行源代码托管。"
        en "Bind outsourced development by security terms"
           "For outsourced development, the operator shall set security terms in the contract, check the software for backdoors and malicious code, and obtain the source code or place it in escrow.";
    "7.7.e" Technical Operator [P2] [Development, Evaluation]
        zh "上线前安全测试和验收"
           "系统上线前，运营者应进行安全测试和验收，发现的问题整改后方可上线。"
        en "Security-test and accept before go-live"
           "Before a system goes live, the operator shall run security testing and acceptance, and fix the findings first.";
    "7.7.f" Management Operator [P1] [Development, SupplyChain]
        zh "使用经认证或检测的关键设备和专用产品"
           "运营者应采用通过安全认证或安全检测的网络关键设备和网络安全专用产品。"
        en "Use certified critical equipment and security products"
           "The operator shall use critical network equipment and dedicated cybersecurity products that have passed security certification or testing.";
    // 7.8 安全运维管理
    "7.8.a" Management Operator [P1] [Operations]
        obligations [Obligation::OnshoreOperations]
        zh "运维在境内实施"
           "运营者应在境内实施运维操作；确需境外运维的，应符合国家有关规定。"
        en "Perform operations and maintenance onshore"
           "The operator shall perform operations and maintenance inside the country; maintenance from abroad is allowed only as national rules permit.";
    "7.8.b" Technical Operator [P2] [Operations, AccessControl]
        zh "运维工具审核和集中管控"
           "运营者应对运维工具进行安全审核并集中管控（如通过堡垒机），禁止使用未经批准的工具。"
        en "Vet and centrally control maintenance tools"
           "The operator shall vet maintenance tools and control them centrally, for example through a bastion host, and forbid tools that are not approved.";
    "7.8.c" Technical Operator [P2] [Operations, AccessControl, Logging]
        zh "运维账户审批和操作审计"
           "运营者应对运维账户进行审批授权并遵循最小权限，记录并审计所有运维操作。"
        en "Approve maintenance accounts and audit every action"
           "The operator shall authorise maintenance accounts through approval with least privilege, and record and audit every maintenance operation.";
    "7.8.d" Management Operator [P2] [Operations, Change]
        zh "变更管理"
           "运营者应对变更进行评估、审批和测试，并准备回退方案。"
        en "Manage changes"
           "The operator shall assess, approve and test every change and keep a rollback plan ready.";
    "7.8.e" Management Operator [P1] [Operations, Assets]
        zh "配置管理"
           "运营者应实施配置管理，维护资产清单和配置基线并保持其与实际一致。"
        en "Manage configurations"
           "The operator shall manage configurations and keep the asset inventory and configuration baselines in line with reality.";
    "7.8.f" Technical Operator [P1] [Operations, Resilience, Data]
        zh "备份恢复并定期演练恢复"
           "运营者应对系统和重要数据进行备份，并定期开展恢复测试。"
        en "Back up and test restores regularly"
           "The operator shall back up systems and important data and test restoring them at regular intervals.";
    "7.8.g" Management Operator [P1] [Operations, Data]
        zh "介质和设备管理"
           "运营者应管理介质和设备的维护、带出、数据清除和报废处置。"
        en "Manage media and equipment"
           "The operator shall control the maintenance, removal from site, sanitisation and disposal of media and equipment.";
    // 7.9 供应链安全保护
    "7.9.a" Management Operator [P1] [SupplyChain, Policy]
        zh "制定供应链安全管理策略和制度"
           "运营者应制定供应链安全管理策略和管理制度。"
        en "Set a supply chain security strategy and rules"
           "The operator shall set a supply chain security management strategy and the rules that implement it.";
    "7.9.b" Management Operator [P1, P3] [SupplyChain, Compliance]
        zh "优先采购安全可信产品并通过网络安全审查"
           "运营者应优先采购安全可信的网络产品和服务；采购可能影响国家安全的网络产品和服务的，应通过网络安全审查。"
        en "Prefer trustworthy products; pass cybersecurity review"
           "The operator shall prefer secure and trustworthy network products and services, and have any purchase that may affect national security pass the cybersecurity review.";
    "7.9.c" Management Operator [P3] [SupplyChain]
        zh "与提供者签订安全保密协议"
           "运营者应与网络产品和服务提供者签订安全保密协议，明确其责任和义务。"
        en "Sign security and confidentiality agreements with providers"
           "The operator shall sign security and confidentiality agreements with providers of network products and services that state their responsibilities and obligations.";
    "7.9.d" Management Operator [P2] [SupplyChain, Risk]
        zh "评估选择供应商并持续监督"
           "运营者应依据安全能力评估和选择供应商，并对其进行持续监督和复评。"
        en "Select suppliers by security capability and review them"
           "The operator shall assess and select suppliers on their security capability and keep them under ongoing review.";
    "7.9.e" Management Operator [P1] [SupplyChain, Resilience]
        zh "保障供应连续性"
           "运营者应识别供应中断风险，准备备用供应来源和应对预案，保障关键产品和服务持续供应。"
        en "Ensure continuity of supply"
           "The operator shall identify the risk of supply interruption and keep alternative sources and plans ready so that critical products and services stay available.";
    "7.9.f" Technical Operator [P2] [SupplyChain, AccessControl, Logging]
        zh "限制并审计供应商访问"
           "运营者应限制供应商对系统和数据的访问，经审批后方可访问，并对访问过程进行审计。"
        en "Restrict, approve and audit supplier access"
           "The operator shall restrict supplier access to systems and data, allow it only after approval, and audit it.";
    "7.9.g" Technical Operator [P2] [SupplyChain, Change]
        zh "跟踪供应产品来源、组件和更新"
           "运营者应掌握所供应产品的来源、组件和安全更新情况，确保交付和升级渠道安全。"
        en "Track product provenance, components and updates"
           "The operator shall track the provenance, components and security updates of supplied products and keep delivery and upgrade channels secure.";
    // 7.10 数据安全防护
    "7.10.a" Management Operator [P1] [Data, Governance]
        zh "明确数据安全管理责任和考核"
           "运营者应明确数据安全管理责任，并建立相应的考核制度。"
        en "Assign data security responsibilities"
           "The operator shall assign responsibilities for data security management and set up an appraisal system for them.";
    "7.10.b" Management Operator [P1, P2] [Data]
        zh "数据分类分级并重点保护重要数据"
           "运营者应对数据进行分类分级，对重要数据采取更严格的保护措施。"
        en "Classify and grade data; protect important data more"
           "The operator shall classify and grade its data and apply stronger protection to important data.";
    "7.10.c" Management Operator [P1] [Data, Compliance]
        obligations [Obligation::OnshoreDataStorage]
        zh "个人信息和重要数据境内存储"
           "运营者在境内收集和产生的个人信息和重要数据应在境内存储；确需向境外提供的，应先通过数据出境安全评估。"
        en "Store personal information and important data onshore"
           "The operator shall store inside the country the personal information and important data it collects or produces there, and provide such data abroad only after passing the cross-border security assessment.";
    "7.10.d" Technical Operator [P1] [Data]
        zh "数据全生命周期安全保护"
           "运营者应在数据收集、存储、使用、加工、传输、提供和公开等各环节落实安全保护措施。"
        en "Protect data across its life cycle"
           "The operator shall protect data at every stage of its life cycle: collection, storage, use, processing, transmission, provision and disclosure.";
    "7.10.e" Technical Operator [P1] [Data, Resilience]
        zh "重要系统和数据库容灾备份"
           "运营者应对重要系统和数据库进行容灾备份，包括异地备份。"
        en "Keep disaster-recovery backups of key systems and databases"
           "The operator shall keep disaster-recovery backups of important systems and databases, including copies at a separate site.";
    "7.10.f" Technical Operator [P1] [Data]
        zh "数据删除销毁和介质清除"
           "数据使用结束后，运营者应按规定删除、销毁数据，并对存储介质进行安全清除。"
        en "Delete and destroy data securely at end of use"
           "At the end of use, the operator shall delete or destroy data as required and sanitise the storage media.";
    "7.10.g" Technical Operator [P2] [Data, Monitoring, Incidents]
        zh "监测数据泄露并处置数据安全事件"
           "运营者应监测数据泄露和异常数据流动，并及时处置数据安全事件。"
        en "Monitor for data leaks and handle data incidents"
           "The operator shall monitor for data leaks and abnormal data flows and handle data security incidents promptly.";

    // ───────────────────────── 8 检测评估 Detection and evaluation ─────────────────────────
    // 8.1 制度
    "8.1.a" Management Operator [P2] [Evaluation, Policy]
        zh "建立检测评估制度"
           "运营者应建立检测评估制度，明确检测评估的流程、方法、周期、人员和经费。"
        en "Establish a testing and evaluation system"
           "The operator shall establish a testing and evaluation system that sets out the process, methods, period, people and budget.";
    "8.1.b" Management Operator [P2] [Evaluation, Risk]
        obligations [Obligation::EvaluationInterval { max_months: 12 }]
        zh "每年至少一次检测评估"
           "运营者应自行或委托网络安全服务机构，每年至少对关键信息基础设施开展一次网络安全检测和风险评估。"
        en "Test and evaluate at least once a year"
           "The operator shall, by itself or through an entrusted cybersecurity service organisation, test the CII and evaluate its risks at least once a year.";
    "8.1.c" Management Operator [P2] [Evaluation, Change, Incidents]
        zh "重大变更或重大事件后专项评估"
           "关键信息基础设施发生重大变更或重大安全事件后，运营者应及时开展专项检测评估。"
        en "Evaluate again after major change or incident"
           "After a major change or a major security incident, the operator shall run an additional testing and evaluation without delay.";
    // 8.2 内容
    "8.2.a" Management Operator [P2] [Evaluation, Compliance]
        zh "评估合规落实情况"
           "检测评估应涵盖法律法规、政策要求和网络安全保护计划的落实情况。"
        en "Evaluate compliance"
           "Testing and evaluation shall cover how laws, regulations, policy requirements and the protection plan are being implemented.";
    "8.2.b" Technical Operator [P2] [Evaluation]
        zh "评估技术防护有效性"
           "检测评估应通过漏洞扫描、渗透测试等方式检验技术防护措施的有效性。"
        en "Evaluate technical protection by scanning and penetration tests"
           "Testing and evaluation shall check how effective technical protection is, using vulnerability scanning, penetration testing and similar methods.";
    "8.2.c" Management Operator [P2] [Evaluation, SupplyChain, Data]
        zh "评估供应链安全和数据安全"
           "检测评估应涵盖供应链安全和数据安全，包括数据出境安全。"
        en "Evaluate supply chain and data security"
           "Testing and evaluation shall cover supply chain security and data security, including cross-border data transfer.";
    "8.2.d" Management Operator [P1, P2] [Evaluation, Business, Risk]
        zh "评估关键业务链风险"
           "检测评估应分析关键业务链面临的风险及其可能引发的安全事件。"
        en "Evaluate critical business chain risks"
           "Testing and evaluation shall analyse the risks to the critical business chain and the incidents they could cause.";
    // 8.3 实施
    "8.3.a" Management Operator [P2] [Evaluation, Risk]
        zh "整改检测评估发现的问题"
           "运营者应对检测评估发现的问题制定整改措施，并跟踪至整改完成。"
        en "Fix evaluation findings and track them to closure"
           "The operator shall plan remediation for every finding of testing and evaluation and track it until it is closed.";
    "8.3.b" Management Operator [P3] [Evaluation, Reporting]
        zh "向保护工作部门报送评估结果"
           "运营者应按要求将检测评估结果和整改情况报送保护工作部门。"
        en "Report results to the protection department"
           "The operator shall report evaluation results and remediation progress to the protection department as required.";
    "8.3.c" Management Operator [P3] [Evaluation, Compliance]
        zh "配合主管部门的检查"
           "运营者应配合保护工作部门和公安机关开展的安全检查和检测。"
        en "Cooperate with official checks"
           "The operator shall cooperate with security checks and testing carried out by the protection department and the public security authorities.";

    // ───────────────────────── 9 监测预警 Monitoring and early warning ─────────────────────────
    // 9.1 制度
    "9.1.a" Management Operator [P2, P3] [Monitoring, Policy, Reporting]
        zh "建立监测预警和信息通报制度"
           "运营者应建立网络安全监测预警和信息通报制度。"
        en "Establish a monitoring, warning and reporting system"
           "The operator shall establish a system for cybersecurity monitoring, early warning and information reporting.";
    "9.1.b" Management Operator [P2] [Monitoring, Policy]
        zh "制定监测策略"
           "运营者应制定监测策略，明确监测对象、内容、频次和职责。"
        en "Define a monitoring strategy"
           "The operator shall define a monitoring strategy that states what is monitored, what is looked for, how often and by whom.";
    "9.1.c" Management Operator [P3] [Reporting]
        zh "接入行业和国家的信息共享通报机制"
           "运营者应接入本行业、本领域和国家的网络安全信息共享和通报机制，并指定联络人。"
        en "Join sector and national sharing and reporting channels"
           "The operator shall join its sector's and the state's cybersecurity information-sharing and reporting mechanisms and name a contact person.";
    // 9.2 监测
    "9.2.a" Technical Operator [P2] [Monitoring, Network]
        zh "监测攻击、恶意代码和异常行为"
           "运营者应在网络边界、关键节点、主机和应用上监测网络攻击、恶意代码和异常行为，形成安全态势感知能力。"
        en "Monitor for attacks, malicious code and anomalies"
           "The operator shall monitor network boundaries, key nodes, hosts and applications for attacks, malicious code and anomalies, building situational awareness.";
    "9.2.b" Technical Operator [P1, P2] [Monitoring, Business]
        zh "监测关键业务链运行状态"
           "运营者应监测关键业务链的运行状态和可用性。"
        en "Monitor the critical business chain's health"
           "The operator shall monitor the running state and availability of the critical business chain.";
    "9.2.c" Technical Operator [P2] [Monitoring, Logging]
        zh "集中采集和关联分析日志告警"
           "运营者应集中采集网络日志和安全告警，并进行关联分析。"
        en "Collect and correlate logs and alerts centrally"
           "The operator shall collect logs and security alerts centrally and correlate them.";
    "9.2.d" Technical Operator [P2] [Monitoring, Risk]
        zh "分析监测数据研判威胁"
           "运营者应分析监测数据，识别威胁、攻击路径和受影响的资产。"
        en "Analyse monitoring data for threats"
           "The operator shall analyse monitoring data to identify threats, attack paths and the assets affected.";
    "9.2.e" Technical Operator [P2] [Monitoring, Data]
        zh "监测数据流动和敏感信息泄露"
           "运营者应监测数据流动情况，及时发现敏感信息泄露。"
        en "Monitor data flows and sensitive information leaks"
           "The operator shall monitor data flows and detect leaks of sensitive information promptly.";
    // 9.3 预警
    "9.3.a" Management Operator [P2] [Monitoring, Incidents]
        zh "分级预警并启动相应响应"
           "运营者应对预警信息分级，并在内部启动与级别相应的响应措施。"
        en "Grade warnings and respond accordingly"
           "The operator shall grade warnings and start the internal response that matches each grade.";
    "9.3.b" Management Operator [P3] [Reporting, Monitoring]
        zh "接收并处置主管部门的预警"
           "运营者应接收保护工作部门等有关部门发布的预警信息，并及时采取应对措施。"
        en "Act on warnings from the authorities"
           "The operator shall receive warnings issued by the protection department and other authorities and act on them promptly.";
    "9.3.c" Management Operator [P3] [Reporting]
        zh "及时报告重大网络安全威胁"
           "发现重大网络安全威胁时，运营者应及时向保护工作部门和公安机关报告。"
        en "Report major threats promptly"
           "When it finds a major cybersecurity threat, the operator shall report it promptly to the protection department and the public security authorities.";

    // ───────────────────────── 10 主动防御 Active defense ─────────────────────────
    // 10.1 收敛暴露面
    "10.1.a" Technical Operator [P2] [Exposure, Network]
        zh "识别并收敛互联网暴露资产"
           "运营者应识别面向互联网的资产、端口、服务和接口，关闭不必要的暴露，减少暴露面。"
        en "Find and shrink Internet-facing exposure"
           "The operator shall find its Internet-facing assets, ports, services and interfaces and close whatever is not needed.";
    "10.1.b" Management Operator [P2] [Exposure, Data]
        zh "减少公开暴露的敏感信息"
           "运营者应减少在公开渠道暴露的组织架构、人员、网络结构、账户和代码等敏感信息。"
        en "Reduce sensitive information exposed in public"
           "The operator shall reduce sensitive information exposed through public channels, such as organisation, staff, network architecture, accounts and code.";
    "10.1.c" Technical Operator [P2] [Exposure, Assets]
        zh "定期检查暴露面"
           "运营者应定期检查暴露面，包括未知资产、默认口令以及网络区域之间的横向暴露。"
        en "Check the exposure surface regularly"
           "The operator shall check its exposure surface regularly, including unknown assets, default credentials and lateral exposure between network zones.";
    // 10.2 攻击发现和阻断
    "10.2.a" Technical Operator [P2] [Monitoring, ThreatIntelligence]
        zh "研究攻击手法并部署诱捕等发现手段"
           "运营者应研究攻击手法，部署诱捕、捕获等技术手段，尽早发现网络攻击。"
        en "Study attacks and deploy deception to find them early"
           "The operator shall study attack methods and deploy deception and capture techniques to find attacks early.";
    "10.2.b" Technical Operator [P2, P3] [Incidents, Monitoring]
        zh "阻断攻击、溯源并保全证据"
           "运营者应及时阻断或干扰攻击，追溯攻击来源，并保存相关证据。"
        en "Block attacks, trace the source, keep evidence"
           "The operator shall block or disrupt attacks promptly, trace where they come from and preserve the evidence.";
    "10.2.c" Management Operator [P2] [Risk, Incidents]
        zh "根据攻击情况调整防护策略"
           "运营者应根据攻击暴露出的问题调整安全防护策略。"
        en "Adjust protection from what attacks reveal"
           "The operator shall adjust its protection strategy based on what attacks reveal.";
    // 10.3 攻防演练
    "10.3.a" Management Operator [P2] [Exercises]
        zh "定期开展攻防演练"
           "运营者应定期针对关键信息基础设施开展贴近实战的攻防演练。"
        en "Run realistic attack-defense exercises regularly"
           "The operator shall regularly run realistic attack-defense exercises against its CII.";
    "10.3.b" Management Operator [P3] [Exercises]
        zh "参加主管部门组织的演练"
           "运营者应参加保护工作部门或国家组织的攻防演练。"
        en "Take part in exercises organised by the authorities"
           "The operator shall take part in attack-defense exercises organised by the protection department or the state.";
    "10.3.c" Management Operator [P2] [Exercises, Risk]
        zh "整改演练暴露的问题"
           "运营者应对攻防演练暴露的薄弱环节进行整改。"
        en "Fix the weaknesses exercises expose"
           "The operator shall remediate the weaknesses that exercises expose.";
    // 10.4 威胁情报
    "10.4.a" Technical Operator [P2] [ThreatIntelligence]
        zh "收集分析和运用威胁情报"
           "运营者应收集、分析威胁情报，并用于改进检测和防御能力。"
        en "Collect, analyse and use threat intelligence"
           "The operator shall collect and analyse threat intelligence and use it to improve detection and defense.";
    "10.4.b" Management Operator [P3] [ThreatIntelligence, Reporting]
        zh "与主管部门和行业共享威胁情报"
           "运营者应与保护工作部门和行业伙伴共享威胁情报。"
        en "Share threat intelligence with authorities and peers"
           "The operator shall share threat intelligence with the protection department and partners in its sector.";

    // ───────────────────────── 11 事件处置 Incident handling ─────────────────────────
    // 11.1 制度
    "11.1.a" Management Operator [P2] [Incidents, Policy]
        zh "建立安全事件管理制度"
           "运营者应建立网络安全事件管理制度，明确事件分类分级、报告流程和职责分工。"
        en "Establish an incident management system"
           "The operator shall establish an incident management system that sets out incident classification and grading, reporting and roles.";
    "11.1.b" Management Operator [P1, P3] [Incidents, Policy]
        zh "制定并更新应急预案"
           "运营者应制定与国家和行业应急预案相衔接的网络安全事件应急预案，并保持更新。"
        en "Keep emergency response plans aligned and current"
           "The operator shall draw up emergency response plans consistent with the national and sector plans and keep them up to date.";
    "11.1.c" Management Operator [P1] [Incidents, Personnel]
        zh "组建应急响应队伍"
           "运营者应组建应急响应队伍，并为其提供必要的技术支撑和资源保障。"
        en "Form an emergency response team"
           "The operator shall form an emergency response team and give it the technical support and resources it needs.";
    // 11.2 应急演练
    "11.2.a" Management Operator [P1, P2] [Exercises, Incidents, Business]
        obligations [Obligation::DrillInterval { max_months: 12 }]
        zh "每年至少一次关键业务应急演练"
           "运营者应每年至少针对关键业务开展一次应急演练。"
        en "Drill emergency response for critical business yearly"
           "The operator shall run an emergency drill on its critical business at least once a year.";
    "11.2.b" Management Operator [P3] [Exercises, Incidents]
        zh "参加跨单位跨行业应急演练"
           "运营者应参加保护工作部门组织的跨单位、跨行业应急演练。"
        en "Join cross-organisation and cross-sector drills"
           "The operator shall take part in cross-organisation and cross-sector drills organised by the protection department.";
    "11.2.c" Management Operator [P2] [Exercises, Incidents]
        zh "评估演练并完善预案"
           "运营者应对应急演练进行评估，并据此完善应急预案。"
        en "Evaluate drills and improve the plans"
           "The operator shall evaluate each drill and improve the emergency plans from what it shows.";
    // 11.3 响应和处置
    "11.3.a" Management Operator [P3] [Incidents, Reporting]
        zh "按规定报告重大安全事件"
           "发生重大网络安全事件或发现重大网络安全威胁时，运营者应按规定向保护工作部门和公安机关报告。"
        en "Report major incidents as required"
           "When a major cybersecurity incident occurs or a major threat is found, the operator shall report it to the protection department and the public security authorities as the regulations require.";
    "11.3.b" Technical Operator [P1] [Incidents]
        zh "控制事态、消除影响并保全证据"
           "运营者应及时控制事件、清除威胁、防止扩散，并保全证据。"
        en "Contain and eradicate, preserving evidence"
           "The operator shall contain the incident, eradicate the threat, stop it from spreading and preserve the evidence.";
    "11.3.c" Technical Operator [P1] [Incidents, Resilience, Business]
        zh "恢复受损功能保障关键业务"
           "运营者应尽快恢复受损的功能和服务，保障关键业务持续运行。"
        en "Restore services and keep critical business running"
           "The operator shall restore damaged functions and services as fast as possible and keep critical business running.";
    "11.3.d" Management Operator [P2] [Incidents, Risk]
        zh "调查根因并总结经验"
           "事件处置后，运营者应调查事件原因，查明根本原因，并记录经验教训。"
        en "Investigate root causes and record lessons"
           "After an incident, the operator shall investigate it, establish its root cause and record the lessons learned.";
    // 11.4 重新识别
    "11.4.a" Management Operator [P1, P2] [Incidents, Assets, Risk]
        zh "事件后重新识别业务、资产和风险"
           "安全事件处置后，运营者应重新识别受影响的业务、资产和风险，并更新相关清单。"
        en "Re-identify business, assets and risks after incidents"
           "After an incident, the operator shall identify the affected business, assets and risks again and update the inventories.";
    "11.4.b" Management Operator [P2] [Incidents, Policy, Risk]
        zh "据此调整防护措施和保护计划"
           "运营者应根据重新识别的结果调整安全防护措施和网络安全保护计划。"
        en "Adjust protection and the plan from the result"
           "The operator shall adjust its protection measures and the cybersecurity protection plan according to the result of re-identification.";
}
