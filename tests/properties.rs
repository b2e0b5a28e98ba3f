//! Property tests: every parser and loader takes arbitrary input without panicking and
//! answers with a value or a typed error; valid values survive a round trip.

use gbt39204::mapping::{BuiltinFramework, Framework, MappingSet};
use gbt39204::overlay::Overlay;
use gbt39204::{Clause, Domain, ObligationKind, Principle, RequirementId, Topic, catalog};
use proptest::prelude::*;

/// Strings that look like requirement IDs, with the separators and width forms people type.
fn id_like() -> impl Strategy<Value = String> {
    "[ \t　]{0,2}[0-9０-９]{1,3}[.．。]{0,2}[0-9０-９]{0,3}[ .(（\\-_]{0,2}[a-zA-Zａ-ｚ0-9é]{0,2}[)）]{0,2}[ \t]{0,2}"
}

proptest! {
    #[test]
    fn requirement_id_parser_never_panics(input in any::<String>()) {
        let _ = input.parse::<RequirementId>();
    }

    #[test]
    fn id_like_inputs_parse_to_real_ids_or_typed_errors(input in id_like()) {
        match input.parse::<RequirementId>() {
            // Whatever parses names a real requirement and prints canonically.
            Ok(id) => {
                prop_assert_eq!(id.requirement().id, id);
                prop_assert_eq!(id.to_string().parse::<RequirementId>(), Ok(id));
            }
            Err(err) => prop_assert!(!err.to_string().is_empty()),
        }
    }

    #[test]
    fn every_id_round_trips_in_any_written_form(
        index in 0usize..111,
        upper in any::<bool>(),
        form in 0usize..4,
    ) {
        let id = catalog::requirements()[index].id;
        let clause = id.clause();
        let written = match id.item() {
            // A paragraph without a letter is written as its clause, in any width.
            None if upper => clause.number().chars().map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                '.' => '．',
                c => c,
            }).collect(),
            None => format!(" {clause} "),
            Some(item) => {
                let item = if upper { item.to_ascii_uppercase() } else { item };
                match form {
                    0 => format!("{clause}.{item}"),
                    1 => format!("{clause}{item}"),
                    2 => format!("{clause} {item})"),
                    _ => format!(" {clause}({item}) "),
                }
            }
        };
        prop_assert_eq!(written.parse::<RequirementId>(), Ok(id));
    }

    #[test]
    fn enum_parsers_never_panic(input in any::<String>()) {
        let _ = input.parse::<Clause>();
        let _ = input.parse::<Domain>();
        let _ = input.parse::<Principle>();
        let _ = input.parse::<Topic>();
        let _ = input.parse::<ObligationKind>();
        let _ = input.parse::<BuiltinFramework>();
    }

    #[test]
    fn loaders_never_panic_on_arbitrary_text(input in any::<String>()) {
        let _ = Overlay::from_json(&input);
        let _ = Framework::from_json(&input);
        let _ = MappingSet::from_json(&input, BuiltinFramework::Iso27001_2022.framework());
    }

    #[test]
    fn loaders_never_panic_on_arbitrary_json(value in arb_json()) {
        let text = value.to_string();
        let _ = Overlay::from_json(&text);
        let _ = Framework::from_json(&text);
        let _ = MappingSet::from_json(&text, BuiltinFramework::Iso27001_2022.framework());
    }

    #[test]
    fn valid_overlays_round_trip(
        picks in proptest::collection::btree_set(0usize..111, 0..8),
        zh in "[\\p{Han}]{1,12}",
        notes in proptest::option::of("[a-z ]{1,20}"),
    ) {
        let entries: Vec<serde_json::Value> = picks
            .iter()
            .map(|&i| serde_json::json!({
                "requirement": catalog::requirements()[i].id.to_string(),
                "statement": { "zh": zh },
                "notes": notes,
            }))
            .collect();
        let text = serde_json::json!({ "source": "test", "entries": entries }).to_string();
        let overlay = Overlay::from_json(&text).unwrap();
        let again = serde_json::to_string(&overlay).unwrap();
        prop_assert_eq!(Overlay::from_json(&again).unwrap(), overlay);
    }
}

