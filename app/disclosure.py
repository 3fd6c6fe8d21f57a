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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from app import schema, vocab
from storage.db import IN_LIST, KeptPerState, as_list

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

# Kinds whose content is a medical record, and evidence types that are photographs. A
# state forensic examination is one too: its findings are the examined person's body.
_MEDICAL = frozenset({"medical_exam", "lesion", "state_exam"})
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


# Who a record belongs to, by kind: the fields naming the people whose identity or
# account it carries. Lesions and evidence belong to whoever owns what they document.
# Every field of a schema kind that refers to a person is either here or in
# NOT_OWNERS, with why (tests/test_consent_kinds.py holds every kind to it).
_OWNER_FIELDS: dict[str, tuple[str, ...]] = {
    "interview": ("interviewee_id",),
    "incident": ("victim_ids", "account_of"),
    "detention": ("person_id",),
    "medical_exam": ("person_id",),
    "complaint": ("on_behalf_of",),
    "evidence": ("provided_by",),
    "case": ("victim_ids",),
    "consent": ("person_id",),
    "state_exam": ("person_id",),
    "reprisal": ("target_id",),
    "death_in_custody": ("person_id",),
}
# Fields that refer to a person without the record being theirs.
NOT_OWNERS: dict[tuple[str, str], str] = {
    ("incident", "perpetrator_ids"): "an incident is the victim's account, not the "
    "perpetrator's: an accused officer's refusal does not withhold it",
    ("incident", "witness_ids"): "a witness's own account is their interview, which they "
    "own; the incident stays the victim's",
    ("person", "same_as"): "the same person under another spelling: each person record "
    "owns itself, and the link carries her answers to every linked record (same_person)",
}
_DOCUMENTS = {"lesion": "exam_id", "evidence": "record_id"}
# The kinds whose bodies the rule reads; every other kind (a person owns itself, a
# facility or a visit names nobody) is known by its kind alone, its body never parsed.
_READ = frozenset({*_OWNER_FIELDS, *_DOCUMENTS})
# Kinds whose current versions carry answers (a deleted one keeps every answer it gave).
_ANSWERING = frozenset({"consent", "interview", "medical_exam"})


def _refs(body: dict[str, Any], *names: str) -> Iterable[str]:
    for name in names:
        value = body.get(name)
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))


@dataclass
class Index:
    """What the rule needs to know of a vault, read once (one pass over the versions of
    the kinds that name people): every record's kind, whose it is, each person's answers,
    and which records are medical or photographs. Every channel's decision, and the
    masks of the desk's screens, are computed from one index, so an operation that asks
    several questions reads the vault once."""

    kinds: dict[str, str]
    owners: dict[str, set[str]]  # record id -> ids of the people it belongs to
    answers: dict[str, dict[str, set[str]]]  # person id -> purpose -> answers in force
    medical: set[str]  # records whose content is a medical record
    photos: set[str]  # evidence that is a photograph or a video
    bodies: dict[str, list[dict[str, Any]]]  # record id -> every version's body (_READ kinds)


def index(db: Any) -> Index:
    """Read the vault once for the rule (see Index)."""
    kinds: dict[str, str] = dict(db.all("SELECT record_id, kind FROM records"))
    deleted = {r for (r,) in db.all("SELECT record_id FROM records WHERE deleted = 1")}
    every: dict[str, list[dict[str, Any]]] = defaultdict(list)
    current: dict[str, list[dict[str, Any]]] = defaultdict(list)
    marks = ",".join("?" * len(_READ))
    for rid, kind, head, env in db.iterate(
            "SELECT v.record_id, v.kind, h.version_id IS NOT NULL, CAST(v.envelope AS TEXT)"
            " FROM versions v LEFT JOIN heads h"
            " ON h.record_id = v.record_id AND h.version_id = v.version_id"
            f" WHERE v.tombstone = 0 AND v.kind IN ({marks})", tuple(sorted(_READ))):
        body = json.loads(env)["body"]
        kinds.setdefault(rid, kind)
        every[rid].append(body)
        if head and kind in _ANSWERING:
            current[rid].append(body)
    owners = _owners(kinds, every)
    medical = {rid for rid, k in kinds.items() if k in _MEDICAL}
    medical |= {rid for rid, k in kinds.items() if k == "evidence" and any(
        b.get("type") == "medical_record" or kinds.get(t) in _MEDICAL
        for b in every.get(rid, ()) for t in _refs(b, "record_id"))}
    photos = {rid for rid, k in kinds.items() if k == "evidence" and _is_photo(every[rid])}
    answers = _answers(kinds, every, current, deleted)
    answers = _across_spellings(answers, same_person(db, answers))
    return Index(kinds, owners, answers, medical, photos, every)


