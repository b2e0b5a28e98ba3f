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
    // Provenance: curated by this project (not official). Read "SOURCE rel TARGET", source = the GB/T 39204 item,
    // target = an MLPS level-3 control point (8.1.x.y). Rationales are our own words, not either standard's text.
    // Convention: the source is compared with the target's items on the same topic (unrelated items bundled in the
    // same control point are ignored). SubsetOf = that MLPS control fully covers the item; SupersetOf = the item asks
    // more (a number, a CII scope, an external party) and MLPS covers only part; IntersectsWith = each side asks
    // something the other lacks. Hard numbers (yearly, 30 hours, 6 months, level 3, onshore) never count as covered.
    // gap! = MLPS level-3 general requirements hold no honest counterpart (mostly CII-specific duties).

    // 6.1 Business identification
    gap!("6.1.a", "MLPS grades single systems; it has no duty to identify critical business and its dependence on external business."),
    gap!("6.1.b", "MLPS never maps a critical business chain or locates the systems that support each critical business."),
    // 6.2 Asset identification
    m!("6.2.a", "8.1.10.2", SupersetOf, Medium, "MLPS keeps an asset list with owner, importance and location; 39204 extends it to every resource of the critical business chain."),
    m!("6.2.b", "8.1.10.2", SupersetOf, Medium, "MLPS labels and manages assets by importance; 39204 also weighs the supported business and sets protection priorities."),
    m!("6.2.c", "8.1.10.2", IntersectsWith, Medium, "MLPS asks rules for classifying and labelling information; 39204 asks a named inventory of important data and personal information."),
    m!("6.2.d", "8.1.10.2", SupersetOf, Medium, "MLPS asks an asset list but not technical asset discovery or updating it on every change."),
    // 6.3 Risk identification
    m!("6.3.a", "8.1.10.5", SupersetOf, Medium, "MLPS identifies vulnerabilities and hidden risks; 39204 asks a GB/T 20984 risk analysis across the whole critical business chain."),
    m!("6.3.a", "8.1.9.2", IntersectsWith, Medium, "MLPS adjusts planned measures from risk analysis results; 39204 makes chain-wide risk identification a standing activity."),
    m!("6.3.b", "8.1.10.5", SupersetOf, Medium, "MLPS acts on found vulnerabilities and evaluation results; 39204 adds a risk record and a tracked treatment plan."),
    // 6.4 Major change
    m!("6.4.a", "8.1.9.9", IntersectsWith, Medium, "Both are triggered by major change; MLPS re-evaluates the level, 39204 redoes identification and reports to the protection department."),
    m!("6.4.a", "8.1.10.2", IntersectsWith, Medium, "Updating the asset inventory after change overlaps MLPS asset management; re-identification and reporting are beyond it."),
    // 7.1 MLPS foundation
    m!("7.1.a", "8.1.9.1", SupersetOf, High, "Grading and filing is one part of the MLPS duty 7.1.a invokes; construction and level evaluation come on top."),
    m!("7.1.a", "8.1.9.9", SupersetOf, High, "Level evaluation is one part of the MLPS duty 7.1.a invokes; grading, filing and construction come on top."),
    m!("7.1.b", "8.1.9.1", IntersectsWith, High, "MLPS grading lets the level follow the assessment; 39204 fixes a floor of level 3 plus fitting extension requirements."),
    m!("7.1.b", "8.1.9.9", IntersectsWith, Medium, "Level evaluation checks conformance to the assigned level; 39204 requires that level to be at least 3 with extensions."),
    // 7.2 Security management policies
    m!("7.2.a", "8.1.6.1", SupersetOf, Medium, "MLPS asks an overall policy with objectives and framework; 39204 asks a protection plan over all areas approved by the top executive."),
    m!("7.2.b", "8.1.6.2", SupersetOf, High, "Both require management rules and operating procedures for all activities; 39204 adds an appraisal system."),
    m!("7.2.c", "8.1.6.4", SupersetOf, High, "MLPS reviews policies periodically with no interval; 39204 requires review at least once a year and on business, risk or law change."),
    m!("7.2.d", "8.1.6.3", EquivalentTo, Medium, "Both require policies to be formally issued under version control by a designated party."),
    // 7.3 Security management organisation
    m!("7.3.a", "8.1.7.1", SupersetOf, High, "MLPS sets up a security committee led by a leader or delegate; 39204 requires the principal responsible person to head it and bear overall responsibility."),
    m!("7.3.b", "8.1.7.1", SupersetOf, High, "MLPS sets up a security function with a security head; 39204 adds a dedicated organisation with its own staff and budget."),
    m!("7.3.b", "8.1.7.2", IntersectsWith, Medium, "MLPS staffs full-time security administrators; 39204 staffs a dedicated organisation but names no administrator roles."),
    m!("7.3.c", "8.1.7.1", SupersetOf, Medium, "MLPS creates a security head post; 39204 requires a leadership-team member as chief cybersecurity officer."),
    m!("7.3.d", "8.1.7.1", SupersetOf, Medium, "MLPS names heads for each area of security management; 39204 names a responsible person for each CII."),
    m!("7.3.e", "8.1.7.4", IntersectsWith, Low, "MLPS asks coordination meetings between departments and the security function; a formal role in IT decisions is not required."),
    m!("7.3.f", "8.1.7.5", IntersectsWith, Medium, "MLPS security checks supervise how policies are applied; 39204 adds appraisal and accountability of people."),
    // 7.4 Security personnel
    m!("7.4.a", "8.1.8.1", IntersectsWith, High, "Both require background review; MLPS checks every hire, 39204 targets the security head and key posts and repeats it on change."),
    m!("7.4.b", "8.1.7.2", IntersectsWith, Medium, "MLPS staffs a certain number of administrators; 39204 requires at least two people for each key duty."),
    m!("7.4.b", "8.1.7.1", IntersectsWith, Medium, "MLPS defines separate administrator posts and duties; 39204 adds designated holders and the two-person rule."),
    m!("7.4.c", "8.1.8.3", SupersetOf, High, "MLPS requires awareness and skills training with no amount; 39204 requires at least 30 class hours per person per year."),
    m!("7.4.d", "8.1.8.3", SubsetOf, Medium, "MLPS level 3 already asks regular skill assessment of staff in each post, which covers technical security staff."),
    m!("7.4.e", "8.1.8.2", EquivalentTo, High, "Both revoke access, recover issued items and bind the leaver to confidentiality."),
    // 7.5 Secure communication network
    m!("7.5.a", "8.1.2.1", SupersetOf, Medium, "MLPS zones the network and isolates important zones; 39204 zones by business importance and isolates the CII as a whole."),
    m!("7.5.a", "8.1.3.2", IntersectsWith, Medium, "MLPS boundary access rules control traffic between zones in detail; 39204 adds the zoning and isolation duty."),
    m!("7.5.b", "8.1.3.1", SupersetOf, Medium, "MLPS routes cross-boundary traffic through controlled ports; 39204 adds a risk assessment before any external interconnection."),
    m!("7.5.b", "8.1.3.2", IntersectsWith, High, "Both allow only needed traffic at the boundary; MLPS adds session and content checks, 39204 adds prior risk assessment."),
    m!("7.5.c", "8.1.2.1", SubsetOf, High, "MLPS network architecture already requires peak capacity, bandwidth and redundant lines and key devices."),
    m!("7.5.d", "8.1.2.2", IntersectsWith, High, "MLPS protects all data in transit but allows checksums for integrity; 39204 demands cryptography for important data."),
    m!("7.5.d", "8.1.4.7", SupersetOf, Medium, "MLPS accepts checksums or cryptography for important data integrity in transit; 39204 asks cryptography and confidentiality too."),
    m!("7.5.d", "8.1.4.8", SupersetOf, High, "MLPS encrypts important data in transit for confidentiality; 39204 also asks cryptographic integrity."),
    m!("7.5.e", "8.1.10.6", SupersetOf, High, "MLPS approves, logs and closes remote maintenance channels; 39204 also demands secure channels and strong authentication."),
    m!("7.5.e", "8.1.4.1", SupersetOf, Medium, "MLPS protects remote management against eavesdropping with multi-factor login; 39204 also restricts and audits remote O&M."),
    m!("7.5.f", "8.1.3.1", SubsetOf, High, "MLPS boundary protection already checks or limits rogue devices, unauthorised outbound links and wireless access."),
    // 7.6 Secure computing environment
    m!("7.6.a", "8.1.4.1", SubsetOf, High, "MLPS level 3 requires unique IDs, complex credentials and two-factor login with cryptography for all users."),
    m!("7.6.b", "8.1.4.2", SupersetOf, Medium, "MLPS asks least privilege and separated admin privileges; 39204 names the system, audit and security administrator split."),
    m!("7.6.b", "8.1.7.1", IntersectsWith, Medium, "MLPS creates system, audit and security administrator posts; 39204 adds least privilege for all access."),
    m!("7.6.c", "8.1.4.3", SupersetOf, High, "MLPS audits users and important events and protects records; 39204 adds network log retention of at least six months."),
    m!("7.6.c", "8.1.3.5", SupersetOf, Medium, "MLPS audits users and events at boundaries; it sets no retention period, 39204 requires at least six months."),
    m!("7.6.c", "8.1.5.4", IntersectsWith, Medium, "MLPS centralises audit data with retention meeting the law; 39204 states the six-month floor, MLPS adds central analysis."),
    m!("7.6.d", "8.1.4.4", SupersetOf, High, "MLPS requires minimal installation and closing unneeded services and ports; 39204 adds secure configuration baselines."),
    m!("7.6.d", "8.1.10.8", IntersectsWith, Medium, "MLPS records and controls basic configuration; 39204 asks hardened baselines rather than a configuration record."),
    m!("7.6.e", "8.1.4.4", SubsetOf, High, "MLPS requires finding known vulnerabilities and patching them promptly after testing."),
    m!("7.6.e", "8.1.10.5", SubsetOf, High, "MLPS requires identifying vulnerabilities and fixing them promptly or after impact assessment."),
    m!("7.6.f", "8.1.4.5", SupersetOf, High, "MLPS requires malware prevention on hosts; 39204 adds host intrusion prevention."),
    m!("7.6.f", "8.1.4.4", IntersectsWith, Medium, "MLPS detects intrusions on important nodes and alerts; 39204 asks prevention, MLPS adds other hardening items."),
    m!("7.6.g", "8.1.4.6", EquivalentTo, High, "Both require trusted verification of boot and key software of computing devices from a root of trust."),
    m!("7.6.h", "8.1.4.7", SupersetOf, Medium, "MLPS allows checksums or cryptography for stored important data integrity; 39204 asks cryptography and confidentiality too."),
    m!("7.6.h", "8.1.4.8", SupersetOf, High, "MLPS encrypts stored important data; 39204 also asks integrity and residual information protection."),
    m!("7.6.h", "8.1.4.10", SupersetOf, High, "MLPS clears storage of credentials and sensitive data; 39204 bundles this with protection of data at rest."),
    // 7.7 Security construction management
    m!("7.7.a", "8.1.9.2", IntersectsWith, Medium, "MLPS requires a security design for the system; 39204 ties planning, building and use of security to the CII's own schedule."),
    m!("7.7.a", "8.1.9.6", IntersectsWith, Medium, "MLPS manages security implementation as a project; the same-time duty across the CII life cycle is not stated."),
    m!("7.7.b", "8.1.9.2", SubsetOf, High, "MLPS requires an overall security plan and detailed design reviewed and approved by experts."),
    m!("7.7.c", "8.1.9.4", SubsetOf, High, "MLPS in-house development requires secure coding rules and security testing during development."),
    m!("7.7.d", "8.1.9.5", IntersectsWith, High, "Both check outsourced code for backdoors and want source code; 39204 adds contract clauses, MLPS adds design documents."),
    m!("7.7.e", "8.1.9.7", EquivalentTo, Medium, "Both require acceptance testing and security testing before go-live with a report."),
    m!("7.7.f", "8.1.9.3", IntersectsWith, High, "MLPS buys products under national rules and tests candidates; 39204 names certified critical equipment and security products."),
    // 7.8 Security operations and maintenance
    gap!("7.8.a", "MLPS controls who performs O&M and how, but never where; onshore O&M is a CII-only duty."),
    m!("7.8.b", "8.1.10.6", IntersectsWith, High, "Both approve O&M tools before use; 39204 adds central control such as a bastion host, MLPS adds log and data-clean rules."),
    m!("7.8.b", "8.1.5.1", IntersectsWith, Medium, "MLPS lets system admins act only through set interfaces with audit; 39204 vets and centralises all O&M tools."),
    m!("7.8.c", "8.1.10.6", SubsetOf, Medium, "MLPS O&M management already assigns roles and accounts under control and keeps detailed O&M logs."),
    m!("7.8.c", "8.1.5.1", IntersectsWith, Medium, "MLPS authenticates and audits system admin operations; 39204 extends approval and audit to every O&M account."),
    m!("7.8.d", "8.1.10.10", EquivalentTo, High, "Both require planned, approved changes with recovery from failed changes."),
    m!("7.8.e", "8.1.10.8", SupersetOf, High, "MLPS records configuration and updates it through change control; 39204 also maintains the asset inventory and baselines."),
    m!("7.8.e", "8.1.10.2", IntersectsWith, Medium, "Keeping the asset inventory current overlaps MLPS asset management, which adds labelling and classification."),
    m!("7.8.f", "8.1.10.11", SupersetOf, Medium, "MLPS sets backup scope, strategy and recovery procedures; 39204 adds regular restore tests."),
    m!("7.8.f", "8.1.4.9", IntersectsWith, Medium, "MLPS requires local backup and recovery of important data plus off-site copies; 39204 asks restore testing."),
    m!("7.8.g", "8.1.10.4", SupersetOf, High, "MLPS covers equipment maintenance, removal approval and wiping before reuse or disposal; 39204 adds media management."),
    m!("7.8.g", "8.1.10.3", SupersetOf, Medium, "MLPS covers media storage, transport and records; 39204 adds equipment maintenance and disposal."),
    // 7.9 Supply chain security
    m!("7.9.a", "8.1.9.10", SupersetOf, Low, "MLPS covers supplier selection and agreements only; 39204 asks a supply chain security strategy and rule set."),
    m!("7.9.b", "8.1.9.3", IntersectsWith, Medium, "MLPS buys under national rules and vetted lists; 39204 prefers trustworthy products and cybersecurity review, MLPS adds crypto rules."),
    m!("7.9.c", "8.1.9.10", SupersetOf, Medium, "MLPS agreements state service suppliers' security duties; 39204 adds confidentiality duties for all providers."),
    m!("7.9.c", "8.1.10.14", IntersectsWith, Medium, "MLPS O&M outsourcing agreements cover sensitive information handling; 39204 extends security agreements to every provider."),
    m!("7.9.d", "8.1.9.10", SupersetOf, Medium, "MLPS selects suppliers under national rules and reviews their service; 39204 makes security capability the criterion."),
    m!("7.9.d", "8.1.10.14", IntersectsWith, Medium, "MLPS checks that O&M providers are capable of MLPS-grade work; 39204 assesses all suppliers' security capability."),
    m!("7.9.e", "8.1.10.14", IntersectsWith, Low, "MLPS O&M agreements state emergency support for service interruption; 39204 asks alternative sources for any supply."),
    m!("7.9.f", "8.1.8.4", SubsetOf, Medium, "MLPS external-party access management approves, records and revokes outside staff access to rooms and networks."),
    m!("7.9.f", "8.1.10.14", IntersectsWith, Medium, "MLPS O&M agreements set rules for providers' access to sensitive information; 39204 approves and audits all supplier access."),
    m!("7.9.g", "8.1.10.8", IntersectsWith, Low, "MLPS records installed software components, versions and patches; 39204 tracks provenance and secures update channels."),
    // 7.10 Data security
    gap!("7.10.a", "MLPS level-3 general requirements assign no data security responsibilities or data security appraisal."),
    m!("7.10.b", "8.1.10.2", SupersetOf, Medium, "MLPS asks rules for classifying and labelling information; 39204 asks data classification and grading with extra care for important data."),
    gap!("7.10.c", "MLPS has no data localisation or cross-border transfer security assessment duty."),
    m!("7.10.d", "8.1.4.11", SupersetOf, Medium, "MLPS limits personal information collection and bars unauthorised use; 39204 protects all data at every life-cycle stage."),
    m!("7.10.d", "8.1.4.8", IntersectsWith, Medium, "MLPS encrypts important data in transit and storage; 39204 asks protection across the whole data life cycle."),
    m!("7.10.e", "8.1.4.9", EquivalentTo, High, "Both require backup with off-site copies and redundancy of important systems to survive disasters."),
    m!("7.10.f", "8.1.10.4", SupersetOf, High, "MLPS wipes storage media before equipment reuse or disposal; 39204 also asks deletion and destruction of the data itself."),
    m!("7.10.f", "8.1.4.10", IntersectsWith, Medium, "MLPS clears residual data from released storage; 39204 deletes and destroys data at end of use."),
    m!("7.10.g", "8.1.10.12", SupersetOf, Medium, "MLPS handles security incidents in general; 39204 adds monitoring for data leaks and abnormal data flows."),
    // 8.1 Detection and evaluation: system
    m!("8.1.a", "8.1.7.5", IntersectsWith, Medium, "MLPS runs regular security checks with forms and reports; 39204 asks a full testing and evaluation system with budget."),
    m!("8.1.b", "8.1.10.5", SupersetOf, High, "MLPS asks regular security evaluation with no interval; 39204 requires testing and risk evaluation at least once a year."),
    m!("8.1.b", "8.1.9.9", IntersectsWith, Medium, "MLPS asks periodic level evaluation by a qualified body; 39204 asks a yearly risk evaluation, in-house or entrusted."),
    m!("8.1.c", "8.1.9.9", SupersetOf, High, "MLPS re-evaluates after major change; 39204 also re-evaluates after a major incident."),
    // 8.2 Detection and evaluation: content
    m!("8.2.a", "8.1.7.5", SupersetOf, Medium, "MLPS checks how security policies are carried out; 39204 also checks compliance with laws and the protection plan."),
    m!("8.2.b", "8.1.7.5", SupersetOf, Medium, "MLPS checks the effectiveness of technical measures; 39204 names scanning and penetration testing as methods."),
    m!("8.2.b", "8.1.10.5", IntersectsWith, Medium, "MLPS identifies vulnerabilities and runs security evaluations; 39204 tests protection effectiveness by scanning and pentest."),
    m!("8.2.c", "8.1.9.10", IntersectsWith, Low, "MLPS reviews and audits supplier services; 39204 evaluates supply chain and data security incl. cross-border transfer."),
    gap!("8.2.d", "MLPS evaluates each graded system alone and never the risks of a critical business chain spanning systems."),
    // 8.3 Detection and evaluation: implementation
    m!("8.3.a", "8.1.9.9", SupersetOf, Medium, "MLPS rectifies non-conformities found by level evaluation; 39204 rectifies all evaluation findings and tracks closure."),
    m!("8.3.a", "8.1.10.5", SupersetOf, Medium, "MLPS takes measures on problems found by security evaluation; 39204 adds tracking to closure."),
    gap!("8.3.b", "MLPS level-3 requirements contain no duty to report evaluation results to a protection department."),
    m!("8.3.c", "8.1.7.4", IntersectsWith, Low, "MLPS keeps cooperation with cybersecurity authorities; 39204 requires cooperating with their inspections."),
    // 9.1 Monitoring and early warning: system
    m!("9.1.a", "8.1.10.6", IntersectsWith, Medium, "MLPS assigns staff to analyse logs, monitoring and alarm data; 39204 asks a formal monitoring, warning and reporting system."),
    m!("9.1.a", "8.1.10.12", IntersectsWith, Medium, "MLPS sets rules for reporting and handling security events; 39204 adds monitoring and early warning."),
    m!("9.1.b", "8.1.5.4", IntersectsWith, Medium, "MLPS names what to monitor centrally; 39204 asks a documented strategy with content, frequency and responsibilities."),
    m!("9.1.c", "8.1.7.4", IntersectsWith, Medium, "MLPS keeps contacts with authorities and peers; 39204 requires joining sector and state sharing mechanisms with a named contact."),
    // 9.2 Monitoring
    m!("9.2.a", "8.1.3.3", IntersectsWith, High, "MLPS detects attacks at key network nodes; 39204 monitors boundaries, hosts and applications, MLPS also blocks."),
    m!("9.2.a", "8.1.5.4", IntersectsWith, High, "MLPS centrally monitors and alarms on security events; 39204 asks situational awareness across all layers."),
    m!("9.2.a", "8.1.4.4", IntersectsWith, Medium, "MLPS detects intrusions on important hosts and alerts; 39204 widens monitoring to malware and anomalies everywhere."),
    m!("9.2.b", "8.1.5.4", SupersetOf, Medium, "MLPS monitors the running state of links, devices and servers; 39204 monitors availability of the whole critical business chain."),
    m!("9.2.c", "8.1.5.4", SubsetOf, High, "MLPS centralised control already collects and analyses audit data and security alarms from all devices."),
    m!("9.2.d", "8.1.5.4", SupersetOf, Medium, "MLPS identifies and analyses security events; 39204 also traces attack paths and affected assets."),
    m!("9.2.d", "8.1.10.6", SupersetOf, Medium, "MLPS analyses logs and alarms to find suspicious behaviour; 39204 asks threat, path and impact analysis."),
    m!("9.2.e", "8.1.3.2", IntersectsWith, Low, "MLPS filters data flows by application content at key nodes; 39204 asks continuous monitoring for data leaks."),
    // 9.3 Early warning
    m!("9.3.a", "8.1.10.12", IntersectsWith, Medium, "MLPS defines response processes per event type; 39204 grades warnings before an incident and triggers matching response."),
    gap!("9.3.b", "MLPS has no duty to receive and act on warnings issued by protection departments or other authorities."),
    m!("9.3.c", "8.1.10.12", IntersectsWith, Low, "MLPS reports weaknesses and suspicious events internally; 39204 reports major threats to the protection department and police."),
    // 10.1 Reduce the exposure surface
    m!("10.1.a", "8.1.4.4", IntersectsWith, Medium, "MLPS minimises installs and closes unneeded services and ports on hosts; 39204 finds and shrinks Internet-facing exposure."),
    m!("10.1.a", "8.1.3.2", IntersectsWith, Medium, "MLPS default-deny and minimal boundary rules limit exposed services; 39204 adds discovery of exposed assets and interfaces."),
    gap!("10.1.b", "MLPS has no duty to limit sensitive organisational information exposed to the public."),
    m!("10.1.c", "8.1.4.2", IntersectsWith, Medium, "MLPS removes default accounts and passwords; 39204 regularly checks exposure incl. unknown assets and lateral paths."),
    m!("10.1.c", "8.1.10.5", IntersectsWith, Medium, "MLPS identifies hidden risks and evaluates regularly; 39204 focuses the check on exposure."),
    // 10.2 Attack detection and blocking
    m!("10.2.a", "8.1.3.3", IntersectsWith, Medium, "MLPS analyses network behaviour to spot new attacks; 39204 adds study of attack methods and deception or capture."),
    m!("10.2.b", "8.1.3.3", SupersetOf, Medium, "MLPS blocks attacks at key nodes and records their source; 39204 adds active disruption and source tracing."),
    m!("10.2.b", "8.1.10.12", IntersectsWith, Medium, "MLPS incident handling collects evidence; 39204 adds active blocking and tracing during the attack."),
    m!("10.2.c", "8.1.10.12", IntersectsWith, Low, "MLPS draws lessons from incidents; 39204 adjusts the protection strategy from observed attacks."),
    // 10.3 Attack-defense exercises
    gap!("10.3.a", "MLPS requires emergency drills and security testing but no realistic attack-defense exercises."),
    gap!("10.3.b", "MLPS has no duty to take part in exercises run by a protection department or the state."),
    m!("10.3.c", "8.1.10.5", IntersectsWith, Medium, "MLPS fixes vulnerabilities and hidden risks whatever found them; exercise findings can be process gaps beyond that."),
    // 10.4 Threat intelligence
    gap!("10.4.a", "MLPS level-3 general requirements do not call for collecting or using threat intelligence."),
    gap!("10.4.b", "MLPS asks general contacts with outside bodies but no threat intelligence sharing."),
    // 11.1 Incident handling: system
    m!("11.1.a", "8.1.10.12", SubsetOf, Medium, "MLPS requires incident reporting and handling rules with processes per event type and defined responsibilities."),
    m!("11.1.b", "8.1.10.13", SupersetOf, Medium, "MLPS requires a plan framework, specific plans and regular revision; 39204 adds consistency with national and sector plans."),
    m!("11.1.c", "8.1.10.13", SupersetOf, Medium, "MLPS plans name the emergency organisation and resources; 39204 requires a standing response team with support."),
    // 11.2 Emergency drills
    m!("11.2.a", "8.1.10.13", SupersetOf, High, "MLPS requires regular drills with no interval; 39204 requires drills on critical business at least once a year."),
    gap!("11.2.b", "MLPS drills are internal; it has no duty to join cross-organisation drills run by a protection department."),
    m!("11.2.c", "8.1.10.13", SupersetOf, Medium, "MLPS re-evaluates and revises plans regularly; 39204 ties revision to evaluating each drill."),
    // 11.3 Response and handling
    m!("11.3.a", "8.1.10.12", IntersectsWith, Medium, "MLPS reports events internally with special procedures for major ones; 39204 reports to the protection department and police."),
    m!("11.3.b", "8.1.10.12", IntersectsWith, Medium, "Both collect evidence during handling; 39204 adds containment and eradication, MLPS adds cause analysis."),
    m!("11.3.c", "8.1.10.11", IntersectsWith, Medium, "MLPS defines recovery procedures for backups; 39204 restores services and keeps critical business running."),
    m!("11.3.c", "8.1.4.9", IntersectsWith, Medium, "MLPS hot redundancy keeps important systems available; 39204 restores damaged functions after an incident."),
    m!("11.3.d", "8.1.10.12", SubsetOf, High, "MLPS already requires analysing causes, recording handling and drawing lessons from incidents."),
    // 11.4 Re-identification
    gap!("11.4.a", "MLPS closes incidents with lessons learned but never re-identifies affected business, assets and risks."),
    m!("11.4.b", "8.1.6.4", IntersectsWith, Medium, "MLPS revises deficient policies on review; 39204 adjusts measures and the protection plan after an incident."),
    m!("11.4.b", "8.1.10.12", IntersectsWith, Low, "MLPS uses incident lessons to prevent recurrence; 39204 adjusts measures and the plan from re-identification."),
    ]),
};
