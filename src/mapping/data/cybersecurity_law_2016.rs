//! The Cybersecurity Law of the PRC (2016 text): the 10 articles binding CII operators that the crosswalk targets, chapter 3 (Art. 21, 25, 31, 33–38) and Art. 49 of chapter 4.
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
    id: Cow::Borrowed("cybersecurity-law-2016"),
    name: Text::new("中华人民共和国网络安全法", "Cybersecurity Law of the PRC"),
    version: Cow::Borrowed("2016 text (in force 2017-06-01)"),
    publisher: Text::new("全国人民代表大会常务委员会", "Standing Committee of the National People's Congress"),
    controls: Cow::Borrowed(&[
    // 网络安全法 (Cybersecurity Law of the PRC, adopted 2016-11-07, in force 2017-06-01).
    // Modelled: chapter 3 (network operation security), whose section 1 holds Art. 21 and 25 and
    // section 2 (CII operation security) Art. 31-38, and from chapter 4 (network information
    // security) Art. 49, whose second paragraph has operators cooperate with official supervision
    // and inspection. Titles are our own summaries.
    c!("Ch.3", "", "Chapter 3: security of network operation", "第三章 网络运行安全"),
    c!("Ch.3.1", "Ch.3", "Section 1: general duties of network operators", "第一节 网络运营者一般规定"),
    c!("Art.21", "Ch.3.1", "MLPS duties incl. logs kept at least six months", "履行等级保护义务，网络日志留存不少于六个月"),
    c!("Art.25", "Ch.3.1", "Incident response plans, handling and reporting", "制定网络安全事件应急预案，发生事件时立即处置并报告"),
    c!("Ch.3.2", "Ch.3", "Section 2: security of CII operation", "第二节 关键信息基础设施运行安全"),
    c!("Art.31", "Ch.3.2", "Priority protection of CII on the MLPS basis", "在等级保护基础上对关键信息基础设施实行重点保护"),
    c!("Art.33", "Ch.3.2", "Security measures built in step with the CII", "关键信息基础设施建设时安全技术措施同步规划、建设和使用"),
    c!("Art.34", "Ch.3.2", "Extra duties: security unit, training, DR backup, drills", "附加义务：专门机构与背景审查、教育培训考核、容灾备份、应急演练"),
    c!("Art.35", "Ch.3.2", "National security review of network procurement", "采购可能影响国家安全的网络产品和服务须经国家安全审查"),
    c!("Art.36", "Ch.3.2", "Security and confidentiality agreements with suppliers", "采购网络产品和服务时与提供者签订安全保密协议"),
    c!("Art.37", "Ch.3.2", "Onshore data storage; assessment before export", "个人信息和重要数据境内存储，确需出境的开展安全评估"),
    c!("Art.38", "Ch.3.2", "Yearly security testing and assessment with report", "每年至少一次检测评估，并报送结果和改进措施"),
    c!("Ch.4", "", "Chapter 4: security of network information", "第四章 网络信息安全"),
    c!("Art.49", "Ch.4", "Complaint handling; cooperate with official inspections", "受理信息安全投诉举报，配合网信等部门依法检查"),
    ]),
};

