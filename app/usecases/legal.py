"""The legal path of a complaint: its steps in order, the deadlines the law sets, and
folding older appeal records into the complaint they continue.

Deadlines are warnings for the lawyer, not legal advice: each names its basis so it can
be checked, and each is met by what the record shows (a registration number, a later
status, a step). A deadline is computed only from dates the record holds.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from app import schema, stats, vocab
from app.records import Version
from app.usecases.session import Session
from storage import audit
from storage.errors import InvalidInput

# --- deadlines ---------------------------------------------------------------------------

_REGISTRATION_OUTCOMES = stats.REGISTERED | {"registration_refused"}
_FINAL_AT_HOME = {"registration_refused", "closed_no_corpus_delicti", "closed_no_evidence",
                  "acquittal", "appeal_dismissed"}


@dataclass(frozen=True)
class Deadline:
    code: str  # a code of resources/vocab/legal_deadline.json: its label says what is due
    since: str  # the date the term runs from
    due: str  # the last day
    met: bool
    basis: str  # the rule, to be checked by the lawyer

    def overdue(self, today: dt.date) -> bool:
        return not self.met and dt.date.fromisoformat(self.due) < today

    def days_left(self, today: dt.date) -> int:
        return (dt.date.fromisoformat(self.due) - today).days


def _day(value: Any) -> dt.date | None:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # day 28 exists in every month


def _dated_statuses(body: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(date, status, at home) of everything the complaint shows, oldest first."""
    out = []
    if body.get("status"):
        out.append((body.get("outcome_on") or body.get("filed_on") or "", body["status"], True))
    out += [(h["on"], h["status"], True) for h in body.get("history") or ()]
    for step in body.get("steps") or ():
        home = not stats.international(step.get("body")) and step.get("step") not in (
            "un_communication", "un_views")
        if step.get("outcome"):
            out.append((step.get("decided_on") or step.get("filed_on") or "",
                        step["outcome"], home))
        out += [(h["on"], h["status"], home) for h in step.get("history") or ()]
    return sorted(out)


def deadlines(body: dict[str, Any]) -> list[Deadline]:
    """The deadlines that apply to a complaint body (validated), met or not."""
    out: list[Deadline] = []
    filed = _day(body.get("filed_on"))
    events = _dated_statuses(body)
    home = [(d, s) for d, s, at_home in events if at_home]
    steps = body.get("steps") or ()
    if filed and not stats.international(body.get("body")):
        # A crime report is entered in the ERDR at once, at the latest within a day.
        met = bool(body.get("registration_number")) or any(
            s in _REGISTRATION_OUTCOMES for _d, s in home) or any(
            st.get("step") == "registration" and st.get("outcome") for st in steps)
        out.append(Deadline("registration", filed.isoformat(),
                            (filed + dt.timedelta(days=1)).isoformat(), met,
                            "CPC RK art. 181: registration in the ERDR within 24 hours"))
    registered = next((_day(d) for d, s in home if s in stats.REGISTERED and _day(d)), None)
    if registered:
        # Two months of pre-trial investigation, unless extended: a decision is due.
        decided = any(d >= registered.isoformat() and s not in (
            "registered", "investigation_opened", "requalified", "filed", "no_response")
            for d, s in home)
        out.append(Deadline("investigation", registered.isoformat(),
                            _add_months(registered, 2).isoformat(), decided,
                            "CPC RK art. 192: two months unless extended"))
    verdicts = [_day(d) for d, s in home if s in ("conviction", "acquittal") and _day(d)]
    if verdicts:
        verdict = max(verdicts)  # type: ignore[type-var]
        appealed = any(st.get("step") == "appeal_verdict" and (st.get("filed_on") or "")
                       >= verdict.isoformat() for st in steps)
        out.append(Deadline("appeal_verdict", verdict.isoformat(),
                            (verdict + dt.timedelta(days=15)).isoformat(), appealed,
                            "CPC RK: an appeal within 15 days of the verdict"))
    finals = [_day(d) for d, s in home if s in _FINAL_AT_HOME and _day(d)]
    if finals:
        final = max(finals)  # type: ignore[type-var]
        sent = any(st.get("body") == "un_hrc" and st.get("step") == "un_communication"
                   for st in steps)
        out.append(Deadline("un_hrc", final.isoformat(), _add_months(final, 60).isoformat(),
                            sent, "UN Human Rights Committee rules of procedure, rule 99(c): "
                            "within five years of the last decision at home"))
    return out


