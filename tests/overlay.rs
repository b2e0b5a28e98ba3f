//! The overlay end to end: load a user's file of official text and read the catalog
//! through it.

use gbt39204::overlay::{Overlay, OverlayError, TextSource};
use gbt39204::{Lang, RequirementId, catalog};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/overlay/{name}")).unwrap()
}

#[test]
fn official_text_where_present_summary_elsewhere() {
    let overlay = Overlay::from_json(&fixture("valid.json")).unwrap();
    let c: RequirementId = "7.4.c".parse().unwrap();
    let remote: RequirementId = "7.5.2.c".parse().unwrap();

    let title = overlay.title(c, Lang::Zh);
    assert_eq!(
        (title.text, title.source),
        ("（官方标题占位）", TextSource::Official)
    );
    let title = overlay.title(c, Lang::En);
    assert_eq!(title.source, TextSource::Summary);
    assert_eq!(title.text, c.requirement().title(Lang::En));

    assert_eq!(
        overlay.statement(remote, Lang::Zh).source,
        TextSource::Official
    );
    assert_eq!(
        overlay.statement(remote, Lang::En).source,
        TextSource::Summary
    );
    assert_eq!(
        overlay.entry(c).unwrap().notes.as_deref(),
        Some("Item letter confirmed against the licensed copy.")
    );

    // Everything else falls back to our summaries.
    let official = catalog::ids()
        .filter(|&id| overlay.statement(id, Lang::Zh).source == TextSource::Official)
        .count();
    assert_eq!(official, 2);
}

#[test]
fn invalid_fixtures_are_refused_with_a_pointer() {
    for (name, pointer) in [
        ("invalid-unknown-field.json", "/entries/0/official"),
        ("invalid-missing-source.json", ""),
        ("invalid-wrong-type.json", "/entries/0/statement"),
    ] {
        match Overlay::from_json(&fixture(name)) {
            Err(OverlayError::Json(e)) => assert_eq!(e.pointer(), Some(pointer), "{name}: {e}"),
            other => panic!("{name}: {other:?}"),
        }
    }
}
