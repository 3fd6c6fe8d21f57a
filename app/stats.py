"""Figures over an archive: complaints and their legal path, victims, methods, deaths in
custody, reprisals, detention before registration.

Every figure counts the current state of non-deleted records (the shown head of a
record in conflict). docs/statistics.md writes up how each one is counted; in short:

- **Complaints are first complaints.** A complaint record is a *step* of an earlier
  complaint, not a complaint, when it names one in `appeal_of` (how older records kept
  appeals) or is addressed to a UN body; new records keep their steps in `steps`. A
  legacy step belongs to the complaint its `appeal_of` chain leads to, else (a UN
  submission) to its case's earliest first complaint. Drafts are not complaints.
- **A complaint's status** is the latest dated of: its own `status` (dated `outcome_on`,
  else `filed_on`), its status history, and its steps' outcomes and histories (legacy
  steps included). Step outcomes that say nothing about the complaint's fate (a
  dismissed appeal, a UN body's registration, compensation) do not change it: see
  `KEEPS_STATUS`. So a closure overturned on appeal counts once, as pending.
- A complaint's city is its own `city`, else its case's; its region is its city's
  oblast, else its case's `oblast`. Its date is `filed_on`; its facilities are every
  facility named by a detention or an incident of its case; its tags its case's.
- "Closed" and "closed for lack of evidence" are defined once, by status code, in
  `STATUS_GROUP` and `LACK_OF_EVIDENCE` below.
- A victim is a person named in a case's `victim_ids` or in one of its incidents'
  `victim_ids`; an incident's methods are its own and those of its acts per victim.

Filters (`Filters`): a date range, a city, a region, a facility and an event tag, the
same for every table, applied with the rules above. Partial dates compare as text, like
the record list: "2022" is before "2022-01-01" and after "2021-12-31".

Labels come in the language asked for (`lang`): vocabulary labels from resources/vocab,
fixed headings from the interface's translation tables (resources/i18n/translations), so
that the command line speaks Russian and Kazakh in the desktop's words.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gc
import io
import json
import os
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import IO, Any, NamedTuple

import resources
from app import vocab
from app.filters import (
    FACILITY_KINDS,
    NO_CASE,
    NOWHERE,
    Case,
    Filters,
    Place,
    case_places,
    or_bodies,
    own_place,
)
from storage.db import Database, KeptPerState
from storage.errors import Cancelled, InvalidInput

# ---------------------------------------------------------------------------------------
# Complaint outcomes: the one place statuses are grouped

NOT_FILED, PENDING, CLOSED, COURT, OTHER, UNKNOWN = (
    "not_filed", "pending", "closed", "court", "other", "unknown")
GROUP_LABELS = {  # English; translated by word()
    NOT_FILED: "Not filed",
    PENDING: "Pending",
    CLOSED: "Closed",
    COURT: "Sent to court",
    OTHER: "Other outcome",
    UNKNOWN: "Status not recorded",
}
# Every code of resources/vocab/complaint_status.json (a test keeps them in step). A
# code not listed here (retired, or from a newer vocabulary) counts as OTHER.
STATUS_GROUP: dict[str, str] = {
    "draft": NOT_FILED,
    "filed": PENDING,
    "registered": PENDING,
    "investigation_opened": PENDING,
    "requalified": PENDING,  # investigated on, under a lesser article
    "no_response": PENDING,
    # Halted, not ended: the investigation can be resumed without a new complaint.
    "interrupted_no_perpetrator": PENDING,
    "suspended": PENDING,
    "closure_overturned": PENDING,
    "registration_refused": CLOSED,
    "closed_no_corpus_delicti": CLOSED,
    "closed_no_evidence": CLOSED,
    "amnesty": CLOSED,
    "plea_bargain": COURT,
    "sent_to_court": COURT,
    "conviction": COURT,
    "acquittal": COURT,
    "withdrawn": OTHER,  # ended by the complainant (often under pressure), not closed
    "appeal_dismissed": OTHER,
    "un_violation_found": OTHER,
    "un_no_violation": OTHER,
    "compensation_awarded": OTHER,
    "compensation_refused": OTHER,
    "other": OTHER,
}
# Step outcomes that do not change the complaint's own status: an appeal dismissed
# leaves the closure standing; a UN body's decision or compensation follows the domestic
# outcome without replacing it; "filed" and "no response" record that a step was taken.
KEEPS_STATUS = frozenset({"draft", "filed", "no_response", "other", "appeal_dismissed",
                          "un_violation_found", "un_no_violation", "compensation_awarded",
                          "compensation_refused"})
# Closed for want of proof: the "closed for lack of evidence" figures (all in CLOSED).
LACK_OF_EVIDENCE = ("closed_no_corpus_delicti", "closed_no_evidence")
COUNTED_GROUPS = (PENDING, CLOSED, COURT, OTHER, UNKNOWN)  # complaints that were filed

# The attrition chain: a complaint reached a stage when any of its dated statuses (own,
# history, steps) is one of these codes, or when the field named says so.
REGISTERED = frozenset({"registered", "investigation_opened", "requalified",
                        "interrupted_no_perpetrator", "suspended", "closure_overturned",
                        "closed_no_corpus_delicti", "closed_no_evidence", "amnesty",
                        "plea_bargain", "sent_to_court", "conviction", "acquittal"})
IN_COURT = frozenset({"plea_bargain", "sent_to_court", "conviction", "acquittal"})
CONVICTED = frozenset({"plea_bargain", "conviction"})  # a plea bargain ends in a conviction

# The law's limit on custody before a detention is registered by a court decision
# (domain.md): 48 hours for adults, 24 for minors.
HOURS_LIMIT_ADULT, HOURS_LIMIT_MINOR = 48, 24
AGE_BANDS = ((0, 17), (18, 29), (30, 44), (45, 59), (60, 200))


def status_group(status: str | None) -> str:
    """The outcome group of a complaint status (UNKNOWN when none is recorded)."""
    if not status:
        return UNKNOWN
    return STATUS_GROUP.get(status, OTHER)


@functools.cache
def _international() -> frozenset[str]:
    return frozenset(code for code in vocab.load("complaint_body")
                     if (vocab.load("complaint_body").item(code) or {}).get("group")
                     == "international")


def international(body: str | None) -> bool:
    """Whether a complaint body is a UN body (its submissions are steps, not complaints)."""
    return body in _international()


# Keys of rows that are not vocabulary codes (codes start with a letter).
TOTAL = "_total"
NONE = "_none"
_SPECIAL_LABELS = {TOTAL: "Total", NONE: "Not recorded"}


@functools.cache
def _words() -> dict[str, dict[str, str]]:
    """The interface's translation tables (resources/i18n/translations/*.json): the
    command line and the desktop use the same wording for every heading."""
    table: dict[str, dict[str, str]] = {}
    for file in sorted((resources.ROOT / "i18n" / "translations").glob("*.json")):
        table.update(json.loads(file.read_text(encoding="utf-8")))
    return table


def word(text: str, lang: str) -> str:
    """A fixed heading in `lang` (English, or the English text when not translated)."""
    if lang == "en":
        return text
    words = _words()
    entry = words.get(f"Statistics|{text}") or words.get(text) or {}
    return entry.get(lang) or text


# ---------------------------------------------------------------------------------------
# Tables


@dataclass(frozen=True)
class Column:
    key: str  # stable: "complaints", "closed_pct", or a vocabulary code
    label: str  # English for fixed columns; the vocabulary label for code columns


@dataclass(frozen=True)
class Table:
    """One figure: rows of values under `columns`. The first column of every row is a
    key (a vocabulary code, a record id, a month, or TOTAL / NONE), the second its label
    in the requested language; the rest are counts (int) and percentages (float with one
    decimal, None when there is nothing to divide by)."""

    title: str  # English; the GUI translates
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    name: str = ""  # stable identifier: the CLI's --table, the CSV file name
    note: str = ""  # English: what is counted

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def row(self, key: str) -> dict[str, Any]:
        """The row whose key is `key`, as {column key: value}."""
        for r in self.rows:
            if r[0] == key:
                return dict(zip(self.keys, r, strict=True))
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "note": self.note,
                "columns": [{"key": c.key, "label": c.label} for c in self.columns],
                "rows": [list(r) for r in self.rows]}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value  # a spreadsheet must show it, never evaluate it
    return value


def csv_text(table: Table) -> str:
    """The table as CSV text (RFC 4180: CRLF line ends, quotes only where needed).
    Text cells starting with = + - @ (or a tab or CR) get a leading apostrophe so a
    spreadsheet shows them instead of running them as formulas."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([_csv_cell(c.label) for c in table.columns])
    for row in table.rows:
        writer.writerow([_csv_cell(v) for v in row])
    return out.getvalue()