def same_person(db: Any, people: Iterable[str]) -> dict[str, set[str]]:
    """For each of `people`: every person record linked with it by `same_as`, directly or
    through others, itself included (one person recorded under several spellings, or by
    two devices); people with no link are absent. Read from the current links, both
    ways, by their indexes (only the people asked about: the links table is large)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    frontier, seen = set(people), set()
    while frontier:
        ids = as_list(sorted(frontier))
        seen |= frontier
        pairs = db.all(f"SELECT src, dst FROM links WHERE src IN {IN_LIST} AND {_SAME_AS}",
                       (ids,)) + db.all(
            f"SELECT src, dst FROM links WHERE dst IN {IN_LIST} AND {_SAME_AS}", (ids,))
        for a, b in pairs:
            parent[root(a)] = root(b)
        frontier = {x for pair in pairs for x in pair} - seen
    groups: dict[str, set[str]] = defaultdict(set)
    for x in list(parent):
        groups[root(x)].add(x)
    return {x: groups[root(x)] for x in parent}


# The links `same_as` writes (their rel is the field's path: "same_as[0]", "same_as[1]"…).
_SAME_AS = "rel LIKE 'same\\_as[%' ESCAPE '\\'"


def _across_spellings(answers: dict[str, dict[str, set[str]]],
                      same: dict[str, set[str]]) -> dict[str, dict[str, set[str]]]:
    """Every answer a person gave, under any of their linked records, in force for each
    of them: a refusal recorded against one spelling holds for the others (the strictest
    answer wins, as for one record)."""
    done: set[str] = set()
    for person, group in same.items():
        if person in done or len(group) < 2:
            continue
        done |= group
        merged: dict[str, set[str]] = defaultdict(set)
        for member in group:
            for purpose, given in answers.get(member, {}).items():
                merged[purpose] |= given
        if merged:
            for member in group:
                answers[member] = defaultdict(set, {p: set(a) for p, a in merged.items()})
    return answers


def _owners(kinds: dict[str, str], every: dict[str, list[dict[str, Any]]]
            ) -> dict[str, set[str]]:
    """record id -> ids of the people it belongs to (from every version it ever had:
    every version travels, so a person unlinked later still owns the old ones)."""
    owners: dict[str, set[str]] = {}
    for rid, kind in kinds.items():
        if kind == "person":
            owners[rid] = {rid}
            continue
        people: set[str] = set()
        for body in every.get(rid, ()):
            people.update(_owned_by(rid, kind, body))
        owners[rid] = people
    # Evidence -> lesion -> examination -> person: follow what is documented, a few hops.
    documenting = [(rid, target) for rid, kind in kinds.items() if kind in _DOCUMENTS
                   for body in every.get(rid, ()) for target in _refs(body, _DOCUMENTS[kind])]
    for _ in range(3):
        for rid, target in documenting:
            owners[rid] |= owners.get(target, set())
    return owners


def owners_of(kinds: dict[str, str], every: dict[str, list[dict[str, Any]]]
              ) -> dict[str, set[str]]:
    """record id -> ids of the people it belongs to (see Index.owners)."""
    return _owners(kinds, every)


def _answers(kinds: dict[str, str], every: dict[str, list[dict[str, Any]]],
             current: dict[str, list[dict[str, Any]]], deleted: set[str]
             ) -> dict[str, dict[str, set[str]]]:
    """person id -> purpose -> the answers in force. A deleted consent or interview keeps
    every answer it ever gave (deleting a refusal must not turn it into a yes)."""
    answers: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for rid, kind in kinds.items():
        if kind not in _ANSWERING:
            continue
        bodies = every.get(rid, ()) if rid in deleted else current.get(rid, ())
        for body in bodies:
            for person, purpose, answer in _answers_in(rid, kind, body):
                answers[person][purpose].add(answer)
    return answers


# Answers that hold something back. "given" and "not_asked" do not: forgetting one leaves
# the rule where it would be without it ("not asked").
_RESTRICTING = frozenset({"refused", "anonymised"})


def restricting_records(db: Any) -> set[str]:
    """Records whose answers in force (a head's, or any version's of a deleted record, as
    `_answers` reads them) include a refusal or an anonymised-only answer. This vault's
    rule learns those answers from these records alone: a purge that removed one would
    turn the refusal into "not asked" and let out what it held back (a consent record
    always travels, so the archive acknowledges it; receipts.purgeable keeps them)."""
    deleted = {r for (r,) in db.all("SELECT record_id FROM records WHERE deleted = 1")}
    marks = ",".join("?" * len(_ANSWERING))
    out: set[str] = set()
    for rid, kind, head, env in db.iterate(
            "SELECT v.record_id, v.kind, h.version_id IS NOT NULL, CAST(v.envelope AS TEXT)"
            " FROM versions v LEFT JOIN heads h"
            " ON h.record_id = v.record_id AND h.version_id = v.version_id"
            f" WHERE v.tombstone = 0 AND v.kind IN ({marks})", tuple(sorted(_ANSWERING))):
        if rid in out or not (head or rid in deleted):
            continue
        body = json.loads(env)["body"]
        if any(answer in _RESTRICTING for _p, _purpose, answer in _answers_in(rid, kind, body)):
            out.add(rid)
    return out


def _owned_by(rid: str, kind: str, body: dict[str, Any]) -> set[str]:
    """The people one live version of a record names as its owners (a person record
    owns itself; lesions and evidence also belong to whoever owns what they document,
    followed in `_owners`)."""
    people = set(_refs(body, *_OWNER_FIELDS.get(kind, ())))
    if kind == "interview" and not body.get("interviewee_id"):
        people.add(rid)  # an unnamed interviewee: the interview stands for them
    return people


def _answers_in(rid: str, kind: str, body: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(person, purpose, answer) of every answer one version of a record gives."""
    if kind in ("consent", "interview"):
        person = body.get("person_id") if kind == "consent" else (
            body.get("interviewee_id") or rid)
        consent = body.get("consent")
        if isinstance(person, str) and isinstance(consent, dict):
            for purpose, answer in consent.items():
                yield person, purpose, answer
    elif kind == "medical_exam":
        person, photos = body.get("person_id"), body.get("consent_photos")
        if isinstance(person, str) and isinstance(photos, str):
            yield person, "photographs", photos


