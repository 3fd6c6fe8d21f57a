"""What may leave the vault: the one consent rule every way out obeys.

Consent belongs to a person, by purpose. Their answers come from their consent records
(kind "consent": a change or a withdrawal is a new signed version), from every interview
they gave (the consent given at that moment) and, for photographs, from their medical
examinations. The strictest current answer wins: one refusal anywhere outweighs any
number of agreements, until the refusing record itself is changed.

Each way out is a channel with the purpose it serves:

- bundle: sharing with the coalition coordinator (the sealed export);
- pdf: submission to authorities and UN bodies (the case report);
- csv: publication (tables and lists that may be published);
- statistics: anonymous statistical use.

Every record that carries a person's identity or account names that person (the person
record itself, interviews they gave, incidents about them or taken from their account,
their detention and medical examination with its lesions, evidence they provided or that
documents any of these, complaints on their behalf, the case of a victim). `decide`
selects, for a channel, the records that must stay and says why, per person and purpose;
the exporter, the case report, the statistics and the desk all ask it, nothing else.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app import schema, vocab

PURPOSES = ("documentation", "share_coordinator", "submit_authorities", "publication",
            "photographs", "medical_records", "statistics")
CHANNELS = {"bundle": "share_coordinator", "pdf": "submit_authorities",
            "csv": "publication", "statistics": "statistics"}

# What a person allows a channel to do with them.
NONE, ANONYMOUS, FULL = 0, 1, 2

# Channels that must have a "given" before anything leaves: a report to a prosecutor or
# a publication is never sent on a question nobody asked.
_EXPLICIT = frozenset({"pdf", "csv"})
# Purposes that allow an anonymised use when the person said "anonymised".
_CAN_ANONYMISE = frozenset({"submit_authorities", "publication", "statistics"})

# Kinds whose content is a medical record, and evidence types that are photographs.
_MEDICAL = frozenset({"medical_exam", "lesion"})
_PHOTO_TYPES = frozenset({"photo", "video"})


def permission(purpose: str, answer: str | None, channel: str) -> int:
    """What one answer allows for one purpose through one channel."""
    if answer == "refused":
        return NONE
    if answer == "anonymised":
        return ANONYMOUS if purpose in _CAN_ANONYMISE else NONE
    if answer == "given":
        return FULL
    # Never asked (or not recorded): the organisation documents and shares within the
    # coalition, and counts anonymously, as people are told at the first interview;
    # nothing goes to authorities, the public or into a report's photographs unasked.
    if purpose == "statistics":
        return ANONYMOUS
    if purpose in ("documentation", "share_coordinator"):
        return FULL
    return NONE if channel in _EXPLICIT else FULL


@dataclass(frozen=True)
class Reason:
    """Why something of a person's stays: their answer for one purpose."""

    person_id: str
    purpose: str
    answer: str  # a consent_value code, or "not_asked"

    def text(self, lang: str = "en") -> str:
        """In plain language, e.g. "Sharing with the coalition coordinator: Refused"."""
        return (f"{vocab.load('consent_purpose').label(self.purpose, lang)}: "
                f"{vocab.load('consent_value').label(self.answer, lang)}")


@dataclass
class Disclosure:
    """The decision for one channel over one vault."""

    channel: str
    withheld: dict[str, Reason] = field(default_factory=dict)  # record id -> why it stays
    anonymous: dict[str, Reason] = field(default_factory=dict)  # person id -> shown unnamed
    people: dict[str, Reason] = field(default_factory=dict)  # person id -> why withheld
    kinds: dict[str, str] = field(default_factory=dict)  # record id -> kind
    owners: dict[str, set[str]] = field(default_factory=dict)  # record id -> person ids

    def allows(self, record_id: str) -> bool:
        return record_id not in self.withheld

    def named(self, person_id: str) -> bool:
        """May this person's identity appear (not withheld, not anonymised)?"""
        return person_id not in self.people and person_id not in self.anonymous

    def by_person(self) -> dict[str, dict[str, Any]]:
        """person id -> {"reason": Reason, "records": [record ids]} of what stays."""
        out: dict[str, dict[str, Any]] = {}
        for rid, why in sorted(self.withheld.items()):
            entry = out.setdefault(why.person_id, {"reason": why, "records": []})
            entry["records"].append(rid)
        return out


def _heads(db: Any) -> set[str]:
    return {v for (v,) in db.all("SELECT version_id FROM heads")}


