//! Hostile and oversized input: every loader refuses it early with a typed error, and the
//! behaviour for deep nesting, enormous strings, invalid UTF-8 and repeated keys is the
//! documented one (README, "Limits").

use gbt39204::assessment::{self, AssessOptions, DiagnosticCode, MAX_DOCUMENT_BYTES, ParseError};
use gbt39204::mapping::{BuiltinFramework, Framework, MappingSet};
use gbt39204::overlay::{Overlay, OverlayError};
use serde_json::{Value, json};

const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

/// Runs every loader on `text`; returns (assessment, overlay, framework, mapping set)
/// outcomes as "ok" or the error's kind.
fn all_loaders(text: &str) -> [String; 4] {
    let assessment = match assessment::parse(text) {
        Ok(_) => "ok".to_owned(),
        Err(e) => kind(&e).to_owned(),
    };
    let overlay = match Overlay::from_json(text) {
        Ok(_) => "ok".to_owned(),
        Err(OverlayError::Json(e)) => kind(&e).to_owned(),
        Err(OverlayError::Invalid(_)) => "invalid".to_owned(),
    };
    let framework = match Framework::from_json(text) {
        Ok(_) => "ok".to_owned(),
        Err(e) => e.0[0].kind().to_owned(),
    };
    let set = match MappingSet::from_json(text, BuiltinFramework::Iso27001_2022.framework()) {
        Ok(_) => "ok".to_owned(),
        Err(e) => e.0[0].kind().to_owned(),
    };
    [assessment, overlay, framework, set]
}

fn kind(e: &ParseError) -> &'static str {
    match e {
        ParseError::TooLarge { .. } => "too_large",
        ParseError::Encoding { .. } => "encoding",
        ParseError::Syntax { .. } => "syntax",
        ParseError::Truncated { .. } => "truncated",
        ParseError::Format { .. } => "format",
    }
}

#[test]
fn oversized_documents_are_refused_before_parsing_by_every_loader() {
    let huge = format!("[{}]", " ".repeat(MAX_DOCUMENT_BYTES));
    assert_eq!(
        all_loaders(&huge),
        ["too_large", "too_large", "too_large", "too_large"].map(String::from)
    );
    let Err(problems) = Framework::from_json(&huge) else {
        panic!("an oversized framework loaded")
    };
    assert!(
        problems.to_string().contains("over the limit"),
        "{problems}"
    );
    assert!(!problems.to_string().contains("line 0"), "{problems}");
}

#[test]
fn deep_nesting_is_a_syntax_error_for_every_loader() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    // The typed loaders see an array where an object belongs before any depth builds up;
    // the mapping loaders read JSON values first and hit serde_json's recursion limit.
    assert_eq!(
        all_loaders(&deep),
        ["format", "format", "syntax", "syntax"].map(String::from)
    );
    // The limit is exactly MAX_DEPTH levels: 127 are read, 128 are not.
    let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(gbt39204::json::from_str::<Value>(&nest(gbt39204::json::MAX_DEPTH)).is_ok());
    let e = gbt39204::json::from_str::<Value>(&nest(gbt39204::json::MAX_DEPTH + 1)).unwrap_err();
    assert!(matches!(e, ParseError::Syntax { .. }), "{e:?}");
    // Extensions are kept as text, not parsed, so they have their own depth check: the
    // whole document stays within MAX_DEPTH (brackets inside strings do not count).
    let with_extensions = |value: &str| {
        let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();
        doc["results"][0]["extensions"] = json!({ "deep": "DEEP" });
        doc.to_string().replace("\"DEEP\"", value)
    };
    let e = assessment::parse(&with_extensions(&deep)).unwrap_err();
    assert!(matches!(e, ParseError::Format { .. }), "{e:?}");
    assert_eq!(e.pointer(), Some("/results/0/extensions"));
    // results[0].extensions.deep: 4 levels above, so 123 more fit in 127.
    assert!(assessment::parse(&with_extensions(&nest(123))).is_ok());
    assert!(assessment::parse(&with_extensions(&nest(124))).is_err());
    let strings = format!("[\"{}\"]", "[".repeat(500));
    assert!(assessment::parse(&with_extensions(&strings)).is_ok());
    let overlay = format!(r#"{{"source": "s", "entries": [], "extensions": {{"x": {deep}}}}}"#);
    assert!(matches!(
        Overlay::from_json(&overlay),
        Err(OverlayError::Json(ParseError::Format { .. }))
    ));
    // 100 levels inside an extensions object are fine.
    let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();
    let mut nested = json!(1);
    for _ in 0..100 {
        nested = json!([nested]);
    }
    doc["extensions"]["deep"] = nested;
    assert!(assessment::parse(&doc.to_string()).is_ok());
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    let mut bytes = SAMPLE.as_bytes().to_vec();
    let at = SAMPLE.find("Lanjiang").unwrap();
    bytes[at] = 0xFF;
    assert!(matches!(
        assessment::parse_slice(&bytes),
        Err(ParseError::Syntax { .. })
    ));
}