def _level(answers: dict[str, set[str]] | None, purpose: str, channel: str
           ) -> tuple[int, str]:
    """The strictest answer for a purpose: (permission, answer code)."""
    given = (answers or {}).get(purpose) or {"not_asked"}
    return min((permission(purpose, a, channel), a) for a in given)


def answers_of(db: Any, person_id: str) -> dict[str, set[str]]:
    """purpose -> the answers in force for one person."""
    return dict(index(db).answers.get(person_id, {}))


def strictest(answers: dict[str, set[str]], purpose: str, channel: str) -> str:
    """The answer that wins for a purpose through a channel."""
    return _level(answers, purpose, channel)[1]


def _checked(channel: str) -> tuple[str, ...]:
    """The purposes a person must not have refused for anything of theirs to go out."""
    purpose = CHANNELS[channel]
    return tuple(dict.fromkeys(("documentation", "share_coordinator", purpose)
                               if channel != "statistics" else ("documentation", purpose)))


def decide(db: Any, channel: str, idx: Index | None = None) -> Disclosure:
    """What may leave this vault through `channel` (one of CHANNELS). Pass the operation's
    `idx` (see `index`) when it asks more than one question of the same vault."""
    purpose = CHANNELS[channel]
    idx = index(db) if idx is None else idx
    kinds, owners, answers = idx.kinds, idx.owners, idx.answers
    out = Disclosure(channel, kinds=kinds, owners=owners)
    # A person who refused (or withdrew) sharing is withheld from the archive's reports
    # and lists too; anonymous statistics still count them unless they refused that.
    checked = _checked(channel)
    people = {p for ps in owners.values() for p in ps}
    unasked = {p: _level({}, p, channel) for p in checked}  # most people: never asked
    for person in sorted(people):
        mine = answers.get(person)
        for p in checked:
            level, answer = _level(mine, p, channel) if mine else unasked[p]
            if level == NONE:
                out.people[person] = Reason(person, p, answer)
                break
            if level == ANONYMOUS and p == purpose:
                out.anonymous[person] = Reason(person, p, answer)
    # Medical records and photographs need their own purpose too: a refusal of either,
    # per person, is computed once rather than per record.
    refused_extra: dict[tuple[str, str], Reason | None] = {}

    def extra_refusal(person: str, p: str) -> Reason | None:
        key = (person, p)
        if key not in refused_extra:
            level, a = _level(answers.get(person, {}), p, channel)
            refused_extra[key] = Reason(person, p, a) if level == NONE else None
        return refused_extra[key]

    withheld_people = out.people.keys()
    for rid, mine_ in owners.items():
        if not mine_ or (kinds[rid] == "consent" and channel == "bundle"):
            # A consent record names nobody and must reach the archive to carry a
            # withdrawal.
            continue
        extra = [p for p, chosen in (("medical_records", idx.medical),
                                     ("photographs", idx.photos)) if rid in chosen]
        if not extra and withheld_people.isdisjoint(mine_):
            continue  # the common case: nobody of this record is withheld
        for person in sorted(mine_):
            if person in out.people:
                out.withheld[rid] = out.people[person]
                break
            why = next((w for p in extra if (w := extra_refusal(person, p)) is not None),
                       None)
            if why is not None:
                out.withheld[rid] = why
                break
    return out


