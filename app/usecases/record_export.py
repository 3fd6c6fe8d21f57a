"""Record tables out of the vault, as an XLSX workbook or a folder of CSV files.

What may leave is the one consent rule's decision (app.disclosure, which also decides
what a bundle carries); protected identities are masked. The files are
plaintext — the person is warned before (`WARNING`), the action is audited, and each file
appears whole or not at all (mode 0600).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import disclosure, filters, record_tables, uwazi
from app.record_tables import Progress, Scope, Sheet
from app.usecases import masking
from app.usecases.session import Session
from storage.atomic import atomic_writer, free_path, partial_path
from storage.errors import Cancelled, InvalidInput
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


def kinds(fmt: str) -> list[str]:
    """The record kinds an export of `fmt` can hold (the Uwazi pack: its templates)."""
    from app import schema

    return list(uwazi.TEMPLATES) if fmt == "uwazi" else schema.kind_names()


def scope(*, kinds: tuple[str, ...] | list[str] = (), date_from: str | None = None,
          date_to: str | None = None, city: str | None = None, region: str | None = None,
          facility_id: str | None = None, tag: str | None = None) -> Scope:
    """Which records an export carries, from what a person typed: the kinds (all when
    none) and the statistics' filters, read the same way (a city or region by code or
    name, an event tag; bad dates refused)."""
    return Scope(kinds=tuple(kinds), filters=filters.from_input(
        date_from=date_from, date_to=date_to, city=city, region=region,
        facility_id=facility_id, tag=tag))


def free_folder_name(parent: Path, base: str) -> str:
    """A new folder's name in `parent`: `base`, or base-2, base-3… if it is taken."""
    return free_path(parent / base).name


def disclosure_preview(session: Session, where: Scope, fmt: str, lang: str, *,
                       cancel: threading.Event | None = None) -> dict[str, Any]:
    """Before an export is written: how many rows of each kind it would hold, and what the
    one consent rule (app.disclosure) keeps out of it, per person and reason, in `lang`.
    Only what falls inside `where` is named. Writes nothing.

    Record tables follow the sharing answer; the Uwazi pack is a publication and follows
    the publication answer (see `disclosure_of`). `cancel`: a preview no longer wanted
    stops early (Cancelled)."""
    channel = "csv" if fmt == "uwazi" else "bundle"
    _check(cancel)  # a person who changed a choice meanwhile wants the newer preview
    decision = disclosure.decide(session.db, channel)
    everything = record_tables.select(session.db, where, set(), lang, cancel=cancel)
    in_scope = {rid for rid, _k, _b in everything.records}
    concerned = set(in_scope)  # the people in scope, and those whose accounts are
    for rid in in_scope:
        concerned |= decision.owners.get(rid, set())
    shown = disclosure.Disclosure(
        channel,
        withheld={r: why for r, why in decision.withheld.items() if r in in_scope},
        anonymous={p: why for p, why in decision.anonymous.items() if p in concerned},
        people=decision.people, kinds=decision.kinds, owners=decision.owners)
    seen = disclosure.preview(session.db, shown, lang, going=in_scope)
    rows: dict[str, int] = {}
    for rid, kind, _body in everything.records:
        if rid in decision.withheld or (fmt == "uwazi" and kind not in uwazi.TEMPLATES):
            continue
        rows[kind] = rows.get(kind, 0) + 1
    return {"rows": rows, "withheld": seen["withheld"], "anonymised": seen["anonymised"],
            "withheld_records": len(in_scope & set(decision.withheld))}


