//! The self-assessment workbook: template, import, round trip, and workbooks as hostile
//! input. The written workbooks are read back with calamine directly (not through the
//! crate's import) to check what a user's spreadsheet program sees.

use std::io::{Cursor, Write};

use calamine::{Data, Reader, Xlsx};
use gbt39204::Lang;
use gbt39204::assessment::{AssessOptions, Status, assess, parse};
use gbt39204::spreadsheet::{
    ImportError, MAX_UNPACKED_BYTES, MAX_WORKBOOK_BYTES, import, template,
};
use proptest::prelude::*;
use rust_xlsxwriter::Workbook;

const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

fn open(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap()
}

#[test]
fn the_template_has_the_sheets_rows_and_drop_downs() {
    for (lang, names, status) in [
        (
            Lang::Zh,
            ["填写说明", "结果", "基本信息", "事实", "关键岗位"],
            "状态",
        ),
        (
            Lang::En,
            ["Instructions", "Results", "Metadata", "Facts", "Key posts"],
            "Status",
        ),
    ] {
        let xlsx = template(lang, None).unwrap();
        let mut book = open(&xlsx);
        assert_eq!(book.sheet_names(), names.map(str::to_owned).to_vec());
        let results = book.worksheet_range(names[1]).unwrap();
        // A heading row and one row per requirement.
        assert_eq!(results.height(), 1 + 111);
        assert_eq!(results.get((0, 4)), Some(&Data::String(status.to_owned())));
        assert_eq!(results.get((1, 0)), Some(&Data::String("6.1.a".to_owned())));
        assert_eq!(
            results.get((111, 0)),
            Some(&Data::String("11.4".to_owned()))
        );
        // The drop-downs are data validations in the sheet's XML.
        let mut zip = zip::ZipArchive::new(Cursor::new(&xlsx[..])).unwrap();
        let mut sheet = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/worksheets/sheet2.xml").unwrap(),
            &mut sheet,
        )
        .unwrap();
        assert!(
            sheet.contains(r#"<dataValidation type="list""#),
            "{sheet:.300}"
        );
        assert!(sheet.contains(r#"sqref="E2:E2001""#));
        assert!(sheet.contains(r#"<pane ySplit="1""#), "frozen heading row");
        let statuses = if lang == Lang::Zh {
            "\"符合,部分符合,不符合,不适用,未评估\""
        } else {
            "\"implemented,partially implemented,not implemented,not applicable,not assessed\""
        };
        assert!(sheet.contains(statuses), "status list");
    }
}

#[test]
fn a_document_survives_the_round_trip_through_the_workbook() {
    let doc = parse(SAMPLE).unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let xlsx = template(lang, Some(&doc)).unwrap();
        let back = import(&xlsx).unwrap();
        assert_eq!(back.document, doc, "{lang:?}");
        assert!(back.notes.is_empty());
        let a = assess(&doc, &AssessOptions::default());
        let b = assess(&back.document, &AssessOptions::default());
        assert_eq!(a.scores, b.scores);
        assert_eq!(a.diagnostics, b.diagnostics);
    }
}

#[test]
fn unknown_and_repeated_results_keep_their_rows() {
    let mut doc = parse(SAMPLE).unwrap();
    let mut extra = doc.results[0].clone();
    extra.requirement = "7.4.x".into();
    doc.results.push(extra);
    let repeat = doc.results[3].clone();
    doc.results.push(repeat);
    let back = import(&template(Lang::En, Some(&doc)).unwrap()).unwrap();
    assert_eq!(back.document, doc);
    // After the heading, the 111 rows and the sample's 45 further evidence items (one
    // continuation row each, counted from the JSON with a separate script).
    assert_eq!(
        back.cell("/results/111/requirement").as_deref(),
        Some("Results!A158")
    );
}

/// A workbook like the template with some cells overwritten, as a script would fill it.
fn filled(lang: Lang, edits: &[(&str, u32, u16, Data)]) -> Vec<u8> {
    let template = template(lang, None).unwrap();
    let mut source = open(&template);
    let mut book = Workbook::new();
    for name in source.sheet_names() {
        let range = source.worksheet_range(&name).unwrap();
        let sheet = book.add_worksheet();
        sheet.set_name(&name).unwrap();
        let mut cells: std::collections::BTreeMap<(u32, u16), Data> = range
            .used_cells()
            .map(|(r, c, d)| {
                (
                    (u32::try_from(r).unwrap(), u16::try_from(c).unwrap()),
                    d.clone(),
                )
            })
            .collect();
        for (sheet_name, row, col, data) in edits {
            if *sheet_name == name {
                cells.insert((*row, *col), data.clone());
            }
        }
        for ((r, c), d) in cells {
            match d {
                Data::String(s) => sheet.write_string(r, c, s).map(|_| ()),
                Data::Float(f) => sheet.write_number(r, c, f).map(|_| ()),
                #[allow(clippy::cast_precision_loss)]
                Data::Int(i) => sheet.write_number(r, c, i as f64).map(|_| ()),
                Data::Bool(b) => sheet.write_boolean(r, c, b).map(|_| ()),
                Data::DateTime(d) => sheet
                    .write_number_with_format(
                        r,
                        c,
                        d.as_f64(),
                        &rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd"),
                    )
                    .map(|_| ()),
                _ => Ok(()),
            }
            .unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

fn metadata_edits(sheet: &'static str) -> Vec<(&'static str, u32, u16, Data)> {
    let s = |t: &str| Data::String(t.to_owned());
    vec![
        (sheet, 1, 2, s("Example Grid Co.")),
        (sheet, 2, 2, s("Dispatch system")),
        (sheet, 3, 2, s("CII-0001")),
        (sheet, 4, 2, s("Dispatch control")),
        (sheet, 5, 2, s("Li Wei")),
        // 2025-06-30 as the text a script might write.
        (sheet, 6, 2, s("2025/6/30")),
    ]
}

#[test]
fn a_workbook_filled_by_a_script_scores_as_the_same_answers_in_json() {
    // Row 20 (0-based 19) is 7.4.c: the 19th requirement in the standard's order.
    let mut edits = metadata_edits("基本信息");
    edits.extend([
        ("结果", 19, 4, Data::String("部分符合".into())),
        ("结果", 19, 5, Data::String("记录".into())),
        ("结果", 19, 6, Data::String("Training ledger 2024".into())),
        // A date as a serial number: 45667 is 2025-01-10.
        ("结果", 19, 7, Data::Float(45667.0)),
        ("结果", 19, 10, Data::String("HR".into())),
        ("结果", 1, 4, Data::String("implemented".into())),
        ("结果", 1, 5, Data::String("document".into())),
        ("结果", 1, 6, Data::String("Policy v3".into())),
        ("结果", 2, 4, Data::String("Not Applicable".into())),
        ("结果", 2, 9, Data::String("No such system".into())),
        ("事实", 3, 2, Data::String("24".into())),
    ]);
    let back = import(&filled(Lang::Zh, &edits)).unwrap();
    let json = parse(
        r#"{
      "metadata": {"organisation": "Example Grid Co.", "cii_name": "Dispatch system",
        "cii_identifier": "CII-0001", "scope": "Dispatch control", "assessor": "Li Wei",
        "assessment_date": "2025-06-30", "catalog_version": "0.2.0"},
      "results": [
        {"requirement": "6.1.a", "status": "implemented",
         "evidence": [{"kind": "document", "reference": "Policy v3"}]},
        {"requirement": "6.1.b", "status": "not_applicable", "justification": "No such system"},
        {"requirement": "7.4.c", "status": "partially_implemented",
         "evidence": [{"kind": "record", "reference": "Training ledger 2024", "date": "2025-01-10"}],
         "remediation": {"owner": "HR"}}
      ],
      "facts": {"training_hours_per_person_year": 24}
    }"#,
    )
    .unwrap();
    assert_eq!(back.document, json);
    let (a, b) = (
        assess(&back.document, &AssessOptions::default()),
        assess(&json, &AssessOptions::default()),
    );
    assert_eq!(a.scores, b.scores);
    assert_eq!(a.requirements[18].status, Status::PartiallyImplemented);
    assert_eq!(back.cell("/results/2/status").as_deref(), Some("结果!E20"));
    assert_eq!(
        back.cell("/facts/training_hours_per_person_year")
            .as_deref(),
        Some("事实!C4")
    );
    // A requirement left blank is reported at its row's status cell.
    let missing = a
        .diagnostics
        .iter()
        .find(|d| d.requirement.map(gbt39204::RequirementId::as_str) == Some("6.1.c"))
        .unwrap();
    assert_eq!(back.cell_for(missing).as_deref(), Some("结果!E4"));
}

#[test]
fn bad_cells_are_all_reported_with_cell_and_pointer() {
    let mut edits = metadata_edits("Metadata");
    edits.extend([
        ("Results", 1, 4, Data::String("done".into())),
        ("Results", 3, 4, Data::String("implemented".into())),
        ("Results", 3, 5, Data::String("document".into())),
        ("Results", 3, 7, Data::String("last spring".into())),
        (
            "Results",
            4,
            8,
            Data::String("a note without a status".into()),
        ),
        ("Facts", 1, 2, Data::Float(7.0)),
        ("Facts", 3, 2, Data::Float(30.5)),
        ("Facts", 7, 2, Data::String("moon".into())),
        ("Facts", 9, 2, Data::String("maybe".into())),
    ]);
    let Err(ImportError::Cells(errors)) = import(&filled(Lang::En, &edits)) else {
        panic!("expected cell errors");
    };
    let found: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.cell.as_str(), e.pointer.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            // Rows 2, 4 and 5 hold results 0, 1 and 2 (row 3 is left blank).
            ("Results!E2", "/results/0/status"),
            ("Results!H4", "/results/1/evidence/0/date"),
            ("Results!E5", "/results/2/status"),
            ("Facts!C2", "/facts/mlps_level"),
            ("Facts!C4", "/facts/training_hours_per_person_year"),
            ("Facts!C8", "/facts/operations_location"),
            (
                "Facts!C10",
                "/facts/supplier_ip_licence_covers_service_life"
            ),
        ]
    );
    assert!(
        errors[0]
            .message
            .contains("choose one of 符合 / implemented"),
        "{}",
        errors[0]
    );
    assert!(errors[1].message.contains("not a date"), "{}", errors[1]);
}

/// A workbook with the English template's text copied into fresh sheets (so that a test
/// can add what `rust_xlsxwriter` writes: formulas, merged ranges), its metadata filled in,
/// and `edit` applied to each sheet by name.
fn rebuilt_template(mut edit: impl FnMut(&str, &mut rust_xlsxwriter::Worksheet)) -> Workbook {
    let mut book = Workbook::new();
    let source = template(Lang::En, None).unwrap();
    let mut src = open(&source);
    for name in src.sheet_names() {
        let range = src.worksheet_range(&name).unwrap();
        let sheet = book.add_worksheet();
        sheet.set_name(&name).unwrap();
        for (r, c, d) in range.used_cells() {
            if let Data::String(s) = d {
                sheet
                    .write_string(u32::try_from(r).unwrap(), u16::try_from(c).unwrap(), s)
                    .unwrap();
            }
        }
        if name == "Metadata" {
            for (row, v) in [
                (1, "O"),
                (2, "D"),
                (3, "C"),
                (4, "S"),
                (5, "A"),
                (6, "2025-06-30"),
            ] {
                sheet.write_string(row, 2, v).unwrap();
            }
        }
        edit(&name, sheet);
    }
    book
}

#[test]
fn formulas_are_not_evaluated_their_saved_value_is_read() {
    let mut book = rebuilt_template(|name, sheet| {
        if name == "Facts" {
            // The formula would give 40; the value saved with it says 24.
            sheet
                .write_formula(
                    3,
                    2,
                    rust_xlsxwriter::Formula::new("=20*2").set_result("24"),
                )
                .unwrap();
        }
    });
    let back = import(&book.save_to_buffer().unwrap()).unwrap();
    assert_eq!(back.document.facts.training_hours_per_person_year, Some(24));
    assert_eq!(back.notes.len(), 1);
    assert!(
        back.notes[0].starts_with("Facts!C4 holds a formula"),
        "{:?}",
        back.notes
    );
}

fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

#[test]
fn hostile_workbooks_are_refused_before_they_are_read() {
    // Not a zip at all; a JSON document; nothing.
    for bytes in [&b"hello"[..], br#"{"metadata": {}}"#, b""] {
        assert!(matches!(import(bytes), Err(ImportError::NotAWorkbook(_))));
    }
    // Too large a file.
    let big = vec![0u8; MAX_WORKBOOK_BYTES + 1];
    assert!(matches!(import(&big), Err(ImportError::TooLarge { .. })));
    // A zip bomb: 65 MiB of zeros deflate to about 64 kB.
    let zeros = vec![0u8; usize::try_from(MAX_UNPACKED_BYTES).unwrap() + 1024 * 1024];
    let bomb = zip_with(&[("xl/worksheets/sheet1.xml", &zeros)]);
    assert!(bomb.len() < 200_000);
    let e = import(&bomb).unwrap_err();
    assert!(matches!(e, ImportError::Refused(_)), "{e}");
    assert!(e.to_string().contains("unpack to more than 64 MiB"), "{e}");
    // A sheet reaching the last cell: calamine would allocate a dense 17-billion-cell grid.
    let far = zip_with(&[(
        "xl/worksheets/sheet1.xml",
        br#"<worksheet><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>"#,
    )]);
    let e = import(&far).unwrap_err();
    assert!(
        e.to_string().contains("reaches row 1048576, column 16384"),
        "{e}"
    );
    // A workbook without the results sheet.
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Sheet1").unwrap();
    let e = import(&book.save_to_buffer().unwrap()).unwrap_err();
    assert!(
        matches!(e, ImportError::MissingSheet { en: "Results", .. }),
        "{e}"
    );
}

fn cell_value() -> impl Strategy<Value = Data> {
    prop_oneof![
        Just(Data::Empty),
        "[ -~]{0,12}".prop_map(Data::String),
        prop::sample::select(vec![
            "符合",
            "不适用",
            "partial",
            "yes",
            "否",
            "境内",
            "2025-06-30",
            "#REF",
            "7.4.c",
            ""
        ])
        .prop_map(|s| Data::String(s.to_owned())),
        any::<f64>().prop_map(Data::Float),
        (-5i64..70_000).prop_map(Data::Int),
        any::<bool>().prop_map(Data::Bool),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever a script writes into the template's cells, import returns a document or
    /// cell errors naming real cells; never a panic.
    #[test]
    fn any_filled_template_imports_or_names_its_bad_cells(
        edits in prop::collection::vec(
            (prop::sample::select(vec!["Results", "Metadata", "Facts", "Key posts"]), 0u32..130, 0u16..14, cell_value()),
            0..40,
        )
    ) {
        let edits: Vec<(&str, u32, u16, Data)> = edits;
        match import(&filled(Lang::En, &edits)) {
            Ok(back) => {
                let _ = assess(&back.document, &AssessOptions::default());
            }
            Err(ImportError::Cells(errors)) => {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(e.cell.contains('!') && (e.pointer.starts_with('/')), "{e}");
                }
            }
            Err(other) => prop_assert!(false, "{other}"),
        }
    }

    /// Documents with any statuses, evidence counts and dates survive the round trip.
    #[test]
    fn generated_documents_survive_the_round_trip(
        picks in prop::collection::vec((0usize..111, 0usize..5, 0usize..4, 0i32..2000), 0..30),
        lang in prop::sample::select(vec![Lang::En, Lang::Zh]),
    ) {
        let mut doc = parse(SAMPLE).unwrap();
        doc.results.truncate(0);
        let mut seen = std::collections::BTreeSet::new();
        for (i, status, evidence, day) in picks {
            if !seen.insert(i) {
                continue;
            }
            let id = gbt39204::catalog::requirements()[i].id;
            let date = jiff::civil::date(2023, 1, 1)
                .checked_add(jiff::Span::new().days(i64::from(day)))
                .unwrap();
            let evidence: Vec<_> = (0..evidence)
                .map(|k| gbt39204::assessment::Evidence {
                    kind: gbt39204::assessment::EvidenceKind::Record,
                    reference: format!("ref {k} | <x>").into(),
                    date: (k % 2 == 0).then_some(date),
                })
                .collect();
            doc.results.push(gbt39204::assessment::RequirementResult {
                requirement: id.to_string().into(),
                status: [Status::Implemented, Status::PartiallyImplemented, Status::NotImplemented,
                    Status::NotApplicable, Status::NotAssessed][status],
                evidence,
                notes: (day % 3 == 0).then(|| "note\nwith a line break".into()),
                justification: None,
                remediation: None,
                extensions: None,
            });
        }
        doc.results.sort_by_key(|r| gbt39204::catalog::position(r.requirement.parse().unwrap()));
        let back = import(&template(lang, Some(&doc)).unwrap()).unwrap();
        prop_assert_eq!(back.document, doc);
    }
}

#[test]
fn a_merged_range_is_read_from_its_top_left_cell_and_other_sheets_are_ignored() {
    let mut book = rebuilt_template(|name, sheet| {
        if name == "Results" {
            sheet.write_string(1, 4, "not implemented").unwrap();
            // Notes and justification merged into one cell (I2:J2).
            sheet
                .merge_range(1, 8, 1, 9, "merged note", &rust_xlsxwriter::Format::new())
                .unwrap();
        }
    });
    // A hidden sheet of the user's own, with a cell far out: ignored.
    let extra = book.add_worksheet();
    extra.set_name("Scratch").unwrap();
    extra.write_string(500, 40, "ignored").unwrap();
    extra.set_hidden(true);
    let back = import(&book.save_to_buffer().unwrap()).unwrap();
    let r = &back.document.results[0];
    assert_eq!(
        (&*r.requirement, r.status),
        ("6.1.a", Status::NotImplemented)
    );
    assert_eq!(r.notes.as_deref(), Some("merged note"));
    assert_eq!(r.justification, None);
    assert_eq!(back.document.results.len(), 1);
}
