"""Figures over an archive: complaints and their outcomes, victims, methods.

Every figure counts the current state of non-deleted records (the shown head of a
record in conflict). How each one is counted is written up in docs/statistics.md; the
rules in short:

- A complaint counts once it was filed: status "draft" (group NOT_FILED) is left out of
  every complaint figure. A complaint without a status counts, under "Not recorded".
- A complaint's city is its own `city`, else its case's. Its date is `filed_on`.
- Its facilities are those of its case: every facility named by a detention or an
  incident of that case. A complaint whose case names two facilities counts under both
  in the facility table (so that table's rows may add up to more than the total).
- "Closed" and "closed for lack of evidence" are defined once, by status code, in
  `STATUS_GROUP` and `LACK_OF_EVIDENCE` below.
- A victim is a person named in a case's `victim_ids` or in one of its incidents'
  `victim_ids`, counted once per city however many cases name them; women and minors
  come from the person record (gender female; minor at the time of events).
- An incident's city is its own, else its case's; its facility is its own, else the
  case's facilities. Methods count incidents (one incident naming a method counts 1).

Filters (`Filters`): a date range (on the complaint's filing date, the incident's date,
the case's opening date for victims), a city and a facility, applied with the same
rules as above. Partial dates compare as text, like the record list: "2022" is before
"2022-01-01" and after "2021-12-31".

Loading reads only index columns and a few JSON fields of the kinds involved, once per
`Stats` object; every table is then computed in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple

from app import vocab
from storage.db import Database
from storage.errors import InvalidInput

# ---------------------------------------------------------------------------------------
# Complaint outcomes: the one place statuses are grouped

NOT_FILED, PENDING, CLOSED, COURT, OTHER, UNKNOWN = (
    "not_filed", "pending", "closed", "court", "other", "unknown")
GROUP_LABELS = {  # English; the GUI translates
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
    "registration_refused": CLOSED,
    "closed_no_corpus_delicti": CLOSED,
    "closed_no_evidence": CLOSED,
    "amnesty": CLOSED,
    "plea_bargain": COURT,
    "sent_to_court": COURT,
    "conviction": COURT,
    "acquittal": COURT,
    "withdrawn": OTHER,  # ended by the complainant (often under pressure), not closed
    "other": OTHER,
}
# Closed for want of proof: the "closed for lack of evidence" figures (all in CLOSED).
LACK_OF_EVIDENCE = ("closed_no_corpus_delicti", "closed_no_evidence")
COUNTED_GROUPS = (PENDING, CLOSED, COURT, OTHER, UNKNOWN)  # complaints that were filed


def status_group(status: str | None) -> str:
    """The outcome group of a complaint status (UNKNOWN when none is recorded)."""
    if not status:
        return UNKNOWN
    return STATUS_GROUP.get(status, OTHER)


# Keys of rows that are not vocabulary codes (codes start with a letter).
TOTAL = "_total"
NONE = "_none"
_SPECIAL_LABELS = {TOTAL: "Total", NONE: "Not recorded"}


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
# Filters

_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _check_date(value: str | None, what: str) -> str | None:
    if not value:
        return None
    m = _DATE_RE.fullmatch(value.strip())
    try:
        if m:
            dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
            return value.strip()
    except ValueError:
        pass
    raise InvalidInput(f"{what}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


def city_code(text: str) -> str:
    """A city's code from its code or its label in any language ("Тараз" → "taraz")."""
    cities = vocab.load("city")
    wanted = text.strip().casefold()
    for code in cities:
        if wanted == code or wanted in (v.casefold() for v in cities.labels(code).values()):
            return code
    raise InvalidInput(f"unknown city {text!r} (codes: {', '.join(cities.codes)})")


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None  # inclusive; YYYY, YYYY-MM or YYYY-MM-DD
    date_to: str | None = None  # inclusive
    city: str | None = None  # a city code
    facility_id: str | None = None  # a facility record id

    def __post_init__(self) -> None:
        object.__setattr__(self, "date_from", _check_date(self.date_from, "from"))
        object.__setattr__(self, "date_to", _check_date(self.date_to, "to"))
        if self.city is not None and self.city not in vocab.load("city"):
            raise InvalidInput(f"unknown city code {self.city!r}")
        if self.facility_id:
            object.__setattr__(self, "facility_id", self.facility_id.strip().lower())

    def date_ok(self, date: str | None) -> bool:
        if self.date_from and (not date or date < self.date_from):
            return False
        # '~' sorts after digits and '-': a day inside a month still matches "to 2022-12".
        return not (self.date_to and (not date or date > self.date_to + "~"))

    def place_ok(self, city: str | None, facilities: Iterable[str]) -> bool:
        if self.city and city != self.city:
            return False
        return not (self.facility_id and self.facility_id not in facilities)

    def describe(self) -> str:
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"dates {self.date_from or '…'} to {self.date_to or '…'}")
        if self.city:
            parts.append(f"city {self.city}")
        if self.facility_id:
            parts.append(f"facility {self.facility_id}")
        return ", ".join(parts)


