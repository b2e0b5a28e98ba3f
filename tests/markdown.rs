//! User text cannot create Markdown: a report built from hostile text, rendered by a
//! renderer of `CommonMark` and GFM (comrak, with tables, strikethrough, autolinks, task lists
//! and footnotes on), has the same element tree as its benign twin, and no bidi control
//! reaches any report format.

use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, parse_document};
use gbt39204::Lang;
use gbt39204::assessment::{AssessOptions, assess, parse};
use gbt39204::report::{Format, render};
use serde_json::{Value, json};

const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

/// Hostile strings, one per kind of Markdown (and HTML) construct.
const HOSTILE: &[&str] = &[
    "*emphasis* _emphasis_ **strong** __strong__",
    "~~strike~~ ~strike~",
    "`code` ``code``",
    "[link](https://example.com) [ref][1] ![image](x.png)",
    "<https://example.com> <mail@example.com> <b>html</b> <!-- c -->",
    "https://example.com/path?q=1 and http://x.org",
    "www.example.com and WWW.EXAMPLE.ORG/path",
    "mail@example.com and a.b-c_d+e@example.co.uk",
    "&amp; &copy; &#42; &#x2A; &",
    "# heading",
    "> quote",
    "- list item",
    "+ list item",
    "1. list item",
    "2) list item",
    "    indented code",
    "```fence",
    "--- *** ___",
    "| a | b |",
    "[^1] footnote",
    "- [ ] task",
    "line\nbreak\r\nand\rmore",
    "trailing backslash \\",
    "hard  \nbreak",
    "a\u{202E}reversed\u{2066}isolate\u{2069}\u{200F}",
];

/// Every user-text field of the document set to `text`.
fn document(text: &str) -> String {
    let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();
    for key in [
        "organisation",
        "cii_name",
        "cii_identifier",
        "scope",
        "assessor",
    ] {
        doc["metadata"][key] = json!(text);
    }
    for result in doc["results"].as_array_mut().unwrap() {
        for key in ["notes", "justification"] {
            if result.get(key).is_some() {
                result[key] = json!(text);
            }
        }
        if let Some(rem) = result.get_mut("remediation") {
            rem["owner"] = json!(text);
        }
        let evidence = result.get_mut("evidence").and_then(Value::as_array_mut);
        for evidence in evidence.into_iter().flatten() {
            evidence["reference"] = json!(text);
        }
    }
    // An unknown requirement ID written by the user is echoed in the findings.
    doc["results"][0]["requirement"] = json!(text);
    doc.to_string()
}

fn report(text: &str, format: Format, lang: Lang) -> String {
    let json = document(text);
    let doc = parse(&json).unwrap();
    render(&assess(&doc, &AssessOptions::default()), format, lang)
}

/// `CommonMark` with GitHub's extensions.
fn gfm() -> Options<'static> {
    let mut options = Options::default();
    options.extension.strikethrough = true;
    options.extension.table = true;
    options.extension.autolink = true;
    options.extension.tasklist = true;
    options.extension.footnotes = true;
    options
}

/// The element tree as one line per node, text merged and left out: only structure.
fn tree(markdown: &str) -> Vec<String> {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &gfm());
    let mut out = Vec::new();
    walk(root, 0, &mut out);
    out
}

fn walk<'a>(node: &'a AstNode<'a>, depth: usize, out: &mut Vec<String>) {
    let value = &node.data.borrow().value;
    let kind = match value {
        NodeValue::Text(_) => "Text".to_owned(),
        other => {
            let debug = format!("{other:?}");
            debug
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default()
                .to_owned()
        }
    };
    let line = format!("{}{kind}", "  ".repeat(depth));
    if kind != "Text" || out.last() != Some(&line) {
        out.push(line);
    }
    for child in node.children() {
        walk(child, depth + 1, out);
    }
}

#[test]
fn hostile_text_gives_the_element_tree_of_benign_text() {
    for lang in [Lang::En, Lang::Zh] {
        let benign = tree(&report("benign", Format::Markdown, lang));
        assert!(
            benign.iter().any(|l| l.trim() == "Table"),
            "the renderer sees tables"
        );
        for hostile in HOSTILE {
            let markdown = report(hostile, Format::Markdown, lang);
            let got = tree(&markdown);
            if got != benign {
                let at = got
                    .iter()
                    .zip(&benign)
                    .position(|(a, b)| a != b)
                    .unwrap_or(0);
                panic!(
                    "{hostile:?} changes the element tree at node {at}: {:?} instead of {:?}",
                    got.get(at),
                    benign.get(at)
                );
            }
        }
    }
}

#[test]
fn the_renderer_would_see_the_constructs() {
    // The check bites: unescaped, each kind of construct changes the tree.
    let plain = tree("a benign paragraph\n");
    let options = gfm();
    for hostile in [
        "*x*",
        "~~x~~",
        "`x`",
        "[x](y)",
        "<https://x.org>",
        "www.example.com",
        "a@example.com",
        "https://x.org",
        "&amp;",
    ] {
        let raw = format!("a {hostile} paragraph\n");
        if hostile == "&amp;" {
            // An entity changes the text, not the tree: rendered, it is `&`, not `&amp;`.
            assert!(comrak::markdown_to_html(&raw, &options).contains("a &amp; paragraph"));
            continue;
        }
        assert_ne!(tree(&raw), plain, "{hostile}");
    }
}

#[test]
fn user_text_survives_as_text() {
    // What the reader sees is what the user wrote: rendered to HTML, the hostile text's
    // characters all come through (here in the organisation's name, the title).
    let text = "*a* & <b> [c](d) www.e.com f@g.com";
    let html = comrak::markdown_to_html(&report(text, Format::Markdown, Lang::En), &gfm());
    let first = html.lines().next().unwrap();
    assert!(
        first.contains("*a* &amp; &lt;b&gt; [c](d) www.e.com f@g.com"),
        "{first}"
    );
}

#[test]
fn bidi_controls_reach_no_report_format() {
    let bidi = [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
    ];
    let text: String = bidi.iter().flat_map(|c| ['x', *c]).collect();
    for format in [Format::Markdown, Format::Html, Format::Json] {
        let out = report(&text, format, Lang::En);
        assert!(
            !out.contains(&bidi[..]),
            "{format:?} carries a bidi control"
        );
        // Made visible, not dropped.
        assert!(
            out.contains("U+202E") || out.contains("\\u202e"),
            "{format:?}"
        );
    }
    // The JSON report still means the user's text: parsed back, it is there unchanged.
    let json: Value = serde_json::from_str(&report(&text, Format::Json, Lang::En)).unwrap();
    assert!(json.to_string().contains('\u{202E}'));
}
