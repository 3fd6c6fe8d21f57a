"""Search rounds on bench vaults kept by `python -m bench --keep` (making 100k records
takes many minutes; searching them takes seconds), against plain SQLite and the
previous search (tests/search_before.py) in the same rounds, so that a noisy machine
shows as a wide range instead of a wrong verdict.

    python -m bench --records 100000 --keep --dir /tmp/b --no-memsec-children   # once
    python -m bench.search /tmp/b/qorgau-bench-storage-XXXX --rounds 5

Each round runs the 20 queries of `python -m bench` five times on each target,
interleaved query by query; its p95 and median are one sample of the min / median / max
printed. CPU time (this process: SQLCipher and Python) is printed beside the wall clock:
other processes on the machine inflate the second, much less the first. Not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import search
from bench.storage import GOALS, PASSPHRASE, QUERIES, SEARCH_ROUNDS, PlainVault, p95
from storage.vault import Vault
from tests import search_before

Search = Callable[..., Any]


def one_round(targets: dict[str, tuple[Any, Search]]) -> dict[str, dict[str, list[float]]]:
    times: dict[str, dict[str, list[float]]] = {
        name: {"wall": [], "cpu": []} for name in targets}
    for _ in range(SEARCH_ROUNDS):
        for q in QUERIES:
            for name, (db, fn) in targets.items():
                wall, cpu = time.perf_counter(), time.process_time()
                fn(db, q)
                times[name]["wall"].append(time.perf_counter() - wall)
                times[name]["cpu"].append(time.process_time() - cpu)
    return times


def spread(values: list[float]) -> str:
    return " / ".join(f"{v * 1000:.1f}" for v in (min(values), statistics.median(values),
                                                   max(values)))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", type=Path, help="a folder `python -m bench --keep` left")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--no-before", action="store_true",
                   help="skip the previous search (tests/search_before.py)")
    args = p.parse_args(argv)
    vault = Vault.open(args.folder / "vault", PASSPHRASE)
    plain = PlainVault.open(args.folder / "plain")
    records = vault.db.one("SELECT count(*) FROM search")[0]
    targets: dict[str, tuple[Any, Search]] = {
        "vault": (vault.db, search.search), "plain SQLite": (plain.db, search.search)}
    if not args.no_before:
        targets["vault, previous search"] = (vault.db, search_before.search)
    for db, fn in targets.values():  # the first reads of the index come from the disk
        for q in QUERIES:
            fn(db, q)
    print(f"Search: {records:,} records, {len(QUERIES)} queries × {SEARCH_ROUNDS} per round, "
          f"{args.rounds} rounds; {os.cpu_count()} CPUs")
    samples: dict[str, dict[str, list[float]]] = {
        name: {"p95": [], "median": [], "cpu p95": [], "cpu median": []} for name in targets}
    loads = []
    for i in range(args.rounds):
        loads.append(os.getloadavg()[0])
        got = one_round(targets)
        for name, t in got.items():
            samples[name]["p95"].append(p95(t["wall"]))
            samples[name]["median"].append(statistics.median(t["wall"]))
            samples[name]["cpu p95"].append(p95(t["cpu"]))
            samples[name]["cpu median"].append(statistics.median(t["cpu"]))
        print(f"  round {i + 1}/{args.rounds} (load {loads[-1]:.1f}): " + ", ".join(
            f"{name} p95 {samples[name]['p95'][-1] * 1000:.1f} ms" for name in targets),
            file=sys.stderr)
    loads.append(os.getloadavg()[0])
    vault.close()
    plain.close()
    print(f"  {'ms, min / median / max over rounds':<40} {'p95':>20} {'median':>20}"
          f" {'CPU p95':>20} {'CPU median':>20}")
    for name, s in samples.items():
        print(f"  {name:<40} {spread(s['p95']):>20} {spread(s['median']):>20}"
              f" {spread(s['cpu p95']):>20} {spread(s['cpu median']):>20}")
    for other in ("plain SQLite", "vault, previous search"):
        if other in samples:
            ratio = [a / b for a, b in zip(samples["vault"]["p95"], samples[other]["p95"],
                                           strict=True)]
            print(f"  vault ÷ {other}, p95 of each round: " + " / ".join(
                f"×{r:.2f}" for r in (min(ratio), statistics.median(ratio), max(ratio))))
    worst = max(samples["vault"]["p95"])
    print(f"  goal: p95 ≤ {GOALS['search'] * 1000:.0f} ms in every round: "
          f"{'met' if worst <= GOALS['search'] else 'MISSED'} (worst round {worst * 1000:.1f} ms)")
    print(f"  load average (1 min) at each round: {' '.join(f'{x:.1f}' for x in loads)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
