//! GB/T 22239-2019 (MLPS 2.0), clause 8.1: the level-3 general requirements — 10 categories and 71 control points.
//!
//! The control catalog and the curated mapping set from GB/T 39204-2022, one row per
//! line. Titles and rationales are this project's own words; the set is **curated by
//! this project, not official**. See [`super`] for the row layout.

use std::borrow::Cow;

use crate::mapping::{Framework, MappingSet, Provenance};
use crate::model::Text;

/// The framework and its controls.
#[rustfmt::skip]
pub(crate) static FRAMEWORK: Framework = Framework {
    id: Cow::Borrowed("mlps-2019-l3"),
    name: Text::new("信息安全技术 网络安全等级保护基本要求（第三级安全通用要求）", "Baseline for classified protection of cybersecurity (MLPS 2.0), level 3 general requirements"),
    version: Cow::Borrowed("GB/T 22239-2019"),
    publisher: Text::new("国家市场监督管理总局、国家标准化管理委员会", "SAMR and SAC (China)"),
    controls: Cow::Borrowed(&[
    // GB/T 22239-2019 (MLPS 2.0), clause 8.1: level-3 general security requirements.
    // 10 categories (parent "") and 71 control points (parent = category).
    // Chinese titles follow the standard's short control-point headings; English titles are our own.
    c!("8.1.1", "", "Physical environment security", "安全物理环境"),
    c!("8.1.1.1", "8.1.1", "Choosing a suitable physical site", "物理位置选择"),
    c!("8.1.1.2", "8.1.1", "Controlling physical entry to facilities", "物理访问控制"),
    c!("8.1.1.3", "8.1.1", "Protection against theft and vandalism", "防盗窃和防破坏"),
    c!("8.1.1.4", "8.1.1", "Protection against lightning strikes", "防雷击"),
    c!("8.1.1.5", "8.1.1", "Fire detection and suppression", "防火"),
    c!("8.1.1.6", "8.1.1", "Protection against water and moisture", "防水和防潮"),
    c!("8.1.1.7", "8.1.1", "Protection against static electricity", "防静电"),
    c!("8.1.1.8", "8.1.1", "Temperature and humidity regulation", "温湿度控制"),
    c!("8.1.1.9", "8.1.1", "Reliable and backup power supply", "电力供应"),
    c!("8.1.1.10", "8.1.1", "Shielding against electromagnetic interference", "电磁防护"),
    c!("8.1.2", "", "Communication network security", "安全通信网络"),
    c!("8.1.2.1", "8.1.2", "Network architecture and segmentation design", "网络架构"),
    c!("8.1.2.2", "8.1.2", "Protecting data during communication", "通信传输"),
    c!("8.1.2.3", "8.1.2", "Trusted verification of network devices", "可信验证"),
    c!("8.1.3", "", "Area boundary security", "安全区域边界"),
    c!("8.1.3.1", "8.1.3", "Protecting network boundary crossings", "边界防护"),
    c!("8.1.3.2", "8.1.3", "Access control rules at boundaries", "访问控制"),
    c!("8.1.3.3", "8.1.3", "Detecting and blocking intrusions at boundaries", "入侵防范"),
    c!("8.1.3.4", "8.1.3", "Filtering malware and spam at boundaries", "恶意代码和垃圾邮件防范"),
    c!("8.1.3.5", "8.1.3", "Auditing events at network boundaries", "安全审计"),
    c!("8.1.3.6", "8.1.3", "Trusted verification of boundary devices", "可信验证"),
    c!("8.1.4", "", "Computing environment security", "安全计算环境"),
    c!("8.1.4.1", "8.1.4", "User identification and authentication", "身份鉴别"),
    c!("8.1.4.2", "8.1.4", "Access control on hosts and applications", "访问控制"),
    c!("8.1.4.3", "8.1.4", "Security audit logging on systems", "安全审计"),
    c!("8.1.4.4", "8.1.4", "Intrusion prevention on hosts and applications", "入侵防范"),
    c!("8.1.4.5", "8.1.4", "Protection against malicious code", "恶意代码防范"),
    c!("8.1.4.6", "8.1.4", "Trusted verification of computing nodes", "可信验证"),
    c!("8.1.4.7", "8.1.4", "Ensuring integrity of important data", "数据完整性"),
    c!("8.1.4.8", "8.1.4", "Ensuring confidentiality of important data", "数据保密性"),
    c!("8.1.4.9", "8.1.4", "Data backup, recovery and redundancy", "数据备份恢复"),
    c!("8.1.4.10", "8.1.4", "Clearing residual information from storage", "剩余信息保护"),
    c!("8.1.4.11", "8.1.4", "Protecting collected personal information", "个人信息保护"),
    c!("8.1.5", "", "Security management center", "安全管理中心"),
    c!("8.1.5.1", "8.1.5", "Restricted system administration", "系统管理"),
    c!("8.1.5.2", "8.1.5", "Restricted audit administration", "审计管理"),
    c!("8.1.5.3", "8.1.5", "Restricted security administration", "安全管理"),
    c!("8.1.5.4", "8.1.5", "Centralized monitoring and control", "集中管控"),
    c!("8.1.6", "", "Security management policies", "安全管理制度"),
    c!("8.1.6.1", "8.1.6", "Overall security policy and strategy", "安全策略"),
    c!("8.1.6.2", "8.1.6", "Security management rules and procedures", "管理制度"),
    c!("8.1.6.3", "8.1.6", "Drafting and formally issuing policies", "制定和发布"),
    c!("8.1.6.4", "8.1.6", "Periodic policy review and revision", "评审和修订"),
    c!("8.1.7", "", "Security management organization", "安全管理机构"),
    c!("8.1.7.1", "8.1.7", "Security roles and positions established", "岗位设置"),
    c!("8.1.7.2", "8.1.7", "Adequate security staffing", "人员配备"),
    c!("8.1.7.3", "8.1.7", "Authorization and approval of key activities", "授权和审批"),
    c!("8.1.7.4", "8.1.7", "Internal and external communication and cooperation", "沟通和合作"),
    c!("8.1.7.5", "8.1.7", "Regular security reviews and inspections", "审核和检查"),
    c!("8.1.8", "", "Security personnel management", "安全管理人员"),
    c!("8.1.8.1", "8.1.8", "Vetting and hiring of staff", "人员录用"),
    c!("8.1.8.2", "8.1.8", "Handling staff departures", "人员离岗"),
    c!("8.1.8.3", "8.1.8", "Security awareness education and training", "安全意识教育和培训"),
    c!("8.1.8.4", "8.1.8", "Managing access by external personnel", "外部人员访问管理"),
    c!("8.1.9", "", "Security construction management", "安全建设管理"),
    c!("8.1.9.1", "8.1.9", "Protection level grading and filing", "定级和备案"),
    c!("8.1.9.2", "8.1.9", "Designing the security solution", "安全方案设计"),
    c!("8.1.9.3", "8.1.9", "Procuring and using security products", "产品采购和使用"),
    c!("8.1.9.4", "8.1.9", "Security of in-house software development", "自行软件开发"),
    c!("8.1.9.5", "8.1.9", "Security of outsourced software development", "外包软件开发"),
    c!("8.1.9.6", "8.1.9", "Controlled project implementation", "工程实施"),
    c!("8.1.9.7", "8.1.9", "Security testing and acceptance", "测试验收"),
    c!("8.1.9.8", "8.1.9", "System handover and delivery", "系统交付"),
    c!("8.1.9.9", "8.1.9", "Periodic MLPS level assessment", "等级测评"),
    c!("8.1.9.10", "8.1.9", "Selecting qualified service providers", "服务供应商选择"),
    c!("8.1.10", "", "Security operations and maintenance management", "安全运维管理"),
    c!("8.1.10.1", "8.1.10", "Managing machine rooms and work areas", "环境管理"),
    c!("8.1.10.2", "8.1.10", "Asset inventory and classification", "资产管理"),
    c!("8.1.10.3", "8.1.10", "Storage media handling and transport", "介质管理"),
    c!("8.1.10.4", "8.1.10", "Maintaining equipment securely", "设备维护管理"),
    c!("8.1.10.5", "8.1.10", "Vulnerability and risk handling", "漏洞和风险管理"),
    c!("8.1.10.6", "8.1.10", "Network and system security operations", "网络和系统安全管理"),
    c!("8.1.10.7", "8.1.10", "Operational malware prevention management", "恶意代码防范管理"),
    c!("8.1.10.8", "8.1.10", "Baseline configuration management", "配置管理"),
    c!("8.1.10.9", "8.1.10", "Management of cryptographic products and keys", "密码管理"),
    c!("8.1.10.10", "8.1.10", "Controlled change management", "变更管理"),
    c!("8.1.10.11", "8.1.10", "Backup and restoration management", "备份与恢复管理"),
    c!("8.1.10.12", "8.1.10", "Reporting and handling security incidents", "安全事件处置"),
    c!("8.1.10.13", "8.1.10", "Emergency response plans and drills", "应急预案管理"),
    c!("8.1.10.14", "8.1.10", "Managing outsourced operations and maintenance", "外包运维管理"),
    ]),
};

