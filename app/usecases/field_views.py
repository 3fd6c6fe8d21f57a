"""Read models of the field screens: plain data for the case view, forms, history,
evidence gallery. They run on the desktop's database worker thread, never on the GUI
thread, and take the language as an argument (titles of records are composed in it).
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from app import present, schema, search, stubs
from app.npm import carry_over
from app.usecases import masking, records
from app.usecases.session import Session
from storage import audit
from storage.db import IN_LIST, as_list


def device_names(s: Session) -> dict[str, str]:
    """Device id -> the human name its card gave (authors of versions)."""
    return dict(s.db.all("SELECT device_id, name FROM devices"))


def summary(s: Session, record_id: str, lang: str = "en",
            masked: set[str] | None = None) -> dict[str, Any] | None:
    """A record as a line in a list, its title in `lang`; a relative who would identify a
    protected minor masked (`masked`: app.usecases.masking.relatives, read once)."""
    row = s.db.one("SELECT record_id, kind, title, date, city, status, flags, body, deleted"
                 " FROM records WHERE record_id = ?", (record_id,))
    if row is None:
        return None
    body = json.loads(row[7])
    title = row[2] if lang == "en" or row[8] else schema.display_title(row[1], body, lang)
    out = {"record_id": row[0], "kind": row[1], "title": title, "date": row[3],
           "city": row[4], "status": row[5], "flags": row[6].split(),
           "body": body, "deleted": bool(row[8])}
    masking.apply([out], masking.relatives(s.db) if masked is None else masked, lang)
    return out


@dataclasses.dataclass
class WorkedOn(search.Filters):
    """The filters of the lists people work from: never an anonymised statistics stub
    (app.stubs). A stub is the export's bookkeeping — a case counted with no name, text
    or date — not a record anyone opens, edits or searches; the archive shows stubs only
    as a count on its statistics page."""

    def where(self, alias: str = "r") -> tuple[str, list[Any]]:
        clause, params = super().where(alias)
        return f"{clause} AND {alias}.kind != ?", [*params, stubs.KIND]


def worked_on(filters: search.Filters | None) -> WorkedOn:
    """`filters` narrowed to the records people work on (see WorkedOn)."""
    if isinstance(filters, WorkedOn):
        return filters
    return WorkedOn(**dataclasses.asdict(filters or search.Filters()))


def count(s: Session, filters: search.Filters) -> int:
    """How many records the main list holds under `filters` (no statistics stub)."""
    return records.count(s, worked_on(filters))


def find(s: Session, text: str, filters: search.Filters | None = None, *, limit: int = 50,
         offset: int = 0, lang: str = "en") -> list[search.Hit]:
    """The main list's full-text search: records people work on (no statistics stub)."""
    return records.find(s, text, worked_on(filters), limit=limit, offset=offset,
                        lang=lang)


def record_list(s: Session, filters: search.Filters, *, order: str = "updated",
                descending: bool = True, limit: int = 200, offset: int = 0,
                lang: str = "en") -> list[dict[str, Any]]:
    """A page of the main list, titles in `lang`; a record made at a place (an NPM visit,
    a detention, an incident) also carries the place's title ("facility"): visits to
    different places on one day otherwise look alike. No statistics stub (WorkedOn)."""
    # The one list of the use cases (limit checked, relatives of a protected minor
    # masked), plus the place.
    rows = records.list_records(s, worked_on(filters), order=order, descending=descending,
                                limit=limit, offset=offset, lang=lang)
    ids = [r["record_id"] for r in rows]
    where: dict[str, str] = dict(s.db.all(
        "SELECT record_id, facility_id FROM records WHERE facility_id IS NOT NULL"
        f" AND facility_id != '' AND record_id IN {IN_LIST}", (as_list(ids),)))
    places = titles(s, list(where.values()), lang)
    for r in rows:
        r["facility"] = places.get(where.get(r["record_id"], ""), "")
    return rows


