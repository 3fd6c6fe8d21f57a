"""Duplicate people: transliteration keys, scores, blocking, linking (names invented)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app import duplicates
from app.duplicates import dob_agreement, jaro_winkler, name_similarity, suggest
from app.records import Records
from app.translit import name_key, name_keys, to_latin
from storage import errors
from storage.errors import InvalidInput, NotFound
from tests.conftest import CLI, PASSPHRASE

# -- transliteration ------------------------------------------------------------------


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Жанболат Қасымов", "Zhanbolat Kasymov"),
    ("Ерлан Сергеевич", "Yerlan Sergeyevich"),
    ("Айгүл Нұрланқызы", "Aygul Nurlankyzy"),
    ("Шыңғыс Әлиев", "Shyngys Aliyev"),
    ("Щукин Юрий", "Shchukin Yuriy"),
    ("ЖАНБОЛАТ", "ZHANBOLAT"),
    ("Ғалымжан Өмірзақ", "Galymzhan Omirzak"),
    ("Mixed Қазақ 2022", "Mixed Kazak 2022"),
])
def test_to_latin(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize("spellings", [
    ("Жанболат", "Zhanbolat", "Janbolat", "Dzhanbolat", "ZHANBOLAT"),
    ("Қасымов", "Kassymov", "Kasymov", "Qasymov", "Kasimov"),
    ("Хасанов", "Khasanov", "Hasanov"),
    ("Юлия", "Yuliya", "Iuliia", "Yulia"),
    ("Ерлан", "Yerlan", "Erlan"),
    ("Сергеев", "Sergeyev", "Sergeev"),
    ("Салиев", "Saliyev", "Saliev"),
    ("Пугачёв", "Pugachev", "Pugachyov"),
    ("Дмитрий", "Dmitriy", "Dmitrii", "Dmitry"),
    ("Шыңғыс", "Shyngys", "Şyñğys", "Shynghys"),
    ("Нұрланқызы", "Nurlankyzy", "Nurlanqyzy", "Nurlanqızı"),
    ("Ғалымжан", "Galymzhan", "Ghalymzhan", "G'alymjan"),
    ("Абаева", "Abayeva", "Abaieva", "Abaeva"),
])
def test_spellings_of_one_name_share_a_key(spellings: tuple[str, ...]) -> None:
    keys = {name_key(s) for s in spellings}
    assert len(keys) == 1, {s: name_key(s) for s in spellings}


def test_different_names_keep_different_keys() -> None:
    assert name_key("Қасымов") != name_key("Касенов")
    assert name_key("Сергеев") != name_key("Серикбаев")
    assert name_keys("Қасымов Ж.") == ("kasimov", "j")
    assert name_keys("  ") == ()


def test_similarity_measures() -> None:
    assert jaro_winkler("martha", "marhta") == pytest.approx(0.961, abs=0.001)
    assert jaro_winkler("abc", "") == 0.0 and jaro_winkler("", "") == 1.0
    a = name_keys("Жанболат Қасымов")
    assert name_similarity(a, name_keys("Kassymov Zhanbolat")) == 1.0  # any order
    assert name_similarity(a, name_keys("Қасымов Жанболат Ерланұлы")) == 1.0  # patronymic
    assert name_similarity(a, name_keys("Kasymov Zh.")) == pytest.approx(0.95)
    assert name_similarity(a, name_keys("Қасымов")) == pytest.approx(0.8)
    assert name_similarity(a, name_keys("Ержан Бекова")) < 0.7
    # One word far apart sinks the name, whatever the other: a surname is not a typo.
    assert name_similarity(a, name_keys("Жанболат Сағынбаев")) < 0.6
    # Patronymics pair only with patronymics: "Артёмович" is not the given name Артём.
    artem = name_keys("Артём Хамитбаев")
    assert name_similarity(artem, name_keys("Хамитов Арман Артёмович")) < 0.6
    assert name_similarity(name_keys("Арман Хамитов Ерланович"),
                           name_keys("Арман Хамитов Серикович")) < 0.9
    assert name_similarity(name_keys("Арман Хамитов Ерланович"),
                           name_keys("Arman Khamitov Yerlanovich")) == 1.0
    assert dob_agreement("1994-03-12", "1994-03-12") == "same"
    assert dob_agreement("1994", "1994-03-12") == "same_year"
    assert dob_agreement("1994-03", "1994-03-12") == "same_month"
    assert dob_agreement("1994-03-12", "1994-12-03") == "swapped"
    assert dob_agreement("1994-03-12", "") == "unknown"
    assert dob_agreement("1994-03-12", "1995-03-12") == "differs"


# -- suggestions ----------------------------------------------------------------------


def _people(records: Records, bodies: list[dict[str, Any]]) -> list[str]:
    return [v.record_id for v in records.create_many(("person", b) for b in bodies)]


def test_cyrillic_and_latin_spellings_score_high(records: Records) -> None:
    ids = _people(records, [
        {"full_name": "Жанболат Қасымов", "date_of_birth": "1994-03-12", "gender": "male"},
        {"full_name": "Zhanbolat Kassymov", "date_of_birth": "1994-03-12", "gender": "male"},
        {"full_name": "Janbolat Kasymov", "date_of_birth": "1994-03-12"},
        # Similar name, another person: different date of birth.
        {"full_name": "Жанбулат Касимов", "date_of_birth": "1987-11-02", "gender": "male"},
        # Nothing alike.
        {"full_name": "Айгүл Нұрланқызы", "date_of_birth": "1994-03-12", "gender": "female"},
    ])
    found = {(s.a_id, s.b_id): s for s in suggest(records.db, min_score=0.0)}

    def pair(i: int, j: int) -> duplicates.Suggestion | None:
        return found.get(tuple(sorted((ids[i], ids[j]))))  # type: ignore[arg-type]

    for i, j in ((0, 1), (0, 2), (1, 2)):
        s = pair(i, j)
        assert s is not None and s.score >= 0.95, (i, j, s)
        assert "same date of birth" in s.reasons
    assert pair(0, 1).reasons == ("names match once transliterated", "same date of birth",
                                  "same gender")
    for i in (0, 1, 2):
        other = pair(i, 3)
        assert other is not None and other.score < 0.4, other
        assert "dates of birth differ" in other.reasons
        assert pair(i, 4) is None or pair(i, 4).score < 0.4
    # At the default threshold only the three true pairs remain, best first.
    default = suggest(records.db)
    assert {(s.a_id, s.b_id) for s in default} == {
        tuple(sorted((ids[i], ids[j]))) for i, j in ((0, 1), (0, 2), (1, 2))}
    assert default == sorted(default, key=lambda s: -s.score)
    assert len(suggest(records.db, limit=1)) == 1
    with pytest.raises(InvalidInput):
        suggest(records.db, min_score=1.5)


def test_partial_dates_other_names_and_gender(records: Records) -> None:
    ids = _people(records, [
        {"full_name": "Гүлнар Сейтқали", "date_of_birth": "1990", "gender": "female"},
        {"full_name": "G. Seitkali", "other_names": ["Gulnar Seytkali"],
         "date_of_birth": "1990-07-01", "gender": "female"},
        {"full_name": "Gulnar Seitkali", "date_of_birth": "1990-07-01", "gender": "male"},
    ])
    found = {frozenset((s.a_id, s.b_id)): s for s in suggest(records.db, min_score=0.0)}
    partial = found[frozenset((ids[0], ids[1]))]
    assert partial.score >= 0.85 and "dates of birth agree to the year" in partial.reasons
    gender = found[frozenset((ids[1], ids[2]))]
    assert gender.score <= 0.5 and "gender differs" in gender.reasons


def test_protected_people_compared_by_real_name_never_shown(records: Records) -> None:
    ids = _people(records, [
        {"pseudonym": "A-17", "protected": True, "full_name": "Нұрсұлтан Бекболатов",
         "date_of_birth": "2001-05-05"},
        {"pseudonym": "B-3", "protected": True, "full_name": "Nursultan Bekbolatov",
         "date_of_birth": "2001-05-05"},
        {"pseudonym": "только псевдоним"},  # nothing to compare
    ])
    [s] = suggest(records.db)
    assert {s.a_id, s.b_id} == set(ids[:2]) and s.score == 1.0
    text = json.dumps(s.to_dict(), ensure_ascii=False).lower()
    for word in ("нұрсұлтан", "бекболатов", "nursultan", "bekbolatov", "nursultan"):
        assert word not in text


def test_a_protected_persons_twin_is_not_named_beside_the_pseudonym(
        records: Records) -> None:
    """The attack: the protected boy "A-12" and an unprotected record of him spelt in
    Latin letters, with his birth date. The page (and `qorgau duplicates`) showed the
    pseudonym beside the real name and birth date at score 1.0: who A-12 is, for anyone
    looking at the screen."""
    from app.usecases import people
    from app.usecases.session import Session

    _people(records, [
        {"pseudonym": "A-12", "protected": True, "minor": True, "gender": "male",
         "full_name": "Ердаулет Тастанбеков", "date_of_birth": "2007-05-02"},
        {"full_name": "Yerdaulet Tastanbekov", "date_of_birth": "2007-05-02",
         "gender": "male", "contact": "+7 777 000 1122"},
    ])
    session = Session(records.vault)
    page = people.duplicate_suggestions(session)
    listed = people.suggestions(session)
    assert len(page) == 1 == len(listed)
    assert {page[0]["a"]["title"], page[0]["b"]["title"]} >= {"A-12"}
    for shown in (page, listed):
        text = json.dumps(shown, ensure_ascii=False, default=str)
        for secret in ("Yerdaulet", "Tastanbekov", "Ердаулет", "2007-05-02", "0001122"):
            assert secret not in text, secret


def test_blocking_finds_pairs_without_comparing_everyone() -> None:
    from app.duplicates import _Person, candidate_pairs

    def person(i: int, name: str, dob: str = "") -> _Person:
        return _Person(str(i), (name_keys(name),), dob, "", frozenset())

    people = [person(0, "Жанболат Қасымов", "1994-03-12"),
              person(1, "Kassymov Zhanbolat", "1994-03-12"),
              person(2, "Janbolat Kasymov")]  # no date of birth: met through the name pair
    # 3000 other people with distinct invented names.
    people += [person(3 + i, f"Name{i:04d} Surname{i:04d}".translate(
        str.maketrans("0123456789", "abcdefghij")), "1980") for i in range(3000)]
    pairs = set(candidate_pairs(people))
    assert {(0, 1), (0, 2), (1, 2)} <= pairs
    assert len(pairs) < 3003 * 3002 / 2 / 100  # far from all pairs


def test_blocking_through_the_birth_year_and_one_shared_word() -> None:
    from app.duplicates import _Person, candidate_pairs

    a = _Person("a", (name_keys("Қасымов Жанболат Ерланұлы"),), "1994-03-12", "", frozenset())
    b = _Person("b", (name_keys("Kasymov Janbolat"),), "1994", "", frozenset())
    c = _Person("c", (name_keys("Kasymov Daniyar"),), "1994-06-01", "", frozenset())
    assert set(candidate_pairs([a, b, c])) == {(0, 1), (0, 2), (1, 2)}


def _crowd(n: int, year: str = "1990") -> list[dict[str, Any]]:
    """`n` invented people sharing a surname root and a birth year: one block bigger than
    the window, as a common name is in a big archive."""
    given = ["Ерлан", "Серік", "Дәурен", "Асқар", "Қайрат", "Мұрат", "Дархан", "Самат",
             "Талғат", "Азамат", "Арман", "Бекзат", "Олжас", "Тимур", "Айдос", "Медет"]
    endings = ["ов", "ев", "баев", "ұлы"]
    return [{"full_name": f"Қасым{endings[i % 4]} {given[i // 4 % 16]}{'ан' * (i // 64)}",
             "date_of_birth": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}", "gender": "male"}
            for i in range(n)]


def test_a_big_block_compares_neighbours_in_name_order_not_every_pair() -> None:
    """A common name born the same year: every member of the block is compared with its
    WINDOW neighbours in name order, where the other spelling of the same person sorts,
    so the comparisons grow with the block and not with its square, and the twin still
    meets (planted apart in the archive's order, as bundles from two devices are)."""
    from app.duplicates import WINDOW, _person_of, candidate_pairs

    crowd = _crowd(250)
    twin = dict(crowd[137], full_name="Zhanbolat Kassymov")
    crowd[137]["full_name"] = "Қасымов Жанболат"
    bodies = [*crowd[:10], twin, *crowd[10:]]
    people = [p for i, b in enumerate(bodies) if (p := _person_of(str(i), b)) is not None]
    pairs = set(candidate_pairs(people))
    a, b = 10, 138  # the twin, and the original after it in the list
    assert (a, b) in pairs
    assert len(pairs) < 4 * len(people) * WINDOW  # all pairs in the block: 31,000
    done: list[tuple[int, int]] = []
    list(candidate_pairs(people, progress=lambda d, t: done.append((d, t))))
    assert done[-1][0] == done[-1][1] < 4 * len(people) * WINDOW


def test_the_short_ways_of_matching_words_agree_with_the_general_one() -> None:
    import random

    from app.duplicates import _match_any, _match_words

    rng = random.Random(2)
    words = ["kasimov", "kasymov", "zhanbolat", "janbolat", "erlan", "erla", "e", "k",
             "abc", "abd", "serik", "serikov"]
    for _ in range(3000):
        short = tuple(rng.choice(words) for _ in range(rng.randint(1, 2)))
        long_ = tuple(rng.choice(words) for _ in range(rng.randint(len(short), 3)))
        assert _match_words(short, long_) == _match_any(short, long_), (short, long_)


def test_pairs_dropped_for_their_dates_change_no_suggestion() -> None:
    """candidate_pairs(min_score=…) drops pairs whose full dates of birth conflict before
    they are scored: the suggestions are exactly those of scoring every candidate pair,
    with swapped days and months, partial and missing dates among them."""
    import random

    from app.duplicates import _person_of, _score, _suggestions, candidate_pairs

    rng = random.Random(4)
    bodies = _crowd(120)
    slips = [dict(b, date_of_birth=f"{y}-{d}-{m}") for b in bodies[1::7]
             for y, m, d in [b["date_of_birth"].split("-")]]  # typed day first
    for body in bodies[::3]:
        y, m, d = body["date_of_birth"].split("-")
        body["date_of_birth"] = rng.choice([f"{y}-{d}-{m}" if int(d) <= 12 else y, y,
                                            f"{y}-{m}", f"{y}-{m}-{d}x"[:10], ""])
    bodies += [dict(b, gender=rng.choice(["female", "male", ""])) for b in bodies[::5]]
    bodies += slips
    people = [p for i, b in enumerate(bodies) if (p := _person_of(f"{i:04d}", b))]
    for min_score in (0.3, 0.6, 0.75, 0.9):
        every = [s for i, j in candidate_pairs(people)
                 if (s := _score(people[i], people[j], min_score)) is not None]
        every.sort(key=lambda s: (-s.score, s.a_id, s.b_id))
        assert _suggestions(people, 0, min_score, None, None) == every
        assert len(every) > 20
    assert len(set(candidate_pairs(people, min_score=0.75))) < len(set(
        candidate_pairs(people))) / 2


def test_a_big_block_finds_the_twin_through_suggest_and_for_new_rows(
        records: Records) -> None:
    crowd = _crowd(300)
    crowd[200]["full_name"] = "Қасымбаев Ерлан Серікұлы"  # a common given name too
    ids = _people(records, crowd)
    twin = dict(crowd[200], full_name="Yerlan Kassymbayev")
    twin_id = _people(records, [twin])[0]
    found = {frozenset((s.a_id, s.b_id)): s for s in suggest(records.db, limit=0)}
    assert found[frozenset((ids[200], twin_id))].score >= 0.9
    hits = duplicates.matches_for_new(records.db, [dict(twin, full_name="Kasymbaev Erlan")])
    assert {(0, ids[200]), (0, twin_id)} <= {(n, s.b_id) for n, s in hits}


# -- linking --------------------------------------------------------------------------


def test_link_writes_versions_both_ways_and_unlink(records: Records) -> None:
    a, b, c = _people(records, [
        {"full_name": "Жанболат Қасымов", "date_of_birth": "1994-03-12"},
        {"full_name": "Zhanbolat Kassymov", "date_of_birth": "1994-03-12"},
        {"full_name": "Janbolat Kasymov", "date_of_birth": "1994-03-12"},
    ])
    before = {r: records.get(r).head for r in (a, b)}
    written = duplicates.link(records, a, b.upper(), "same passport number")
    assert {v.record_id for v in written} == {a, b}
    for me, other in ((a, b), (b, a)):
        record = records.get(me)
        assert record.body["same_as"] == [other]
        assert record.body["notes"] == f"Same person as {other}: same passport number"
        history = records.history(me)
        assert len(history) == 2 and history[-1].parents == (before[me],)
        assert history[-1].author == records.me.device_id  # signed here
        assert ("same_as[0]", me, "person") in records.linked(other)
    assert duplicates.linked_people(records.db, a) == [b]
    assert duplicates.link(records, b, a) == []  # already linked: nothing written
    # Linked pairs are no longer suggested; the third record still is, with both.
    pairs = {frozenset((s.a_id, s.b_id)) for s in suggest(records.db)}
    assert pairs == {frozenset((a, c)), frozenset((b, c))}
    assert records.verify_all() == []

    duplicates.link(records, a, c)
    assert records.get(a).body["same_as"] == [b, c]
    undone = duplicates.unlink(records, b, a, "different fathers' names")
    assert {v.record_id for v in undone} == {a, b}
    assert records.get(a).body["same_as"] == [c]
    assert "same_as" not in records.get(b).body
    assert records.get(b).body["notes"].endswith(f"Not the same person as {a}: "
                                                 "different fathers' names")
    assert len(records.history(a)) == 4  # created, linked to b, to c, unlinked from b
    with pytest.raises(InvalidInput, match="not linked"):
        duplicates.unlink(records, a, b)
    actions = [e["action"] for e in __import__("storage.audit", fromlist=["x"]).entries(
        records.db)]
    assert actions.count("link_person") == 2 and actions.count("unlink_person") == 1


def test_link_refuses_what_it_must(records: Records) -> None:
    person, protected, other = _people(records, [
        {"full_name": "Жанболат Қасымов"},
        {"pseudonym": "A-17", "protected": True, "full_name": "Жанболат Қасымов"},
        {"full_name": "Ерлан Сапаров"},
    ])
    case = records.create("case", {"title": "Тест"}).record_id
    with pytest.raises(InvalidInput, match="not a person"):
        duplicates.link(records, person, case)
    with pytest.raises(InvalidInput, match="itself"):
        duplicates.link(records, person, person)
    with pytest.raises(InvalidInput, match="protected"):
        duplicates.link(records, person, protected)
    with pytest.raises(NotFound):
        duplicates.link(records, person, "0190a000-0000-7000-8000-000000000000")
    records.delete(other, "test")
    with pytest.raises(NotFound):
        duplicates.link(records, person, other)


# -- the command line ----------------------------------------------------------------


def test_cli_duplicates_and_link(cli: CLI, tmp_path: Path) -> None:
    from storage.vault import Vault

    path = tmp_path / "archive"
    vault, _ = Vault.create(path, PASSPHRASE, name="Coordinator", role="archive")
    with vault:
        a, b, _c = _people(Records(vault), [
            {"pseudonym": "A-17", "protected": True, "full_name": "Жанболат Қасымов",
             "date_of_birth": "1994-03-12"},
            {"pseudonym": "B-2", "protected": True, "full_name": "Janbolat Kasymov",
             "date_of_birth": "1994-03-12"},
            {"full_name": "Ерлан Сапаров", "date_of_birth": "1970"},
        ])
    listed = cli("duplicates", str(path), "--json")
    assert listed.returncode == 0, listed.stderr
    [s] = json.loads(listed.stdout)
    assert {s["a_id"], s["b_id"]} == {a, b} and s["score"] == 1.0
    assert {s["a_title"], s["b_title"]} == {"A-17", "B-2"}
    text = cli("duplicates", str(path), "--min-score", "0.5")
    assert text.returncode == 0 and "A-17" in text.stdout
    assert "Қасымов" not in text.stdout + listed.stdout and "Kasymov" not in text.stdout

    linked = cli("link", str(path), a, b, "--note", "same mother")
    assert linked.returncode == 0, linked.stderr
    assert linked.stdout.count("linked: ") == 2
    shown = json.loads(cli("show", str(path), a, "--json").stdout)
    assert shown["body"]["same_as"] == [b]
    assert json.loads(cli("duplicates", str(path), "--json").stdout) == []
    again = cli("link", str(path), a, b)
    assert again.returncode == 0 and "already linked" in again.stdout
    assert cli("unlink", str(path), a, b).returncode == 0
    assert "same_as" not in json.loads(cli("show", str(path), b, "--json").stdout)["body"]

    missing = cli("link", str(path), a, "0190a000-0000-7000-8000-000000000000")
    assert missing.returncode == errors.EXIT_NOT_FOUND
    assert cli("link", str(path), a, a).returncode == errors.EXIT_INVALID
    assert cli("duplicates", str(path), "--min-score", "2").returncode == errors.EXIT_INVALID
    assert cli("link", str(path), a).returncode == errors.EXIT_USAGE
    assert cli("check", str(path)).returncode == 0


def test_comparing_shows_progress_and_stops_when_asked(records: Records) -> None:
    """In a million-version archive the comparison takes minutes: it reports how far it
    is, and Cancel stops it there (Cancelled, nothing written) instead of holding the
    desk's worker until it ends."""
    import threading

    from app.duplicates import _Person, candidate_pairs

    people = [_Person(str(i), (name_keys(f"Жанболат Қасымов{'а' * (i % 7)}"),),
                      f"19{80 + i % 10}-03-12", "", frozenset()) for i in range(600)]
    seen: list[tuple[int, int]] = []
    every = list(candidate_pairs(people, progress=lambda d, t: seen.append((d, t))))
    total = seen[-1][1]
    assert total > 0 and seen[-1] == (total, total) and {t for _d, t in seen} == {total}
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)  # only forward
    assert every == list(candidate_pairs(people))  # the same pairs, in the same order

    stop = threading.Event()

    def halfway(done: int, total: int) -> None:
        if done * 2 >= total:
            stop.set()

    with pytest.raises(errors.Cancelled):
        list(candidate_pairs(people, progress=halfway, cancel=stop))
    # Through the whole action too, with people in the vault: stopped, nothing written.
    _people(records, [{"full_name": "Жанболат Қасымов", "date_of_birth": "1994-03-12"},
                      {"full_name": "Zhanbolat Kassymov", "date_of_birth": "1994-03-12"}])
    versions = records.db.one("SELECT count(*) FROM versions")[0]
    stop = threading.Event()
    stop.set()
    with pytest.raises(errors.Cancelled):
        suggest(records.db, cancel=stop)
    assert records.db.one("SELECT count(*) FROM versions")[0] == versions
    assert len(suggest(records.db, cancel=threading.Event())) == 1
