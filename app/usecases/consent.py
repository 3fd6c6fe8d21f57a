"""Consent actions and the disclosure previews (no Qt): what a person can do about
consent, on a field laptop and at the archive.

- record_consent: a person's answers, by purpose; a change or withdrawal is a new version
  of their consent record (one per person), audited with the reason ("consent_change");
  save_consent_form is the same action from the desktop's consent form;
- consent_of: the answers in force for one person, and where each comes from;
- disclosure_preview: what an output (bundle, PDF, CSV, statistics) would carry and what
  the rule keeps back, per person and reason, before anything leaves;
- withdrawn / purge_withdrawn: at the archive, people whose consent to sharing is now
  refused, and the deliberate, audited removal of what the archive still holds of them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from app import disclosure, vocab
from app.records import Records, Version
from app.usecases.session import Session
from storage.errors import Cancelled, InvalidInput, NotFound, QorgauError
from storage.vault import Vault

PURGE_REASON = "consent to sharing withdrawn"


def _person(vault: Vault, person_id: str) -> dict[str, Any]:
    row = vault.db.one("SELECT kind, body, deleted FROM records WHERE record_id = ?",
                       (person_id,))
    if row is None or row[0] != "person" or row[2]:
        raise NotFound(f"no person with id {person_id}")
    return json.loads(row[1])


def consent_record_id(session: Session, person_id: str) -> str | None:
    """The person's consent record (the oldest one, if devices made several)."""
    row = session.db.one("SELECT record_id FROM records WHERE kind = 'consent' AND deleted = 0"
                       " AND json_extract(body, '$.person_id') = ? ORDER BY created_at,"
                       " record_id LIMIT 1", (person_id,))
    return row[0] if row else None


def record_consent(session: Session, person_id: str, answers: Mapping[str, str], *,
                   given_on: str | None = None, recorded_by: str | None = None,
                   reason: str = "") -> str:
    """Set a person's answers for the purposes named in `answers` (others keep theirs).
    Returns the consent record's id. A withdrawal is just an answer of "refused"."""
    if not answers:
        raise InvalidInput("give at least one answer, e.g. share_coordinator=refused")
    return _write(session.vault, person_id, answers, given_on=given_on, recorded_by=recorded_by,
                  reason=reason).record_id


def save_consent_form(session: Session, body: Mapping[str, Any], *,
                      record_id: str | None = None, reason: str = "") -> Version:
    """The consent form's save (the desktop's door to record_consent): the form holds the
    whole record, so its answers replace the record's (an answer cleared is no longer
    given). The same signed version and the same "consent_change" audit entry as the
    command line's `qorgau consent`."""
    person_id = body.get("person_id")
    if not isinstance(person_id, str) or not person_id:
        raise InvalidInput("choose the person whose consent this is")
    answers = body.get("consent") or {}
    if not isinstance(answers, Mapping):
        raise InvalidInput("consent answers must be given by purpose")
    answers = {p: a for p, a in answers.items() if a}  # a purpose left blank: not asked
    return _write(session.vault, person_id, answers, given_on=body.get("given_on"),
                  recorded_by=body.get("recorded_by"), reason=reason, record_id=record_id,
                  replace=True)


def _write(vault: Vault, person_id: str, answers: Mapping[str, str], *,
           given_on: str | None, recorded_by: str | None, reason: str,
           record_id: str | None = None, replace: bool = False) -> Version:
    """The one write of a person's consent: validated, one signed version of their consent
    record, one "consent_change" audit entry, in one transaction."""
    _person(vault, person_id)
    values = vocab.load("consent_value")
    unknown = [p for p in answers if p not in disclosure.PURPOSES]
    if unknown:
        raise InvalidInput(f"unknown consent purpose {unknown[0]!r}; one of "
                           + ", ".join(disclosure.PURPOSES))
    bad = [a for a in answers.values() if a not in values]
    if bad:
        raise InvalidInput(f"unknown consent answer {bad[0]!r}; one of "
                           + ", ".join(values.codes))
    records = Records(vault)
    rid = record_id or consent_record_id(vault, person_id)
    with vault.db.transaction():
        if rid is None:
            body = {"person_id": person_id, "given_on": given_on,
                    "recorded_by": recorded_by, "consent": dict(answers)}
            version = records.create("consent", body)
            rid = version.record_id
        else:
            old = records.get(rid)
            if old.kind != "consent":
                raise InvalidInput(f"record {rid} is not a consent record")
            body = {**old.body, "person_id": person_id, "consent": dict(answers) if replace
                    else {**(old.body.get("consent") or {}), **answers}}
            for name, value in (("given_on", given_on), ("recorded_by", recorded_by)):
                if value or replace:
                    body[name] = value
            version = records.update(rid, body)
        vault.audit("consent_change", {"person_id": person_id, "consent_id": rid,
                                       "answers": dict(sorted(answers.items())),
                                       "reason": " ".join(reason.split())})
    return version


def consent_of(session: Session, person_id: str, lang: str = "en") -> list[dict[str, Any]]:
    """The answer in force for each purpose (strictest wins), with its label."""
    _person(session.vault, person_id)
    answers = disclosure.answers_of(session.db, person_id)
    out = []
    for purpose in disclosure.PURPOSES:
        channel = next((c for c, p in disclosure.CHANNELS.items() if p == purpose), "bundle")
        answer = disclosure.strictest(answers, purpose, channel)
        out.append({"purpose": purpose, "answer": answer,
                    "answers": sorted(answers.get(purpose) or {"not_asked"}),
                    "label": vocab.load("consent_purpose").label(purpose, lang),
                    "answer_label": vocab.load("consent_value").label(answer, lang)})
    return out