def case_view(s: Session, case_id: str, lang: str = "en") -> dict[str, Any]:
    """A case and everything that points at it, grouped by kind."""
    case = s.records.get(case_id)
    masked = masking.relatives(s.db)
    groups: dict[str, list[dict[str, Any]]] = {}
    seen = set()
    for _rel, rid, _kind in s.records.linked(case_id):
        if rid in seen:
            continue
        seen.add(rid)
        item = summary(s, rid, lang, masked)
        if item and not item["deleted"]:
            groups.setdefault(item["kind"], []).append(item)
    for pid in case.body.get("victim_ids") or ():
        if pid not in seen:
            item = summary(s, pid, lang, masked)
            if item and not item["deleted"]:
                seen.add(pid)
                groups.setdefault("person", []).append(item)
    # Lesions hang from the examinations, not the case.
    for exam in groups.get("medical_exam", []):
        exam["lesions"] = [summary(s, rid, lang, masked) for _r, rid, kind in s.records.linked(
            exam["record_id"]) if kind == "lesion"]
    # NPM links: visits to the places this case's detentions happened in.
    facility_ids = {d["body"].get("facility_id") for d in groups.get("detention", [])}
    facility_ids |= {i["body"].get("facility_id") for i in groups.get("incident", [])}
    visits = []
    for fid in sorted(f for f in facility_ids if f):
        found = search.list_records(s.db, search.Filters(kind="npm_visit", facility_id=fid),
                                    order="date", limit=50, lang=lang)
        fac = summary(s, fid, lang, masked)
        if fac:
            groups.setdefault("facility", []).append(fac)
        for visit in found:  # which place each visit was to
            visit["facility"] = fac["title"] if fac else ""
        visits += found
    return masking.scrub(
        {"case": {"record_id": case.record_id, "title": case.title, "body": case.body,
                  "index": case.index, "conflict": case.in_conflict,
                  "updated_at": case.updated_at},
         "groups": groups, "visits": visits}, masked)


def record_view(s: Session, record_id: str, lang: str = "en") -> dict[str, Any]:
    rec = s.records.get(record_id)
    masked = masking.relatives(s.db)
    ids = [rid for _p, rid in schema.references(rec.kind, rec.body)] if not rec.deleted else []
    linked = [summary(s, rid, lang, masked) for _r, rid, _k in s.records.linked(record_id)]
    out = {"record_id": rec.record_id, "kind": rec.kind, "title": rec.title, "body": rec.body,
           "index": rec.index, "conflict": rec.in_conflict, "deleted": rec.deleted,
           "titles": titles(s, ids, lang), "linked": [x for x in linked if x]}
    masking.apply([out], masked, lang)
    return masking.scrub(out, masked)


def titles(s: Session, ids: list[str], lang: str = "en") -> dict[str, str]:
    out = {}
    for rid in dict.fromkeys(ids):
        row = s.db.one("SELECT title, kind, body FROM records WHERE record_id = ?", (rid,))
        if row:
            out[rid] = _shown_title(row[1], row[0], json.loads(row[2]), lang)
    return masking.titles(out, masking.relatives(s.db), lang) if out else out


def _shown_title(kind: str, stored: str, body: dict[str, Any], lang: str) -> str:
    """Titles are stored in English; a Russian or Kazakh reader sees them in theirs."""
    return stored if lang == "en" else schema.display_title(kind, body, lang)


def ref_choices(s: Session, kinds: set[str], case_id: str | None, lang: str = "en"
                ) -> dict[str, list[tuple]]:
    """Records a form's reference fields can point at: (record_id, title, flags)."""
    out: dict[str, list[tuple]] = {}
    near: set[str] = set()
    if case_id:
        near = {rid for _r, rid, _k in s.records.linked(case_id)}
    for kind in kinds:
        if kind == "any":
            continue
        rows = search.list_records(s.db, search.Filters(kind=kind), order="title",
                                   descending=False, limit=2000, lang=lang)
        if kind == "person":
            masking.apply(rows, masking.relatives(s.db), lang)
        items = [(r["record_id"], r["title"], r["flags"]) for r in rows]
        if kind in ("person", "evidence", "medical_exam", "complaint") and near:
            items.sort(key=lambda it: it[0] not in near)
            if kind != "person":
                items = [it for it in items if it[0] in near] or items
        out[kind] = items
    return out


def history(s: Session, record_id: str) -> list[dict[str, Any]]:
    names = device_names(s)
    return [{"version_id": v.version_id, "author": names.get(v.author, v.author[:8]),
             "clock": v.clock, "created_at": v.created_at, "tombstone": v.tombstone,
             "body": v.body, "parents": list(v.parents)}
            for v in reversed(s.records.history(record_id))]


def custody(s: Session, record_ids: set[str]) -> list[dict[str, Any]]:
    """Audit log entries about these records (writes, attachments, exports)."""
    out = []
    for entry in audit.entries(s.db, limit=20000):
        d = entry["detail"]
        if d.get("record_id") in record_ids or d.get("parent") in record_ids:
            out.append(entry)
    return out


def evidence_items(s: Session, case_id: str) -> list[dict[str, Any]]:
    """A case's evidence files with their thumbnails (JPEG bytes, decoded by the gallery
    when shown). A few queries for any number of files: one query per file, each
    releasing and retaking the GIL, let this worker starve the GUI thread of it on a
    busy two-core laptop (bench/gui.py)."""
    rows = search.list_records(s.db, search.Filters(kind="evidence", case_id=case_id),
                               order="created", descending=False, limit=5000)
    found: dict[str, tuple[dict[str, Any], bytes | None]] = {}
    ids = [r["record_id"] for r in rows]
    for rid, body, thumb in s.db.all(
            "SELECT r.record_id, r.body, d.data FROM records r LEFT JOIN derivatives d"
            " ON d.sha256 = json_extract(r.body, '$.sha256') AND d.kind = 'thumb'"
            f" WHERE r.record_id IN {IN_LIST}", (as_list(ids),)):
        found[rid] = (json.loads(body), bytes(thumb) if thumb is not None else None)
    out = []
    for rid in ids:
        if rid not in found:
            continue
        body, thumb = found[rid]
        out.append({"record_id": rid, "sha256": body["sha256"],
                    "mime": body.get("mime", ""), "filename": body.get("filename", ""),
                    "size": body.get("size", 0), "type": body.get("type"),
                    "captured_at": body.get("captured_at"), "gps": bool(body.get("gps")),
                    "thumb": thumb})
    return out


