//! Assessment documents as a compliance product uses them: parse, validate, check facts,
//! score, list gaps, render reports. Every number below is worked out by hand in the
//! comment next to it.

#![allow(
    clippy::float_cmp,
    reason = "points are sums of halves, exact in binary, so compared exactly; scores and coverage use `close`"
)]

use std::collections::BTreeSet;

use gbt39204::assessment::{
    AssessOptions, Assessment, AssessmentDocument, DiagnosticCode, FactOutcome, GapPriority,
    MAX_DOCUMENT_BYTES, ParseError, Severity, Status, assess, parse, parse_slice, validate,
};
use gbt39204::report::{Format, render};
use gbt39204::{Clause, Domain, Lang, Principle, RequirementId, catalog};
use jiff::civil::{Date, date};
use serde_json::{Value, json};
use strum::IntoEnumIterator;

const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

fn metadata() -> Value {
    json!({
        "organisation": "Test Water Works (fictional)", "cii_name": "SCADA",
        "cii_identifier": "CII-T-1", "scope": "Plant control", "assessor": "Tester",
        "assessment_date": "2025-06-30", "catalog_version": catalog::VERSION
    })
}

/// A document with `results` and `facts` and the test metadata.
fn document(results: Value, facts: Value) -> AssessmentDocument<'static> {
    let mut doc = json!({ "metadata": metadata() });
    doc["results"] = results;
    doc["facts"] = facts;
    parse(&doc.to_string()).unwrap().into_owned()
}

fn evidence() -> Value {
    json!([{ "kind": "document", "reference": "POL-1" }])
}

fn result(id: &str, status: &str) -> Value {
    match status {
        "implemented" | "partially_implemented" => {
            json!({ "requirement": id, "status": status, "evidence": evidence(),
                    "remediation": { "owner": "IT" } })
        }
        "not_applicable" => {
            json!({ "requirement": id, "status": status, "justification": "No such system." })
        }
        _ => json!({ "requirement": id, "status": status, "remediation": { "owner": "IT" } }),
    }
}

/// All 111 results, `implemented` unless `overrides` says otherwise.
fn full(overrides: &[(&str, &str)]) -> Value {
    catalog::ids()
        .map(|id| {
            let status = overrides
                .iter()
                .find(|(o, _)| *o == id.as_str())
                .map_or("implemented", |(_, s)| s);
            result(id.as_str(), status)
        })
        .collect()
}

fn codes(a: &Assessment) -> BTreeSet<DiagnosticCode> {
    a.diagnostics.iter().map(|d| d.code).collect()
}

fn run(doc: &AssessmentDocument) -> Assessment {
    assess(doc, &AssessOptions::default())
}

/// Markdown with its backslash escapes removed (in `CommonMark` a backslash before ASCII
/// punctuation stands for that character), so assertions read the text a reader sees.
fn unescaped(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            continue;
        }
        out.push(c);
    }
    out
}

const EPS: f64 = 1e-9;

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < EPS)
}

// ───────────────────────────── scoring, by hand ─────────────────────────────

#[test]
fn scores_of_a_partial_document_worked_by_hand() {
    let doc = document(
        json!([
            result("6.1.a", "implemented"),
            result("6.1.b", "partially_implemented"),
            result("6.2.a", "not_implemented"),
            result("6.2.b", "not_applicable"),
            result("6.2.c", "not_assessed"),
        ]),
        json!({}),
    );
    let a = run(&doc);
    let s = &a.scores;

    // 6.1 has 4 items: a 1 + b ½ = 1.5 points; c and d missing (= not assessed).
    // 1.5 over 4 applicable → 37.5 %; 2 of 4 assessed → 50 %.
    let c61 = &s.clauses[Clause::BusinessIdentification.index()].tally;
    assert_eq!(c61.points(), 1.5);
    assert!(close(c61.score(), 37.5));
    assert!(close(c61.coverage(), 50.0));

    // 6.2 has 3 items: a not implemented (0), b not applicable (left out), c not assessed.
    // 0 points over 2 applicable → 0 %; 1 of 2 assessed → 50 %.
    let c62 = &s.clauses[Clause::AssetIdentification.index()].tally;
    assert_eq!(
        (
            c62.applicable(),
            c62.assessed(),
            c62.not_assessed,
            c62.not_applicable
        ),
        (2, 1, 1, 1)
    );
    assert!(close(c62.score(), 0.0));
    assert!(close(c62.coverage(), 50.0));

    // Domain 6 has 9 requirements; 6.2.b is N/A → 8 applicable; 1.5 points → 18.75 %;
    // 3 assessed (6.1.a, 6.1.b, 6.2.a) → 37.5 %.
    let d6 = &s.domains[0];
    assert_eq!(d6.domain, Domain::AnalysisIdentification);
    assert_eq!(d6.tally.applicable(), 8);
    assert!(close(d6.tally.score(), 18.75));
    assert!(close(d6.tally.coverage(), 37.5));

    // Domain 7 is entirely missing: 45 requirements, none assessed → 0 % and 0 % coverage.
    let d7 = &s.domains[1].tally;
    assert_eq!((d7.applicable(), d7.not_assessed), (45, 45));
    assert!(close(d7.score(), 0.0) && close(d7.coverage(), 0.0));

    // Overall: 111 − 1 N/A = 110 applicable; 1.5 points → 1.5/110; 3 assessed → 3/110.
    assert_eq!(s.overall.applicable(), 110);
    assert!(close(s.overall.score(), 150.0 / 110.0));
    assert!(close(s.overall.coverage(), 300.0 / 110.0));

    // Principles (curated tags): 53 requirements serve P1, 61 serve P2 (counted in the
    // catalog rows). 6.1.a, 6.1.b and 6.2.a serve P1; 6.2.b (N/A) serves P1 and P2; 6.2.c
    // (not assessed) serves P2. P1: 52 applicable, 1.5 points, 3 assessed. P2: 60
    // applicable, nothing assessed.
    let serving = |p: Principle| {
        catalog::requirements()
            .iter()
            .filter(|r| r.principles.contains(&p))
            .count()
    };
    assert_eq!(
        (
            serving(Principle::BusinessCentred),
            serving(Principle::RiskDriven)
        ),
        (53, 61)
    );
    let p1 = &s.principles[0].tally;
    assert_eq!((p1.applicable(), p1.assessed()), (52, 3));
    assert!(close(p1.score(), 150.0 / 52.0));
    let p2 = &s.principles[1].tally;
    assert_eq!((p2.applicable(), p2.assessed()), (60, 0));
    assert!(close(p2.score(), 0.0));
}

