//! The checked-in JSON Schemas are current, and documents validate against them with an
//! independent validator (the `jsonschema` crate).

use gbt39204::export::{CatalogDocument, schemas};
use serde_json::Value;

fn checked_in(name: &str) -> Value {
    let path = format!("schemas/{name}.schema.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{path}: {e}; run `cargo run --example export_schemas -- schemas/`")
    });
    serde_json::from_str(&text).unwrap()
}

/// A validator for schema `name` that also checks `format` (dates), which draft 2020-12
/// treats as an annotation unless asked.
fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(&checked_in(name))
        .unwrap()
}

#[test]
fn checked_in_schemas_are_current() {
    let generated = schemas::all();
    for (name, schema) in &generated {
        assert_eq!(
            checked_in(name),
            serde_json::to_value(schema).unwrap(),
            "schemas/{name}.schema.json is stale: run `cargo run --example export_schemas -- schemas/`"
        );
    }
    let files = std::fs::read_dir("schemas").unwrap().count();
    assert_eq!(
        files,
        generated.len(),
        "schemas/ holds a file no generator writes"
    );
}

#[test]
fn the_catalog_and_every_requirement_validate() {
    let catalog = serde_json::to_value(CatalogDocument::new()).unwrap();
    validator("catalog").validate(&catalog).unwrap();
    let requirement = validator("requirement");
    for r in catalog["requirements"].as_array().unwrap() {
        requirement.validate(r).unwrap();
    }
    let mut broken = catalog["requirements"][0].clone();
    broken["measure"] = "magic".into();
    assert!(!requirement.is_valid(&broken));
}

#[test]
fn overlay_fixtures_validate_or_fail_as_named() {
    let overlay = validator("overlay");
    for entry in std::fs::read_dir("tests/fixtures/overlay").unwrap() {
        let path = entry.unwrap().path();
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let expect_valid = name.starts_with("valid");
        assert_eq!(overlay.is_valid(&doc), expect_valid, "{name}");
    }
}

/// Mapping fixtures against the framework and mapping-set schemas. The schema checks
/// shape (types, fields, vocabularies, canonical IDs); problems that need the catalog or
/// the whole document (unknown controls, duplicates, contradictions) are the loader's job,
/// so those fixtures are schema-valid and still refused by the loader.
#[test]
fn mapping_fixtures_against_their_schemas() {
    use gbt39204::mapping::{Framework, MappingSet};
    let framework_schema = validator("framework");
    let set_schema = validator("mapping-set");
    let user_framework = Framework::from_json(
        &std::fs::read_to_string("tests/fixtures/mapping/framework.json").unwrap(),
    )
    .unwrap();
    // (fixture, is a framework document, valid under its schema, accepted by the loader)
    let table = [
        ("framework.json", true, true, true),
        ("framework-bad-parents.json", true, true, false),
        ("framework-duplicate-control.json", true, true, false),
        ("framework-many-problems.json", true, false, false),
        ("mapping.json", false, true, true),
        ("contradictory-row.json", false, true, false),
        ("unknown-control.json", false, true, false),
        ("wrong-framework.json", false, true, false),
        ("duplicate-row.json", false, false, false),
        ("invalid-value.json", false, false, false),
        ("many-problems.json", false, false, false),
        ("missing-field.json", false, false, false),
        ("missing-rationale.json", false, false, false),
        ("unknown-field.json", false, false, false),
        ("unknown-requirement.json", false, false, false),
        ("wrong-type.json", false, false, false),
    ];
    let on_disk = std::fs::read_dir("tests/fixtures/mapping")
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name() != "invalid-json.json")
        .count();
    assert_eq!(
        on_disk,
        table.len(),
        "every parseable mapping fixture is classified here"
    );
    for (name, is_framework, schema_valid, loads) in table {
        let text = std::fs::read_to_string(format!("tests/fixtures/mapping/{name}")).unwrap();
        let doc: Value = serde_json::from_str(&text).unwrap();
        let schema = if is_framework {
            &framework_schema
        } else {
            &set_schema
        };
        assert_eq!(
            schema.is_valid(&doc),
            schema_valid,
            "{name} against its schema"
        );
        let loaded = if is_framework {
            Framework::from_json(&text).is_ok()
        } else {
            MappingSet::from_json(&text, &user_framework).is_ok()
        };
        assert_eq!(loaded, loads, "{name} through the loader");
    }
}

#[test]
fn built_in_frameworks_and_sets_validate() {
    use gbt39204::mapping::BuiltinFramework;
    let framework_schema = validator("framework");
    let set_schema = validator("mapping-set");
    for b in BuiltinFramework::ALL {
        framework_schema
            .validate(&serde_json::to_value(b.framework()).unwrap())
            .unwrap();
        set_schema
            .validate(&serde_json::to_value(b.mapping_set()).unwrap())
            .unwrap();
    }
}

#[test]
fn assessment_documents_and_reports_validate() {
    use gbt39204::assessment::{self, AssessOptions};
    let schema = validator("assessment");
    let report_schema = validator("assessment-report");
    let mut documents: Vec<(String, String)> = vec![(
        "sample".to_owned(),
        std::fs::read_to_string("examples/data/sample-assessment.json").unwrap(),
    )];
    for entry in std::fs::read_dir("tests/fixtures/assessment").unwrap() {
        let path = entry.unwrap().path();
        documents.push((
            path.display().to_string(),
            std::fs::read_to_string(&path).unwrap(),
        ));
    }
    assert!(documents.len() > 10);
    for (name, text) in documents {
        // The byte_order_mark fixture starts with one; the schema is about what follows.
        let value: Value = serde_json::from_str(text.trim_start_matches('\u{FEFF}')).unwrap();
        schema
            .validate(&value)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let doc = assessment::parse(&text).unwrap();
        let report =
            serde_json::to_value(assessment::assess(&doc, &AssessOptions::default())).unwrap();
        report_schema
            .validate(&report)
            .unwrap_or_else(|e| panic!("{name} report: {e}"));
    }
}

#[test]
fn invalid_assessment_fixtures_fail_the_schema_and_the_parser() {
    use gbt39204::assessment;
    let schema = validator("assessment");
    let mut seen = 0;
    for entry in std::fs::read_dir("tests/fixtures/assessment-invalid").unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert!(
            !schema.is_valid(&value),
            "{} passes the schema",
            path.display()
        );
        assert!(
            assessment::parse(&text).is_err(),
            "{} parses",
            path.display()
        );
        seen += 1;
    }
    assert_eq!(seen, 5);
}