def disclosure_preview(session: Session, channel: str, *, lang: str = "en",
                       record_ids: list[str] | None = None) -> dict[str, Any]:
    """What `channel` would carry out of this vault, and what stays, per person and
    reason, in `lang`. `record_ids`: what the output would hold (a case report's records)."""
    if channel not in disclosure.CHANNELS:
        raise InvalidInput(f"unknown output {channel!r}; one of "
                           + ", ".join(disclosure.CHANNELS))
    decision = disclosure.decide(session.db, channel)
    if record_ids is not None:
        wanted = set(record_ids)
        decision.withheld = {r: w for r, w in decision.withheld.items()
                             if r in wanted or w.person_id in wanted}
        decision.anonymous = {p: w for p, w in decision.anonymous.items() if p in wanted}
    return disclosure.preview(session.db, decision, lang, going=record_ids)


def withdrawn(session: Session, lang: str = "en") -> list[dict[str, Any]]:
    """People this vault still holds something of, whose consent to sharing with the
    coordinator is now refused (at the archive: a withdrawal that arrived in a bundle)."""
    decision = disclosure.decide(session.db, "bundle")
    out = []
    for person, entry in decision.by_person().items():
        held = [r for r in entry["records"] if decision.kinds.get(r) != "consent"]
        if entry["reason"].purpose != "share_coordinator" or not held:
            continue
        out.append({"person_id": person,
                    "person": disclosure.person_label(session.db, person, lang),
                    "records": held, "reason": entry["reason"].text(lang)})
    return out


def purge_withdrawn(session: Session, person_ids: str | Sequence[str], reason: str, *,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: threading.Event | None = None) -> dict[str, int]:
    """Remove from this vault every record of one or several people who withdrew consent
    to sharing (their consent records stay: they are the proof of the withdrawal). A
    person decides, once, for all of them; the reason goes to the audit log.

    Every id is checked before anything changes (an unknown id, a person who did not
    withdraw, one whose records were already removed: an error naming them, nothing
    removed). Then one transaction removes them all, with a "purge" and a
    "consent_purge" audit entry per person; `progress(done, total)` counts records, and a
    `cancel` set before the commit rolls everything back (Cancelled). Only after the commit
    are the evidence files removed and the old copies of pages scrubbed (noted in the
    transaction: killed before then, the next opening finishes it). Returns how many
    records went, per person, in the order given."""
    if session.role != "archive":
        # On a field laptop these records are the only copy the refusal kept back.
        raise InvalidInput("this removal is for the archive: on a field laptop a refusal "
                           "keeps the records here, it does not delete them")
    if not reason or not reason.strip():
        raise InvalidInput("removing a person's records needs a reason")
    wanted = list(dict.fromkeys([person_ids] if isinstance(person_ids, str) else person_ids))
    if not wanted:
        raise InvalidInput("choose at least one person who withdrew consent")
    offers = {w["person_id"]: w["records"] for w in withdrawn(session)}
    for person_id in wanted:
        if person_id not in offers:
            raise _not_purgeable(session, person_id)
    records, total, done = session.records, sum(len(offers[p]) for p in wanted), 0
    why = " ".join(reason.split())
    counts: dict[str, int] = {}
    with session.db.transaction():
        for person_id in wanted:
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled: nobody's records were removed")
            counts[person_id] = records.purge_rows(offers[person_id], reason=PURGE_REASON)
            session.vault.audit("consent_purge", {"person_id": person_id,
                                                  "records": counts[person_id],
                                                  "reason": why})
            done += len(offers[person_id])
            if progress is not None:
                progress(done, total)
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled: nobody's records were removed")
    records.purge_files()
    return counts


def _not_purgeable(session: Session, person_id: str) -> QorgauError:
    """Why the records of `person_id` cannot be removed, in words naming them."""
    row = session.db.one("SELECT kind FROM records WHERE record_id = ?", (person_id,))
    if row is not None and row[0] != "person":
        return InvalidInput(f"record {person_id} is not a person")
    if row is None:
        if consent_record_id(session, person_id) is None:
            return NotFound(f"no person with id {person_id}")
        if session.db.one("SELECT 1 FROM audit WHERE action = 'consent_purge' AND"
                          " json_extract(detail, '$.person_id') = ? LIMIT 1", (person_id,)):
            return InvalidInput(f"the records of person {person_id} were already removed "
                                "from this archive")
    return InvalidInput(f"person {person_id} has not withdrawn consent to sharing, or "
                        "nothing of theirs is left to remove")


def export_preview(session: Session, *, everything: bool = False,
                   recipients: list[str] | None = None, lang: str = "en") -> dict[str, Any]:
    """What the next bundle would carry and what consent keeps on this laptop, per
    person and reason, in `lang`: shown before sealing. Writes nothing."""
    from pathlib import Path

    from app import exporter

    report = exporter.export(session.vault, Path(session.vault.path) / "preview.bundle",
                             everything=everything, recipients=recipients, dry_run=True, lang=lang)
    return {"versions": report.versions, "blobs": report.blobs, **report.preview}


def report_disclosure(session: Session, case_id: str, lang: str = "en") -> dict[str, Any]:
    """Before a case report is made: what consent leaves out of it, per person and reason,
    in `lang` (people are numbered, never named: the preview shows on a desk screen)."""
    from app.usecases import reports

    data = reports.case_report(session, case_id, photos=False, lang=lang)
    words = vocab.load("disclosure_words")
    lines = [f"{n['person']}: " + ", ".join(f"{words.label('kind_' + k, lang)} {c}"
                                           for k, c in sorted(n["kinds"].items()))
             + f" — {n['reason']}" for n in data["withheld"]]
    return {"withheld": data["withheld"], "lines": lines,
            "relatives_masked": data["relatives_masked"]}
