//! Does one catalog job with this crate (`ours`) or with the `oscal` crate
//! (`oscal-crate`) — load the catalog, look up one control by ID, list one group's
//! controls — once, or many times with the median time of each operation.
//! `scripts/compare-peers.sh` runs it next to compliance-trestle doing the same job.
//!
//! ```text
//! peers ours                          # do the job once and print what it found
//! peers oscal-crate --bench 101       # median ns per operation over 101 batches, as JSON
//! peers oscal-crate --catalog target/peers/oscal/catalog.json --bench 101
//! ```

mod timing;

use std::hint::black_box;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use gbt39204::{Clause, Lang, Requirement, catalog};
use oscal::Catalog;
use oscal::generated::types::{Control, Group};

/// Which implementation does the job.
#[derive(Clone, Copy, ValueEnum)]
enum Mode {
    /// This crate: the compiled-in catalog.
    Ours,
    /// The `oscal` crate: an OSCAL catalog held as JSON text, parsed at run time.
    OscalCrate,
}

#[derive(Parser)]
#[command(about = "Load a catalog, look up one control, list one group — once or timed")]
struct Args {
    /// Whose implementation does the job.
    mode: Mode,
    /// Time N batches in process and print the median nanoseconds per operation as JSON,
    /// instead of doing the job once.
    #[arg(long, value_name = "N")]
    bench: Option<usize>,
    /// With `oscal-crate`: parse this OSCAL catalog (read into memory first) instead of
    /// the embedded NIST SP 800-172, and look up `req-7.4.c` and `cl-7.9` in it.
    #[arg(long, value_name = "FILE")]
    catalog: Option<PathBuf>,
}

/// One implementation of the job.
trait Peer {
    /// What loading gives.
    type Catalog;
    /// One control.
    type Control;
    /// The catalog as loaded, for the report.
    fn describe(&self, catalog: &Self::Catalog) -> serde_json::Value;
    /// Loads the catalog.
    fn load(&self) -> Result<Self::Catalog, String>;
    /// The control sought, if the catalog has it.
    fn lookup<'a>(&self, catalog: &'a Self::Catalog) -> Option<&'a Self::Control>;
    /// The controls of the group sought, if the catalog has it.
    fn list<'a>(&self, catalog: &'a Self::Catalog) -> Option<&'a [Self::Control]>;
    /// The control's ID and title, for printing.
    fn show(control: &Self::Control) -> (&str, &str);
    /// What is sought, for messages: the control's and the group's IDs.
    fn sought(&self) -> (&str, &str);
}

/// This crate: nothing to load; `catalog::get` parses the ID as a user types it.
struct Ours;

impl Ours {
    const ID: &str = "7.4.c";
    const CLAUSE: Clause = Clause::SupplyChainSecurity;
}

impl Peer for Ours {
    type Catalog = &'static [Requirement];
    type Control = Requirement;

    fn describe(&self, catalog: &Self::Catalog) -> serde_json::Value {
        serde_json::json!({ "source": "compiled in", "controls": catalog.len() })
    }

    fn load(&self) -> Result<Self::Catalog, String> {
        Ok(catalog::requirements())
    }

    fn lookup<'a>(&self, _: &'a Self::Catalog) -> Option<&'a Requirement> {
        catalog::get(black_box(Self::ID)).ok()
    }

    fn list<'a>(&self, _: &'a Self::Catalog) -> Option<&'a [Requirement]> {
        Some(black_box(Self::CLAUSE).requirements())
    }

    fn show(r: &Requirement) -> (&str, &str) {
        (r.id.as_str(), r.title(Lang::En))
    }

    fn sought(&self) -> (&str, &str) {
        (Self::ID, Self::CLAUSE.number())
    }
}

/// The `oscal` crate: parse OSCAL JSON into its generated types, then walk them.
struct OscalCrate {
    /// The embedded catalog's name, or our exported catalog's text.
    source: Source,
    control: &'static str,
    group: &'static str,
}

enum Source {
    Embedded(&'static str),
    Text(String),
}

impl OscalCrate {
    /// Of the crate's embedded catalogs, NIST SP 800-172 is the closest to ours in size
    /// (115 controls in 17 groups against our 111 in 28 sub-clauses and 10 sub-sub-clauses).
    /// The control sought sits early in the catalog, as 7.4.c does (19th), and the group is
    /// about 7.9's size (8).
    fn embedded() -> Self {
        OscalCrate {
            source: Source::Embedded("nist-800-172"),
            control: "SP_800_172_3_0_0_03.03.03E",
            group: "SP_800_172_3_0_0_3.5",
        }
    }

    /// Our exported OSCAL catalog, read from `path`.
    fn exported(path: &PathBuf) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(OscalCrate {
            source: Source::Text(text),
            control: "req-7.4.c",
            group: "cl-7.9",
        })
    }

