"""The demo harms no one: no person in it (victim, relative, witness, alleged perpetrator,
official, interviewer, lawyer, doctor, NPM member) carries the surname of a person named
in the source reports or of a public figure of Kazakhstan, in either script, with or
without a patronymic, transliterated or inflected."""

from __future__ import annotations

import csv
import itertools
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from app import demo
from app.translit import name_key
from storage.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def _reference_dir() -> Path | None:
    """The lists of real names (real-names.tsv, public-figures.tsv) are kept beside the
    repository, in ../shared/reference, not in it; QORGAU_REFERENCE_DIR points elsewhere."""
    candidates = [Path(os.environ["QORGAU_REFERENCE_DIR"])] \
        if os.environ.get("QORGAU_REFERENCE_DIR") else []
    candidates += [parent / "shared" / "reference" for parent in ROOT.parents]
    return next((c for c in candidates if (c / "real-names.tsv").is_file()), None)

# Russian case and gender endings of a surname, and Kazakh case endings, as keys spell them
# (name_key: й→i, ы→i, ё/е→e).
_ENDINGS = ("", "a", "u", "e", "i", "om", "oi", "im", "ih", "imi", "oiu", "ka", "ga", "ke",
            "ge", "ti", "di", "tin", "din", "ta", "da", "te", "de", "ten", "den", "ke", "ge",
            "men", "ben", "pen", "nin")


def _stem(key: str) -> str:
    """A surname key without its gender ending: Семенова → semenov, Вертинская → vertinsk,
    Ержанқызы → erjanuli (the daughter of the man whose son is Ержанулы)."""
    for ending, keep in (("skaia", "sk"), ("skii", "sk"), ("ski", "sk"), ("uli", "uli"),
                         ("kizi", "uli"), ("ova", "ov"), ("ina", "in")):
        if key.endswith(ending) and len(key) > len(ending) + 2:
            return key[: len(key) - len(ending)] + keep
    return key


def _reference_stems() -> set[str]:
    stems: set[str] = set()
    folder = _reference_dir()
    if folder is None:
        pytest.skip("the reference lists of real names are not beside this repository")
    for name in ("real-names.tsv", "public-figures.tsv"):
        path = folder / name
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                for column in ("surname_lat", "surname_cyr"):
                    for word in re.findall(r"[^\W\d_]+", row.get(column) or ""):
                        stems.add(_stem(name_key(word)))
    stems.discard("")
    return stems


def _clashes(word: str, stems: set[str]) -> str | None:
    """The reference stem `word` (any form of a surname) would spell, if any."""
    key = name_key(word)
    for stem in (key, _stem(key)):
        for n in range(len(stem), 1, -1):
            head = stem[:n]
            # -ev stays -ev inside an inflected form (Мукашеву), keys spell it -ov.
            for candidate in (head, head[:-2] + "ov" if head.endswith("ev") else head):
                if candidate in stems and stem[n:] in _ENDINGS:
                    return candidate
    return None


def test_the_rule_catches_what_it_must() -> None:
    stems = _reference_stems()
    # Both scripts, feminine, inflected, transliterated, Kazakh forms of listed surnames.
    for word in ("Ахметжанов", "Ахметжановой", "Akhmetzhanova", "Ahmetjanov", "Мукашеву",
                 "Кенжебаевым", "Kenzhebayev", "Касымова", "Kasymov", "Семёнов", "Ли",
                 "Ержанқызы", "Erjanuly", "Вертинский", "Масимовы", "Сагинтаевой"):
        assert _clashes(word, stems), word
    for word in ("Сапаров", "Ермекбаева", "Жолдасов", "Оразбаевой", "Ким", "Иванов"):
        assert _clashes(word, stems) is None, word


def test_every_surname_the_generator_can_make_is_clear() -> None:
    stems = _reference_stems()
    surnames = [*demo.KZ_SURNAMES, *demo.RU_SURNAMES,
                *itertools.chain.from_iterable(demo.INVARIANT_SURNAMES.values()),
                *itertools.chain.from_iterable(demo.OTHER_SURNAMES.values()),
                *(root + end for root in demo.KZ_NEW_SURNAME_ROOTS for end in ("ұлы", "қызы"))]
    forms = set()
    for s in surnames:
        for gender in ("male", "female"):
            base = demo._regender(s, gender)
            forms.update((base, demo.transliterate(base)))
    assert not {f: c for f in forms if (c := _clashes(f, stems))}
    # First names become patronymics and -ұлы surnames: they must be clear as well.
    for first in (*demo.KZ_MALE, *demo.RU_MALE, *demo.KZ_FEMALE, *demo.RU_FEMALE):
        assert _clashes(first, stems) is None, first


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_no_word_of_the_demo_spells_a_listed_surname(tmp_path: Path) -> None:
    """Every capitalised word in every record of a demo vault: names in full, short
    («Сапарова Н.»), in Latin, inflected inside accounts, in staff lists and NPM teams."""
    stems = _reference_stems()
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE)
    with vault:
        demo.populate(vault, cases=50, photos=False)
        words = set()
        for (body,) in vault.db.all("SELECT body FROM records"):
            for text in _strings(json.loads(body)):
                words.update(w for w in re.findall(r"[^\W\d_]{2,}", text) if w[0].isupper())
    clashes = {w: c for w in words if (c := _clashes(w, stems))}
    assert not clashes
