//! A query with only structured filters allocates nothing: building it, evaluating it
//! and walking its results, counted by an allocator that tallies this thread's calls.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use gbt39204::query::{IdPrefix, Query};
use gbt39204::{Domain, Measure, ObligationKind, Principle, Topic};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call unchanged to the system allocator; the counter is a
// const-initialised thread-local `Cell`, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn structured_queries_allocate_nothing() {
    let prefix: IdPrefix = "7.".parse().unwrap();
    let mut seen = 0;
    let mut count = 0;
    let allocations = allocations_during(|| {
        let q = Query::new()
            .domain(Domain::SecurityProtection)
            .id_prefix(prefix)
            .measure(Measure::Technical)
            .topic(Topic::AccessControl)
            .topic(Topic::Logging)
            .principle(Principle::RiskDriven)
            .with_obligation()
            .obligation(ObligationKind::LogRetention);
        for r in q.requirements() {
            seen += r.id.as_str().len();
        }
        count = q.count();
    });
    assert_eq!(allocations, 0);
    // 7.6.c is the only technical, risk-driven requirement of clause 7 with an obligation
    // and an access-control or logging topic.
    assert_eq!(count, 1);
    assert_eq!(seen, "7.6.c".len());
    // The counter works: a text query does allocate.
    assert!(allocations_during(|| drop(Query::new().text("日志"))) > 0);
}
