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
        let item = if upper { id.item().to_ascii_uppercase() } else { id.item() };
        let clause = id.clause();
        let written = match form {
            0 => format!("{clause}.{item}"),
            1 => format!("{clause}{item}"),
            2 => format!("{clause} {item})"),
            _ => format!(" {clause}({item}) "),
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
