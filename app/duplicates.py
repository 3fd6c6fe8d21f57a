"""Duplicate people across devices: suggestions with a score, and links between them.

Two lawyers record the same detainee on two laptops: "Жанболат Қасымбеков" on one,
"Zhanbolat Kassymbekov" on the other, both born 1994-03-12. After the archive merges their
bundles it holds two person records. `suggest` finds such pairs; a coordinator reviews
them and `link` records the decision in both records (field `same_as`, a new signed
version of each). Both records stay, with their own history and author device: linking
never merges or deletes anything, and `unlink` takes the decision back.

Scoring (0..1) multiplies three things:
- how alike the names are: every name a record holds (full name and other spellings),
  reduced to spelling-neutral keys (app.translit), compared word by word in any order
  with Jaro-Winkler (rescaled so that only close spellings count); patronymics compare
  only with patronymics; the best pair of names counts;
- how the dates of birth agree (`DOB_FACTOR`): the same day, agreeing as far as both
  are known (a year against a full date), day and month swapped (a typing slip), unknown,
  or in conflict (which makes the score low whatever the names);
- gender: known and different halves the score.

Blocking keeps this far from comparing every pair: only records that share a block key
are compared (a name word's key prefix with the birth year; the key prefixes of two
words of one name; a whole word, for pairs where a birth year is missing). Within a big
block (a common name born the same year) each record meets only its `WINDOW` neighbours
in the block's order by name, where another spelling of the same name sorts ("sorted
neighbourhood"), so the work grows with the archive and not with its square. A
whole-word block bigger than `MAX_WORD_BLOCK` is a word too common to say anything on
its own and is skipped; its members still meet through their other keys.

Protected people are compared by their real names, but the reasons given are fixed
phrases ("names similar") that never contain a name, and nothing here prints a name. For
a pair with a protected person the reasons say only that: "names match" or "same date of
birth" beside the other record's visible name and date would tell the protected one's.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from app.records import Records, Version
from app.stats import loads_all, paused_collector
from app.translit import name_keys
from storage import audit
from storage.db import Database
from storage.errors import Cancelled, InvalidInput

DEFAULT_MIN_SCORE = 0.75
DEFAULT_LIMIT = 200
WINDOW = 12  # neighbours on each side each member of a big block is compared with
MAX_WORD_BLOCK = 50  # members of a block keyed by one whole word (a rare surname)
PREFIX = 4  # characters of a name key that form its block key
Progress = Callable[[int, int], None]  # work done, work in all (comparisons, roughly)
CHECK_EVERY = 4096  # pairs compared between looks at progress and cancel

DOB_FACTOR = {
    "same": 1.0,  # both full dates, equal
    "same_month": 0.96,  # equal as far as both are known, to the month
    "same_year": 0.92,  # equal as far as both are known, to the year
    "swapped": 0.8,  # day and month swapped: a typing slip
    "unknown": 0.8,  # one or both not recorded
    "differs": 0.35,  # recorded on both, in conflict
}
GENDER_DIFFERS = 0.5  # both recorded (male/female) and different
INITIAL_MATCH = 0.9  # "Ж." against "Жанболат"
WORD_FLOOR = 0.7  # Jaro-Winkler of two words at or below which they do not match at all
PATRONYMIC = re.compile(r"(?:ovich|ovna|ichna)$")  # of a name key (app.translit)
SINGLE_WORD = 0.8  # a one-word name matching one word of a longer name

PROTECTED_REASON = "a protected person: compare after revealing identities"
_REASON_DOB = {
    "same": "same date of birth",
    "same_month": "dates of birth agree to the month",
    "same_year": "dates of birth agree to the year",
    "swapped": "dates of birth differ by a swapped day and month",
    "unknown": "date of birth missing on one or both",
    "differs": "dates of birth differ",
}


@dataclass(frozen=True)
class Suggestion:
    a_id: str
    b_id: str
    score: float  # 0..1, rounded to 3 places
    reasons: tuple[str, ...]  # fixed English phrases; never a name

    def to_dict(self) -> dict[str, Any]:
        return {"a_id": self.a_id, "b_id": self.b_id, "score": self.score,
                "reasons": list(self.reasons)}


@dataclass(frozen=True)
class _Person:
    record_id: str
    names: tuple[tuple[str, ...], ...]  # keys of each name the record holds
    dob: str  # "", "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    gender: str
    same_as: frozenset[str]
    protected: bool = False


# ---------------------------------------------------------------------------------------
# Similarity


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity of two strings, 0..1 (1: equal)."""
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    window = max(la, lb) // 2 - 1
    taken = [False] * lb
    matched_a: list[str] = []
    for i, ch in enumerate(a):  # characters of a found in b within the window
        end = min(lb, i + window + 1)
        j = b.find(ch, max(0, i - window), end)
        while j != -1 and taken[j]:
            j = b.find(ch, j + 1, end)
        if j != -1:
            taken[j] = True
            matched_a.append(ch)
    m = len(matched_a)
    if not m:
        return 0.0
    matched_b = [b[j] for j in range(lb) if taken[j]]
    transpositions = sum(x != y for x, y in zip(matched_a, matched_b, strict=True)) / 2
    jaro = (m / la + m / lb + (m - transpositions) / m) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


