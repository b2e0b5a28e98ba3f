//! Importing OSCAL 1.2 mapping collections and CISO Assistant mapping libraries through
//! the same loader and diagnostics as our JSON mapping sets.

use gbt39204::export::ciso;
use gbt39204::mapping::{BuiltinFramework, Crosswalk, Framework, MappingSet, Relationship};

const RULE: &str = r#"{
    "id": "acme-grid-rule", "version": "2024",
    "name": {"zh": "某电网安全规则", "en": "ACME grid security rule"},
    "publisher": {"zh": "某集团", "en": "ACME group"},
    "controls": [
        {"id": "R1", "title": {"zh": "供应商协议", "en": "Supplier agreements"}},
        {"id": "R2", "title": {"zh": "人员培训", "en": "Staff training"}}
    ]
}"#;

fn oscal(maps: &str) -> String {
    format!(
        r#"{{"mapping-collection": {{"uuid": "u", "metadata": {{"title": "t"}},
            "mappings": [{{"uuid": "m", "maps": [{maps}]}}]}}}}"#
    )
}

#[test]
fn oscal_maps_in_either_direction_load_into_a_crosswalk() {
    let rule = Framework::from_json(RULE).unwrap();
    let doc = oscal(
        r#"{"uuid": "1", "relationship": "subset-of",
            "sources": [{"type": "control", "id-ref": "7.9.g"}], "targets": [{"type": "control", "id-ref": "R1"}],
            "confidence-score": {"category": "high"}, "remarks": "R1 asks all of 7.9.g."},
           {"uuid": "2", "relationship": "subset-of",
            "sources": [{"type": "control", "id-ref": "r2"}], "targets": [{"type": "control", "id-ref": "req-7.4.c"}],
            "confidence-score": {"percentage": 0.6}, "remarks": "R2 is one part of 7.4.c."}"#,
    );
    let set = MappingSet::from_oscal(&doc, &rule).unwrap();
    let walk = Crosswalk::new(&rule, &set).unwrap();
    let rows: Vec<_> = set.mappings().collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (
            rows[0].requirement.as_str(),
            &*rows[0].control,
            rows[0].relationship
        ),
        ("7.9.g", "R1", Relationship::SubsetOf)
    );
    // R2 ⊆ 7.4.c, turned round: 7.4.c ⊇ R2.
    assert_eq!(
        (
            rows[1].requirement.as_str(),
            &*rows[1].control,
            rows[1].relationship
        ),
        ("7.4.c", "R2", Relationship::SupersetOf)
    );
    assert_eq!(rows[1].confidence.to_string(), "medium");
    assert_eq!(
        walk.reverse("R2", gbt39204::mapping::Filter::ANY)
            .unwrap()
            .mappings
            .len(),
        1
    );
}

#[test]
fn oscal_problems_are_reported_at_their_place_in_the_document() {
    let rule = Framework::from_json(RULE).unwrap();
    let doc = oscal(
        r#"{"uuid": "1", "relationship": "subset", "sources": [{"type": "control", "id-ref": "7.9.x"}],
            "targets": [{"type": "control", "id-ref": "R3"}], "remarks": ""},
           {"uuid": "2", "relationship": "overlapping", "sources": [{"type": "control", "id-ref": "7.9.g"}],
            "targets": [{"type": "control", "id-ref": "R1"}], "remarks": "x"},
           {"uuid": "3", "relationship": "intersects-with", "sources": [{"type": "control", "id-ref": "7.9.g"}],
            "targets": [{"type": "control", "id-ref": "R2"}], "remarks": "x"},
           {"uuid": "4", "relationship": "intersects-with", "sources": [{"type": "control", "id-ref": "7.9.g"}],
            "targets": [{"type": "control", "id-ref": "R2"}], "remarks": "y"}"#,
    );
    let errors = MappingSet::from_oscal(&doc, &rule).unwrap_err().0;
    let got: Vec<(&str, &str)> = errors.iter().map(|e| (e.kind(), e.pointer())).collect();
    let at = |m: usize, rest: &str| format!("/mapping-collection/mappings/0/maps/{m}{rest}");
    assert_eq!(
        got,
        [
            ("unknown_requirement", at(0, "/sources/0/id-ref").as_str()),
            ("unknown_control", at(0, "/targets/0/id-ref").as_str()),
            ("missing_rationale", at(0, "/remarks").as_str()),
            ("invalid_value", at(1, "/relationship").as_str()),
            ("duplicate_row", at(3, "").as_str()),
        ]
    );
    assert!(
        errors[0].to_string().contains("did you mean"),
        "{}",
        errors[0]
    );
    let err = MappingSet::from_oscal("{", &rule).unwrap_err();
    assert_eq!(err.0[0].kind(), "syntax");
}