#[test]
fn a_complete_document_scores_by_hand() {
    // 111 results: 108 implemented, 7.5.2.a partial, 7.5.2.b not implemented, 7.5.2.c N/A.
    // Points 108 + ½ = 108.5 over 110 applicable; every applicable one assessed.
    let doc = document(
        full(&[
            ("7.5.2.a", "partially_implemented"),
            ("7.5.2.b", "not_implemented"),
            ("7.5.2.c", "not_applicable"),
        ]),
        json!({}),
    );
    let a = run(&doc);
    let o = &a.scores.overall;
    assert_eq!(o.points(), 108.5);
    assert!(close(o.score(), 10850.0 / 110.0));
    assert!(close(o.coverage(), 100.0));
    // 7.5 spans 7 items (7.5.1 … 7.5.4): 7.5.1, 7.5.3.a, 7.5.3.b and 7.5.4 implemented
    // + ½ for 7.5.2.a = 4.5 over 6 applicable → 75 %.
    let c75 = &a.scores.clauses[Clause::CommunicationNetwork.index()].tally;
    assert_eq!((c75.applicable(), c75.points()), (6, 4.5));
    assert!(close(c75.score(), 75.0));
    // 7.5.2 alone: ½ over 2 applicable → 25 %.
    let c752 = &a.scores.clauses[Clause::Interconnection.index()].tally;
    assert!(close(c752.score(), 25.0));
    // Gaps: 7.5.2.b (not implemented) before 7.5.2.a (partial), both in domain 7.
    let gaps: Vec<_> = a.all_gaps().map(|g| g.requirement.as_str()).collect();
    assert_eq!(gaps, ["7.5.2.b", "7.5.2.a"]);
}

#[test]
fn nothing_applicable_gives_no_score() {
    let results: Vec<Value> = catalog::ids()
        .map(|id| result(id.as_str(), "not_applicable"))
        .collect();
    let a = run(&document(Value::Array(results), json!({})));
    assert_eq!(a.scores.overall.not_applicable, 111);
    assert_eq!(a.scores.overall.score(), None);
    assert_eq!(a.scores.overall.coverage(), None);
}

/// Facts that meet every hard number (7.5.4 with exactly 6 months of logs, 7.2.a revised
/// today, 8.1.b evaluated exactly 12 months ago, mixed storage with an assessed transfer).
fn facts_all_met() -> Value {
    json!({
        "mlps_level": 3, "training_hours_per_person_year": 30,
        "last_plan_revision": "2025-06-30", "last_evaluation": "2024-06-30",
        "log_retention_months": 6, "communication_lines": 3, "line_carriers": 2,
        "key_post_staffing": [{ "post": "auditor", "people": 2 }, { "post": "admin", "people": 2 }],
        "operations_location": "onshore", "supplier_ip_licence_years": 10,
        "personal_information_location": "onshore",
        "important_data_location": "mixed", "cross_border_transfer_assessed": true
    })
}

#[test]
fn facts_that_meet_every_number_cap_nothing() {
    let a = run(&document(full(&[]), facts_all_met()));
    assert!(a.fact_checks.iter().all(|c| c.outcome == FactOutcome::Met));
    // One check per obligation, two for 7.5.1 (lines, carriers), two for 7.10.c (two kinds
    // of data), one per key post for 7.4.a (two posts): 10 + 1 + 1 + 1 = 13.
    assert_eq!(a.fact_checks.len(), 13);
    assert_eq!(a.scores.overall.points(), 111.0);
}

#[test]
fn failed_fact_checks_cap_the_requirement_at_zero() {
    // 110 implemented and 7.4.a partial; every other fact is met (see `facts_all_met`).
    // 7.4.c implemented but 24 h (< 30): counts 0 instead of 1.
    // 7.4.a partial but one key post held by 1 person (< 2): counts 0 instead of ½.
    // The other 109 implemented requirements count 1 each → 109 points over 111.
    let mut facts = facts_all_met();
    facts["training_hours_per_person_year"] = json!(24);
    facts["key_post_staffing"][1]["people"] = json!(1);
    let doc = document(full(&[("7.4.a", "partially_implemented")]), facts);
    let a = run(&doc);
    let o = &a.scores.overall;
    assert_eq!(o.capped_by_facts, 2);
    assert_eq!(o.points(), 109.0);
    let failed: Vec<_> = a
        .fact_checks
        .iter()
        .filter(|c| c.outcome != FactOutcome::Met)
        .map(|c| (c.requirement.as_str(), c.pointer.as_ref()))
        .collect();
    assert_eq!(
        failed,
        [
            ("7.4.a", "/facts/key_post_staffing/1/people"),
            ("7.4.c", "/facts/training_hours_per_person_year"),
        ]
    );
    // Only the implemented one contradicts its status; the partial one is a gap.
    let contradictions: Vec<_> = a
        .diagnostics_with(DiagnosticCode::FactContradictsStatus)
        .map(|d| d.requirement.unwrap().as_str())
        .collect();
    assert_eq!(contradictions, ["7.4.c"]);
    let personnel = &a
        .gaps
        .iter()
        .find(|g| g.domain == Domain::SecurityProtection)
        .unwrap()
        .gaps;
    assert_eq!(personnel.len(), 2);
    assert!(
        personnel
            .iter()
            .all(|g| g.priority == GapPriority::FailedFactCheck)
    );
    assert_eq!(personnel[0].requirement.as_str(), "7.4.a");
}

#[test]
fn intervals_count_whole_months_rounded_up() {
    let check = |last: Date, today: Date| {
        let doc = document(
            json!([result("7.2.a", "implemented")]),
            json!({ "last_plan_revision": last.to_string() }),
        );
        let a = assess(&doc, &AssessOptions { today: Some(today) });
        a.fact_checks
            .iter()
            .find(|c| c.requirement.as_str() == "7.2.a")
            .unwrap()
            .outcome
    };
    let today = date(2025, 6, 30);
    assert_eq!(check(date(2024, 6, 30), today), FactOutcome::Met); // exactly 12 months
    assert_eq!(check(date(2024, 6, 29), today), FactOutcome::NotMet); // 12 months 1 day
    assert_eq!(check(date(2024, 4, 30), today), FactOutcome::NotMet); // 14 months
    assert_eq!(check(date(2025, 7, 1), today), FactOutcome::Invalid); // in the future
    // The same document checked later: a revision that was fine is now stale.
    assert_eq!(check(date(2024, 9, 1), today), FactOutcome::Met);
    assert_eq!(
        check(date(2024, 9, 1), date(2025, 10, 1)),
        FactOutcome::NotMet
    );
}

