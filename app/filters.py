"""The filters that every figure and every table out of the archive take: a date range,
a city, a region, a facility and an event tag. One definition, so that the statistics
(app.stats), the record tables and the Uwazi pack (app.record_tables) select the same
cases for the same words, on the command line and on the desktop.

A filter judges a *place* (city, region, facilities, tags) and a date. Where a record's
place and date come from is each output's rule, written up in docs/statistics.md and
docs/spreadsheets.md; the place of a case is the same for all of them (`case_places`).

Partial dates compare as text, like the record list: "2022" is before "2022-01-01" and
after "2021-12-31"; "to 2022-12" keeps every day of December.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, NamedTuple

from app import vocab
from storage.db import IN_LIST, Database, as_list
from storage.errors import InvalidInput

_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _check_date(value: str | None, what: str) -> str | None:
    if not value or not value.strip():
        return None
    m = _DATE_RE.fullmatch(value.strip())
    try:
        if m:
            dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
            return value.strip()
    except ValueError:
        pass
    raise InvalidInput(f"{what}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


def _code_of(vocab_name: str, what: str, text: str) -> str:
    v = vocab.load(vocab_name)
    wanted = text.strip().casefold()
    for code in v:
        if wanted == code or wanted in (x.casefold() for x in v.labels(code).values()):
            return code
    raise InvalidInput(f"unknown {what} {text!r} (codes: {', '.join(v.codes)})")


def city_code(text: str) -> str:
    """A city's code from its code or its label in any language ("Тараз" → "taraz")."""
    return _code_of("city", "city", text)


def region_code(text: str) -> str:
    """A region's code from its code or its label in any language."""
    return _code_of("region", "region", text)


def fold_tag(tag: str) -> str:
    """Tags compare case-insensitively, whatever the keyboard's normal form."""
    return unicodedata.normalize("NFC", tag).strip().casefold()


@functools.cache
def _regions() -> dict[str, str]:
    cities = vocab.load("city")
    return {c: (cities.item(c) or {}).get("group", "") for c in cities}


def city_region(city: str | None) -> str | None:
    """The oblast (or city of republican significance) of a city code."""
    return _regions().get(city or "") or None


class Place(NamedTuple):
    """Where a record belongs, for the filters and the by-place tables."""

    city: str | None
    region: str | None
    facilities: frozenset[str]
    tags: frozenset[str]


NOWHERE = Place(None, None, frozenset(), frozenset())
_new = tuple.__new__


def own_place(city: str | None, facility: str | None, base: Place = NOWHERE) -> Place:
    """A record's place: its own city (and so region) and facility, else `base` (its
    case's); tags are always the case's."""
    if not (city or facility):
        return base
    # tuple.__new__: a Place without its Python-level constructor (the statistics make
    # tens of thousands).
    return _new(Place, (city or base.city, (city_region(city) if city else None) or base.region,
                        frozenset((facility,)) if facility else base.facilities, base.tags))


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None  # inclusive; YYYY, YYYY-MM or YYYY-MM-DD
    date_to: str | None = None  # inclusive
    city: str | None = None  # a city code
    facility_id: str | None = None  # a facility record id
    region: str | None = None  # a region code
    tag: str | None = None  # a case tag, e.g. "January 2022"

    def __post_init__(self) -> None:
        object.__setattr__(self, "date_from", _check_date(self.date_from, "from"))
        object.__setattr__(self, "date_to", _check_date(self.date_to, "to"))
        if self.city is not None and self.city not in vocab.load("city"):
            raise InvalidInput(f"unknown city code {self.city!r}")
        if self.region is not None and self.region not in vocab.load("region"):
            raise InvalidInput(f"unknown region code {self.region!r}")
        object.__setattr__(self, "facility_id",
                           (self.facility_id or "").strip().lower() or None)
        if self.tag is not None:
            object.__setattr__(self, "tag", fold_tag(self.tag) or None)

    @property
    def empty(self) -> bool:
        return not any(self.as_dict().values())

    def date_ok(self, date: str | None) -> bool:
        if self.date_from and (not date or date < self.date_from):
            return False
        # '~' sorts after digits and '-': a day inside a month still matches "to 2022-12".
        return not (self.date_to and (not date or date > self.date_to + "~"))

    def place_ok(self, place: Place) -> bool:
        if self.city and place.city != self.city:
            return False
        if self.region and place.region != self.region:
            return False
        if self.tag and self.tag not in place.tags:
            return False
        return not (self.facility_id and self.facility_id not in place.facilities)

    def keeps(self, date: str | None, place: Place) -> bool:
        return self.date_ok(date) and self.place_ok(place)

    def as_dict(self) -> dict[str, str | None]:
        """The filters set, by name (for an audit entry or JSON)."""
        return {"from": self.date_from, "to": self.date_to, "city": self.city,
                "region": self.region, "facility": self.facility_id, "tag": self.tag}

    def describe(self) -> str:
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"dates {self.date_from or '…'} to {self.date_to or '…'}")
        if self.city:
            parts.append(f"city {self.city}")
        if self.region:
            parts.append(f"region {self.region}")
        if self.facility_id:
            parts.append(f"facility {self.facility_id}")
        if self.tag:
            parts.append(f"tag {self.tag}")
        return ", ".join(parts)


