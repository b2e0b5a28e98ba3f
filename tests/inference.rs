//! Inference v2: every result contributes, the most restrictive wins, paths are no
//! better than their weakest hop, and pivot inference through MLPS from a user framework.

use gbt39204::mapping::{
    self, BuiltinFramework, Confidence, ControlResult, Coverage, Framework, Hop, InferenceReport,
    InferredStatus, LoadError, Path, PivotSet, Relationship,
};
use proptest::prelude::*;

const RULE: &str = r#"{
    "id": "acme-grid-rule", "version": "2024",
    "name": {"zh": "某电网安全规则", "en": "ACME grid security rule"},
    "publisher": {"zh": "某集团", "en": "ACME group"},
    "controls": [
        {"id": "R", "title": {"zh": "规则", "en": "Rule"}},
        {"id": "R1", "parent": "R", "title": {"zh": "供应商协议", "en": "Supplier agreements"}},
        {"id": "R2", "parent": "R", "title": {"zh": "人员培训", "en": "Staff training"}},
        {"id": "R3", "parent": "R", "title": {"zh": "网络冗余", "en": "Network redundancy"}},
        {"id": "R4", "parent": "R", "title": {"zh": "边界防护", "en": "Boundary protection"}}
    ]
}"#;

const PIVOT: &str = r#"{
    "pivot": "mlps-2019-l3", "framework": "acme-grid-rule", "provenance": "curated",
    "entries": [
        {"pivot_control": "8.1.9.10", "control": "R1", "relationship": "subset-of", "confidence": "high",
         "rationale": "R1 asks supplier security agreements with stated duties, and more."},
        {"pivot_control": "8.1.10.14", "control": "R1", "relationship": "intersects-with", "confidence": "medium",
         "rationale": "R1 covers O&M outsourcing agreements only in part."},
        {"pivot_control": "8.1.8.3", "control": "R2", "relationship": "equivalent-to", "confidence": "medium",
         "rationale": "R2 restates awareness and post training with skills tests."},
        {"pivot_control": "8.1.2.1", "control": "R3", "relationship": "subset-of", "confidence": "high",
         "rationale": "R3 asks redundant lines and devices like 8.1.2.1, and segmentation too."},
        {"pivot_control": "8.1.3.1", "control": "R4", "relationship": "equivalent-to", "confidence": "high",
         "rationale": "R4 protects every boundary crossing, as 8.1.3.1 does."},
        {"pivot_control": "8.1.3.2", "control": "R4", "relationship": "superset-of", "confidence": "medium",
         "rationale": "R4 sets no rule-level access control at boundaries."}
    ]
}"#;

fn rule() -> Framework {
    Framework::from_json(RULE).unwrap()
}

#[test]
fn pivot_inference_from_a_user_framework_through_mlps() {
    let rule = rule();
    let mlps = mapping::crosswalk("mlps-2019-l3").unwrap();
    let set = PivotSet::from_json(PIVOT, mlps.framework(), &rule).unwrap();
    let pivot = mlps.via(&set, &rule).unwrap();
    let report = pivot
        .infer([
            ("R1", ControlResult::Pass),
            ("r2", ControlResult::Pass),
            ("R3", ControlResult::Pass),
            ("R4", ControlResult::Fail),
        ])
        .unwrap();
    assert_eq!(report.framework, "acme-grid-rule");
    assert_eq!(report.via, Some("mlps-2019-l3"));

    // 7.9.g ⊇ 8.1.9.10 (MLPS covers part) ⊆ R1, and ∩ 8.1.10.14 ∩ R1: both paths kept,
    // each partial; the pass is at most partially met, for review.
    let g = report.get("7.9.g".parse().unwrap()).unwrap();
    assert_eq!(g.paths.len(), 2);
    assert!(
        g.paths
            .iter()
            .all(|p| p.hops.len() == 2 && p.coverage == Coverage::Partial && p.needs_review)
    );
    assert_eq!(g.status, InferredStatus::PartiallyMet);
    assert!(g.needs_review);

    // 7.5.1 ⊇ 8.1.2.1 ⊆ R3 with a pass: the lines are a hard number, never met.
    let lines = report.get("7.5.1".parse().unwrap()).unwrap();
    assert!(lines.paths[0].crosses_hard_number);
    assert_eq!(lines.status, InferredStatus::PartiallyMet);

    // A fail on R4 reaches every requirement mapped to 8.1.3.1 or 8.1.3.2.
    for r in &report.requirements {
        let via_r4 = r.paths.iter().any(|p| p.hops[1].control == "R4");
        if via_r4 {
            assert_eq!(r.status, InferredStatus::NotMet, "{}", r.requirement);
        }
    }
    // Requirements whose MLPS controls the rule does not map are not covered.
    let untouched = report.get("6.1.a".parse().unwrap()).unwrap();
    assert_eq!(untouched.status, InferredStatus::NotCovered);
    assert_eq!(report.totals.total(), 111);
}

