//! Beyond MLPS level 3: what GB/T 39204 asks of an operator that meets MLPS 2.0 level 3.

use gbt39204::ObligationKind;
use gbt39204::mapping::{self, Coverage};

#[test]
fn beyond_mlps_level3_lists_the_hard_numbers_mlps_lacks() {
    let increment = mapping::beyond_mlps_level3();
    assert_eq!(increment.requirements.len(), 111);
    // Counted independently from src/mapping/data/mlps_2019_l3.rs with a script: 7 items
    // have a covering row and no hard number, 22 have no row, 82 the rest.
    assert_eq!(
        (
            increment.totals.covered,
            increment.totals.partial,
            increment.totals.not_covered
        ),
        (7, 82, 22)
    );
    let left: Vec<(String, ObligationKind)> = increment
        .hard_numbers_left()
        .map(|(id, o)| (id.to_string(), o.kind()))
        .collect();
    assert!(left.contains(&("7.4.c".to_owned(), ObligationKind::TrainingHours)));
    assert!(left.contains(&("7.5.1".to_owned(), ObligationKind::LineRedundancy)));
    // Nine hard numbers in all; the tenth, MLPS ≥ 3 at 7.1, a level-3 programme meets.
    assert_eq!(left.len(), 9);
    assert!(!left.iter().any(|(id, _)| id == "7.1"));
    // An item with a hard number is at best partly covered, and says what is left.
    let lines = increment.get("7.5.1".parse().unwrap()).unwrap();
    assert_eq!(lines.coverage, Coverage::Partial);
    assert!(lines.rows.iter().any(|m| m.control == "8.1.2.1"));
}

#[test]
fn an_increment_without_programme_credit_leaves_every_hard_number() {
    let iso = mapping::crosswalk("iso27001-2022").unwrap();
    let increment = iso.increment(&[]);
    assert_eq!(increment.hard_numbers_left().count(), 10);
    assert!(
        increment
            .with(Coverage::Covered)
            .all(|i| i.hard_numbers_left.is_empty())
    );
}

#[test]
fn the_report_has_the_section_only_at_mlps_level_3_or_higher() {
    use gbt39204::Lang;
    use gbt39204::assessment::{AssessOptions, assess, parse};
    use gbt39204::report::{Format, render};

    let sample = include_str!("../examples/data/sample-assessment.json");
    let doc = parse(sample).unwrap();
    let report = render(
        &assess(&doc, &AssessOptions::default()),
        Format::Markdown,
        Lang::En,
    );
    assert!(report.contains("## Beyond MLPS level 3"));
    // The sample claims 7.4.c implemented with 24 training hours.
    assert!(report.contains("| 7.4.c | at least 30 training hours per person per year | implemented (fact check failed) |"), "{report}");
    assert!(report.contains("| 7.5.1 | at least 3 communication lines"));
    let zh = render(
        &assess(&doc, &AssessOptions::default()),
        Format::Html,
        Lang::Zh,
    );
    assert!(zh.contains("等保三级之上的增量"));

    let level2 = sample.replace("\"mlps_level\": 3", "\"mlps_level\": 2");
    let doc = parse(&level2).unwrap();
    let report = render(
        &assess(&doc, &AssessOptions::default()),
        Format::Markdown,
        Lang::En,
    );
    assert!(!report.contains("Beyond MLPS level 3"));
}