#[test]
fn future_fact_dates_and_blank_posts_are_reported() {
    let doc = document(
        json!([
            result("7.2.a", "implemented"),
            result("7.4.a", "implemented")
        ]),
        json!({
            "last_plan_revision": "2025-07-01",
            "last_emergency_drill": "2025-07-02",
            "key_post_staffing": [{ "post": " ", "people": 2 }]
        }),
    );
    let a = run(&doc);
    let future: Vec<_> = a
        .diagnostics_with(DiagnosticCode::FutureDate)
        .map(|d| d.pointer.as_str())
        .collect();
    assert_eq!(
        future,
        ["/facts/last_plan_revision", "/facts/last_emergency_drill"]
    );
    let empty: Vec<_> = a
        .diagnostics_with(DiagnosticCode::EmptyField)
        .map(|d| d.pointer.as_str())
        .collect();
    assert_eq!(empty, ["/facts/key_post_staffing/0/post"]);
    // An impossible date neither passes nor fails the revision check, and does not cap
    // 7.2.a; the blank post still has two people.
    assert_eq!(a.requirements.iter().filter(|r| r.fact_failed).count(), 0);
    assert_eq!(a.scores.overall.points(), 2.0);
}

#[test]
fn every_hard_number_is_checked() {
    let failing = json!({
        "mlps_level": 2, "training_hours_per_person_year": 24,
        "last_plan_revision": "2024-01-31", "last_evaluation": "2024-03-01",
        "log_retention_months": 3, "communication_lines": 2, "line_carriers": 1,
        "key_post_staffing": [{ "post": "security operations", "people": 1 }],
        "operations_location": "offshore", "supplier_ip_licence_years": 5,
        "supplier_ip_licence_covers_service_life": false,
        "personal_information_location": "mixed",
        "important_data_location": "offshore", "cross_border_transfer_assessed": false
    });
    let a = run(&document(full(&[]), failing));
    let failed: BTreeSet<_> = a
        .diagnostics_with(DiagnosticCode::FactContradictsStatus)
        .map(|d| d.requirement.unwrap().as_str())
        .collect();
    let expected: BTreeSet<_> = [
        "7.1", "7.2.a", "7.4.a", "7.4.c", "7.5.1", "7.5.4", "7.8.a", "7.9.h", "7.10.c", "8.1.b",
    ]
    .into();
    assert_eq!(failed, expected);
    // The catalog has exactly these ten requirements with obligations.
    let with_obligations: BTreeSet<_> = catalog::requirements()
        .iter()
        .filter(|r| !r.obligations.is_empty())
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(with_obligations, expected);
    // 7.5.1 fails on lines and on carriers, 7.10.c on both kinds of data: two each.
    let pointers = |id: &str| -> Vec<&str> {
        a.diagnostics_with(DiagnosticCode::FactContradictsStatus)
            .filter(|d| d.requirement.unwrap().as_str() == id)
            .map(|d| d.pointer.as_str())
            .collect()
    };
    assert_eq!(
        pointers("7.5.1"),
        ["/facts/communication_lines", "/facts/line_carriers"]
    );
    assert_eq!(
        pointers("7.10.c"),
        [
            "/facts/personal_information_location",
            "/facts/important_data_location"
        ]
    );
    // Ten requirements capped: 101 points over 111.
    assert_eq!(a.scores.overall.capped_by_facts, 10);
    assert_eq!(a.scores.overall.points(), 101.0);
}

#[test]
fn checks_from_outside_the_standard_name_their_source() {
    use gbt39204::RuleSource;
    let facts =
        json!({ "mlps_level": 2, "last_evaluation": "2023-06-30", "log_retention_months": 3 });
    let a = run(&document(full(&[]), facts));
    let source = |id: &str| {
        a.fact_checks
            .iter()
            .find(|c| c.requirement.as_str() == id)
            .unwrap()
            .source
    };
    assert_eq!(source("7.1"), RuleSource::MpsGuidance2020);
    assert_eq!(source("8.1.b"), RuleSource::CiiRegulationArt17);
    assert_eq!(source("7.5.4"), RuleSource::Standard);
    let message = |id: &str| {
        a.diagnostics_with(DiagnosticCode::FactContradictsStatus)
            .find(|d| d.requirement.unwrap().as_str() == id)
            .unwrap()
            .message
            .clone()
    };
    assert!(message("7.1").en.contains("Ministry of Public Security"));
    assert!(message("7.1").zh.contains("公安部"));
    assert!(
        message("8.1.b")
            .en
            .contains("CII Security Protection Regulation, Art. 17")
    );
    assert!(message("7.5.4").en.contains("GB/T 39204-2022 requires"));
    // No drill interval is checked: a drill long ago fails nothing.
    let a = run(&document(
        full(&[]),
        json!({ "last_emergency_drill": "2023-01-01" }),
    ));
    assert!(
        a.fact_checks
            .iter()
            .all(|c| c.pointer != "/facts/last_emergency_drill")
    );
}

#[test]
fn ip_licences_pass_on_ten_years_or_the_whole_service_life() {
    let outcome = |facts: Value| {
        let a = run(&document(json!([result("7.9.h", "implemented")]), facts));
        a.fact_checks
            .iter()
            .find(|c| c.requirement.as_str() == "7.9.h")
            .unwrap()
            .outcome
    };
    assert_eq!(
        outcome(json!({ "supplier_ip_licence_years": 10 })),
        FactOutcome::Met
    );
    assert_eq!(
        outcome(json!({ "supplier_ip_licence_years": 9 })),
        FactOutcome::NotMet
    );
    assert_eq!(
        outcome(
            json!({ "supplier_ip_licence_years": 3, "supplier_ip_licence_covers_service_life": true })
        ),
        FactOutcome::Met
    );
    assert_eq!(outcome(json!({})), FactOutcome::Missing);
}