#[test]
fn pivot_set_errors_are_all_reported_with_pointers() {
    let rule = rule();
    let mlps = BuiltinFramework::Mlps2019L3.framework();
    let bad = r#"{
        "pivot": "mlps-2019-l3", "framework": "acme-grid-rule", "provenance": "curated",
        "entries": [
            {"pivot_control": "8.1.8.33", "control": "R2", "relationship": "subset-of", "confidence": "high", "rationale": "x"},
            {"pivot_control": "8.1.8.3", "control": "R22", "relationship": "subsett", "confidence": "high", "rationale": " "},
            {"pivot_control": "8.1.8.3", "control": "R2", "relationship": "subset-of", "confidence": "high", "rationale": "x"},
            {"pivot_control": "8.1.8.3", "control": "R2", "relationship": "subset-of", "confidence": "high", "rationale": "y"},
            {"pivot_control": "8.1.8.3", "control": "R2", "relationship": "intersects-with", "confidence": "low", "rationale": "z"}
        ]
    }"#;
    let errors = PivotSet::from_json(bad, mlps, &rule).unwrap_err().0;
    let got: Vec<(&str, &str)> = errors.iter().map(|e| (e.kind(), e.pointer())).collect();
    assert_eq!(
        got,
        [
            ("unknown_control", "/entries/0/pivot_control"),
            ("unknown_control", "/entries/1/control"),
            ("invalid_value", "/entries/1/relationship"),
            ("missing_rationale", "/entries/1/rationale"),
            ("duplicate_row", "/entries/3"),
            ("contradictory_row", "/entries/4"),
        ]
    );
    let LoadError::UnknownControl { error, .. } = &errors[0] else {
        unreachable!()
    };
    assert_eq!(error.suggestion.as_deref(), Some("8.1.8.3"));
    assert!(
        errors[2].to_string().contains("expected one of"),
        "{}",
        errors[2]
    );

    let wrong = PIVOT.replace(
        "\"pivot\": \"mlps-2019-l3\"",
        "\"pivot\": \"iso27001-2022\"",
    );
    let errors = PivotSet::from_json(&wrong, mlps, &rule).unwrap_err().0;
    assert_eq!(errors[0].kind(), "framework_mismatch");
    let typo = PIVOT.replace("\"entries\"", "\"entrys\"");
    let errors = PivotSet::from_json(&typo, mlps, &rule).unwrap_err().0;
    assert!(errors[0].to_string().contains("entrys"), "{}", errors[0]);
    // A set joins only the crosswalk of its own pivot.
    let set = PivotSet::from_json(PIVOT, mlps, &rule).unwrap();
    assert!(mapping::crosswalk("iso").unwrap().via(&set, &rule).is_err());
}

/// Every result reaching a requirement contributes: a covering fail beside a covering
/// pass makes it not met, and both paths are kept.
#[test]
fn every_result_contributes_and_the_most_restrictive_wins() {
    let iso = mapping::crosswalk("iso27001-2022").unwrap();
    // 7.9.g subset-of A.5.20 and intersects-with A.6.6.
    let report = iso
        .infer([
            ("A.5.20", ControlResult::Pass),
            ("A.6.6", ControlResult::Fail),
        ])
        .unwrap();
    let g = report.get("7.9.g".parse().unwrap()).unwrap();
    assert_eq!(g.paths.len(), 2);
    assert_eq!(g.status, InferredStatus::NotMet);
    assert!(g.needs_review);
    let pass_only = iso.infer([("A.5.20", ControlResult::Pass)]).unwrap();
    let g = pass_only.get("7.9.g".parse().unwrap()).unwrap();
    assert_eq!((g.status, g.needs_review), (InferredStatus::Met, false));
}

fn claim_rank(s: InferredStatus) -> Option<u8> {
    match s {
        InferredStatus::NotMet => Some(0),
        InferredStatus::PartiallyMet => Some(1),
        InferredStatus::Met => Some(2),
        InferredStatus::NotAssessed | InferredStatus::NotCovered => None,
    }
}

fn result() -> impl Strategy<Value = ControlResult> {
    prop_oneof![
        Just(ControlResult::Pass),
        Just(ControlResult::Partial),
        Just(ControlResult::Fail),
        Just(ControlResult::NotAssessed),
    ]
}