def from_input(*, date_from: str | None = None, date_to: str | None = None,
               city: str | None = None, region: str | None = None,
               facility_id: str | None = None, tag: str | None = None) -> Filters:
    """Filters from what a person typed: a city or a region by code or by its name in
    any language, an event tag; bad dates and unknown places refused (InvalidInput)."""
    return Filters(date_from=date_from, date_to=date_to,
                   city=city_code(city) if city and city.strip() else None,
                   region=region_code(region) if region and region.strip() else None,
                   facility_id=facility_id or None, tag=(tag or "").strip() or None)


def or_bodies(db: Database, ids: list[str], texts: list[str | None]) -> list[str]:
    """`texts` (a record's counted fields, `records.figures`, read for each of `ids`)
    with the body read instead wherever one is missing: the write path never leaves one
    missing once they are filled, and the body holds every field they keep."""
    missing = [rid for rid, text in zip(ids, texts, strict=True) if text is None]
    if not missing:
        return texts  # type: ignore[return-value]  # none is None
    bodies = dict(db.all(f"SELECT record_id, body FROM records WHERE record_id IN {IN_LIST}",
                         (as_list(missing),)))
    return [text if text is not None else bodies[rid]
            for rid, text in zip(ids, texts, strict=True)]


class Case(NamedTuple):
    place: Place
    date: str | None  # opened_on


NO_CASE = Case(NOWHERE, None)

# Records that name the facility a case happened in.
FACILITY_KINDS = ("incident", "detention", "death_in_custody")


def case_places(db: Database, skip: frozenset[str] | set[str] = frozenset(),
                fields: str = "body", facilities: dict[str, set[str]] | None = None
                ) -> dict[str, Case]:
    """Every current case (but those in `skip`) with its place and date: its city, its
    region (its city's oblast, else its own `oblast`), every facility named by an
    incident, a detention or a death in custody of the case, and its tags (folded).
    `fields`: the column read for the region and tags, the body or (app.stats) the fields
    the write path keeps for the figures, which hold both. `facilities`: each case's
    facilities, when the caller has read them already (app.stats)."""
    if facilities is None:
        facilities = defaultdict(set)
        marks = ",".join("?" * len(FACILITY_KINDS))
        for case_id, facility_id in db.all(
                f"SELECT case_id, facility_id FROM records WHERE kind IN ({marks})"
                " AND deleted = 0 AND facility_id IS NOT NULL AND case_id IS NOT NULL",
                FACILITY_KINDS):
            facilities[case_id].add(facility_id)
    out = {}
    no_tags: frozenset[str] = frozenset()
    rows = [row for row in db.all(
        f"SELECT record_id, city, date, {fields} FROM records WHERE kind = 'case'"
        " AND deleted = 0") if row[0] not in skip]
    texts = or_bodies(db, [row[0] for row in rows], [row[3] for row in rows])
    for (rid, city, date, _), raw in zip(rows, texts, strict=True):
        # Most cases name neither: do not parse what cannot hold them.
        body: dict[str, Any] = json.loads(raw) if '"oblast"' in raw or '"tags"' in raw else {}
        region = city_region(city) or body.get("oblast")
        tags = frozenset(fold_tag(t) for t in body.get("tags") or ()) or no_tags
        out[rid] = Case(Place(city, region, frozenset(facilities.get(rid, ())), tags), date)
    return out
