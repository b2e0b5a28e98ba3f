"""Documents per second of gbt39204.assess: one thread, N threads, N processes.

    python scripts/throughput.py [--docs 4000] [--workers N] [--repeat 3]

Assesses copies of the repository's sample (33 KB, 111 results), each with its own
organisation name, and prints a Markdown table: the best of --repeat runs for each way
of running, its speed-up over one thread and, for threads, how many cores the process
kept busy. Two calls are measured: ``assess`` (the report as a dict: the Rust work runs
without the GIL, building the dict needs it) and ``render(format="json")`` (the report
as JSON text: almost nothing needs the GIL).
"""

import argparse
import json
import os
import pathlib
import platform
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import gbt39204

SAMPLE = pathlib.Path(__file__).resolve().parents[3] / "examples" / "data" / "sample-assessment.json"


def documents(n):
    base = json.loads(SAMPLE.read_text(encoding="utf-8"))
    out = []
    for i in range(n):
        base["metadata"]["organisation"] = f"Operator {i:05} (fictional)"
        out.append(json.dumps(base, ensure_ascii=False))
    return out


def assess_score(doc):
    return gbt39204.assess(doc)["scores"]["overall"]["score"]


def render_json(doc):
    return len(gbt39204.render(doc, format="json"))


def cpu_seconds():
    t = os.times()
    return t.user + t.system


def timed(run, docs, repeat):
    """Documents per second of the best run, and the CPU seconds this process used per
    second of that run (above 1: more than one core at once)."""
    best, cores = float("inf"), 0.0
    for _ in range(repeat):
        start, cpu = time.perf_counter(), cpu_seconds()
        results = run(docs)
        seconds = time.perf_counter() - start
        assert len(results) == len(docs)
        if seconds < best:
            best, cores = seconds, (cpu_seconds() - cpu) / seconds
    return len(docs) / best, cores


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = documents(args.docs)
    n = args.workers

    rows = []
    for name, fn in (("assess → dict", assess_score), ("render → JSON str", render_json)):
        single = timed(lambda d: [fn(x) for x in d], docs, args.repeat)
        with ThreadPoolExecutor(max_workers=n) as pool:
            threads = timed(lambda d: list(pool.map(fn, d)), docs, args.repeat)
        with ProcessPoolExecutor(max_workers=n) as pool:
            list(pool.map(fn, docs[:n]))  # start the workers before timing
            chunk = max(1, len(docs) // (n * 8))
            procs = timed(lambda d: list(pool.map(fn, d, chunksize=chunk)), docs, args.repeat)
        rows.append((name, single, threads, procs))

    print(f"{args.docs} documents, best of {args.repeat}; {n} workers; "
          f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at the end")
    print()
    print(f"| call | 1 thread | {n} threads | {n} processes |")
    print("|---|--:|--:|--:|")
    for name, (single, single_cores), (threads, thread_cores), (procs, _) in rows:
        print(f"| `{name}` | {single:,.0f} docs/s ({single_cores:.2f} cores) "
              f"| {threads:,.0f} docs/s, ×{threads / single:.2f} ({thread_cores:.2f} cores) "
              f"| {procs:,.0f} docs/s, ×{procs / single:.2f} |")
    print()
    print("cores: CPU seconds of this process per second of the run (threads only; the "
          "pool's workers are other processes).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
