//! The CII Security Protection Regulation (State Council Decree No. 745, 2021): its 6 chapters and the 12 operator-obligation articles the crosswalk targets (Art. 6, 11–21).
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
    id: Cow::Borrowed("cii-regulation-2021"),
    name: Text::new("关键信息基础设施安全保护条例", "Regulation on the security protection of critical information infrastructure"),
    version: Cow::Borrowed("State Council Decree No. 745 (in force 2021-09-01)"),
    publisher: Text::new("中华人民共和国国务院", "State Council of the PRC"),
    controls: Cow::Borrowed(&[
    // 关键信息基础设施安全保护条例 (State Council Decree No. 745, in force 2021-09-01).
    // 6 chapters (parent "") and the operator-obligation articles used in the crosswalk.
    // Titles summarise each obligation in our own words.
    c!("Ch.1", "", "Chapter 1: general principles (Art. 1-7)", "第一章 总则（第一至七条）"),
    c!("Art.6", "Ch.1", "Protect CII on the MLPS baseline plus extra measures", "在等级保护基础上采取技术及其他必要措施保护关键信息基础设施"),
    c!("Ch.2", "", "Chapter 2: identifying CII (Art. 8-11)", "第二章 关键信息基础设施认定（第八至十一条）"),
    c!("Art.11", "Ch.2", "Report major changes that may affect CII identification", "发生可能影响认定结果的较大变化时及时报告"),
    c!("Ch.3", "", "Chapter 3: operator responsibilities (Art. 12-21)", "第三章 运营者责任义务（第十二至二十一条）"),
    c!("Art.12", "Ch.3", "Plan, build and operate security alongside the CII", "安全保护措施与关键信息基础设施同步规划、建设和使用"),
    c!("Art.13", "Ch.3", "Protection rules, accountability and resources; head fully responsible", "建立安全保护制度和责任制并保障投入，主要负责人全面负责"),
    c!("Art.14", "Ch.3", "Dedicated security unit; vet its head and key staff", "设立专门安全管理机构，对负责人和关键岗位人员开展安全背景审查"),
    c!("Art.15", "Ch.3", "Duties of the dedicated security management unit", "专门安全管理机构的职责范围"),
    c!("Art.16", "Ch.3", "Fund and staff the unit; involve it in IT decisions", "保障专门机构经费与人员，并使其参与网络安全和信息化决策"),
    c!("Art.17", "Ch.3", "Yearly testing and risk assessment, fixes and report", "每年至少开展一次检测评估，及时整改并向保护工作部门报告"),
    c!("Art.18", "Ch.3", "Report major incidents and threats to authorities", "重大网络安全事件或威胁及时报告保护工作部门和公安机关"),
    c!("Art.19", "Ch.3", "Buy secure, trusted products; pass security review", "优先采购安全可信的网络产品和服务，涉及国家安全的须通过安全审查"),
    c!("Art.20", "Ch.3", "Security and confidentiality agreements with providers", "与产品和服务提供者签订安全保密协议并监督履行"),
    c!("Art.21", "Ch.3", "Report merger, split or dissolution and hand over CII properly", "合并、分立、解散时及时报告，并按要求处置关键信息基础设施"),
    c!("Ch.4", "", "Chapter 4: safeguards and promotion (Art. 22-38)", "第四章 保障和促进（第二十二至三十八条）"),
    c!("Ch.5", "", "Chapter 5: legal liability (Art. 39-49)", "第五章 法律责任（第三十九至四十九条）"),
    c!("Ch.6", "", "Chapter 6: supplementary provisions (Art. 50-51)", "第六章 附则（第五十至五十一条）"),
    ]),
};

