//! `gbt39204 crosswalk`: GB/T 39204-2022 to MLPS 2.0, NIST CSF 2.0, ISO/IEC 27001:2022,
//! the CII Regulation and the Cybersecurity Law — forward, reverse, coverage, inference
//! and a framework's control list. All five mapping sets are curated by this project,
//! not official.

use std::io::{self, Write};

use crate::mapping::{
    self, BuiltinFramework, Confidence, ControlResult, Coverage, Crosswalk, Filter, Forward,
    Mapping, Provenance, Relationship, Totals,
};
use crate::{Lang, RequirementId};
use clap::ArgGroup;
use strum::IntoEnumIterator;

use super::{Failure, bad};

/// `gbt39204 crosswalk`.
#[derive(clap::Args)]
#[command(group(ArgGroup::new("mode").required(true).args(["requirement", "reverse", "coverage", "infer", "increment", "controls"])))]
pub(super) struct Args {
    /// A GB/T 39204 requirement to map forward, e.g. 7.9.b (lenient: 7.9b, 7.9 b)).
    requirement: Option<RequirementId>,
    /// The target framework (for a requirement: all five when omitted).
    #[arg(long)]
    framework: Option<BuiltinFramework>,
    /// A control of --framework to map back to GB/T 39204, e.g. A.5.19.
    #[arg(long, requires = "framework")]
    reverse: Option<String>,
    /// Coverage of GB/T 39204 by the --implemented controls of this framework.
    #[arg(long, requires = "implemented")]
    coverage: Option<BuiltinFramework>,
    /// Implemented controls, comma-separated, e.g. A.5.19,A.5.20,A.5.21.
    #[arg(long, value_delimiter = ',')]
    implemented: Option<Vec<String>>,
    /// Propose GB/T 39204 results from --results of an assessment against this framework.
    #[arg(long, requires = "results")]
    infer: Option<BuiltinFramework>,
    /// Per-control results, comma-separated CONTROL=RESULT with RESULT one of pass,
    /// partial, fail, `not_assessed`; e.g. A.5.20=fail,A.6.3=pass.
    #[arg(long, value_delimiter = ',')]
    results: Option<Vec<String>>,
    /// What GB/T 39204 asks beyond a programme implementing every control of this
    /// framework (for mlps-2019-l3: beyond MLPS level 3, whose level floor it meets).
    #[arg(long)]
    increment: Option<BuiltinFramework>,
    /// List the controls of this framework (ID, parent, title).
    #[arg(long)]
    controls: Option<BuiltinFramework>,
    /// Keep only rows with these relationships (comma-separated OSCAL names).
    #[arg(long, value_delimiter = ',')]
    relationship: Vec<Relationship>,
    /// Keep only rows of at least this confidence: low, medium or high.
    #[arg(long, default_value = "low")]
    min_confidence: Confidence,
    /// Language of titles: zh or en.
    #[arg(long, default_value = "zh")]
    lang: Lang,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub(super) fn run(args: &Args, out: &mut dyn Write) -> Result<(), Failure> {
    let filter = if args.relationship.is_empty() {
        Filter::ANY
    } else {
        Filter::only(&args.relationship)
    }
    .min_confidence(args.min_confidence);

    if let Some(id) = args.requirement {
        let frameworks: Vec<BuiltinFramework> = match args.framework {
            Some(f) => vec![f],
            None => BuiltinFramework::iter().collect(),
        };
        Ok(forward(args, out, id, &frameworks, filter)?)
    } else if let (Some(control), Some(framework)) = (&args.reverse, args.framework) {
        reverse(args, out, framework.crosswalk(), control, filter)
    } else if let (Some(framework), Some(implemented)) = (args.coverage, &args.implemented) {
        coverage(args, out, framework.crosswalk(), implemented)
    } else if let (Some(framework), Some(results)) = (args.infer, &args.results) {
        infer(args, out, framework.crosswalk(), results)
    } else if let Some(framework) = args.increment {
        Ok(increment(args, out, framework)?)
    } else if let Some(framework) = args.controls {
        Ok(controls(args, out, framework)?)
    } else {
        Err(bad(
            "give a requirement, --reverse CONTROL --framework ID, --coverage ID --implemented LIST or --infer ID --results LIST, --increment ID or --controls ID",
        ))
    }
}

fn json(out: &mut dyn Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

fn header(out: &mut dyn Write, walk: &Crosswalk<'_>, lang: Lang) -> io::Result<()> {
    let f = walk.framework();
    let provenance = match walk.mapping_set().provenance() {
        Provenance::Curated => "curated mapping, not official",
        Provenance::Official => "official mapping",
    };
    writeln!(
        out,
        "{} — {}, {} [{provenance}]",
        f.id(),
        f.name(lang),
        f.version()
    )
}

fn row(out: &mut dyn Write, walk: &Crosswalk<'_>, m: &Mapping, lang: Lang) -> io::Result<()> {
    let title = walk
        .framework()
        .control(&m.control)
        .map_or("", |c| c.title.get(lang));
    writeln!(
        out,
        "  {:<16} {:<10} [{:<6}] {}",
        m.relationship.to_string(),
        m.control,
        m.confidence.to_string(),
        title
    )?;
    writeln!(out, "  {:<16} {}", "", m.rationale)
}

fn forward(
    args: &Args,
    out: &mut dyn Write,
    id: RequirementId,
    frameworks: &[BuiltinFramework],
    filter: Filter,
) -> io::Result<()> {
    let answers: Vec<Forward<'static>> = frameworks
        .iter()
        .map(|f| f.crosswalk().lookup(id, filter))
        .collect();
    if args.json {
        return if let [one] = answers.as_slice() {
            json(out, one)
        } else {
            json(out, &answers)
        };
    }
    let lang = args.lang;
    writeln!(out, "{id} {}", id.requirement().title(lang))?;
    for (f, answer) in frameworks.iter().zip(&answers) {
        let walk = f.crosswalk();
        writeln!(out)?;
        header(out, &walk, lang)?;
        if let Some(gap) = answer.gap {
            writeln!(out, "  no counterpart: {}", gap.reason)?;
        } else if answer.mappings.is_empty() {
            writeln!(out, "  no rows pass the filter")?;
        }
        for m in &answer.mappings {
            row(out, &walk, m, lang)?;
        }
    }
    Ok(())
}

fn reverse(
    args: &Args,
    out: &mut dyn Write,
    walk: Crosswalk<'static>,
    control: &str,
    filter: Filter,
) -> Result<(), Failure> {
    let back = walk.reverse(control, filter).map_err(bad)?;
    if args.json {
        return Ok(json(out, &back)?);
    }
    let lang = args.lang;
    header(out, &walk, lang)?;
    writeln!(out, "{} {}", back.control.id, back.control.title.get(lang))?;
    if back.mappings.is_empty() {
        writeln!(
            out,
            "  no GB/T 39204 requirement maps here (with this filter)"
        )?;
    }
    for m in &back.mappings {
        writeln!(
            out,
            "  {:<7} {:<16} [{:<6}] {}",
            m.requirement.to_string(),
            m.relationship.to_string(),
            m.confidence.to_string(),
            m.requirement.requirement().title(lang)
        )?;
        writeln!(out, "  {:<7} {}", "", m.rationale)?;
    }
    Ok(())
}

fn coverage(
    args: &Args,
    out: &mut dyn Write,
    walk: Crosswalk<'static>,
    implemented: &[String],
) -> Result<(), Failure> {
    let report = walk.coverage(implemented).map_err(bad)?;
    if args.json {
        return Ok(json(out, &report)?);
    }
    let lang = args.lang;
    header(out, &walk, lang)?;
    writeln!(out, "implemented: {}\n", report.implemented.join(", "))?;
    writeln!(out, "{:<7} {:<34} through", "ID", "coverage")?;
    for r in &report.requirements {
        let through: Vec<String> = r
            .contributing
            .iter()
            .map(|m| format!("{} ({})", m.control, m.relationship))
            .collect();
        let line = format!(
            "{:<7} {:<34} {}",
            r.requirement.to_string(),
            r.coverage.name(lang),
            through.join(", ")
        );
        writeln!(out, "{}", line.trim_end())?;
    }
    writeln!(out)?;
    for d in &report.domains {
        totals_line(out, d.domain.name(lang), d.totals, lang)?;
    }
    totals_line(out, "GB/T 39204-2022", report.totals, lang)?;
    Ok(())
}

fn totals_line(out: &mut dyn Write, label: &str, t: Totals, lang: Lang) -> io::Result<()> {
    writeln!(
        out,
        "{:<30} {} {}, {} {}, {} {}",
        label,
        t.covered,
        Coverage::Covered.name(lang),
        t.partial,
        Coverage::Partial.name(lang),
        t.not_covered,
        Coverage::NotCovered.name(lang)
    )
}

fn infer(
    args: &Args,
    out: &mut dyn Write,
    walk: Crosswalk<'static>,
    results: &[String],
) -> Result<(), Failure> {
    let mut parsed = Vec::new();
    for (i, item) in results.iter().enumerate() {
        let Some((control, result)) = item.split_once('=') else {
            return Err(bad(format_args!(
                "--results item {i} `{item}`: write CONTROL=RESULT, e.g. A.5.20=fail"
            )));
        };
        let result: ControlResult = result
            .parse()
            .map_err(|e| bad(format_args!("--results item {i}: {e}")))?;
        parsed.push((control.to_owned(), result));
    }
    let report = walk.infer(parsed).map_err(bad)?;
    if args.json {
        return Ok(json(out, &report)?);
    }
    let lang = args.lang;
    header(out, &walk, lang)?;
    writeln!(
        out,
        "{:<7} {:<16} {:<7} through",
        "ID", "proposed", "review"
    )?;
    for r in &report.requirements {
        let through: Vec<String> = r
            .paths
            .iter()
            .map(|p| {
                let hops: Vec<String> = p
                    .hops
                    .iter()
                    .map(|h| format!("{} {}", h.relationship, h.control))
                    .collect();
                format!("{} = {}", hops.join(" → "), p.result)
            })
            .collect();
        let line = format!(
            "{:<7} {:<16} {:<7} {}",
            r.requirement.to_string(),
            r.status.name(lang),
            if r.needs_review { "yes" } else { "" },
            through.join("; ")
        );
        writeln!(out, "{}", line.trim_end())?;
    }
    let t = report.totals;
    writeln!(
        out,
        "\nmet {}, partially met {}, not met {}, not assessed {}, not covered {} ({} need review)",
        t.met, t.partially_met, t.not_met, t.not_assessed, t.not_covered, t.needs_review
    )?;
    Ok(())
}

fn controls(args: &Args, out: &mut dyn Write, framework: BuiltinFramework) -> io::Result<()> {
    let f = framework.framework();
    if args.json {
        return json(out, &f.controls());
    }
    header(out, &framework.crosswalk(), args.lang)?;
    for c in f.controls() {
        writeln!(
            out,
            "  {:<12} {:<10} {}",
            c.id,
            c.parent.as_deref().unwrap_or(""),
            c.title.get(args.lang)
        )?;
    }
    Ok(())
}

fn increment(args: &Args, out: &mut dyn Write, framework: BuiltinFramework) -> io::Result<()> {
    let walk = framework.crosswalk();
    let report = if framework == BuiltinFramework::Mlps2019L3 {
        mapping::beyond_mlps_level3()
    } else {
        walk.increment(&[])
    };
    if args.json {
        return json(out, &report);
    }
    let lang = args.lang;
    header(out, &walk, lang)?;
    writeln!(
        out,
        "What GB/T 39204-2022 asks beyond a programme that implements every control{}",
        if report.met_by_programme.is_empty() {
            ""
        } else {
            " (the MLPS-level floor at 7.1 taken as met)"
        }
    )?;
    for coverage in [Coverage::NotCovered, Coverage::Partial, Coverage::Covered] {
        let items: Vec<_> = report.with(coverage).collect();
        writeln!(out, "\n{} ({}):", coverage.name(lang), items.len())?;
        for item in items {
            let id = item.requirement;
            writeln!(
                out,
                "  {:<9} {}",
                id.to_string(),
                id.requirement().title(lang)
            )?;
            if coverage == Coverage::Covered {
                continue;
            }
            if let Some(gap) = item.gap {
                writeln!(out, "  {:<9} no counterpart: {}", "", gap.reason)?;
            }
            for o in &item.hard_numbers_left {
                writeln!(out, "  {:<9} left: {} (not covered)", "", o.describe(lang))?;
            }
            for m in &item.rows {
                writeln!(
                    out,
                    "  {:<9} {} {}: {}",
                    "", m.relationship, m.control, m.rationale
                )?;
            }
        }
    }
    writeln!(
        out,
        "\nHard numbers not covered by {}:",
        walk.framework().id()
    )?;
    for (id, o) in report.hard_numbers_left() {
        writeln!(out, "  {:<9} {}", id.to_string(), o.describe(lang))?;
    }
    let t = report.totals;
    writeln!(
        out,
        "\ncovered {}, partly covered {}, not covered {}",
        t.covered, t.partial, t.not_covered
    )
}