def _is_photo(bodies: Iterable[dict[str, Any]]) -> bool:
    return any(b.get("type") in _PHOTO_TYPES or str(b.get("mime", "")).startswith(
        ("image/", "video/")) for b in bodies)


# --- the rule's facts, kept by the write path -------------------------------------------

# Per stored version: its owners (`_owned_by`) and the answers it gives (`_answers_in`),
# in the tables consent_owners and consent_answers (storage/migrations/0005). A version
# never changes, so its rows are written once with it (app.records) and go with it when
# it is purged. `ensure_facts` fills them for an archive written before they existed; the
# setting says they are complete, and which extraction made them.
FACTS_SETTING = "consent_facts"
# "2": state examinations, reprisals and deaths in custody have owners (their rows were
# missing: a refusal did not withhold them).
FACTS_VERSION = "2"
_FACT_KINDS = tuple(sorted(set(_OWNER_FIELDS) | _ANSWERING))


def facts_rows(versions: Iterable[tuple[str, str, str, dict[str, Any]]]
               ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, str, str]]]:
    """For live versions (version id, record id, kind, body): their consent_owners and
    consent_answers rows. Answers that are not text are left out: the rule reads them as
    "not asked", which never withholds anything from a channel `withheld_of_kinds` serves."""
    owners: list[tuple[str, str, str]] = []
    answers: list[tuple[str, str, str, str, str]] = []
    for vid, rid, kind, body in versions:
        if kind in _OWNER_FIELDS:
            owners += [(vid, rid, person) for person in sorted(_owned_by(rid, kind, body))]
        if kind in _ANSWERING:
            answers += sorted({(vid, rid, person, purpose, answer) for person, purpose, answer
                               in _answers_in(rid, kind, body) if isinstance(answer, str)})
    return owners, answers


def store_facts(db: Any, versions: Iterable[tuple[str, str, str, dict[str, Any]]]) -> None:
    """Write the rule's rows of versions just stored (in the caller's transaction)."""
    owners, answers = facts_rows(versions)
    if owners:
        db.executemany("INSERT OR IGNORE INTO consent_owners (version_id, record_id, person_id)"
                       " VALUES (?, ?, ?)", owners)
    if answers:
        db.executemany("INSERT OR IGNORE INTO consent_answers (version_id, record_id,"
                       " person_id, purpose, answer) VALUES (?, ?, ?, ?, ?)", answers)


def facts_current(db: Any) -> bool:
    row = db.one("SELECT value FROM settings WHERE key = ?", (FACTS_SETTING,))
    return row is not None and row[0] == FACTS_VERSION