#[test]
fn a_byte_order_mark_is_read_and_utf16_and_gbk_are_refused_with_the_fix() {
    // The mark is skipped: `{}` then lacks its metadata, said in the document's terms.
    let e = assessment::parse_slice(b"\xEF\xBB\xBF{}").unwrap_err();
    assert!(matches!(e, ParseError::Format { .. }), "{e}");
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(SAMPLE.as_bytes());
    let doc = assessment::parse_slice(&with_bom).unwrap();
    assert!(doc.byte_order_mark);
    let utf16: Vec<u8> = std::iter::once(0xFEFF_u16)
        .chain(SAMPLE.encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    let e = assessment::parse_slice(&utf16).unwrap_err();
    assert_eq!(
        e.to_string(),
        "this file is UTF-16 (little-endian): save it as UTF-8 (in Excel or Notepad: Save As, encoding UTF-8)"
    );
    // A document saved in GBK: 兰江电网 is C0 BC BD AD B5 E7 CD F8.
    let mut gbk = br#"{"metadata": {"organisation": ""#.to_vec();
    gbk.extend_from_slice(b"\xC0\xBC\xBD\xAD\xB5\xE7\xCD\xF8");
    gbk.extend_from_slice(br#"", "cii_name": "D"}}"#);
    let e = assessment::parse_slice(&gbk).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("this file looks like GBK (GB 18030), not UTF-8: save it as UTF-8"),
        "{e}"
    );
}

#[test]
fn repeated_keys_are_refused_in_documents_and_last_wins_in_extensions() {
    // A repeated field of the format is an error with its place…
    let repeated = SAMPLE.replacen(
        "\"organisation\":",
        "\"organisation\": \"First\", \"organisation\":",
        1,
    );
    let e = assessment::parse(&repeated).unwrap_err();
    assert!(matches!(e, ParseError::Format { .. }), "{e}");
    assert!(
        e.to_string().contains("duplicate field `organisation`"),
        "{e}"
    );
    assert_eq!(e.pointer(), Some("/metadata"));
    let overlay = r#"{"source": "a", "source": "b", "entries": []}"#;
    assert!(matches!(
        Overlay::from_json(overlay),
        Err(OverlayError::Json(ParseError::Format { .. }))
    ));

    // …inside free-form extensions both are kept, as written.
    let mut value: Value = serde_json::from_str(SAMPLE).unwrap();
    value["extensions"] = json!({ "k": 1 });
    let text = value.to_string().replace(r#""k":1"#, r#""k":1,"k":2"#);
    let doc = assessment::parse(&text).unwrap();
    assert_eq!(doc.extensions.unwrap().get(), r#"{"k":1,"k":2}"#);

    // Framework and mapping-set documents are read as JSON values first: the last value
    // of a repeated key is the one checked.
    let framework = r#"{"id": "x", "id": "acme", "name": {"zh": "甲", "en": "A"}, "version": "1",
        "publisher": {"zh": "甲", "en": "A"}, "controls": [{"id": "R1", "title": {"zh": "甲", "en": "A"}}]}"#;
    let loaded = Framework::from_json(framework);
    assert_eq!(
        loaded.map(|f| f.id().to_owned()).ok().as_deref(),
        Some("acme")
    );
}

#[test]
fn enormous_strings_are_read_and_do_not_slow_did_you_mean() {
    // A 4 MiB requirement ID: read and reported as unknown.
    let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();
    doc["results"][0]["requirement"] = json!("7".repeat(4 << 20));
    let text = doc.to_string();
    let parsed = assessment::parse(&text).unwrap();
    let diagnostics = assessment::validate(&parsed, &AssessOptions::default());
    let unknown = diagnostics
        .iter()
        .find(|d| d.code == DiagnosticCode::UnknownRequirement)
        .unwrap();
    // Inputs far longer than any ID get no did-you-mean, so none is computed.
    assert!(unknown.suggestion.is_none());

    let overlay =
        json!({"source": "s", "entries": [{"requirement": "7".repeat(4 << 20), "notes": "n"}]});
    assert!(matches!(
        Overlay::from_json(&overlay.to_string()),
        Err(OverlayError::Invalid(_))
    ));
}
