"""Search finds what people type: a name or word in Latin transliteration finds the
Cyrillic record and the other way round, look-alike letters in codes match both ways,
with the same ranking and snippets whichever spelling was typed."""

from __future__ import annotations

import pytest

from app.records import Records
from app.search import KEYS_VERSION, Filters, ensure_keys, search


@pytest.fixture
def seeded(records: Records) -> Records:
    records.create("facility", {"name": "Учреждение ЕС-164/1", "code": "ЕС-164/1",
                                "type": "colony", "city": "petropavlovsk"})
    records.create("facility", {"name": "Учреждение AK-159/16", "code": "AK-159/16",
                                "type": "colony", "city": "karaganda"})  # typed in Latin
    records.create("person", {"full_name": "Жум\x61баев"})
    records.create("person", {"full_name": "Zhanbolat Kassymbekov"})
    case = records.create("case", {"title": "Қаңтар оқиғалары: Шымкент", "city": "shymkent",
                                   "opened_on": "2022-01-10"}).record_id
    records.create("incident", {"case_id": case, "date": "2022-01-06",
                                "narrative": "Жумабаева били в ИВС, потом Жумабаев видел, как "
                                             "Жумабаева увели. Ерлан молчал."})
    records.create("incident", {"case_id": case, "date": "2022-01-07",
                                "narrative": "Соседа Жумабаева тоже задержали."})
    return records


def _kinds(records: Records, text: str) -> list[str]:
    return sorted(h.kind for h in search(records.db, text))


@pytest.mark.parametrize("typed", ["ЕС-164", "EC-164", "ec-164/1", "ЕC-164", "ES-164"])
def test_a_cyrillic_code_is_found_however_it_is_typed(seeded: Records, typed: str) -> None:
    hits = search(seeded.db, typed)
    assert [h.kind for h in hits] == ["facility"] and "ЕС-164/1" in hits[0].title, typed


@pytest.mark.parametrize("typed", ["АК-159", "AK-159/16", "ак-159"])
def test_a_latin_code_is_found_by_cyrillic_look_alikes(seeded: Records, typed: str) -> None:
    assert [h.kind for h in search(seeded.db, typed)] == ["facility"], typed


@pytest.mark.parametrize("typed", ["Zhumabaev", "Zhumabayev", "Jumabaev", "Žumabaev",
                                   "zhumab", "Жумaбаев"])  # the last: a Latin "a" slipped in
def test_latin_transliteration_finds_cyrillic(seeded: Records, typed: str) -> None:
    assert "person" in _kinds(seeded, typed), typed


@pytest.mark.parametrize("typed", ["Qantar", "Qañtar", "Kantar", "қаңтар", "Қантар"])
def test_kazakh_latin_alphabets_find_kazakh_cyrillic(seeded: Records, typed: str) -> None:
    assert _kinds(seeded, typed) == ["case"], typed


def test_2021_alphabet_and_russian_schemes_find_a_city(seeded: Records) -> None:
    for typed in ("Şymkent", "Shymkent", "Шымкент", "Shımkent"):
        assert _kinds(seeded, typed) == ["case"], typed


@pytest.mark.parametrize("typed", ["Жанболат Касымбеков", "Жанболат Қасымбеков", "Kasymbekov"])
def test_cyrillic_finds_a_name_stored_in_latin(seeded: Records, typed: str) -> None:
    assert _kinds(seeded, typed) == ["person"], typed


def test_same_ranking_and_snippets_in_either_script(seeded: Records) -> None:
    cyrillic = search(seeded.db, "Жумабаева", Filters(kind="incident"))
    latin = search(seeded.db, "Zhumabayeva", Filters(kind="incident"))
    assert len(cyrillic) == 2
    assert [(h.record_id, h.snippet) for h in latin] == \
        [(h.record_id, h.snippet) for h in cyrillic]
    # The matches are marked as written, and only they.
    longer = max(cyrillic, key=lambda h: len(h.snippet)).snippet
    assert longer.count("[Жумабаева]") == 2 and "[" not in longer.replace("[Жумабаева]", "")


def test_an_old_index_is_rekeyed_on_open(seeded: Records) -> None:
    db = seeded.db
    with db.transaction():
        db.execute("UPDATE search SET folded = ''")
        db.execute("DELETE FROM settings WHERE key = 'search_keys_version'")
    assert search(db, "Zhumabaev") == []  # what a vault indexed by an older Qorgau does
    assert ensure_keys(db) > 0
    assert search(db, "Zhumabaev")
    assert db.one("SELECT value FROM settings WHERE key = 'search_keys_version'")[0] \
        == KEYS_VERSION
    assert ensure_keys(db) == 0


@pytest.mark.parametrize(("slang", "code"), [
    ("слоник", "suffocation_gas_mask"), ("ласточка", "swallow_position"),
    ("ласточку", "swallow_position"), ("психушка", "punitive_psychiatry"),
    ("видеопризнание", "forced_confession_filmed"), ("растяжка", "stress_positions"),
    ("slonik", "suffocation_gas_mask")])
def test_a_method_is_found_by_its_slang_name(records: Records, slang: str, code: str) -> None:
    case = records.create("case", {"title": "Дело", "opened_on": "2023-02-01"}).record_id
    other = records.create("incident", {"case_id": case, "date": "2023-02-01",
                                        "methods": ["beating_truncheon"],
                                        "narrative": "Били."}).record_id
    wanted = records.create("incident", {"case_id": case, "date": "2023-02-02",
                                         "methods": [code],
                                         "narrative": "Подробности записаны со слов."}).record_id
    hits = [h.record_id for h in search(records.db, slang)]
    assert wanted in hits and other not in hits, slang
