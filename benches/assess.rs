//! Parse + validate + score the embedded sample (111 results): the crate's main job.
//! Beside them, the floor: `serde_json` reading the same bytes into `IgnoredAny`; the
//! target is parse + assess within 2× of it. Figures and machine in the README.
//!
//! Criterion times each benchmark in its own window, and on a noisy machine those
//! windows can differ by half. So after the criterion benchmarks, `cargo bench` also
//! times parse + assess, and parse alone, against the floor *in turn* (rounds of one
//! batch each, the order alternating) and prints the median of the rounds' ratios, which
//! drift moves far less.
//!
//! ```text
//! cargo bench --bench assess -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group};
use gbt39204::assessment::{AssessOptions, assess, parse, validate};
use gbt39204::report::{Format, render};
use serde::de::IgnoredAny;

const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

/// The crate's main job on the sample: read it, then validate, score and list the gaps.
fn parse_and_assess(options: AssessOptions) {
    let doc = parse(black_box(SAMPLE)).expect("the sample parses");
    black_box(assess(&doc, &options));
}

/// Reading the sample into an `AssessmentDocument`, nothing more.
fn parse_only() {
    black_box(parse(black_box(SAMPLE)).expect("the sample parses"));
}

/// The floor: `serde_json` merely reading the same bytes, keeping nothing.
fn read_ignored_any() {
    black_box(serde_json::from_str::<IgnoredAny>(black_box(SAMPLE)).expect("JSON"));
}

fn bench(c: &mut Criterion) {
    let options = AssessOptions::default();
    let doc = parse(SAMPLE).expect("the sample parses");
    c.bench_function("parse_and_assess", |b| b.iter(|| parse_and_assess(options)));
    c.bench_function("parse", |b| b.iter(parse_only));
    c.bench_function("read_ignored_any", |b| b.iter(read_ignored_any));
    c.bench_function("validate", |b| {
        b.iter(|| validate(black_box(&doc), &options));
    });
    c.bench_function("assess", |b| b.iter(|| assess(black_box(&doc), &options)));
    let assessment = assess(&doc, &options);
    c.bench_function("render_markdown", |b| {
        b.iter(|| render(black_box(&assessment), Format::Markdown, gbt39204::Lang::En));
    });
}

/// Each of parse + assess and parse alone against the floor, in turn: `ROUNDS` rounds,
/// each timing a batch of one and then of the floor (which goes first alternates),
/// after one round discarded as warm-up. Prints each side's median and the median of
/// the rounds' ratios.
fn in_turn() {
    const ROUNDS: usize = 31;
    const BATCH: u32 = 200;
    let time = |f: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..BATCH {
            f();
        }
        start.elapsed().as_secs_f64() * 1e6 / f64::from(BATCH)
    };
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let options = AssessOptions::default();
    let work: [(&str, &dyn Fn()); 2] = [
        ("parse_and_assess", &|| parse_and_assess(options)),
        ("parse", &parse_only),
    ];
    for (name, f) in work {
        let mut rounds: Vec<(f64, f64)> = (0..=ROUNDS)
            .map(|round| {
                if round % 2 == 0 {
                    let w = time(f);
                    (w, time(&read_ignored_any))
                } else {
                    let floor = time(&read_ignored_any);
                    (time(f), floor)
                }
            })
            .collect();
        rounds.remove(0);
        let work_us = median(rounds.iter().map(|r| r.0).collect());
        let floor_us = median(rounds.iter().map(|r| r.1).collect());
        let ratio = median(rounds.iter().map(|r| r.0 / r.1).collect());
        println!(
            "in turn, {ROUNDS} rounds of {BATCH}: {name} {work_us:.1} µs, read_ignored_any \
             {floor_us:.1} µs; {name} / read_ignored_any = {ratio:.2}× (median of the rounds' ratios)"
        );
    }
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // `cargo bench` passes `--bench`; `cargo test --benches` runs each benchmark once
    // as a test and needs no timing.
    if std::env::args().any(|a| a == "--bench") {
        in_turn();
    }
}
