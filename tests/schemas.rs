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

fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::validator_for(&checked_in(name)).unwrap()
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