    fn json(&self) -> Option<&str> {
        match &self.source {
            Source::Embedded(name) => oscal::catalogs::embedded_catalog_json(name),
            Source::Text(text) => Some(text),
        }
    }
}

/// `{"catalog": …}`, as `oscal::load_catalog` reads it.
#[derive(serde::Deserialize)]
struct CatalogDoc {
    catalog: Catalog,
}

impl Peer for OscalCrate {
    type Catalog = Catalog;
    type Control = Control;

    fn describe(&self, catalog: &Catalog) -> serde_json::Value {
        let source = match &self.source {
            Source::Embedded(name) => format!("{name}, embedded"),
            Source::Text(_) => "our OSCAL export".to_owned(),
        };
        serde_json::json!({
            "source": source,
            "bytes": self.json().map(str::len),
            "controls": catalog.all_controls().len(),
        })
    }

    fn load(&self) -> Result<Catalog, String> {
        match &self.source {
            Source::Embedded(name) => oscal::load_catalog(name),
            Source::Text(text) => serde_json::from_str::<CatalogDoc>(text)
                .map(|doc| doc.catalog)
                .map_err(|e| format!("catalog parse error: {e}")),
        }
    }

    fn lookup<'a>(&self, catalog: &'a Catalog) -> Option<&'a Control> {
        find_control(&catalog.controls, &catalog.groups, black_box(self.control))
    }

    fn list<'a>(&self, catalog: &'a Catalog) -> Option<&'a [Control]> {
        find_group(&catalog.groups, black_box(self.group)).map(|g| g.controls.as_slice())
    }

    fn show(c: &Control) -> (&str, &str) {
        (&c.id, &c.title.0)
    }

    fn sought(&self) -> (&str, &str) {
        (self.control, self.group)
    }
}

/// Depth first, in document order, stopping at the first match.
fn find_control<'a>(controls: &'a [Control], groups: &'a [Group], id: &str) -> Option<&'a Control> {
    controls
        .iter()
        .find_map(|c| {
            if c.id == id {
                Some(c)
            } else {
                find_control(&c.controls, &[], id)
            }
        })
        .or_else(|| {
            groups
                .iter()
                .find_map(|g| find_control(&g.controls, &g.groups, id))
        })
}

/// Depth first, in document order, stopping at the first match.
fn find_group<'a>(groups: &'a [Group], id: &str) -> Option<&'a Group> {
    groups.iter().find_map(|g| {
        if g.id.as_deref() == Some(id) {
            Some(g)
        } else {
            find_group(&g.groups, id)
        }
    })
}

fn run<P: Peer>(peer: &P, bench: Option<usize>, out: &mut impl Write) -> Result<(), String> {
    let (control_id, group_id) = peer.sought();
    let catalog = peer.load()?;
    let control = peer
        .lookup(&catalog)
        .ok_or_else(|| format!("control {control_id} is not in the catalog"))?;
    let listed = peer
        .list(&catalog)
        .ok_or_else(|| format!("group {group_id} is not in the catalog"))?;
    let written = match bench {
        None => print_once::<P>(control, group_id, listed, out),
        Some(samples) => {
            let report = serde_json::json!({
                "catalog": peer.describe(&catalog),
                "load": timing::median_ns(samples, || peer.load().ok()),
                "lookup": timing::median_ns(samples, || peer.lookup(black_box(&catalog))),
                "list": timing::median_ns(samples, || peer.list(black_box(&catalog))),
                "load+lookup": timing::median_ns(samples, || {
                    let loaded = peer.load().ok();
                    if let Some(c) = &loaded {
                        black_box(peer.lookup(c));
                    }
                    loaded
                }),
            });
            writeln!(out, "{report}")
        }
    };
    match written {
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn print_once<P: Peer>(
    control: &P::Control,
    group_id: &str,
    listed: &[P::Control],
    out: &mut impl Write,
) -> io::Result<()> {
    let (id, title) = P::show(control);
    writeln!(out, "found {id}: {title}")?;
    write!(out, "listed {group_id}: {} controls:", listed.len())?;
    for c in listed {
        write!(out, " {}", P::show(c).0)?;
    }
    writeln!(out)
}

fn main() -> ExitCode {
    let args = Args::parse();
    let out = &mut io::stdout().lock();
    let result = match (args.mode, &args.catalog) {
        (Mode::Ours, None) => run(&Ours, args.bench, out),
        (Mode::Ours, Some(_)) => Err("--catalog goes with oscal-crate, not ours".to_owned()),
        (Mode::OscalCrate, None) => run(&OscalCrate::embedded(), args.bench, out),
        (Mode::OscalCrate, Some(path)) => {
            OscalCrate::exported(path).and_then(|peer| run(&peer, args.bench, out))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
