//! `gbt39204 query`: full-text search and/or filters over the catalog. Filters combine
//! with AND; a filter given several times ORs its values. With `--text` the hits are
//! ranked and the matched parts shown in 【】; without it they come in the standard's
//! order. `--json` prints an array of hits with `id`, `score` and `matched`.

use std::io::{self, Write};
use std::ops::Range;
use std::str::FromStr;

use super::{Failure, bad};
use crate::query::{Field, Hit, IdPrefix, Query};
use crate::{Clause, Domain, Lang, Measure, ObligationKind, Party, Principle, Topic};

/// `gbt39204 query`: search and filter the requirements.
#[derive(clap::Args)]
pub(super) struct Args {
    /// Free text in Chinese and/or English, e.g. 供应链, "log retention", "7.9 供应商".
    #[arg(long)]
    text: Option<String>,
    /// Domain (clause 6 to 11), e.g. active-defense or 10.
    #[arg(long)]
    domain: Vec<Domain>,
    /// Sub-clause number, e.g. 7.9.
    #[arg(long)]
    clause: Vec<Clause>,
    /// ID prefix: 7. (clause 7), 7.9 (sub-clause 7.9, not 7.10 for 7.1) or 7.9.c.
    #[arg(long)]
    prefix: Vec<IdPrefix>,
    /// Basic principle: P1, P2, P3 or its name.
    #[arg(long)]
    principle: Vec<Principle>,
    /// Topic, e.g. supply-chain, logging, data.
    #[arg(long)]
    topic: Vec<Topic>,
    /// Measure kind: management or technical.
    #[arg(long)]
    measure: Vec<Measure>,
    /// Responsible party, e.g. operator, chief-cybersecurity-officer.
    #[arg(long)]
    party: Vec<Party>,
    /// Quantitative obligation kind (e.g. training-hours, log-retention) or `any`.
    #[arg(long)]
    obligation: Vec<ObligationArg>,
    /// Language of the titles and highlights: zh or en.
    #[arg(long, default_value = "zh")]
    lang: Lang,
    /// Show at most this many results.
    #[arg(long)]
    limit: Option<usize>,
    /// Print the hits as a JSON array instead of a table.
    #[arg(long)]
    json: bool,
}

/// `--obligation`: a kind, or `any`.
#[derive(Clone, Copy)]
enum ObligationArg {
    Any,
    Kind(ObligationKind),
}

impl FromStr for ObligationArg {
    type Err = crate::ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("any") {
            return Ok(ObligationArg::Any);
        }
        s.parse().map(ObligationArg::Kind)
    }
}

pub(super) fn run(args: &Args, out: &mut dyn Write) -> Result<(), Failure> {
    let query = build(args).map_err(bad)?;
    let mut hits = query.search();
    hits.truncate(args.limit.unwrap_or(usize::MAX));
    Ok(print(args, &hits, out)?)
}

fn build(args: &Args) -> Result<Query, crate::query::SearchError> {
    let mut q = Query::new();
    q = args.domain.iter().fold(q, |q, &d| q.domain(d));
    q = args.clause.iter().fold(q, |q, &c| q.clause(c));
    q = args.prefix.iter().fold(q, |q, &p| q.id_prefix(p));
    q = args.principle.iter().fold(q, |q, &p| q.principle(p));
    q = args.topic.iter().fold(q, |q, &t| q.topic(t));
    q = args.measure.iter().fold(q, |q, &m| q.measure(m));
    q = args.party.iter().fold(q, |q, &p| q.responsible(p));
    q = args.obligation.iter().fold(q, |q, &o| match o {
        ObligationArg::Any => q.with_obligation(),
        ObligationArg::Kind(k) => q.obligation(k),
    });
    match &args.text {
        Some(text) => q.text(text),
        None => Ok(q),
    }
}

fn print(args: &Args, hits: &[Hit], out: &mut dyn Write) -> io::Result<()> {
    if args.json {
        serde_json::to_writer_pretty(&mut *out, hits)?;
        return writeln!(out);
    }
    let lang = args.lang;
    let ranked = args.text.is_some();
    for (rank, hit) in hits.iter().enumerate() {
        let r = hit.requirement;
        if ranked {
            write!(out, "{:>3}. {:<7} {:>7.2}  ", rank + 1, r.id, hit.score)?;
        } else {
            write!(out, "{:<7} {:<12} ", r.id, r.measure.name(lang))?;
        }
        writeln!(out, "{}", r.title(lang))?;
        for h in highlights(hit, lang) {
            writeln!(out, "      {}: {}", h.label, mark(&h))?;
        }
    }
    let what = match (ranked, hits.len()) {
        (true, 1) => "hit",
        (true, _) => "hits",
        (false, 1) => "requirement",
        (false, _) => "requirements",
    };
    writeln!(out, "\n{} {what}", hits.len())
}

/// One field to show with its matched parts.
struct Highlight {
    label: String,
    text: &'static str,
    ranges: Vec<Range<usize>>,
}

/// The matched fields worth showing in `lang` (and the ID), each with its ranges.
fn highlights(hit: &Hit, lang: Lang) -> Vec<Highlight> {
    let mut shown: Vec<Highlight> = Vec::new();
    for m in &hit.matched {
        let label = match m.field {
            Field::Id => "id".to_owned(),
            Field::Title { lang: l } if l == lang => "title".to_owned(),
            Field::Statement { lang: l } if l == lang => "statement".to_owned(),
            Field::Clause { lang: l } if l == lang => "sub-clause".to_owned(),
            Field::Domain { lang: l } if l == lang => "domain".to_owned(),
            Field::Topic { topic, lang: l } if l == lang => format!("topic {topic}"),
            Field::Obligation { kind, lang: l } if l == lang => format!("obligation {kind}"),
            _ => continue,
        };
        match shown.last_mut() {
            Some(last) if last.label == label && last.text == m.text => {
                last.ranges.push(m.range.clone());
            }
            _ => shown.push(Highlight {
                label,
                text: m.text,
                ranges: vec![m.range.clone()],
            }),
        }
    }
    shown
}

/// The text with each matched range wrapped in 【】.
fn mark(h: &Highlight) -> String {
    let mut marked = String::with_capacity(h.text.len() + 6 * h.ranges.len());
    let mut at = 0;
    for range in &h.ranges {
        let (Some(before), Some(inside)) = (h.text.get(at..range.start), h.text.get(range.clone()))
        else {
            continue;
        };
        marked.push_str(before);
        marked.push('【');
        marked.push_str(inside);
        marked.push('】');
        at = range.end;
    }
    marked.push_str(h.text.get(at..).unwrap_or_default());
    marked
}
