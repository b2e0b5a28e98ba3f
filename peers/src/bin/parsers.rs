//! Would a faster JSON parser bring parse + assess within 2× of `serde_json` reading the
//! sample into `IgnoredAny`? This reads the embedded sample into the crate's
//! `AssessmentDocument` with serde_json, sonic-rs and simd-json (simd-json parses in
//! place, so it is timed with the copy of the bytes it needs), and reads it into
//! `IgnoredAny` with sonic-rs. Each is timed in turn with serde_json's `IgnoredAny` read
//! (rounds of one batch each, the order alternating, one round discarded as warm-up) and
//! the median of the rounds' ratios is printed as a Markdown table.
//!
//! The sample is read without its document-level `extensions`: the crate keeps those as
//! a `serde_json::RawValue`, which only serde_json's deserializer fills. Every parser
//! must read the rest into a document equal to serde_json's. `scripts/compare-peers.sh`
//! runs it last.
//!
//! ```text
//! parsers --rounds 31
//! ```

use std::hint::black_box;
use std::time::Instant;

use clap::Parser;
use gbt39204::assessment::AssessmentDocument;
use serde::de::IgnoredAny;

#[derive(Parser)]
struct Args {
    /// Timed rounds per parser.
    #[arg(long, default_value_t = 31)]
    rounds: usize,
    /// Parses per batch.
    #[arg(long, default_value_t = 200)]
    batch: u32,
}

const SAMPLE: &str = include_str!("../../../examples/data/sample-assessment.json");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let mut sample: serde_json::Value = serde_json::from_str(SAMPLE)?;
    if let Some(doc) = sample.as_object_mut() {
        doc.remove("extensions");
    }
    let json = serde_json::to_string_pretty(&sample)?;
    let json = json.as_str();

    // Every parser reads the same document.
    let expected: AssessmentDocument = serde_json::from_str(json)?;
    let sonic: AssessmentDocument = sonic_rs::from_str(json)?;
    let mut bytes = json.as_bytes().to_vec();
    let simd: AssessmentDocument = simd_json::serde::from_slice(&mut bytes)?;
    assert!(sonic == expected && simd == expected);

    let floor = || {
        black_box(serde_json::from_str::<IgnoredAny>(black_box(json)).expect("JSON"));
    };
    let parsers: [(&str, &dyn Fn()); 5] = [
        ("`gbt39204::assessment::parse`", &|| {
            black_box(gbt39204::assessment::parse(black_box(json)).expect("the sample parses"));
        }),
        ("serde_json → `AssessmentDocument`", &|| {
            black_box(serde_json::from_str::<AssessmentDocument>(black_box(json)).expect("parses"));
        }),
        ("sonic-rs → `AssessmentDocument`", &|| {
            black_box(sonic_rs::from_str::<AssessmentDocument>(black_box(json)).expect("parses"));
        }),
        (
            "simd-json → `AssessmentDocument` (with its copy)",
            &|| {
                let mut bytes = black_box(json).as_bytes().to_vec();
                let doc = simd_json::serde::from_slice::<AssessmentDocument>(&mut bytes);
                black_box(doc.expect("parses").results.len());
            },
        ),
        ("sonic-rs → `IgnoredAny`", &|| {
            black_box(sonic_rs::from_str::<IgnoredAny>(black_box(json)).expect("JSON"));
        }),
    ];
    let time = |f: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..args.batch {
            f();
        }
        start.elapsed().as_secs_f64() * 1e6 / f64::from(args.batch)
    };
    println!("| parser | µs (median) | ÷ serde_json `IgnoredAny` (median of rounds) |");
    println!("|---|--:|--:|");
    for (name, parse) in parsers {
        let mut rounds: Vec<(f64, f64)> = (0..=args.rounds)
            .map(|round| {
                if round % 2 == 0 {
                    let t = time(parse);
                    (t, time(&floor))
                } else {
                    let f = time(&floor);
                    (time(parse), f)
                }
            })
            .collect();
        rounds.remove(0);
        let median = |mut v: Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let us = median(rounds.iter().map(|r| r.0).collect());
        let ratio = median(rounds.iter().map(|r| r.0 / r.1).collect());
        println!("| {name} | {us:.1} | {ratio:.2}× |");
    }
    Ok(())
}