def _fact_versions(db: Any) -> Iterator[list[tuple[str, str, str, dict[str, Any]]]]:
    """Every live version of a kind the rule reads, as (version id, record id, kind, body),
    a few thousand at a time: what its rows are derived from."""
    marks = ",".join("?" * len(_FACT_KINDS))
    batch: list[tuple[str, str, str, dict[str, Any]]] = []
    for vid, rid, kind, env in db.iterate(
            "SELECT version_id, record_id, kind, CAST(envelope AS TEXT) FROM versions"
            f" WHERE tombstone = 0 AND kind IN ({marks})", _FACT_KINDS, batch=5000):
        batch.append((vid, rid, kind, json.loads(env)["body"]))
        if len(batch) >= 5000:
            yield batch
            batch = []
    yield batch


def ensure_facts(db: Any) -> int:
    """Fill the rule's rows from every stored version when they are missing or were made
    by an older extraction (an archive upgraded to schema 5); returns how many versions
    were read. Cheap when current: one settings lookup."""
    if facts_current(db):
        return 0
    read = 0
    with db.transaction():
        db.execute("DELETE FROM consent_owners")
        db.execute("DELETE FROM consent_answers")
        for batch in _fact_versions(db):
            store_facts(db, batch)
            read += len(batch)
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key)"
                   " DO UPDATE SET value = excluded.value", (FACTS_SETTING, FACTS_VERSION))
    return read


def facts_disagreeing(db: Any) -> int:
    """How many of the rule's rows disagree with the versions they are derived from
    (missing, extra or changed): 0 for an intact vault. SQLCipher cannot tell an old copy
    of a page put back, and a rolled-back page of these tables would let a refusal stop
    withholding; `qorgau check` reads every version anyway and derives them again here."""
    if not facts_current(db):
        return 0  # not filled yet: the rule reads the versions themselves
    owners: set[tuple[str, str, str]] = set()
    answers: set[tuple[str, str, str, str, str]] = set()
    for batch in _fact_versions(db):
        o, a = facts_rows(batch)
        owners.update(o)
        answers.update(a)
    held_owners = {tuple(r) for r in db.iterate(
        "SELECT version_id, record_id, person_id FROM consent_owners")}
    held_answers = {tuple(r) for r in db.iterate(
        "SELECT version_id, record_id, person_id, purpose, answer FROM consent_answers")}
    return len(owners ^ held_owners) + len(answers ^ held_answers)


def withheld_of_kinds(db: Any, channel: str, kinds: Sequence[str]) -> frozenset[str] | None:
    """The records of `kinds` that `decide(db, channel)` withholds, read from the rule's
    rows in a few statements instead of every version (the statistics' first draw).
    The same rule: a record is withheld when one of its owners gave, in a record in force
    (a head, or any version of a deleted record), an answer that allows the channel
    nothing for a purpose it checks. Only for kinds that are neither medical records nor
    documents of other records (their own purposes and owners are followed by `decide`),
    and channels for which "not asked" withholds nothing. None when the rows are not
    filled yet: ask `decide`."""
    if set(kinds) & (_MEDICAL | set(_DOCUMENTS)):
        raise ValueError(f"withheld_of_kinds cannot judge {sorted(kinds)}: use decide()")
    checked = _checked(channel)
    if any(_level({}, p, channel)[0] == NONE for p in checked):
        raise ValueError(f"withheld_of_kinds cannot judge channel {channel!r}: use decide()")
    if not facts_current(db):
        return None
    if channel == "bundle":  # a consent record always travels (see decide)
        kinds = [k for k in kinds if k != "consent"]
    refusing = [(p, a) for p, a in db.all(
        "SELECT DISTINCT purpose, answer FROM consent_answers"
        f" WHERE purpose IN ({','.join('?' * len(checked))})", checked)
        if permission(p, a, channel) == NONE]
    if not refusing or not kinds:
        return frozenset()
    people = as_list(sorted({p for (p,) in db.all(
        "SELECT DISTINCT a.person_id FROM consent_answers a"
        " LEFT JOIN records r ON r.record_id = a.record_id"
        " WHERE (a.purpose, a.answer) IN (SELECT json_extract(value, '$[0]'),"
        " json_extract(value, '$[1]') FROM json_each(?))"
        " AND (r.deleted = 1 OR EXISTS (SELECT 1 FROM heads h"
        " WHERE h.record_id = a.record_id AND h.version_id = a.version_id))",
        (json.dumps(refusing),))}))
    refusers = json.loads(people)  # a refusal under one spelling holds for them all
    same = same_person(db, refusers)
    people = as_list(sorted(set(refusers).union(*(same.get(p, ()) for p in refusers))))
    marks = ",".join("?" * len(kinds))
    out = {r for (r,) in db.all(
        "SELECT DISTINCT o.record_id FROM consent_owners o"
        " JOIN records r ON r.record_id = o.record_id"
        f" WHERE o.person_id IN {IN_LIST} AND r.kind IN ({marks})",
        (people, *kinds))}
    if "person" in kinds:  # a person record owns itself
        out |= {r for (r,) in db.all(
            "SELECT record_id FROM records WHERE kind = 'person'"
            f" AND record_id IN {IN_LIST}", (people,))}
    return frozenset(out)


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


