"""Records as tables, one per kind, for people who work in spreadsheets.

Each current record becomes a row; each field a column, with vocabulary fields given
twice — the code (stable, for machines) and the label in the reader's language (for
people). References are resolved to the referenced record's title, nested objects are
spread into `parent.child` columns, lists of objects are written as text. What may leave
is decided before a row is built: the records the export rule withholds are counted, not
written, and a protected person's identifying fields are masked (app.present) — in their
own row and wherever their title is shown.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app import present, schema, vocab
from app.filters import Case, Filters, Place, case_places, own_place
from app.translate import tr
from storage.db import Database
from storage.errors import Cancelled

Progress = Callable[[int, int], None]  # rows done, rows in all


@dataclass
class Sheet:
    kind: str
    title: str  # the kind's name in the reader's language
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Scope:
    """Which records: kinds (all when empty), and the statistics' filters (app.filters:
    dates, city, region, facility, event tag) applied to each record's cases — a record is
    kept when any case it names (or, for a case, itself) is within them, with the case's
    place as the statistics see it. A record that names no case is judged on its own
    date, city and facility (and has no tag)."""
    kinds: tuple[str, ...] = ()
    filters: Filters = field(default_factory=Filters)

    def keeps(self, own: tuple[str | None, Place], cases: list[Case]) -> bool:
        """`own` (date, place) judges a record linked to no case; otherwise it is kept
        when any of its cases is."""
        keeps = self.filters.keeps
        if cases:
            return any(keeps(c.date, c.place) for c in cases)
        return keeps(*own)

    def as_dict(self) -> dict[str, Any]:
        """What was asked, for the audit entry: only what is set."""
        asked: dict[str, Any] = {"kinds": list(self.kinds)} if self.kinds else {}
        asked.update({k: v for k, v in self.filters.as_dict().items() if v})
        return asked


def _columns(kind: schema.Kind, lang: str) -> list[tuple[str, schema.Field, str]]:
    """(body path, field, heading) for every column of a kind."""
    cols: list[tuple[str, schema.Field, str]] = []

    def add(fields: Iterable[schema.Field], prefix: str, head: str) -> None:
        for f in fields:
            path = f"{prefix}{f.name}"
            label = f"{head}{tr(f.label, lang, 'schema')}"
            if f.type == "object" and f.fields:
                add(f.fields, path + ".", label + " · ")
                continue
            if f.type in ("enum", "enums"):
                cols.append((path, f, f"{label} ({tr('code', lang, 'Tables')})"))
            cols.append((path, f, label))
    add(kind.fields, "", "")
    return cols


def _get(body: dict[str, Any], path: str) -> Any:
    value: Any = body
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _cell(f: schema.Field, value: Any, coded: bool, lang: str,
          titles: Callable[[str], str]) -> Any:
    if value is None or value == [] or value == "":
        return None
    if f.type == "enum":
        return value if coded else vocab.load(f.vocab or "").label(value, lang)
    if f.type == "enums":
        return "; ".join(value if coded else
                         [vocab.load(f.vocab or "").label(v, lang) for v in value])
    if f.type == "ref":
        return titles(value)
    if f.type == "refs":
        return "; ".join(titles(v) for v in value)
    if f.type == "strs":
        return "; ".join(value)
    if f.type == "date" and isinstance(value, str) and len(value) == 10:
        return dt.date.fromisoformat(value)  # a date cell; partial dates stay text
    if f.type == "objects":
        return json.dumps(value, ensure_ascii=False)
    return value


@dataclass
class Selection:
    """The records an output may carry, masked as they must be shown, and how many the
    rule withheld. `title` names any record as the output may name it."""
    records: list[tuple[str, str, dict[str, Any]]]  # (record id, kind, masked body)
    withheld: int
    title: Callable[[str], str]


def _hidden(kind: str, body: dict[str, Any], unnamed: set[str], rid: str) -> dict[str, Any]:
    """A person's identifying fields masked where they are protected, or where the rule
    lets them appear only without their name (`unnamed`)."""
    if kind == "person" and rid in unnamed and not present.is_protected(kind, body):
        body = {**body, "protected": True}
        return {k: v for k, v in present.masked(kind, body).items() if k != "protected"}
    return present.masked(kind, body)


def select(db: Database, scope: Scope, withheld: set[str], lang: str, *,
           unnamed: set[str] | frozenset[str] = frozenset(),
           progress: Progress | None = None,
           cancel: threading.Event | None = None) -> Selection:
    """Current records in scope that the rule lets leave, masked, in a stable order."""
    rows = db.all("SELECT record_id, kind, title, body, case_id, date, city, facility_id"
                  " FROM records WHERE deleted = 0 ORDER BY kind, created_at, record_id")
    cases = case_places(db)
    case_links: dict[str, set[str]] = {}  # record -> the cases it names (case_id, case_ids)
    for src, dst in db.all("SELECT src, dst FROM links"):
        if dst in cases:
            case_links.setdefault(src, set()).add(dst)
    bodies = {r[0]: (r[1], json.loads(r[3])) for r in rows}
    names = set(unnamed)

    def title(record_id: str) -> str:
        if record_id in withheld:
            return tr("[withheld]", lang, "Tables")
        kind_body = bodies.get(record_id)
        if kind_body is None:
            return record_id
        kind, body = kind_body
        return schema.display_title(kind, _hidden(kind, body, names, record_id), lang)

    chosen: list[tuple[str, str, dict[str, Any]]] = []
    held_back = 0
    for n, (rid, kind, _title, _body, case_id, date, city, facility) in enumerate(rows):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None and n % 500 == 0:
            progress(n, len(rows))
        if (scope.kinds and kind not in scope.kinds) or kind == "statistics_stub":
            continue  # a stub only counts in the figures (app.stubs): it is no record to list
        linked = {rid} if kind == "case" else case_links.get(rid, set()) | (
            {case_id} if case_id in cases else set())
        if not scope.keeps((date, own_place(city, facility)), [cases[c] for c in linked]):
            continue
        if rid in withheld:
            held_back += 1
            continue
        chosen.append((rid, kind, _hidden(kind, bodies[rid][1], names, rid)))
    if progress is not None:
        progress(len(rows), len(rows))
    return Selection(chosen, held_back, title)


def build(selection: Selection, lang: str) -> list[Sheet]:
    """One sheet per kind of the selection: a column per field, vocabulary fields as code
    and label."""
    sheets: dict[str, Sheet] = {}
    columns: dict[str, list[tuple[str, schema.Field, str]]] = {}
    for rid, kind, body in selection.records:
        if kind not in sheets:
            k = schema.get_kind(kind)
            columns[kind] = _columns(k, lang)
            sheets[kind] = Sheet(kind, tr(k.label, lang, "schema"),
                                 ["id", *(c[2] for c in columns[kind])])
        row: list[Any] = [rid]
        prev = ""
        for path, f, _head in columns[kind]:
            coded = path != prev and f.type in ("enum", "enums")  # first of the pair
            value = _get(body, path)
            row.append(present.MASK if value == present.MASK else
                       _cell(f, value, coded, lang, selection.title))
            prev = path
        sheets[kind].rows.append(row)
    return [sheets[k] for k in sorted(sheets)]