@functools.lru_cache(maxsize=262144)
def word_similarity(a: str, b: str) -> float:
    """Similarity of two word keys, 0..1: Jaro-Winkler rescaled so that only close
    spellings score (WORD_FLOOR and below: 0), an initial matching its word's first
    letter INITIAL_MATCH."""
    if len(a) == 1 or len(b) == 1:  # an initial
        return INITIAL_MATCH if a[0] == b[0] else 0.0
    return max(0.0, (jaro_winkler(a, b) - WORD_FLOOR) / (1 - WORD_FLOOR))


def _match_words(short: tuple[str, ...], long_: tuple[str, ...]) -> float:
    """Sum of the similarities of each word of `short` paired with a different word of
    `long_`, best pairs first."""
    # The common shapes first, with the same answer as the general case below (a name
    # compared for the first time: a million times in a big archive).
    if len(short) == 1:
        x = short[0]
        return max(word_similarity(x, y) for y in long_)
    if len(short) == 2 == len(long_):
        (a, b), (c, d) = short, long_
        straight = (word_similarity(a, c), word_similarity(b, d))
        crossed = (word_similarity(a, d), word_similarity(b, c))
        # The best pair (ties to the later indices, as the sort below) takes its
        # complement with it.
        best = max((straight[0], 0, 0), (crossed[0], 0, 1), (crossed[1], 1, 0),
                   (straight[1], 1, 1))
        return sum(straight) if best[1] == best[2] else sum(crossed)
    return _match_any(short, long_)


def _match_any(short: tuple[str, ...], long_: tuple[str, ...]) -> float:
    """_match_words for names of any length."""
    pairs = sorted(((word_similarity(x, y), i, j) for i, x in enumerate(short)
                    for j, y in enumerate(long_)), reverse=True)
    used_i: set[int] = set()
    used_j: set[int] = set()
    total = 0.0
    for score, i, j in pairs:
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        total += score
        if len(used_i) == len(short):
            break
    return total


