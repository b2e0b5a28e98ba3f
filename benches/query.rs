//! Query and search benchmarks: ID lookup, a structured filter over all 111 requirements,
//! full-text searches (Chinese, Traditional, English, mixed, an abbreviation, a typo,
//! a broad word) and first pages of ten hits.
//!
//! ```text
//! cargo bench --bench query -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gbt39204::query::{Query, search, search_top};
use gbt39204::{Domain, Measure, RequirementId, Topic, catalog};

fn lookup(c: &mut Criterion) {
    let id: RequirementId = "7.5.2.c".parse().expect("a real ID");
    c.bench_function("lookup/by_id", |b| {
        b.iter(|| black_box(black_box(id).requirement()));
    });
    c.bench_function("lookup/parse_str", |b| {
        b.iter(|| black_box(catalog::get(black_box("7.5.2.c"))));
    });
    c.bench_function("lookup/parse_lenient_str", |b| {
        b.iter(|| black_box(catalog::get(black_box("7.5.2 c)"))));
    });
}

fn structured(c: &mut Criterion) {
    c.bench_function("filter/domain_measure_topic", |b| {
        b.iter(|| {
            let q = Query::new()
                .domain(black_box(Domain::SecurityProtection))
                .measure(black_box(Measure::Technical))
                .topic(black_box(Topic::AccessControl))
                .topic(black_box(Topic::Logging));
            q.requirements()
                .map(|r| r.id)
                .fold(0usize, |n, id| n + usize::from(id.item().is_some()))
        });
    });
    c.bench_function("filter/with_obligation", |b| {
        b.iter(|| black_box(Query::new().with_obligation()).count());
    });
}

fn full_text(c: &mut Criterion) {
    c.bench_function("search/zh_供应链", |b| {
        b.iter(|| search(black_box("供应链")).map(|h| h.len()));
    });
    c.bench_function("search/zh_日志留存", |b| {
        b.iter(|| search(black_box("日志留存")).map(|h| h.len()));
    });
    c.bench_function("search/en_log_retention", |b| {
        b.iter(|| search(black_box("log retention")).map(|h| h.len()));
    });
    c.bench_function("search/mixed_training_培训", |b| {
        b.iter(|| search(black_box("training 培训")).map(|h| h.len()));
    });
    c.bench_function("search/hant_日誌", |b| {
        b.iter(|| search(black_box("日誌")).map(|h| h.len()));
    });
    c.bench_function("search/abbreviation_等保", |b| {
        b.iter(|| search(black_box("等保")).map(|h| h.len()));
    });
    c.bench_function("search/en_auditing", |b| {
        b.iter(|| search(black_box("auditing")).map(|h| h.len()));
    });
    c.bench_function("search/typo_retension", |b| {
        b.iter(|| search(black_box("retension")).map(|h| h.len()));
    });
    // A broad word that matches 61 of the 111 requirements: every hit's spans are built.
    c.bench_function("search/en_security_broad", |b| {
        b.iter(|| search(black_box("security")).map(|h| h.len()));
    });
}

/// A result page of ten: every requirement scored, spans built for the ten returned.
fn first_page(c: &mut Criterion) {
    for (name, text) in [
        ("zh_供应链", "供应链"),
        ("zh_首席网络安全官_broad", "首席网络安全官"),
        ("en_security_broad", "security"),
    ] {
        c.bench_function(&format!("search_top10/{name}"), |b| {
            b.iter(|| search_top(black_box(text), 10).map(|h| h.len()));
        });
    }
}

criterion_group!(benches, lookup, structured, full_text, first_page);
criterion_main!(benches);
