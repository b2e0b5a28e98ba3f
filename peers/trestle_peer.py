"""compliance-trestle's side of scripts/compare-peers.sh.

Loads our exported OSCAL catalog with trestle's pydantic models, looks up one control by
ID and lists one group's controls: once (printing what it found, as `peers` does), or
many times with the median time of each operation (`--bench N`, JSON on stdout).

    python peers/trestle_peer.py target/peers/oscal/catalog.json
    python peers/trestle_peer.py target/peers/oscal/catalog.json --bench 101
    python peers/trestle_peer.py --versions
"""

import argparse
import gc
import json
import pathlib
import sys
import time

from trestle.oscal.catalog import Catalog

CONTROL = "req-7.4.c"
GROUP = "cl-7.9"
# A timed batch repeats the operation until it lasts at least this long (as in peers/src/timing.rs).
MIN_BATCH_NS = 1_000_000


def load(path):
    return Catalog.oscal_read(path)


def members(group):
    """A group's controls and subgroups. trestle's two group models each lack one of the
    fields, and asking pydantic for a missing one raises inside: `vars` is 20 times faster."""
    fields = vars(group)
    return fields.get("controls"), fields.get("groups")


def find_control(controls, groups, control_id):
    """Depth first, in document order, stopping at the first match."""
    for control in controls or ():
        if control.id == control_id:
            return control
        found = find_control(control.controls, None, control_id)
        if found is not None:
            return found
    for group in groups or ():
        found = find_control(*members(group), control_id)
        if found is not None:
            return found
    return None


def find_group(groups, group_id):
    """Depth first, in document order, stopping at the first match."""
    for group in groups or ():
        if group.id == group_id:
            return group
        found = find_group(members(group)[1], group_id)
        if found is not None:
            return found
    return None


def lookup(catalog):
    return find_control(catalog.controls, catalog.groups, CONTROL)


def listing(catalog):
    group = find_group(catalog.groups, GROUP)
    return None if group is None else members(group)[0]


def time_batch(calls, op):
    """Nanoseconds for `calls` calls of `op`; results are kept until the clock stops, and
    garbage collection waits until then too (which favours trestle)."""
    results = []
    gc.disable()
    start = time.perf_counter_ns()
    for _ in range(calls):
        results.append(op())
    elapsed = time.perf_counter_ns() - start
    gc.enable()
    del results
    gc.collect()
    return elapsed


def median_ns(samples, op):
    calls = 1
    while time_batch(calls, op) < MIN_BATCH_NS:
        calls *= 2
    per_call = sorted(time_batch(calls, op) / calls for _ in range(max(samples, 1)))
    return per_call[len(per_call) // 2]


def versions():
    import importlib.metadata as md

    return {
        "python": sys.version.split()[0],
        "compliance-trestle": md.version("compliance-trestle"),
        "pydantic": md.version("pydantic"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("catalog", nargs="?", type=pathlib.Path, help="OSCAL catalog JSON")
    parser.add_argument("--bench", type=int, metavar="N", help="time N batches, print medians as JSON")
    parser.add_argument("--versions", action="store_true", help="print the versions in use as JSON")
    args = parser.parse_args()
    if args.versions:
        print(json.dumps(versions()))
        return 0
    if args.catalog is None:
        parser.error("the catalog file is required")

    catalog = load(args.catalog)
    control = lookup(catalog)
    controls = listing(catalog)
    if control is None or controls is None:
        print(f"error: {CONTROL} or {GROUP} is not in {args.catalog}", file=sys.stderr)
        return 2
    if args.bench is None:
        print(f"found {control.id}: {control.title}")
        print(f"listed {GROUP}: {len(controls)} controls: {' '.join(c.id for c in controls)}")
        return 0

    def load_lookup():
        loaded = load(args.catalog)
        lookup(loaded)
        return loaded

    n = args.bench
    report = {
        "catalog": {"source": "our OSCAL export", "bytes": args.catalog.stat().st_size,
                    "controls": count_controls(catalog.controls, catalog.groups)},
        "load": median_ns(n, lambda: load(args.catalog)),
        "lookup": median_ns(n, lambda: lookup(catalog)),
        "list": median_ns(n, lambda: listing(catalog)),
        "load+lookup": median_ns(n, load_lookup),
    }
    print(json.dumps(report))
    return 0


def count_controls(controls, groups):
    nested = sum(count_controls(c.controls, None) for c in controls or ())
    return len(controls or ()) + nested + sum(count_controls(*members(g)) for g in groups or ())


if __name__ == "__main__":
    sys.exit(main())
