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
        // collection + mapping + maps + gap summary (when there are gaps) + the two
        // catalogs' back-matter resources
        let gaps = usize::from(b.mapping_set().gaps().count() > 0);
        assert_eq!(all_unique(&value, "uuid"), 2 + rows + gaps + 2, "{b}");
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
    let results = oscal::assessment_results(&doc, &result, "plan.json");
    let text = serde_json::to_string(&results).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        value["assessment-results"]["import-ap"]["href"],
        "plan.json"
    );
    let findings = value["assessment-results"]["results"][0]["findings"]
        .as_array()
        .unwrap();
    assert_eq!(findings.len(), 111);

    let count = |status: Status| {
        result
            .requirements
            .iter()
            .filter(|r| r.status == status)
            .count()
    };
    let implemented_clean = result
        .requirements
        .iter()
        .filter(|r| r.status == Status::Implemented && !r.fact_failed)
        .count();
    // Every finding has a determination, as OSCAL requires: (state, reason).
    let determination = |f: &Value| {
        let s = &f["target"]["status"];
        (
            s["state"].as_str().unwrap().to_owned(),
            s["reason"].as_str().unwrap().to_owned(),
        )
    };
    let with = |state: &str, reason: &str| {
        findings
            .iter()
            .filter(|f| determination(f) == (state.to_owned(), reason.to_owned()))
            .count()
    };
    assert_eq!(with("satisfied", "pass"), implemented_clean);
    assert_eq!(with("satisfied", "other"), count(Status::NotApplicable));
    assert_eq!(with("not-satisfied", "other"), count(Status::NotAssessed));
    assert_eq!(
        with("not-satisfied", "fail"),
        111 - implemented_clean - count(Status::NotApplicable) - count(Status::NotAssessed)
    );
    // The sample claims 87 implemented; two of them fail their fact check: 7.2.a (plan
    // revised 14 months ago) and 7.4.c (24 training hours). 3 not applicable, 3 not
    // assessed (the README's counts).
    assert_eq!(implemented_clean, 85);
    assert_eq!(
        (count(Status::NotApplicable), count(Status::NotAssessed)),
        (3, 3)
    );

    // Every finding targets a statement part the catalog has.
    let catalog = serde_json::to_value(oscal::catalog()).unwrap();
    let mut part_ids = Vec::new();
    collect(&catalog, "id", &mut part_ids);
    let part_ids: HashSet<&str> = part_ids.into_iter().collect();
    for f in findings {
        assert_eq!(f["target"]["type"], "statement-id");
        assert!(
            part_ids.contains(f["target"]["target-id"].as_str().unwrap()),
            "{f}"
        );
    }

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
    let again =
        serde_json::to_string(&oscal::assessment_results(&doc, &result, "plan.json")).unwrap();
    assert!(text == again, "byte-for-byte identical on a second run");
    let props = &value["assessment-results"]["results"][0]["props"];
    assert_eq!(props[0]["value"], "85.6"); // 92.5 points / 108 applicable, as the report says
}

#[test]
fn document_uuids_follow_the_content() {
    let doc = assessment::parse(SAMPLE).unwrap();
    let uuid_of = |doc: &assessment::AssessmentDocument| {
        let result = assessment::assess(doc, &AssessOptions::default());
        let results = oscal::assessment_results(doc, &result, "plan.json");
        let plan = oscal::assessment_plan(doc);
        (results.assessment_results.uuid, plan.assessment_plan.uuid)
    };
    let (results, plan) = uuid_of(&doc);
    assert_eq!((results.clone(), plan.clone()), uuid_of(&doc.clone()));
    // One changed note: new results UUID; the plan (metadata and scope) is unchanged.
    let mut revised = doc.clone();
    revised.results[0].notes = Some("revised".into());
    let (revised_results, revised_plan) = uuid_of(&revised);
    assert_ne!(revised_results, results);
    assert_eq!(revised_plan, plan);
    // A new scope changes the plan.
    let mut rescoped = doc.clone();
    rescoped.metadata.scope.push_str(" and backup site");
    assert_ne!(uuid_of(&rescoped).1, plan);
    // Finding UUIDs are per requirement: the same across the revision.
    let finding = |d: &assessment::AssessmentDocument| {
        let r = assessment::assess(d, &AssessOptions::default());
        oscal::assessment_results(d, &r, "p")
            .assessment_results
            .results[0]
            .findings[0]
            .uuid
            .clone()
    };
    assert_eq!(finding(&doc), finding(&revised));

    // Mapping collections and framework catalogs differ per framework, and every target
    // id-ref is a control of the framework's exported catalog.
    let mut seen = HashSet::new();
    for b in BuiltinFramework::ALL {
        let collection = oscal::mapping_collection(b.framework(), b.mapping_set());
        let catalog = oscal::framework_catalog(b.framework());
        assert!(seen.insert(collection.mapping_collection.uuid.clone()));
        assert!(seen.insert(catalog.catalog.uuid.clone()));
        let ids: HashSet<&str> = catalog
            .catalog
            .controls
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        for map in &collection.mapping_collection.mappings[0].maps {
            assert!(
                ids.contains(map.targets[0].id_ref.as_str()),
                "{b}: {}",
                map.targets[0].id_ref
            );
        }
    }
    assert!(seen.insert(oscal::catalog().catalog.uuid));
}
