//! The Markdown report: the outline as GitHub-flavoured Markdown, with the domain chart
//! as a text bar chart. User text is escaped so that it renders as itself and creates no
//! construct: no emphasis, code, link, image, autolink (`https://…`, `www.…`, e-mail),
//! HTML, entity, heading, list, quote or table cell (checked by rendering with comrak in
//! `tests/markdown.rs`).
//!
//! ```
//! use gbt39204::assessment::{assess, parse, AssessOptions};
//! use gbt39204::report::{render, Format};
//!
//! let doc = parse(r#"{"metadata": {"organisation": "A | B", "cii_name": "D",
//!   "cii_identifier": "C", "scope": "S", "assessor": "A",
//!   "assessment_date": "2025-06-30", "catalog_version": "0.2.0"}}"#).unwrap();
//! let md = render(&assess(&doc, &AssessOptions::default()), Format::Markdown, gbt39204::Lang::En);
//! assert!(md.starts_with("# GB/T 39204-2022 self-assessment — A \\| B\n"));
//! assert!(md.contains("| Domain | Score | Coverage |"));
//! ```

use std::fmt::Write;

use super::outline::{Block, Cell, Table};
use super::percent;
use crate::model::Lang;

pub(super) fn render(blocks: &[Block], lang: Lang) -> String {
    let mut out = String::with_capacity(32 * 1024);
    for block in blocks {
        match block {
            Block::Title(text) => line(&mut out, "# ", text),
            Block::Heading(text) => line(&mut out, "## ", text),
            Block::Subheading(text) => line(&mut out, "### ", text),
            Block::Paragraph(runs) => {
                for (i, run) in runs.iter().enumerate() {
                    // Leading space would make the paragraph code, and shows nothing.
                    cell(&mut out, run, i == 0);
                }
                out.push_str("\n\n");
            }
            Block::Table(t) => table(&mut out, t),
            Block::DomainChart(bars) => chart(&mut out, bars, lang),
            Block::PageBreak => {}
            Block::Footer(runs) => {
                out.push_str("---\n\n");
                for run in runs {
                    cell(&mut out, run, false);
                }
                out.push_str("\n\n");
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn line(out: &mut String, prefix: &str, text: &str) {
    out.push_str(prefix);
    escape_into(out, text);
    out.push_str("\n\n");
}

fn cell(out: &mut String, run: &Cell, block_start: bool) {
    let text = if block_start {
        run.text.trim_start()
    } else {
        &run.text
    };
    if run.strong {
        out.push_str("**");
        escape_into(out, text);
        out.push_str("**");
    } else {
        escape_into(out, text);
    }
}

fn table(out: &mut String, t: &Table) {
    out.push('|');
    for h in &t.head {
        out.push(' ');
        escape_into(out, h);
        out.push_str(" |");
    }
    out.push_str("\n|");
    for (i, _) in t.head.iter().enumerate() {
        out.push_str(if t.numeric.get(i) == Some(&true) {
            "--:|"
        } else {
            "---|"
        });
    }
    out.push('\n');
    for row in &t.rows {
        out.push('|');
        for c in row {
            out.push(' ');
            cell(out, c, false);
            out.push_str(" |");
        }
        out.push('\n');
    }
    out.push('\n');
}

fn chart(out: &mut String, bars: &[(String, Option<f64>, Option<f64>)], lang: Lang) {
    const WIDTH: u8 = 25;
    let width = usize::from(WIDTH);
    out.push_str("```text\n");
    let label_width = bars
        .iter()
        .map(|(l, ..)| display_width(l))
        .max()
        .unwrap_or(0);
    // The scale over the 25 columns of the bars: 0 at the first, 50 % at the middle.
    let _ = writeln!(out, "{:label_width$}  {:<11}{:<9}100 %", "", "0 %", "50 %");
    for (label, score, _) in bars {
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a float-to-int `as` saturates (negative and NaN give 0) and the result is capped at the width"
        )]
        let filled = score.map_or(0, |s| {
            ((s / 100.0 * f64::from(WIDTH)).round() as usize).min(width)
        });
        let pad = label_width - display_width(label);
        let _ = writeln!(
            out,
            "{label}{:pad$}  {}{}  {}",
            "",
            "█".repeat(filled),
            "░".repeat(width - filled),
            percent(*score)
        );
    }
    out.push_str(match lang {
        Lang::En => "█ score  ░ up to 100 %\n```\n\n",
        Lang::Zh => "█ 得分  ░ 至 100 %\n```\n\n",
    });
}

/// Terminal columns: CJK characters take two.
fn display_width(s: &str) -> usize {
    s.chars().map(|c| if c >= '\u{1100}' { 2 } else { 1 }).sum()
}

/// Escapes user text for Markdown, one line of it: line breaks become spaces, the
/// characters that open inline constructs
/// (`` \ ` * _ ~ [ ] < > & | ! # ``) are backslash-escaped everywhere, `:` and `@`
/// too (URL and e-mail autolinks), the `.` of `www.`, and a list marker (`-`, `+`,
/// `1.`, `1)`) at the start. Bidi controls are shown as `[U+202E]`.
fn escape_into(out: &mut String, text: &str) {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in text.char_indices() {
        // A list marker only counts followed by a space or the end (`1. x`, `- x`; not
        // `8.1.b` or `100.0 %`).
        let ends_marker = text[i + c.len_utf8()..]
            .chars()
            .next()
            .is_none_or(|n| n == ' ' || n == '\t');
        let list_marker = ends_marker
            && ((i == 0 && matches!(c, '-' | '+'))
                || (i == digits && i > 0 && matches!(c, '.' | ')')));
        let www = c == '.' && i >= 3 && text.as_bytes()[i - 3..i].eq_ignore_ascii_case(b"www");
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '&' | '|' | '!' | '#' | ':'
            | '@' => {
                out.push('\\');
                out.push(c);
            }
            _ if list_marker || www => {
                out.push('\\');
                out.push(c);
            }
            c if super::is_bidi_control(c) => {
                let _ = write!(out, "\\[U+{:04X}\\]", u32::from(c));
            }
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_break_a_table() {
        let mut out = String::new();
        escape_into(&mut out, "a|b\n<script>[x](y) **z**");
        assert_eq!(out, r"a\|b \<script\>\[x\](y) \*\*z\*\*");
        out.clear();
        escape_into(&mut out, "1. www.x.org a@b.c https://d");
        assert_eq!(out, r"1\. www\.x.org a\@b.c https\://d");
    }
}
