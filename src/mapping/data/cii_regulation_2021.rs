//! The CII Security Protection Regulation (State Council Decree No. 745, 2021): its 6 chapters and the 13 operator-obligation articles the crosswalk targets (Art. 6, 11–21, 28).
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
    c!("Art.28", "Ch.4", "Cooperate with the authorities' security inspections", "依法配合保护工作部门及密码、保密、国家安全、公安等部门的安全检查"),
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
    // target = a whole operator-obligation article (Art.6, Art.11-21, Art.28). Rationales are our own words, not the law's text.
    // Convention: an item that is one concrete part of an article's duty is SubsetOf; an item that adds a number or
    // detail to a multi-duty article is IntersectsWith; SupersetOf only where the item contains the article's whole duty.

    // 6.1 业务识别
    gap!("6.1.a", "Protection departments identify CII (Arts.8-10); no operator article asks the operator to identify its critical business or the external business linked to it."),
    gap!("6.1.b", "No operator article asks for an analysis of how far critical business depends on external business."),
    gap!("6.1.c", "Cross-sector impact is only a factor in the protection departments' identification rules (Art.9); operators have no duty to analyse their importance to external business."),
    gap!("6.1.d", "No operator article asks for mapping the critical business chain or recording where and how the supporting CII runs."),
    // 6.2 资产识别
    gap!("6.2.a", "No operator article requires an inventory of the networks, systems, data, services and other assets behind critical business."),
    gap!("6.2.b", "The Regulation sets operators no duty to rank assets for protection priority."),
    gap!("6.2.c", "No article deals with technical asset discovery or keeping an asset inventory current."),
    // 6.3 风险识别
    m!("6.3", "Art.17", IntersectsWith, Medium, "Both call for CII risk assessment; the item adds GB/T 20984, per-link threats, priorities and a risk report, the article a yearly cycle, rectification and reporting."),
    m!("6.3", "Art.15", IntersectsWith, Medium, "Risk assessment is a listed duty of the security organisation; the item adds a method and a focus on each link of the critical business chain."),
    // 6.4 重大变更
    m!("6.4", "Art.11", IntersectsWith, Medium, "Both follow major changes bearing on identification; the item has the operator redo identification and inventories, the article a report so the department re-identifies."),
    m!("6.4", "Art.21", IntersectsWith, Low, "A change of owner overlaps the article's merger, division and dissolution cases; the article asks for a report and handling as directed, the item for re-identification."),
    // 7.1 网络安全等级保护
    m!("7.1", "Art.6", IntersectsWith, High, "Both base CII protection on MLPS; the item lists grading, filing, building, rectification and evaluation; the article adds incident and data measures, names no level."),
    // 7.2 安全管理制度
    m!("7.2.a", "Art.15", IntersectsWith, High, "The article lists drafting the protection plan; the item adds goals, four planning areas, resources, approval and yearly revision, a cycle the article does not set."),
    m!("7.2.a", "Art.13", IntersectsWith, Medium, "Both secure people, money and equipment for protection; the item ties them to a written plan revised at least yearly, which the article does not require."),
    m!("7.2.b", "Art.15", IntersectsWith, Medium, "Setting management rules is a listed organisation duty; the item centres them on the business chain and adjusts them to threats, the article adds appraisal rules."),
    m!("7.2.b", "Art.13", IntersectsWith, Medium, "Rules and policies are part of the protection system the article wants built and improved; the item adds the business-chain focus and adjustment to changing risks."),
    // 7.3 安全管理机构
    m!("7.3.a", "Art.13", IntersectsWith, High, "Both put the principal responsible person in charge; the item adds a leading group and a CCSO from the leadership, the article has the principal lead on major incidents."),
    m!("7.3.b", "Art.14", IntersectsWith, High, "Both require a dedicated security management organisation; the item adds its head, posts and an accountability mechanism, the article background review (see 7.4.a)."),
    m!("7.3.b", "Art.16", IntersectsWith, Medium, "Both concern staffing the organisation; the item defines its head and posts, the article adds running funds and a voice in IT decisions."),
    m!("7.3.b", "Art.15", IntersectsWith, High, "The organisation runs security work appraisal and proposes rewards and penalties; the item adds supervision and accountability to an appraisal mechanism."),
    m!("7.3.b", "Art.13", IntersectsWith, Medium, "Accountability rests on the responsibility system the article requires; the article does not describe appraisal or supervision."),
    m!("7.3.c", "Art.13", IntersectsWith, Medium, "The article demands a responsibility system but names no per-CII responsible person; the item requires one for each CII."),
    m!("7.3.d", "Art.16", SubsetOf, High, "The article has the organisation's staff take part in cybersecurity and IT decisions, which is the whole of the item; it also adds funding and staffing."),
    // 7.4 安全管理人员
    m!("7.4.a", "Art.14", IntersectsWith, High, "Both require background review of the security head and key staff; the item adds skill tests before appointment and at least two people per key post, beyond the article."),
    m!("7.4.a", "Art.15", IntersectsWith, High, "The organisation designates the key security posts; the item adds vetting, skill tests and two-person management of each post, beyond the article."),
    gap!("7.4.b", "No operator article asks for sending security staff to outside cybersecurity activities; Art.35 puts their training into the state's continuing education."),
    m!("7.4.c", "Art.15", IntersectsWith, High, "Security education and training is a listed duty; the item adds regular skill tests and a floor of 30 class hours per person a year, which the article does not set."),
    gap!("7.4.d", "No operator article deals with handling security staff who change posts or leave."),
    gap!("7.4.e", "Staff confidentiality agreements and post-departure declassification periods have no counterpart; Art.20's agreements bind providers, not staff."),
    // 7.5.1 网络架构
    gap!("7.5.1", "No operator article requires redundant lines; Art.6 states only the goal of stable operation, with no one-main-two-backup rule or carrier count."),
    // 7.5.2 互联安全
    gap!("7.5.2.a", "No article sets interconnection policies between systems of different levels, businesses, zones or operators."),
    gap!("7.5.2.b", "Consistent identity and access policy across systems is a technical control no operator article addresses."),
    gap!("7.5.2.c", "Art.6 names data confidentiality and integrity only as a goal; no article requires protecting remote LAN-to-LAN communication."),
    // 7.5.3 边界防护
    gap!("7.5.3.a", "Controlling interoperation and data flows across boundaries is left to Art.6's general MLPS-based measures; no specific article."),
    gap!("7.5.3.b", "Discovering and controlling unauthorised devices and software has no counterpart article."),
    // 7.5.4 安全审计
    gap!("7.5.4", "The Regulation has no audit or log retention article; the six-month log rule comes from Cybersecurity Law Art.21."),
    // 7.6.1 鉴别与授权
    gap!("7.6.1.a", "No operator article asks for a list of important or abnormal operations."),
    gap!("7.6.1.b", "Dynamic or multi-factor authentication is a technical control outside the Regulation's operator articles."),
    gap!("7.6.1.c", "Label-based access control to important business data is not addressed by any operator article."),
    // 7.6.2 入侵防范
    gap!("7.6.2.a", "Resisting APT and similar intrusions is left to Art.6's general aim of preventing attacks; no specific article."),
    gap!("7.6.2.b", "Active detection and blocking of intrusions and viruses has no counterpart beyond Art.6's general MLPS-based measures."),
    // 7.6.3 自动化工具
    gap!("7.6.3", "No operator article deals with automated tools for accounts, configuration, vulnerabilities or patches."),
    // 7.7 安全建设管理
    m!("7.7", "Art.12", SupersetOf, High, "The item holds the article's whole duty to plan, build and use security in step with the CII, and adds verifying it by tests, reviews and exercises on build and change."),
    // 7.8 安全运维管理
    gap!("7.8.a", "The Regulation sets no onshore rule for operations and maintenance."),
    m!("7.8.b", "Art.15", IntersectsWith, Low, "The organisation must manage the security of maintenance services; signing confidentiality agreements with maintenance staff is one means the article does not name."),
    m!("7.8.b", "Art.20", IntersectsWith, Low, "Where maintenance is bought in, the article's confidentiality agreement with the provider overlaps; the item binds the maintenance staff themselves before work starts."),
    gap!("7.8.c", "Vetting and testing of O&M tools has no counterpart article."),
    // 7.9 供应链安全保护
    gap!("7.9.a", "The Regulation regulates procurement and provider agreements (Arts.19-20) but asks for no overall supply chain management rules."),
    m!("7.9.b", "Art.19", IntersectsWith, Medium, "Both steer procurement to trustworthy products; the item requires national certification of catalogue equipment, the article prefers secure products and sets a review."),
    m!("7.9.c", "Art.19", IntersectsWith, High, "Both review purchases that may affect national security; the item adds a yearly purchase list and national standards, the article a preference for trusted products."),
    m!("7.9.d", "Art.20", IntersectsWith, Low, "Both keep providers' security under check; the item assesses capability at selection, the article supervises performance of the agreement."),
    m!("7.9.d", "Art.19", IntersectsWith, Low, "Choosing suppliers on security capability fits the preference for trustworthy services; the article sets no supplier assessment."),
    gap!("7.9.e", "Managing procurement channels and keeping sources stable or diverse is not addressed by any operator article."),
    m!("7.9.f", "Art.20", IntersectsWith, Low, "The provider agreement sets technical support and security obligations and is supervised; the item focuses on secure delivery, updates and maintenance."),
    m!("7.9.g", "Art.20", IntersectsWith, High, "Both require security and confidentiality agreements with providers; the item lists clauses such as rewards, penalties and term, the article adds supervising performance."),
    gap!("7.9.h", "No article deals with providers' intellectual property licences; the ten-year licence term has no counterpart."),
    // 7.10 数据安全防护
    m!("7.10.a", "Art.15", IntersectsWith, Medium, "The article lists plan, protection, risk assessment, emergency plan, training and a data-protection duty in general; the item applies them all to data security."),
    m!("7.10.b", "Art.15", IntersectsWith, Medium, "Both require protection rules for personal information and data; the item bases them on classification and grading, which the article does not name."),
    gap!("7.10.c", "The Regulation has no data localisation or export article; the counterpart is Cybersecurity Law Art.37."),
    gap!("7.10.d", "Providing, sharing or entrusting data to others is not addressed by any operator article."),
    gap!("7.10.e", "No operator article in the Regulation requires continuity management or off-site backup; the counterpart is Cybersecurity Law Art.34."),
    gap!("7.10.f", "Deletion, destruction and media sanitisation at end of use are not addressed."),
    m!("7.10.g", "Art.15", IntersectsWith, Low, "Monitoring and data protection are organisation duties; the item adds watching for leaks and abnormal data flows."),
    m!("7.10.h", "Art.15", IntersectsWith, Medium, "The organisation must protect personal information and data; the item asks for security capability at every stage of processing to national standards."),
    // 8.1 制度
    m!("8.1.a", "Art.17", IntersectsWith, Medium, "A testing and evaluation system supports the yearly testing duty; the item adds process, methods, period, people and budget."),
    m!("8.1.a", "Art.15", IntersectsWith, Low, "Testing and risk assessment are organisation duties; the item formalises them with method, period and resources."),
    m!("8.1.b", "Art.17", SubsetOf, Medium, "The reconstructed item takes its yearly, self-run or entrusted testing and risk assessment from this article, which also adds rectification and reporting."),
    m!("8.1.c", "Art.28", EquivalentTo, Medium, "Both have the operator cooperate with the security checks and testing that the protection department and other authorities run under the law."),
    gap!("8.1.d", "Art.30 binds authorities and service firms to secrecy and Art.31 bars unauthorised probing; no article has operators contain the risks of their own testing."),
    // 8.2 方式和内容
    m!("8.2.a", "Art.17", IntersectsWith, Low, "The article lets the operator test itself or entrust a service organisation; the item adds settling the means and what it requires of that organisation."),
    gap!("8.2.b", "No operator article calls for testing organised jointly across several operators."),
    m!("8.2.c", "Art.17", IntersectsWith, Medium, "The article leaves the scope of its testing and risk assessment open; the item fixes a minimum scope from rule compliance and MLPS to supply chain, cloud and exercises."),
    m!("8.2.d", "Art.17", IntersectsWith, Medium, "Both call for testing, risk assessment and fixing findings; the item acts on major change and bars go-live until fixed, the article sets a yearly cycle and reporting."),
    m!("8.2.e", "Art.17", IntersectsWith, Low, "Sending the state of testing to the department implies a record; the item asks for a written report of each evaluation, the article for submission."),
    // 8.3 整改
    m!("8.3.a", "Art.17", SubsetOf, Medium, "The article requires prompt rectification of problems found; a plan tracked to closure is how that is done."),
    m!("8.3.b", "Art.17", SubsetOf, Medium, "Reporting results and rectification to the protection department as it requires is part of the article."),
    m!("8.3.c", "Art.28", IntersectsWith, Low, "The article has the operator cooperate with official checks; fixing what those checks point out goes beyond cooperation."),
    m!("8.3.c", "Art.17", IntersectsWith, Low, "Both require prompt fixing of security problems; the article's problems come from the operator's own testing, the item's from official checks."),
    m!("8.3.d", "Art.17", IntersectsWith, Low, "The article requires prompt fixes; re-testing them and keeping records is not named there."),
    // 9.1 制度
    m!("9.1.a", "Art.15", IntersectsWith, Medium, "Monitoring and reporting are organisation duties; the item adds a routine monitoring, warning and rapid-response mechanism with graded warnings and a defined strategy."),
    gap!("9.1.b", "Tracking outside incidents and vulnerabilities is not an operator duty; the state collects and shares such information (Art.23)."),
    m!("9.1.c", "Art.15", IntersectsWith, Low, "Reporting and handling are organisation duties; the article sets no warning grades or per-grade procedure."),
    m!("9.1.d", "Art.15", IntersectsWith, Low, "Reporting as required needs channels; the item adds a warning-sharing and joint-handling mechanism with an external contact list."),
    gap!("9.1.e", "No operator article asks for cooperation mechanisms with outside bodies or regular internal coordination meetings."),
    // 9.2 监测
    m!("9.2.a", "Art.15", SubsetOf, Medium, "Attack monitoring at boundaries and key nodes is a concrete form of the security monitoring the organisation must do."),
    m!("9.2.b", "Art.15", IntersectsWith, Low, "The organisation must monitor; the item adds a focus on the running state and availability of the critical business chain."),
    m!("9.2.c", "Art.15", IntersectsWith, Low, "Central log collection and correlation serves the organisation's monitoring duty, but the article names no method."),
    m!("9.2.d", "Art.15", IntersectsWith, Low, "The organisation must monitor; watching important and abnormal user operations is a focus the article does not name."),
    m!("9.2.e", "Art.15", IntersectsWith, Low, "Watching information flows across systems and regions serves the organisation's monitoring and data-protection duties; the article names no flow monitoring."),
    m!("9.2.f", "Art.15", IntersectsWith, Low, "The organisation must monitor; building a situation picture from monitoring data and shared threat information goes beyond the article."),
    gap!("9.2.g", "No operator article ties the review of policies and controls to security situation analysis."),
    // 9.3 预警
    gap!("9.3.a", "Automatic alarms and responses from monitoring tools are a technical control with no counterpart article."),
    gap!("9.3.b", "Acting on official warnings is not an operator article duty; issuing warnings sits with protection departments (Art.24)."),
    m!("9.3.c", "Art.18", SubsetOf, Medium, "Reporting major threats to the protection department and public security is one half of the article, which also covers incidents."),
    m!("9.3.d", "Art.15", IntersectsWith, Low, "Responding to warnings draws on the organisation's incident handling; the article has no procedure for lifting warnings."),
    // 10.1 收敛暴露面
    gap!("10.1.a", "Reducing exposed addresses, ports, services and Internet exits has no counterpart article."),
    gap!("10.1.b", "Limiting outside exposure of internal organisation, mail and directory information is not addressed by any operator article."),
    gap!("10.1.c", "No article bars keeping exploitable technical documents in public storage."),
    // 10.2 攻击发现和阻断
    gap!("10.2.a", "Analysing attack methods and planning a technical response are active-defence work absent from the operator articles."),
    gap!("10.2.b", "Blocking detected attacks with layered defences is not an operator article duty."),
    gap!("10.2.c", "Tracing attacks and profiling attackers is not an operator duty; pursuing offenders lies with public and state security (Art.33)."),
    gap!("10.2.d", "Checking that attack discovery and blocking work has no counterpart article."),
    // 10.3 攻防演练
    gap!("10.3.a", "The drills in Art.15 are emergency drills; attack-defense exercises are not required of operators."),
    gap!("10.3.b", "No article asks operators to bring supply chain partners into exercises."),
    gap!("10.3.c", "Fixing weaknesses found in exercises has no counterpart article."),
    // 10.4 威胁情报
    gap!("10.4.a", "Collecting and sharing threat intelligence internally is not an operator duty in the Regulation."),
    gap!("10.4.b", "Information sharing is organised by the state (Art.23), outside the operator articles."),
    // 11.1 制度
    m!("11.1.a", "Art.15", IntersectsWith, Medium, "Incident handling, the emergency plan and reporting are organisation duties; the item adds classes, grades, per-grade processes and sharing with the parties concerned."),
    m!("11.1.b", "Art.15", IntersectsWith, Low, "Incident handling is an organisation duty; the article names no dedicated emergency team or expert team."),
    m!("11.1.b", "Art.13", IntersectsWith, Low, "The article secures people, money and materials for protection in general; the item earmarks them for incident handling and a dedicated team."),
    m!("11.1.c", "Art.28", IntersectsWith, Low, "Both have the operator cooperate with authorities, but the article covers security checks and the item drills, emergency handling and investigations: a narrow overlap."),
    // 11.2 应急预案和演练
    m!("11.2.a", "Art.15", IntersectsWith, High, "Both require the operator's own emergency plan within national and sector plans; the item also weighs local requirements, the article adds drills and handling."),
    m!("11.2.b", "Art.15", IntersectsWith, Medium, "The article requires an emergency plan but sets no content; the item requires the functions to keep, restoration times and multi-operator cases."),
    m!("11.2.c", "Art.15", IntersectsWith, Medium, "Regular emergency drills are a listed duty; the item bases them on the plan and uses them to improve it, with no frequency."),
    m!("11.2.d", "Art.15", IntersectsWith, Medium, "The article requires an emergency plan; the item adds handling for abnormal periods and large-scale attacks to its content."),
    // 11.3.1 事件报告
    m!("11.3.1.a", "Art.15", IntersectsWith, Medium, "The organisation handles incidents, so reporting to it and analysing fit its duty; the article names no internal report or incident report."),
    gap!("11.3.1.b", "The Regulation's reporting duties point to authorities (Arts.15, 18); notifying affected staff and supply chain organisations has no counterpart."),
    // 11.3.2 事件处理和恢复
    m!("11.3.2.a", "Art.15", IntersectsWith, Medium, "Handling incidents is an organisation duty; the item adds following the plan and restoring business and systems to a known state."),
    m!("11.3.2.b", "Art.15", SubsetOf, Medium, "Handling first, investigating after and collecting evidence are concrete parts of the incident handling the organisation must do."),
    m!("11.3.2.c", "Art.15", SubsetOf, Low, "Limiting an incident's spread is part of the incident handling the organisation must do."),
    gap!("11.3.2.d", "No operator article requires evaluating recovery or finding an incident's cause afterwards."),
    gap!("11.3.2.e", "No operator article requires coordinated handling across departments or feeding lessons learned into procedures and training."),
    // 11.3.3 事件通报
    m!("11.3.3", "Art.18", IntersectsWith, High, "Both report incidents to authorities; the item also tells affected staff and supply chain, the article names the protection department and public security, threats too."),
    // 11.4 重新识别
    gap!("11.4", "Re-identification after findings and incidents has no counterpart; Art.11 is triggered only by major changes, and no article requires updating the policy afterwards."),
    ]),
};