def to_csv(table: Table, file: str | os.PathLike[str] | IO[str] | IO[bytes]) -> None:
    """Write `table` as UTF-8 CSV with a byte-order mark (so Excel reads Cyrillic right)
    to a path or an open file (text or binary)."""
    data = "\ufeff" + csv_text(table)
    if isinstance(file, str | os.PathLike):
        Path(file).write_bytes(data.encode("utf-8"))
    elif isinstance(file, io.TextIOBase):
        file.write(data)
    else:
        file.write(data.encode("utf-8"))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# What the figures are made of

@dataclass(slots=True)
class _Complaint:
    record_id: str
    body: str | None  # addressed to
    filed_on: str | None
    place: Place
    own: tuple[str, str | None]  # (date, status) of the record itself
    # (date, order, status, changes the status, domestic): history, steps, legacy steps
    events: list[tuple[str, int, str, bool, bool]] = field(default_factory=list)
    steps: list[str | None] = field(default_factory=list)  # the bodies of its steps
    suspect: bool = False
    victim: bool = False
    erdr: bool = False  # an ERDR registration number is recorded

    @property
    def month(self) -> str:
        d = self.filed_on
        return d[:7] if d and len(d) >= 7 else NONE

    @property
    def year(self) -> str:
        return self.filed_on[:4] if self.filed_on else NONE

    # Set once the whole path is known (`settle`): read many times by every table.
    status: str | None = None
    group: str = UNKNOWN
    reached: frozenset[str] = frozenset()

    def settle(self) -> None:
        """The current status: the latest dated one that says something about the
        complaint's fate; and every status it had at home, by any record of its path (a
        UN body "registering" a communication is not a registration in the ERDR)."""
        date, status = self.own
        best = (date, 0, status)
        for when, order, code, changes, _home in self.events:
            if changes and (when, order) >= best[:2]:
                best = (when, order, code)
        self.status = best[2]
        self.group = status_group(self.status)
        self.reached = frozenset({c for _, _, c, _, home in self.events if home}
                                 | {status or ""}) - {""}


@dataclass
class _Methods:
    counts: Counter[str]  # incidents naming each method
    grid: Counter[tuple[str, str]]  # ... by (method, city or NONE)
    groups: Counter[str]  # incidents naming any method of each group
    incidents: int  # incidents naming any method


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _order(keys: Iterable[str | None], codes: Iterable[str]) -> list[str]:
    """Keys present, in vocabulary order, then unknown codes sorted, then NONE."""
    present = {k or NONE for k in keys}
    ordered = [c for c in codes if c in present]
    ordered += sorted(k for k in present - set(ordered) - {NONE})
    return ordered + ([NONE] if NONE in present else [])


def _age(body: dict[str, Any], on: str | None) -> int | None:
    """Age at the time of events: the recorded age, else from the full birth date."""
    if isinstance(body.get("age"), int):
        return body["age"]
    born = body.get("date_of_birth")
    if not (isinstance(born, str) and len(born) == 10 and on and len(on) >= 10):
        return None
    years = int(on[:4]) - int(born[:4])
    return years - 1 if on[5:10] < born[5:10] else years


TableFn = Callable[["Stats"], Table]
TABLES: dict[str, TableFn] = {}


def _table(name: str) -> Callable[[TableFn], TableFn]:
    def register(fn: TableFn) -> TableFn:
        TABLES[name] = fn
        return fn

    return register


class _Item(NamedTuple):
    """A current record as the figures read it: its place (own city and facility, else
    its case's) and date worked out once."""

    record_id: str
    case_id: str | None
    date: str | None
    place: Place
    body: dict[str, Any]


# The kinds whose bodies the tables read.
_READ_KINDS = ("complaint", "incident", "detention", "death_in_custody", "reprisal")
# The kinds whose consent the tables ask: those, the cases they belong to, the victims.
_JUDGED_KINDS = ("case", "person", *_READ_KINDS)

# What the tables read of each kind's body: top-level fields, and for lists of objects the
# fields read of each item (records.figures keeps only these; `counted`). A field the
# tables start reading must be added here, and COUNTED_VERSION raised so that every
# archive derives the column again at its next opening.
_COUNTED: dict[str, dict[str, tuple[str, ...]]] = {
    "complaint": {"appeal_of": (), "body": (), "status": (), "outcome_on": (),
                  "suspect_identified": (), "victim_status": (), "registration_number": (),
                  "history": ("on", "status"),
                  "steps": ("body", "step", "history", "outcome", "decided_on", "filed_on")},
    "incident": {"methods": (), "acts": ("methods",),
                 "perpetrators": ("person_id", "agency", "involvement")},
    "detention": {"person_id": (), "hours_before_registration": ()},
    "death_in_custody": {"family_disputes_cause": (), "autopsy_done": (),
                         "independent_autopsy": (), "investigation": ()},
    "reprisal": {"kind": (), "outcome": ()},
    "person": {"gender": (), "minor": (), "foreign_national": (), "activist": (), "age": (),
               "date_of_birth": (), "agency": ()},
    # What a case's place is made of besides its columns (app.filters.case_places).
    "case": {"oblast": (), "tags": ()},
}
# "2": cases' fields added (their region and tags were read from the whole body).
COUNTED_SETTING, COUNTED_VERSION = "statistics_fields", "2"


