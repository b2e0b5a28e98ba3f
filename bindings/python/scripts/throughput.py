"""Documents per second of gbt39204.assess: one thread, N threads, N processes.

    python scripts/throughput.py [--docs 4000] [--workers N] [--repeat 3]

Assesses copies of the repository's sample (33 KB, 111 results), each with its own
organisation name, and prints a Markdown table: the best of --repeat runs for each way
of running, and its speed-up over one thread. Two calls are measured: ``assess`` (the
report as a dict: the Rust work runs without the GIL, building the dict needs it) and
``render(format="json")`` (the report as JSON text: almost nothing needs the GIL).
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


def timed(run, docs, repeat):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        results = run(docs)
        best = min(best, time.perf_counter() - start)
        assert len(results) == len(docs)
    return len(docs) / best


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
    for name, single, threads, procs in rows:
        print(f"| `{name}` | {single:,.0f} docs/s | {threads:,.0f} docs/s (×{threads / single:.2f}) "
              f"| {procs:,.0f} docs/s (×{procs / single:.2f}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