def legal_path(session: Session, complaint_id: str, *, lang: str = "en",
               today: dt.date | None = None) -> dict[str, Any]:
    """Read model: a complaint's steps in the order taken (older step records that name
    it included), its current status, and its deadlines with warnings, in `lang`."""
    if lang not in vocab.LANGS:
        raise InvalidInput(f"language must be one of {', '.join(vocab.LANGS)}")
    today = today or dt.date.today()
    record = session.records.get(complaint_id, include_deleted=False)
    if record.kind != "complaint":
        raise InvalidInput("the legal path is that of a complaint")
    body = record.body
    label = vocab.load

    def step_row(step: dict[str, Any], source: str) -> dict[str, Any]:
        return {"step": step.get("step"),
                "step_label": label("legal_step").label(step.get("step") or "other", lang),
                "body": step.get("body"),
                "body_label": label("complaint_body").label(step["body"], lang)
                if step.get("body") else "",
                "filed_on": step.get("filed_on"), "decided_on": step.get("decided_on"),
                "reference_number": step.get("reference_number"),
                "outcome": step.get("outcome"),
                "outcome_label": label("complaint_status").label(step["outcome"], lang)
                if step.get("outcome") else "",
                "source": source}

    steps = [step_row(s, complaint_id) for s in body.get("steps") or ()]
    for rid, raw in session.db.all(
            "SELECT record_id, body FROM records WHERE kind = 'complaint' AND deleted = 0"
            " AND json_extract(body, '$.appeal_of') = ?", (complaint_id,)):
        old = json.loads(raw)
        steps.append(step_row(_as_step(old), rid))
    steps.sort(key=lambda s: (s["filed_on"] or "", s["decided_on"] or ""))
    found = deadlines(body)
    labels = label("legal_deadline")
    return {
        "complaint_id": complaint_id,
        "title": schema.display_title("complaint", body, lang),
        "status": body.get("status"),
        "steps": steps,
        "deadlines": [{"code": d.code, "label": labels.label(d.code, lang), "since": d.since,
                       "due": d.due, "met": d.met, "overdue": d.overdue(today),
                       "days_left": d.days_left(today), "basis": d.basis} for d in found],
    }


def overdue(body: dict[str, Any], lang: str, today: dt.date | None = None) -> list[str]:
    """Labels of the deadlines a complaint has let pass (for lists and badges)."""
    today = today or dt.date.today()
    labels = vocab.load("legal_deadline")
    return [labels.label(d.code, lang) for d in deadlines(body) if d.overdue(today)]


# --- folding older appeal records into their complaint -------------------------------------


def _as_step(old: dict[str, Any]) -> dict[str, Any]:
    """An older appeal or UN submission record as a step of its complaint."""
    body = old.get("body")
    kind = ("un_communication" if stats.international(body) else
            "appeal_judge" if body in ("court", "investigating_judge") else
            "appeal_prosecutor" if body in ("prosecutor", "higher_prosecutor",
                                            "prosecutor_general", "special_prosecutor")
            else "other")
    notes = "\n".join(x for x in (old.get("response"), old.get("notes")) if x)
    step = {"step": kind, "body": body, "addressee": old.get("addressee"),
            "filed_on": old.get("filed_on"),
            "reference_number": old.get("reference_number") or old.get(
                "registration_number"),
            "decided_on": old.get("outcome_on"), "outcome": old.get("status"),
            "notes": notes}
    return {k: v for k, v in step.items() if v}


@dataclass(frozen=True)
class Folded:
    complaint_id: str
    step_record_id: str
    versions: tuple[Version, ...]


def fold_appeals(session: Session, *, dry_run: bool = False) -> list[Folded]:
    """Make each older appeal record (a complaint naming another in `appeal_of`) a step
    of the complaint it continues: a new version of that complaint with the step, and a
    tombstone on the appeal record saying where it went. Both are signed by this device,
    their parents are the versions they replace, and the audit log says why, so the
    change stays attributable and the old versions stay in the history.

    Only records this device wrote are folded: rewriting another device's record would
    put words in its name (the coordinator's archive keeps reading those the way
    app.stats does). Nothing is written with `dry_run`; either every fold or none is.
    """
    records = session.records
    me = session.vault.identity.device_id
    authors = {rid: set(a.split(",")) for rid, a in session.db.all(
        "SELECT record_id, group_concat(DISTINCT author) FROM versions WHERE kind ="
        " 'complaint' GROUP BY record_id")}
    mine = {rid for rid, a in authors.items() if a == {me}}
    rows = {rid: json.loads(b) for rid, b in session.db.all(
        "SELECT record_id, body FROM records WHERE kind = 'complaint' AND deleted = 0"
        " AND head_count = 1")}
    plan: dict[str, list[str]] = {}
    for rid, body in rows.items():
        target = body.get("appeal_of")
        if not target or rid not in mine:
            continue
        seen = {rid}
        while target in rows and rows[target].get("appeal_of") and target not in seen:
            seen.add(target)
            target = rows[target]["appeal_of"]
        if target in rows and target in mine and target not in seen:
            plan.setdefault(target, []).append(rid)
    out: list[Folded] = []
    if dry_run or not plan:
        return [Folded(c, s, ()) for c, ids in plan.items() for s in ids]
    with session.db.transaction():
        for complaint_id, step_ids in plan.items():
            body = dict(rows[complaint_id])
            ordered = sorted(step_ids, key=lambda r: rows[r].get("filed_on") or "")
            body["steps"] = [*(body.get("steps") or ()), *(_as_step(rows[r]) for r in ordered)]
            updated = records.update(complaint_id, body)
            for rid in ordered:
                tombstone = records.delete(
                    rid, f"folded into the legal path of complaint {complaint_id}")
                out.append(Folded(complaint_id, rid, (updated, tombstone)))
            audit.append(session.db, "legal_fold", {"complaint_id": complaint_id,
                                                  "step_record_ids": ordered})
    return out