/// The curated mapping set from GB/T 39204-2022.
#[rustfmt::skip]
pub(crate) static MAPPINGS: MappingSet = MappingSet {
    framework: Cow::Borrowed("cybersecurity-law-2016"),
    provenance: Provenance::Curated,
    entries: Cow::Borrowed(&[
    // Mapping set: GB/T 39204-2022 -> Cybersecurity Law of the PRC (2016 text, in force 2017-06-01).
    // Provenance: curated by this project (not official). Read "SOURCE rel TARGET", source = the GB/T 39204 item,
    // target = a whole article (Art.21, 25, 31, 33-38, 49). Rationales are our own words, not the law's text.
    // Convention: an item that is one concrete part of an article's duty is SubsetOf; an item that adds a number or
    // detail to a multi-duty article is IntersectsWith; SupersetOf only where the item contains the article's whole duty.

    // 6.1 业务识别
    gap!("6.1.a", "The Law sets no duty to identify critical business or the external business linked to it."),
    gap!("6.1.b", "No article asks operators to analyse how far critical business depends on external business."),
    gap!("6.1.c", "No article asks operators to weigh how important their critical business is to external business."),
    gap!("6.1.d", "No article asks operators to map the critical business chain or locate and describe the CII behind it."),
    // 6.2 资产识别
    gap!("6.2.a", "No article requires an inventory of the chain's assets; Art.21 classifies data but asks for no asset list."),
    gap!("6.2.b", "Setting protection priorities for assets is not addressed by the Law."),
    gap!("6.2.c", "Discovering assets by technical means and keeping the inventory current have no counterpart article."),
    // 6.3 风险识别
    m!("6.3", "Art.38", IntersectsWith, Medium, "Both assess the risks the CII faces; the item adds GB/T 20984, a chain-wide scope and a risk report, the article a yearly cycle and filing."),
    // 6.4 重大变更
    gap!("6.4", "The Law sets no duty to repeat the identification of business, assets and risks after a major change to the CII."),
    // 7.1 网络安全等级保护
    m!("7.1", "Art.21", IntersectsWith, High, "Both put the operator under MLPS; the item spells out grading, filing, construction and level evaluation, the article baseline duties."),
    m!("7.1", "Art.31", IntersectsWith, Medium, "The article gives CII priority protection on an MLPS basis; the item is the operator's own MLPS work that basis rests on."),
    // 7.2 安全管理制度
    gap!("7.2.a", "The Law asks for internal rules (Art.21) but no protection plan with goals and resources, let alone a yearly revision."),
    m!("7.2.b", "Art.21", IntersectsWith, High, "Both require internal security rules; the item centres them on the business chain and adjusts them to threats, the article adds procedures."),
    // 7.3 安全管理机构
    m!("7.3.a", "Art.21", IntersectsWith, Low, "The article has a cybersecurity responsible person named; the item adds a leading group under the principal and a CCSO from the leadership."),
    m!("7.3.b", "Art.34", IntersectsWith, High, "Both require a dedicated security organisation with a named head; the item adds posts and accountability, the article background review."),
    m!("7.3.b", "Art.21", IntersectsWith, Low, "The article asks that protection responsibilities be carried out; the item adds an appraisal, supervision and accountability mechanism."),
    m!("7.3.c", "Art.34", IntersectsWith, Medium, "The article asks for a security management responsible person; the item asks for one for each CII, the article other duties besides."),
    m!("7.3.c", "Art.21", IntersectsWith, Low, "The article has a cybersecurity responsible person named; the item asks for one for each CII and the article adds other MLPS duties."),
    gap!("7.3.d", "The Law gives the security organisation no part in the operator's IT decision-making."),
    // 7.4 安全管理人员
    m!("7.4.a", "Art.34", IntersectsWith, High, "Both require background review of the security head and key staff; the item adds skills tests and at least two people per key post, beyond the article."),
    gap!("7.4.b", "No article asks operators to send security staff to outside cybersecurity activities to keep up with developments."),
    m!("7.4.c", "Art.34", IntersectsWith, High, "Both require regular education, training and skill tests; the item adds at least 30 class hours per person a year, a number the article does not set."),
    gap!("7.4.d", "The Law does not address the security handling of staff who change posts or leave."),
    gap!("7.4.e", "The Law's confidentiality agreements (Art.36) bind providers, not the operator's own staff."),
    // 7.5.1 网络架构
    m!("7.5.1", "Art.33", IntersectsWith, Medium, "The article wants the CII able to keep business stable and continuous; one main and two backup lines over several carriers is a number beyond it."),
    // 7.5.2 互联安全
    gap!("7.5.2.a", "No article sets secure interconnection policies between systems of different levels, businesses, zones or operators."),
    gap!("7.5.2.b", "Keeping user identity and access policy consistent across systems is a technical control no article addresses."),
    m!("7.5.2.c", "Art.21", IntersectsWith, Low, "The article asks for anti-intrusion measures and encryption of important data; the item protects LAN-to-LAN links, e.g. by authenticating both ends."),
    // 7.5.3 边界防护
    gap!("7.5.3.a", "Controlling interoperation and data flows across system, zone and operator boundaries has no specific article."),
    gap!("7.5.3.b", "Discovering unauthorised devices and letting only authorised hardware and software run are not addressed."),
    // 7.5.4 安全审计
    m!("7.5.4", "Art.21", IntersectsWith, High, "Both require recording network activity and keeping logs at least six months; the item adds auditing of remote O&M, maintenance and routine operations."),
    // 7.6.1 鉴别与授权
    gap!("7.6.1.a", "No article asks for a list of important and abnormal business and user operations."),
    gap!("7.6.1.b", "Dynamic or multi-factor authentication for key operations is a technical control with no specific article."),
    gap!("7.6.1.c", "Label-based access control over important business data has no counterpart article."),
    // 7.6.2 入侵防范
    m!("7.6.2.a", "Art.21", SubsetOf, Medium, "Technical means against APT and other intrusions are a concrete form of the article's measures against network attacks and intrusions."),
    m!("7.6.2.b", "Art.21", SubsetOf, High, "Technical measures that detect and block intrusions and viruses are one of the MLPS duties the article lists."),
    m!("7.6.2.b", "Art.25", IntersectsWith, Medium, "The article asks for prompt handling of viruses and intrusions; the item builds active technical protection that spots and blocks them."),
    // 7.6.3 自动化工具
    m!("7.6.3", "Art.21", IntersectsWith, Medium, "Managing virus libraries serves the article's anti-virus measures; the item adds automated tools for accounts, configuration and patches."),
    m!("7.6.3", "Art.25", IntersectsWith, High, "The article requires prompt handling of system vulnerabilities; the item adds verifying patches first and automated tools to manage them."),
    // 7.7 安全建设管理
    m!("7.7", "Art.33", IntersectsWith, High, "Both require security measures planned, built and used in step with the CII; the item adds verification by tests, reviews and exercises."),
    // 7.8 安全运维管理
    gap!("7.8.a", "The Law localises data (Art.37) but sets no onshore rule for operations and maintenance."),
    m!("7.8.b", "Art.36", IntersectsWith, Low, "The article binds service providers by confidentiality agreements; the item asks them of all maintenance staff before O&M work starts."),
    gap!("7.8.c", "Preferring registered O&M tools and testing unregistered ones first has no counterpart article."),
    // 7.9 供应链安全保护
    gap!("7.9.a", "The Law regulates procurement review and agreements (Arts.35-36) but asks for no supply chain security rules."),
    gap!("7.9.b", "Certified catalogue equipment is a sales rule in CSL Art.23, outside the modelled articles; Art.35 review is a different mechanism."),
    m!("7.9.c", "Art.35", SupersetOf, High, "The item includes the article's national security review of procurement and adds a yearly list of purchases and conformity to national standards."),
    gap!("7.9.d", "Assessing the security capability of suppliers has no counterpart article."),
    gap!("7.9.e", "Managing procurement channels and keeping sources stable or diverse are not addressed."),
    gap!("7.9.f", "Secure delivery and maintenance of supplied products is a provider duty (CSL Art.22), outside the modelled articles."),
    m!("7.9.g", "Art.36", SupersetOf, High, "The item contains the article's agreement with providers on security duties and adds what it must list: secrets, rewards and penalties, validity."),
    gap!("7.9.h", "No article touches suppliers' intellectual property; the item's licence of at least ten years has no counterpart."),
    // 7.10 数据安全防护
    m!("7.10.a", "Art.21", IntersectsWith, Medium, "The article's classification, backup and encryption are technical data protection; the item adds responsibilities, a plan, risk assessment and training."),
    m!("7.10.a", "Art.25", IntersectsWith, Low, "Both require an emergency plan and prompt incident handling; the item applies them to data security within a wider management system."),
    m!("7.10.b", "Art.21", IntersectsWith, High, "Both start from data classification; the item adds grading and set measures for important data and personal information, the article backup."),
    m!("7.10.c", "Art.37", EquivalentTo, High, "Both require onshore storage of personal information and important data from operations in China and a security assessment before export."),
    gap!("7.10.d", "Providing, sharing or entrusting data to others is not addressed by the modelled articles."),
    m!("7.10.e", "Art.34", IntersectsWith, High, "Both require disaster-recovery backup of important systems and databases; the item adds business continuity management and an off-site copy."),
    m!("7.10.e", "Art.21", IntersectsWith, Medium, "Both require backup of important data; the item adds disaster recovery of systems and databases at a separate site."),
    m!("7.10.e", "Art.33", IntersectsWith, Low, "The article wants the CII able to keep business stable and continuous; the item manages continuity and keeps off-site backups."),
    gap!("7.10.f", "Deletion or destruction of data and secure disposal of media at end of use are not addressed."),
    m!("7.10.g", "Art.21", IntersectsWith, Low, "The article monitors network state and incidents to stop data leaks; the item watches specifically for leaks and abnormal data flows."),
    m!("7.10.h", "Art.21", IntersectsWith, Medium, "The article's classification, backup and encryption cover parts of data processing; the item asks for capability at every stage, to national standards."),
    // 8.1 制度
    m!("8.1.a", "Art.38", IntersectsWith, Medium, "A testing and evaluation system supports the yearly assessment; the item adds process, methods, period, people and budget."),
    m!("8.1.b", "Art.38", SubsetOf, Medium, "Testing and risk evaluation at least yearly, in-house or by a service firm, is the core of the article, which also asks for a report."),
    m!("8.1.c", "Art.49", SubsetOf, Medium, "Cooperating with checks the authorities run under the law is the article's second paragraph; the article adds complaint handling."),
    gap!("8.1.d", "The Law does not address the risks that testing itself brings to critical business or the secrecy of what it gathers."),
    // 8.2 方式和内容
    m!("8.2.a", "Art.38", IntersectsWith, Low, "The article lets the yearly assessment be done in-house or by a service firm; the item settles the means and what such a firm must meet."),
    gap!("8.2.b", "The Law's yearly assessment is each operator's own; joint evaluation across several operators is not addressed."),
    m!("8.2.c", "Art.38", IntersectsWith, Medium, "The article leaves the assessment's scope open; the item sets a minimum list, from rule compliance and MLPS to supply chain, data and exercises."),
    gap!("8.2.d", "The Law fixes a yearly assessment (Art.38) but asks for none after a major change or before the changed CII goes live."),
    m!("8.2.e", "Art.38", IntersectsWith, Low, "The article has assessment results sent to the department, which needs a written record; the item asks for a report of every evaluation."),
    // 8.3 整改
    m!("8.3.a", "Art.38", IntersectsWith, Medium, "The article asks for improvement measures with the report; the item adds a rectification plan and tracking each finding to closure."),
    m!("8.3.b", "Art.38", SubsetOf, Medium, "Reporting evaluation results and rectification to the protection department is part of the article, which also sets the yearly cycle."),
    gap!("8.3.c", "The modelled articles do not oblige operators to fix what official checks find; the rectify-on-demand rule (Art.56) is outside them."),
    gap!("8.3.d", "Re-testing fixes and keeping records of evaluation and rectification are not addressed."),
    // 9.1 制度
    m!("9.1.a", "Art.21", IntersectsWith, Low, "The article requires technical monitoring of network state and incidents; the item adds warning and reporting rules, grades and rapid response."),
    gap!("9.1.b", "Following outside incidents, vulnerabilities and trends and judging their impact is not an operator duty in the modelled articles."),
    m!("9.1.c", "Art.25", IntersectsWith, Low, "The article starts the emergency plan when incidents occur; the item sets graded procedures for reporting and answering warnings before that."),
    gap!("9.1.d", "Warning-sharing is organised by the state (Arts.29, 51-52) outside the modelled articles; no operator contact-list duty is among them."),
    gap!("9.1.e", "Cooperation mechanisms and coordination meetings have no counterpart; Art.29 only has the state support cooperation between operators."),
    // 9.2 监测
    m!("9.2.a", "Art.21", SubsetOf, Medium, "Monitoring attacks at boundaries and key nodes is a concrete form of the article's technical monitoring of network state and incidents."),
    m!("9.2.b", "Art.21", SubsetOf, Medium, "Monitoring the running state and availability of the business chain falls within the article's network-state monitoring."),
    m!("9.2.c", "Art.21", IntersectsWith, Medium, "Both concern recording logs; the item adds central collection and correlation of logs and alerts, the article six-month retention."),
    m!("9.2.d", "Art.21", IntersectsWith, Low, "The article monitors and records network state and incidents; the item watches important operations and abnormal user behaviour."),
    gap!("9.2.e", "Art.21 monitors network state and incidents; watching information flows across systems and regions is not addressed."),
    m!("9.2.f", "Art.21", IntersectsWith, Low, "The article requires monitoring and recording; the item adds analysing monitoring data with shared threat information into a situation picture."),
    gap!("9.2.g", "Reviewing security policies and controls against situation analysis has no counterpart article."),
    // 9.3 预警
    m!("9.3.a", "Art.21", IntersectsWith, Low, "The article asks for technical monitoring measures; the item has monitoring tools raise alarms and respond automatically to signs of harm."),
    gap!("9.3.b", "Warnings are issued by the state (Arts.51-54) outside the modelled articles; no operator duty to act on them is among them."),
    gap!("9.3.c", "Art.25 covers reporting incidents, not threats; reporting major threats arrives with Regulation Art.18."),
    m!("9.3.d", "Art.25", IntersectsWith, Low, "The article asks for prompt handling of security risks; the item acts on each warning and lifts it once the hazard is controlled."),
    // 10.1 收敛暴露面
    gap!("10.1.a", "Reducing exposed addresses, ports, services and Internet exits has no counterpart article."),
    gap!("10.1.b", "Limiting the internal information exposed to outsiders is not addressed by the Law."),
    gap!("10.1.c", "Keeping exploitable technical documents out of public storage is not addressed by the Law."),
    // 10.2 攻击发现和阻断
    m!("10.2.a", "Art.21", IntersectsWith, Medium, "The article requires technical measures against network attacks; the item bases them on analysing attack methods and an overall response plan."),
    m!("10.2.b", "Art.25", IntersectsWith, Medium, "Both call for dealing with attacks and intrusions promptly; the item adds route analysis, layered defences and capture and containment."),
    m!("10.2.b", "Art.21", IntersectsWith, Medium, "Blocking attacks is a technical anti-attack measure the article asks for; layered defences and capture go beyond it."),
    gap!("10.2.c", "Tracing attacks and profiling attackers have no counterpart; support to police work (Art.28) is outside the modelled articles."),
    gap!("10.2.d", "Checking that attack discovery and blocking work has no counterpart article."),
    // 10.3 攻防演练
    gap!("10.3.a", "Art.34 asks for emergency drills, not realistic attack-defence exercises."),
    gap!("10.3.b", "No article asks operators to bring supply chain partners into exercises."),
    gap!("10.3.c", "Fixing the weaknesses that exercises reveal has no counterpart article."),
    // 10.4 威胁情报
    gap!("10.4.a", "Collecting and sharing threat intelligence internally is not an operator duty in the modelled articles."),
    gap!("10.4.b", "Information sharing is promoted by the state (Arts.29, 39) outside the modelled articles; no operator sharing duty is among them."),
    // 11.1 制度
    m!("11.1.a", "Art.25", IntersectsWith, Medium, "Both require emergency plans for incidents; the item adds classification, grading, per-grade handling and sharing with the parties concerned."),
    gap!("11.1.b", "The Law names no emergency support team, expert team or resources for incident handling."),
    m!("11.1.c", "Art.49", IntersectsWith, Low, "Both have the operator cooperate with the authorities: the article with supervision and inspection, the item with drills, emergencies and cases."),
    // 11.2 应急预案和演练
    m!("11.2.a", "Art.25", IntersectsWith, High, "Both require a cybersecurity incident emergency plan; the item adds building it within the national plan and sector and local needs."),
    m!("11.2.a", "Art.34", IntersectsWith, High, "Both require emergency plans for the CII; the item adds the national, sector and local framework, the article regular drills."),
    m!("11.2.b", "Art.25", IntersectsWith, Low, "The article requires an emergency plan; the item fixes what it states: functions to keep, restore times and multi-operator emergencies."),
    m!("11.2.c", "Art.34", IntersectsWith, Medium, "Both require emergency drills; the item uses them to test and improve the plan, the article sets a regular cycle and other duties."),
    m!("11.2.d", "Art.25", IntersectsWith, Low, "The article requires an emergency plan but names no scenarios; the item has it cover abnormal periods and large-scale attacks."),
    // 11.3.1 事件报告
    gap!("11.3.1.a", "Art.25 reports incidents to the authorities; internal reporting to the security organisation and analysis are not addressed."),
    gap!("11.3.1.b", "Notifying affected staff and supply chain organisations is not required; Art.25 reporting goes to the authorities only."),
    // 11.3.2 事件处理和恢复
    m!("11.3.2.a", "Art.25", IntersectsWith, Medium, "Both handle incidents by starting the emergency plan and taking remedial steps; the item adds restoring business and systems to a known state."),
    m!("11.3.2.b", "Art.25", IntersectsWith, Medium, "The article requires remedial measures when incidents occur; the item adds later investigation, early evidence, forensics and records."),
    m!("11.3.2.c", "Art.25", SubsetOf, Medium, "Limiting an incident's impact is a concrete form of the remedial measures the article requires."),
    gap!("11.3.2.d", "No article requires evaluating recovery or finding the cause after an incident; investigation under Art.55 is the state's."),
    gap!("11.3.2.e", "Coordinating incident handling and feeding lessons into procedures, training and tests have no counterpart article."),
    // 11.3.3 事件通报
    m!("11.3.3", "Art.25", IntersectsWith, High, "Both require reporting incidents to the authorities as rules require; the item adds notifying those affected and the supply chain."),
    // 11.4 重新识别
    gap!("11.4", "No article requires reassessing, re-identifying business, assets and risks or updating the security policy after findings or incidents."),
    ]),
};
