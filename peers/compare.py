"""Runs the three peers of scripts/compare-peers.sh and prints the comparison in Markdown.

(a) compliance-trestle loading our exported OSCAL catalog (peers/trestle_peer.py),
(b) the `oscal` crate parsing its embedded NIST SP 800-172 catalog (peers oscal-crate),
(b') the `oscal` crate parsing our exported OSCAL catalog, for scale,
(c) this crate (peers ours).

Each does the same job: load the catalog, look up one control by ID, list one group's
controls. In process: the median time of each operation (see peers/src/timing.rs).
Whole process: each job as a fresh process, the three interleaved run by run, median
wall time from spawn to exit. Progress goes to stderr, the report to stdout.
"""

import argparse
import datetime
import json
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import time
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def progress(message):
    print(message, file=sys.stderr, flush=True)


def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(map(str, command))} failed:\n{done.stderr}")
    return done.stdout


def duration(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def ratio(slow, fast):
    r = slow / fast
    return f"{r:,.0f}×" if r >= 10 else f"{r:.1f}×"


def machine():
    model = next(
        (line.split(":", 1)[1].strip() for line in run(["lscpu"]).splitlines() if line.startswith("Model name")),
        platform.processor() or "unknown CPU",
    )
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def versions(python):
    lock = tomllib.loads((ROOT / "peers" / "Cargo.lock").read_text())
    oscal = next(p["version"] for p in lock["package"] if p["name"] == "oscal")
    ours = tomllib.loads((ROOT / "Cargo.toml").read_text())["package"]["version"]
    found = json.loads(run([python, ROOT / "peers" / "trestle_peer.py", "--versions"]))
    rustc = run(["rustc", "--version"]).split()[1]
    return (
        f"gbt39204 {ours}, oscal {oscal} (rustc {rustc}, release profile); "
        f"compliance-trestle {found['compliance-trestle']} (pydantic {found['pydantic']}, "
        f"CPython {found['python']})"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", required=True, help="the built peers binary")
    parser.add_argument("--python", required=True, help="python with compliance-trestle")
    parser.add_argument("--catalog", required=True, help="our exported OSCAL catalog.json")
    parser.add_argument("--samples", type=int, default=101, help="timed batches per operation")
    parser.add_argument("--runs", type=int, default=30, help="whole-process runs per peer")
    args = parser.parse_args()

    trestle = [args.python, str(ROOT / "peers" / "trestle_peer.py"), args.catalog]
    jobs = {
        "a": trestle,
        "b": [args.peers, "oscal-crate"],
        "b'": [args.peers, "oscal-crate", "--catalog", args.catalog],
        "c": [args.peers, "ours"],
    }
    load_before = os.getloadavg()[0]

    inproc = {}
    for key, command in jobs.items():
        progress(f"in process, {args.samples} batches per operation: ({key}) {' '.join(command[1:])}")
        inproc[key] = json.loads(run([*command, "--bench", str(args.samples)]))

    for key, command in jobs.items():  # warm up, and check each finds the same things
        out = run(command)
        # 7.9 has 8 items since catalog 0.2; SP 800-172's group 3.5 has 7.
        if not out.startswith("found ") or " controls: " not in out:
            sys.exit(f"({key}) did not do the job:\n{out}")
    # An empty process, timed the same way: the floor under every whole-process figure.
    timed = {**jobs, "floor": [shutil.which("true") or "/bin/true"]}
    whole = {key: [] for key in timed}
    progress(f"whole process: {args.runs} runs of each, interleaved")
    for _ in range(args.runs):
        for key, command in timed.items():
            start = time.perf_counter_ns()
            done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            elapsed = time.perf_counter_ns() - start
            if done.returncode != 0:
                sys.exit(f"({key}) failed:\n{done.stderr.decode()}")
            whole[key].append(elapsed)
    whole = {key: statistics.median(times) for key, times in whole.items()}
    load_after = os.getloadavg()[0]

    def size(key):
        cat = inproc[key]["catalog"]
        kb = f", {cat['bytes'] / 1000:.0f} kB of JSON" if cat.get("bytes") else ""
        return f"{cat['source']}: {cat['controls']} controls{kb}"

    keys = ["a", "b", "b'", "c"]
    rows = [
        ("catalog", [size(k) for k in keys]),
        ("load", [duration(inproc[k]["load"]) for k in keys]),
        ("look up one control by ID", [duration(inproc[k]["lookup"]) for k in keys]),
        ("list one group's controls", [duration(inproc[k]["list"]) for k in keys]),
        ("**load + lookup**", [f"**{duration(inproc[k]['load+lookup'])}**" for k in keys]),
        ("load + lookup, times (c)", [ratio(inproc[k]["load+lookup"], inproc["c"]["load+lookup"]) for k in keys]),
        (f"**whole process** (median of {args.runs})", [f"**{duration(whole[k])}**" for k in keys]),
        ("whole process, times (c)", [ratio(whole[k], whole["c"]) for k in keys]),
    ]
    headers = ["(a) compliance-trestle", "(b) `oscal` crate", "(b′) `oscal` crate, our catalog", "(c) gbt39204"]

    print(f"- Date: {datetime.date.today().isoformat()}")
    print(f"- Machine: {machine()}; load average {load_before:.2f} before, {load_after:.2f} after")
    print(f"- Versions: {versions(args.python)}")
    print(f"- In process: median of {args.samples} timed batches per operation; whole process: "
          f"median of {args.runs} fresh processes per peer, interleaved, from spawn to exit "
          f"(an empty process, `true`, takes {duration(whole['floor'])} timed the same way)")
    print()
    print("| | " + " | ".join(headers) + " |")
    print("|---|" + "---:|" * len(headers))
    for label, cells in rows:
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
