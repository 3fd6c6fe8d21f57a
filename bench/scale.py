"""The coordinator's archive at a million record versions (not a test: it measures).

    .venv/bin/python -m bench.scale                       # 1,000,000 versions, temp folder
    .venv/bin/python -m bench.scale --vault DIR --keep    # made once in DIR, reused after
    .venv/bin/python -m bench.scale --vault DIR --keep --versions 300000   # as far as time allows

The archive is generated in blocks of 100,000 records from the demo vocabulary
(bench.stats's generator: people with Latin-spelled twins, cases, incidents, detentions,
complaints, interviews, examinations, lesions, evidence), each block through the batched
write path (`Records.create_many`, 5,000 records a call). A kept archive is resumed: the
blocks already in it are not written again. Beside it a reference archive of one block
(`<vault>-100000`, the same generator and seed as the big one's first block) is made once
and kept too. Both are measured in every run, by the same code on the same machine, so
every goal is a ratio to its 100k figure taken minutes apart (none may be worse than
10x), each in a fresh child process (its own memory peak):

- import rate: a field laptop's bundle of 2,000 new records, exported and imported (each
  run adds them to the kept archives: a few thousand versions, beside 100k or 1M);
- unlock -> first page: Vault.open and the first 100 cases (test KDF: Argon2id is a
  constant, measured by `python -m bench`);
- search p95: bench.storage's 20 queries, 5 rounds (min / median / max of each round's p95);
- every statistics table: cold (first after opening), then read again 3 times as after
  a write (`--stats-rounds`);
- the duplicate finder over every person record;
- the coordinator's desk (offscreen Qt): unlock pressed -> main window idle, the longest
  GUI stall meanwhile, and the statistics page's Count -> chart;
- database size, memory peak of the measuring process.

Uses the cheap test key derivation: these vaults hold nothing real.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BLOCK = 100_000
GOAL_FACTOR = 10.0
PASS = "coordinator bench passphrase"  # noqa: S105 - bench.coordinator's, a throwaway vault
IMPORT_RECORDS = 2000


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def peak_rss() -> int:
    with open("/proc/self/status") as status:
        for text in status:
            if text.startswith("VmHWM:"):
                return int(text.split()[1]) * 1024
    return 0


def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def spread(values: list[float]) -> list[float]:
    return [min(values), statistics.median(values), max(values)]


# --- generation ---------------------------------------------------------------------------


def versions_in(vault: Path) -> int:
    from storage.vault import Vault

    with Vault.open(vault, PASS) as v:
        return int(v.db.one("SELECT count(*) FROM versions")[0])


def generate(vault: Path, target: int, block_size: int) -> None:
    """Blocks of `block_size` records until `target` versions (a kept archive resumes
    where it stopped; one already at `target` or beyond is measured as it is)."""
    from app.records import Records
    from bench.stats import Generator
    from storage.vault import Vault

    if not (vault / "vault.db").exists():
        vault.mkdir(parents=True, exist_ok=True)
        created, _ = Vault.create(vault, PASS, name="Scale archive", role="archive")
        created.close()
    have = versions_in(vault)
    log(f"archive {vault}: {have:,} versions")
    while have < target:
        block = have // block_size
        n = min(block_size, target - have)
        with Vault.open(vault, PASS) as v:
            seconds, counts = timed(Generator(Records(v), n, seed=1000 + block).run)
            have = int(v.db.one("SELECT count(*) FROM versions")[0])
        log(f"block {block + 1}: {sum(counts.values()):,} records in {seconds:.0f} s "
            f"({sum(counts.values()) / seconds:,.0f}/s), archive now {have:,} versions")


# --- measuring (in a child process) --------------------------------------------------------


def measure_core(vault: Path, rounds: int, stats_rounds: int) -> dict[str, Any]:
    from app import duplicates, exporter, importer, stats
    from app.records import Records
    from app.search import Filters, list_records
    from bench.storage import Workload, Writer, p95, search_times
    from storage.vault import Vault
    from sync import card as cardmod
    from sync import trust

    out: dict[str, Any] = {}
    unlock = []
    for _ in range(3):
        start = time.perf_counter()
        v = Vault.open(vault, PASS)
        rows = list_records(v.db, Filters(kind="case"), limit=100)
        unlock.append(time.perf_counter() - start)
        assert rows
        v.close()
    out["unlock"] = spread(unlock)

    with Vault.open(vault, PASS) as archive:
        db = archive.db
        out["versions"] = int(db.one("SELECT count(*) FROM versions")[0])
        out["records"] = int(db.one("SELECT count(*) FROM records WHERE deleted = 0")[0])
        # Import: a laptop's bundle of new records into the archive as it is.
        with tempfile.TemporaryDirectory(prefix="qorgau-scale-field-") as tmp:
            field, _ = Vault.create(Path(tmp) / "field", PASS, name="Scale laptop")
            with field:
                trust.trust(field, cardmod.to_json(trust.own_card(archive)))
                if trust.device(db, field.identity.device_id) is None:
                    trust.enroll(archive, cardmod.to_json(trust.own_card(field)))
                # bench.storage's mix (the stats generator names evidence files it
                # never makes, which an export rightly refuses).
                writer = Writer("field", Records(field))
                for batch in Workload(IMPORT_RECORDS, out["versions"]).batches(1000):
                    writer.write(batch)
                exporter.export(field, Path(tmp) / "b.qgb")
            seconds, report = timed(lambda: importer.import_bundle(archive, Path(tmp) / "b.qgb"))
            assert report.status == "merged", report
            out["import"] = IMPORT_RECORDS / seconds
        per_round = []
        for _ in range(rounds):
            times, _hits = search_times(db, 1)
            per_round.append(p95(times))
        out["search_p95"] = spread(per_round)
        cold, _ = timed(lambda: stats.Stats(db).tables())

        def again() -> float:
            # As after an import or any write: the kept model is read again (the same
            # view with nothing changed is served from memory and costs nothing).
            stats._MODELS.clear()
            return timed(lambda: stats.Stats(db).tables())[0]

        warm = [again() for _ in range(stats_rounds)]
        out["stats_cold"] = cold
        out["stats"] = spread(warm)
        seconds, _found = timed(lambda: duplicates.suggest(db, limit=0, min_score=0.6))
        out["duplicates"] = seconds
        out["people"] = int(db.one("SELECT count(*) FROM records WHERE kind = 'person'")[0])
    out["db_bytes"] = sum(p.stat().st_size for p in vault.glob("vault.db*"))
    out["peak"] = peak_rss()
    return out


def measure_desk(vault: Path) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench.coordinator import close_desk
    from bench.gui import StallMeter, spin_until
    from ui import i18n, style
    from ui.app import QorgauApp
    from ui.qt import QStandardPaths, QtWidgets

    QStandardPaths.setTestModeEnabled(True)
    qapp = QtWidgets.QApplication(sys.argv[:1])
    style.apply(qapp)
    i18n.install("ru")
    app = QorgauApp(vault)
    app.start()
    meter = StallMeter()
    meter.start()
    app.gate.passphrase.setText(PASS)
    start = time.perf_counter()
    app.gate.unlock()
    spin_until(lambda: app.main is not None and app.tasks.idle())
    app.main.resize(1366, 768)
    app.main.show()
    qapp.processEvents()
    opening = time.perf_counter() - start
    page = app.main.show_page("stats")
    spin_until(lambda: not page.strip.busy and page.seconds > 0 and app.tasks.idle())
    count = page.seconds
    stall = meter.stop()
    close_desk(qapp, app)
    return {"desk_open": opening, "desk_stats": count, "desk_stall_ms": stall,
            "desk_peak": peak_rss()}


def child(kind: str, vault: Path, rounds: int, stats_rounds: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "bench.scale", "--child", kind, str(vault),
                           "--rounds", str(rounds), "--stats-rounds", str(stats_rounds)],
                          check=False, capture_output=True,
                          text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"measuring ({kind}) failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def prepare(vault: Path) -> float:
    """Open the archive as the desktop's unlock does (a session's `Records`): an archive
    upgraded since it was last opened derives its new rows there, once (minutes at a
    million versions). Done before measuring, or the first figure to write would carry
    it (the import's did: 15 records/s at a million instead of hundreds)."""
    from app.records import Records
    from storage.vault import Vault

    start = time.perf_counter()
    with Vault.open(vault, PASS) as v:
        Records(v)
    return time.perf_counter() - start


def measure(vault: Path, rounds: int, stats_rounds: int) -> dict[str, Any]:
    log(f"opening {vault.name} as the desktop does ({prepare(vault):.1f} s)")
    log("measuring (core figures)…")
    figures = child("core", vault, rounds, stats_rounds)
    log("measuring (the desk)…")
    figures.update(child("desk", vault, rounds, stats_rounds))
    log(f"measured at {figures['versions']:,} versions")
    return figures


# --- the report ------------------------------------------------------------------------------

# (label, key, unit, higher is better)
FIGURES = [
    ("import (records/s)", "import", "/s", True),
    ("unlock -> first page", "unlock", "s", False),
    ("search p95", "search_p95", "s", False),
    ("all statistics tables, read again", "stats", "s", False),
    ("all statistics tables, first run", "stats_cold", "s", False),
    ("duplicate finder", "duplicates", "s", False),
    ("desk: unlock -> main window idle", "desk_open", "s", False),
    ("desk: statistics Count -> chart", "desk_stats", "s", False),
    ("desk: longest GUI stall", "desk_stall_ms", "ms", False),
    ("database size", "db_bytes", "MB", False),
    ("memory peak, core figures", "peak", "MB", False),
    ("memory peak, desk", "desk_peak", "MB", False),
]


def _fmt(value: Any, unit: str) -> str:
    if isinstance(value, list):
        return " / ".join(_fmt(v, unit) for v in value)
    if unit == "MB":
        return f"{value / 1e6:,.0f}"
    if unit == "/s":
        return f"{value:,.0f}"
    if unit == "ms":
        return f"{value:.0f}"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def _middle(value: Any) -> float:
    return float(value[1] if isinstance(value, list) else value)


def report(base: dict[str, Any], big: dict[str, Any]) -> None:
    print(f"\nScale: {base['versions']:,} -> {big['versions']:,} record versions "
          f"({big['records']:,} current records, {big['people']:,} people); "
          f"ratios of medians, goal for each: <= {GOAL_FACTOR:.0f}x its 100k figure")
    print(f"  {'figure':<36} {'at ' + format(base['versions'], ','):>24} "
          f"{'at ' + format(big['versions'], ','):>24} {'ratio':>8}")
    for label, key, unit, higher in FIGURES:
        if key not in base or key not in big:
            continue
        a, b = _middle(base[key]), _middle(big[key])
        ratio = (a / b if higher else b / a) if a and b else float("nan")
        mark = "ok" if ratio <= GOAL_FACTOR else "MISSED"
        if key in ("db_bytes",):
            mark = ""
        print(f"  {label:<36} {_fmt(base[key], unit):>24} {_fmt(big[key], unit):>24} "
              f"{ratio:>7.2f}x {mark}")
    print(f"  (min / median / max where three figures; load average "
          f"{os.getloadavg()[0]:.1f} at the end; {os.cpu_count()} CPUs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--versions", type=int, default=1_000_000)
    parser.add_argument("--vault", type=Path, help="where the archive is made or reused")
    parser.add_argument("--keep", action="store_true", help="keep the archive for next time")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--stats-rounds", type=int, default=3,
                        help="warm runs of every statistics table (minutes each at 1M)")
    parser.add_argument("--block", type=int, default=BLOCK,
                        help="records a block, and the size of the reference figures")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "VAULT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    from tests.fastkdf import install

    install()  # the KDF is not what is measured
    if args.child:
        kind, vault = args.child[0], Path(args.child[1])
        result = (measure_core(vault, args.rounds, args.stats_rounds) if kind == "core"
                  else measure_desk(vault))
        print(json.dumps(result))
        return 0
    tmp = None if args.vault else Path(tempfile.mkdtemp(prefix="qorgau-scale-"))
    vault = args.vault or tmp / "archive"  # type: ignore[operator]
    # The reference: an archive of one block, made by the same generator with the same
    # seed as the big one's first block, kept beside it. Both are measured in this run,
    # by this code, on this machine as it is now: figures saved by an earlier run (older
    # code, another load) would make the ratios say nothing.
    base = vault.parent / f"{vault.name}-{args.block}"
    try:
        generate(base, args.block, args.block)
        generate(vault, args.versions, args.block)
        figures = {"base": measure(base, args.rounds, args.stats_rounds),
                   "big": measure(vault, args.rounds, args.stats_rounds),
                   "at": time.strftime("%Y-%m-%d %H:%M:%S"), "cpus": os.cpu_count()}
        if tmp is None or args.keep:  # the last run's figures, for the record
            saved = vault.parent / f"{vault.name}.scale.json"
            saved.write_text(json.dumps(figures, indent=1))
        report(figures["base"], figures["big"])
    finally:
        if tmp is not None and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        elif tmp is not None:
            log(f"kept {vault} and {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
