//! The search's bilingual glossary of the field's abbreviations and synonyms: data only,
//! one row per term. Our own curated list, not taken from any standard's text.
//!
//! A row is a list of forms of one term, Chinese or English, separated by ` = ` (the
//! same thing: 等保 = 等级保护 = MLPS) or, throughout the row, ` ~ ` (near enough to
//! search for: 日志 ~ log).
//! The glossary is for what the catalog does not say itself: when a search text holds a
//! form the catalog never uses (a Chinese form anywhere in a run of Chinese characters,
//! an English form as its words in a row, compared by stem), the row's forms that the
//! catalog does use are searched for as well — Chinese forms as phrases, one-word English
//! forms as words — at [`SAME_WEIGHT`] or [`NEAR_WEIGHT`]. A form the catalog uses is
//! searched for as typed and nothing is added, so the glossary never reorders what a
//! search already finds. Traditional characters fold to Simplified before the glossary
//! is read, so rows are written in Simplified only.
//!
//! The rows are read when the index is generated (`index/data.rs`), never at run time.
//!
//! ```
//! use gbt39204::query::search;
//!
//! // 等保 is short for 等级保护 (MLPS), the subject of 7.1.
//! assert_eq!(search("等保")?[0].requirement.id.to_string(), "7.1");
//! // CII is 关键信息基础设施, whose operators 7.3.c names.
//! assert!(search("cii")?.iter().any(|h| h.requirement.id.to_string() == "7.3.c"));
//! # Ok::<(), gbt39204::query::SearchError>(())
//! ```

/// How much a form of the same term counts next to what was typed.
pub(super) const SAME_WEIGHT: f32 = 0.5;

/// How much a near form counts next to what was typed.
pub(super) const NEAR_WEIGHT: f32 = 0.25;

/// The glossary, one term per line (see the module doc for the layout).
pub(super) const GLOSSARY: &str = "\
等保 = 等级保护 = 网络安全等级保护 = 等级保护制度 = MLPS = multi-level protection scheme
等级测评 = 等保测评 = MLPS evaluation
关基 = 关键信息基础设施 = CII = critical information infrastructure
日志 ~ log ~ logging ~ audit trail ~ audit log ~ 日志审计
审计 = audit
多因素 = 多因子 = 多因素认证 = 多因子鉴别 = MFA = 2FA = multi-factor = two-factor
身份鉴别 = 身份认证 = 身份验证 = authentication
补丁 = 打补丁 = 漏洞修复 = patch = hotfix
漏洞 = 安全漏洞 = vulnerability = vuln = CVE
首席网络安全官 = 首席安全官 = 首席信息安全官 = CSO = CISO = CCSO
供应商 = 供方 = 供应方 = supplier = vendor = provider
攻防演练 = 红蓝对抗 = 护网 = red team = attack-defense exercise
应急预案 = 应急计划 = 事件响应计划 = emergency plan = incident response plan = IRP
应急演练 = 应急演习 = emergency drill
威胁情报 = threat intelligence = CTI
数据出境 = 跨境传输 = 出境 = cross-border transfer
个人信息 = 个人数据 = PII = personal information = personal data
暴露面 = 攻击面 = attack surface = exposure
APT = 高级持续性威胁 = advanced persistent threat
入侵检测 = 入侵防御 = IDS = IPS = intrusion detection
态势感知 ~ 安全态势 ~ situational awareness ~ situation
安全评估 ~ 风险评估 ~ 检测评估 ~ risk assessment ~ evaluation
备份 = 灾备 = 容灾 = backup = disaster recovery
访问控制 = 权限控制 = 权限管理 = access control = ACL
加密 = 密码 = encryption = cryptography
培训 = 教育培训 = training
安全意识 ~ awareness ~ 培训 ~ training
保密协议 = 保密义务 = NDA = confidentiality agreement = non-disclosure agreement
知识产权 = intellectual property
局域网 = LAN
运维 = 运行维护 = 运维人员 = maintenance = O&M
整改 = 修复 = remediation = rectification
溯源 = 追踪溯源 = attribution
病毒 = 恶意代码 = 恶意软件 = 木马 = malware = virus
资产清单 = 资产台账 = asset inventory = CMDB
账户 = 账号 = 帐号 = account
冗余 = 备用线路 = 双备 = redundancy = failover
告警 = 报警 = alert = alarm
通报 = 通知 = notification = notify
网络安全 = 信息安全 = cybersecurity = infosec
关键业务 = 核心业务 = critical business = core business
分类分级 = 分级分类 = 数据分类 = data classification
上线 = 投产 = go-live
检查 = 监督检查 = inspection
";