def counted(kind: str, body: dict[str, Any]) -> str | None:
    """The `records.figures` value of a live record: the fields of its body the tables
    read, as JSON (None for a kind they do not read). A registration number is kept only
    as "recorded" (the tables ask whether there is one)."""
    fields = _COUNTED.get(kind)
    if fields is None:
        return None
    out: dict[str, Any] = {}
    for name, inner in fields.items():
        if name not in body:
            continue
        value = body[name]
        if name == "registration_number":
            if value:
                out[name] = True
            continue
        if inner and isinstance(value, list):
            value = [{k: v for k, v in item.items() if k in inner}
                     if isinstance(item, dict) else item for item in value]
        out[name] = value
    return json.dumps(out, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def counted_current(db: Database) -> bool:
    """Whether every current record of a counted kind has its `figures` (made by today's
    `counted`): the figures then read that column alone."""
    row = db.one("SELECT value FROM settings WHERE key = ?", (COUNTED_SETTING,))
    return row is not None and row[0] == COUNTED_VERSION


def ensure_counted(db: Database) -> int:
    """Derive `records.figures` for every current record when it is missing or was made
    by an older `counted` (an archive upgraded to schema 5); returns how many records were
    read. Cheap when current: one settings lookup."""
    if counted_current(db):
        return 0
    marks = ",".join("?" * len(_COUNTED))
    with db.transaction():
        db.execute("UPDATE records SET figures = NULL WHERE figures IS NOT NULL")
        rows = [(counted(kind, json.loads(body)), rowid) for rowid, kind, body in db.iterate(
            f"SELECT rowid, kind, body FROM records WHERE deleted = 0 AND kind IN ({marks})",
            tuple(_COUNTED), batch=5000)]
        db.executemany("UPDATE records SET figures = ? WHERE rowid = ?", rows)
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key)"
                   " DO UPDATE SET value = excluded.value", (COUNTED_SETTING, COUNTED_VERSION))
    return len(rows)


def figures_disagreeing(db: Database) -> int:
    """How many current records' `figures` disagree with their bodies: 0 for an intact
    vault (a rolled-back page of the records table could leave old figures beside a new
    body; `qorgau check` derives them again)."""
    if not counted_current(db):
        return 0  # not filled yet: the tables read the bodies
    return sum(1 for kind, deleted, body, figures in db.iterate(
        "SELECT kind, deleted, body, figures FROM records", batch=5000)
        if figures != (None if deleted else counted(kind, json.loads(body))))


# What the model reads of a body while the derived fields are being filled: the derived
# fields where written, else the body. (The full-reading tests set it to "body".)
_FIELDS = "coalesce(figures, body)"


def _fields(db: Database) -> str:
    """The column (or expression) the model reads each record's counted fields from.
    "figures" alone, when filled, lets SQLite answer from the narrow `records_counted`
    index (schema 6) without touching the table's pages, where the bodies are."""
    if _FIELDS == "body" or db.user_version() < 5:
        return "body"
    return "figures" if counted_current(db) else _FIELDS


# Values parsed a call: one call for 45,000 held the interpreter ≈ 130 ms in one piece,
# and the desk's GUI thread, waiting for it, stalled that long while the worker counted.
_PARSE_CHUNK = 2000


def loads_all(texts: list[str]) -> list[Any]:
    """Many JSON values parsed a few thousand a call: about half the time of one call
    each, and no call long enough to keep another thread waiting."""
    out: list[Any] = []
    for start in range(0, len(texts), _PARSE_CHUNK):
        out.extend(json.loads("[" + ",".join(texts[start:start + _PARSE_CHUNK]) + "]"))
    return out