#[test]
fn duplicates_count_once_and_the_first_wins() {
    let doc = document(
        json!([
            result("6.1.a", "implemented"),
            result("6.1a", "not_implemented"),
        ]),
        json!({}),
    );
    let a = run(&doc);
    let dup: Vec<_> = a
        .diagnostics_with(DiagnosticCode::DuplicateRequirement)
        .collect();
    assert_eq!(dup.len(), 1);
    assert_eq!(dup[0].pointer, "/results/1/requirement");
    assert_eq!(a.requirements[0].status, Status::Implemented);
    assert_eq!(a.scores.overall.assessed(), 1);
}

// ───────────────────────────── diagnostics ─────────────────────────────

#[test]
fn every_diagnostic_code_has_a_fixture_that_produces_it() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assessment");
    for code in DiagnosticCode::iter() {
        let path = dir.join(format!("{code}.json"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("fixture {} for `{code}`: {e}", path.display()));
        let doc = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let a = run(&doc);
        let found = codes(&a);
        assert!(found.contains(&code), "{code}: got {found:?}");
        // Each fixture is focused: besides its own code, only the missing results of a
        // small document are reported (and, for a 0.1 document whose results combine,
        // the moves that combined them).
        for other in &found {
            assert!(
                *other == code
                    || *other == DiagnosticCode::MissingRequirement
                    || (code == DiagnosticCode::MigrationCombined
                        && *other == DiagnosticCode::MigratedRequirement),
                "{code} fixture also gives {other}"
            );
        }
        for d in a.diagnostics_with(code) {
            assert_eq!(d.severity, code.severity());
            // A byte-order mark concerns the whole file: the empty pointer.
            assert!(
                d.pointer.starts_with('/') || code == DiagnosticCode::ByteOrderMark,
                "{code}: pointer {:?}",
                d.pointer
            );
            assert!(!d.message.en.is_empty() && !d.message.zh.is_empty());
            assert!(!code.summary(Lang::En).is_empty() && !code.summary(Lang::Zh).is_empty());
        }
    }
}

#[test]
fn diagnostics_point_at_the_value_and_name_the_requirement() {
    use DiagnosticCode::*;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assessment");
    let first = |code: DiagnosticCode| {
        let text = std::fs::read_to_string(dir.join(format!("{code}.json"))).unwrap();
        let a = run(&parse(&text).unwrap());
        let d = a.diagnostics_with(code).next().unwrap().clone();
        (
            d.pointer,
            d.requirement.map(RequirementId::as_str),
            d.suggestion.map(RequirementId::as_str),
        )
    };
    assert_eq!(
        first(UnknownRequirement),
        ("/results/0/requirement".into(), None, Some("7.4.a"))
    );
    assert_eq!(
        first(DuplicateRequirement),
        ("/results/1/requirement".into(), Some("6.1.a"), None)
    );
    assert_eq!(
        first(MissingRequirement),
        ("/results".into(), Some("6.1.b"), None)
    );
    assert_eq!(
        first(MissingJustification),
        ("/results/0/justification".into(), Some("10.3.b"), None)
    );
    assert_eq!(
        first(MissingEvidence),
        ("/results/0/evidence".into(), Some("6.1.a"), None)
    );
    assert_eq!(first(EmptyField), ("/metadata/assessor".into(), None, None));
    assert_eq!(
        first(FutureDate),
        ("/results/0/evidence/0/date".into(), Some("6.1.a"), None)
    );
    assert_eq!(
        first(AssessmentBeforeStandard),
        ("/metadata/assessment_date".into(), None, None)
    );
    assert_eq!(
        first(RemediationOverdue),
        (
            "/results/0/remediation/due_date".into(),
            Some("6.1.a"),
            None
        )
    );
    assert_eq!(
        first(FactContradictsStatus),
        ("/facts/log_retention_months".into(), Some("7.5.4"), None)
    );
    assert_eq!(
        first(FactCheckFailed),
        ("/facts/operations_location".into(), Some("7.8.a"), None)
    );
    assert_eq!(
        first(FactOutOfRange),
        ("/facts/mlps_level".into(), Some("7.1"), None)
    );
    // Migration diagnostics point into the document as written.
    assert_eq!(
        first(MigratedRequirement),
        ("/results/0/requirement".into(), Some("7.5.4"), None)
    );
    assert_eq!(
        first(MigrationCombined),
        ("/results".into(), Some("7.4.a"), None)
    );
    assert_eq!(
        first(MigrationUnplaced),
        ("/results/0/requirement".into(), None, None)
    );
}

#[test]
fn unknown_ids_come_with_did_you_mean_in_both_languages() {
    let doc = document(
        json!([
            result("7.11.a", "implemented"),
            result("7.2.c", "implemented"),
            result("7.6.c", "implemented"),
            result("7.1.a", "implemented"),
            result("hello", "implemented")
        ]),
        json!({}),
    );
    let unknown: Vec<_> = validate(&doc, &AssessOptions::default())
        .into_iter()
        .filter(|d| d.code == DiagnosticCode::UnknownRequirement)
        .collect();
    assert_eq!(unknown.len(), 5);
    let suggestion = |i: usize| unknown[i].suggestion.map(RequirementId::as_str);
    // No clause 7.11: the nearest ID by spelling.
    assert_eq!(suggestion(0), Some("7.10.a"));
    assert!(unknown[0].message.zh.contains("是否为 `7.10.a`"));
    // 7.2 has items a and b: the nearest of them.
    assert_eq!(suggestion(1), Some("7.2.a"));
    assert!(unknown[1].message.en.contains("7.2.a"));
    // A 0.1-style ID under a divided sub-clause: the sub-sub-clause with that item.
    assert_eq!(suggestion(2), Some("7.6.1.c"));
    assert!(
        unknown[2]
            .message
            .en
            .contains("7.6 has sub-clauses 7.6.1–7.6.3")
    );
    // … and, being a catalog 0.1 ID, where its duty went (0.1's 7.6.c is 7.5.4).
    assert!(
        unknown[2]
            .message
            .en
            .contains("in catalog 0.1, 7.6.c was the requirement now at 7.5.4"),
        "{}",
        unknown[2].message.en
    );
    assert!(unknown[2].message.zh.contains("0.1 版的 7.6.c 现为 7.5.4"));
    // A letter on a paragraph: the paragraph.
    assert_eq!(suggestion(3), Some("7.1"));
    assert_eq!(unknown[4].suggestion, None);
}