# ---------------------------------------------------------------------------------------
# What the figures are made of


class _Complaint(NamedTuple):
    city: str | None  # its own, else its case's
    month: str  # YYYY-MM, or NONE
    status: str | None
    group: str  # status_group(status)
    facilities: frozenset[str]  # its case's


@dataclass
class _Methods:
    counts: Counter[str]  # incidents naming each method
    grid: Counter[tuple[str, str]]  # ... by (method, city or NONE)
    incidents: int  # incidents naming any method


class _Case(NamedTuple):
    city: str | None
    date: str | None
    facilities: frozenset[str]


_NO_CASE = _Case(None, None, frozenset())


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _order(keys: Iterable[str | None], codes: Iterable[str]) -> list[str]:
    """Keys present, in vocabulary order, then unknown codes sorted, then NONE."""
    present = {k or NONE for k in keys}
    ordered = [c for c in codes if c in present]
    ordered += sorted(k for k in present - set(ordered) - {NONE})
    return ordered + ([NONE] if NONE in present else [])


TableFn = Callable[["Stats"], Table]
TABLES: dict[str, TableFn] = {}


def _table(name: str) -> Callable[[TableFn], TableFn]:
    def register(fn: TableFn) -> TableFn:
        TABLES[name] = fn
        return fn

    return register


