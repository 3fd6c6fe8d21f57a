"""Record tables out of the vault, as an XLSX workbook or a folder of CSV files.

What may leave is the one consent rule's decision (app.disclosure, which also decides
what a bundle carries); protected identities are masked. The files are
plaintext — the person is warned before (`WARNING`), the action is audited, and each file
appears whole or not at all (mode 0600).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from app import disclosure, filters, record_tables, uwazi
from app.record_tables import Progress, Scope, Sheet
from storage.atomic import atomic_writer
from storage.errors import InvalidInput
from storage.vault import Vault

FORMATS = ("xlsx", "csv", "uwazi")
WARNING = ("Spreadsheet files are not encrypted: anyone who gets the file, the disk or the "
           "stick can read every name and account in it.")


@dataclass
class RecordExport:
    path: str
    format: str
    counts: dict[str, int]  # rows per kind
    withheld: int
    written: bool


def scope(*, kinds: tuple[str, ...] | list[str] = (), date_from: str | None = None,
          date_to: str | None = None, city: str | None = None, region: str | None = None,
          facility_id: str | None = None, tag: str | None = None) -> Scope:
    """Which records an export carries, from what a person typed: the kinds (all when
    none) and the statistics' filters, read the same way (a city or region by code or
    name, an event tag; bad dates refused)."""
    return Scope(kinds=tuple(kinds), filters=filters.from_input(
        date_from=date_from, date_to=date_to, city=city, region=region,
        facility_id=facility_id, tag=tag))


def _sheets(vault: Vault, scope: Scope, lang: str, progress: Progress | None,
            cancel: threading.Event | None) -> tuple[list[Sheet], int]:
    chosen = _select(vault, scope, lang, progress, cancel)
    return record_tables.build(chosen, lang), chosen.withheld


def _select(vault: Vault, scope: Scope, lang: str, progress: Progress | None,
            cancel: threading.Event | None, channel: str = "bundle") -> record_tables.Selection:
    withheld, unnamed = disclosure_of(vault, channel)
    return record_tables.select(vault.db, scope, withheld, lang, unnamed=unnamed,
                                progress=progress, cancel=cancel)


def disclosure_of(vault: Vault, channel: str) -> tuple[set[str], set[str]]:
    """(records that must stay, people who may appear only without their name) under the
    one consent rule (app.disclosure). Record tables go to partners as the coordinator's
    own working copy: the sharing answer decides ("bundle"). The Uwazi pack is a
    publication: the publication answer decides ("csv"), and "anonymised" shows a person
    only by pseudonym."""
    decision = disclosure.decide(vault.db, channel)
    return set(decision.withheld), set(decision.anonymous) | set(decision.people)


def preview(vault: Vault, scope: Scope, lang: str) -> RecordExport:
    """What an export would write: rows per kind and how many records are withheld."""
    sheets, withheld = _sheets(vault, scope, lang, None, None)
    return RecordExport("", "", {s.kind: len(s.rows) for s in sheets}, withheld, False)


def export_records(vault: Vault, out: Path, fmt: str, scope: Scope, lang: str, *,
                   progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> RecordExport:
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}: choose xlsx, csv or uwazi")
    if fmt == "uwazi":
        return export_uwazi(vault, out, scope, lang, progress=progress, cancel=cancel)
    out = Path(out)
    if out.exists():
        raise InvalidInput(f"{out} already exists: choose a new name")
    if not out.parent.is_dir():
        raise InvalidInput(f"the folder {out.parent} does not exist")
    sheets, withheld = _sheets(vault, scope, lang, progress, cancel)
    if fmt == "xlsx":
        with atomic_writer(out) as fh:
            _write_xlsx(sheets, fh)
        files = [out.name]
    else:
        out.mkdir(mode=0o700)
        files = []
        for sheet in sheets:
            with atomic_writer(out / f"{sheet.kind}.csv") as fh:
                fh.write(_csv_bytes(sheet))
            files.append(sheet.kind + ".csv")
    counts = {s.kind: len(s.rows) for s in sheets}
    with vault.db.transaction():
        vault.audit("records_export", {
            "path": str(out.absolute()), "format": fmt, "lang": lang, "files": files,
            "rows": counts, "withheld": withheld,
            "scope": scope.as_dict()})
    return RecordExport(str(out), fmt, counts, withheld, True)


def export_uwazi(vault: Vault, folder: Path, scope: Scope, lang: str, *,
                 progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> RecordExport:
    """The Uwazi import pack (app.uwazi) in a new folder: one CSV per template and one per
    thesaurus, publication consent applied. Plaintext: audited like the tables."""
    folder = Path(folder)
    if folder.exists():
        raise InvalidInput(f"{folder} already exists: choose a new folder")
    if not folder.parent.is_dir():
        raise InvalidInput(f"the folder {folder.parent} does not exist")
    chosen = _select(vault, scope, lang, progress, cancel, channel="csv")
    files = uwazi.pack(chosen, lang)
    staging = folder.with_name(f".{folder.name}.{os.getpid()}.partial")
    try:
        (staging / "thesauri").mkdir(parents=True, mode=0o700)
        for name, data in files.items():
            with atomic_writer(staging / name) as fh:
                fh.write(data)
        os.rename(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    counts: dict[str, int] = {}
    for _rid, kind, _body in chosen.records:
        if kind in uwazi.TEMPLATES:
            counts[kind] = counts.get(kind, 0) + 1
    with vault.db.transaction():
        vault.audit("records_export", {
            "path": str(folder.absolute()), "format": "uwazi", "lang": lang,
            "files": sorted(files), "rows": counts, "withheld": chosen.withheld,
            "scope": scope.as_dict()})
    return RecordExport(str(folder), "uwazi", counts, chosen.withheld, True)


def _csv_bytes(sheet: Sheet) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(sheet.headers)
    for row in sheet.rows:
        w.writerow([v.isoformat() if isinstance(v, dt.date) else
                    ("" if v is None else _safe(v)) for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # the BOM: Excel reads it as UTF-8


def _write_xlsx(sheets: list[Sheet], fh: io.BufferedWriter | object) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=True)
    for sheet in sheets:
        ws = book.create_sheet(_sheet_name(sheet.title))
        ws.freeze_panes = "B2"
        head = []
        for text in sheet.headers:
            cell = WriteOnlyCell(ws, value=text)
            cell.font = Font(bold=True)
            head.append(cell)
        ws.append(head)
        for row in sheet.rows:
            ws.append([_safe(v) for v in row])
    if not sheets:
        book.create_sheet("-")
    book.save(fh)


def _sheet_name(title: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    return "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "-"


_FORMULA = re.compile(r"^(=|[+\-@\t\r](?![\d\s().-]*$))")  # a phone "+7 701 …" is not one


def _safe(value: object) -> object:
    """A text cell a spreadsheet would run as a formula (=, +, -, @ followed by more than
    a number) gets a leading apostrophe: an account quoted in a record must never execute
    on a partner's computer (CSV/formula injection)."""
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value