/// Arbitrary JSON values, a few levels deep, biased towards the loaders' field names.
fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let key = prop_oneof![
        Just("source".to_owned()),
        Just("entries".to_owned()),
        Just("requirement".to_owned()),
        Just("statement".to_owned()),
        Just("id".to_owned()),
        Just("controls".to_owned()),
        Just("framework".to_owned()),
        Just("kind".to_owned()),
        Just("relationship".to_owned()),
        "[a-z]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop_oneof![
            Just("7.4.c".to_owned()),
            Just("A.5.19".to_owned()),
            any::<String>()
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn built_in_sets_survive_the_user_loader() {
    for b in BuiltinFramework::ALL {
        let framework_json = serde_json::to_string(b.framework()).unwrap();
        let framework = Framework::from_json(&framework_json).unwrap();
        assert_eq!(&framework, b.framework());
        let set_json = serde_json::to_string(b.mapping_set()).unwrap();
        let set = MappingSet::from_json(&set_json, &framework).unwrap();
        assert_eq!(&set, b.mapping_set());
    }
}

mod assessment_documents {
    use gbt39204::Lang;
    use gbt39204::assessment::{self, AssessOptions};
    use gbt39204::report::{self, Format};
    use proptest::prelude::*;
    use serde_json::{Value, json};

    const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

    const STATUSES: [&str; 5] = [
        "implemented",
        "partially_implemented",
        "not_implemented",
        "not_applicable",
        "not_assessed",
    ];

    /// Text that stresses escaping and width: HTML and Markdown specials, CJK, controls.
    fn tricky_text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-zA-Z0-9 <>&\"'|*_`#\\[\\]()\\\\\n\t-]{0,40}",
            "[\\p{Han}，。、]{0,20}",
            any::<String>(),
        ]
    }

    fn date() -> impl Strategy<Value = String> {
        (1990i32..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
    }

    /// A valid document: the sample with results changed, dropped or given odd text, and
    /// random facts.
    fn valid_document() -> impl Strategy<Value = Value> {
        let edits = proptest::collection::vec(
            (
                0usize..111,
                0usize..5,
                proptest::option::of(tricky_text()),
                any::<bool>(),
            ),
            0..30,
        );
        let facts = (
            proptest::option::of(1u8..=5),
            proptest::option::of(0u16..200),
            proptest::option::of(date()),
            proptest::option::of(date()),
            proptest::option::of(0u16..60),
            proptest::option::of(prop_oneof![
                Just("onshore"),
                Just("offshore"),
                Just("mixed")
            ]),
        );
        (edits, facts, date(), tricky_text()).prop_map(|(edits, facts, today, scope)| {
            let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();
            doc["metadata"]["assessment_date"] = json!(today);
            doc["metadata"]["scope"] = json!(scope);
            let results = doc["results"].as_array_mut().unwrap();
            let mut drop = Vec::new();
            for (index, status, notes, remove) in edits {
                let r = &mut results[index];
                r["status"] = json!(STATUSES[status]);
                if let Some(n) = notes {
                    r["notes"] = json!(n);
                }
                if remove {
                    drop.push(index);
                }
            }
            drop.sort_unstable();
            drop.dedup();
            for index in drop.into_iter().rev() {
                results.remove(index);
            }
            let (mlps, hours, review, drill, logs, location) = facts;
            let f = &mut doc["facts"];
            *f = json!({});
            if let Some(v) = mlps {
                f["mlps_level"] = json!(v);
            }
            if let Some(v) = hours {
                f["training_hours_per_person_year"] = json!(v);
            }
            if let Some(v) = review {
                f["last_policy_review"] = json!(v);
            }
            if let Some(v) = drill {
                f["last_emergency_drill"] = json!(v);
            }
            if let Some(v) = logs {
                f["log_retention_months"] = json!(v);
            }
            if let Some(v) = location {
                f["operations_location"] = json!(v);
            }
            doc
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn arbitrary_text_never_panics(input in any::<String>()) {
            let _ = assessment::parse(&input);
            let _ = assessment::parse_slice(input.as_bytes());
        }

        #[test]
        fn arbitrary_bytes_never_panic(input in proptest::collection::vec(any::<u8>(), 0..256)) {
            let _ = assessment::parse_slice(&input);
        }

        #[test]
        fn arbitrary_json_never_panics(value in super::arb_json()) {
            let _ = assessment::parse(&value.to_string());
        }

        #[test]
        fn valid_documents_round_trip_and_assess_without_panicking(value in valid_document()) {
            let text = value.to_string();
            let doc = assessment::parse(&text).unwrap();
            let json = serde_json::to_string(&doc).unwrap();
            let again = assessment::parse(&json).unwrap();
            prop_assert_eq!(&again, &doc);

            let result = assessment::assess(&doc, &AssessOptions::default());
            prop_assert_eq!(result.requirements.len(), 111);
            if let Some(score) = result.scores.overall.score() {
                prop_assert!((0.0..=100.0).contains(&score));
            }
            for format in [Format::Json, Format::Markdown, Format::Html] {
                for lang in [Lang::Zh, Lang::En] {
                    let out = report::render(&result, format, lang);
                    prop_assert!(!out.is_empty());
                    if format == Format::Html {
                        prop_assert!(!out.contains("<script"));
                    }
                }
            }
        }

        #[test]
        fn wrongly_typed_fields_are_errors_not_panics(
            index in 0usize..111,
            field in prop_oneof![Just("status"), Just("requirement"), Just("evidence"), Just("notes")],
            value in super::arb_json(),
        ) {
            let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();
            doc["results"][index][field] = value;
            let _ = assessment::parse(&doc.to_string());
        }
    }
}

mod lossless_extensions {
    use gbt39204::assessment;
    use proptest::prelude::*;

    const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

    /// JSON text the way people and other tools write it, kept as text: integers of any
    /// length (past 64 bits), exact decimals and exponents, `-0`, strings with escapes,
    /// empty and nested objects and arrays, keys in any order (repeats included).
    fn json_text() -> impl Strategy<Value = String> {
        let number = prop_oneof![
            "-?(0|[1-9][0-9]{0,40})",
            "-?(0|[1-9][0-9]{0,5})\\.[0-9]{1,30}",
            "-?[1-9]\\.[0-9]{1,5}[eE][+-]?[0-9]{1,3}",
            Just("-0".to_owned()),
            Just("-0.0".to_owned()),
            Just("12345678901234567890123".to_owned()),
        ];
        let string = "\"([a-z]|\\\\u00e9|\\\\n|\\\\\"|中){0,6}\"";
        let leaf = prop_oneof![
            number,
            string.prop_map(String::from),
            Just("true".to_owned()),
            Just("null".to_owned()),
            Just("{}".to_owned()),
            Just("[]".to_owned()),
        ];
        leaf.prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4)
                    .prop_map(|items| format!("[{}]", items.join(","))),
                proptest::collection::vec(("[a-z]{1,3}", inner), 0..4).prop_map(|fields| {
                    let fields: Vec<String> = fields
                        .into_iter()
                        .map(|(k, v)| format!("\"{k}\": {v}"))
                        .collect();
                    format!("{{{}}}", fields.join(", "))
                }),
            ]
        })
    }

    /// `extensions` objects: an object of arbitrary JSON text.
    fn object() -> impl Strategy<Value = String> {
        proptest::collection::vec(("[a-z]{1,3}", json_text()), 0..5).prop_map(|fields| {
            let fields: Vec<String> = fields
                .into_iter()
                .map(|(k, v)| format!("\"{k}\":{v}"))
                .collect();
            format!("{{{}}}", fields.join(","))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever is under `extensions`, at the top and in a result, is written back as
        /// the same text: the same numbers digit for digit, the same keys in the same order.
        #[test]
        fn extensions_come_back_byte_equal(top in object(), inner in object()) {
            let sample = SAMPLE.trim_end();
            // The sample ends `…, "extensions": {…}\n}`; put ours in its place and in the
            // first result.
            let cut = sample.rfind("\"extensions\"").unwrap();
            let text = format!("{}\"extensions\": {top}\n}}", &sample[..cut]);
            let text = text.replacen("\"status\"", &format!("\"extensions\": {inner}, \"status\""), 1);
            let doc = assessment::parse(&text).unwrap();
            prop_assert_eq!(doc.extensions.as_ref().unwrap().get(), top.as_str());
            prop_assert_eq!(doc.results[0].extensions.as_ref().unwrap().get(), inner.as_str());
            let written = serde_json::to_string(&doc).unwrap();
            let (top_written, inner_written) =
                (format!("\"extensions\":{top}"), format!("\"extensions\":{inner}"));
            prop_assert!(written.contains(&top_written));
            prop_assert!(written.contains(&inner_written));
            // And what is written reads back to the same document.
            prop_assert_eq!(assessment::parse(&written).unwrap(), doc);
        }

        /// Distinct framework control IDs give distinct OSCAL tokens, and every token is
        /// one (ASCII, so within the token pattern: a letter or `_`, then letters,
        /// digits, `.`, `-`, `_`).
        #[test]
        fn control_tokens_are_tokens_and_one_to_one(a in any::<String>(), b in any::<String>()) {
            use gbt39204::export::oscal::control_token;
            let (ta, tb) = (control_token(&a), control_token(&b));
            prop_assert_eq!(a == b, ta == tb);
            let mut chars = ta.chars();
            let first = chars.next();
            prop_assert!(first.is_some_and(|c| c == '_' || c.is_ascii_alphabetic()), "{}", ta);
            prop_assert!(chars.all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c)), "{}", ta);
        }
    }
}