class Stats:
    """The figures of one vault for one set of filters, in one language.

        stats = Stats(vault.db, Filters(date_from="2022-02-01", city="taraz"), lang="ru")
        for table in stats.tables(): ...
    """

    def __init__(self, db: Database, filters: Filters | None = None, lang: str = "en") -> None:
        if lang not in vocab.LANGS:
            raise InvalidInput(f"language must be one of {', '.join(vocab.LANGS)}")
        self.db = db
        self.filters = filters or Filters()
        self.lang = lang

    # -- labels ----------------------------------------------------------------

    def label(self, vocab_name: str, key: str) -> str:
        if key in _SPECIAL_LABELS:
            return _SPECIAL_LABELS[key]
        return vocab.load(vocab_name).label(key, self.lang)

    def _key_columns(self, key: str, label: str) -> tuple[Column, Column]:
        return Column(key, f"{label} code"), Column(f"{key}_label", label)

    # -- loading (once per Stats) ------------------------------------------------

    def _dated(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """Rows of `sql` (which ends in a WHERE clause on table `records`) within the
        date filter; the comparison is the one Filters.date_ok makes."""
        f = self.filters
        extra = []
        if f.date_from:
            extra.append(" AND date >= ?")
            params += (f.date_from,)
        if f.date_to:
            extra.append(" AND date <= ?")
            params += (f.date_to + "~",)
        return self.db.all(sql + "".join(extra), params)

    @functools.cached_property
    def _refused(self) -> frozenset[str]:
        """Records of people who refused statistical use (app.disclosure): not counted,
        nor is anything in a case of theirs."""
        from app import disclosure

        return frozenset(disclosure.decide(self.db, "statistics").withheld)

    @functools.cached_property
    def _cases(self) -> dict[str, _Case]:
        """Every current case (unfiltered: complaints and incidents take its city)."""
        facilities: dict[str, set[str]] = defaultdict(set)
        for case_id, facility_id in self.db.all(
                "SELECT case_id, facility_id FROM records WHERE kind IN ('incident',"
                " 'detention') AND deleted = 0 AND facility_id IS NOT NULL"):
            facilities[case_id].add(facility_id)
        empty: frozenset[str] = frozenset()
        return {rid: _Case(city, date, frozenset(facilities[rid]) if rid in facilities
                           else empty)
                for rid, city, date in self.db.all(
                    "SELECT record_id, city, date FROM records"
                    " WHERE kind = 'case' AND deleted = 0")
                if rid not in self._refused}

    @functools.cached_property
    def _complaints(self) -> list[_Complaint]:
        """Filed complaints within the filters."""
        cases, f, out = self._cases, self.filters, []
        not_filed = [s for s, g in STATUS_GROUP.items() if g == NOT_FILED]
        rows = self._dated(
            "SELECT case_id, city, date, status, record_id FROM records"
            " WHERE kind = 'complaint' AND deleted = 0 AND (status IS NULL OR status NOT IN"
            " (SELECT value FROM json_each(?)))", (json.dumps(not_filed),))
        for case_id, city, date, status, rid in rows:
            if rid in self._refused or case_id in self._refused:
                continue
            case = cases.get(case_id, _NO_CASE)
            city = city or case.city
            if (f.city and city != f.city) or (f.facility_id and f.facility_id
                                               not in case.facilities):
                continue
            month = date[:7] if date and len(date) >= 7 else NONE
            out.append(_Complaint(city, month, status, status_group(status), case.facilities))
        return out

    @functools.cached_property
    def _methods(self) -> _Methods:
        """Incidents with methods recorded, within the filters, counted by method and by
        (method, city)."""
        cases, f = self._cases, self.filters
        figures = _Methods(Counter(), Counter(), 0)
        rows = self._dated(
            "SELECT case_id, city, facility_id, body, record_id FROM records"
            " WHERE kind = 'incident' AND deleted = 0")
        for case_id, city, facility_id, body, rid in rows:
            if '"methods"' not in body:  # skip parsing what cannot hold any
                continue
            if rid in self._refused or case_id in self._refused:
                continue
            methods = json.loads(body).get("methods")
            if not methods:
                continue
            case = cases.get(case_id, _NO_CASE)
            city = city or case.city or NONE
            if f.city and city != f.city:
                continue
            if f.facility_id and (facility_id != f.facility_id if facility_id
                                  else f.facility_id not in case.facilities):
                continue
            figures.incidents += 1
            for method in methods:
                figures.counts[method] += 1
                figures.grid[(method, city)] += 1
        return figures

    @functools.cached_property
    def _victims_by_city(self) -> dict[str, set[str]]:
        """Person ids of victims, by their case's city (NONE: no city), within filters."""
        cases, f = self._cases, self.filters
        out: dict[str, set[str]] = defaultdict(set)
        # The links table holds every reference of every live record, by field path.
        for kind, record_id, case_id, person_id in self.db.all(
                "SELECT r.kind, r.record_id, r.case_id, l.dst FROM links l"
                " JOIN records r ON r.record_id = l.src"
                " WHERE substr(l.rel, 1, 11) = 'victim_ids[' AND r.deleted = 0"
                " AND r.kind IN ('case', 'incident')"):
            case = cases.get(record_id if kind == "case" else case_id)
            if person_id in self._refused or record_id in self._refused:
                continue
            if (case is None or not f.date_ok(case.date)
                    or not f.place_ok(case.city, case.facilities)):
                continue
            out[case.city or NONE].add(person_id)
        return out

    @functools.cached_property
    def _person_flags(self) -> dict[str, frozenset[str]]:
        return {rid: frozenset(flags.split()) for rid, flags in self.db.all(
            "SELECT record_id, flags FROM records WHERE kind = 'person' AND deleted = 0")}

    @functools.cached_property
    def _facility_names(self) -> dict[str, str]:
        return dict(self.db.all("SELECT record_id, title FROM records WHERE kind = 'facility'"))

    # -- the tables ------------------------------------------------------------

    def tables(self, names: Iterable[str] | None = None) -> list[Table]:
        """The tables named (default: all, in TABLES order)."""
        wanted = list(names) if names is not None else list(TABLES)
        unknown = [n for n in wanted if n not in TABLES]
        if unknown:
            raise InvalidInput(f"unknown table {unknown[0]!r} (tables: {', '.join(TABLES)})")
        return [TABLES[n](self) for n in wanted]

    def _note(self, text: str) -> str:
        scope = self.filters.describe()
        return f"{text} Filters: {scope}." if scope else text

    def _group_columns(self) -> list[Column]:
        return [Column(g, GROUP_LABELS[g]) for g in COUNTED_GROUPS]

    def _group_counts(self, complaints: Iterable[_Complaint]) -> list[int]:
        counts = Counter(c.group for c in complaints)
        return [counts[g] for g in COUNTED_GROUPS]

    @_table("status_by_city")
    def status_by_city(self) -> Table:
        complaints = self._complaints
        statuses = _order((c.status for c in complaints), vocab.load("complaint_status").codes)
        cities = _order((c.city for c in complaints), vocab.load("city").codes)
        grid = Counter((c.city or NONE, c.status or NONE) for c in complaints)
        rows = []
        for city in [*cities, TOTAL]:
            counts = [sum(grid[(c, s)] for c in cities) if city == TOTAL else grid[(city, s)]
                      for s in statuses]
            rows.append((city, self.label("city", city), *counts, sum(counts)))
        columns = (*self._key_columns("city", "City"),
                   *(Column(s, self.label("complaint_status", s)) for s in statuses),
                   Column("complaints", "Complaints"))
        return Table("Complaints by status and city", columns, tuple(rows),
                     name="status_by_city",
                     note=self._note("Filed complaints (drafts left out), by their latest "
                                     "status; city: the complaint's, else its case's."))

    @_table("by_month")
    def by_month(self) -> Table:
        by_month: dict[str, list[_Complaint]] = defaultdict(list)
        for c in self._complaints:
            by_month[c.month].append(c)
        months = sorted(k for k in by_month if k != NONE) + ([NONE] if NONE in by_month else [])
        rows = [(m, "Month not recorded" if m == NONE else m, len(by_month[m]),
                 *self._group_counts(by_month[m])) for m in months]
        rows.append((TOTAL, "Total", len(self._complaints),
                     *self._group_counts(self._complaints)))
        columns = (*self._key_columns("month", "Month"), Column("complaints", "Complaints"),
                   *self._group_columns())
        return Table("Complaints by month filed", columns, tuple(rows), name="by_month",
                     note=self._note("Filed complaints by the month of filed_on, with their "
                                     "outcome group; a date without a month counts under "
                                     "'Month not recorded'."))

    @_table("by_facility")
    def by_facility(self) -> Table:
        by_facility: dict[str, list[_Complaint]] = defaultdict(list)
        for c in self._complaints:
            for facility in c.facilities or (NONE,):
                if not self.filters.facility_id or facility == self.filters.facility_id:
                    by_facility[facility].append(c)
        names = self._facility_names
        facilities = sorted((k for k in by_facility if k != NONE),
                            key=lambda k: (-len(by_facility[k]), names.get(k, ""), k))
        if NONE in by_facility:
            facilities.append(NONE)
        rows = [(k, "No facility recorded" if k == NONE else names.get(k, "Unknown facility"),
                 len(by_facility[k]), *self._group_counts(by_facility[k]))
                for k in facilities]
        rows.append((TOTAL, "Total", len(self._complaints),
                     *self._group_counts(self._complaints)))
        columns = (Column("facility", "Facility id"), Column("facility_label", "Facility"),
                   Column("complaints", "Complaints"), *self._group_columns())
        return Table("Complaints by facility", columns, tuple(rows), name="by_facility",
                     note=self._note("A complaint counts under every facility its case names "
                                     "(in a detention or an incident): rows may add up to "
                                     "more than the total."))

    def _by_city(self) -> dict[str, list[_Complaint]]:
        by_city: dict[str, list[_Complaint]] = defaultdict(list)
        for c in self._complaints:
            by_city[c.city or NONE].append(c)
        return by_city

    @_table("closed_by_city")
    def closed_by_city(self) -> Table:
        by_city = self._by_city()
        rows = []
        for city in [*_order(by_city, vocab.load("city").codes), TOTAL]:
            group = self._complaints if city == TOTAL else by_city[city]
            closed = sum(c.group == CLOSED for c in group)
            rows.append((city, self.label("city", city), len(group), closed,
                         _pct(closed, len(group))))
        columns = (*self._key_columns("city", "City"), Column("complaints", "Complaints"),
                   Column("closed", "Closed"), Column("closed_pct", "Closed (%)"))
        closed_codes = ", ".join(s for s, g in STATUS_GROUP.items() if g == CLOSED)
        return Table("Closed complaints by city", columns, tuple(rows), name="closed_by_city",
                     note=self._note(f"Closed: status {closed_codes}. Percentages of filed "
                                     "complaints."))

    @_table("lack_of_evidence_by_city")
    def lack_of_evidence_by_city(self) -> Table:
        by_city = self._by_city()
        rows = []
        for city in [*_order(by_city, vocab.load("city").codes), TOTAL]:
            group = self._complaints if city == TOTAL else by_city[city]
            statuses = Counter(c.status for c in group)
            closed = sum(c.group == CLOSED for c in group)
            each = [statuses[s] for s in LACK_OF_EVIDENCE]
            rows.append((city, self.label("city", city), len(group), closed, *each, sum(each),
                         _pct(sum(each), len(group)), _pct(sum(each), closed)))
        status_vocab = vocab.load("complaint_status")
        columns = (*self._key_columns("city", "City"), Column("complaints", "Complaints"),
                   Column("closed", "Closed"),
                   *(Column(s, status_vocab.label(s, self.lang)) for s in LACK_OF_EVIDENCE),
                   Column("lack_of_evidence", "Closed for lack of evidence"),
                   Column("lack_of_evidence_pct", "Lack of evidence (% of complaints)"),
                   Column("lack_of_evidence_closed_pct", "Lack of evidence (% of closed)"))
        return Table("Complaints closed for lack of evidence, by city", columns, tuple(rows),
                     name="lack_of_evidence_by_city",
                     note=self._note("Lack of evidence: status " + ", ".join(LACK_OF_EVIDENCE)
                                     + "."))

    @_table("victims_by_city")
    def victims_by_city(self) -> Table:
        by_city = self._victims_by_city
        flags = self._person_flags
        everyone: set[str] = set().union(*by_city.values()) if by_city else set()
        rows = []
        for city in [*_order(by_city, vocab.load("city").codes), TOTAL]:
            people = [p for p in (everyone if city == TOTAL else by_city[city]) if p in flags]
            women = sum("woman" in flags[p] for p in people)
            minors = sum("minor" in flags[p] for p in people)
            girls = sum({"woman", "minor"} <= flags[p] for p in people)
            n = len(people)
            rows.append((city, self.label("city", city), n, women, _pct(women, n), minors,
                         _pct(minors, n), girls))
        columns = (*self._key_columns("city", "City"), Column("victims", "Victims"),
                   Column("women", "Women"), Column("women_pct", "Women (%)"),
                   Column("minors", "Minors"), Column("minors_pct", "Minors (%)"),
                   Column("girls", "Women who were minors"))
        return Table("Victims who are women or minors, by city", columns, tuple(rows),
                     name="victims_by_city",
                     note=self._note("Victims: people named as victims of a case or of one "
                                     "of its incidents, each counted once per city and once "
                                     "in the total; city and date: the case's."))

    @_table("methods")
    def methods(self) -> Table:
        counts, with_methods = self._methods.counts, self._methods.incidents
        codes = sorted(counts, key=lambda m: (-counts[m], m))
        rows = [(m, self.label("methods", m), counts[m], _pct(counts[m], with_methods))
                for m in codes]
        rows.append((TOTAL, "Incidents with methods recorded", with_methods, None))
        columns = (*self._key_columns("method", "Method"), Column("incidents", "Incidents"),
                   Column("incidents_pct", "Incidents (%)"))
        return Table("Methods of torture and ill-treatment", columns, tuple(rows),
                     name="methods",
                     note=self._note("Incidents naming each method; percentages of the "
                                     "incidents with at least one method recorded."))

    @_table("methods_by_city")
    def methods_by_city(self) -> Table:
        counts, grid = self._methods.counts, self._methods.grid
        methods = sorted(counts, key=lambda m: (-counts[m], m))
        cities = _order((c for _, c in grid), vocab.load("city").codes)
        rows = [(m, self.label("methods", m), *(grid[(m, c)] for c in cities), counts[m])
                for m in methods]
        columns = (*self._key_columns("method", "Method"),
                   *(Column(c, self.label("city", c)) for c in cities),
                   Column("incidents", "Total"))
        return Table("Methods by city", columns, tuple(rows), name="methods_by_city",
                     note=self._note("Incidents naming each method, by the incident's city "
                                     "(else its case's)."))


def tables(db: Database, filters: Filters | None = None, lang: str = "en",
           names: Iterable[str] | None = None) -> list[Table]:
    """Every table (or those named) for `filters`, labels in `lang`."""
    return Stats(db, filters, lang).tables(names)
