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

/// How a document edge case should fare: accepted or refused by both the schema and the
/// parser, or a difference the README names (the schema cannot see it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Both(bool),
    /// (schema, parser), where they must differ.
    Differ(bool, bool),
}

/// One document with one change: `(what, pointer of the parent, key, new value or None to
/// remove, expected)`. The key `""` replaces the value at the pointer itself.
type Edge = (
    &'static str,
    &'static str,
    &'static str,
    Option<Value>,
    Expect,
);

fn apply(base: &Value, (_, at, key, value, _): &Edge) -> Value {
    let mut doc = base.clone();
    let parent = doc.pointer_mut(at).unwrap();
    match (key.is_empty(), value) {
        (true, Some(v)) => *parent = v.clone(),
        (false, Some(v)) => {
            parent[*key] = v.clone();
        }
        (_, None) => {
            parent.as_object_mut().unwrap().remove(*key);
        }
    }
    doc
}

fn check_table(
    name: &str,
    base: &Value,
    table: &[Edge],
    schema: &jsonschema::Validator,
    parse: impl Fn(&str) -> bool,
) {
    for edge in table {
        let doc = apply(base, edge);
        let text = doc.to_string();
        let got = (schema.is_valid(&doc), parse(&text));
        let want = match edge.4 {
            Expect::Both(ok) => (ok, ok),
            Expect::Differ(s, p) => (s, p),
        };
        assert_eq!(got, want, "{name}: {} ({text}): (schema, parser)", edge.0);
    }
}

