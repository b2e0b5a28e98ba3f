//! In-process timing: the median, over many batches, of the time one call takes.
//!
//! A batch runs the operation enough times back to back to last at least
//! [`MIN_BATCH`], so the clock's resolution and the cost of reading it vanish in the
//! division. Each result is passed through [`black_box`] and kept until the batch's
//! clock stops (in a buffer reused from batch to batch), so the compiler cannot skip
//! the work and freeing the results is not counted.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// The shortest batch worth timing.
const MIN_BATCH: Duration = Duration::from_millis(1);

/// The median time one call of `op` takes, in nanoseconds, over `samples` batches.
pub fn median_ns<T>(samples: usize, mut op: impl FnMut() -> T) -> f64 {
    // One buffer for every batch, so that no batch pays for fresh pages.
    let mut results = Vec::new();
    // Calibrate (and warm up): double the batch until one batch lasts MIN_BATCH.
    let mut calls = 1;
    while time_batch(calls, &mut op, &mut results) < MIN_BATCH && calls < 1 << 30 {
        calls *= 2;
    }
    time_batch(calls, &mut op, &mut results);
    let mut per_call: Vec<f64> = (0..samples.max(1))
        .map(|_| time_batch(calls, &mut op, &mut results).as_secs_f64() * 1e9 / f64::from(calls))
        .collect();
    per_call.sort_by(f64::total_cmp);
    per_call[per_call.len() / 2]
}

fn time_batch<T>(calls: u32, op: &mut impl FnMut() -> T, results: &mut Vec<T>) -> Duration {
    results.clear();
    results.reserve(calls as usize);
    let start = Instant::now();
    for _ in 0..calls {
        results.push(black_box(op()));
    }
    let elapsed = start.elapsed();
    black_box(&results);
    elapsed
}
