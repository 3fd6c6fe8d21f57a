"""docs/glossary.md and the words on screen stay in step: wherever an English string or
vocabulary label uses a glossary term, its Russian and Kazakh use the glossary's word,
and no string uses a word the glossary rules out."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from app import vocab

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"


def _table(marker: str) -> list[list[str]]:
    """The rows of the table that follows `<!-- marker -->`, header and rule left out."""
    text = GLOSSARY.read_text(encoding="utf-8")
    rows = []
    for line in text.split(f"<!-- {marker} -->", 1)[1].strip().splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
        rows.append([c.strip().strip("`").replace("\\|", "|") for c in cells])
    return rows


@functools.cache
def _strings() -> list[tuple[str, str, str, str]]:
    """(where, English, Russian, Kazakh) for every translated string and vocabulary label."""
    out = []
    for file in sorted((ROOT / "resources" / "i18n" / "translations").glob("*.json")):
        for key, entry in json.loads(file.read_text(encoding="utf-8")).items():
            english = key.split("|", 1)[1] if "|" in key else key
            out.append((f"{file.name}: {key[:60]}", english, entry.get("ru", ""),
                        entry.get("kk", "")))
    for name in vocab.names():
        for item in vocab.load(name).items:
            out.append((f"vocab {name}.{item['code']}", item["en"], item.get("ru", ""),
                        item.get("kk", "")))
    return out


# Every string follows the glossary now; this list of exceptions stays empty, so a string
# that drifts fails the checks below instead of waiting here for review.
PENDING = frozenset(json.loads((ROOT / "tests" / "glossary_pending.json").read_text("utf-8")))

CHECKS = _table("glossary-checks")
AVOID = _table("glossary-avoid")


def test_the_glossary_tables_are_read() -> None:
    assert len(CHECKS) >= 10 and len(AVOID) >= 8
    for pattern, *_ in CHECKS:
        re.compile(pattern)


@pytest.mark.parametrize(("pattern", "ru", "kk"), [tuple(r) for r in CHECKS],
                         ids=[r[0] for r in CHECKS])
def test_strings_use_the_glossary_word(pattern: str, ru: str, kk: str) -> None:
    english = re.compile(pattern, re.IGNORECASE)
    stems = {"ru": [s.casefold() for s in ru.split(" / ")],
             "kk": [s.casefold() for s in kk.split(" / ")]}
    used = 0
    wrong = []
    for where, en, ru_text, kk_text in _strings():
        if not english.search(en) or where in PENDING:
            continue
        used += 1
        for lang, text in (("ru", ru_text), ("kk", kk_text)):
            if not any(stem in text.casefold() for stem in stems[lang]):
                wrong.append(f"{where} [{lang}] {text[:80]}")
    assert used, f"no string uses {pattern!r}: is the row still needed?"
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("lang", "pattern", "instead"), [tuple(r) for r in AVOID],
                         ids=[f"{r[0]}:{r[1]}" for r in AVOID])
def test_no_string_uses_a_ruled_out_word(lang: str, pattern: str, instead: str) -> None:
    word = re.compile(pattern, re.IGNORECASE)
    column = {"ru": 2, "kk": 3}[lang]
    found = [f"{s[0]}: {s[column][:80]}" for s in _strings()
             if word.search(s[column]) and s[0] not in PENDING]
    assert not found, f"use «{instead}»:\n" + "\n".join(found)


def test_a_check_catches_a_stray_word() -> None:
    """The check itself works: the old Russian for "Allegations" would fail it."""
    pattern, ru, _kk = next(r for r in CHECKS if r[0] == "allegation")
    assert re.search(pattern, "Allegations", re.IGNORECASE)
    assert not any(stem in "заявления" for stem in ru.split(" / "))


def test_nothing_is_pending() -> None:
    assert not PENDING, "every string follows docs/glossary.md: align it, do not list it"


def test_the_exceptions_are_narrow() -> None:
    """The procedural victim, the state's forensic examination and a visit at home are the
    only exceptions the patterns make; the ordinary senses are still checked."""
    rows = {r[0]: r for r in CHECKS}
    victim = next(re.compile(p, re.I) for p in rows if "victims?" in p)
    assert victim.search("Who the victims are") and victim.search("Acts against each victim")
    assert not victim.search("Recognised as a victim in the proceedings")
    assert not victim.search("victim status")
    visit = next(re.compile(p, re.I) for p in rows if "visits?" in p)
    assert visit.search("NPM visits") and not visit.search("Surveillance and visits at home")
    exam = next(re.compile(p, re.I) for p in rows if p.startswith("(?<!physical"))
    assert exam.search("Medical examination")
    assert not exam.search("Days between the injuries and the examination")
