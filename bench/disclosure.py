"""The cost of the consent rule (app.disclosure) against reading every version (not a test).

    .venv/bin/python -m bench.disclosure [--cases 80] [--rounds 7] [--seed 2026]

Builds a field vault of demo data (200 cases: about 2,900 versions, the demo the rule was
first measured on), then, in each round and interleaved so that every figure sees the
same machine load, times:

- the reference: read every version's envelope and parse it (what any rule over the
  whole history must at least do); and, for comparison with earlier figures, the bytes
  alone, unparsed;
- `disclosure.decide` for each channel (bundle, pdf, csv, statistics);
- the operations that ask it: the export preview (`export --dry-run`), every statistics
  table, and a case report redacted for the PDF.

Prints min/median/max in milliseconds and the ratio of each median to the reference's
median. Uses a cheap key derivation: this vault holds nothing real.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app import demo, disclosure, exporter, stats
from app.usecases.session import Session
from storage import keys
from storage.vault import Vault

PASSPHRASE = "benchmark passphrase, nothing secret here"  # noqa: S105 - a throwaway vault
CHEAP_KDF = keys.KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


def read_every_version(vault: Vault) -> int:
    """The reference: every envelope read and parsed."""
    n = 0
    for (env,) in vault.db.iterate("SELECT CAST(envelope AS TEXT) FROM versions"):
        json.loads(env)
        n += 1
    return n


def read_every_envelope(vault: Vault) -> int:
    """Reading the bytes only, unparsed (how the rule's cost was first quoted)."""
    n = 0
    for (_env,) in vault.db.iterate("SELECT envelope FROM versions"):
        n += 1
    return n


def spread(values: list[float]) -> str:
    return (f"{min(values) * 1000:8.1f} {statistics.median(values) * 1000:8.1f}"
            f" {max(values) * 1000:8.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="qorgau-bench-disclosure-") as tmp:
        vault, _ = Vault.create(Path(tmp) / "v", PASSPHRASE, name="Disclosure bench",
                                kdf=CHEAP_KDF)
        with vault:
            print(f"demo data, {args.cases} cases...", file=sys.stderr)
            demo.populate(vault, seed=args.seed, cases=args.cases, photos=False)
            _trust_a_coordinator(vault, Path(tmp))
            versions = vault.db.one("SELECT count(*) FROM versions")[0]
            case_id = vault.db.one("SELECT record_id FROM records WHERE kind = 'case'"
                                   " ORDER BY record_id LIMIT 1")[0]
            from app.usecases import reports

            runs: dict[str, Callable[[], object]] = {
                "reference: read every version": lambda: read_every_version(vault),
                "  (bytes only, unparsed)": lambda: read_every_envelope(vault),
                **{f"decide({c})": (lambda c=c: disclosure.decide(vault.db, c))
                   for c in disclosure.CHANNELS},
                "export --dry-run": lambda: exporter.export(
                    vault, Path(tmp) / "x.qgb", dry_run=True),
                "statistics, every table": lambda: stats.Stats(vault.db).tables(),
                "case report (pdf data)": lambda: reports.case_report(
                    Session(vault), case_id, photos=False),
            }
            times: dict[str, list[float]] = {k: [] for k in runs}
            for r in range(args.rounds):
                print(f"round {r + 1}/{args.rounds}", file=sys.stderr)
                for name, fn in runs.items():
                    start = time.perf_counter()
                    fn()
                    times[name].append(time.perf_counter() - start)
    ref = statistics.median(times["reference: read every version"])
    print(f"{versions} versions, {args.rounds} rounds, load average "
          f"{os.getloadavg()[0]:.2f}")
    print(f"{'':32} {'min':>8} {'median':>8} {'max':>8}  (ms)  ratio")
    for name, values in times.items():
        print(f"{name:32} {spread(values)}  ×{statistics.median(values) / ref:5.2f}")
    return 0


def _trust_a_coordinator(vault: Vault, tmp: Path) -> None:
    """An export needs a coordinator: make an archive and trust its card."""
    from sync import card, trust

    archive, _ = Vault.create(tmp / "archive", PASSPHRASE, role="archive", kdf=CHEAP_KDF)
    with archive:
        own = trust.own_card(archive)
    trust.trust(vault, card.to_json(own), card.fingerprint(own))


if __name__ == "__main__":
    sys.exit(main())