def previous_visit(s: Session, facility_id: str, before: str | None = None,
                   lang: str = "en") -> dict[str, Any] | None:
    """The latest NPM visit to this facility (its recommendations carry over)."""
    rows = search.list_records(s.db, search.Filters(kind="npm_visit", facility_id=facility_id),
                               order="date", descending=True, limit=20)
    for r in rows:
        if before is None or (r["date"] or "") <= before[:10]:
            rec = s.records.get(r["record_id"])
            return {"record_id": rec.record_id, "body": rec.body,
                    "title": _shown_title(rec.kind, rec.title, rec.body, lang)}
    return None


def lesions(s: Session, exam_id: str, lang: str = "en") -> list[dict[str, Any]]:
    """The lesions recorded on one medical examination (its body diagram)."""
    return [x for x in (summary(s, rid, lang) for _r, rid, kind in s.records.linked(exam_id)
                        if kind == "lesion") if x]


def case_of(s: Session, record_id: str) -> str | None:
    """The case a record belongs to, if any."""
    return s.records.get(record_id).index.get("case_id")


def facilities(s: Session, lang: str = "en") -> list[tuple[str, str]]:
    """(record_id, title) of every facility, for the filter bar and forms."""
    rows = search.list_records(s.db, search.Filters(kind="facility"), order="title",
                               descending=False, limit=2000, lang=lang)
    return [(r["record_id"], r["title"]) for r in rows]


def history_view(s: Session, record_id: str, lang: str = "en"
                 ) -> tuple[str, list[dict[str, Any]], dict[str, str]]:
    """A record's kind, its versions newest first, and the titles of what they point at."""
    rec = s.records.get(record_id)
    versions = history(s, record_id)
    ids = [rid for v in versions for _p, rid in schema.references(rec.kind, v["body"])]
    masked = masking.relatives(s.db)
    if rec.record_id in masked:  # a relative who would identify a protected minor
        for v in versions:
            v["body"] = masking.body(v["body"])
    # Protected in any version: masked in every one (the form's reveal shows the record).
    shown = present.masked_versions(rec.kind, [v["body"] for v in versions])
    for v, body in zip(versions, shown, strict=True):
        v["body"] = body
    return rec.kind, masking.scrub(versions, masked), titles(s, ids, lang)


def form_data(s: Session, kind: str, *, record_id: str | None, case_id: str | None,
              preset: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """What a form needs before it shows: the record, the choices of its reference fields,
    the NPM carry-over from the facility's previous visit, an exam's lesions."""
    if kind not in schema.KINDS:
        raise KeyError(kind)
    ref_kinds = {f.ref_kind or "any" for _p, f in schema.walk_fields(schema.KINDS[kind].fields)
                 if f.type in ("ref", "refs")}
    out: dict[str, Any] = {"preset": dict(preset)}
    if record_id:
        rec = s.records.get(record_id)
        out["record"] = {"record_id": rec.record_id, "body": rec.body,
                         "title": _shown_title(rec.kind, rec.title, rec.body, lang)}
        # The form keeps the whole body (it saves it) and hides the identifying fields
        # until a deliberate reveal, as for a protected person.
        if rec.record_id in masking.relatives(s.db):
            out["record"]["title"] = masking.label(lang)
            out["record"]["masked_relative"] = True
    cid = case_id or preset.get("case_id") or (out.get("record") or {}).get(
        "body", {}).get("case_id")
    out["choices"] = ref_choices(s, ref_kinds, cid, lang)
    if kind == "npm_visit" and not record_id and preset.get("facility_id"):
        previous = previous_visit(s, preset["facility_id"], lang=lang)
        if previous:
            out["previous"] = previous
            out["preset"] = carry_over(out["preset"], previous)
    if kind == "medical_exam" and record_id:
        out["lesions"] = lesions(s, record_id, lang)
    return out


def carried_over(s: Session, facility_id: str, lang: str = "en"
                 ) -> tuple[dict[str, Any], str] | None:
    """A new NPM visit to `facility_id`: the values carried over from the previous visit
    and that visit's title, or None when there was none."""
    previous = previous_visit(s, facility_id, lang=lang)
    if previous is None:
        return None
    return carry_over({}, previous), previous["title"]