def _phases(progress: Progress | None) -> tuple[Progress | None, Progress | None]:
    """Choosing the records, then writing them: one bar, in thousandths, half each."""
    if progress is None:
        return None, None

    def choosing(done: int, total: int) -> None:
        progress(done * 500 // max(total, 1), 1000)

    def writing(done: int, total: int) -> None:
        progress(500 + done * 500 // max(total, 1), 1000)
    return choosing, writing


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


@contextlib.contextmanager
def _new_folder(folder: Path) -> Iterator[Path]:
    """A folder that appears whole under its name or not at all: filled under a hidden
    `.partial` name, renamed when complete; removed on any failure, cancel or Ctrl+C."""
    staging = partial_path(folder)
    try:
        staging.mkdir(mode=0o700)
        yield staging
        os.rename(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _sheets(vault: Vault, scope: Scope, lang: str, progress: Progress | None,
            cancel: threading.Event | None) -> tuple[list[Sheet], int]:
    chosen = _select(vault, scope, lang, progress, cancel)
    return record_tables.build(chosen, lang), chosen.withheld


def _select(vault: Vault, scope: Scope, lang: str, progress: Progress | None,
            cancel: threading.Event | None, channel: str = "bundle") -> record_tables.Selection:
    withheld, unnamed = disclosure_of(vault, channel)
    chosen = record_tables.select(vault.db, scope, withheld, lang, unnamed=unnamed,
                                  progress=progress, cancel=cancel)
    return _relatives_masked(chosen, masking.relatives(vault.db), lang)


def _relatives_masked(chosen: record_tables.Selection, masked: masking.Masked,
                      lang: str) -> record_tables.Selection:
    """The relatives who would identify a protected minor, masked in a table as on every
    screen and in the case report: their rows' identifying fields, their title wherever
    another row names them, and their name, contact and birth date in other rows' text
    (an incident "told by" the mother beside the minor's pseudonym would name him)."""
    if not masked:
        return chosen
    records = [(rid, kind, masking.body(body) if rid in masked else
                masking.scrub(body, masked)) for rid, kind, body in chosen.records]

    def title(record_id: str) -> str:
        if record_id in masked:
            return masking.label(lang)
        return str(masking.scrub(chosen.title(record_id), masked))

    return record_tables.Selection(records, chosen.withheld, title)


def disclosure_of(session: Session, channel: str) -> tuple[set[str], set[str]]:
    """(records that must stay, people who may appear only without their name) under the
    one consent rule (app.disclosure). Record tables go to partners as the coordinator's
    own working copy: the sharing answer decides ("bundle"). The Uwazi pack is a
    publication: the publication answer decides ("csv"), and "anonymised" shows a person
    only by pseudonym."""
    decision = disclosure.decide(session.db, channel)
    return set(decision.withheld), set(decision.anonymous) | set(decision.people)


def preview(session: Session, scope: Scope, lang: str) -> RecordExport:
    """What an export would write: rows per kind and how many records are withheld."""
    sheets, withheld = _sheets(session.vault, scope, lang, None, None)
    return RecordExport("", "", {s.kind: len(s.rows) for s in sheets}, withheld, False)


def export_records(session: Session, out: Path, fmt: str, scope: Scope, lang: str, *,
                   progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> RecordExport:
    """Write the tables. `progress(done, total)` and `cancel` as everywhere: a cancel (or
    an interrupt) leaves nothing behind, not even a partial file or folder."""
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}: choose xlsx, csv or uwazi")
    if fmt == "uwazi":
        return export_uwazi(session, out, scope, lang, progress=progress, cancel=cancel)
    out = Path(out)
    if out.exists():
        raise InvalidInput(f"{out} already exists: choose a new name")
    if not out.parent.is_dir():
        raise InvalidInput(f"the folder {out.parent} does not exist")
    choosing, writing = _phases(progress)
    sheets, withheld = _sheets(session.vault, scope, lang, choosing, cancel)
    total = sum(len(s.rows) for s in sheets)
    if fmt == "xlsx":
        scratch = [partial_path(out, f".sheet{n}") for n in range(max(len(sheets), 1))]
        with session.vault.outputs([partial_path(out), *scratch]), atomic_writer(out) as fh:
            _write_xlsx(sheets, fh, out, writing, cancel, total)
        files = [out.name]
    else:
        files = []
        with session.vault.outputs([partial_path(out)]), _new_folder(out) as staging:
            done = 0
            for sheet in sheets:
                _check(cancel)
                with atomic_writer(staging / f"{sheet.kind}.csv") as fh:
                    fh.write(_csv_bytes(sheet))
                files.append(sheet.kind + ".csv")
                done += len(sheet.rows)
                if writing is not None:
                    writing(done, total)
    counts = {s.kind: len(s.rows) for s in sheets}
    with session.db.transaction():
        session.vault.audit("records_export", {
            "path": str(out.absolute()), "format": fmt, "lang": lang, "files": files,
            "rows": counts, "withheld": withheld,
            "scope": scope.as_dict()})
    if progress is not None:
        progress(1000, 1000)
    return RecordExport(str(out), fmt, counts, withheld, True)


def export_uwazi(session: Session, folder: Path, scope: Scope, lang: str, *,
                 progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> RecordExport:
    """The Uwazi import pack (app.uwazi) in a new folder: one CSV per template and one per
    thesaurus, publication consent applied. Plaintext: audited like the tables."""
    folder = Path(folder)
    if folder.exists():
        raise InvalidInput(f"{folder} already exists: choose a new folder")
    if not folder.parent.is_dir():
        raise InvalidInput(f"the folder {folder.parent} does not exist")
    choosing, writing = _phases(progress)
    chosen = _select(session.vault, scope, lang, choosing, cancel, channel="csv")
    files = uwazi.pack(chosen, lang)
    with session.vault.outputs([partial_path(folder)]), _new_folder(folder) as staging:
        (staging / "thesauri").mkdir(mode=0o700)
        for n, (name, data) in enumerate(files.items(), start=1):
            _check(cancel)
            with atomic_writer(staging / name) as fh:
                fh.write(data)
            if writing is not None:
                writing(n, len(files))
    counts: dict[str, int] = {}
    for _rid, kind, _body in chosen.records:
        if kind in uwazi.TEMPLATES:
            counts[kind] = counts.get(kind, 0) + 1
    with session.db.transaction():
        session.vault.audit("records_export", {
            "path": str(folder.absolute()), "format": "uwazi", "lang": lang,
            "files": sorted(files), "rows": counts, "withheld": chosen.withheld,
            "scope": scope.as_dict()})
    if progress is not None:
        progress(1000, 1000)
    return RecordExport(str(folder), "uwazi", counts, chosen.withheld, True)


def _csv_bytes(sheet: Sheet) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(sheet.headers)
    for row in sheet.rows:
        w.writerow([v.isoformat() if isinstance(v, dt.date) else
                    ("" if v is None else _safe(v)) for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # the BOM: Excel reads it as UTF-8


def _write_xlsx(sheets: list[Sheet], fh: io.BufferedWriter | object, out: Path,
                progress: Progress | None = None, cancel: threading.Event | None = None,
                total: int = 0) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=True)
    scratch: list[Path] = []
    try:
        done = 0
        for n, sheet in enumerate(sheets):
            ws = book.create_sheet(_sheet_name(sheet.title))
            scratch.append(_scratch_writer(ws, out, n))
            ws.freeze_panes = "B2"
            head = []
            for text in sheet.headers:
                cell = WriteOnlyCell(ws, value=text)
                cell.font = Font(bold=True)
                head.append(cell)
            ws.append(head)
            for row in sheet.rows:
                ws.append([_safe(v) for v in row])
                done += 1
                if done % 200 == 0:
                    _check(cancel)
                    if progress is not None:
                        progress(done, total)
        if not sheets:
            ws = book.create_sheet("-")
            scratch.append(_scratch_writer(ws, out, 0))
        _check(cancel)
        book.save(fh)
    except BaseException:
        for ws in book.worksheets:  # close the sheets' streams, rows first, then files
            for stream in (getattr(ws, "_rows", None),
                           getattr(getattr(ws, "_writer", None), "xf", None)):
                if stream is not None:
                    with contextlib.suppress(Exception):
                        stream.close()
        raise
    finally:
        for path in scratch:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _scratch_writer(ws: Any, out: Path, n: int) -> Path:
    """openpyxl writes each sheet to a file before zipping it — by default in the
    system's temp folder, where the rows would lie in plaintext outside the place the
    person chose (and stay there if the process is killed). Here the sheet's file is a
    hidden `.partial` beside the target, mode 0600, removed whatever happens; a killed
    export leaves it where the person looks, named as every unfinished write is."""
    from openpyxl.worksheet import _writer

    path = partial_path(out, f".sheet{n}")
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    ws._writer = _writer.WorksheetWriter(ws, out=str(path))
    ws._writer.write_top()
    _writer.ALL_TEMP_FILES.append(str(path))  # openpyxl's own clean-up list expects it
    return path


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