#[test]
fn validation_reports_everything_at_once() {
    use DiagnosticCode::*;
    // One document, many problems: each is reported, none hides another.
    let doc = json!({
        "metadata": {
            "organisation": "", "cii_name": "S", "cii_identifier": "C", "scope": "S",
            "assessor": "A", "assessment_date": "2025-06-30", "catalog_version": "9.9.9"
        },
        "results": [
            { "requirement": "6.1.z", "status": "implemented" },
            { "requirement": "6.1.a", "status": "implemented" },
            { "requirement": "6.1.b", "status": "not_applicable" },
            { "requirement": "7.4.c", "status": "implemented",
              "evidence": [{ "kind": "record", "reference": "", "date": "2026-01-01" }] }
        ],
        "facts": { "training_hours_per_person_year": 10, "mlps_level": 0 }
    });
    let a = run(&parse(&doc.to_string()).unwrap());
    let expected: BTreeSet<_> = [
        EmptyField,
        CatalogVersionMismatch,
        UnknownRequirement,
        MissingEvidence,
        MissingJustification,
        FutureDate,
        FactContradictsStatus,
        FactOutOfRange,
        MissingRequirement,
    ]
    .into();
    assert_eq!(codes(&a), expected);
    // Two empty fields: the organisation and the evidence reference.
    assert_eq!(a.diagnostics_with(EmptyField).count(), 2);
    // Errors come first.
    let severities: Vec<_> = a.diagnostics.iter().map(|d| d.severity).collect();
    assert!(severities.is_sorted());
    assert_eq!(
        a.summary.errors,
        severities.iter().filter(|s| **s == Severity::Error).count()
    );
}

#[test]
fn today_is_injectable() {
    let doc = document(
        json!([result("7.2.a", "implemented")]),
        json!({ "last_plan_revision": "2025-03-15" }),
    );
    let on = |today: Option<Date>| {
        let a = assess(&doc, &AssessOptions { today });
        (
            a.today,
            codes(&a).contains(&DiagnosticCode::FactContradictsStatus),
        )
    };
    // By default the assessment date: 3½ months after the revision, fine.
    assert_eq!(on(None), (date(2025, 6, 30), false));
    // A year later the revision is stale.
    assert_eq!(on(Some(date(2026, 6, 30))), (date(2026, 6, 30), true));
    // Checked before the assessment date: the assessment itself lies in the future.
    let a = assess(
        &doc,
        &AssessOptions {
            today: Some(date(2025, 1, 1)),
        },
    );
    assert!(codes(&a).contains(&DiagnosticCode::FutureDate));
}

// ───────────────────────────── parse errors ─────────────────────────────

#[test]
fn broken_documents_are_errors_with_a_place_never_panics() {
    // Not JSON.
    let e = parse("metadata: yes").unwrap_err();
    assert!(
        matches!(
            e,
            ParseError::Syntax {
                line: 1,
                column: 1,
                ..
            }
        ),
        "{e}"
    );
    // Empty and truncated.
    assert!(matches!(parse(""), Err(ParseError::Truncated { .. })));
    let e = parse(&SAMPLE[..SAMPLE.len() / 2]).unwrap_err();
    assert!(matches!(e, ParseError::Truncated { .. }), "{e}");
    assert!(e.pointer().unwrap().starts_with("/results/"), "{e}");
    // Cut anywhere: always an error, never a panic.
    for cut in (0..SAMPLE.len() - 2).step_by(97) {
        if SAMPLE.is_char_boundary(cut) {
            assert!(parse(&SAMPLE[..cut]).is_err(), "cut at {cut}");
        }
    }
    // Not UTF-8.
    assert!(parse_slice(b"{\"metadata\": \"\xff\xfe\"}").is_err());
    // Trailing text after the document.
    let trailing = format!("{SAMPLE} x");
    assert!(matches!(parse(&trailing), Err(ParseError::Syntax { .. })));
}

fn with_sample(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(SAMPLE).unwrap();
    edit(&mut v);
    v.to_string()
}

#[test]
fn parsed_text_is_borrowed_unless_escaped_and_into_owned_loses_nothing() {
    use std::borrow::Cow;
    let edit = |v: &mut Value| {
        v["results"][0]["notes"] = json!("line one\nline two");
        v["results"][0]["remediation"] = json!({ "owner": "Ops", "due_date": "2025-12-31" });
    };
    let json = with_sample(edit);
    let doc = parse(&json).unwrap();
    let first = &doc.results[0];
    // Written without escapes: borrowed from `json`, not copied.
    assert!(matches!(first.requirement, Cow::Borrowed("6.1.a")));
    assert!(matches!(first.evidence[0].reference, Cow::Borrowed(_)));
    assert!(matches!(
        first.remediation.as_ref().map(|r| &r.owner),
        Some(Cow::Borrowed("Ops"))
    ));
    // An escape (`\n`) has to be decoded, so that note is owned.
    assert!(matches!(&first.notes, Some(Cow::Owned(n)) if n == "line one\nline two"));
    // Detached from its JSON, the document is the same document.
    let owned: AssessmentDocument<'static> = {
        let json = with_sample(edit);
        parse(&json).unwrap().into_owned()
    };
    assert!(matches!(owned.results[0].requirement, Cow::Owned(_)));
    assert_eq!(owned, doc);
    let options = AssessOptions::default();
    assert_eq!(assess(&owned, &options), assess(&doc, &options));
    // The borrowing reader words a wrong type as the owning one did.
    let e = parse(&with_sample(|v| v["results"][0]["notes"] = json!(5))).unwrap_err();
    assert_eq!(e.pointer(), Some("/results/0/notes"));
    assert!(e.to_string().contains("expected a string"), "{e}");
}

