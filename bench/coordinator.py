"""The coordinator's desk under load (not a test: it measures and prints).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.coordinator
        [--devices 5] [--bundles 10] [--records 200] [--stats-records 100000]
        [--stats-vault DIR] [--skip-import] [--skip-stats]

1. Import: 5 field laptops each seal 10 bundles (a realistic mix of new records per
   bundle, one photo each; between bundles each laptop accepts the archive's receipt,
   so a bundle carries only what is new, as in the field). Then the desk imports all
   50 bundles through the Receive page, on the worker, exactly as a coordinator would:
   records merged per second, and the longest stall of the GUI thread (the gap between
   ticks of a 5 ms timer) while it runs.
2. Statistics: an archive of 100,000 records (bench.stats's generator; reuse one with
   --stats-vault DIR), opened on the desk; the time from pressing Count to the chart
   painted, cold (first after unlock) and warm. Goal: ≤ 1 s. Also the longest stall.

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


def bench_stats(qapp: Any, vault: Path, records: int) -> None:
    if not (vault.exists() and any(vault.iterdir())):
        make_stats_vault(vault, records)
    app = open_desk(qapp, vault)
    n = app.tasks.call(lambda: app.session.db.one(
        "SELECT count(*) FROM records WHERE deleted = 0")[0])
    page = app.main.show_page("stats")  # pressing the page counts at once
    meter = StallMeter()
    meter.start()
    times = []
    for i in range(6):
        if i:
            page.refresh()  # "Count" again
        spin_until(lambda: not page.strip.busy and page.seconds > 0 and app.tasks.idle())
        times.append(page.seconds)
        page.seconds = 0.0
    stall = meter.stop()
    cold, warm = times[0], statistics.median(times[1:])
    verdict = "OK" if max(times) <= DRAW_GOAL else "OVER"
    print(f"statistics view on {n} records: Count → chart painted {cold:.3f} s the first "
          f"time, then median {warm:.3f} s, worst {max(times):.3f} s "
          f"(goal ≤ {DRAW_GOAL:.1f} s: {verdict})")
    switch = []
    for row in range(page.list.count()):
        t0 = time.perf_counter()
        page.list.setCurrentRow(row)
        page.chart.repaint()
        page.table.repaint()
        switch.append(time.perf_counter() - t0)
    print(f"  switching table (chart + table redrawn): worst {max(switch) * 1000:.0f} ms; "
          f"longest GUI stall while counting: {stall:.1f} ms")
    close_desk(qapp, app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=5)
    parser.add_argument("--bundles", type=int, default=10, help="per device")
    parser.add_argument("--records", type=int, default=200, help="new records per bundle")
    parser.add_argument("--stats-records", type=int, default=100_000)
    parser.add_argument("--stats-vault", type=Path, help="reuse or keep the 100k archive here")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-stats", action="store_true")
    args = parser.parse_args()
    from ui import i18n, style
    from ui.qt import QStandardPaths, QtWidgets

    QStandardPaths.setTestModeEnabled(True)
    qapp = QtWidgets.QApplication(sys.argv[:1])
    style.apply(qapp)
    i18n.install("en")
    with tempfile.TemporaryDirectory(prefix="qorgau-coord-bench-") as tmp:
        root = Path(tmp)
        if not args.skip_import:
            bench_import(qapp, root / "import", args.devices, args.bundles, args.records)
        if not args.skip_stats:
            bench_stats(qapp, args.stats_vault or root / "stats", args.stats_records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