def _check(cancel: threading.Event | None) -> None:
    """Stop when asked (a coordinator's Cancel: at a million versions the first draw
    takes a quarter of a minute, and the desk's worker is held until it ends)."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("counting the figures was stopped: nothing was changed")


class _Model:
    """What every table of a vault is made of, before any filter: read and worked out
    once per state of the vault (`model`), then shared by every set of filters and every
    language. Records of people who refused statistical use (app.disclosure) are left
    out here, so no table can count them: nor is anything in a case of theirs."""

    def __init__(self, db: Database, cancel: threading.Event | None = None) -> None:
        # No reference to `db` is kept: the model must die with the database it was read
        # from (it holds decrypted records), and `_MODELS` holds it only while `db` lives.
        # The derived fields where the vault has them (schema 5), else the bodies.
        self.fields = _fields(db)
        self.refused = self._read_refused(db)
        self.items: dict[str, list[_Item]] = {kind: [] for kind in _READ_KINDS}
        marks = ",".join("?" * len(_READ_KINDS))
        refused = self.refused
        # One read of what the tables need of each record: the fields the write path
        # derived for them (`counted`), from the narrow index where filled, else the body;
        # parsed a few thousand a call (`loads_all`). (Parsing JSON in Python measured
        # faster than asking SQLite's json_extract for a few fields.)
        everything = db.all(
            f"SELECT kind, record_id, case_id, city, facility_id, date, {self.fields}"
            f" FROM records WHERE kind IN ({marks}) AND deleted = 0", _READ_KINDS)
        # The same rows name the facilities of each case (refused records' too, as
        # case_places reads them), so that is not read a second time.
        facilities: dict[str, set[str]] = defaultdict(set)
        for kind, _rid, case_id, _city, facility, *_ in everything:
            if facility is not None and case_id is not None and kind in FACILITY_KINDS:
                facilities[case_id].add(facility)
        self.cases = cases = case_places(db, refused, self.fields, facilities)
        _check(cancel)
        rows = [row for row in everything if row[1] not in refused and row[2] not in refused]
        del everything
        bodies = loads_all(or_bodies(db, [row[1] for row in rows], [row[6] for row in rows]))
        _check(cancel)
        # A place is worked out once per (city, facility, case): most records have
        # neither city nor facility of their own and take their case's.
        places: dict[tuple[str | None, str | None, str | None], Place] = {}
        items = self.items
        make = tuple.__new__  # an _Item without its Python-level constructor (45k calls)
        for (kind, rid, case_id, city, facility, date, _), body in zip(rows, bodies,
                                                                      strict=True):
            if city is None and facility is None:
                place = cases.get(case_id, NO_CASE).place if case_id else NOWHERE
            else:
                key = (city, facility, case_id)
                place = places.get(key)
                if place is None:
                    place = places[key] = own_place(city, facility,
                                                    cases.get(case_id or "", NO_CASE).place)
            items[kind].append(make(_Item, (rid, case_id, date, place, body)))
        self.stubs = 0
        for rid, city, date, raw in db.all(
                "SELECT record_id, city, date, body FROM records"
                " WHERE kind = 'statistics_stub' AND deleted = 0 AND record_id"
                " NOT IN (SELECT v.record_id FROM versions v JOIN device d"
                " ON v.author = d.device_id WHERE v.kind = 'statistics_stub')"):
            body = json.loads(raw)
            if body.get("of_kind") not in self.items:
                continue
            place = own_place(city, None, NOWHERE)
            if not city and body.get("oblast"):
                place = place._replace(region=body["oblast"])
            self.items[body["of_kind"]].append(_Item(rid, None, date, place, body))
            self.stubs += 1
        # Every person's flags (one set per distinct value: most people share theirs) and,
        # where the counted fields are read from the narrow index, the text of their fields
        # too, from the same entries: the tables parse the few they need (`people`).
        narrow = self.fields == "figures"
        self._person_texts: dict[str, str | None] | None = {} if narrow else None
        self.person_flags: dict[str, frozenset[str]] = {}
        sets: dict[str, frozenset[str]] = {}
        for rid, flags, text in db.all(
                f"SELECT record_id, flags, {'figures' if narrow else 'NULL'} FROM records"
                " WHERE kind = 'person' AND deleted = 0"):
            held = sets.get(flags)
            if held is None:
                held = sets[flags] = frozenset(flags.split())
            self.person_flags[rid] = held
            if self._person_texts is not None:
                self._person_texts[rid] = text
        self.facility_names: dict[str, str] = dict(db.all(
            "SELECT record_id, title FROM records WHERE kind = 'facility'"))
        # (person id, their case) for every victim named by a case or one of its incidents.
        self.victim_links: list[tuple[str, Case]] = []
        for kind, record_id, case_id, person_id in db.all(
                # rel in ['victim_ids[', 'victim_ids\\'): every "victim_ids[N]", found
                # through the links' key from each case and incident of the narrow index.
                "SELECT r.kind, r.record_id, r.case_id, l.dst FROM records r JOIN links l"
                " ON l.src = r.record_id AND l.rel >= 'victim_ids[' AND l.rel < 'victim_ids\\'"
                " WHERE r.kind IN ('case', 'incident') AND r.deleted = 0"):
            if person_id in refused or record_id in refused:
                continue
            case = cases.get(record_id if kind == "case" else case_id or "")
            if case is not None:
                self.victim_links.append((person_id, case))
        self._people: dict[str, dict[str, Any] | None] = {}
        self.tables: dict[tuple[Filters, str], dict[str, Table]] = {}  # by Stats.tables
        self._complaints: tuple[list[_Complaint], list[tuple[str | None, str | None,
                                                              Place]]] | None = None

    @staticmethod
    def _read_refused(db: Database) -> frozenset[str]:
        """The records the statistics channel withholds, of the kinds the tables read:
        from the consent rule's rows kept by the write path (a few statements), else (an
        archive whose rows are not filled yet) from the rule's full read of the vault."""
        from app import disclosure

        derived = disclosure.withheld_of_kinds(db, "statistics", _JUDGED_KINDS)
        if derived is not None:
            return derived
        return frozenset(disclosure.decide(db, "statistics").withheld)

    def people(self, db: Database, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The bodies of the person records named (only those: an archive holds many),
        each read once per model."""
        ids = list(ids)
        wanted = sorted(set(ids) - self._people.keys())
        texts = self._person_texts
        if texts is not None:  # read with the flags: parsed here, no statement
            known = [rid for rid in wanted if rid in texts]
            self._people.update(dict.fromkeys(wanted))
            self._people.update(zip(known, loads_all(or_bodies(
                db, known, [texts[rid] for rid in known])), strict=True))
            wanted = []
        for i in range(0, len(wanted), 5000):
            chunk = wanted[i:i + 5000]
            # Each id looked up by its key (CROSS JOIN keeps that order): left to itself,
            # SQLite walked every person of the archive once per chunk, by the kind index
            # (46 s of a million-version archive's first draw).
            rows = db.all(
                f"SELECT r.record_id, {self.fields}"
                " FROM json_each(?) AS j CROSS JOIN records AS r ON r.record_id = j.value"
                " WHERE r.kind = 'person' AND r.deleted = 0", (json.dumps(chunk),))
            ids_found = [rid for rid, _ in rows]
            found = dict(zip(ids_found, loads_all(or_bodies(
                db, ids_found, [text for _, text in rows])), strict=True))
            for rid in chunk:
                self._people[rid] = found.get(rid)
        return {rid: body for rid in ids if (body := self._people[rid]) is not None}

    @functools.cached_property
    def methods(self) -> list[tuple[str | None, Place, tuple[str, ...], frozenset[str]]]:
        """(date, place, methods, groups of methods) of every incident naming a method,
        its own or an act's against one of its victims."""
        group_of = {code: (item or {}).get("group", "other") for code, item in (
            (c, vocab.load("methods").item(c)) for c in vocab.load("methods"))}
        out = []
        groups: dict[tuple[str, ...], frozenset[str]] = {}  # incidents share combinations
        for item in self.items["incident"]:
            b = item.body
            named = list(b.get("methods") or ())
            for act in b.get("acts") or ():
                named += act.get("methods") or ()
            if not named:
                continue
            methods = tuple(dict.fromkeys(named))
            held = groups.get(methods)
            if held is None:
                held = groups[methods] = frozenset(group_of.get(m, "other") for m in methods)
            out.append((item.date, item.place, methods, held))
        return out

    @property
    def complaints(self) -> tuple[list[_Complaint], list[tuple[str | None, str | None, Place]]]:
        if self._complaints is None:
            self._complaints = _fold_complaints(self.items["complaint"])
        return self._complaints


def _fold_complaints(rows: list[_Item]) -> tuple[list[_Complaint],
                                                 list[tuple[str | None, str | None, Place]]]:
    """Every first complaint with its path folded in (unfiltered), and the steps that
    belong to no first complaint: (body, date, place)."""
    by_id = {r.record_id: r for r in rows}
    steps = {r.record_id for r in rows
             if r.body.get("appeal_of") or international(r.body.get("body"))}

    firsts: dict[str, _Complaint] = {}
    for rid, _case_id, date, place, b in rows:
        if rid in steps or status_group(b.get("status")) == NOT_FILED:
            continue
        c = _Complaint(rid, b.get("body"), date, place,
                       (b.get("outcome_on") or date or "", b.get("status")),
                       suspect=b.get("suspect_identified") is True,
                       victim=b.get("victim_status") is True,
                       erdr=bool(b.get("registration_number")))
        order = 1
        for h in b.get("history") or ():
            c.events.append((h["on"], order, h["status"], h["status"] not in KEEPS_STATUS,
                             True))
        for step in b.get("steps") or ():
            c.steps.append(step.get("body"))
            abroad = international(step.get("body")) or step.get("step") in (
                "un_communication", "un_views", "compensation")
            order += 1
            for h in step.get("history") or ():
                c.events.append((h["on"], order, h["status"],
                                 not abroad and h["status"] not in KEEPS_STATUS, not abroad))
            if step.get("outcome"):
                when = step.get("decided_on") or step.get("filed_on") or ""
                c.events.append((when, order, step["outcome"],
                                 not abroad and step["outcome"] not in KEEPS_STATUS,
                                 not abroad))
        firsts[rid] = c

    earliest: dict[str, _Complaint] = {}  # by case: where a UN submission belongs
    for r in rows:
        c = firsts.get(r.record_id)
        if c and r.case_id and (r.case_id not in earliest
                                or (c.filed_on or "~") < (earliest[r.case_id].filed_on or "~")):
            earliest[r.case_id] = c
    orphans = []
    for rid, case_id, date, place, b in rows:
        if rid not in steps:
            continue
        root, seen = b, {rid}
        while root.get("appeal_of") and root["appeal_of"] in by_id \
                and root["appeal_of"] not in seen:
            seen.add(root["appeal_of"])
            root = by_id[root["appeal_of"]].body
        owner = next((firsts[i] for i in seen if i in firsts), None)
        if owner is None and case_id:
            owner = earliest.get(case_id)
        if owner is None:
            orphans.append((b.get("body"), date, place))
            continue
        owner.steps.append(b.get("body"))
        status = b.get("status")
        if status and status_group(status) != NOT_FILED:
            home = not international(b.get("body"))
            owner.events.append((b.get("outcome_on") or date or "", 100, status,
                                 home and status not in KEEPS_STATUS, home))
    for c in firsts.values():
        c.settle()
    return list(firsts.values()), orphans


# The model of each open database, read again whenever anything could have changed.
_MODELS: KeptPerState[_Model] = KeptPerState()


# More objects than the youngest generation ever holds while the collector runs (it is
# collected every 700 allocations): what a model built with it off left behind.
_BUILT = 50_000


# How many paused_collector blocks are open, on any thread: a collector run by hand (the
# desktop's, on its GUI thread: ui.collector) waits while one is.
_PAUSES = [0]
_PAUSES_LOCK = threading.Lock()


def collector_paused() -> bool:
    """Is a model being built with the collector paused (see paused_collector)?"""
    return _PAUSES[0] > 0


@contextlib.contextmanager
def paused_collector(*, hold: bool = False) -> Iterator[None]:
    """Python's cycle collector paused while tens of thousands of parsed bodies are made:
    each of its full passes walks every object already made, and it runs again and again
    as they pile up (measured: a fifth to a third of the reading). Nothing made here is
    cyclic; reference counting still frees everything as usual. Nested, the outermost
    one decides.

    On the way out, what was made is moved to the collector's oldest generation unwalked
    (freeze, then unfreeze at once: nothing stays frozen). Otherwise the first allocation
    after re-enabling it walks every object made meanwhile, and again when they are
    promoted (measured: 0.07 s after a draw at 100,000 records, 0.8–1.1 s at a million,
    a stall on the thread holding the interpreter); they are walked only by full
    collections, like every long-lived object.

    `hold=True` (the desk, whose GUI thread shares the interpreter): a model built meanwhile
    stays frozen, out of even the full collections' reach (they stalled the GUI thread
    70–160 ms), until the desk locks and hands it back (`gc.unfreeze`)."""
    enabled = gc.isenabled()
    gc.disable()
    with _PAUSES_LOCK:
        outermost = _PAUSES[0] == 0  # a block inside another leaves the setting aside to it
        _PAUSES[0] += 1
    try:
        yield
    finally:
        # Whether or not the automatic collector was on (the desktop runs it on its GUI
        # thread instead: ui.collector), what was made is set aside the same way.
        if outermost and not hold:
            gc.freeze()
            gc.unfreeze()
        elif outermost and gc.get_count()[0] > _BUILT:
            gc.freeze()
        if enabled:
            gc.enable()
        with _PAUSES_LOCK:
            _PAUSES[0] -= 1


def model(db: Database, cancel: threading.Event | None = None) -> _Model:
    """The model of `db` as it is now: read again after any change (a record written,
    imported, deleted or purged, a consent answer changed), else shared. `cancel` stops
    the reading (Cancelled; nothing kept)."""
    def read() -> _Model:
        with paused_collector():
            return _Model(db, cancel)

    return _MODELS.get(db, read)


class Stats:
    """The figures of one vault for one set of filters, in one language.

        stats = Stats(vault.db, Filters(date_from="2022-02-01", city="taraz"), lang="ru")
        for table in stats.tables(): ...

    What the tables count is read once per state of the vault (`model`): changing the
    filters or the language costs only the counting.
    """

    def __init__(self, db: Database, filters: Filters | None = None, lang: str = "en", *,
                 cancel: threading.Event | None = None) -> None:
        if lang not in vocab.LANGS:
            raise InvalidInput(f"language must be one of {', '.join(vocab.LANGS)}")
        self.db = db
        self.filters = filters or Filters()
        self.lang = lang
        self.cancel = cancel  # checked between the model's steps and between tables

    # -- labels ----------------------------------------------------------------

    def w(self, text: str) -> str:
        return word(text, self.lang)

    def label(self, vocab_name: str, key: str) -> str:
        if key in _SPECIAL_LABELS:
            return self.w(_SPECIAL_LABELS[key])
        return vocab.load(vocab_name).label(key, self.lang)

    def col(self, key: str, label: str) -> Column:
        return Column(key, self.w(label))

    def _key_columns(self, key: str, label: str) -> tuple[Column, Column]:
        return Column(key, self.w(f"{label} code")), Column(f"{key}_label", self.w(label))

    def _make(self, name: str, title: str, columns: Iterable[Column],
              rows: Iterable[tuple[Any, ...]], note: str) -> Table:
        return Table(self.w(title), tuple(columns), tuple(rows), name=name,
                     note=self._note(note))

    # -- what is counted, within the filters ---------------------------------------

    @functools.cached_property
    def _m(self) -> _Model:
        return model(self.db, self.cancel)

    @property
    def anonymised(self) -> int:
        """How many anonymised stubs the figures count (the desk says so)."""
        return self._m.stubs

    def _kept(self, date: str | None, place: Place) -> bool:
        return self.filters.keeps(date, place)

    def _items(self, kind: str) -> list[_Item]:
        """The current records of `kind` within the filters (by their own date)."""
        keeps = self.filters.keeps
        items = self._m.items[kind]
        return items if self.filters.empty else [i for i in items if keeps(i.date, i.place)]

    @property
    def _all_complaints(self) -> tuple[list[_Complaint], list[tuple[str | None, str | None,
                                                                    Place]]]:
        return self._m.complaints

    @functools.cached_property
    def _complaints(self) -> list[_Complaint]:
        """First complaints within the filters."""
        firsts = self._all_complaints[0]
        return firsts if self.filters.empty else [c for c in firsts
                                                  if self._kept(c.filed_on, c.place)]

    @functools.cached_property
    def _methods(self) -> _Methods:
        """Incidents with methods recorded, within the filters, counted by method and by
        (method, city)."""
        keeps = self.filters.keeps
        kept = self._m.methods if self.filters.empty else [
            m for m in self._m.methods if keeps(m[0], m[1])]
        # Each Counter made in one call over a flat stream (counted in C).
        return _Methods(Counter(chain.from_iterable(m[2] for m in kept)),
                        Counter((method, place.city or NONE)
                                for _date, place, methods, _groups in kept
                                for method in methods),
                        Counter(chain.from_iterable(m[3] for m in kept)), len(kept))

    @functools.cached_property
    def _victims(self) -> dict[str, tuple[str | None, str | None]]:
        """Victims within the filters: person id → (city, date) of their first case (by
        opening date), the place and time they count under."""
        out: dict[str, tuple[str | None, str | None]] = {}
        keeps, everything = self.filters.keeps, self.filters.empty
        for person_id, case in self._m.victim_links:
            if not (everything or keeps(case.date, case.place)):
                continue
            known = out.get(person_id)
            if known is None or (case.date or "~") < (known[1] or "~"):
                out[person_id] = (case.place.city, case.date)
        return out

    @functools.cached_property
    def _victims_by_city(self) -> dict[str, set[str]]:
        """Person ids of victims by city (NONE: no city), each under every city of a case
        naming them (the table's note says so)."""
        out: dict[str, set[str]] = defaultdict(set)
        keeps, everything = self.filters.keeps, self.filters.empty
        for person_id, case in self._m.victim_links:
            if everything or keeps(case.date, case.place):
                out[case.place.city or NONE].add(person_id)
        return out

    def _people_named(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        return self._m.people(self.db, ids)

    @property
    def _person_flags(self) -> dict[str, frozenset[str]]:
        return self._m.person_flags

    @property
    def _facility_names(self) -> dict[str, str]:
        return self._m.facility_names

    # -- the tables ------------------------------------------------------------

    def tables(self, names: Iterable[str] | None = None) -> list[Table]:
        """The tables named (default: all, in TABLES order)."""
        wanted = list(names) if names is not None else list(TABLES)
        unknown = [n for n in wanted if n not in TABLES]
        if unknown:
            raise InvalidInput(f"unknown table {unknown[0]!r} (tables: {', '.join(TABLES)})")
        # A table is a function of the model, the filters and the language: counted once
        # for each (Tables are immutable), so the same view asked again costs nothing.
        done = self._m.tables.setdefault((self.filters, self.lang), {})
        with paused_collector():
            for n in wanted:
                if n not in done:
                    _check(self.cancel)
                    done[n] = TABLES[n](self)
        return [done[n] for n in wanted]

    def _note(self, text: str) -> str:
        scope = self.filters.describe()
        return f"{text} Filters: {scope}." if scope else text

    def _group_columns(self) -> list[Column]:
        return [self.col(g, GROUP_LABELS[g]) for g in COUNTED_GROUPS]

    def _group_counts(self, complaints: Iterable[_Complaint]) -> list[int]:
        counts = Counter(c.group for c in complaints)
        return [counts[g] for g in COUNTED_GROUPS]

    # - complaints --------------------------------------------------------------

    @_table("status_by_city")
    def status_by_city(self) -> Table:
        complaints = self._complaints
        statuses = _order((c.status for c in complaints), vocab.load("complaint_status").codes)
        cities = _order((c.place.city for c in complaints), vocab.load("city").codes)
        grid = Counter((c.place.city or NONE, c.status or NONE) for c in complaints)
        rows = []
        for city in [*cities, TOTAL]:
            counts = [sum(grid[(c, s)] for c in cities) if city == TOTAL else grid[(city, s)]
                      for s in statuses]
            rows.append((city, self.label("city", city), *counts, sum(counts)))
        columns = (*self._key_columns("city", "City"),
                   *(Column(s, self.label("complaint_status", s)) for s in statuses),
                   self.col("complaints", "Complaints"))
        return self._make("status_by_city", "Complaints by status and city", columns, rows,
                          "First complaints (appeals, later steps and drafts left out), by "
                          "their current status; city: the complaint's, else its case's.")

    @_table("by_year_region")
    def by_year_region(self) -> Table:
        complaints = self._complaints
        years = sorted({c.year for c in complaints} - {NONE})
        if any(c.year == NONE for c in complaints):
            years.append(NONE)
        regions = _order((c.place.region for c in complaints), vocab.load("region").codes)
        grid = Counter((c.place.region or NONE, c.year) for c in complaints)
        rows = []
        for region in [*regions, TOTAL]:
            counts = [sum(grid[(r, y)] for r in regions) if region == TOTAL
                      else grid[(region, y)] for y in years]
            rows.append((region, self.label("region", region), *counts, sum(counts)))
        columns = (*self._key_columns("region", "Region"),
                   *(Column(y, self.w("Year not recorded") if y == NONE else y) for y in years),
                   self.col("complaints", "Complaints"))
        return self._make("by_year_region", "First complaints by year and region", columns,
                          rows, "First complaints by the year of filed_on and the region of "
                          "their city (else their case's region).")

    @_table("by_month")
    def by_month(self) -> Table:
        by_month: dict[str, list[_Complaint]] = defaultdict(list)
        for c in self._complaints:
            by_month[c.month].append(c)
        months = sorted(k for k in by_month if k != NONE) + ([NONE] if NONE in by_month else [])
        rows = [(m, self.w("Month not recorded") if m == NONE else m, len(by_month[m]),
                 *self._group_counts(by_month[m])) for m in months]
        rows.append((TOTAL, self.w("Total"), len(self._complaints),
                     *self._group_counts(self._complaints)))
        columns = (*self._key_columns("month", "Month"), self.col("complaints", "Complaints"),
                   *self._group_columns())
        return self._make("by_month", "Complaints by month filed", columns, rows,
                          "First complaints by the month of filed_on, with their current "
                          "outcome group; a date without a month counts under 'Month not "
                          "recorded'.")

    @_table("by_facility")
    def by_facility(self) -> Table:
        by_facility: dict[str, list[_Complaint]] = defaultdict(list)
        for c in self._complaints:
            for facility in c.place.facilities or (NONE,):
                if not self.filters.facility_id or facility == self.filters.facility_id:
                    by_facility[facility].append(c)
        names = self._facility_names
        facilities = sorted((k for k in by_facility if k != NONE),
                            key=lambda k: (-len(by_facility[k]), names.get(k, ""), k))
        if NONE in by_facility:
            facilities.append(NONE)
        rows = [(k, self.w("No facility recorded") if k == NONE
                 else names.get(k, self.w("Unknown facility")),
                 len(by_facility[k]), *self._group_counts(by_facility[k]))
                for k in facilities]
        rows.append((TOTAL, self.w("Total"), len(self._complaints),
                     *self._group_counts(self._complaints)))
        columns = (self.col("facility", "Facility id"), self.col("facility_label", "Facility"),
                   self.col("complaints", "Complaints"), *self._group_columns())
        return self._make("by_facility", "Complaints by facility", columns, rows,
                          "A complaint counts under every facility its case names (in a "
                          "detention or an incident): rows may add up to more than the total.")

    def _by(self, key: Callable[[_Complaint], str | None]) -> dict[str, list[_Complaint]]:
        out: dict[str, list[_Complaint]] = defaultdict(list)
        for c in self._complaints:
            out[key(c) or NONE].append(c)
        return out

    @_table("closed_by_city")
    def closed_by_city(self) -> Table:
        by_city = self._by(lambda c: c.place.city)
        rows = []
        for city in [*_order(by_city, vocab.load("city").codes), TOTAL]:
            group = self._complaints if city == TOTAL else by_city[city]
            closed = sum(c.group == CLOSED for c in group)
            rows.append((city, self.label("city", city), len(group), closed,
                         _pct(closed, len(group))))
        columns = (*self._key_columns("city", "City"), self.col("complaints", "Complaints"),
                   self.col("closed", "Closed"), self.col("closed_pct", "Closed (%)"))
        closed_codes = ", ".join(s for s, g in STATUS_GROUP.items() if g == CLOSED)
        return self._make("closed_by_city", "Closed complaints by city", columns, rows,
                          f"Closed: current status {closed_codes}. Percentages of first "
                          "complaints.")

    def _lack_of_evidence(self, name: str, title: str, by: str) -> Table:
        vocab_name = "city" if by == "city" else "region"
        groups = self._by(lambda c: c.place.city if by == "city" else c.place.region)
        rows = []
        for key in [*_order(groups, vocab.load(vocab_name).codes), TOTAL]:
            group = self._complaints if key == TOTAL else groups[key]
            statuses = Counter(c.status for c in group)
            closed = sum(c.group == CLOSED for c in group)
            each = [statuses[s] for s in LACK_OF_EVIDENCE]
            rows.append((key, self.label(vocab_name, key), len(group), closed, *each,
                         sum(each), _pct(sum(each), len(group)), _pct(sum(each), closed)))
        status_vocab = vocab.load("complaint_status")
        columns = (*self._key_columns(by, "City" if by == "city" else "Region"),
                   self.col("complaints", "Complaints"), self.col("closed", "Closed"),
                   *(Column(s, status_vocab.label(s, self.lang)) for s in LACK_OF_EVIDENCE),
                   self.col("lack_of_evidence", "Either ground"),
                   self.col("lack_of_evidence_pct", "Lack of evidence (% of complaints)"),
                   self.col("lack_of_evidence_closed_pct", "Lack of evidence (% of closed)"))
        return self._make(name, title, columns, rows,
                          "Lack of evidence: current status " + ", ".join(LACK_OF_EVIDENCE)
                          + "; 'Either ground' is their sum.")

    @_table("lack_of_evidence_by_city")
    def lack_of_evidence_by_city(self) -> Table:
        return self._lack_of_evidence("lack_of_evidence_by_city",
                                      "Complaints closed for lack of evidence, by city", "city")

    @_table("lack_of_evidence_by_region")
    def lack_of_evidence_by_region(self) -> Table:
        return self._lack_of_evidence("lack_of_evidence_by_region",
                                      "Complaints closed for lack of evidence, by region",
                                      "region")

    @_table("attrition")
    def attrition(self) -> Table:
        complaints = self._complaints
        # (key, label, reached, the stage it follows): victim status is recorded on its
        # own, after registration; court follows the identification of a suspect.
        stages = (
            ("complaints", "First complaints", lambda c: True, "complaints"),
            ("registered", "Registered in the ERDR",
             lambda c: c.erdr or bool(c.reached & REGISTERED), "complaints"),
            ("suspect", "Suspect identified",
             lambda c: c.suspect or bool(c.reached & IN_COURT), "registered"),
            ("victim", "Complainant recognised as a victim", lambda c: c.victim, "registered"),
            ("court", "Sent to court", lambda c: bool(c.reached & IN_COURT), "suspect"),
            ("conviction", "Conviction", lambda c: bool(c.reached & CONVICTED), "court"),
        )
        rows, counts = [], {}
        for key, label, reached, before in stages:
            n = counts[key] = sum(1 for c in complaints if reached(c))
            rows.append((key, self.w(label), n, _pct(n, len(complaints)),
                         _pct(n, counts[before])))
        columns = (*self._key_columns("stage", "Stage"), self.col("complaints", "Complaints"),
                   self.col("of_complaints_pct", "% of complaints"),
                   self.col("of_previous_pct", "% of the stage before"))
        return self._make("attrition", "From complaint to conviction", columns, rows,
                          "A first complaint reached a stage if any status on its path (its "
                          "own, its history, its steps, older appeal records) shows it: "
                          "registered, or an ERDR number; a suspect, or court; the victim "
                          "field; court: sent to court, plea bargain, verdict; conviction: "
                          "conviction or plea bargain. The stage before: registration for a "
                          "suspect and for victim status, a suspect for court.")

    @_table("submissions_by_body")
    def submissions_by_body(self) -> Table:
        first: Counter[str] = Counter()
        later: Counter[str] = Counter()
        for c in self._complaints:
            first[c.body or NONE] += 1
            for body in c.steps:
                later[body or NONE] += 1
        for body, date, place in self._all_complaints[1]:
            if self._kept(date, place):
                later[body or NONE] += 1
        bodies = _order([*first, *later], vocab.load("complaint_body").codes)
        rows = [(b, self.label("complaint_body", b), first[b], later[b], first[b] + later[b])
                for b in bodies]
        rows.append((TOTAL, self.w("Total"), sum(first.values()), sum(later.values()),
                     sum(first.values()) + sum(later.values())))
        columns = (*self._key_columns("body", "Body"),
                   self.col("complaints", "First complaints"),
                   self.col("steps", "Appeals and later steps"),
                   self.col("submissions", "Submissions"))
        return self._make("submissions_by_body", "Submissions by body", columns, rows,
                          "Every submission: first complaints, and the steps of their path "
                          "(appeals, UN communications) with the body each went to; steps "
                          "follow their complaint's filters.")

    # - deaths, reprisals, detention ------------------------------------------------

    @_table("deaths_in_custody")
    def deaths_in_custody(self) -> Table:
        by_region: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for item in self._items("death_in_custody"):
            by_region[item.place.region or NONE].append(item.body)
        investigated = ("ongoing", "closed", "court", "conviction")
        measures = (
            ("deaths", "Deaths", lambda b: True),
            ("disputed", "Family disputes the official cause",
             lambda b: b.get("family_disputes_cause") is True),
            ("autopsy", "Autopsy", lambda b: b.get("autopsy_done") is True),
            ("independent", "Independent autopsy",
             lambda b: b.get("independent_autopsy") is True),
            ("investigated", "Investigation opened",
             lambda b: b.get("investigation") in investigated),
            ("conviction", "Conviction", lambda b: b.get("investigation") == "conviction"),
        )
        everyone = [b for group in by_region.values() for b in group]
        rows = []
        for region in [*_order(by_region, vocab.load("region").codes), TOTAL]:
            group = everyone if region == TOTAL else by_region[region]
            rows.append((region, self.label("region", region),
                         *(sum(1 for b in group if test(b)) for _k, _l, test in measures)))
        columns = (*self._key_columns("region", "Region"),
                   *(self.col(k, label) for k, label, _t in measures))
        return self._make("deaths_in_custody", "Deaths in custody", columns, rows,
                          "Death-in-custody records by the region of their city (else their "
                          "case's) and date of death; investigation opened: ongoing, closed, "
                          "in court or ended in conviction.")

    @_table("reprisals")
    def reprisals(self) -> Table:
        grid: Counter[tuple[str, str]] = Counter()
        for item in self._items("reprisal"):
            b = item.body
            grid[(b.get("kind") or NONE, b.get("outcome") or NONE)] += 1
        kinds = _order((k for k, _ in grid), vocab.load("reprisal_kind").codes)
        outcomes = _order((o for _, o in grid), vocab.load("reprisal_outcome").codes)
        rows = [(k, self.label("reprisal_kind", k), *(grid[(k, o)] for o in outcomes),
                 sum(grid[(k, o)] for o in outcomes)) for k in kinds]
        rows.append((TOTAL, self.w("Total"), *(sum(grid[(k, o)] for k in kinds)
                                               for o in outcomes), sum(grid.values())))
        columns = (*self._key_columns("kind", "Reprisal"),
                   *(Column(o, self.label("reprisal_outcome", o)) for o in outcomes),
                   self.col("reprisals", "Reprisals"))
        return self._make("reprisals", "Reprisals by kind and outcome", columns, rows,
                          "Reprisal records by kind and current outcome, dated by the "
                          "reprisal's date.")

    @_table("detention_hours")
    def detention_hours(self) -> Table:
        rows_by: dict[str, list[int | None]] = {"adult": [], "minor": []}
        for item in self._items("detention"):
            b = item.body
            flags = self._person_flags.get(b.get("person_id") or "", frozenset())
            who = "minor" if "minor" in flags else "adult"
            rows_by[who].append(b.get("hours_before_registration"))
        limits = {"adult": HOURS_LIMIT_ADULT, "minor": HOURS_LIMIT_MINOR}
        labels = {"adult": "Adults (limit 48 hours)", "minor": "Minors (limit 24 hours)"}
        rows = []
        for key in ("adult", "minor", TOTAL):
            items = [(h, limits[k]) for k in (("adult", "minor") if key == TOTAL else (key,))
                     for h in rows_by[k]]
            known = [(h, lim) for h, lim in items if h is not None]
            over = sum(1 for h, lim in known if h > lim)
            rows.append((key, self.w(labels.get(key, "Total")), len(items), len(known),
                         len(known) - over, over, _pct(over, len(known)),
                         max((h for h, _ in known), default=None)))
        columns = (*self._key_columns("group", "Detained"), self.col("detentions", "Detentions"),
                   self.col("hours_known", "Hours recorded"),
                   self.col("within_limit", "Within the limit"),
                   self.col("over_limit", "Over the limit"),
                   self.col("over_limit_pct", "Over the limit (%)"),
                   self.col("longest", "Longest (hours)"))
        return self._make("detention_hours", "Hours held before registration", columns, rows,
                          "Detention episodes by hours_before_registration against the legal "
                          "limit (48 hours, 24 for a minor at the time); dated by from_date.")

    @_table("perpetrators")
    def perpetrators(self) -> Table:
        entries = [p for item in self._items("incident")
                   for p in item.body.get("perpetrators") or ()]
        people = self._people_named(p["person_id"] for p in entries
                                    if p.get("person_id") and not p.get("agency"))
        grid: Counter[tuple[str, str]] = Counter()
        if entries:
            for p in entries:
                agency = p.get("agency") or people.get(p.get("person_id") or "", {}).get(
                    "agency")
                grid[(agency or NONE, p.get("involvement") or NONE)] += 1
        agencies = _order((a for a, _ in grid), vocab.load("agency").codes)
        roles = _order((r for _, r in grid), vocab.load("involvement").codes)
        rows = [(a, self.label("agency", a), *(grid[(a, r)] for r in roles),
                 sum(grid[(a, r)] for r in roles)) for a in agencies]
        rows.append((TOTAL, self.w("Total"), *(sum(grid[(a, r)] for a in agencies)
                                               for r in roles), sum(grid.values())))
        columns = (*self._key_columns("agency", "Agency"),
                   *(Column(r, self.label("involvement", r)) for r in roles),
                   self.col("perpetrators", "Perpetrators"))
        return self._make("perpetrators", "Perpetrators by agency and involvement", columns,
                          rows, "Each perpetrator named in an incident's 'agency and "
                          "involvement' list, once per incident; agency: the entry's, else "
                          "the person record's.")

    # - victims -------------------------------------------------------------------

    @_table("victims_by_city")
    def victims_by_city(self) -> Table:
        by_city = self._victims_by_city
        flags = self._person_flags
        girl = frozenset({"woman", "minor"})
        everyone: set[str] = set().union(*by_city.values()) if by_city else set()
        rows = []
        for city in [*_order(by_city, vocab.load("city").codes), TOTAL]:
            people = [p for p in (everyone if city == TOTAL else by_city[city]) if p in flags]
            held = [flags[p] for p in people]
            women = sum(["woman" in f for f in held])
            minors = sum(["minor" in f for f in held])
            girls = sum([girl <= f for f in held])
            n = len(people)
            rows.append((city, self.label("city", city), n, women, _pct(women, n), minors,
                         _pct(minors, n), girls))
        columns = (*self._key_columns("city", "City"), self.col("victims", "Victims"),
                   self.col("women", "Women"), self.col("women_pct", "Women (%)"),
                   self.col("minors", "Minors"), self.col("minors_pct", "Minors (%)"),
                   self.col("girls", "Women who were minors"))
        return self._make("victims_by_city", "Victims who are women or minors, by city",
                          columns, rows,
                          "Victims: people named as victims of a case or of one of its "
                          "incidents, each counted once per city and once in the total; city "
                          "and date: the case's.")

    @_table("victims_profile")
    def victims_profile(self) -> Table:
        people = self._people_named(self._victims)
        # (body, age at their first case) of each victim, computed once
        victims = [(people[p], _age(people[p], date)) for p, (_city, date)
                   in self._victims.items() if p in people]
        n = len(victims)

        bodies, ages = [b for b, _ in victims], [a for _, a in victims]

        def count(test: Callable[[dict[str, Any], int | None], bool]) -> int:
            return sum(map(bool, map(test, bodies, ages)))  # no Python frame per victim

        def band(low: int, high: int) -> Callable[[dict[str, Any], int | None], bool]:
            return lambda b, a: a is not None and low <= a <= high

        measures: list[tuple[str, str, Callable[[dict[str, Any], int | None], bool]]] = [
            ("victims", "Victims", lambda b, a: True),
            ("women", "Women", lambda b, a: b.get("gender") == "female"),
            ("minors", "Minors", lambda b, a: b.get("minor") is True),
            ("foreign", "Foreign nationals", lambda b, a: b.get("foreign_national") is True),
            ("activists", "Activists, journalists, defenders",
             lambda b, a: b.get("activist") is True),
        ]
        for low, high in AGE_BANDS:
            label = f"{low}–{high}" if high < 200 else f"{low}+"
            measures.append((f"age_{low}", self.w("Age") + " " + label, band(low, high)))
        measures.append(("age_unknown", "Age not recorded", lambda b, a: a is None))
        rows = []
        for key, label, test in measures:
            k = count(test)
            rows.append((key, self.w(label), k, _pct(k, n)))
        columns = (*self._key_columns("group", "Group"), self.col("victims", "Victims"),
                   self.col("victims_pct", "Victims (%)"))
        return self._make("victims_profile", "Who the victims are", columns, rows,
                          "Each victim once, with the date of their earliest case; age: the "
                          "recorded age, else from a full date of birth at the case's opening.")

    # - methods -------------------------------------------------------------------

    @_table("methods")
    def methods(self) -> Table:
        counts, with_methods = self._methods.counts, self._methods.incidents
        codes = sorted(counts, key=lambda m: (-counts[m], m))
        rows = [(m, self.label("methods", m), counts[m], _pct(counts[m], with_methods))
                for m in codes]
        rows.append((TOTAL, self.w("Incidents with methods recorded"), with_methods, None))
        columns = (*self._key_columns("method", "Method"), self.col("incidents", "Incidents"),
                   self.col("incidents_pct", "Incidents (%)"))
        return self._make("methods", "Methods of torture and ill-treatment", columns, rows,
                          "Incidents naming each method (their own or an act against one of "
                          "their victims); percentages of the incidents with at least one "
                          "method recorded.")

    @_table("methods_grouped")
    def methods_grouped(self) -> Table:
        incidents = self._methods.groups
        total = self._methods.incidents
        groups = sorted(incidents, key=lambda g: (-incidents[g], g))
        rows = [(g, self.label("method_group", g), incidents[g], _pct(incidents[g], total))
                for g in groups]
        rows.append((TOTAL, self.w("Incidents with methods recorded"), total, None))
        columns = (*self._key_columns("group", "Group of methods"),
                   self.col("incidents", "Incidents"), self.col("incidents_pct", "Incidents (%)"))
        return self._make("methods_grouped", "Methods by group", columns, rows,
                          "Incidents naming at least one method of each group (e.g. every "
                          "form of sexual violence together), counted once per group.")

    @_table("methods_by_city")
    def methods_by_city(self) -> Table:
        counts, grid = self._methods.counts, self._methods.grid
        methods = sorted(counts, key=lambda m: (-counts[m], m))
        cities = _order((c for _, c in grid), vocab.load("city").codes)
        rows = [(m, self.label("methods", m), *(grid[(m, c)] for c in cities), counts[m])
                for m in methods]
        columns = (*self._key_columns("method", "Method"),
                   *(Column(c, self.label("city", c)) for c in cities),
                   self.col("incidents", "Total"))
        return self._make("methods_by_city", "Methods by city", columns, rows,
                          "Incidents naming each method, by the incident's city (else its "
                          "case's).")


def tables(db: Database, filters: Filters | None = None, lang: str = "en",
           names: Iterable[str] | None = None) -> list[Table]:
    """Every table (or those named) for `filters`, labels in `lang`."""
    return Stats(db, filters, lang).tables(names)