def _bodies(db: Any) -> tuple[dict[str, str], dict[str, list[dict[str, Any]]],
                              dict[str, list[dict[str, Any]]], set[str]]:
    """kinds, every version's body per record, current bodies per record, deleted ids."""
    heads = _heads(db)
    deleted = {r for (r,) in db.all("SELECT record_id FROM records WHERE deleted = 1")}
    kinds: dict[str, str] = {}
    every: dict[str, list[dict[str, Any]]] = defaultdict(list)
    current: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for vid, rid, kind, env in db.iterate(
            "SELECT version_id, record_id, kind, CAST(envelope AS TEXT) FROM versions"
            " WHERE tombstone = 0"):
        body = json.loads(env)["body"]
        kinds[rid] = kind
        every[rid].append(body)
        if vid in heads:
            current[rid].append(body)
    return kinds, every, current, deleted


def _refs(body: dict[str, Any], *names: str) -> Iterable[str]:
    for name in names:
        value = body.get(name)
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))


# Who a record belongs to, by kind: the fields naming the people whose identity or
# account it carries. Lesions and evidence belong to whoever owns what they document.
_OWNER_FIELDS: dict[str, tuple[str, ...]] = {
    "interview": ("interviewee_id",),
    "incident": ("victim_ids", "account_of"),
    "detention": ("person_id",),
    "medical_exam": ("person_id",),
    "complaint": ("on_behalf_of",),
    "evidence": ("provided_by",),
    "case": ("victim_ids",),
    "consent": ("person_id",),
}
_DOCUMENTS = {"lesion": "exam_id", "evidence": "record_id"}


def owners_of(kinds: dict[str, str], every: dict[str, list[dict[str, Any]]]
              ) -> dict[str, set[str]]:
    """record id -> ids of the people it belongs to (from every version it ever had:
    every version travels, so a person unlinked later still owns the old ones)."""
    owners: dict[str, set[str]] = {}
    for rid, kind in kinds.items():
        people = {rid} if kind == "person" else set()
        for body in every.get(rid, ()):
            people.update(_refs(body, *_OWNER_FIELDS.get(kind, ())))
            if kind == "interview" and not body.get("interviewee_id"):
                people.add(rid)  # an unnamed interviewee: the interview stands for them
        owners[rid] = people
    # Evidence -> lesion -> examination -> person: follow what is documented, a few hops.
    for _ in range(3):
        for rid, kind in kinds.items():
            ref = _DOCUMENTS.get(kind)
            if ref is None:
                continue
            for body in every.get(rid, ()):
                for target in _refs(body, ref):
                    owners[rid] |= owners.get(target, set())
    return owners


def _answers(kinds: dict[str, str], every: dict[str, list[dict[str, Any]]],
             current: dict[str, list[dict[str, Any]]], deleted: set[str]
             ) -> dict[str, dict[str, set[str]]]:
    """person id -> purpose -> the answers in force. A deleted consent or interview keeps
    every answer it ever gave (deleting a refusal must not turn it into a yes)."""
    answers: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for rid, kind in kinds.items():
        bodies = every[rid] if rid in deleted else current.get(rid, ())
        for body in bodies:
            if kind in ("consent", "interview"):
                person = body.get("person_id") if kind == "consent" else (
                    body.get("interviewee_id") or rid)
                consent = body.get("consent")
                if isinstance(person, str) and isinstance(consent, dict):
                    for purpose, answer in consent.items():
                        answers[person][purpose].add(answer)
            elif kind == "medical_exam":
                person, photos = body.get("person_id"), body.get("consent_photos")
                if isinstance(person, str) and isinstance(photos, str):
                    answers[person]["photographs"].add(photos)
    return answers


def _level(answers: dict[str, set[str]], purpose: str, channel: str) -> tuple[int, str]:
    """The strictest answer for a purpose: (permission, answer code)."""
    given = answers.get(purpose) or {"not_asked"}
    return min((permission(purpose, a, channel), a) for a in given)


def answers_of(db: Any, person_id: str) -> dict[str, set[str]]:
    """purpose -> the answers in force for one person."""
    kinds, every, current, deleted = _bodies(db)
    return dict(_answers(kinds, every, current, deleted).get(person_id, {}))


def strictest(answers: dict[str, set[str]], purpose: str, channel: str) -> str:
    """The answer that wins for a purpose through a channel."""
    return _level(answers, purpose, channel)[1]


