"""People who may be the same person: suggestions with what a coordinator needs to judge
them (masked), and the link (or its undoing) the coordinator decides on. The link writes
a signed version of each record and an audit entry with the note (app.duplicates)."""

from __future__ import annotations

import json
import threading
from typing import Any

from app import duplicates, present
from app.records import Version
from app.usecases import masking
from app.usecases.lookups import device_names, title
from app.usecases.session import Session
from storage.db import IN_LIST, as_list

DEFAULT_MIN_SCORE = duplicates.DEFAULT_MIN_SCORE


def _person_summary(db: Any, names: dict[str, str], record_id: str,
                    masked: set[str] | None = None, lang: str = "en") -> dict[str, Any]:
    row = db.one("SELECT title, body, flags, created_at FROM records WHERE record_id = ?",
                 (record_id,))
    if row is None:
        return {"record_id": record_id, "title": "", "missing": True}
    body = json.loads(row[1])
    relative = record_id in (masked or ())
    shown = masking.body(body) if relative else present.masked("person", body)
    first = db.one("SELECT author, created_at FROM versions WHERE record_id = ?"
                   " ORDER BY clock, version_id LIMIT 1", (record_id,))
    cases = [title(db, c) for c in body.get("case_ids") or []]
    cases += [r[0] for r in db.all(
        "SELECT c.title FROM links l JOIN records r ON r.record_id = l.src"
        " JOIN records c ON c.record_id = r.case_id WHERE l.dst = ? AND r.deleted = 0"
        " AND r.kind IN ('incident', 'detention', 'medical_exam') GROUP BY c.record_id",
        (record_id,))]
    return {"record_id": record_id,
            "title": masking.label(lang) if relative else row[0],
            "protected": relative or present.is_protected("person", body),
            "date_of_birth": shown.get("date_of_birth"), "gender": shown.get("gender"),
            "city": shown.get("city"), "other_names": shown.get("other_names"),
            "roles": shown.get("roles") or [], "flags": row[2].split(),
            "device": names.get(first[0], "") if first else "",
            "created_at": first[1] if first else row[3],
            "cases": list(dict.fromkeys(c for c in cases if c))}


def duplicate_suggestions(session: Session, *, min_score: float = duplicates.DEFAULT_MIN_SCORE,
                          limit: int = duplicates.DEFAULT_LIMIT, lang: str = "en",
                          progress: duplicates.Progress | None = None,
                          cancel: threading.Event | None = None) -> list[dict[str, Any]]:
    """The duplicates page: suggestions with what a coordinator needs to judge them
    (masked). Comparing a large archive's people takes minutes: `progress` follows it and
    `cancel` stops it (Cancelled)."""
    db = session.db
    found = duplicates.suggest(db, limit=limit, min_score=min_score, progress=progress,
                               cancel=cancel)
    names = device_names(db)
    masked = masking.relatives(db)
    people: dict[str, dict[str, Any]] = {}
    out = []
    for s in found:
        for rid in (s.a_id, s.b_id):
            if rid not in people:
                people[rid] = _person_summary(db, names, rid, masked, lang)
        # Why two records match must not say a masked relative's name either.
        hidden = s.a_id in masked or s.b_id in masked
        a, b = people[s.a_id], people[s.b_id]
        if hidden or a.get("protected") or b.get("protected"):
            # A pseudonym beside the other record's name, at a high score, says who the
            # protected person is: neither side is named in such a pair.
            a, b = _unnamed(a), _unnamed(b)
        out.append({"a": a, "b": b, "score": s.score,
                    "reasons": [duplicates.PROTECTED_REASON] if hidden else list(s.reasons)})
    return out


def _unnamed(summary: dict[str, Any]) -> dict[str, Any]:
    """One side of a pair that involves a protected person: what could name it masked
    (its title unless it is the protected pseudonym itself, birth date, other names, the
    cases it is in)."""
    if summary.get("protected"):
        return summary
    return {**summary, "title": present.MASK, "date_of_birth": present.MASK,
            "other_names": present.MASK if summary.get("other_names") else None,
            "cases": [], "masked_in_pair": True}


def suggestions(session: Session, *, min_score: float = duplicates.DEFAULT_MIN_SCORE,
                limit: int = duplicates.DEFAULT_LIMIT,
                progress: duplicates.Progress | None = None) -> list[dict[str, Any]]:
    """Suggestions as `qorgau duplicates` lists them: ids, score, reasons and the titles
    lists show (a protected person's pseudonym, never the name)."""
    found = duplicates.suggest(session.db, limit=limit, min_score=min_score,
                               progress=progress)
    ids = sorted({i for s in found for i in (s.a_id, s.b_id)})
    rows = session.db.all(
        f"SELECT record_id, title, flags FROM records WHERE record_id IN {IN_LIST}",
        (as_list(ids),)) if ids else []
    masked = masking.relatives(session.db)
    titles = masking.titles({r[0]: r[1] for r in rows}, masked, "en")
    # Shown as themselves (a pseudonym, "Relative of a protected person"); in a pair with
    # one of them, as on the page, the other side is not named either.
    hidden = masked | {r[0] for r in rows if "protected" in r[2].split()}
    out = []
    for s in found:
        row = {**s.to_dict(), "a_title": titles.get(s.a_id, ""),
               "b_title": titles.get(s.b_id, "")}
        if {s.a_id, s.b_id} & hidden:
            for side in ("a", "b"):
                if row[f"{side}_id"] not in hidden:
                    row[f"{side}_title"] = present.MASK
        out.append(row)
    return out


def link(session: Session, a_id: str, b_id: str, note: str = "") -> list[Version]:
    """Record that two person records are the same person (none written if already)."""
    return duplicates.link(session.records, a_id, b_id, note)


def unlink(session: Session, a_id: str, b_id: str, note: str = "") -> list[Version]:
    """Take back a link between two person records."""
    return duplicates.unlink(session.records, a_id, b_id, note)