#[test]
fn our_ciso_libraries_read_back_row_for_row() {
    for b in [BuiltinFramework::Mlps2019L3, BuiltinFramework::NistCsf2] {
        let yaml = ciso::mapping_library(b).contents;
        let set = MappingSet::from_ciso(&yaml, b.framework()).unwrap();
        Crosswalk::new(b.framework(), &set).unwrap();
        let ours: Vec<_> = b
            .mapping_set()
            .mappings()
            .map(|m| (m.requirement, m.control.clone()))
            .collect();
        let back: Vec<_> = set
            .mappings()
            .map(|m| (m.requirement, m.control.clone()))
            .collect();
        assert_eq!(ours, back, "{b}");
        // Relationships survive, except where the export lowered a hard-number row.
        for (a, z) in b.mapping_set().mappings().zip(set.mappings()) {
            if a.requirement.requirement().obligations.is_empty() {
                assert_eq!(
                    a.relationship, z.relationship,
                    "{b} {} {}",
                    a.requirement, a.control
                );
            }
        }
    }
}

#[test]
fn ciso_problems_are_reported_at_their_path() {
    let b = BuiltinFramework::Mlps2019L3;
    let yaml = ciso::mapping_library(b).contents;
    // The first set is MLPS → 39204; the second (39204 → MLPS) is the one read.
    let broken = yaml.replacen(
        "urn:gbt39204:risk:req_node:mlps-2019-l3:8.1.9.1\"",
        "urn:gbt39204:risk:req_node:mlps-2019-l3:8.1.9.100\"",
        2,
    );
    let errors = MappingSet::from_ciso(&broken, b.framework()).unwrap_err().0;
    assert!(!errors.is_empty());
    assert!(errors.iter().all(|e| e.kind() == "unknown_control"));
    assert!(
        errors[0]
            .pointer()
            .starts_with("/objects/requirement_mapping_sets/1/requirement_mappings/"),
        "{}",
        errors[0]
    );
    assert!(errors[0].pointer().ends_with("/target_requirement_urn"));
    let wrong_type =
        MappingSet::from_ciso("objects:\n  requirement_mapping_sets: 3\n", b.framework())
            .unwrap_err();
    assert_eq!(
        wrong_type.0[0].pointer(),
        "/objects/requirement_mapping_sets"
    );
    assert_eq!(
        MappingSet::from_ciso("objects: [", b.framework())
            .unwrap_err()
            .0[0]
            .kind(),
        "syntax"
    );
}

proptest::proptest! {
    #[test]
    fn importers_never_panic_on_arbitrary_text(input in proptest::prelude::any::<String>()) {
        let iso = BuiltinFramework::Iso27001_2022.framework();
        let _ = MappingSet::from_oscal(&input, iso);
        let _ = MappingSet::from_ciso(&input, iso);
        let _ = gbt39204::mapping::PivotSet::from_json(&input, BuiltinFramework::Mlps2019L3.framework(), iso);
    }

    #[test]
    fn importers_never_panic_on_yaml_like_text(input in "(objects|requirement_mapping_sets|requirement_mappings|relationship|- |: |\n  |\\[|\\]|\"|&a |\\*a|urn:x:7.4.c|superset){0,40}") {
        let _ = MappingSet::from_ciso(&input, BuiltinFramework::NistCsf2.framework());
    }
}