/// The curated mapping set from GB/T 39204-2022.
#[rustfmt::skip]
pub(crate) static MAPPINGS: MappingSet = MappingSet {
    framework: Cow::Borrowed("cii-regulation-2021"),
    provenance: Provenance::Curated,
    entries: Cow::Borrowed(&[
    // Mapping set: GB/T 39204-2022 -> CII Security Protection Regulation (State Council Decree 745, 2021).
    // Provenance: curated by this project (not official). Read "SOURCE rel TARGET", source = the GB/T 39204 item,
    // target = a whole operator-obligation article (Art.6, Art.11-21). Rationales are our own words, not the law's text.
    // Convention: an item that is one concrete part of an article's duty is SubsetOf; an item that adds a number or
    // detail to a multi-duty article is IntersectsWith; SupersetOf only where the item contains the article's whole duty.

    // 6.1 Business identification
    gap!("6.1.a", "Identifying CII is left to protection departments (Arts.8-10); operators get no duty to analyse critical business dependencies."),
    gap!("6.1.b", "No operator article asks for mapping the critical business chain or locating the CII that supports it."),
    // 6.2 Asset identification
    gap!("6.2.a", "No operator article requires an inventory of the networks, systems and services behind critical business."),
    gap!("6.2.b", "The Regulation sets operators no asset categorisation or protection-priority duty."),
    m!("6.2.c", "Art.15", IntersectsWith, Low, "Knowing which important data and personal information exist underpins the organisation's data-protection duty; no inventory is named."),
    gap!("6.2.d", "No article deals with keeping an asset inventory current or with technical asset discovery."),
    // 6.3 Risk identification
    m!("6.3.a", "Art.17", IntersectsWith, Medium, "Both call for CII risk assessment; the item adds GB/T 20984 and chain-wide scope, the article a yearly cycle and reporting."),
    m!("6.3.a", "Art.15", IntersectsWith, Medium, "Risk assessment is a listed duty of the security organisation; the item adds a method and a focus on the critical business chain."),
    m!("6.3.b", "Art.17", IntersectsWith, Medium, "Both require acting on risks found; the item adds a risk register and treatment plan, the article yearly testing and a report."),
    // 6.4 Major change
    m!("6.4.a", "Art.11", SupersetOf, High, "The article asks operators to report major changes that may affect identification; the item adds re-identification and inventory updates."),
    m!("6.4.a", "Art.21", IntersectsWith, Medium, "A change of owner overlaps the article's merger, division and dissolution duty; each covers change types the other lacks."),
    // 7.1 MLPS foundation
    m!("7.1.a", "Art.6", IntersectsWith, High, "Both ground CII protection on MLPS; the item spells out grading, filing and level evaluation, the article adds incident and data goals."),
    m!("7.1.b", "Art.6", IntersectsWith, Medium, "The article builds on MLPS but sets no minimum level; the item fixes level 3 or higher plus the fitting extension requirements."),
    // 7.2 Security management policies
    m!("7.2.a", "Art.15", IntersectsWith, High, "Drawing up the CII protection plan is a listed organisation duty; the item adds objective areas and sign-off by the top official."),
    m!("7.2.a", "Art.13", IntersectsWith, Medium, "The top official's overall responsibility is the basis for approving the plan; the article itself does not mention a plan."),
    m!("7.2.b", "Art.15", SubsetOf, Medium, "Setting up security management rules and an evaluation and appraisal system is a listed duty of the security organisation."),
    m!("7.2.b", "Art.13", SubsetOf, Medium, "Management rules and operating procedures are part of the protection and responsibility system the article requires."),
    gap!("7.2.c", "The Regulation requires rules and a plan but sets no review interval; the yearly review has no counterpart."),
    gap!("7.2.d", "No article governs how policies are issued, versioned or made known to staff."),
    // 7.3 Security management organisation
    m!("7.3.a", "Art.13", IntersectsWith, High, "Both put overall responsibility on the principal responsible person; the item adds a committee or leading group headed by that person."),
    m!("7.3.b", "Art.14", IntersectsWith, High, "Both require a dedicated security management organisation; the item adds head, staff and budget, the article background review."),
    m!("7.3.b", "Art.16", IntersectsWith, High, "Both require funding and staff for the organisation; the article also gives it a voice in decisions, the item a named head."),
    gap!("7.3.c", "The Regulation names the principal responsible person and the organisation head, but no leadership-level chief cybersecurity officer."),
    m!("7.3.d", "Art.13", IntersectsWith, Medium, "The article demands a responsibility system but names no per-CII responsible person; the item requires one for each CII."),
    m!("7.3.e", "Art.16", SubsetOf, High, "The article has the organisation's staff take part in cybersecurity and IT decisions, which is the whole of the item."),
    m!("7.3.f", "Art.15", IntersectsWith, High, "The organisation runs security work appraisal and proposes rewards and penalties; the item adds supervision and accountability."),
    m!("7.3.f", "Art.13", IntersectsWith, Medium, "Accountability rests on the responsibility system the article requires; the article does not describe appraisal."),
    // 7.4 Security personnel
    m!("7.4.a", "Art.14", IntersectsWith, High, "Both require background review of the organisation head and key staff; the item adds review again on change."),
    m!("7.4.b", "Art.15", IntersectsWith, Medium, "The organisation designates key security positions; the item adds two-person coverage and separation of duties."),
    m!("7.4.c", "Art.15", IntersectsWith, High, "Security education and training is a listed duty; the item adds a floor of 30 hours per person per year and records."),
    gap!("7.4.d", "The Regulation lists training but not skill assessment of technical staff; that duty is in Cybersecurity Law Art.34."),
    gap!("7.4.e", "No article covers revoking access or recovering assets when staff leave or change role."),
    // 7.5 Secure communication network
    gap!("7.5.a", "Network zoning and isolation is a technical control no operator article addresses beyond Art.6's general MLPS-based measures."),
    gap!("7.5.b", "No article conditions external interconnection on risk assessment or boundary protection."),
    gap!("7.5.c", "Redundant lines and devices are not required by any operator article; Art.6 only states the goal of stable operation."),
    gap!("7.5.d", "Art.6 states data confidentiality and integrity only as a general goal; no article requires cryptography for data in transit."),
    gap!("7.5.e", "No article restricts remote operations and maintenance or sets channel and authentication rules for it."),
    gap!("7.5.f", "Detecting unauthorised outbound links, rogue devices or wireless is a technical control with no counterpart article."),
    // 7.6 Secure computing environment
    gap!("7.6.a", "Identity authentication and MFA are technical controls outside the Regulation's operator articles."),
    gap!("7.6.b", "Least privilege and separation of administrator roles are not addressed by any operator article."),
    gap!("7.6.c", "The Regulation has no audit or log retention article; the six-month log rule comes from Cybersecurity Law Art.21."),
    gap!("7.6.d", "Hardening and configuration baselines are technical controls with no counterpart article."),
    gap!("7.6.e", "No operator article in the Regulation deals with vulnerability and patch management."),
    gap!("7.6.f", "Malware and host intrusion prevention are left to Art.6's general MLPS-based measures; no specific article."),
    gap!("7.6.g", "Trusted computing and trusted verification are not mentioned in any operator article."),
    gap!("7.6.h", "Art.6 names data confidentiality and integrity only as a goal; no article requires at-rest cryptography or residual data protection."),
    // 7.7 Security construction management
    m!("7.7.a", "Art.12", EquivalentTo, High, "Both require security measures planned, built and put into use together with the CII."),
    m!("7.7.b", "Art.12", IntersectsWith, Medium, "Designing the security architecture up front realises concurrent planning; the item adds expert review of the plans."),
    gap!("7.7.c", "The Regulation does not deal with secure coding or source code testing of in-house software."),
    m!("7.7.d", "Art.20", IntersectsWith, High, "Both bind providers by security agreements and oversight; the item adds backdoor checks and access to source code."),
    m!("7.7.d", "Art.15", IntersectsWith, Medium, "The organisation manages the security of design and build services; the item specifies clauses, backdoor checks and escrow."),
    gap!("7.7.e", "Concurrent use under Art.12 does not require pre-launch security testing and acceptance; no article does."),
    m!("7.7.f", "Art.19", IntersectsWith, Medium, "Both steer procurement to trustworthy products; the item requires certification or testing of critical equipment, the article does not."),
    // 7.8 Security operations and maintenance
    gap!("7.8.a", "The Regulation sets no onshore rule for operations and maintenance."),
    gap!("7.8.b", "Vetting and central control of O&M tools has no counterpart article."),
    gap!("7.8.c", "No article covers approval, least privilege or auditing of O&M accounts."),
    gap!("7.8.d", "Change management is not addressed by any operator article."),
    gap!("7.8.e", "Configuration management and baseline upkeep have no counterpart article."),
    gap!("7.8.f", "The Regulation's operator articles do not require backup and restore testing; backup duties are in Cybersecurity Law Arts.21 and 34."),
    gap!("7.8.g", "Media and equipment handling, removal and disposal are not addressed."),
    // 7.9 Supply chain security
    gap!("7.9.a", "The Regulation regulates procurement and provider agreements (Arts.19-20) but asks for no overall supply chain strategy."),
    m!("7.9.b", "Art.19", EquivalentTo, High, "Both require preferring secure and trustworthy products and services and a cybersecurity review where national security may be affected."),
    m!("7.9.c", "Art.20", SubsetOf, High, "Security and confidentiality agreements with providers are required by the article, which also adds supervision of providers."),
    m!("7.9.d", "Art.20", IntersectsWith, Medium, "Both keep providers under oversight; the item adds capability-based selection, the article ties oversight to the agreement."),
    m!("7.9.d", "Art.19", IntersectsWith, Low, "Choosing suppliers on security capability fits the preference for trustworthy services; the article sets no supplier assessment."),
    gap!("7.9.e", "Continuity of supply and alternative sources are not addressed by any operator article."),
    m!("7.9.f", "Art.20", IntersectsWith, Low, "Supervising providers overlaps with approving and auditing their access; the article does not mention access control."),
    gap!("7.9.g", "Product provenance, component tracking and secure update channels have no counterpart article."),
    // 7.10 Data security
    m!("7.10.a", "Art.15", SubsetOf, Medium, "Data security responsibilities and their appraisal fall within the organisation's data-protection and appraisal duties."),
    gap!("7.10.b", "The Regulation's data duty names no classification and grading scheme; that comes from the Data Security Law."),
    gap!("7.10.c", "The Regulation has no data localisation or export article; the counterpart is Cybersecurity Law Art.37."),
    m!("7.10.d", "Art.15", IntersectsWith, Medium, "The organisation must protect personal information and data; the item spells out protection at every life-cycle stage."),
    gap!("7.10.e", "No operator article in the Regulation requires disaster-recovery backup; the counterpart is Cybersecurity Law Art.34."),
    gap!("7.10.f", "Deletion, destruction and media sanitisation at end of use are not addressed."),
    m!("7.10.g", "Art.15", IntersectsWith, Medium, "Data protection and incident handling are listed duties; the item adds monitoring for leaks and abnormal data flows."),
    // 8.1 Detection and evaluation: system
    m!("8.1.a", "Art.17", IntersectsWith, Medium, "A testing and evaluation system supports the yearly testing duty; the item adds process, methods, people and budget."),
    m!("8.1.a", "Art.15", IntersectsWith, Medium, "Testing and risk assessment are organisation duties; the item formalises them with method, period and resources."),
    m!("8.1.b", "Art.17", SubsetOf, High, "Yearly testing and risk assessment, in-house or by a service firm, is the core of the article, which adds rectification and reporting."),
    gap!("8.1.c", "The Regulation fixes a yearly cycle only; it asks for no extra evaluation after major change or incidents."),
    // 8.2 Detection and evaluation: content
    m!("8.2.a", "Art.17", IntersectsWith, Low, "The yearly assessment could include compliance, but the article frames it as security testing and risk, not legal compliance."),
    m!("8.2.b", "Art.17", SubsetOf, Medium, "Vulnerability scanning and penetration testing are concrete forms of the security testing the article requires."),
    m!("8.2.c", "Art.17", IntersectsWith, Medium, "The article leaves assessment scope open; the item adds supply chain, data and cross-border data to it."),
    m!("8.2.d", "Art.17", SubsetOf, Medium, "Assessing risks to the critical business chain is part of the risk assessment the article requires."),
    // 8.3 Detection and evaluation: implementation
    m!("8.3.a", "Art.17", SubsetOf, Medium, "The article requires prompt rectification of problems found; tracking them to closure is how that is done."),
    m!("8.3.b", "Art.17", SubsetOf, High, "Reporting assessment results to the protection department as required is part of the article."),
    gap!("8.3.c", "Cooperation with official inspections sits in the Regulation's safeguards chapter, outside the operator articles mapped here."),
    // 9.1 Monitoring and early warning: system
    m!("9.1.a", "Art.15", IntersectsWith, Medium, "Monitoring and reporting incidents are organisation duties; the item adds a formal early-warning and reporting system."),
    m!("9.1.b", "Art.15", IntersectsWith, Low, "The article asks for monitoring but defines no objects, frequency or responsibilities; the item sets that strategy."),
    m!("9.1.c", "Art.15", IntersectsWith, Low, "Reporting to authorities needs a channel; the item adds joining sector and state sharing mechanisms with a named contact."),
    // 9.2 Monitoring
    m!("9.2.a", "Art.15", SubsetOf, Medium, "Watching boundaries, hosts and applications for attacks is a concrete form of the security monitoring the organisation must do."),
    m!("9.2.b", "Art.15", IntersectsWith, Medium, "The organisation must monitor; the item adds a focus on the running state and availability of the critical business chain."),
    m!("9.2.c", "Art.15", IntersectsWith, Low, "Central log collection and correlation serves the organisation's monitoring duty, but the article names no method."),
    m!("9.2.d", "Art.15", IntersectsWith, Low, "The organisation must monitor; the item adds analysis to find threats, attack paths and affected assets."),
    m!("9.2.e", "Art.15", SubsetOf, Medium, "Watching data flows for leaks serves both the monitoring duty and the data-protection duty of the organisation."),
    // 9.3 Early warning
    m!("9.3.a", "Art.15", IntersectsWith, Low, "Starting internal response on a warning draws on the organisation's emergency plan; the article has no warning grades."),
    gap!("9.3.b", "Acting on warnings from authorities is not an operator article duty; issuing warnings sits with protection departments (chapter 4)."),
    m!("9.3.c", "Art.18", SubsetOf, High, "Reporting major threats to the protection department and public security is one half of the article, which also covers incidents."),
    // 10.1 Reduce the exposure surface
    gap!("10.1.a", "Reducing Internet-facing assets, ports and services has no counterpart article."),
    gap!("10.1.b", "Limiting publicly exposed sensitive information is not addressed by any operator article."),
    gap!("10.1.c", "Regular exposure checks are not required; the yearly testing of Art.17 does not target exposure."),
    // 10.2 Attack detection and blocking
    gap!("10.2.a", "Deception and attack capture are active-defence techniques absent from the Regulation."),
    gap!("10.2.b", "Blocking attacks, tracing their source and keeping evidence are not operator article duties."),
    gap!("10.2.c", "Adjusting protection strategy from observed attacks has no counterpart article."),
    // 10.3 Attack-defense exercises
    gap!("10.3.a", "The drills in Art.15 are emergency drills; realistic attack-defence exercises are not required of operators."),
    gap!("10.3.b", "Exercises organised by authorities are a protection-department matter (chapter 4), outside the operator articles."),
    gap!("10.3.c", "Fixing weaknesses found in exercises has no counterpart article."),
    // 10.4 Threat intelligence
    gap!("10.4.a", "Collecting and using threat intelligence is not an operator duty in the Regulation."),
    gap!("10.4.b", "Information sharing is organised by the state and protection departments (chapter 4), outside the operator articles."),
    // 11.1 Incident handling: system
    m!("11.1.a", "Art.15", IntersectsWith, Medium, "Incident handling and reporting are organisation duties; the item adds incident classification, grading and roles."),
    m!("11.1.b", "Art.15", SubsetOf, High, "The organisation must write its emergency plan in line with national and sector plans, which is the item."),
    m!("11.1.c", "Art.15", IntersectsWith, Low, "Incident handling and capability building imply a response team; the article names no team or resources for it."),
    // 11.2 Emergency drills
    m!("11.2.a", "Art.15", IntersectsWith, High, "Regular emergency drills are a listed duty; the item fixes at least one drill per year on critical business."),
    gap!("11.2.b", "Cross-organisation drills are organised by protection departments (chapter 4); no operator article requires joining them."),
    m!("11.2.c", "Art.15", IntersectsWith, Low, "Drills and plans are organisation duties; evaluating drills to improve the plan is not spelled out."),
    // 11.3 Response and handling
    m!("11.3.a", "Art.18", EquivalentTo, High, "Both require reporting major incidents and threats to the protection department and public security."),
    m!("11.3.b", "Art.15", SubsetOf, Medium, "Containment, eradication and evidence preservation are concrete parts of the incident handling the organisation must do."),
    m!("11.3.c", "Art.15", IntersectsWith, Medium, "Restoring services is part of incident handling; the item adds keeping critical business running during recovery."),
    gap!("11.3.d", "No operator article requires root-cause investigation or lessons learned after incidents."),
    // 11.4 Re-identification
    gap!("11.4.a", "Re-identification after an incident has no counterpart; Art.11 is triggered only by major changes to the CII."),
    gap!("11.4.b", "No article requires adjusting protection measures or the plan after an incident."),
    ]),
};
