//! Parse + validate + score the embedded sample (111 results): the crate's main job.
//! Beside them, the floor: `serde_json` reading the same bytes into `IgnoredAny`; the
//! target is parse + assess within 2× of it. Figures and machine in the README.
//!
//! ```text
//! cargo bench --bench assess -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gbt39204::assessment::{AssessOptions, assess, parse, validate};
use gbt39204::report::{Format, render};

const SAMPLE: &str = include_str!("../examples/data/sample-assessment.json");

fn bench(c: &mut Criterion) {
    let options = AssessOptions::default();
    let doc = parse(SAMPLE).expect("the sample parses");
    c.bench_function("parse_and_assess", |b| {
        b.iter(|| {
            let doc = parse(black_box(SAMPLE)).expect("the sample parses");
            assess(&doc, &options)
        });
    });
    c.bench_function("parse", |b| b.iter(|| parse(black_box(SAMPLE))));
    // The floor: `serde_json` merely reading the same bytes, keeping nothing.
    c.bench_function("read_ignored_any", |b| {
        b.iter(|| serde_json::from_str::<serde::de::IgnoredAny>(black_box(SAMPLE)).expect("JSON"));
    });
    c.bench_function("validate", |b| {
        b.iter(|| validate(black_box(&doc), &options));
    });
    c.bench_function("assess", |b| b.iter(|| assess(black_box(&doc), &options)));
    let assessment = assess(&doc, &options);
    c.bench_function("render_markdown", |b| {
        b.iter(|| render(black_box(&assessment), Format::Markdown, gbt39204::Lang::En));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
