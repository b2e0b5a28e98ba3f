//! The move from catalog 0.1 to 0.2: every 0.1 requirement ID, and the 0.2 requirement(s)
//! that now carry its duty (or none, with the reason).
//!
//! Catalog 0.1 followed a reconstruction of the standard's item split that was wrong in
//! most sub-clauses (its 7.6.c, log retention, is the standard's 7.5.4). Catalog 0.2
//! follows the standard's numbering as a third-party transcription gives it. This table
//! is curated by this project: where a 0.1 item bundled several duties it lists every
//! 0.2 item that carries one of them; where no 0.2 item carries its duty, the list is
//! empty and the row says why.
//!
//! [`crate::assessment::parse`] uses it to move a 0.1 document's results onto the 0.2
//! items. Adding or correcting a move is editing one row of the table below.
//!
//! ```
//! use gbt39204::catalog::migration;
//!
//! let m = migration::lookup("7.6.c")?;                  // 0.1: log retention
//! assert_eq!(m.new.iter().map(|id| id.as_str()).collect::<Vec<_>>(), ["7.5.4"]);
//! let m = migration::lookup("7.6 g)")?;                 // lenient forms, as for 0.2 IDs
//! assert!(m.new.is_empty());                            // trusted verification: no home
//! assert!(m.reason_zh.is_some());
//! assert_eq!(migration::table().len(), 111);
//! assert!(migration::lookup("7.5.2.c").is_err());       // not a 0.1 ID
//! # Ok::<(), gbt39204::catalog::migration::LegacyIdError>(())
//! ```

use schemars::JsonSchema;
use serde::Serialize;
use thiserror::Error;

use crate::model::{IdError, RequirementId};

/// The catalog versions whose IDs this table reads: `0.1.x`.
pub const FROM_VERSION: &str = "0.1";

/// Whether a document's `catalog_version` is one this table migrates from (`0.1`,
/// `0.1.0`, `0.1.3`, …).
#[must_use]
pub fn applies_to(catalog_version: &str) -> bool {
    let v = catalog_version.trim();
    v == FROM_VERSION
        || v.strip_prefix(FROM_VERSION)
            .is_some_and(|rest| rest.starts_with('.'))
}

/// One 0.1 requirement and where its duty went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Move {
    /// The 0.1 ID, canonical (`"7.6.c"`).
    pub old: &'static str,
    /// The 0.2 requirements that carry its duty, in the standard's order; empty when
    /// none does.
    pub new: &'static [RequirementId],
    /// What moved where, or why nothing carries it (curated, English).
    pub note: &'static str,
    /// Why nothing carries it, in Chinese; only for a move with no new home.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_zh: Option<&'static str>,
}

/// Why a string is not a 0.1 requirement ID.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LegacyIdError {
    /// Not an ID at all.
    #[error(transparent)]
    Malformed(#[from] IdError),
    /// Well formed, but catalog 0.1 had no such requirement.
    #[error("`{input}` is not a requirement of catalog 0.1 (its IDs run 6.1.a … 11.4.b, a sub-clause and a letter){}", crate::model::names::did_you_mean(*suggestion))]
    Unknown {
        /// The input as given.
        input: String,
        /// The nearest 0.1 ID, when one is close.
        suggestion: Option<&'static str>,
    },
}

/// Every 0.1 requirement, in the 0.1 catalog's order.
#[must_use]
pub fn table() -> &'static [Move] {
    &MOVES
}

/// The move of the 0.1 requirement written `old` (read as leniently as a 0.2 ID:
/// `7.6c`, `7.6 c)`, full-width forms).
///
/// # Errors
/// [`LegacyIdError`] when `old` is not an ID, or catalog 0.1 had no such requirement.
pub fn lookup(old: &str) -> Result<&'static Move, LegacyIdError> {
    let parts = crate::model::Parts::read(old)?;
    let canonical = parts
        .letter
        .filter(|_| parts.path[2] == 0)
        .map(|letter| format!("{}.{}", parts.clause_text(), char::from(letter)));
    canonical
        .as_deref()
        .and_then(|c| MOVES.iter().find(|m| m.old == c))
        .ok_or_else(|| LegacyIdError::Unknown {
            input: old.to_owned(),
            suggestion: canonical
                .as_deref()
                .and_then(|c| crate::suggest::closest(c, MOVES.iter().map(|m| m.old))),
        })
}