/// The curated mapping set from GB/T 39204-2022.
#[rustfmt::skip]
pub(crate) static MAPPINGS: MappingSet = MappingSet {
    framework: Cow::Borrowed("mlps-2019-l3"),
    provenance: Provenance::Curated,
    entries: Cow::Borrowed(&[
    // Mapping set: GB/T 39204-2022 -> GB/T 22239-2019 (MLPS 2.0) level-3 general requirements (clause 8.1).
    // Provenance: curated by this project (not official). Read "SOURCE rel TARGET", source = the GB/T 39204 item
    // (catalog 0.2 IDs), target = an MLPS level-3 control point (8.1.x.y). Rationales are our own words, not either
    // standard's text. Convention: the source is compared with the target's items on the same topic (unrelated items
    // bundled in the same control point are ignored). SubsetOf = that MLPS control fully covers the item; SupersetOf =
    // the item asks more (a number, a CII scope, an external party) and MLPS covers only part; IntersectsWith = each
    // side asks something the other lacks. Hard numbers (yearly plan revision, two people per key post, 30 hours, one
    // main + two backup lines, 6 months, onshore, 10-year licences) never count as covered. Implied and reconstructed
    // items are mapped at Low or Medium confidence. gap! = MLPS level-3 general requirements hold no honest counterpart.

    // 6.1 业务识别
    gap!("6.1.a", "MLPS grades single systems; it has no duty to identify critical business or the external business linked to it."),
    gap!("6.1.b", "MLPS never analyses how far critical business depends on external business."),
    gap!("6.1.c", "MLPS never analyses how much external business relies on the operator's critical business."),
    gap!("6.1.d", "MLPS never maps a critical business chain or records where and how the supporting CII runs."),
    // 6.2 资产识别
    m!("6.2.a", "8.1.10.2", SupersetOf, Medium, "MLPS keeps an asset list with owner, importance and location; 6.2.a scopes it to every network, system, data, service and other asset of the chain."),
    m!("6.2.b", "8.1.10.2", SupersetOf, Medium, "MLPS labels assets by importance and picks measures by value; 6.2.b also weighs asset category and the supported business to set priorities."),
    m!("6.2.c", "8.1.10.2", SupersetOf, Medium, "MLPS asks an asset list but neither technical asset discovery nor updating it as the chain's assets change."),
    // 6.3 风险识别
    m!("6.3", "8.1.10.5", IntersectsWith, Medium, "MLPS finds vulnerabilities and hidden risks and fixes them; 6.3 asks a GB/T 20984 analysis of every chain link with priorities and a risk report."),
    m!("6.3", "8.1.9.2", IntersectsWith, Medium, "MLPS adjusts planned measures from risk analysis results; 6.3 makes a chain-wide risk analysis with a written report its own duty."),
    // 6.4 重大变更
    m!("6.4", "8.1.9.9", IntersectsWith, Low, "Both are triggered by major change; MLPS re-runs the level evaluation, the reconstructed 6.4 redoes identification and updates inventories."),
    m!("6.4", "8.1.10.2", IntersectsWith, Low, "Updating inventories after a major change overlaps MLPS asset list upkeep; redoing business and risk identification is beyond it."),
    // 7.1 网络安全等级保护
    m!("7.1", "8.1.9.1", SupersetOf, High, "Grading and filing is one part of the MLPS duties 7.1 invokes, with construction, rectification and evaluation; 39204 itself names no MLPS level."),
    m!("7.1", "8.1.9.9", SupersetOf, High, "Level evaluation with rectification is one part of the MLPS duties 7.1 invokes; 39204 itself names no level (a level-3 floor is MPS guidance)."),
    // 7.2 安全管理制度
    m!("7.2.a", "8.1.6.1", SupersetOf, Medium, "MLPS sets an overall policy with goals, scope and framework; 7.2.a adds CII goals, resources, approval and yearly revision beyond MLPS."),
    m!("7.2.a", "8.1.6.4", IntersectsWith, Medium, "MLPS reviews its rule set at no set interval; 7.2.a revises the protection plan at least yearly and on major change, a period beyond MLPS."),
    m!("7.2.a", "8.1.6.3", IntersectsWith, Medium, "MLPS has a named party draft rules and issue them formally with versions; 7.2.a documents, approves and distributes the plan; its yearly revision is beyond MLPS."),
    m!("7.2.b", "8.1.6.2", IntersectsWith, Medium, "MLPS asks rules for all management activities plus operating procedures; 7.2.b centres rules and policies on the critical business chain."),
    m!("7.2.b", "8.1.6.4", IntersectsWith, Medium, "MLPS reviews and revises rules periodically for fitness; 7.2.b adjusts rules and policies as threats and risks to the CII change."),
    // 7.3 安全管理机构
    m!("7.3.a", "8.1.7.1", SupersetOf, High, "MLPS sets up a committee headed by a unit leader or delegate; 7.3.a requires the principal to lead it and a leadership member as CCSO."),
    m!("7.3.b", "8.1.7.1", SupersetOf, High, "MLPS sets up a security function with a security head and area heads; 7.3.b makes it a dedicated organisation and adds accountability."),
    m!("7.3.b", "8.1.7.5", IntersectsWith, Medium, "MLPS security checks review how policies are applied; 7.3.b adds appraisal, supervision and accountability of people."),
    m!("7.3.c", "8.1.7.1", IntersectsWith, Medium, "MLPS names heads for each area of security management; 7.3.c names one security responsible person for each CII."),
    m!("7.3.d", "8.1.7.4", IntersectsWith, Low, "MLPS asks regular coordination between managers, departments and the security function; 7.3.d puts security staff into IT decision-making."),
    // 7.4 安全管理人员
    m!("7.4.a", "8.1.8.1", IntersectsWith, High, "Both vet background and test skills before hiring; MLPS covers every hire, 7.4.a targets key posts and the head; its two-person rule is beyond MLPS."),
    m!("7.4.a", "8.1.7.2", IntersectsWith, Medium, "MLPS staffs administrators and a full-time security administrator; 7.4.a's at least two people per key post is beyond MLPS level 3."),
    m!("7.4.a", "8.1.7.1", IntersectsWith, Medium, "MLPS defines administrator posts and duties; 7.4.a names key posts with a holder each; two people per post is beyond MLPS."),
    m!("7.4.b", "8.1.7.4", IntersectsWith, Low, "MLPS asks cooperation with authorities, experts and security organisations; 7.4.b sends security staff to national and sector events regularly."),
    m!("7.4.c", "8.1.8.3", SupersetOf, High, "MLPS asks awareness and post training with regular skills tests but no amount; 7.4.c's at least 30 class hours per person a year is beyond it."),
    m!("7.4.d", "8.1.8.2", IntersectsWith, Low, "MLPS revokes access, recovers items and binds leavers to confidentiality; the inferred 7.4.d manages staff changes over time."),
    m!("7.4.e", "8.1.8.1", SupersetOf, Medium, "MLPS signs confidentiality agreements with hires and duty agreements with key staff; 7.4.e adds rewards, penalties and a declassification period."),
    m!("7.4.e", "8.1.8.2", IntersectsWith, Medium, "MLPS makes leavers promise confidentiality after leaving; 7.4.e fixes a declassification period in a signed agreement, MLPS adds revoking access."),
    // 7.5.1 网络架构
    m!("7.5.1", "8.1.2.1", SupersetOf, High, "MLPS asks redundant lines and key devices; one main and two backup lines over several carriers and routes is beyond MLPS."),
    // 7.5.2 互联安全
    m!("7.5.2.a", "8.1.3.2", IntersectsWith, Medium, "MLPS sets boundary rules from an access control policy; 7.5.2.a asks interconnection policies between levels, businesses, zones and operators."),
    m!("7.5.2.b", "8.1.4.2", IntersectsWith, Low, "MLPS has authorised parties set access rules per system; 7.5.2.b keeps each user's identity and access policy consistent across systems."),
    m!("7.5.2.c", "8.1.2.2", IntersectsWith, Medium, "MLPS protects data in transit with checks and cryptography; 7.5.2.c's example, authenticating both ends first, is only a level-4 MLPS item."),
    // 7.5.3 边界防护
    m!("7.5.3.a", "8.1.3.2", IntersectsWith, High, "Both control flows across boundaries; MLPS details default deny and session and content checks, 7.5.3.a names level, business, zone and operator boundaries."),
    m!("7.5.3.a", "8.1.3.1", SupersetOf, Medium, "MLPS forces cross-boundary traffic through controlled interfaces; 7.5.3.a strictly controls all interoperation and exchange between such systems."),
    m!("7.5.3.a", "8.1.2.1", IntersectsWith, Medium, "MLPS divides zones and isolates important ones; 7.5.3.a controls flows between zones without stating the zoning itself."),
    m!("7.5.3.b", "8.1.3.1", SupersetOf, High, "MLPS level 3 only checks or restricts unauthorised device connections; 7.5.3.b adds dynamic discovery and running only authorised hardware and software."),
    m!("7.5.3.b", "8.1.4.4", IntersectsWith, Low, "MLPS installs only needed components and limits management terminals; 7.5.3.b lets only authorised hardware and software run."),
    // 7.5.4 安全审计
    m!("7.5.4", "8.1.3.5", SupersetOf, Medium, "MLPS audits users and key events at boundaries and remote access; it sets no retention period, 7.5.4's at least 6 months is beyond it."),
    m!("7.5.4", "8.1.4.3", IntersectsWith, Medium, "MLPS audits users and key events on hosts and protects the records; 7.5.4 audits network activity and keeps logs at least 6 months, beyond MLPS."),
    m!("7.5.4", "8.1.5.4", IntersectsWith, Medium, "MLPS centralises audit data with retention as the law requires; 7.5.4's own 6-month floor is beyond MLPS, which adds central analysis."),
    m!("7.5.4", "8.1.10.6", IntersectsWith, Medium, "MLPS logs O&M in detail and keeps tamper-proof logs of remote O&M; 7.5.4 also audits running state and keeps logs 6 months, beyond MLPS."),
    // 7.6.1 鉴别与授权
    gap!("7.6.1.a", "MLPS audits important user actions but never asks a list of important business, important user and abnormal operations."),
    m!("7.6.1.b", "8.1.4.1", IntersectsWith, Medium, "MLPS requires two-factor login with one cryptographic factor; 7.6.1.b asks dynamic or multi-factor checks on important and abnormal operations."),
    m!("7.6.1.b", "8.1.5.1", IntersectsWith, Low, "MLPS authenticates system admins and limits them to set commands with audit; 7.6.1.b applies security control to all users and operations."),
    m!("7.6.1.c", "8.1.4.2", SubsetOf, High, "MLPS level 3 already labels important subjects and objects and controls access to labelled information resources."),
    // 7.6.2 入侵防范
    m!("7.6.2.a", "8.1.3.3", IntersectsWith, Medium, "MLPS detects and limits attacks at key nodes and analyses new kinds of attack; 7.6.2.a asks stronger resistance to APT-style intrusion."),
    m!("7.6.2.b", "8.1.4.5", SubsetOf, High, "MLPS level 3 already asks malware-resistant measures or active-immune trusted checks that promptly find and block intrusions and viruses."),
    m!("7.6.2.b", "8.1.4.4", IntersectsWith, Medium, "MLPS detects intrusions on important nodes and alarms; 7.6.2.b also blocks them, MLPS adds hardening items."),
    // 7.6.3 自动化工具
    m!("7.6.3", "8.1.4.4", SupersetOf, High, "MLPS finds known vulnerabilities and patches promptly after testing; 7.6.3 adds automated tools for this and for accounts and configuration."),
    m!("7.6.3", "8.1.10.5", SupersetOf, Medium, "MLPS identifies and promptly fixes vulnerabilities and hidden risks; 7.6.3 adds automated tool support."),
    m!("7.6.3", "8.1.10.8", IntersectsWith, Medium, "MLPS records base configuration and controls its changes; 7.6.3 manages configuration with automated tools, MLPS adds the record itself."),
    m!("7.6.3", "8.1.5.4", IntersectsWith, Medium, "MLPS centrally manages policies, malware defenses and patch upgrades; 7.6.3 uses automated tools for these and for accounts and vulnerabilities."),
    // 7.7 安全建设管理
    m!("7.7", "8.1.9.2", IntersectsWith, Medium, "MLPS designs the security plan by level and has experts review it; 7.7 plans security with the main project and verifies it by reviews and tests."),
    m!("7.7", "8.1.9.6", IntersectsWith, Medium, "MLPS controls implementation by a plan and third-party supervision; 7.7 builds and uses security in step with the main project."),
    m!("7.7", "8.1.9.7", IntersectsWith, Medium, "MLPS runs acceptance and pre-launch security tests with reports; 7.7 also verifies by reviews and attack-defense exercises, in changes and upgrades too."),
    m!("7.7", "8.1.10.10", IntersectsWith, Medium, "MLPS approves change plans and can recover failed changes; 7.7 builds and verifies security in step with changes and upgrades."),
    // 7.8 安全运维管理
    gap!("7.8.a", "MLPS level-3 general requirements never fix where O&M is done; onshore O&M appears only in the cloud extension."),
    m!("7.8.b", "8.1.8.4", IntersectsWith, Medium, "MLPS makes outside staff with system access sign confidentiality agreements; 7.8.b asks it of every maintainer before O&M starts."),
    m!("7.8.b", "8.1.10.14", IntersectsWith, Medium, "MLPS O&M outsourcing agreements state security needs such as sensitive data handling; 7.8.b asks each maintainer to sign before work."),
    m!("7.8.c", "8.1.10.6", IntersectsWith, High, "MLPS connects O&M tools only after approval, with tamper-proof logs; 7.8.c prefers registered tools and tests others first."),
    m!("7.8.c", "8.1.10.7", IntersectsWith, Medium, "MLPS checks outside computers and storage for malware before they connect; 7.8.c tests unregistered O&M tools, malware included, before use."),
    // 7.9 供应链安全保护
    m!("7.9.a", "8.1.9.10", IntersectsWith, Low, "MLPS covers supplier selection, agreements and review; the inferred 7.9.a asks supply chain security rules for procurement and suppliers."),
    m!("7.9.b", "8.1.9.3", IntersectsWith, High, "MLPS buys security products under national rules after selection tests; 7.9.b buys catalogue equipment only with national certification."),
    m!("7.9.c", "8.1.9.3", IntersectsWith, Medium, "MLPS buys products under national rules with a reviewed candidate list; 7.9.c adds a yearly procurement list and the cybersecurity review."),
    m!("7.9.d", "8.1.9.10", IntersectsWith, Low, "MLPS selects suppliers under national rules and reviews their services; the inferred 7.9.d weighs security capability at selection."),
    m!("7.9.d", "8.1.10.14", IntersectsWith, Low, "MLPS checks O&M providers can work to MLPS requirements; the inferred 7.9.d assesses every provider's security capability."),
    gap!("7.9.e", "MLPS has no duty to manage procurement channels or keep the sources of products and services stable or diverse."),
    m!("7.9.f", "8.1.9.10", IntersectsWith, Low, "MLPS binds the service supply chain to security duties and controls service changes; the inferred 7.9.f secures delivery, updates and upkeep."),
    m!("7.9.f", "8.1.9.5", IntersectsWith, Low, "MLPS checks outsourced software for malware before delivery; the inferred 7.9.f asks secure delivery and updates of all supplied products."),
    m!("7.9.g", "8.1.9.10", SupersetOf, Medium, "MLPS signs security agreements stating suppliers' duties; 7.9.g adds what is confidential, rewards and penalties and a term of validity."),
    m!("7.9.g", "8.1.10.14", IntersectsWith, Medium, "MLPS O&M outsourcing agreements set scope and security needs; 7.9.g asks confidentiality agreements with every product and service provider."),
    gap!("7.9.h", "MLPS level-3 general requirements set no intellectual property licensing duty, let alone licences of at least 10 years."),
    // 7.10 数据安全防护
    m!("7.10.a", "8.1.4.8", SupersetOf, Medium, "MLPS encrypts important data in transit and at rest; 7.10.a adds data security duties, appraisal, plan, risk assessment and training."),
    m!("7.10.a", "8.1.10.12", IntersectsWith, Low, "MLPS sets incident reporting and handling rules; 7.10.a asks a data security incident plan and prompt handling within data management."),
    m!("7.10.b", "8.1.10.2", SupersetOf, Medium, "MLPS sets rules to classify and label information and governs its use and storage; 7.10.b grades data and bases the protection policy on it."),
    m!("7.10.b", "8.1.4.8", IntersectsWith, Medium, "MLPS encrypts important data and personal information in transit and at rest; 7.10.b asks set measures for both without naming cryptography."),
    m!("7.10.b", "8.1.4.7", IntersectsWith, Medium, "MLPS protects the integrity of important data in transit and at rest; 7.10.b asks set measures for important data and personal information."),
    m!("7.10.b", "8.1.4.11", IntersectsWith, Medium, "MLPS collects only needed personal information and bars unauthorised use; 7.10.b asks specified measures for personal information."),
    gap!("7.10.c", "MLPS general requirements hold no data localisation or export assessment; only the cloud extension keeps customer data in China."),
    gap!("7.10.d", "MLPS level-3 general requirements do not address providing data to others, entrusted processing or data sharing."),
    m!("7.10.e", "8.1.4.9", SupersetOf, High, "MLPS backs up important data locally and off-site in real time with hot redundancy; 7.10.e adds business continuity management."),
    m!("7.10.e", "8.1.10.11", IntersectsWith, Medium, "MLPS sets what to back up, how and how to restore; 7.10.e asks a disaster-recovery mechanism with off-site copies of key systems."),
    m!("7.10.f", "8.1.10.4", SupersetOf, Medium, "MLPS wipes media in equipment before reuse or disposal; the inferred 7.10.f also deletes or destroys data no longer used."),
    m!("7.10.f", "8.1.4.10", IntersectsWith, Medium, "MLPS clears residual data before storage is released; the inferred 7.10.f deletes data at end of use and disposes of media."),
    m!("7.10.g", "8.1.10.6", IntersectsWith, Low, "MLPS has staff analyse logs and alarms to spot suspicious behaviour; the inferred 7.10.g watches for data leaks and abnormal flows."),
    m!("7.10.h", "8.1.4.11", SupersetOf, Medium, "MLPS limits personal information collection and bars unauthorised use; 7.10.h asks security capability at every stage of data processing."),
    m!("7.10.h", "8.1.4.8", IntersectsWith, Medium, "MLPS encrypts important data in transit and storage; 7.10.h asks capability across all processing to national data standards."),
    // 8.1 制度
    m!("8.1.a", "8.1.7.5", IntersectsWith, Low, "MLPS runs regular and full security checks with forms and reports; the reconstructed 8.1.a asks a testing system with budget and people."),
    m!("8.1.b", "8.1.10.5", SupersetOf, Medium, "MLPS runs regular security evaluations with reports but no interval; the reconstructed 8.1.b's at least yearly period is beyond it."),
    m!("8.1.b", "8.1.9.9", IntersectsWith, Low, "MLPS asks periodic level evaluation by a qualified body; the reconstructed 8.1.b asks a yearly risk evaluation, in-house or entrusted."),
    m!("8.1.c", "8.1.7.4", IntersectsWith, Low, "MLPS keeps cooperation with cybersecurity authorities; the reconstructed 8.1.c asks cooperation with their checks and testing."),
    gap!("8.1.d", "MLPS level-3 general requirements do not address the risks that testing itself brings to running business."),
    // 8.2 方式和内容
    m!("8.2.a", "8.1.9.9", IntersectsWith, Low, "MLPS chooses the evaluation body under national rules; the inferred 8.2.a settles testing means and what it asks of outside bodies."),
    gap!("8.2.b", "MLPS evaluates each graded system by its own operator; it has no joint testing across several operators."),
    m!("8.2.c", "8.1.7.5", SupersetOf, Medium, "MLPS checks technical measures, configuration and policy execution; 8.2.c's scope adds organisation, budget, training, supply chain, data and exercises."),
    m!("8.2.c", "8.1.10.5", IntersectsWith, Medium, "MLPS runs regular security evaluations and acts on findings; 8.2.c fixes a minimum scope, MLPS adds vulnerability fixing."),
    m!("8.2.c", "8.1.9.10", IntersectsWith, Low, "MLPS reviews and audits supplier services; 8.2.c lists supply chain security as one element of the evaluation scope."),
    m!("8.2.d", "8.1.9.9", IntersectsWith, High, "Both re-evaluate after major change; MLPS checks level conformance, 8.2.d analyses chain risk changes and fixes them before go-live."),
    m!("8.2.d", "8.1.9.7", IntersectsWith, Medium, "MLPS security-tests before go-live with a report; 8.2.d evaluates risk changes after a major change and goes live only after fixes."),
    m!("8.2.e", "8.1.10.5", SubsetOf, Low, "MLPS already requires a written report from each regular security evaluation, which the inferred 8.2.e asks."),
    // 8.3 整改
    m!("8.3.a", "8.1.9.9", SupersetOf, Low, "MLPS rectifies non-conformities found by level evaluation; the reconstructed 8.3.a plans fixes for all findings and tracks closure."),
    m!("8.3.a", "8.1.10.5", SupersetOf, Low, "MLPS takes measures on problems found by security evaluation; the reconstructed 8.3.a adds a plan and tracking to closure."),
    gap!("8.3.b", "MLPS level-3 requirements contain no duty to report evaluation results to a protection department."),
    gap!("8.3.c", "MLPS fixes what its own evaluations find but has no duty tied to problems named in the authorities' checks."),
    gap!("8.3.d", "MLPS does not ask re-testing of fixes or records of rectification after evaluation."),
    // 9.1 制度
    m!("9.1.a", "8.1.5.4", IntersectsWith, Medium, "MLPS centrally monitors devices, links and security events; 9.1.a asks written monitoring and warning rules with grading, strategy and content."),
    m!("9.1.a", "8.1.10.6", IntersectsWith, Medium, "MLPS has named staff analyse logs, monitoring and alarm data; 9.1.a asks a formal monitoring, warning and reporting mechanism."),
    m!("9.1.a", "8.1.10.12", IntersectsWith, Medium, "MLPS sets incident reporting and handling rules; 9.1.a adds routine monitoring, early warning and warning grades."),
    m!("9.1.b", "8.1.10.5", IntersectsWith, Low, "MLPS identifies vulnerabilities and hidden risks in its systems; 9.1.b follows outside incidents, flaws and trends and warns on them."),
    m!("9.1.c", "8.1.10.12", IntersectsWith, Medium, "MLPS sets reporting and response flows per incident type; 9.1.c sets them per warning grade before any incident."),
    m!("9.1.d", "8.1.7.4", SupersetOf, High, "MLPS keeps the same external contact list with name, scope and contacts; 9.1.d adds a warning-sharing and joint-handling mechanism."),
    m!("9.1.e", "8.1.7.4", SupersetOf, High, "MLPS asks internal coordination meetings and cooperation with authorities and experts; 9.1.e adds other operators."),
    // 9.2 监测
    m!("9.2.a", "8.1.3.3", SubsetOf, High, "MLPS level 3 already detects attacks at key network nodes and analyses new kinds of attack."),
    m!("9.2.b", "8.1.5.4", SupersetOf, Medium, "MLPS centrally monitors links, devices and servers; the inferred 9.2.b watches availability of the whole critical business chain."),
    m!("9.2.c", "8.1.5.4", SubsetOf, Medium, "MLPS centralised control already collects and analyses audit data and alarms from across the system."),
    m!("9.2.d", "8.1.4.3", IntersectsWith, Low, "MLPS audits every user and important user actions on hosts; the inferred 9.2.d also monitors abnormal behaviour."),
    m!("9.2.d", "8.1.3.5", IntersectsWith, Low, "MLPS audits key user actions at boundaries and remote users separately; the inferred 9.2.d monitors important and abnormal operations."),
    m!("9.2.e", "8.1.3.2", IntersectsWith, Low, "MLPS filters flows by protocol and content at boundaries; the inferred 9.2.e monitors flows across systems and regions for anomalies."),
    m!("9.2.f", "8.1.5.4", IntersectsWith, Medium, "MLPS centrally identifies, alarms on and analyses events; the inferred 9.2.f adds shared threat data to build a situation picture."),
    m!("9.2.f", "8.1.10.6", IntersectsWith, Low, "MLPS has staff analyse logs and alarm data; the inferred 9.2.f fuses monitoring data with shared threat information."),
    m!("9.2.g", "8.1.6.4", IntersectsWith, Medium, "MLPS reviews policies periodically for fitness; 9.2.g judges policies and controls against the situation analysis."),
    m!("9.2.g", "8.1.7.5", IntersectsWith, Low, "MLPS checks that technical measures work and match policy; 9.2.g drives such review from the situation analysis."),
    // 9.3 预警
    m!("9.3.a", "8.1.5.4", IntersectsWith, Medium, "MLPS identifies security events centrally and raises alarms; 9.3.a also makes monitoring tools respond automatically."),
    m!("9.3.a", "8.1.3.3", IntersectsWith, Medium, "MLPS records attacks and alarms on serious intrusions at key nodes; 9.3.a asks automatic alarms and countermeasures for critical business."),
    gap!("9.3.b", "MLPS has no duty to receive and act on warnings issued by protection departments or other authorities."),
    m!("9.3.c", "8.1.10.12", IntersectsWith, Low, "MLPS reports weaknesses and suspicious events to its own security function; the inferred 9.3.c reports major threats to the authorities."),
    m!("9.3.d", "8.1.10.12", IntersectsWith, Low, "MLPS handles and responds to security events; 9.3.d acts on warnings before any incident and lifts them when resolved."),
    // 10.1 收敛暴露面
    m!("10.1.a", "8.1.4.4", IntersectsWith, Medium, "MLPS minimises installs and shuts unneeded services and high-risk ports; 10.1.a finds and shrinks exposure and cuts Internet exits."),
    m!("10.1.a", "8.1.3.2", IntersectsWith, Medium, "MLPS default-deny, minimal boundary rules limit exposed services; 10.1.a adds finding exposed assets and fewer Internet exits."),
    m!("10.1.a", "8.1.3.1", IntersectsWith, Low, "MLPS routes all cross-boundary traffic through controlled interfaces; 10.1.a cuts the number of Internet exits."),
    gap!("10.1.b", "MLPS has no duty to limit internal information, such as structure, mail accounts and directories, exposed to the public."),
    gap!("10.1.c", "MLPS has no rule against placing source code, network diagrams or IP plans in public storage."),
    // 10.2 攻击发现和阻断
    m!("10.2.a", "8.1.3.3", IntersectsWith, Medium, "MLPS analyses network behaviour to spot new attacks; 10.2.a studies attack methods and plans defenses per attack type."),
    m!("10.2.b", "8.1.3.3", SupersetOf, Medium, "MLPS detects, prevents or limits attacks at key nodes; 10.2.b adds layered defense, capture, disruption and containment."),
    m!("10.2.b", "8.1.10.12", IntersectsWith, Low, "MLPS handles incidents by set processes; 10.2.b cuts the attack path while the attack runs."),
    m!("10.2.c", "8.1.3.3", IntersectsWith, Medium, "MLPS records attack source, type, target and time; 10.2.c traces attacks to their origin and profiles attackers."),
    m!("10.2.c", "8.1.10.12", IntersectsWith, Low, "MLPS collects evidence and analyses incident causes; 10.2.c traces sources to support investigation and better defenses."),
    m!("10.2.d", "8.1.7.5", IntersectsWith, Low, "MLPS checks that technical measures work in full security checks; the inferred 10.2.d checks attack discovery and blocking."),
    // 10.3 攻防演练
    gap!("10.3.a", "MLPS requires emergency drills and security testing but no attack-defense exercises."),
    gap!("10.3.b", "MLPS has no attack-defense exercises, so none that bring in supply chain or industry chain partners."),
    m!("10.3.c", "8.1.10.5", IntersectsWith, Medium, "MLPS fixes vulnerabilities and hidden risks whatever found them; 10.3.c also removes structural, system-wide risks exercises expose."),
    // 10.4 威胁情报
    gap!("10.4.a", "MLPS level-3 general requirements do not call for collecting or sharing threat intelligence internally."),
    gap!("10.4.b", "MLPS asks general cooperation with security bodies but no threat intelligence sharing with outside parties."),
    // 11.1 制度
    m!("11.1.a", "8.1.10.12", SupersetOf, Medium, "MLPS sets incident reporting and handling rules per incident type; 11.1.a adds grading, national joint-defense fit and sharing with parties."),
    m!("11.1.a", "8.1.10.13", IntersectsWith, Medium, "MLPS asks a plan framework and plans for important events; 11.1.a places emergency plans among its incident documents."),
    m!("11.1.b", "8.1.10.13", SupersetOf, Medium, "MLPS plans name the emergency organisation and resources; 11.1.b asks a dedicated emergency team and an expert team."),
    m!("11.1.c", "8.1.7.4", IntersectsWith, Low, "MLPS keeps cooperation with cybersecurity authorities; 11.1.c asks joining their drills, emergency handling and case investigations."),
    // 11.2 应急预案和演练
    m!("11.2.a", "8.1.10.13", SupersetOf, Medium, "MLPS asks a unified plan framework and plans for important events; 11.2.a fits the plan to the national plan and sector and local needs."),
    m!("11.2.b", "8.1.10.13", SupersetOf, Medium, "MLPS plans include handling and recovery flows; 11.2.b adds functions to keep, restore times and multi-operator events."),
    m!("11.2.c", "8.1.10.13", SubsetOf, Medium, "MLPS already asks regular plan training and drills and periodic re-evaluation and revision of plans."),
    m!("11.2.d", "8.1.10.13", SupersetOf, Low, "MLPS asks plans for important events; 11.2.d makes them cover abnormal periods and large-scale attacks."),
    // 11.3.1 事件报告
    m!("11.3.1.a", "8.1.10.12", SubsetOf, Medium, "MLPS already has events reported promptly to the security function, their causes analysed and handling recorded."),
    m!("11.3.1.b", "8.1.10.12", IntersectsWith, Low, "MLPS sets internal incident reporting flows; 11.3.1.b also notifies affected staff and supply chain partners."),
    // 11.3.2 事件处理和恢复
    m!("11.3.2.a", "8.1.10.12", IntersectsWith, Medium, "MLPS sets on-site handling and recovery duties per incident type; 11.3.2.a follows plan and restores a known state."),
    m!("11.3.2.a", "8.1.10.11", IntersectsWith, Medium, "MLPS sets backup and restore procedures; 11.3.2.a restores systems and critical business to a known state after incidents."),
    m!("11.3.2.b", "8.1.10.12", SupersetOf, Medium, "MLPS collects evidence, records handling and analyses causes; 11.3.2.b adds containment first, forensics and a link to continuity plans."),
    m!("11.3.2.c", "8.1.10.12", IntersectsWith, Low, "MLPS assigns on-site handling duties for incidents; the inferred 11.3.2.c limits their spread."),
    m!("11.3.2.d", "8.1.10.12", SupersetOf, Medium, "MLPS analyses incident causes and draws lessons; 11.3.2.d also evaluates the recovery once service is restored."),
    m!("11.3.2.e", "8.1.10.12", SupersetOf, Medium, "MLPS draws lessons from incidents; 11.3.2.e coordinates inside and outside parties and feeds lessons into procedures, training and tests."),
    // 11.3.3 事件通报
    m!("11.3.3", "8.1.10.12", IntersectsWith, Medium, "MLPS reports events internally by set flows; 11.3.3 also informs the supply chain and reports to the authorities as law requires."),
    // 11.4 重新识别
    m!("11.4", "8.1.6.4", IntersectsWith, Medium, "MLPS revises deficient policies on periodic review; 11.4 updates policy after reassessing findings and incidents and re-identifies."),
    m!("11.4", "8.1.10.12", IntersectsWith, Low, "MLPS uses incident lessons to prevent recurrence; 11.4 reassesses findings from testing, monitoring and active defense."),
    ]),
};