def decide(db: Any, channel: str) -> Disclosure:
    """What may leave this vault through `channel` (one of CHANNELS)."""
    purpose = CHANNELS[channel]
    kinds, every, current, deleted = _bodies(db)
    owners = owners_of(kinds, every)
    answers = _answers(kinds, every, current, deleted)
    out = Disclosure(channel, kinds=kinds, owners=owners)
    people = {p for ps in owners.values() for p in ps}
    # A person who refused (or withdrew) sharing is withheld from the archive's reports
    # and lists too; anonymous statistics still count them unless they refused that.
    checked = ("documentation", "share_coordinator", purpose) if channel != "statistics" \
        else ("documentation", purpose)
    for person in sorted(people):
        mine = answers.get(person, {})
        for p in dict.fromkeys(checked):
            level, answer = _level(mine, p, channel)
            if level == NONE:
                out.people[person] = Reason(person, p, answer)
                break
            if level == ANONYMOUS and p == purpose:
                out.anonymous[person] = Reason(person, p, answer)
    for rid, kind in kinds.items():
        # A consent record names nobody and must reach the archive to carry a withdrawal.
        if kind == "consent" and channel == "bundle":
            continue
        extra = []
        if kind in _MEDICAL or _documents_medical(rid, kinds, every):
            extra.append("medical_records")
        if kind == "evidence" and _is_photo(every.get(rid, ())):
            extra.append("photographs")
        for person in sorted(owners.get(rid, ())):
            if person in out.people:
                out.withheld[rid] = out.people[person]
                break
            why = next((Reason(person, p, a) for p in extra
                        for level, a in [_level(answers.get(person, {}), p, channel)]
                        if level == NONE), None)
            if why is not None:
                out.withheld[rid] = why
                break
    return out


def _documents_medical(rid: str, kinds: dict[str, str],
                       every: dict[str, list[dict[str, Any]]]) -> bool:
    if kinds.get(rid) != "evidence":
        return False
    return any(kinds.get(t) in _MEDICAL or b.get("type") == "medical_record"
               for b in every.get(rid, ()) for t in _refs(b, "record_id"))


def _is_photo(bodies: Iterable[dict[str, Any]]) -> bool:
    return any(b.get("type") in _PHOTO_TYPES or str(b.get("mime", "")).startswith(
        ("image/", "video/")) for b in bodies)


# --- plain-language preview ------------------------------------------------------------


def person_label(db: Any, person_id: str, lang: str = "en") -> str:
    """How a preview names a person: the title a list shows (a pseudonym if protected)."""
    row = db.one("SELECT kind, body FROM records WHERE record_id = ?", (person_id,))
    if row is not None and row[0] == "interview":
        return vocab.load("disclosure_words").label("unnamed_interviewee", lang)
    if row is None or row[0] != "person":
        return person_id[:8]
    return schema.display_title("person", json.loads(row[1]), lang)


def preview(db: Any, decision: Disclosure, lang: str = "en",
            going: Iterable[str] | None = None) -> dict[str, Any]:
    """What goes and what stays, per person and reason, for a person to read before
    anything leaves. `going`: the record ids the output would carry (default: all)."""
    words = vocab.load("disclosure_words")
    going_ids = set(decision.kinds) if going is None else set(going)
    goes: dict[str, int] = defaultdict(int)
    for rid in going_ids:
        if decision.allows(rid) and rid in decision.kinds:
            goes[decision.kinds[rid]] += 1
    stays = []
    for person, entry in decision.by_person().items():
        why: Reason = entry["reason"]
        records = entry["records"]
        counts: dict[str, int] = defaultdict(int)
        for rid in records:
            counts[decision.kinds.get(rid, "")] += 1
        stays.append({
            "person_id": person, "person": person_label(db, person, lang),
            "purpose": why.purpose, "answer": why.answer, "records": records,
            "kinds": dict(counts),
            "text": (f"{person_label(db, person, lang)} — {why.text(lang)}. "
                     f"{words.label('withheld_records', lang)}: {len(records)} ("
                     + ", ".join(f"{words.label('kind_' + k, lang)} {n}"
                                           for k, n in sorted(counts.items())) + ")")})
    anonymous = [{"person_id": p, "person": person_label(db, p, lang), "purpose": r.purpose,
                  "answer": r.answer,
                  "text": f"{person_label(db, p, lang)} — {r.text(lang)}. "
                          f"{words.label('anonymised', lang)}"}
                 for p, r in sorted(decision.anonymous.items())]
    return {"channel": decision.channel, "goes": dict(sorted(goes.items())),
            "withheld": stays, "anonymised": anonymous}