macro_rules! moves {
    ($(
        $old:literal => [$($new:literal),*] $note:literal $(zh $zh:literal)?;
    )+) => {
        static MOVES: [Move; [$($old),+].len()] = [$(
            Move {
                old: $old,
                new: &[$(super::known_id($new)),*],
                note: $note,
                reason_zh: moves!(@zh $($zh)?),
            }
        ),+];
    };
    (@zh) => { None };
    (@zh $zh:literal) => { Some($zh) };
}

#[rustfmt::skip]
moves! {
    "6.1.a" => ["6.1.a", "6.1.b", "6.1.c"] "old item bundled identification, dependence analysis and importance analysis; the transcription splits them into a), b) and c)";
    "6.1.b" => ["6.1.d"] "mapping the critical business chain and where/how the supporting CII runs is 6.1 d)";
    "6.2.a" => ["6.2.a"] "asset inventory of the chain (now also names data assets)";
    "6.2.b" => ["6.2.b"] "protection priorities from asset category, asset importance and business importance";
    "6.2.c" => ["6.2.a", "7.10.b"] "no separate data-inventory item: data assets are in the 6.2 a) inventory; important data and personal information protection sits in 7.10 b)";
    "6.2.d" => ["6.2.c"] "asset discovery by technical means and dynamic inventory updates";
    "6.3.a" => ["6.3"] "6.3 is one paragraph: risk analysis of the chain per GB/T 20984";
    "6.3.b" => ["6.3"] "risk treatment priorities and a written risk report are part of the 6.3 paragraph; tracking treatment to completion is not stated there";
    "6.4.a" => ["6.4"] "re-identification after rebuild, expansion, change of owner or other major change (reconstructed sub-clause); the report to the protection department is not carried; evaluation after major change is 8.2.d";
    "7.1.a" => ["7.1"] "7.1 is one paragraph: MLPS grading, filing, construction and rectification, level evaluation";
    "7.1.b" => ["7.1"] "no MLPS level is named in this standard; the level-3 floor comes from the Ministry of Public Security's 2020 guidance and is kept as a check at 7.1 attributed to it";
    "7.2.a" => ["7.2.a"] "protection plan (management, technical, operations, assurance systems); approval is by the organisation, not stated as the principal's";
    "7.2.b" => ["7.2.b"] "management rules and security policies based on the chain's needs, adjusted as risks change";
    "7.2.c" => ["7.2.a", "7.2.b"] "the yearly revision now applies to the protection plan (7.2 a: at least once a year or on major change); policies are adjusted as risks and threats change (7.2 b)";
    "7.2.d" => ["7.2.a"] "only documenting the plan and sending it to the people concerned survives (7.2 a); policy versioning is not in the transcription";
    "7.3.a" => ["7.3.a"] "committee or leading group headed by the principal responsible person";
    "7.3.b" => ["7.3.b"] "dedicated security management organisation with a head and posts";
    "7.3.c" => ["7.3.a"] "the Chief Cybersecurity Officer is named in 7.3 a)";
    "7.3.d" => ["7.3.c"] "one security management responsible person per CII is 7.3 c)";
    "7.3.e" => ["7.3.d"] "security organisation staff included in the IT decision-making system is 7.3 d)";
    "7.3.f" => ["7.3.b"] "appraisal, supervision and accountability mechanism is part of 7.3 b)";
    "7.4.a" => ["7.4.a"] "background review (and skills assessment) before appointment";
    "7.4.b" => ["7.4.a"] "key posts staffed by a designated person and at least two people are in 7.4 a)";
    "7.4.c" => ["7.4.c"] "training system, at least 30 class hours per person per year";
    "7.4.d" => ["7.4.c"] "regular skills tests are part of 7.4 c) (skills assessment before appointment is in 7.4 a)";
    "7.4.e" => ["7.4.e"] "confidentiality duties incl. the post-departure declassification period, in a signed agreement; access revocation on departure is not in the transcription (7.4 d is unseen)";
    "7.5.a" => ["7.5.3.a"] "zone separation itself is not stated; strict control of flows between systems of different levels, businesses and zones now sits in 7.5.3.a";
    "7.5.b" => ["7.5.2.a", "7.5.3.a"] "interconnection with other operators' systems: secure interconnection policy (7.5.2.a) and strict boundary control of exchanges (7.5.3.a); no pre-connection risk assessment in the transcription";
    "7.5.c" => ["7.5.1"] "line redundancy is now one main and two backup lines over several carriers and routes; dual-node redundancy for key nodes only recommended";
    "7.5.d" => ["7.5.2.c"] "nearest duty: protect remote LAN-to-LAN communication, cryptographic authentication of both ends as the example; no explicit in-transit encryption duty";
    "7.5.e" => ["7.5.4", "7.8.a"] "remote O&M is recorded by network audit (7.5.4); O&M located in China, overseas O&M only under national rules (7.8.a); no secure-channel wording in the transcription";
    "7.5.f" => ["7.5.3.b"] "dynamic discovery and control of unauthorised devices; only authorised hardware and software run";
    "7.6.a" => ["7.6.1.b"] "dynamic or multi-factor authentication for important and abnormal operations; unique accounts and strong passwords not stated";
    "7.6.b" => ["7.6.1.c"] "access control now based on security labels for important business data; least privilege and separation of administrator roles not stated";
    "7.6.c" => ["7.5.4"] "log retention of at least 6 months sits in 7.5.4 (network audit), not in 7.6";
    "7.6.d" => ["7.6.3", "10.1.a"] "configuration management by automated tools (7.6.3); closing unneeded ports and services is exposure reduction (10.1.a)";
    "7.6.e" => ["7.6.3"] "vulnerabilities and patches fixed promptly after verification, supported by automated tools";
    "7.6.f" => ["7.6.2.b", "7.6.3"] "active protection that detects and blocks intrusions and viruses (7.6.2.b); virus signature library managed with automated tools (7.6.3)";
    "7.6.g" => [] "trusted verification against a root of trust is not in this standard's transcription; 0.1 reconstruction (nearest: 7.5.3.b, only authorised software and hardware run)" zh "第三方转录文本中无基于可信根的可信验证要求，属0.1版重建内容";
    "7.6.h" => ["7.10.a", "7.10.b"] "nearest: data security technical protection (7.10.a) and protection measures for important data and personal information under a classification-based policy (7.10.b); no explicit at-rest encryption or residual-information clearing";
    "7.7.a" => ["7.7"] "security measures planned, built and used together with the main project (同步规划、同步建设、同步使用)";
    "7.7.b" => ["7.7"] "design review folds into 7.7's verification by tests, reviews and attack-defense exercises; no separate pre-build architecture duty";
    "7.7.c" => ["7.7"] "only the verification by tests in 7.7 remains; secure coding rules are not stated";
    "7.7.d" => ["7.9.g"] "outsourced development: security and confidentiality agreements with providers (7.9.g); backdoor checks and source-code escrow not stated";
    "7.7.e" => ["7.7", "8.2.d"] "verification during build, change and upgrade (7.7); after major change, evaluate and go live only after fixes (8.2.d)";
    "7.7.f" => ["7.9.b"] "critical network equipment and dedicated security products only if they passed national testing and certification";
    "7.8.a" => ["7.8.a"] "O&M located in China; same item, now transcribed";
    "7.8.b" => ["7.8.c"] "O&M tool control: the standard asks to prefer registered tools and test unregistered ones (bastion host and outright ban not in the transcription)";
    "7.8.c" => ["7.5.4", "7.6.1.b"] "recording and auditing O&M (incl. remote O&M) sits in 7.5.4; approval and control of users and operations in 7.6.1.b; least privilege not stated";
    "7.8.d" => ["7.7"] "security of changes and upgrades, verified by tests, sits in 7.7 (rollback plan not in the transcription)";
    "7.8.e" => ["6.2.c", "7.6.3"] "keeping the asset inventory current is 6.2.c; automated configuration management is 7.6.3";
    "7.8.f" => ["7.10.e"] "backup of important systems and databases (off-site) is 7.10.e; restore testing not stated";
    "7.8.g" => ["7.10.f"] "only media sanitisation, via an implied item (content not seen); equipment maintenance, removal and disposal not in the transcription";
    "7.9.a" => ["7.9.a"] "supply chain security management rules; implied item, content not seen";
    "7.9.b" => ["7.9.b", "7.9.c"] "cybersecurity review for purchases that may affect national security is 7.9.c; certified catalogue equipment is 7.9.b";
    "7.9.c" => ["7.9.g"] "confidentiality agreements with providers, now with listed contents";
    "7.9.d" => ["7.9.d"] "supplier security assessment; implied item, content not seen";
    "7.9.e" => ["7.9.e"] "continuity of supply: the standard asks for managed channels and stable or diverse sources";
    "7.9.f" => [] "restricting and auditing supplier access is not in this standard's transcription; 0.1 reconstruction" zh "供方访问系统和数据的审批与审计未见于本标准转录文本，属0.1版重建内容";
    "7.9.g" => ["7.9.f"] "security of delivery, updates and maintenance of supplied products; implied item, content not seen";
    "7.10.a" => ["7.10.a"] "data security responsibilities and appraisal, now with plan, protection, risk assessment, incident plan and training";
    "7.10.b" => ["7.10.b"] "protection policy based on data classification and grading";
    "7.10.c" => ["7.10.c"] "personal information and important data stored in China; security assessment before export";
    "7.10.d" => ["7.10.h"] "protection across the data life cycle is the whole-process security capability of 7.10.h";
    "7.10.e" => ["7.10.e"] "business continuity and disaster-recovery backup, off-site for important systems and databases";
    "7.10.f" => ["7.10.f"] "data deletion and media sanitisation; implied item, content not seen";
    "7.10.g" => ["7.10.a", "7.10.g"] "monitoring data leaks is an implied item (content not seen); prompt handling of data security incidents is in 7.10.a";
    "8.1.a" => ["8.1.a"] "Testing and evaluation system; same duty, now a reconstructed item (8.1 is not in the transcription).";
    "8.1.b" => ["8.1.b"] "Yearly testing and risk evaluation, self or entrusted; reconstructed, yearly period attributed to the CII Regulation Art. 17.";
    "8.1.c" => ["8.2.d", "11.3.2.d"] "Split: evaluation after a major change (rebuild, expansion, change of owner) is transcribed 8.2.d; evaluation after an incident is carried by the post-recovery evaluation in 11.3.2.d.";
    "8.2.a" => ["8.2.c"] "Coverage of laws, regulations, policy and own rules is the first element of the transcribed scope list in 8.2.c.";
    "8.2.b" => ["8.2.c"] "Technical protection is one element of the 8.2.c scope; the standard names no scanning or penetration-test methods there.";
    "8.2.c" => ["8.2.c"] "Supply chain security and data security are elements of the 8.2.c scope; cross-border transfer is not named there (see 7.10.c for export).";
    "8.2.d" => ["6.3", "8.2.c"] "Risk assessment is an element of the 8.2.c scope; the risk analysis of the critical business chain itself is 6.3.";
    "8.3.a" => ["8.3.a"] "Rectification plan for findings, tracked to closure; reconstructed item.";
    "8.3.b" => ["8.3.b"] "Report results and rectification to the protection department; reconstructed item.";
    "8.3.c" => ["8.1.c"] "Cooperation with official security checks and testing; now a reconstructed 8.1 item (8.3.c now covers fixing what those checks find).";
    "9.1.a" => ["9.1.a"] "Monitoring, early-warning and information-reporting rules; transcribed 9.1.a also adds rapid response and warning grading.";
    "9.1.b" => ["9.1.a"] "Monitoring strategy and monitoring content are set in 9.1.a; the standard does not name frequency or duties there.";
    "9.1.c" => ["9.1.d", "10.4.b"] "Joining sharing and reporting mechanisms: 9.1.d (warning-sharing and joint handling, external contact list); external threat-intelligence sharing is 10.4.b.";
    "9.2.a" => ["9.2.a", "9.2.f"] "Attack monitoring at boundaries and key nodes is 9.2.a; building situational awareness is the inferred 9.2.f.";
    "9.2.b" => ["9.2.b"] "Running state and availability of the critical business chain; now an inferred item.";
    "9.2.c" => ["9.2.c"] "Central collection and correlation of logs and alerts; now an inferred item.";
    "9.2.d" => ["9.2.f"] "Analysis of monitoring data into threats and situation; now the inferred 9.2.f.";
    "9.2.e" => ["9.2.e"] "Monitoring of data flows; now the inferred 9.2.e (cross-system and cross-region flows).";
    "9.3.a" => ["9.1.c", "9.3.d"] "Grade-specific response: the procedure per warning grade is 9.1.c; responding to a warning is 9.3.d.";
    "9.3.b" => ["9.3.b"] "Receive and act on warnings from the authorities; now an inferred item.";
    "9.3.c" => ["9.3.c"] "Report major cybersecurity threats to the authorities; now an inferred item.";
    "10.1.a" => ["10.1.a"] "Internet-facing exposure of addresses, ports and services, now with fewer Internet exits";
    "10.1.b" => ["10.1.b", "10.1.c"] "split: internal information (organisation, mail accounts, directories) in 10.1.b; code and network documents kept off public storage in 10.1.c";
    "10.1.c" => ["10.1.a"] "identifying and shrinking exposure sits in 10.1.a; the 0.1 details (regular checks, default passwords, lateral exposure) are not in the transcription";
    "10.2.a" => ["10.2.a", "10.2.b"] "attack-method analysis is 10.2.a; capture and other countermeasures against detected attacks are 10.2.b";
    "10.2.b" => ["10.2.b", "10.2.c"] "split: blocking and disrupting attacks in 10.2.b; tracing them to the source in 10.2.c";
    "10.2.c" => ["11.4"] "updating the security policy after what active defense finds is 11.4 (10.2.c only says tracing supports better defenses)";
    "10.3.a" => ["10.3.a"] "regular attack-defense exercises; 10.3.a is implied (text not seen)";
    "10.3.b" => ["11.1.c"] "nearest duty: take part in and cooperate with the authorities' drills and emergency work; authority-run attack-defense exercises are not named in the transcription";
    "10.3.c" => ["10.3.c"] "fix what exercises reveal, remove structural and system-wide risks";
    "10.4.a" => ["10.4.a"] "internal threat-intelligence mechanism: collect, process, share, act";
    "10.4.b" => ["10.4.b"] "external threat-intelligence sharing with authoritative bodies, joint defense across sectors";
    "11.1.a" => ["11.1.a"] "incident management system with classification and grading and handling process";
    "11.1.b" => ["11.2.a"] "emergency plan within the national plan and sector and local requirements";
    "11.1.c" => ["11.1.b"] "resources, dedicated emergency support team and expert team";
    "11.2.a" => ["11.2.c"] "drills are the implied 11.2.c; the yearly frequency is not in the transcription and is dropped";
    "11.2.b" => ["11.1.c"] "taking part in drills run by the authorities is 11.1.c";
    "11.2.c" => ["11.2.c"] "evaluating drills and improving the plan folded into the implied 11.2.c";
    "11.3.a" => ["11.3.3"] "reporting to the authorities as law requires is 11.3.3 (internal reporting to the security organisation is 11.3.1.a)";
    "11.3.b" => ["11.3.2.b"] "contain first, investigate after, collect evidence and do forensics";
    "11.3.c" => ["11.3.2.a"] "handle by plan and restore business and systems to a known state (functions to keep running are named by the plan, 11.2.b)";
    "11.3.d" => ["11.3.2.d", "11.3.2.e"] "split: finding the cause after recovery in 11.3.2.d; lessons learned fed back in 11.3.2.e";
    "11.4.a" => ["11.4"] "re-identify business, assets and risks after findings and incidents";
    "11.4.b" => ["11.4"] "update the security policy after reassessment (the protection plan revision itself is 7.2.a)";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_exists_and_every_empty_move_says_why() {
        for m in table() {
            for &id in m.new {
                assert!(
                    crate::catalog::exists(id),
                    "{} → {id:?} is not a 0.2 requirement",
                    m.old
                );
            }
            assert!(
                m.new.windows(2).all(|w| w[0] < w[1]),
                "{}: targets in order, once each",
                m.old
            );
            assert_eq!(m.new.is_empty(), m.reason_zh.is_some(), "{}", m.old);
            assert!(!m.note.trim().is_empty(), "{}", m.old);
        }
    }

    #[test]
    fn the_table_is_the_0_1_catalog() {
        // 0.1 had 111 requirements, lettered without gaps under 28 sub-clauses.
        assert_eq!(table().len(), 111);
        let mut previous: Option<&str> = None;
        for m in table() {
            let parts = crate::model::Parts::read(m.old).unwrap();
            assert!(parts.letter.is_some() && parts.path[2] == 0, "{}", m.old);
            if let Some(p) = previous {
                let before = crate::model::Parts::read(p).unwrap();
                assert!(
                    (before.path, before.letter) < (parts.path, parts.letter),
                    "{p} before {}",
                    m.old
                );
            }
            previous = Some(m.old);
        }
        assert!(applies_to("0.1.0") && applies_to("0.1") && applies_to(" 0.1.7 "));
        assert!(!applies_to("0.2.0") && !applies_to("0.10.0") && !applies_to(""));
    }

    #[test]
    fn lookups_are_lenient_and_errors_suggest() {
        assert_eq!(lookup("７．６ｃ").unwrap().old, "7.6.c");
        assert_eq!(
            lookup("7.4 b)").unwrap().new,
            [crate::catalog::const_id("7.4.a")]
        );
        match lookup("7.6.z") {
            Err(LegacyIdError::Unknown { suggestion, .. }) => assert!(suggestion.is_some()),
            other => panic!("{other:?}"),
        }
        assert!(matches!(lookup("x"), Err(LegacyIdError::Malformed(_))));
        assert!(matches!(
            lookup("7.5.1"),
            Err(LegacyIdError::Unknown { .. })
        ));
    }
}
