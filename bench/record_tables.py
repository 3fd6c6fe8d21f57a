"""Record tables out of an archive: what the desktop's Record tables… costs.

    .venv/bin/python -m bench.record_tables [--copies 4] [--rounds 5]

On a vault holding the demo `--copies` times (each copy ~500 records), timed over
`--rounds` rounds, min / median / max:

- the consent preview the dialog shows while a person chooses (`disclosure_preview`);
- the XLSX export as the dialog runs it (progress, cancel checks, the workbook's scratch
  files beside the target: app.usecases.record_export);
- the reference, in the same run: the export as it was before the dialog (the same
  rows, formula guard, headings and atomic file; the library's scratch files in the
  system's temp folder; no progress, no cancel checks) — the ratio is what progress,
  cancel and private scratch files cost (the audit entry is the only other difference);
- the CSV export and the Uwazi pack.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _timed(fn: Callable[[], object], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    import openpyxl

    from app import demo, record_tables
    from app.usecases import record_export
    from app.usecases.session import Session
    from storage.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix="qorgau-bench-tables-"))
    try:
        vault, _code = Vault.create(tmp / "vault", "bench passphrase for record tables 7713",
                                    name="Bench archive", role="archive")
        for _ in range(args.copies):
            demo.populate(vault)
        records = vault.db.one("SELECT count(*) FROM records WHERE deleted = 0")[0]
        where = record_export.scope()
        n = iter(range(10_000))

        def export(fmt: str) -> Callable[[], object]:
            return lambda: record_export.export_records(
                Session(vault), tmp / f"out{next(n)}.{fmt}", fmt, where, "ru",
                progress=lambda _d, _t: None)

        def reference() -> None:
            # The export as it was before the desktop dialog: the same rows, formula guard,
            # bold headings and atomic file, the library's scratch files where it puts
            # them, no progress, no cancel checks.
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.styles import Font

            from storage.atomic import atomic_writer

            chosen = record_export._select(vault, where, "ru", None, None)
            sheets = record_tables.build(chosen, "ru")
            book = openpyxl.Workbook(write_only=True)
            for sheet in sheets:
                ws = book.create_sheet(record_export._sheet_name(sheet.title))
                ws.freeze_panes = "B2"
                head = []
                for text in sheet.headers:
                    cell = WriteOnlyCell(ws, value=text)
                    cell.font = Font(bold=True)
                    head.append(cell)
                ws.append(head)
                for row in sheet.rows:
                    ws.append([record_export._safe(v) for v in row])
            with atomic_writer(tmp / f"ref{next(n)}.xlsx") as fh:
                book.save(fh)

        figures = {
            "consent preview (dialog)": _timed(
                lambda: record_export.disclosure_preview(Session(vault), where, "xlsx", "ru"),
                args.rounds),
            "XLSX export": _timed(export("xlsx"), args.rounds),
            "  reference: the export before the dialog": _timed(reference, args.rounds),
            "CSV export": _timed(export("csv"), args.rounds),
            "Uwazi pack": _timed(export("uwazi"), args.rounds),
        }
        vault.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{records} records, {args.rounds} rounds; seconds")
    print(f"{'figure':44} {'min':>7} {'median':>7} {'max':>7}")
    for name, values in figures.items():
        print(f"{name:44} {min(values):7.3f} {statistics.median(values):7.3f} "
              f"{max(values):7.3f}")
    ratio = (statistics.median(figures["XLSX export"])
             / statistics.median(figures["  reference: the export before the dialog"]))
    print(f"XLSX export ÷ reference (median): ×{ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
