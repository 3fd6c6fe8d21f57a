"""The coordinator's desk under load (not a test: it measures and prints).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.coordinator
        [--devices 5] [--bundles 10] [--records 200] [--stats-records 100000]
        [--stats-vault DIR] [--skip-import] [--skip-stats] [--rounds 3] [--lang ru] [--why]

1. Import: 5 field laptops each seal 10 bundles (a realistic mix of new records per
   bundle, one photo each; between bundles each laptop accepts the archive's receipt,
   so a bundle carries only what is new, as in the field). Then the desk imports all
   50 bundles through the Receive page, on the worker, exactly as a coordinator would:
   records merged per second, and the longest stall of the GUI thread (the gap between
   ticks of a 5 ms timer) while it runs.
2. Statistics: an archive of 100,000 records (bench.stats's generator; reuse one with
   --stats-vault DIR: this bench's, bench.stats's or bench.scale's), on the desk, as a
   coordinator meets it: unlock → the desk settled → the statistics page shown (it
   counts at once) → Count → chart painted; Count twice more; every table looked at.
   Each round is a fresh process on a 1366×768 screen (`--lang`, Russian by default);
   the unlock screen waits 1.5 s (the passphrase being typed) before Unlock is pressed.
   Printed: the longest stall of the GUI thread in each step, with the GUI thread's own
   CPU time in it (a gap with little of it is the machine's load, not our code), and
   Count → chart against the core alone (the same calls without the desk, measured in
   the same rounds). Goals: no stall over 100 ms; Count → chart ≤ 1 s. `--why` samples
   the GUI thread's stack during stalls over 40 ms.

Uses the cheap test key derivation: these vaults hold nothing real.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.fastkdf import install as _fast_kdf  # noqa: E402  (the KDF is not measured)

_fast_kdf()

from bench.gui import StallMeter, spin_until  # noqa: E402

PASS = "coordinator bench passphrase"  # noqa: S105 - throwaway vaults
DRAW_GOAL = 1.0
STALL_GOAL_MS = 100.0


def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


# --- building the bundles ----------------------------------------------------------------


def batch_of_records(rng: Any, n: int, device: int, bundle: int) -> list[tuple[str, Any]]:
    """About n new records: cases with their people, incidents and complaints."""
    from app import vocab

    cities = vocab.load("city").codes
    items: list[tuple[str, Any]] = []
    while len(items) < n:
        items.append(("case", {"title": f"Дело {device}-{bundle}-{len(items)}",
                               "city": rng.choice(cities), "status": "active",
                               "opened_on": f"20{rng.randint(19, 24)}-0{rng.randint(1, 9)}-1"
                                            f"{rng.randint(0, 9)}"}))
        for _ in range(3):
            items.append(("person", {"full_name": f"Человек {rng.randrange(10**6)}",
                                     "gender": rng.choice(("male", "female")),
                                     "date_of_birth": f"19{rng.randint(50, 99)}"}))
    return items[:n]


def link_case_children(records: Any, rng: Any, case_ids: list[str]) -> int:
    """Incidents and complaints pointing at the cases just made (references need ids)."""
    from app import vocab

    methods = vocab.load("methods").codes
    statuses = vocab.load("complaint_status").codes
    bodies = vocab.load("complaint_body").codes
    items = []
    for cid in case_ids:
        items.append(("incident", {"case_id": cid, "date": f"2022-0{rng.randint(1, 9)}-15",
                                   "methods": rng.sample(methods, 2),
                                   "narrative": "Били дубинкой в подвале ИВС."}))
        items.append(("complaint", {"case_id": cid, "body": rng.choice(bodies),
                                    "filed_on": f"2022-0{rng.randint(1, 9)}-20",
                                    "status": rng.choice(statuses)}))
    records.create_many(items)
    return len(items)


def build(root: Path, devices: int, bundles: int, per_bundle: int) -> tuple[Path, list[Path], int]:
    """A pristine archive (enrolled, nothing imported) and the bundle files, in the
    order a coordinator would receive them; returns the total of records sealed."""
    import random

    from PIL import Image

    from app import evidence, exporter, importer, receipts
    from app.records import Records
    from storage.vault import Vault
    from sync import card, trust

    rng = random.Random(7)
    root.mkdir(parents=True, exist_ok=True)
    pristine, _ = Vault.create(root / "archive", PASS, role="archive", name="Coalition office")
    fields = []
    for d in range(devices):
        v, _ = Vault.create(root / f"field-{d}", PASS, name=f"Field laptop {d + 1}")
        trust.trust(v, card.to_json(trust.own_card(pristine)))
        trust.enroll(pristine, card.to_json(trust.own_card(v)))
        fields.append(v)
    pristine.close()
    # A scratch copy of the archive (same keys) imports as we go, to hand receipts back.
    shutil.copytree(root / "archive", root / "scratch")
    scratch = Vault.open(root / "scratch", PASS)
    usb = root / "usb"
    usb.mkdir()
    files: list[Path] = []
    sealed = 0
    photo = root / "IMG_0001.jpg"
    for b in range(bundles):
        for d, v in enumerate(fields):
            records = Records(v)
            made = records.create_many(batch_of_records(rng, per_bundle * 2 // 3, d, b))
            cases = [m.record_id for m in made if m.kind == "case"]
            sealed += len(made) + link_case_children(records, rng, cases[: per_bundle // 6])
            Image.new("RGB", (1200, 900), (rng.randrange(255), 90, 120)).save(photo, "JPEG")
            evidence.ingest(records, photo, record_id=cases[0])
            sealed += 1
            out = usb / f"field-{d + 1}-{b + 1:02d}.bundle"
            report = exporter.export(v, out)
            assert report.written
            files.append(out)
            assert importer.import_bundle(scratch, out).status == "merged"
            rc = root / f"receipt-{d}-{b}.receipt"
            receipts.issue(scratch, v.identity.device_id, rc)
            receipts.accept(v, rc)
    for v in fields:
        v.close()
    scratch.close()
    return root / "archive", files, sealed


# --- the desk ------------------------------------------------------------------------------


def open_desk(qapp: Any, vault: Path) -> Any:
    from ui.app import QorgauApp

    app = QorgauApp(vault)
    app.start()
    app.gate.passphrase.setText(PASS)
    app.gate.unlock()
    spin_until(lambda: app.main is not None and app.tasks.idle())
    app.main.resize(1440, 900)
    app.main.show()
    return app


def close_desk(qapp: Any, app: Any) -> None:
    from ui.qt import QtWidgets

    app.lock()
    spin_until(app.tasks.idle)
    app.shutdown()
    for w in QtWidgets.QApplication.topLevelWidgets():
        w.hide()
        w.deleteLater()
    qapp.processEvents()


def bench_import(qapp: Any, root: Path, devices: int, bundles: int, per_bundle: int) -> None:
    t, (archive, files, sealed) = timed(lambda: build(root, devices, bundles, per_bundle))
    size = sum(f.stat().st_size for f in files)
    print(f"built {len(files)} bundles from {devices} devices ({sealed} records, "
          f"{size / 1e6:.1f} MB) in {t:.0f} s")
    app = open_desk(qapp, archive)
    page = app.main.show_page("receive")
    page.receipts.setChecked(False)  # receipts were handed back while building
    meter = StallMeter()
    spin_until(app.tasks.idle)
    meter.start()
    start = time.perf_counter()
    page.enqueue(files)
    spin_until(lambda: page.batch is None and not page.queue and app.tasks.idle())
    seconds = time.perf_counter() - start
    stall = meter.stop()
    s = app.session
    merged = sum(1 for r, e in page_reports(page) if e is None and r.status == "merged")
    records = app.tasks.call(lambda: s.db.one("SELECT count(*) FROM records")[0])
    versions = app.tasks.call(lambda: s.db.one("SELECT count(*) FROM versions")[0])
    print(f"import through the desk: {merged} of {len(files)} bundles merged, {records} records "
          f"({versions} versions) in {seconds:.1f} s = {records / seconds:.0f} records/s, "
          f"{size / 1e6 / seconds:.1f} MB/s")
    print(f"  longest GUI stall during the import: {stall:.1f} ms "
          f"(goal ≤ {STALL_GOAL_MS:.0f} ms: {'OK' if stall <= STALL_GOAL_MS else 'OVER'})")
    close_desk(qapp, app)


def page_reports(page: Any) -> list[tuple[Any, Any]]:
    """The reports of the batches the page ran (kept for its text)."""
    return list(page.all_reports)


def make_stats_vault(path: Path, records: int) -> None:
    from app.records import Records
    from bench.stats import Generator
    from storage.vault import Vault

    vault, _ = Vault.create(path, PASS, name="Benchmark archive", role="archive")
    with vault:
        t, counts = timed(Generator(Records(vault), records, 1).run)
    print(f"generated {sum(counts.values())} records in {t:.0f} s")


def passphrase_of(vault: Path) -> str:
    """The archive's passphrase: this bench's, or that of bench.stats or bench.scale, whose
    kept 100k archives are the usual ones to reuse (all throwaway)."""
    from bench.stats import PASSPHRASE
    from storage.errors import WrongSecret
    from storage.vault import Vault

    for passphrase in (PASS, PASSPHRASE):
        try:
            Vault.open(vault, passphrase).close()
        except WrongSecret:
            continue
        return passphrase
    raise SystemExit(f"{vault}: opens with none of the benches' passphrases")


# --- the desk's statistics, one fresh process a round -------------------------------------

# The steps of a round, in order; the longest stall is reported for each.
STEPS = ("unlock screen, typing (1.5 s)", "unlock → desk idle",
         "statistics page: shown, Count → chart", "Count again", "switching tables")
TYPING_S = 1.5  # a passphrase of five words takes a person longer than this


def desk_round(vault: Path, passphrase: str, lang: str, why: bool) -> dict[str, Any]:
    """What a coordinator does, in a process of its own (so the first opening costs what
    it costs after a launch): unlock, wait for the desk to settle, open Statistics (which
    counts at once), Count twice more, look at every table. A 5 ms timer on the GUI thread
    measures the longest gap in each step."""
    from bench.gui import StallSampler
    from ui import i18n, style
    from ui.app import QorgauApp
    from ui.qt import QStandardPaths, QtWidgets

    QStandardPaths.setTestModeEnabled(True)
    qapp = QtWidgets.QApplication(sys.argv[:1])
    style.apply(qapp)
    i18n.install(lang)
    app = QorgauApp(vault)
    app.start()
    meter = StallMeter()
    sampler = StallSampler(meter) if why else None
    spin_until(lambda: app.gate.isVisible(), timeout=60)
    meter.start()
    meter.step = STEPS[0]  # the desk prepares meanwhile (ui.app.WINDOW_MODULES): measured
    typed = time.perf_counter() + TYPING_S
    spin_until(lambda: time.perf_counter() > typed)
    meter.step = STEPS[1]
    start = time.perf_counter()
    app.gate.passphrase.setText(passphrase)
    app.gate.unlock()
    spin_until(lambda: app.main is not None and app.tasks.idle(), timeout=600)
    opening = time.perf_counter() - start
    meter.step = STEPS[2]
    from ui.desk.window import PAGES

    app.main.nav.setCurrentRow(PAGES.index("stats"))  # a click; showing it counts at once
    page = app.main.pages["stats"]
    spin_until(lambda: not page.strip.busy and page.seconds > 0 and app.tasks.idle(),
               timeout=1800)
    cold, page.seconds = page.seconds, 0.0
    meter.step = STEPS[3]
    warm = []
    for _ in range(2):
        page.refresh()
        spin_until(lambda: not page.strip.busy and page.seconds > 0 and app.tasks.idle(),
                   timeout=1800)
        warm.append(page.seconds)
        page.seconds = 0.0
    meter.step = STEPS[4]
    switch = []
    rows = page.list.count()
    for row in [*range(1, rows), 0]:  # a click each, the event loop running between
        page.chart.painted_at = 0.0
        t0 = time.perf_counter()
        page.list.setCurrentRow(row)
        spin_until(lambda: page.chart.painted_at > 0, timeout=60)
        switch.append(page.chart.painted_at - t0)
    spin_until(app.tasks.idle, timeout=60)
    meter.stop()
    if sampler is not None:
        sampler.report()
    size = (app.main.width(), app.main.height())
    close_desk(qapp, app)
    return {"open": opening, "count": cold, "warm": warm, "switch": max(switch),
            "size": size,
            "steps": {k: [v * 1000 for v in meter.by_step.get(k, (0.0, 0.0, 0.0))]
                      for k in STEPS}}


def core_round(vault: Path, passphrase: str, lang: str) -> dict[str, Any]:
    """The reference, in a process of its own: what the page asks the core for (the
    anonymised count, then every table), straight after unlocking, with no desk."""
    from app.usecases import figures
    from app.usecases import vault as vault_uc

    session = vault_uc.unlock(vault, passphrase)
    try:
        n = session.db.one("SELECT count(*) FROM records WHERE deleted = 0")[0]
        start = time.perf_counter()
        figures.anonymised(session)
        figures.tables(session, lang=lang)
        return {"core": time.perf_counter() - start, "records": n}
    finally:
        session.close()


def child(kind: str, vault: Path, passphrase: str, lang: str, why: bool = False
          ) -> dict[str, Any]:
    import json
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(ROOT), "QORGAU_BENCH_PASSPHRASE": passphrase}
    if env.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_FILE}"
    argv = [sys.executable, "-m", "bench.coordinator", "--child", kind, str(vault),
            "--lang", lang] + (["--why"] if why else [])
    done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"the {kind} round failed:\n{done.stderr[-3000:]}")
    lines = done.stdout.strip().splitlines()
    for line in lines[:-1]:
        print(line)  # --why: where the GUI thread was
    return json.loads(lines[-1])


SCREEN_FILE = Path(tempfile.gettempdir()) / f"qorgau-bench-screen-{os.getpid()}.json"


def spread(values: list[float], fmt: str = "{:.0f}") -> str:
    v = sorted(values)
    return " / ".join(fmt.format(x) for x in (v[0], statistics.median(v), v[-1]))


def bench_stats(vault: Path, records: int, rounds: int, lang: str, why: bool) -> None:
    import json

    if not (vault.exists() and any(vault.iterdir())):
        make_stats_vault(vault, records)
    passphrase = passphrase_of(vault)
    # The laptops' screen (the tests' too): the desk opens maximized on it, as it would.
    SCREEN_FILE.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    try:
        # An installed desk has its bytecode compiled and the archive was read before:
        # one round unmeasured leaves both so (it writes __pycache__ if need be).
        child("desk", vault, passphrase, lang)
        desk, core = [], []
        for r in range(rounds):
            desk.append(child("desk", vault, passphrase, lang, why))
            core.append(child("core", vault, passphrase, lang))
            d = desk[-1]
            worst = max(STEPS, key=lambda k: d["steps"][k][0])
            print(f"round {r + 1}: longest stall {d['steps'][worst][0]:.0f} ms in "
                  f"'{worst}' (GUI thread CPU {d['steps'][worst][1]:.0f} ms in it); "
                  f"Count → chart {d['count']:.2f} s (core alone {core[-1]['core']:.2f} s); "
                  f"opening {d['open']:.2f} s; load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        SCREEN_FILE.unlink(missing_ok=True)
    n = core[0]["records"]
    print(f"\nThe desk on {n:,} records ({lang}, {desk[0]['size'][0]}×{desk[0]['size'][1]}, "
          f"{rounds} rounds, each a fresh process; min / median / max)")
    print(f"  {'step':<40} {'longest stall ms':>18} {'GUI thread CPU in it':>22}")
    for k in STEPS:
        print(f"  {k:<40} {spread([d['steps'][k][0] for d in desk]):>18} "
              f"{spread([d['steps'][k][1] for d in desk]):>22}")
    worst = [max(d["steps"][k][0] for k in STEPS) for d in desk]
    verdict = "OK" if max(worst) <= STALL_GOAL_MS else "OVER"
    print(f"  longest stall of the whole sequence: {spread(worst)} ms "
          f"(goal ≤ {STALL_GOAL_MS:.0f} ms: {verdict})")
    counts = [d["count"] for d in desk]
    ref = [c["core"] for c in core]
    print(f"  unlock → desk idle: {spread([d['open'] for d in desk], '{:.2f}')} s")
    print(f"  Count → chart, first: {spread(counts, '{:.2f}')} s; the core alone (reference, "
          f"same rounds): {spread(ref, '{:.2f}')} s; desk ÷ core "
          f"{spread([a / b for a, b in zip(counts, ref, strict=True)], '×{:.2f}')} "
          f"(goal ≤ {DRAW_GOAL:.1f} s: {'OK' if max(counts) <= DRAW_GOAL else 'OVER'})")
    print(f"  Count → chart again: {spread([w for d in desk for w in d['warm']], '{:.3f}')} s; "
          f"switching table (click → chart painted): worst "
          f"{spread([d['switch'] * 1000 for d in desk])} ms")
    print(f"  load average {os.getloadavg()[0]:.1f} at the end; {os.cpu_count()} CPUs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=5)
    parser.add_argument("--bundles", type=int, default=10, help="per device")
    parser.add_argument("--records", type=int, default=200, help="new records per bundle")
    parser.add_argument("--stats-records", type=int, default=100_000)
    parser.add_argument("--stats-vault", type=Path, help="reuse or keep the 100k archive here")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-stats", action="store_true")
    parser.add_argument("--rounds", type=int, default=3, help="of the statistics part")
    parser.add_argument("--lang", default="ru", choices=("en", "ru", "kk"))
    parser.add_argument("--why", action="store_true",
                        help="where the GUI thread was during stalls over 40 ms")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "VAULT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import json

        kind, vault = args.child[0], Path(args.child[1])
        passphrase = os.environ["QORGAU_BENCH_PASSPHRASE"]
        if kind == "desk":
            sys.dont_write_bytecode = False  # an installed desk has its bytecode compiled
            result = desk_round(vault, passphrase, args.lang, args.why)
        else:
            result = core_round(vault, passphrase, args.lang)
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory(prefix="qorgau-coord-bench-") as tmp:
        root = Path(tmp)
        if not args.skip_import:
            from ui import i18n, style
            from ui.qt import QStandardPaths, QtWidgets

            QStandardPaths.setTestModeEnabled(True)
            qapp = QtWidgets.QApplication(sys.argv[:1])
            style.apply(qapp)
            i18n.install("en")
            bench_import(qapp, root / "import", args.devices, args.bundles, args.records)
        if not args.skip_stats:
            bench_stats(args.stats_vault or root / "stats", args.stats_records, args.rounds,
                        args.lang, args.why)
    return 0


if __name__ == "__main__":
    sys.exit(main())
