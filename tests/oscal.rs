//! OSCAL exports: reproducible byte for byte, unique IDs and UUIDs, and determinations
//! that follow the assessment. (scripts/check-oscal.sh loads them with compliance-trestle.)

use std::collections::HashSet;

use gbt39204::assessment::{self, AssessOptions, Status};
use gbt39204::export::oscal;
use gbt39204::mapping::BuiltinFramework;
use serde_json::Value;

const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

/// Every string value of `key` anywhere in `value`.
fn collect<'a>(value: &'a Value, key: &str, out: &mut Vec<&'a str>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if let Some(s) = v.as_str().filter(|_| k == key) {
                    out.push(s);
                }
                collect(v, key, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, key, out)),
        _ => {}
    }
}

fn all_unique(value: &Value, key: &str) -> usize {
    let mut found = Vec::new();
    collect(value, key, &mut found);
    let unique: HashSet<&str> = found.iter().copied().collect();
    assert_eq!(unique.len(), found.len(), "duplicate `{key}` values");
    found.len()
}

#[test]
fn exports_are_reproducible_and_ids_unique() {
    let first = serde_json::to_string(&oscal::catalog()).unwrap();
    let again = serde_json::to_string(&oscal::catalog()).unwrap();
    assert!(first == again, "byte-for-byte identical on a second run");
    let catalog: Value = serde_json::from_str(&first).unwrap();
    // 6 domain groups + 28 sub-clause groups + 10 sub-sub-clause groups + 111 controls
    // + 2 parts per domain group and per control.
    assert_eq!(
        all_unique(&catalog, "id"),
        6 + 28 + 10 + 111 + 6 * 2 + 111 * 2
    );
    // 7.5 holds the groups of 7.5.1 … 7.5.4, and 7.5.2.c sits in 7.5.2.
    let seven = &catalog["catalog"]["groups"][1];
    let network = seven["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == "cl-7.5")
        .unwrap();
    let children: Vec<&str> = network["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    assert_eq!(children, ["cl-7.5.1", "cl-7.5.2", "cl-7.5.3", "cl-7.5.4"]);
    assert!(network.get("controls").is_none());
    assert_eq!(network["groups"][1]["controls"][2]["id"], "req-7.5.2.c");
    assert_eq!(all_unique(&catalog, "uuid"), 1);

    for b in BuiltinFramework::ALL {
        let model = oscal::mapping_collection(b.framework(), b.mapping_set());
        let value = serde_json::to_value(&model).unwrap();
        let rows = b.mapping_set().mappings().count();
        // collection + mapping + maps + gap summary (when there are gaps)
        let gaps = usize::from(b.mapping_set().gaps().count() > 0);
        assert_eq!(all_unique(&value, "uuid"), 2 + rows + gaps, "{b}");
        let mut relationships = Vec::new();
        collect(&value, "relationship", &mut relationships);
        assert_eq!(relationships.len(), rows);
        assert!(relationships.iter().all(|r| {
            [
                "equivalent-to",
                "equal-to",
                "subset-of",
                "superset-of",
                "intersects-with",
                "no-relationship",
            ]
            .contains(r)
        }));
    }
}

#[test]
fn assessment_findings_follow_the_assessment() {
    let doc = assessment::parse(SAMPLE).unwrap();
    let result = assessment::assess(&doc, &AssessOptions::default());
    let text = serde_json::to_string(&oscal::assessment_results(&doc, &result)).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    let findings = value["assessment-results"]["results"][0]["findings"]
        .as_array()
        .unwrap();
    assert_eq!(findings.len(), 111);

    let expected_satisfied = result
        .requirements
        .iter()
        .filter(|r| r.status == Status::Implemented && !r.fact_failed)
        .count();
    let expected_undetermined = result
        .requirements
        .iter()
        .filter(|r| matches!(r.status, Status::NotApplicable | Status::NotAssessed))
        .count();
    let state = |f: &Value| f["target"]["status"]["state"].as_str().map(str::to_owned);
    let satisfied = findings
        .iter()
        .filter(|f| state(f).as_deref() == Some("satisfied"))
        .count();
    let undetermined = findings.iter().filter(|f| state(f).is_none()).count();
    assert_eq!(satisfied, expected_satisfied);
    assert_eq!(undetermined, expected_undetermined);
    assert_eq!(
        findings.len() - satisfied - undetermined,
        111 - expected_satisfied - expected_undetermined
    );
    // The sample claims 87 implemented; two of them fail their fact check: 7.2.a (plan
    // revised 14 months ago) and 7.4.c (24 training hours).
    assert_eq!(expected_satisfied, 85);

    // Observations: one per evidence item in the document's counted results.
    let evidence: usize = result
        .requirements
        .iter()
        .filter_map(|r| r.result)
        .map(|i| doc.results[i].evidence.len())
        .sum();
    let observations = value["assessment-results"]["results"][0]["observations"]
        .as_array()
        .unwrap();
    assert_eq!(observations.len(), evidence);
    let again = serde_json::to_string(&oscal::assessment_results(&doc, &result)).unwrap();
    assert!(text == again, "byte-for-byte identical on a second run");
    let props = &value["assessment-results"]["results"][0]["props"];
    assert_eq!(props[0]["value"], "85.6"); // 92.5 points / 108 applicable, as the report says
}