#[test]
fn wrongly_typed_documents_name_the_pointer() {
    type Edit = fn(&mut Value);
    let cases: [(Edit, &str); 7] = [
        (
            |v| v["results"][3]["status"] = json!(5),
            "/results/3/status",
        ),
        (
            |v| v["results"][3]["status"] = json!("done"),
            "/results/3/status",
        ),
        (
            |v| v["facts"]["mlps_level"] = json!(300),
            "/facts/mlps_level",
        ),
        (
            |v| v["facts"]["log_retention_months"] = json!(-1),
            "/facts/log_retention_months",
        ),
        (
            |v| v["metadata"]["assessment_date"] = json!("2025-02-30"),
            "/metadata/assessment_date",
        ),
        (
            |v| v["results"][0]["evidence"][0]["kind"] = json!("photo"),
            "/results/0/evidence/0/kind",
        ),
        (|v| v["results"] = json!({}), "/results"),
    ];
    for (edit, pointer) in cases {
        let e = parse(&with_sample(edit)).unwrap_err();
        assert!(matches!(e, ParseError::Format { .. }), "{e}");
        assert_eq!(e.pointer(), Some(pointer), "{e}");
        assert!(e.to_string().contains(pointer), "{e}");
    }
}

#[test]
fn unknown_and_missing_fields_are_errors_except_in_extensions() {
    let e = parse(&with_sample(|v| {
        v["results"][2]["statuss"] = json!("implemented");
    }))
    .unwrap_err();
    assert!(matches!(e, ParseError::Format { .. }));
    assert!(e.to_string().contains("statuss"), "{e}");
    assert!(e.pointer().unwrap().starts_with("/results/2"), "{e}");

    let e = parse(&with_sample(|v| {
        v["metadata"].as_object_mut().unwrap().remove("assessor");
    }))
    .unwrap_err();
    assert_eq!(e.pointer(), Some("/metadata"));
    assert!(e.to_string().contains("assessor"), "{e}");

    // Anything goes inside extensions, at the top and in each result.
    let json = with_sample(|v| {
        v["extensions"]["anything"] = json!({ "nested": [1, 2, { "x": null }] });
        v["results"][0]["extensions"] = json!({ "control": "ISMS-5.1" });
    });
    let doc = parse(&json).unwrap();
    let kept = doc.results[0].extensions.as_ref().unwrap().get();
    assert_eq!(kept, r#"{"control":"ISMS-5.1"}"#);
    // …but it must be an object.
    let e = parse(&with_sample(|v| v["extensions"] = json!([1]))).unwrap_err();
    assert_eq!(e.pointer(), Some("/extensions"));
}

#[test]
fn huge_and_deep_documents_are_refused_cleanly() {
    // A 10 MB string: over the size limit, refused before parsing.
    let huge = with_sample(|v| v["metadata"]["scope"] = json!("x".repeat(10_000_000)));
    let e = parse(&huge).unwrap_err();
    assert_eq!(
        e,
        ParseError::TooLarge {
            bytes: huge.len(),
            limit: MAX_DOCUMENT_BYTES
        }
    );
    // Just under the limit: a long text field is read.
    let big = with_sample(|v| v["results"][0]["notes"] = json!("y".repeat(MAX_DOCUMENT_BYTES / 2)));
    assert!(parse(&big).is_ok());
    // Deep nesting inside extensions: serde_json's recursion limit, as an error.
    let deep = format!(
        "{{\"metadata\": {}, \"extensions\": {{\"x\": {}{}}}}}",
        metadata(),
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(parse(&deep).is_err());
}

// ───────────────────────────── the sample ─────────────────────────────

#[test]
fn the_sample_round_trips_with_its_extensions() {
    let doc = parse(SAMPLE).unwrap();
    let text = serde_json::to_string(&doc).unwrap();
    let again = parse(&text).unwrap();
    assert_eq!(again, doc);
    let original: Value = serde_json::from_str(SAMPLE).unwrap();
    let written: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(written["extensions"], original["extensions"]);
    assert_eq!(written, original, "the sample is written in canonical form");
}

#[test]
fn the_sample_assesses_as_worked_out_by_hand() {
    use DiagnosticCode::*;
    let doc = parse(SAMPLE).unwrap();
    assert_eq!(doc.results.len(), 111);
    assert!(
        doc.migration.is_none(),
        "the sample is a catalog 0.2 document"
    );
    let a = run(&doc);
    // Statuses as written: 87 implemented, 15 partial, 3 not implemented, 3 N/A, 3 not
    // assessed. Failed facts: 24 training hours (7.4.c, implemented) and a protection
    // plan last revised on 2024-04-10, 14 months 20 days before 2025-06-30 (7.2.a,
    // implemented).
    let o = &a.scores.overall;
    assert_eq!(
        (
            o.implemented,
            o.partially_implemented,
            o.not_implemented,
            o.not_applicable,
            o.not_assessed
        ),
        (87, 15, 3, 3, 3)
    );
    assert_eq!(o.capped_by_facts, 2);
    // Points: (87 − 2) + 15 × ½ = 92.5 over 108 applicable → 85.65 %;
    // coverage (108 − 3) / 108 = 97.2 %.
    assert_eq!(o.points(), 92.5);
    assert!(close(o.score(), 9250.0 / 108.0));
    assert!(close(o.coverage(), 10500.0 / 108.0));
    let expected: BTreeSet<_> = [
        MissingJustification,      // 10.3.b
        MissingEvidence,           // 9.1.d
        FactContradictsStatus,     // 7.2.a and 7.4.c
        DateBeforeStandard,        // a 2022-03 network diagram for 7.5.3.a
        RemediationOverdue,        // 8.3.a, due 2025-05-31
        NoncanonicalRequirementId, // "7.5.2 c)"
    ]
    .into();
    assert_eq!(codes(&a), expected);
    assert_eq!(a.diagnostics.len(), 7);
    let contradicted: Vec<_> = a
        .diagnostics_with(FactContradictsStatus)
        .map(|d| d.requirement.unwrap().as_str())
        .collect();
    assert_eq!(contradicted, ["7.2.a", "7.4.c"]);
    // Gaps: 15 partial + 3 not implemented + 7.2.a and 7.4.c (implemented, failed fact) = 20.
    assert_eq!(a.summary.gaps, 20);
    // The most urgent gap of each domain: failed fact checks first, then not implemented,
    // then partial, each in the standard's order.
    let first_of_each: Vec<_> = a
        .gaps
        .iter()
        .map(|d| d.gaps[0].requirement.as_str())
        .collect();
    assert_eq!(
        first_of_each,
        ["6.2.c", "7.2.a", "8.3.a", "9.2.e", "10.3.c", "11.2.c"]
    );
}

#[test]
fn a_0_1_document_is_assessed_through_the_migration() {
    use DiagnosticCode::*;
    let old = include_str!("fixtures/migration/sample-0.1.json");
    let doc = parse(old).unwrap();
    let migration = doc.migration.as_ref().unwrap();
    assert_eq!(migration.from_version, "0.1.0");
    assert_eq!(migration.results.len(), 111);
    assert_eq!(doc.metadata.catalog_version, catalog::VERSION);
    let a = run(&doc);
    // Every 0.1 result whose ID changed gets one `migrated_requirement`; the two with no
    // home (7.6.g, 7.9.f) one `migration_unplaced` each; nothing is dropped silently.
    // A result "stays" when its one 0.2 home has its 0.1 ID (6.2.a → 6.2.a).
    let stays = |r: &&gbt39204::assessment::MigratedResult| matches!(r.targets(), [only] if only.as_str() == r.lookup.as_ref().unwrap().old);
    let moved = migration
        .results
        .iter()
        .filter(|r| !r.targets().is_empty() && !stays(r))
        .count();
    assert_eq!(a.diagnostics_with(MigratedRequirement).count(), moved);
    let unplaced: Vec<_> = a
        .diagnostics_with(MigrationUnplaced)
        .map(|d| d.pointer.as_str())
        .collect();
    assert_eq!(
        unplaced,
        ["/results/38/requirement", "/results/58/requirement"]
    );
    assert_eq!(
        a.diagnostics_with(MigratedRequirement).count()
            + a.diagnostics_with(MigrationUnplaced).count()
            + migration.results.iter().filter(stays).count(),
        111,
        "every 0.1 result is accounted for"
    );
    // 0.1's 7.6.c (log retention) is counted at 7.5.4 with its evidence.
    let logs = doc
        .results
        .iter()
        .find(|r| r.requirement == "7.5.4")
        .unwrap();
    let old_logs = &migration.results[34].original;
    assert_eq!(old_logs.requirement, "7.6.c");
    assert!(old_logs.evidence.iter().all(|e| logs.evidence.contains(e)));
    // Several 0.1 results on one 0.2 item: the weakest status counts. 0.1's 7.4.c
    // (implemented) and 7.4.d (partial) both land on 7.4.c.
    let training = doc
        .results
        .iter()
        .find(|r| r.requirement == "7.4.c")
        .unwrap();
    assert_eq!(training.status, Status::PartiallyImplemented);
    assert!(
        a.diagnostics_with(MigrationCombined)
            .any(|d| d.requirement.unwrap().as_str() == "7.4.c")
    );
    // 0.2 items that no 0.1 result reaches are missing, and scored as not assessed.
    assert!(
        a.diagnostics_with(MissingRequirement)
            .any(|d| d.requirement.unwrap().as_str() == "7.5.2.b")
    );
    // The migrated document is a 0.2 document: written out and read again, it is
    // unchanged and not migrated twice.
    let text = serde_json::to_string(&doc).unwrap();
    let again = parse(&text).unwrap();
    assert!(again.migration.is_none());
    assert_eq!(again.results, doc.results);
}

// ───────────────────────────── reports ─────────────────────────────

#[test]
fn the_html_report_is_well_formed_self_contained_and_escaped() {
    let mut doc = parse(SAMPLE).unwrap();
    doc.metadata.organisation = "<script>alert('x')</script> & Co".into();
    doc.results[5].remediation = Some(gbt39204::assessment::Remediation {
        owner: "\"><img src=x onerror=alert(1)>".into(),
        due_date: None,
    });
    doc.results[5].status = Status::NotImplemented;
    let a = run(&doc);
    for lang in [Lang::En, Lang::Zh] {
        let html = render(&a, Format::Html, lang);
        let page = scraper::Html::parse_document(&html);
        assert!(page.errors.is_empty(), "{:?}", page.errors);
        let select = |css: &str| {
            let selector = scraper::Selector::parse(css).unwrap();
            page.select(&selector).count()
        };
        assert_eq!(select("svg"), 1);
        // Track, coverage and score bar per domain, and the legend's two swatches.
        assert_eq!(select("svg rect"), 20);
        assert_eq!(select("svg line"), 3); // the 0, 50 and 100 % grid lines
        assert_eq!(
            select("script, link, img, iframe, object, [src], [href], [onerror]"),
            0
        );
        // One gap table per domain with gaps, one appendix table per sub-clause (28).
        assert_eq!(select("h3"), a.gaps.len() + 28);
        assert_eq!(select("footer"), 1);
        // No Markdown syntax in the page's text: backticks became <code>.
        let text: String = page.root_element().text().collect();
        assert!(!text.contains('`'), "a backtick in the HTML text");
        assert!(select("code") > 0);
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"));
    }
}

#[test]
fn the_markdown_and_json_reports_say_the_same() {
    let a = run(&parse(SAMPLE).unwrap());
    let md = unescaped(&render(&a, Format::Markdown, Lang::En));
    for heading in [
        "## Summary",
        "## Scores by domain",
        "## Scores by principle",
        "## Scores by sub-clause",
        "## Hard-number checks",
        "## Gaps",
        "## Document findings",
    ] {
        assert!(md.contains(heading), "{heading}");
    }
    assert!(md.contains("**Overall score 85.6 %** (coverage 97.2 %)"));
    let zh = unescaped(&render(&a, Format::Markdown, Lang::Zh));
    assert!(zh.contains("**总体得分 85.6 %**"));
    let json: Value = serde_json::from_str(&render(&a, Format::Json, Lang::En)).unwrap();
    assert_eq!(json["scores"]["overall"]["points"], 92.5);
    assert_eq!(json["summary"]["gaps"], 20);
    assert_eq!(json["requirements"].as_array().unwrap().len(), 111);
    assert_eq!(json["diagnostics"][0]["severity"], "error");
    assert_eq!(json["today"], "2025-06-30");
    assert_eq!(json["gaps"][1]["gaps"][0]["requirement"], "7.2.a");
    assert_eq!(json["gaps"][1]["gaps"][0]["priority"], "failed_fact_check");
    // Implied and reconstructed items are marked where they are listed.
    assert_eq!(json["provenance"]["levels"][1]["count"], 20);
    assert_eq!(json["requirements"][8]["requirement"], "6.4");
    assert_eq!(json["requirements"][8]["certainty"], "reconstructed");
    let evaluation = json["fact_checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["requirement"] == "8.1.b")
        .unwrap();
    assert_eq!(evaluation["certainty"], "reconstructed");
    assert_eq!(evaluation["source"], "cii_regulation_art17");
    assert!(md.contains("About the text."));
    assert!(md.contains("82 items follow a third-party transcription"));
    assert!(md.contains("8.1.b (reconstructed)"));
    assert!(zh.contains("8.1.b（重建）"));
}

#[test]
fn user_text_cannot_break_the_markdown() {
    let mut doc = parse(SAMPLE).unwrap();
    doc.metadata.cii_name = "A | B\n# injected".into();
    let md = render(&run(&doc), Format::Markdown, Lang::En);
    assert!(md.contains("A \\| B \\# injected"));
    assert!(!md.contains("\n# injected"));
}

#[test]
fn names_round_trip_and_parse_leniently() {
    fn round_trip<T>()
    where
        T: IntoEnumIterator + std::fmt::Display + std::str::FromStr + PartialEq + std::fmt::Debug,
        T: serde::Serialize + serde::de::DeserializeOwned,
        <T as std::str::FromStr>::Err: std::fmt::Debug,
    {
        for v in T::iter() {
            assert_eq!(v.to_string().parse::<T>().unwrap(), v);
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{v}\""));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
        }
    }
    round_trip::<Format>();
    round_trip::<Status>();
    round_trip::<Severity>();
    round_trip::<DiagnosticCode>();
    round_trip::<FactOutcome>();
    round_trip::<GapPriority>();
    round_trip::<gbt39204::assessment::EvidenceKind>();
    round_trip::<gbt39204::assessment::Location>();
    assert_eq!("md".parse::<Format>(), Ok(Format::Markdown));
    assert_eq!("HTML".parse::<Format>(), Ok(Format::Html));
    assert!("pdf".parse::<Format>().is_err());
    assert_eq!("fail".parse::<FactOutcome>(), Ok(FactOutcome::NotMet));
    assert_eq!(
        "Failed fact check".parse::<GapPriority>(),
        Ok(GapPriority::FailedFactCheck)
    );
}

#[test]
fn the_document_format_has_a_json_schema() {
    let schema = serde_json::to_value(schemars::schema_for!(AssessmentDocument)).unwrap();
    let properties = &schema["properties"];
    for field in ["metadata", "results", "facts", "extensions"] {
        assert!(properties.get(field).is_some(), "{field}");
    }
    assert_eq!(schema["additionalProperties"], false);
}

#[test]
fn the_report_has_the_appendix_sign_off_and_footer_in_either_language() {
    use gbt39204::report::{ReportOptions, render_with};
    let doc = parse(SAMPLE).unwrap();
    let a = run(&doc);
    let options = ReportOptions {
        document: Some(&doc),
        generated_at: Some("2025-07-01T08:00:00Z".parse().unwrap()),
        document_sha256: Some("ab12"),
    };
    let md = unescaped(&render_with(&a, Format::Markdown, Lang::En, &options));
    for part in [
        "## Appendix: results by item",
        "### 7.4 ",
        "## Sign-off",
        "| **Reviewer** |",
        "Generated by gbt39204 ",
        ", 2025-07-01 08:00:00 UTC. Document SHA-256: ab12",
        // 7.4.c's evidence, with its kind and date, and its remediation.
        "record: ",
    ] {
        assert!(md.contains(part), "{part}");
    }
    // The gap table has no Status column: the priority says it.
    assert!(md.contains("| # | Requirement | Title | Priority | Owner | Due | Failed checks |"));
    let zh = unescaped(&render_with(&a, Format::Markdown, Lang::Zh, &options));
    for part in [
        "## 附录：逐项评估结果",
        "## 签字确认",
        "| **错误** |",
        "| **警告** |",
        "| **提示** |",
        "文档 SHA-256：ab12",
        "█ 得分",
    ] {
        assert!(zh.contains(part), "{part}");
    }
    for english in [
        "| **error** |",
        "| **warning** |",
        "| **info** |",
        "█ score",
    ] {
        assert!(!zh.contains(english), "{english} in the zh report");
    }
    // Without the document the appendix lists statuses only, and says so.
    let bare = unescaped(&render(&a, Format::Markdown, Lang::En));
    assert!(bare.contains("Statuses only"));
    assert!(!bare.contains("Document SHA-256"));
}

#[test]
fn a_mostly_empty_document_gets_one_line_for_its_missing_results() {
    let doc = document(json!([result("7.4.c", "not_implemented")]), json!({}));
    let a = run(&doc);
    assert_eq!(
        a.diagnostics_with(DiagnosticCode::MissingRequirement)
            .count(),
        110
    );
    let md = unescaped(&render(&a, Format::Markdown, Lang::En));
    assert_eq!(md.matches("missing_requirement").count(), 1);
    assert!(md.contains("110 requirements have no result and are scored as not assessed"));
    let zh = unescaped(&render(&a, Format::Markdown, Lang::Zh));
    assert!(zh.contains("110 项要求缺少评估结果"));
    // The JSON keeps every one.
    let json: Value = serde_json::from_str(&render(&a, Format::Json, Lang::En)).unwrap();
    let missing = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "missing_requirement")
        .count();
    assert_eq!(missing, 110);
}

#[test]
fn the_oldest_writable_date_gives_a_real_interval() {
    use gbt39204::assessment::{FactOutcome, check_facts};
    // Dates are YYYY-MM-DD, so 0000-01-01 is the oldest; 2025 years, 5 months and 29 days
    // before 2025-06-30 is 2025 × 12 + 5 = 24,305 whole months.
    let json = with_sample(|v| {
        v["facts"]["last_plan_revision"] = json!("0000-01-01");
    });
    let doc = parse(&json).unwrap();
    let today = doc.metadata.assessment_date;
    let checks = check_facts(&doc.facts, today);
    let plan = checks
        .iter()
        .find(|c| c.requirement.as_str() == "7.2.a")
        .unwrap();
    assert_eq!(plan.outcome, FactOutcome::NotMet);
    assert!(
        plan.observed.en.contains("24305 months 29 days"),
        "{}",
        plan.observed.en
    );
    // A year before 0000 is not a date the format has.
    assert!(
        parse(&with_sample(|v| {
            v["facts"]["last_plan_revision"] = json!("-0001-01-01");
        }))
        .is_err()
    );
}