@functools.lru_cache(maxsize=65536)
def _split(name: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(other words, patronymics) of a name; a name of patronymics only stays whole."""
    words = tuple(w for w in name if not PATRONYMIC.search(w))
    if not words:
        return name, ()
    return words, tuple(w for w in name if PATRONYMIC.search(w))


@functools.lru_cache(maxsize=131072)
def name_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Similarity of two names given as word keys, 0..1, whatever the word order.

    Each word of the shorter name is paired with a different word of the longer one,
    best pairs first; the score is the mean over the shorter name, so a missing word
    (a second given name, a patronymic) costs nothing, but a one-word name matching a
    longer one is discounted (SINGLE_WORD). Patronymics (-ovich, -evna…) pair only with
    patronymics, and count only when both names have one.
    """
    if not a or not b:
        return 0.0
    (wa, pa), (wb, pb) = _split(a), _split(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    total, count = _match_words(short, long_), len(short)
    if pa and pb:
        total += _match_words(pa[:1], pb[:1])
        count += 1
    score = total / count
    if len(short) == 1 and len(long_) > 1:
        score *= SINGLE_WORD
    return score


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_AGREE_TO = {10: "same", 7: "same_month"}  # agreeing characters -> key of DOB_FACTOR


def dob_agreement(a: str, b: str) -> str:
    """How two dates of birth (possibly partial) agree: a key of DOB_FACTOR."""
    if not a or not b:
        return "unknown"
    if a == b:
        return _AGREE_TO.get(len(a), "same_year")
    # Called for every pair compared (millions in a big archive): no slices for the
    # common answers.
    if a.startswith(b) or b.startswith(a):
        return _AGREE_TO.get(min(len(a), len(b)), "same_year")
    if len(a) == len(b) == 10 and a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]:
        return "swapped"
    return "differs"


_GENDERS = frozenset(("male", "female"))  # recorded and comparable


def gender_differs(a: str, b: str) -> bool:
    return a != b and a in _GENDERS and b in _GENDERS


def _score(p: _Person, q: _Person, min_score: float) -> Suggestion | None:
    dob = dob_agreement(p.dob, q.dob)
    differs = gender_differs(p.gender, q.gender)
    factor = DOB_FACTOR[dob] * (GENDER_DIFFERS if differs else 1.0)
    if factor < min_score:  # the names could not lift it over the bar
        return None
    if len(p.names) == 1 == len(q.names):  # most people: spare the generator
        names = name_similarity(p.names[0], q.names[0])
    else:
        names = max(name_similarity(x, y) for x in p.names for y in q.names)
    score = round(names * factor, 3)
    if score < min_score:
        return None
    a, b = sorted((p.record_id, q.record_id))
    if p.protected or q.protected:
        return Suggestion(a, b, score, (PROTECTED_REASON,))
    reasons = ["names match once transliterated" if names >= 0.999 else "names similar",
               _REASON_DOB[dob]]
    if differs:
        reasons.append("gender differs")
    elif p.gender == q.gender and p.gender in _GENDERS:
        reasons.append("same gender")
    return Suggestion(a, b, score, tuple(reasons))


# ---------------------------------------------------------------------------------------
# Candidates


def _person_of(record_id: str, body: dict[str, Any]) -> _Person | None:
    """What the comparison needs of a person's body; None for someone known only by a
    pseudonym or a description (nothing to compare)."""
    spellings = [body["full_name"]] if body.get("full_name") else []
    spellings += body.get("other_names") or []
    names = tuple(dict.fromkeys(k for k in map(name_keys, spellings) if k))
    if not names:
        return None
    return _Person(record_id, names, body.get("date_of_birth") or "",
                   body.get("gender") or "", frozenset(body.get("same_as") or ()),
                   body.get("protected") is True)


def _load(db: Database) -> list[_Person]:
    people = []
    # Bodies parsed here, a few thousand a call: half the time of asking SQLite's
    # json_extract for the six fields (4.4 s -> 2.2 s over 224,000 people).
    rows = db.iterate("SELECT record_id, body FROM records WHERE kind = 'person'"
                      " AND deleted = 0", batch=5000)
    while chunk := list(itertools.islice(rows, 5000)):
        for (rid, _body), body in zip(chunk, loads_all([b for _, b in chunk]), strict=True):
            person = _person_of(rid, body)
            if person is not None:
                people.append(person)
    return people


Order = str  # where a person sorts in a big block (see _entries)


def _entries(person: _Person) -> Iterator[tuple[tuple[str, ...], Order]]:
    """(block key, order in the block) of each block the person falls in, once for each of
    their names that falls in it. Block keys: ("y", word prefix, birth year), ("w",
    prefix, prefix) for two words of one name, ("k", word) for each whole word (useful
    only while the word is rare: see candidate_pairs). The order sorts a block by the
    words that made its key, then the name's other words but patronymics (often left
    out) in alphabetical order, then the date of birth: two spellings of one name sort
    side by side, whatever their word order, and among namesakes the same date sorts
    together."""
    year = person.dob[:4]
    for name in person.names:
        full = sorted({w for w in name if len(w) > 1})
        main = tuple(sorted({w for w in _split(name)[0] if len(w) > 1}))
        word: dict[str, str] = {}  # prefix -> the name's first word with that prefix
        for w in full:
            word.setdefault(w[:PREFIX], w)
        prefixes = sorted(word)
        # One string per entry ("\0" sorts before any letter, as a shorter tuple would):
        # big blocks of a million-version archive sort fastest that way.
        rest = f"{' '.join(main)}\0{person.dob}"
        if year:
            for p in prefixes:
                yield ("y", p, year), f"{word[p]}\0{rest}"
        for x, y in combinations(prefixes, 2):
            yield ("w", x, y), f"{word[x]}\0{word[y]}\0{rest}"
        for w in full:
            yield ("k", w), ""


def _stopped() -> None:
    raise Cancelled("the comparison of people was stopped: nothing was changed")


Block = list[tuple[Order, int]]  # (order, index in people); a big block sorted


def _index(people: list[_Person]) -> dict[tuple[str, ...], Block]:
    """Every block with its members, a big one in order (see _small); a whole-word block
    bigger than MAX_WORD_BLOCK is left out (see candidate_pairs)."""
    blocks: dict[tuple[str, ...], Block] = defaultdict(list)
    for i, person in enumerate(people):
        for key, order in _entries(person):
            blocks[key].append((order, i))
    index = {}
    for key, members in blocks.items():
        if key[0] == "k":
            if len(members) > MAX_WORD_BLOCK:
                continue
        elif not _small(members):
            members.sort()
        index[key] = members
    return index


def _small(block: Block) -> bool:
    """Whether every member of the block is compared with every other: up to WINDOW + 1
    members, where the window would take in the whole block anyway."""
    return len(block) <= WINDOW + 1


def _work(key: tuple[str, ...], block: Block) -> int:
    n = len(block)
    if key[0] == "k" or _small(block):
        return n * (n - 1) // 2
    return n * WINDOW - WINDOW * (WINDOW + 1) // 2


def candidate_pairs(people: list[_Person], *, min_score: float | None = None,
                    progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of people sharing a block, each pair once.

    A block of up to WINDOW + 1 members is compared whole. In a bigger one (a common
    name born the same year) each member is compared with the WINDOW members next to it
    in the block's order (see _entries), where another spelling of the same name sorts:
    the comparisons grow with the archive instead of with its square. A whole-word block
    is compared whole, and skipped over MAX_WORD_BLOCK members (a word that common says
    nothing on its own).

    With `min_score` over what conflicting dates of birth leave (DOB_FACTOR["differs"]),
    a pair of full dates of birth that conflict is dropped here, before it is remembered
    and scored (in a big archive most pairs a block meets are namesakes born on other
    days; the same pairs are suggested either way), and a two-word block only adds pairs
    where one has no birth year, as a whole-word block does: two people with a year
    each share a year's block, or their years conflict. (Measured on 224,000 invented
    people: the same suggestions at 0.75 and 0.85, 11 fewer of 601,686 at 0.6.)

    `progress(done, total)` is told how many of the blocks' pairs were gone through (a
    pair met in two blocks counts twice), and `cancel` stops the walk (Cancelled): in an
    archive of a million versions it takes a minute."""
    blocks = [(key, block) for key, block in _index(people).items() if len(block) > 1]
    total = sum(_work(key, block) for key, block in blocks)
    prune = min_score is not None and min_score > DOB_FACTOR["differs"]
    # Full dates and the same with day and month swapped (a typing slip, still a match),
    # compared as whole strings: no call for each of millions of pairs.
    full = [p.dob if prune and _FULL_DATE.fullmatch(p.dob) else None for p in people]
    swapped = [d and f"{d[:5]}{d[8:10]}-{d[5:7]}" for d in full]
    done = 0
    seen: set[tuple[int, int]] = set()
    for key, block in blocks:
        if cancel is not None and cancel.is_set():
            _stopped()
        if progress is not None:
            progress(done, total)
        done += _work(key, block)
        word = key[0] == "k"
        undated_only = word or (prune and key[0] == "w")
        whole = word or _small(block)
        members = sorted({i for _order, i in block}) if whole else [i for _, i in block]
        for n, i in enumerate(members):
            dob, slip = full[i], swapped[i]
            for j in members[n + 1:] if whole else members[n + 1:n + 1 + WINDOW]:
                if j == i:
                    continue  # the same person, met through two of their names
                other = full[j]
                if dob and other and other != dob and other != slip:
                    continue  # born on other days: under min_score whatever the names
                if undated_only and people[i].dob and people[j].dob:
                    # A pair with a birth year each met in a ("y", …) block, or their
                    # years differ: a whole-word block only adds pairs where one has
                    # none, and so does a two-word block when conflicting dates are
                    # under min_score anyway.
                    continue
                pair = (i, j) if i < j else (j, i)
                before = len(seen)
                seen.add(pair)  # one hash instead of a look and an add: millions of pairs
                if len(seen) > before:
                    yield pair
    if progress is not None:
        progress(total, total)


def suggest(db: Database, limit: int = DEFAULT_LIMIT,
            min_score: float = DEFAULT_MIN_SCORE, *, progress: Progress | None = None,
            cancel: threading.Event | None = None) -> list[Suggestion]:
    """Pairs of current person records that may be the same person, best first.
    Pairs already linked (`same_as`) are left out. `progress` and `cancel` as for
    `candidate_pairs`."""
    if not 0 <= min_score <= 1:
        raise InvalidInput("the minimum score must be between 0 and 1")
    with paused_collector():  # a million pairs' worth of small objects, none cyclic
        return _suggestions(_load(db), limit, min_score, progress, cancel)


def _suggestions(people: list[_Person], limit: int, min_score: float,
                 progress: Progress | None, cancel: threading.Event | None,
                 ) -> list[Suggestion]:
    found = []
    pairs = candidate_pairs(people, min_score=min_score, progress=progress, cancel=cancel)
    for n, (i, j) in enumerate(pairs):
        if cancel is not None and n % CHECK_EVERY == 0 and cancel.is_set():
            _stopped()
        p, q = people[i], people[j]
        if (p.same_as or q.same_as) and (q.record_id in p.same_as
                                         or p.record_id in q.same_as):
            continue
        suggestion = _score(p, q, min_score)
        if suggestion is not None:
            found.append(suggestion)
    found.sort(key=lambda s: (-s.score, s.a_id, s.b_id))
    return found[:limit] if limit else found


# ---------------------------------------------------------------------------------------
# Linking


def _person(records: Records, record_id: str) -> Any:
    record = records.get(record_id, include_deleted=False)
    if record.kind != "person":
        raise InvalidInput(f"record {record_id} is a {record.kind}, not a person")
    if record.in_conflict:
        raise InvalidInput(f"person {record_id} has versions edited in parallel: resolve "
                           "the conflict before linking it")
    return record


def _pair(records: Records, a_id: str, b_id: str) -> tuple[Any, Any]:
    a_id, b_id = a_id.strip().lower(), b_id.strip().lower()
    if a_id == b_id:
        raise InvalidInput("a record cannot be linked to itself")
    return _person(records, a_id), _person(records, b_id)


def _with_note(body: dict[str, Any], line: str | None) -> dict[str, Any]:
    if line:
        body["notes"] = f"{body['notes']}\n{line}" if body.get("notes") else line
    return body


def link(records: Records, a_id: str, b_id: str, note: str = "") -> list[Version]:
    """Record that two person records describe the same person: each gets the other in
    `same_as`, as a new signed version (none if already linked). `note`, if given, is
    added to both records' notes and to the audit log.

    A protected person is not linked to an unprotected record: the link would show
    the protected identity's real name one click away. Protect the other record first.
    """
    a, b = _pair(records, a_id, b_id)
    if (a.body.get("protected") is True) != (b.body.get("protected") is True):
        raise InvalidInput("one of the two people is protected and the other is not: "
                           "linking them would reveal the protected identity; protect "
                           "the other record first")
    note = " ".join(note.split())
    written = []
    with records.db.transaction():
        for me, other in ((a, b), (b, a)):
            same = list(me.body.get("same_as") or [])
            if other.record_id in same:
                continue
            line = f"Same person as {other.record_id}: {note}" if note else None
            body = _with_note(dict(me.body, same_as=[*same, other.record_id]), line)
            written.append(records.update(me.record_id, body))
        if written:
            audit.append(records.db, "link_person", {"a": a.record_id, "b": b.record_id,
                                                     "note": note})
    return written


def unlink(records: Records, a_id: str, b_id: str, note: str = "") -> list[Version]:
    """Take a link back: each record loses the other from `same_as` (a new signed
    version of each that held it). Both records and their history stay."""
    a, b = _pair(records, a_id, b_id)
    note = " ".join(note.split())
    written = []
    with records.db.transaction():
        for me, other in ((a, b), (b, a)):
            same = list(me.body.get("same_as") or [])
            if other.record_id not in same:
                continue
            same.remove(other.record_id)
            line = f"Not the same person as {other.record_id}: {note}" if note else None
            body = _with_note(dict(me.body), line)
            if same:
                body["same_as"] = same
            else:
                body.pop("same_as", None)
            written.append(records.update(me.record_id, body))
        if not written:
            raise InvalidInput(f"{a.record_id} and {b.record_id} are not linked")
        audit.append(records.db, "unlink_person", {"a": a.record_id, "b": b.record_id,
                                                   "note": note})
    return written


def linked_people(db: Database, record_id: str) -> list[str]:
    """Ids of the person records linked to `record_id`, in either direction."""
    row = db.one("SELECT json_extract(body, '$.same_as') FROM records WHERE record_id = ?"
                 " AND deleted = 0", (record_id,))
    forward = json.loads(row[0]) if row and row[0] else []
    backward = [r[0] for r in db.all(
        "SELECT l.src FROM links l JOIN records r ON r.record_id = l.src"
        " WHERE l.dst = ? AND l.rel LIKE 'same\\_as[%' ESCAPE '\\' AND r.deleted = 0",
        (record_id,))]
    return list(dict.fromkeys([*forward, *backward]))


def matches_for_new(db: Database, bodies: list[dict[str, Any]],
                    min_score: float = DEFAULT_MIN_SCORE) -> list[tuple[int, Suggestion]]:
    """People already in the vault who may be the same as not-yet-written person bodies
    (rows of a spreadsheet being imported): (index in `bodies`, suggestion whose b_id is
    the existing record), best first. Same scoring and blocking as `suggest`."""
    with paused_collector():
        people = _load(db)
        index = _index(people)
    found: list[tuple[int, Suggestion]] = []
    for n, body in enumerate(bodies):
        new = _person_of(f"~{n}", body)
        if new is None:
            continue
        seen: set[int] = set()
        for key, order in _entries(new):
            block = index.get(key, [])
            if not (key[0] == "k" or _small(block)):
                # As if the new person were in the block: its WINDOW neighbours each side.
                at = bisect.bisect_left(block, (order, -1))
                block = block[max(0, at - WINDOW):at + WINDOW]
            seen.update(i for _order, i in block)
        for i in sorted(seen):
            hit = _score(new, people[i], min_score)
            if hit is not None:
                found.append((n, Suggestion(new.record_id, people[i].record_id, hit.score,
                                            hit.reasons)))
    found.sort(key=lambda pair: (-pair[1].score, pair[0]))
    return found
