//! Loading user frameworks and mapping sets must stay linear in their size: the same
//! documents at 10k, 100k and 140k controls (and rows), and with 1k and 16k unknown
//! parents, compared in one run; beside the loads, the time `serde_json` takes to read
//! the same framework bytes into a `Value`. Figures, machine and ratios in the README.
//!
//! ```text
//! cargo bench --bench loading
//! ```

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use gbt39204::mapping::{Framework, MappingSet};

/// A framework of `n` controls: groups of ten, each control under its group. With
/// `unknown_parents`, that many controls name a parent that does not exist. Short IDs
/// and titles keep 140k controls (7.7 MiB) under the 8 MiB document limit, the size of
/// the framework that once took 28 s.
fn framework(n: usize, unknown_parents: usize) -> String {
    let mut json = String::from(
        r#"{"id":"bench","version":"1","name":{"zh":"","en":"Bench"},"publisher":{"zh":"","en":"Bench"},"controls":["#,
    );
    for i in 0..n {
        if i > 0 {
            json.push(',');
        }
        let parent = if i < unknown_parents {
            format!(r#","parent":"missing-{i}""#)
        } else if i % 10 == 0 {
            String::new()
        } else {
            format!(r#","parent":"{}""#, i - i % 10)
        };
        let _ = write!(
            json,
            r#"{{"id":"{i}"{parent},"title":{{"zh":"","en":"C"}}}}"#
        );
    }
    json.push_str("]}");
    json
}

/// A mapping set of `rows` rows onto the framework's controls, `unknown` of them naming
/// controls the framework lacks.
fn mapping_set(rows: usize, controls: usize, unknown: usize) -> String {
    let ids: Vec<String> = gbt39204::catalog::ids().map(|id| id.to_string()).collect();
    let mut json = String::from(r#"{"framework":"bench","provenance":"curated","entries":["#);
    for i in 0..rows {
        if i > 0 {
            json.push(',');
        }
        let control = if i < unknown {
            format!("X{i}")
        } else {
            format!("{}", i % controls)
        };
        let _ = write!(
            json,
            r#"{{"kind":"mapping","requirement":"{}","control":"{control}","relationship":"intersects-with","confidence":"low","rationale":"Row {i}."}}"#,
            ids[i % ids.len()]
        );
    }
    json.push_str("]}");
    json
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("framework_from_json");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for n in [10_000, 100_000, 140_000] {
        let json = framework(n, 0);
        group.bench_with_input(BenchmarkId::new("load", n), &json, |b, json| {
            b.iter(|| Framework::from_json(black_box(json)).expect("valid"));
        });
        // The peer: merely reading the same bytes into a `serde_json::Value`, the tree
        // the loader walks.
        group.bench_with_input(BenchmarkId::new("serde_json_value", n), &json, |b, json| {
            b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(json)).expect("json"));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("framework_unknown_parents");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for unknown in [1_000, 16_000] {
        let json = framework(16_000, unknown);
        group.bench_with_input(BenchmarkId::from_parameter(unknown), &json, |b, json| {
            b.iter(|| Framework::from_json(black_box(json)).expect_err("unknown parents"));
        });
    }
    group.finish();

    let target = Framework::from_json(&framework(10_000, 0)).expect("valid");
    let mut group = c.benchmark_group("mapping_set_unknown_controls");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for rows in [6_000, 60_000] {
        let json = mapping_set(rows, 10_000, rows);
        group.bench_with_input(BenchmarkId::from_parameter(rows), &json, |b, json| {
            b.iter(|| MappingSet::from_json(black_box(json), &target).expect_err("unknown"));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