# --- relatives who would identify a protected minor -----------------------------------

# Relations that make a person identify the victim they speak for.
FAMILY = frozenset({"mother", "father", "spouse", "sibling", "child", "other_relative"})


# Kept until the vault changes: lists ask on every refresh, and in an archive of a million
# versions the answer reads every person's flags (1–3 s).
_RELATIVES: KeptPerState[frozenset[str]] = KeptPerState()


def relatives_to_mask(db: Any) -> set[str]:
    """People whose name would point straight to a protected minor: in a case where a
    protected minor is a person of the case, whoever gave an interview as family (mother,
    father, spouse, sibling, child, other relative) and every person of the case with the
    role "relative". Masked by default on every screen and in every report, exactly like
    the minor; a person reveals one deliberately, and that is audited.

    Read from the links of the protected minors only, and kept until the vault changes,
    so that a list can ask on every refresh."""
    return set(_RELATIVES.get(db, lambda: frozenset(_relatives_to_mask(db))))


def _relatives_to_mask(db: Any) -> set[str]:
    minors = {r for (r,) in db.all(
        "SELECT record_id FROM records WHERE kind = 'person' AND deleted = 0"
        " AND (' ' || flags || ' ') LIKE '% protected %'"
        " AND (' ' || flags || ' ') LIKE '% minor %'")}
    if not minors:
        return set()
    ids = json.dumps(sorted(minors))
    # Every query below is driven by its list of ids (CROSS JOIN keeps json_each first,
    # then each table in the order written): left to itself, SQLite walked every case of
    # the archive and probed each one against the whole list (160 s on a million-version
    # archive with 900 minors, and lists ask this on every refresh); with the statistics'
    # narrow index (schema 6) it would walk them through that index instead.
    # The cases a minor belongs to: named by the case, by one of its records, or by the
    # minor's own case_ids.
    cases = {c for (c,) in db.all(
        "SELECT CASE WHEN r.kind = 'case' THEN r.record_id ELSE r.case_id END"
        " FROM json_each(?) AS j CROSS JOIN links AS l ON l.dst = j.value"
        " CROSS JOIN records AS r ON r.record_id = l.src WHERE r.deleted = 0", (ids,)) if c}
    cases |= {c for (c,) in db.all(
        "SELECT l.dst FROM json_each(?) AS j CROSS JOIN links AS l ON l.src = j.value"
        " CROSS JOIN records AS r ON r.record_id = l.dst WHERE r.kind = 'case'", (ids,))}
    if not cases:
        return set()
    in_cases = json.dumps(sorted(cases))
    out: set[str] = set()
    for raw in (b for (b,) in db.all(
            "SELECT r.body FROM json_each(?) AS j CROSS JOIN records AS r"
            " ON r.case_id = j.value WHERE +r.kind = 'interview' AND +r.deleted = 0",
            (in_cases,))):  # (+: by the case index, not every interview's)
        body = json.loads(raw)
        if body.get("relation") in FAMILY and isinstance(body.get("interviewee_id"), str):
            out.add(body["interviewee_id"])
    for rid, raw in db.all(
            "SELECT r.record_id, r.body FROM (SELECT l.src AS id FROM json_each(?) AS j"
            " CROSS JOIN links AS l ON l.dst = j.value UNION SELECT l.dst FROM json_each(?)"
            " AS j CROSS JOIN links AS l ON l.src = j.value) AS u CROSS JOIN records AS r"
            " ON r.record_id = u.id WHERE +r.kind = 'person' AND +r.deleted = 0",
            (in_cases, in_cases)):
        if "relative" in (json.loads(raw).get("roles") or []):
            out.add(rid)
    return out - minors