fn relationship() -> impl Strategy<Value = Relationship> {
    (0usize..Relationship::ALL.len()).prop_map(|i| Relationship::ALL[i])
}

/// After adding a fail, no requirement's status is higher than before.
fn never_raised(
    before: &InferenceReport<'_>,
    after: &InferenceReport<'_>,
) -> Result<(), TestCaseError> {
    for (b, a) in before.requirements.iter().zip(&after.requirements) {
        match claim_rank(b.status) {
            Some(rank) => prop_assert!(
                claim_rank(a.status).is_some_and(|r| r <= rank),
                "{}: {} → {}",
                b.requirement,
                b.status,
                a.status
            ),
            None => prop_assert!(
                a.status == b.status || a.status == InferredStatus::NotMet,
                "{}: {} → {}",
                b.requirement,
                b.status,
                a.status
            ),
        }
        prop_assert!(a.paths.len() >= b.paths.len());
    }
    Ok(())
}

proptest! {
    #[test]
    fn adding_a_failing_result_never_raises_a_status(
        framework in 0usize..3,
        picks in proptest::collection::vec((0usize..200, result()), 0..40),
        extra in 0usize..200,
    ) {
        let b = [BuiltinFramework::Mlps2019L3, BuiltinFramework::Iso27001_2022, BuiltinFramework::NistCsf2][framework];
        let walk = b.crosswalk();
        let leaves: Vec<&str> = walk.framework().leaves().map(|c| &*c.id).collect();
        let mut given: Vec<(&str, ControlResult)> = Vec::new();
        for (i, r) in picks {
            let id = leaves[i % leaves.len()];
            if !given.iter().any(|(c, _)| *c == id) {
                given.push((id, r));
            }
        }
        let extra = leaves[extra % leaves.len()];
        prop_assume!(!given.iter().any(|(c, _)| *c == extra));
        let before = walk.infer(given.clone()).unwrap();
        given.push((extra, ControlResult::Fail));
        let after = walk.infer(given).unwrap();
        never_raised(&before, &after)?;
    }

    #[test]
    fn adding_a_failing_result_never_raises_a_status_through_a_pivot(
        picks in proptest::collection::vec((0usize..4, result()), 0..4),
        extra in 0usize..4,
    ) {
        let rule = rule();
        let mlps = mapping::crosswalk("mlps").unwrap();
        let set = PivotSet::from_json(PIVOT, mlps.framework(), &rule).unwrap();
        let pivot = mlps.via(&set, &rule).unwrap();
        let controls = ["R1", "R2", "R3", "R4"];
        let mut given: Vec<(&str, ControlResult)> = Vec::new();
        for (i, r) in picks {
            if !given.iter().any(|(c, _)| *c == controls[i]) {
                given.push((controls[i], r));
            }
        }
        prop_assume!(!given.iter().any(|(c, _)| *c == controls[extra]));
        let before = pivot.infer(given.clone()).unwrap();
        given.push((controls[extra], ControlResult::Fail));
        let after = pivot.infer(given).unwrap();
        never_raised(&before, &after)?;
    }

    #[test]
    fn a_longer_path_never_covers_more_than_its_weakest_hop(
        rels in proptest::collection::vec(relationship(), 1..6),
        more in relationship(),
        result in result(),
    ) {
        let hop = |relationship| Hop {
            from: "7.9.g",
            framework: "test",
            control: "X",
            relationship,
            confidence: Confidence::High,
            rationale: "test hop",
        };
        let hops: Vec<Hop<'_>> = rels.iter().map(|&r| hop(r)).collect();
        let path = Path::new(hops.clone(), result);
        let weakest = rels.iter().map(|r| r.coverage()).min().unwrap();
        prop_assert_eq!(path.coverage, weakest);
        prop_assert!(rels.iter().all(|r| path.coverage <= r.coverage()));
        prop_assert_eq!(path.needs_review, path.coverage != Coverage::Covered);
        let mut longer = hops;
        longer.push(hop(more));
        let longer = Path::new(longer, result);
        prop_assert!(longer.coverage <= path.coverage);
        prop_assert!(longer.coverage <= more.coverage());
    }
}

#[test]
fn a_path_from_a_hard_number_item_always_needs_review() {
    let hop = Hop {
        from: "7.4.c",
        framework: "test",
        control: "X",
        relationship: Relationship::EquivalentTo,
        confidence: Confidence::High,
        rationale: "test hop",
    };
    let path = Path::new(vec![hop], ControlResult::Pass);
    assert_eq!(path.coverage, Coverage::Covered);
    assert!(path.crosses_hard_number && path.needs_review);
}