/// The edge-case table: for each case the schema (checked by the `jsonschema` crate,
/// formats asserted) and the parser agree, or differ exactly where the README says.
#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one row per edge case: the table is the test"
)]
fn schemas_and_parsers_agree_on_edge_cases() {
    use Expect::{Both, Differ};
    use gbt39204::assessment;
    use gbt39204::mapping::{Framework, MappingSet};
    use serde_json::json;

    let base = json!({
        "metadata": {
            "organisation": "Edge Co.", "cii_name": "SCADA", "cii_identifier": "CII-1",
            "scope": "Plant", "assessor": "Li", "assessment_date": "2025-06-30",
            "catalog_version": "0.2.0"
        },
        "results": [{
            "requirement": "7.4.c", "status": "implemented",
            "evidence": [{ "kind": "record", "reference": "Ledger", "date": "2025-01-15" }],
            "remediation": { "owner": "IT", "due_date": "2025-12-31" }
        }],
        "facts": { "training_hours_per_person_year": 32, "key_post_staffing": [{ "post": "ops", "people": 2 }] }
    });
    let n = |v: &str| Some(serde_json::from_str::<Value>(v).unwrap());
    let s = |v: &str| Some(json!(v));
    let facts = "/facts";
    let meta = "/metadata";
    let result = "/results/0";
    let assessment: &[Edge] = &[
        ("the base document", "", "", Some(base.clone()), Both(true)),
        (
            "an integer written 32.0",
            facts,
            "training_hours_per_person_year",
            n("32.0"),
            Both(true),
        ),
        (
            "an integer written 3.2e1",
            facts,
            "training_hours_per_person_year",
            n("3.2e1"),
            Both(true),
        ),
        (
            "an integer written -0",
            facts,
            "training_hours_per_person_year",
            n("-0"),
            Both(true),
        ),
        (
            "a fraction",
            facts,
            "training_hours_per_person_year",
            n("32.5"),
            Both(false),
        ),
        (
            "a negative count",
            facts,
            "training_hours_per_person_year",
            n("-1"),
            Both(false),
        ),
        (
            "a count over 65535",
            facts,
            "training_hours_per_person_year",
            n("65536"),
            Both(false),
        ),
        (
            "a count as a string",
            facts,
            "training_hours_per_person_year",
            s("32"),
            Both(false),
        ),
        (
            "a null fact",
            facts,
            "training_hours_per_person_year",
            n("null"),
            Both(true),
        ),
        (
            "an MLPS level over 255",
            facts,
            "mlps_level",
            n("256"),
            Both(false),
        ),
        (
            "people written 2.0",
            "/facts/key_post_staffing/0",
            "people",
            n("2.0"),
            Both(true),
        ),
        (
            "people null",
            "/facts/key_post_staffing/0",
            "people",
            n("null"),
            Both(false),
        ),
        (
            "a basic-format date",
            meta,
            "assessment_date",
            s("20250630"),
            Both(false),
        ),
        (
            "a date-time with an offset",
            meta,
            "assessment_date",
            s("2025-06-30T10:00:00+08:00"),
            Both(false),
        ),
        (
            "a date with a zone",
            meta,
            "assessment_date",
            s("2025-06-30[Asia/Shanghai]"),
            Both(false),
        ),
        (
            "a date that does not exist",
            meta,
            "assessment_date",
            s("2025-02-30"),
            Both(false),
        ),
        (
            "a one-digit month",
            meta,
            "assessment_date",
            s("2025-6-30"),
            Both(false),
        ),
        (
            "a five-digit year",
            meta,
            "assessment_date",
            s("+12025-06-30"),
            Both(false),
        ),
        (
            "a basic-format evidence date",
            "/results/0/evidence/0",
            "date",
            s("20250115"),
            Both(false),
        ),
        (
            "a null evidence date",
            "/results/0/evidence/0",
            "date",
            n("null"),
            Both(true),
        ),
        (
            "a date-time due date",
            "/results/0/remediation",
            "due_date",
            s("2025-12-31T00:00:00Z"),
            Both(false),
        ),
        (
            "a basic-format fact date",
            facts,
            "last_plan_revision",
            s("20250101"),
            Both(false),
        ),
        (
            "a null required field",
            meta,
            "assessor",
            n("null"),
            Both(false),
        ),
        (
            "a missing required field",
            meta,
            "assessor",
            None,
            Both(false),
        ),
        (
            "an empty required text (a diagnostic, not a parse error)",
            meta,
            "assessor",
            s(""),
            Both(true),
        ),
        (
            "an unknown field in metadata",
            meta,
            "extra",
            s("x"),
            Both(false),
        ),
        (
            "an unknown field at the top",
            "",
            "extra",
            s("x"),
            Both(false),
        ),
        (
            "an unknown field in facts",
            facts,
            "extra",
            n("1"),
            Both(false),
        ),
        ("null results", "", "results", n("null"), Both(false)),
        ("null facts", "", "facts", n("null"), Both(false)),
        (
            "an unknown status",
            result,
            "status",
            s("done"),
            Both(false),
        ),
        (
            "an unknown requirement (a diagnostic, not a parse error)",
            result,
            "requirement",
            s("7.4.x"),
            Both(true),
        ),
        ("empty extensions", "", "extensions", n("{}"), Both(true)),
        ("null extensions", "", "extensions", n("null"), Both(true)),
        (
            "extensions that are an array",
            "",
            "extensions",
            n("[1]"),
            Both(false),
        ),
        (
            "extensions with a big integer",
            result,
            "extensions",
            n(r#"{"n": 12345678901234567890123}"#),
            Both(true),
        ),
    ];
    check_table(
        "assessment",
        &base,
        assessment,
        &validator("assessment"),
        |t| assessment::parse(t).is_ok(),
    );
    // A byte-order mark before the JSON: read by the parser; the schema sees the value.
    assert!(assessment::parse(&format!("\u{feff}{base}")).is_ok());

    let framework: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/mapping/framework.json").unwrap(),
    )
    .unwrap();
    let control = "/controls/1";
    let frameworks: &[Edge] = &[
        ("the fixture", "", "", Some(framework.clone()), Both(true)),
        (
            "an unknown top-level field",
            "",
            "extra",
            s("x"),
            Both(false),
        ),
        (
            "an unknown control field",
            control,
            "extra",
            s("x"),
            Both(false),
        ),
        ("an unknown text field", "/name", "fr", s("x"), Both(false)),
        (
            "an empty English title",
            "/controls/1/title",
            "en",
            s(""),
            Both(false),
        ),
        (
            "a blank English title",
            "/controls/1/title",
            "en",
            s("   "),
            Both(false),
        ),
        (
            "an empty Chinese title",
            "/controls/1/title",
            "zh",
            s(""),
            Both(true),
        ),
        ("an empty control ID", control, "id", s(""), Both(false)),
        ("an empty version", "", "version", s(""), Both(false)),
        (
            "a number for a version",
            "",
            "version",
            n("2024"),
            Both(false),
        ),
        ("a null parent", control, "parent", n("null"), Both(true)),
        ("a missing title", control, "title", None, Both(false)),
        // Needs the whole document: the schema cannot know the other controls.
        (
            "an unknown parent",
            control,
            "parent",
            s("G9"),
            Differ(true, false),
        ),
    ];
    check_table(
        "framework",
        &framework,
        frameworks,
        &validator("framework"),
        |t| Framework::from_json(t).is_ok(),
    );

    let user_framework = Framework::from_json(&framework.to_string()).unwrap();
    let set: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/mapping/mapping.json").unwrap(),
    )
    .unwrap();
    let row = "/entries/1";
    let sets: &[Edge] = &[
        ("the fixture", "", "", Some(set.clone()), Both(true)),
        (
            "an unknown top-level field",
            "",
            "extra",
            s("x"),
            Both(false),
        ),
        (
            "an unknown field in a row",
            row,
            "extra",
            s("x"),
            Both(false),
        ),
        (
            "an unknown field in a gap",
            "/entries/0",
            "extra",
            s("x"),
            Both(false),
        ),
        ("an empty rationale", row, "rationale", s(""), Both(false)),
        ("a blank rationale", row, "rationale", s(" \t"), Both(false)),
        (
            "an empty gap reason",
            "/entries/0",
            "reason",
            s(""),
            Both(false),
        ),
        ("an empty control", row, "control", s(""), Both(false)),
        ("an unknown kind", row, "kind", s("other"), Both(false)),
        (
            "a null confidence",
            row,
            "confidence",
            n("null"),
            Both(false),
        ),
        (
            "an unknown relationship",
            row,
            "relationship",
            s("bigger-than"),
            Both(false),
        ),
        // The loader reads names leniently; the schema lists the canonical spelling.
        (
            "a relationship in another spelling",
            row,
            "relationship",
            s("equivalent_to"),
            Differ(false, true),
        ),
        // Needs the framework: the schema cannot know its controls.
        (
            "an unknown control",
            row,
            "control",
            s("R9"),
            Differ(true, false),
        ),
    ];
    check_table("mapping set", &set, sets, &validator("mapping-set"), |t| {
        MappingSet::from_json(t, &user_framework).is_ok()
    });
}
