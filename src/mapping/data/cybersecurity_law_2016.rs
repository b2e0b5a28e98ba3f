//! The Cybersecurity Law of the PRC (2016 text): chapter 3 with the articles binding CII operators that the crosswalk targets (Art. 21, 25, 31, 33–38).
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
    // Only chapter 3 (network operation security) is modelled: section 1 holds Art. 21 and 25,
    // section 2 (CII operation security) holds Art. 31-38. Titles are our own summaries.
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
    // target = a whole article (Art.21, 25, 31, 33-38). Rationales are our own words, not the law's text.
    // Convention: an item that is one concrete part of an article's duty is SubsetOf; an item that adds a number or
    // detail to a multi-duty article is IntersectsWith; SupersetOf only where the item contains the article's whole duty.

    // 6.1 Business identification
    gap!("6.1.a", "The Law sets no duty to identify critical business or analyse its dependence on external business."),
    gap!("6.1.b", "No article asks operators to map the critical business chain or locate the CII behind it."),
    // 6.2 Asset identification
    gap!("6.2.a", "No article requires an inventory of the networks, systems and services of the critical business chain."),
    gap!("6.2.b", "Asset categorisation and protection priorities are not addressed by the Law."),
    m!("6.2.c", "Art.21", IntersectsWith, Medium, "Identifying important data and personal information underlies data classification; the item adds an inventory, the article backup and encryption."),
    gap!("6.2.d", "Keeping an inventory current with asset discovery has no counterpart article."),
    // 6.3 Risk identification
    m!("6.3.a", "Art.38", IntersectsWith, Medium, "Both assess the risks the CII faces; the item adds GB/T 20984 and chain-wide scope, the article a yearly cycle and a report."),
    m!("6.3.b", "Art.38", IntersectsWith, Medium, "Both lead from risks to improvement measures; the item adds a risk register and tracking, the article a yearly report."),
    // 6.4 Major change
    gap!("6.4.a", "The Law has no duty to re-identify or report major changes to the CII; that arrives with the 2021 Regulation (Art.11)."),
    // 7.1 MLPS foundation
    m!("7.1.a", "Art.21", IntersectsWith, High, "Both put the operator under MLPS; the item spells out grading, filing and level evaluation, the article lists baseline duties."),
    m!("7.1.a", "Art.31", IntersectsWith, Medium, "The article gives CII priority protection on an MLPS basis; the item turns that into the operator's own MLPS work."),
    m!("7.1.b", "Art.31", IntersectsWith, Medium, "Priority protection on an MLPS basis is made concrete by the item as level 3 or higher plus extension requirements."),
    // 7.2 Security management policies
    gap!("7.2.a", "The Law requires internal rules but no protection plan approved by the principal responsible person."),
    m!("7.2.b", "Art.21", IntersectsWith, High, "Both require internal security rules and operating procedures; the item adds an appraisal system, the article technical duties."),
    gap!("7.2.c", "No article sets a review interval for security policies or plans."),
    gap!("7.2.d", "How policies are issued, versioned and communicated is not addressed."),
    // 7.3 Security management organisation
    m!("7.3.a", "Art.21", IntersectsWith, Low, "The article has a responsible person named and responsibilities carried out; the item puts the top official at the head of a committee."),
    m!("7.3.b", "Art.34", IntersectsWith, High, "Both require a dedicated security management organisation; the item adds staff and budget, the article background review and more."),
    gap!("7.3.c", "The Law does not provide for a leadership-level chief cybersecurity officer."),
    m!("7.3.d", "Art.34", IntersectsWith, Medium, "The article asks one security management responsible person per operator; the item asks one for each CII, the article other duties."),
    m!("7.3.d", "Art.21", IntersectsWith, Low, "The article has a cybersecurity responsible person named; the item asks one for each CII and the article adds other MLPS duties."),
    gap!("7.3.e", "The Law gives the security organisation no role in cybersecurity and IT decisions."),
    m!("7.3.f", "Art.21", IntersectsWith, Low, "The article asks that protection responsibilities be carried out; the item adds appraisal, supervision and accountability."),
    // 7.4 Security personnel
    m!("7.4.a", "Art.34", IntersectsWith, High, "Both require background review of the security head and key-position staff; the item adds review again on change."),
    gap!("7.4.b", "The Law mentions key positions only for background review; two-person coverage and separation of duties have no counterpart."),
    m!("7.4.c", "Art.34", IntersectsWith, High, "Both require regular security education and training; the item adds a floor of 30 hours per person per year and records."),
    m!("7.4.d", "Art.34", SubsetOf, High, "Regular skill assessment of staff is one of the article's listed duties, covering the item's technical staff."),
    gap!("7.4.e", "Revoking access and recovering assets on departure or transfer are not addressed."),
    // 7.5 Secure communication network
    gap!("7.5.a", "Network zoning and isolation is a technical control with no specific article."),
    gap!("7.5.b", "No article conditions external interconnection on risk assessment or boundary protection."),
    m!("7.5.c", "Art.33", IntersectsWith, Medium, "The article wants CII able to keep business stable and continuous; the item achieves this with redundancy and reserved bandwidth."),
    m!("7.5.d", "Art.21", IntersectsWith, Medium, "Both require encryption of important data; the item adds transit integrity and commercial cryptography, the article other duties."),
    gap!("7.5.e", "Restrictions on remote operations and maintenance have no counterpart article."),
    gap!("7.5.f", "Detecting unauthorised outbound links, rogue devices or wireless is not addressed."),
    // 7.6 Secure computing environment
    gap!("7.6.a", "Identity authentication and MFA are technical controls with no specific article."),
    gap!("7.6.b", "Least privilege and separation of administrator roles have no counterpart article."),
    m!("7.6.c", "Art.21", IntersectsWith, High, "Both require recording events and keeping network logs for at least six months; the item adds user audit and record protection."),
    gap!("7.6.d", "Hardening and configuration baselines are not addressed by any article."),
    m!("7.6.e", "Art.25", IntersectsWith, High, "The article requires prompt handling of system vulnerabilities; the item adds testing before patching and a focus on high-risk flaws."),
    m!("7.6.f", "Art.21", SubsetOf, High, "Technical measures against malicious code and intrusions are one of the MLPS duties the article lists."),
    m!("7.6.f", "Art.25", IntersectsWith, Medium, "The article requires prompt handling of viruses and intrusions; the item is about preventing them on hosts."),
    gap!("7.6.g", "Trusted computing and trusted verification are not mentioned in the Law."),
    m!("7.6.h", "Art.21", IntersectsWith, Medium, "Both require encryption of important data; the item adds stored-data integrity and residual information protection."),
    // 7.7 Security construction management
    m!("7.7.a", "Art.33", SubsetOf, High, "Security measures planned, built and used together with the CII are required by the article, which also asks for business continuity."),
    m!("7.7.b", "Art.33", IntersectsWith, Medium, "Designing the security architecture up front realises concurrent planning; the item adds expert review of the plans."),
    gap!("7.7.c", "Secure development of in-house software is not addressed by the Law."),
    m!("7.7.d", "Art.36", IntersectsWith, Medium, "Both bind providers by security and confidentiality terms; the item adds backdoor checks and source code access."),
    gap!("7.7.e", "Concurrent use under Art.33 does not require pre-launch security testing and acceptance; no article does."),
    gap!("7.7.f", "Certification of critical network equipment is in CSL Art.23, outside the target list; Art.35 review is a different mechanism."),
    // 7.8 Security operations and maintenance
    gap!("7.8.a", "The Law localises data (Art.37) but sets no onshore rule for operations and maintenance."),
    gap!("7.8.b", "Vetting and central control of O&M tools has no counterpart article."),
    gap!("7.8.c", "Approval, least privilege and auditing of O&M accounts are not addressed."),
    gap!("7.8.d", "Change management is not addressed by the Law."),
    gap!("7.8.e", "Configuration management and baseline upkeep have no counterpart article."),
    m!("7.8.f", "Art.21", IntersectsWith, High, "Both require backup of important data; the item adds system backup and regular restore tests."),
    m!("7.8.f", "Art.34", IntersectsWith, Medium, "The article requires disaster-recovery backup of key systems and databases; the item adds restore testing, the article other duties."),
    gap!("7.8.g", "Media and equipment maintenance, removal and disposal are not addressed."),
    // 7.9 Supply chain security
    gap!("7.9.a", "The Law regulates procurement review and agreements (Arts.35-36) but asks for no supply chain strategy."),
    m!("7.9.b", "Art.35", SupersetOf, High, "The article requires national security review of procurement; the item includes that and adds preferring trustworthy products."),
    m!("7.9.c", "Art.36", EquivalentTo, High, "Both require security and confidentiality agreements with providers stating their duties and responsibilities."),
    gap!("7.9.d", "Assessing and selecting suppliers on security capability has no counterpart article."),
    gap!("7.9.e", "Continuity of supply and alternative sources are not addressed."),
    gap!("7.9.f", "Restricting and auditing supplier access has no counterpart article."),
    gap!("7.9.g", "Product provenance, component tracking and secure update channels are not addressed."),
    // 7.10 Data security
    gap!("7.10.a", "The Law sets data measures (Arts.21, 37) but no data security responsibility and appraisal system."),
    m!("7.10.b", "Art.21", IntersectsWith, High, "Both require data classification; the item adds grading and stronger protection for important data."),
    m!("7.10.c", "Art.37", EquivalentTo, High, "Both require onshore storage of personal information and important data and a security assessment before export."),
    m!("7.10.d", "Art.21", IntersectsWith, Medium, "The article's classification, backup and encryption cover parts of the life cycle; the item covers every stage."),
    m!("7.10.e", "Art.34", SubsetOf, High, "Disaster-recovery backup of important systems and databases is one of the article's listed duties."),
    m!("7.10.e", "Art.21", IntersectsWith, Medium, "Both require backup of important data; the item adds disaster recovery of systems and off-site copies."),
    gap!("7.10.f", "Deletion, destruction and media sanitisation at end of use are not addressed."),
    m!("7.10.g", "Art.25", IntersectsWith, Medium, "Both require handling security incidents; the item adds leak monitoring, the article plans and reporting."),
    // 8.1 Detection and evaluation: system
    m!("8.1.a", "Art.38", IntersectsWith, Medium, "A testing and evaluation system supports the yearly assessment; the item adds process, methods, people and budget."),
    m!("8.1.b", "Art.38", SubsetOf, High, "Yearly inspection and risk assessment, in-house or by a service firm, is the core of the article, which adds reporting."),
    gap!("8.1.c", "The Law fixes a yearly cycle only; it asks for no extra evaluation after major change or incidents."),
    // 8.2 Detection and evaluation: content
    m!("8.2.a", "Art.38", IntersectsWith, Low, "The yearly assessment could include compliance, but the article frames it as security and risk, not legal compliance."),
    m!("8.2.b", "Art.38", SubsetOf, Medium, "Vulnerability scanning and penetration testing are concrete forms of the security inspection the article requires."),
    m!("8.2.c", "Art.38", IntersectsWith, Medium, "The article leaves assessment scope open; the item adds supply chain, data and cross-border data to it."),
    m!("8.2.d", "Art.38", SubsetOf, Medium, "Assessing risks to the critical business chain is part of assessing the risks the article names."),
    // 8.3 Detection and evaluation: implementation
    m!("8.3.a", "Art.38", IntersectsWith, Medium, "The article asks for improvement measures with the report; the item adds carrying out the fixes and tracking them to closure."),
    m!("8.3.b", "Art.38", SubsetOf, High, "Reporting assessment results and improvement measures to the protection department is part of the article."),
    gap!("8.3.c", "Official inspection powers are state duties outside the targeted articles; no operator cooperation duty is among them."),
    // 9.1 Monitoring and early warning: system
    m!("9.1.a", "Art.21", IntersectsWith, Low, "The article requires technical monitoring of network state and incidents; the item adds a warning and reporting system."),
    m!("9.1.b", "Art.21", IntersectsWith, Low, "The article requires monitoring but sets no objects, frequency or roles; the item sets that strategy."),
    gap!("9.1.c", "Sector and state information-sharing mechanisms are state duties outside the targeted articles."),
    // 9.2 Monitoring
    m!("9.2.a", "Art.21", SubsetOf, Medium, "Monitoring for attacks, malicious code and anomalies is a concrete form of the article's monitoring of network state and incidents."),
    m!("9.2.b", "Art.21", SubsetOf, Medium, "Monitoring the running state and availability of the business chain falls within the article's network-state monitoring."),
    m!("9.2.c", "Art.21", IntersectsWith, Medium, "Both concern recording logs; the item adds central correlation, the article six-month retention."),
    m!("9.2.d", "Art.21", IntersectsWith, Low, "The article requires monitoring and recording; the item adds analysis to find threats, attack paths and affected assets."),
    gap!("9.2.e", "No article requires monitoring data flows or leaks of sensitive information."),
    // 9.3 Early warning
    m!("9.3.a", "Art.25", IntersectsWith, Low, "The article starts the emergency plan when incidents occur; the item grades warnings and starts response before that."),
    gap!("9.3.b", "Issuing warnings and operators' response to them are state duties outside the targeted articles."),
    gap!("9.3.c", "Art.25 covers reporting incidents, not threats; reporting threats to public security arrives with Regulation Art.18."),
    // 10.1 Reduce the exposure surface
    gap!("10.1.a", "Reducing Internet-facing assets, ports and services has no counterpart article."),
    gap!("10.1.b", "Limiting publicly exposed sensitive information is not addressed by the Law."),
    gap!("10.1.c", "Regular exposure checks are not required; the yearly assessment of Art.38 does not target exposure."),
    // 10.2 Attack detection and blocking
    gap!("10.2.a", "Deception and attack capture are active-defence techniques absent from the Law."),
    m!("10.2.b", "Art.25", IntersectsWith, Medium, "Both call for prompt handling of attacks and intrusions; the item adds source tracing and keeping evidence."),
    m!("10.2.b", "Art.21", IntersectsWith, Medium, "Blocking attacks is a technical anti-attack measure the article asks for; tracing and evidence go beyond it."),
    gap!("10.2.c", "Adjusting protection strategy from observed attacks has no counterpart article."),
    // 10.3 Attack-defense exercises
    gap!("10.3.a", "Art.34 asks for emergency drills, not realistic attack-defence exercises."),
    gap!("10.3.b", "Exercises organised by authorities are state duties outside the targeted articles."),
    gap!("10.3.c", "Fixing weaknesses found in exercises has no counterpart article."),
    // 10.4 Threat intelligence
    gap!("10.4.a", "Collecting and using threat intelligence is not an operator duty in the targeted articles."),
    gap!("10.4.b", "Information sharing is organised by the state (outside the targeted articles); no operator sharing duty is among them."),
    // 11.1 Incident handling: system
    m!("11.1.a", "Art.25", IntersectsWith, Medium, "Both require an incident regime with reporting; the item adds classification, grading and roles."),
    m!("11.1.b", "Art.25", IntersectsWith, High, "Both require incident response plans; the item adds alignment with national and sector plans and keeping them current."),
    m!("11.1.b", "Art.34", IntersectsWith, High, "Both require emergency plans for CII; the item adds alignment with national and sector plans, the article drills and more."),
    gap!("11.1.c", "The Law names no emergency response team or resources for it."),
    // 11.2 Emergency drills
    m!("11.2.a", "Art.34", IntersectsWith, High, "Both require regular emergency drills; the item fixes at least one drill per year on critical business."),
    gap!("11.2.b", "Cross-organisation drills are organised by the state; no targeted article requires operators to join them."),
    m!("11.2.c", "Art.34", IntersectsWith, Low, "The article requires plans and drills; evaluating drills to improve the plan is not spelled out."),
    // 11.3 Response and handling
    m!("11.3.a", "Art.25", IntersectsWith, High, "Both require reporting incidents; the item adds threats and names the protection department and public security."),
    m!("11.3.b", "Art.25", IntersectsWith, Medium, "Containment fits the remedial measures the article requires; the item adds eradication and evidence preservation."),
    m!("11.3.c", "Art.25", IntersectsWith, Medium, "Remedial measures include restoring services; the item adds keeping critical business running."),
    gap!("11.3.d", "No article requires root-cause investigation or lessons learned after incidents."),
    // 11.4 Re-identification
    gap!("11.4.a", "Re-identification after an incident has no counterpart article."),
    gap!("11.4.b", "No article requires adjusting protection measures or the plan after an incident."),
    ]),
};
