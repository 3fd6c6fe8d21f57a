"""The demo's medicine, law and places are honest: colour ageing for bruises only, varied
conclusions including none found, complaints under the articles that fit, distinct case
titles, facility codes in Cyrillic as the institutions write them, in their regions."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app import demo
from storage.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    vault, _ = Vault.create(tmp_path_factory.mktemp("honest") / "v", PASSPHRASE)
    with vault:
        demo.populate(vault, cases=60, photos=False)
        out: dict[str, list[dict[str, Any]]] = {}
        for kind, body in vault.db.all("SELECT kind, body FROM records ORDER BY rowid"):
            out.setdefault(kind, []).append(json.loads(body))
    return out


def test_only_bruises_are_aged_by_colour(bodies: dict[str, list[dict[str, Any]]]) -> None:
    lesions = [x for x in bodies["lesion"] if x["type"] != "scar"]
    assert {x["type"] for x in lesions} - set(demo.BRUISES)  # burns, abrasions... present
    for x in lesions:
        if x["type"] in demo.BRUISES:
            assert x["colour"] in demo.AGE_COLOUR.values()
        else:
            assert not x.get("colour") and x["estimated_age"] == "unknown", x
            assert not any(c in x["description"] for c in demo.AGE_COLOUR.values())


def test_examinations_conclude_differently(bodies: dict[str, list[dict[str, Any]]]) -> None:
    exams = bodies["medical_exam"]
    assert len({e["overall_consistency"] for e in exams}) >= 3
    assert len({e.get("conclusions") for e in exams}) >= 3
    with_lesions = {x["exam_id"] for x in bodies["lesion"]}
    none_found = [e for e in exams if "не обнаружено" in e.get("physical_findings", "")]
    assert none_found, "some examinations find nothing on the body"
    # Nothing found proves nothing: those examinations say so, and are not "not consistent".
    for e in none_found:
        assert "не опровергает" in e["interpretation"]
        assert e["overall_consistency"] != "not_consistent"
        assert "перелом" not in e["diagnostic_tests"]  # no test contradicts the findings
    assert len(with_lesions) < len(exams)


def test_complaints_are_filed_under_articles_that_fit(
        bodies: dict[str, list[dict[str, Any]]]) -> None:
    articles = Counter(c.get("article") for c in bodies["complaint"] if c.get("article"))
    assert {"146-1", "146-2", "362-4"} <= set(articles)
    assert articles["146-2"] < sum(articles.values())
    assert demo.article_words("146-2") == "ч. 2 ст. 146"
    assert demo.complaint_article("protest", ["beating_fists_feet"], minor=False, female=False,
                                  perpetrators=1) == "362-4"
    assert demo.complaint_article("police", ["electric_shocks"], minor=True, female=False,
                                  perpetrators=1) == "146-2"


def test_case_titles_are_distinct(bodies: dict[str, list[dict[str, Any]]]) -> None:
    titles = [c["title"] for c in bodies["case"]]
    assert len(titles) == len(set(titles))


CODE_REGION = {"ЛА-155": "almaty", "155/": "almaty", "ЖД-158": "taraz", "ЗК-169": "kyzylorda",
               "ЕЦ-166": "astana", "УК-161": "shymkent", "ЕС-164": "petropavlovsk",
               "АК-159": "karaganda", "ГМ-172": "aktobe"}


def test_facility_codes_are_cyrillic_and_in_their_region(
        bodies: dict[str, list[dict[str, Any]]]) -> None:
    codes = [(f["code"], f["city"]) for f in bodies["facility"] if f.get("code")]
    assert any(c.startswith("ЕС-164/") for c, _ in codes)
    for code, city in codes:
        assert not re.search(r"[A-Za-z]", code), code
        region = next(v for k, v in CODE_REGION.items() if code.startswith(k))
        assert region == city, code


def test_the_demo_tables_live_in_resources() -> None:
    root = Path(demo.__file__).resolve().parent.parent / "resources" / "demo"
    assert {p.stem for p in root.glob("*.json")} >= {"names", "places", "stories", "medicine"}
    source = Path(demo.__file__).read_text(encoding="utf-8")
    assert "Ахметжанов" not in source and "Кенжебаев" not in source
