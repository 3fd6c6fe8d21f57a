"""Full-text search in any script, and filtered listing."""

from __future__ import annotations

import pytest

from app.records import Records
from app.search import Filters, count_records, fts_query, list_records, search


@pytest.fixture
def seeded(records: Records) -> Records:
    person = records.create("person", {"full_name": "Әлия Сәрсенова", "gender": "female",
                                       "minor": True}).record_id
    hidden = records.create("person", {"full_name": "Секретов Тайный", "pseudonym": "B-02",
                                       "protected": True}).record_id
    case_a = records.create("case", {"title": "Избиение в ИВС Тараза", "city": "taraz",
                                     "status": records_status(), "opened_on": "2022-01-10",
                                     "victim_ids": [person, hidden]}).record_id
    records.create("case", {"title": "Жанаозен: пытки задержанных", "city": "zhanaozen",
                            "opened_on": "2022-03-05"})
    records.create("incident", {"case_id": case_a, "date": "2022-01-06",
                                "narrative": "Ёлкин бил ДУБИНКОЙ по пяткам; Қасым көрді.",
                                "methods": ["beating_soles_palms"]})
    return records


def records_status() -> str:
    from app import vocab

    return vocab.load("case_status").codes[0]


def test_cyrillic_case_insensitive_and_prefix(seeded: Records) -> None:
    assert [h.kind for h in search(seeded.db, "дубинкой")] == ["incident"]
    assert [h.kind for h in search(seeded.db, "ДУБИН")] == ["incident"]  # prefix
    hit = search(seeded.db, "дубинкой")[0]
    assert "[ДУБИНКОЙ]" in hit.snippet


def test_kazakh_letters_and_diacritics_folded(seeded: Records) -> None:
    assert search(seeded.db, "ҚАСЫМ")  # Kazakh capital letters fold to lower case
    assert search(seeded.db, "сәрсенова")
    assert search(seeded.db, "елкин")  # ё folds to е


def test_vocabulary_labels_are_searchable_in_every_language(seeded: Records) -> None:
    from app import vocab

    labels = vocab.load("methods").labels("beating_soles_palms")
    for lang in ("en", "ru", "kk"):
        word = max(labels[lang].split(), key=len)
        assert any(h.kind == "incident" for h in search(seeded.db, word)), (lang, word)


def test_protected_identity_is_not_searchable(seeded: Records) -> None:
    assert search(seeded.db, "Секретов") == []
    assert [h.title for h in search(seeded.db, "B-02")] == ["B-02"]


def test_operators_typed_by_a_person_are_plain_text(seeded: Records) -> None:
    for text in ('"', "AND OR NOT", "title:*", "a) OR (b", "NEAR(x y)", "*", ""):
        search(seeded.db, text)  # never a syntax error
    assert fts_query("  ") is None
    assert fts_query('он "сказал"') == \
        '("он" OR folded : "on") AND ("сказал"* OR folded : "skazal"*)'
    assert fts_query('Қасым') == '("Қасым"* OR folded : "kasim"*)'


def test_filters(seeded: Records) -> None:
    assert {r["title"] for r in list_records(seeded.db, Filters(kind="case", city="taraz"))} \
        == {"Избиение в ИВС Тараза"}
    march = Filters(kind="case", date_from="2022-02-01", date_to="2022-03-31")
    assert [r["city"] for r in list_records(seeded.db, march)] == ["zhanaozen"]
    assert count_records(seeded.db, Filters(kind="person", flag="minor")) == 1
    assert count_records(seeded.db, Filters(kind="person", flag="protected")) == 1
    assert search(seeded.db, "пытки", Filters(kind="incident")) == []
    by_date = list_records(seeded.db, Filters(kind="case"), order="date", descending=False)
    assert [r["date"] for r in by_date] == ["2022-01-10", "2022-03-05"]


def test_kazakh_typed_on_a_russian_layout(seeded: Records) -> None:
    # The narrative says "Қасым көрді"; a coordinator types it without Kazakh letters.
    hits = search(seeded.db, "Касым")
    assert [h.kind for h in hits] == ["incident"]
    assert search(seeded.db, "Сарсенова")


def test_many_matches_come_newest_first(records: Records, monkeypatch) -> None:
    import app.search as search_mod

    made = records.create_many([("case", {"title": f"Пытки в ИВС №{i}"}) for i in range(6)])
    monkeypatch.setattr(search_mod, "RANK_LIMIT", 3)
    hits = search(records.db, "пытки", limit=4)
    assert [h.record_id for h in hits] == [v.record_id for v in reversed(made)][:4]
    assert all("[Пытки]" in h.snippet for h in hits)
    monkeypatch.setattr(search_mod, "RANK_LIMIT", 100)
    assert len(search(records.db, "пытки", limit=10)) == 6


def test_titles_in_the_readers_language(seeded: Records) -> None:
    rows = list_records(seeded.db, Filters(kind="incident"), lang="ru")
    # dates as a Russian reader writes them; the stored (English) title keeps ISO
    assert rows[0]["title"].startswith("Инцидент · 06.01.2022")
    assert list_records(seeded.db, Filters(kind="incident"))[0]["title"].startswith("Incident")
    hits = search(seeded.db, "дубинкой", lang="kk")
    assert hits[0].title.startswith("Оқиға")
    # A protected person stays behind the pseudonym in every language.
    assert {r["title"] for r in list_records(seeded.db, Filters(kind="person"), lang="ru")} \
        == {"Әлия Сәрсенова", "B-02"}


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("typed", ["beating", "фалака", "falanga"])
def test_snippets_show_vocabulary_in_the_readers_language_only(
        records: Records, lang: str, typed: str) -> None:
    """The index holds a method's label in every language and its slang, so that any of
    them finds it; the snippet shows the method once, in the reader's language, marked."""
    from app import vocab

    labels = vocab.load("methods").labels("beating_soles_palms")
    case = records.create("case", {"title": "Дело"}).record_id
    records.create("incident", {"case_id": case, "narrative": "Вывели ночью в подвал.",
                                "methods": ["beating_soles_palms"]})
    [hit] = search(records.db, typed, lang=lang)
    shown = hit.snippet.replace("[", "").replace("]", "")
    assert labels[lang] in shown
    others = {labels[o] for o in labels if labels[o] != labels[lang]}
    assert others and not any(o in shown for o in others), hit.snippet
    assert "falanga" not in shown and "фалака" not in shown  # slang finds, never shows
    assert "[" in hit.snippet  # the value is marked as what matched
    assert "Вывели ночью" in shown  # free text as written
