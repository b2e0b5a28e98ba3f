//! The HTML report: one self-contained page (inline style, no script, no external asset)
//! with an inline SVG bar chart of the domain scores. Every piece of text is escaped.
//!
//! ```
//! use gbt39204::assessment::{assess, parse, AssessOptions};
//! use gbt39204::report::{render, Format};
//!
//! let doc = parse(r#"{"metadata": {"organisation": "O", "cii_name": "D",
//!   "cii_identifier": "C", "scope": "S", "assessor": "A",
//!   "assessment_date": "2025-06-30", "catalog_version": "0.2.0"}}"#).unwrap();
//! let html = render(&assess(&doc, &AssessOptions::default()), Format::Html, gbt39204::Lang::Zh);
//! assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
//! assert_eq!(html.matches("<svg").count(), 1);
//! assert!(!html.contains("<script"));
//! ```

use std::fmt::Write;

use super::outline::{Block, Cell, Table};
use super::percent;
use crate::assessment::Assessment;
use crate::model::Lang;

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1f2328;line-height:1.5}\
h1{font-size:1.6rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de}\
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;vertical-align:top;text-align:left}\
th{background:#f6f8fa;white-space:nowrap}td.num,th.num{text-align:right;white-space:nowrap}svg{max-width:100%;height:auto}\
span.date{white-space:nowrap}code{overflow-wrap:break-word;font-family:ui-monospace,'SFMono-Regular',Menlo,Consolas,monospace;font-size:.85em;background:#f6f8fa;padding:0 .2em;border-radius:3px}\
footer{margin-top:2rem;border-top:1px solid #d0d7de;padding-top:.5rem;font-size:.8rem;color:#57606a;overflow-wrap:anywhere}\
td:empty{height:2.2rem;min-width:9rem}\
@page{size:A4;margin:16mm 14mm 18mm;@bottom-right{content:counter(page) ' / ' counter(pages);font-size:9pt;color:#57606a}}\
@media print{body{margin:0;max-width:none;padding:0;font-size:10pt}h2,h3{break-after:avoid}thead{display:table-header-group}\
tr,figure{break-inside:avoid}.page-break{break-before:page}table{width:100%}th{background:#eaeef2;-webkit-print-color-adjust:exact;print-color-adjust:exact}\
svg rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

pub(super) fn render(a: &Assessment, blocks: &[Block], lang: Lang) -> String {
    let mut out = String::with_capacity(96 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(match lang {
        Lang::En => "en",
        Lang::Zh => "zh-CN",
    });
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape_into(
        &mut out,
        &format!("{} — {}", a.standard, a.metadata.organisation),
    );
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    for block in blocks {
        match block {
            Block::Title(text) => element(&mut out, "h1", text),
            Block::Heading(text) => element(&mut out, "h2", text),
            Block::Subheading(text) => element(&mut out, "h3", text),
            Block::Paragraph(runs) => {
                out.push_str("<p>");
                for run in runs {
                    cell(&mut out, run);
                }
                out.push_str("</p>\n");
            }
            Block::Table(t) => table(&mut out, t),
            Block::DomainChart(bars) => chart(&mut out, bars, lang),
            Block::PageBreak => out.push_str("<div class=\"page-break\"></div>\n"),
            Block::Footer(runs) => {
                out.push_str("<footer>");
                for run in runs {
                    cell(&mut out, run);
                }
                out.push_str("</footer>\n");
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn element(out: &mut String, tag: &str, text: &str) {
    let _ = write!(out, "<{tag}>");
    escape_into(out, text);
    let _ = writeln!(out, "</{tag}>");
}

fn cell(out: &mut String, run: &Cell) {
    if run.strong {
        out.push_str("<strong>");
        code_spans_into(out, &run.text);
        out.push_str("</strong>");
    } else {
        code_spans_into(out, &run.text);
    }
}

/// Escapes `text`, setting each `` `…` `` span (the messages quote IDs and field names
/// that way) as `<code>` instead of showing the backticks; a lone backtick stays.
fn code_spans_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let Some(len) = rest[start + 1..].find('`') else {
            break;
        };
        dates_into(out, &rest[..start]);
        out.push_str("<code>");
        // Pointers and codes may break after a `/` or `_`, and only there.
        for piece in rest[start + 1..start + 1 + len].split_inclusive(['/', '_']) {
            escape_into(out, piece);
            if piece.ends_with(['/', '_']) {
                out.push_str("<wbr>");
            }
        }
        out.push_str("</code>");
        rest = &rest[start + 2 + len..];
    }
    dates_into(out, rest);
}

/// Escapes `text`, keeping each ISO date (`2025-06-30`) on one line.
fn dates_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let is_date = |i: usize| {
        bytes.get(i..i + 10).is_some_and(|d| {
            d.iter().enumerate().all(|(k, b)| match k {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            })
        })
    };
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if is_date(i) {
            escape_into(out, &text[from..i]);
            out.push_str("<span class=\"date\">");
            out.push_str(&text[i..i + 10]);
            out.push_str("</span>");
            i += 10;
            from = i;
        } else {
            i += 1;
        }
    }
    escape_into(out, &text[from..]);
}

fn table(out: &mut String, t: &Table) {
    let class = |i: usize| {
        if t.numeric.get(i) == Some(&true) {
            " class=\"num\""
        } else {
            ""
        }
    };
    out.push_str("<table>\n<thead><tr>");
    for (i, h) in t.head.iter().enumerate() {
        let _ = write!(out, "<th{}>", class(i));
        escape_into(out, h);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            let _ = write!(out, "<td{}>", class(i));
            cell(out, c);
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A horizontal bar per domain: the score in dark blue over the coverage in light blue.
#[allow(
    clippy::cast_precision_loss,
    reason = "bar counts and indexes are at most the six domains, exact as f64"
)]
fn chart(out: &mut String, bars: &[(String, Option<f64>, Option<f64>)], lang: Lang) {
    const LABEL: f64 = 250.0;
    const BAR: f64 = 360.0;
    const ROW: f64 = 30.0;
    const TOP: f64 = 34.0;
    let legend = TOP + ROW * bars.len() as f64 + 8.0;
    let height = legend + 24.0;
    let width = LABEL + BAR + 80.0;
    let title = match lang {
        Lang::En => "Score by domain (dark) and coverage (light), in percent",
        Lang::Zh => "各领域得分（深色）与覆盖率（浅色），百分比",
    };
    let _ = write!(
        out,
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"chart-title\">\n<title id=\"chart-title\">"
    );
    escape_into(out, title);
    out.push_str("</title>\n");
    // The scale: 0, 50 and 100 % with a grid line each.
    for (percent_mark, anchor) in [(0.0, "start"), (50.0, "middle"), (100.0, "end")] {
        let x = LABEL + percent_mark / 100.0 * BAR;
        let _ = writeln!(
            out,
            "<text x=\"{x}\" y=\"16\" font-size=\"12\" fill=\"#57606a\" text-anchor=\"{anchor}\">{percent_mark} %</text><line x1=\"{x}\" y1=\"22\" x2=\"{x}\" y2=\"{}\" stroke=\"#8c959f\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>",
            legend - 6.0
        );
    }
    let (score_label, coverage_label) = match lang {
        Lang::En => ("Score", "Coverage (assessed ÷ applicable)"),
        Lang::Zh => ("得分", "覆盖率（已评估 ÷ 适用）"),
    };
    let _ = write!(
        out,
        "<rect x=\"{LABEL}\" y=\"{}\" width=\"14\" height=\"10\" fill=\"#0a58ca\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2328\">",
        legend + 3.0,
        LABEL + 20.0,
        legend + 12.0
    );
    escape_into(out, score_label);
    let _ = write!(
        out,
        "</text><rect x=\"{}\" y=\"{legend}\" width=\"14\" height=\"16\" fill=\"#b6d4fe\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2328\">",
        LABEL + 100.0,
        LABEL + 120.0,
        legend + 12.0
    );
    escape_into(out, coverage_label);
    out.push_str("</text>\n");
    for (i, (label, score, coverage)) in bars.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let length = |v: &Option<f64>| v.map_or(0.0, |v| v.clamp(0.0, 100.0) / 100.0 * BAR);
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"13\" fill=\"#1f2328\">",
            y + 15.0
        );
        escape_into(out, label);
        let _ = write!(
            out,
            "</text>\n<rect x=\"{LABEL}\" y=\"{y}\" width=\"{BAR}\" height=\"20\" fill=\"#eaeef2\"/>\
             <rect x=\"{LABEL}\" y=\"{y}\" width=\"{:.1}\" height=\"20\" fill=\"#b6d4fe\"/>\
             <rect x=\"{LABEL}\" y=\"{}\" width=\"{:.1}\" height=\"12\" fill=\"#0a58ca\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#1f2328\">",
            length(coverage),
            y + 4.0,
            length(score),
            LABEL + BAR + 8.0,
            y + 15.0
        );
        escape_into(out, &percent(*score));
        out.push_str("</text>\n");
    }
    out.push_str("</svg>\n</figure>\n");
}

/// Escapes text for HTML element content and attribute values; bidi controls are shown
/// as `[U+202E]`.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            c if super::is_bidi_control(c) => {
                let _ = write!(out, "[U+{:04X}]", u32::from(c));
            }
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_and_dates_are_marked_up_not_shown_as_markdown() {
        let mut out = String::new();
        code_spans_into(
            &mut out,
            "`7.5.2 c)` is read as `7.5.2.c` on 2025-06-30; a lone ` stays <b>",
        );
        assert_eq!(
            out,
            "<code>7.5.2 c)</code> is read as <code>7.5.2.c</code> on <span class=\"date\">2025-06-30</span>; a lone ` stays &lt;b&gt;"
        );
        out.clear();
        code_spans_into(&mut out, "`/facts/log_retention_months`");
        assert_eq!(
            out,
            "<code>/<wbr>facts/<wbr>log_<wbr>retention_<wbr>months</code>"
        );
    }

    #[test]
    fn text_is_escaped() {
        let mut out = String::new();
        escape_into(&mut out, r#"<a href="x">Tom & 'Jerry'</a>"#);
        assert_eq!(
            out,
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
        out.clear();
        escape_into(&mut out, "a\u{202E}b");
        assert_eq!(out, "a[U+202E]b");
    }
}
