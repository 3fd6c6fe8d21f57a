"""Which words of a hit's text a snippet marks: the fast rule (a regular expression over
the joined keys) marks exactly what the word-by-word rule marks."""

from __future__ import annotations

import random

from app import search, translit


def _by_word(keys: list[str], terms: list[search._Term]) -> list[int]:
    return search._hits_by_word(keys, terms, [0] * len(keys))


def test_fast_marks_equal_word_by_word_marks() -> None:
    rng = random.Random(7)
    vocabulary = ["ивс", "избиение", "изб", "ec-164/7", "146-2", "a.b", "a*b", "(x)", "ұрған",
                  "zhumabayev", "zhumab", "", "пакет", "пакеты", "[", "\\d"]
    for _ in range(3000):
        keys = [rng.choice(vocabulary) for _ in range(rng.randint(0, 30))]
        terms = [search._Term(w, w, rng.random() < 0.5)
                 for w in rng.sample(vocabulary, rng.randint(1, 4))]
        assert search._hits(keys, terms) == _by_word(keys, terms), (keys, terms)


def test_snippet_of_a_real_text_marks_every_spelling() -> None:
    text = "Его избивали в ИВС Тараз; EC-164/7 — избиение продолжалось. Избиение!"
    keys = " ".join(k for _w, k in translit.search_words(text))
    for typed in ("избиение", "izbienie", "ИВС", "EC-164/7", "изб"):
        terms = search._terms(typed)
        key_list = keys.split(" ")
        assert search._hits(key_list, terms) == _by_word(key_list, terms)
        assert "[" in search.snippet(text, terms, keys), typed
