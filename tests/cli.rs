//! The `gbt39204` command as a user runs it: subcommands, `-` for standard input and
//! output, exit codes 0 / 1 / 2, encodings, the workbook workflow.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_gbt39204");
const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn data_subcommands_print_text_or_json() {
    let o = run(&["catalog", "--json"], b"");
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["requirements"].as_array().unwrap().len(), 111);

    let o = run(&["query", "--text", "日志", "--json"], b"");
    let hits: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(hits[0]["id"], "7.5.4");

    let o = run(&["crosswalk", "--controls", "iso27001-2022", "--json"], b"");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let controls: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // 4 themes and 93 controls.
    assert_eq!(controls.as_array().unwrap().len(), 97);

    let o = run(
        &[
            "crosswalk",
            "7.9.g",
            "--framework",
            "iso27001-2022",
            "--json",
        ],
        b"",
    );
    assert_eq!(code(&o), 0);
}

#[test]
fn bad_input_exits_2_and_says_what_to_fix() {
    let o = run(&["crosswalk", "7.4.x"], b"");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("7.4.a"), "{}", stderr(&o));
    let o = run(&["assess", "/no/such/file.json"], b"");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).starts_with("error: cannot read /no/such/file.json"));
    let o = run(&["assess", "-"], b"[]");
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("the document must be an object with `metadata` and `results`"),
        "{}",
        stderr(&o)
    );
    let o = run(&["frobnicate"], b"");
    assert_eq!(code(&o), 2);
}

#[test]
fn an_unwritable_output_exits_1() {
    let o = run(&["assess", "--out", "/no/such/dir/report.md"], b"");
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).starts_with("error: cannot write the output"));
}

#[test]
fn a_bom_file_is_assessed_and_a_gbk_file_is_told_to_be_saved_as_utf8() {
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(SAMPLE.as_bytes());
    let o = run(&["assess", "-", "--format", "json"], &bom);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let a: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        a["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "byte_order_mark" && d["severity"] == "info")
    );
    // 国家电网 in GBK.
    let mut gbk = br#"{"metadata": {"organisation": ""#.to_vec();
    gbk.extend_from_slice(b"\xB9\xFA\xBC\xD2\xB5\xE7\xCD\xF8\"}}");
    let o = run(&["assess", "-"], &gbk);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("looks like GBK (GB 18030), not UTF-8: save it as UTF-8"),
        "{}",
        stderr(&o)
    );
    let utf16: Vec<u8> = SAMPLE.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let o = run(&["assess", "-"], &utf16);
    assert!(stderr(&o).contains("this file is UTF-16 (little-endian): save it as UTF-8"));
}

#[test]
fn template_import_assess_through_pipes() {
    let template = run(
        &["template", "--lang", "en", "--from", "-", "--out", "-"],
        SAMPLE.as_bytes(),
    );
    assert_eq!(code(&template), 0, "{}", stderr(&template));
    assert!(template.stdout.starts_with(b"PK\x03\x04"));
    let imported = run(&["import", "-"], &template.stdout);
    assert_eq!(code(&imported), 0, "{}", stderr(&imported));
    // The findings name the cell and the pointer.
    assert!(
        stderr(&imported).contains("error: Results!J"),
        "{}",
        stderr(&imported)
    );
    let back: serde_json::Value = serde_json::from_slice(&imported.stdout).unwrap();
    let sample: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    assert_eq!(back, sample);
    // The workbook itself can be assessed; the report is the JSON document's, bar the hash.
    let args = [
        "assess",
        "-",
        "--format",
        "markdown",
        "--generated-at",
        "2025-07-01T08:00:00Z",
    ];
    let from_xlsx = run(&args, &template.stdout);
    let from_json = run(&args, SAMPLE.as_bytes());
    let strip = |o: &Output| {
        let text = String::from_utf8(o.stdout.clone()).unwrap();
        text[..text.find("Document SHA-256").unwrap()].to_owned()
    };
    assert_eq!(strip(&from_xlsx), strip(&from_json));
    // Markdown escapes the `:` of the time (no autolinks from user text).
    assert!(strip(&from_json).contains("2025-07-01 08\\:00\\:00 UTC"));
}

#[test]
fn the_footer_carries_the_document_hash_and_an_injected_time() {
    let o = run(
        &[
            "assess",
            "-",
            "--format",
            "html",
            "--generated-at",
            "2025-07-01T08:00:00Z",
        ],
        SAMPLE.as_bytes(),
    );
    let html = String::from_utf8(o.stdout).unwrap();
    // sha256sum examples/data/sample-assessment.json
    let hash = "026ff05ad9995b2d5b0854d5cca338c80f64e81a5c303c0feb3fb6583bb1e861";
    assert!(html.contains(hash));
    assert!(html.contains("<span class=\"date\">2025-07-01</span> 08:00:00 UTC"));
    assert!(html.contains(&format!("gbt39204 {}", env!("CARGO_PKG_VERSION"))));
}
