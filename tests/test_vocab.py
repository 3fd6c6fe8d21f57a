"""Controlled vocabularies: the shipped data files and the loader."""

from __future__ import annotations

import json
import re

import pytest

import resources
from app import schema, vocab
from storage.errors import InvalidInput

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")
KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")  # letters Russian does not use

REQUIRED = {
    "methods", "case_status", "complaint_status", "complaint_body", "facility_type",
    "body_region", "body_view", "lesion_type", "consistency", "lesion_age", "gender",
    "relation", "language", "role_in_case", "consent_purpose", "consent_value",
    "reprisal_risk", "npm_checklist", "checklist_rating", "recommendation_status",
    "detention_access", "evidence_type", "city",
}  # fmt: skip


@pytest.fixture
def scratch_vocab(tmp_path, monkeypatch):
    """Point the loader at an empty folder; returns a function writing one file there."""
    folder = tmp_path / "vocab"
    folder.mkdir()
    monkeypatch.setattr(resources, "ROOT", tmp_path)
    vocab.load.cache_clear()

    def write(name: str, data: object) -> None:
        (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")

    yield write
    vocab.load.cache_clear()  # drop the scratch vocabularies before other tests run


def test_required_vocabularies_are_shipped():
    assert set(vocab.names()) >= REQUIRED
    assert vocab.names() == sorted(vocab.names())


@pytest.mark.parametrize("name", vocab.names())
def test_vocabulary_file_is_well_formed(name):
    v = vocab.load(name)
    assert v.name == name
    assert len(v.codes) == len(set(v.codes)) == len(v) > 0
    for item in v.items:
        code = item["code"]
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", code), code
        assert set(item) <= {"code", *vocab.LANGS, "group", "synonyms"}, code
        for lang in vocab.LANGS:
            assert isinstance(item.get(lang), str), (code, lang)
            assert item[lang].strip() == item[lang] != "", (code, lang)
        for lang in ("ru", "kk"):
            assert CYRILLIC.search(item[lang]), f"{name}.{code}: {lang} label is not Cyrillic"
            assert not LATIN.search(item[lang]), f"{name}.{code}: English left in {lang} label"
        assert not KAZAKH_ONLY & set(item["ru"]), f"{name}.{code}: Kazakh letters in ru label"


@pytest.mark.parametrize("name", vocab.names())
def test_kazakh_labels_are_kazakh_not_copied_russian(name):
    kk = [item["kk"] for item in vocab.load(name).items]
    assert any(KAZAKH_ONLY & set(label) for label in kk), name


def test_methods_cover_the_documented_practices():
    methods = vocab.load("methods")
    assert len(methods) >= 30
    for code in (
        "beating_fists_feet", "beating_truncheon", "beating_soles_palms", "hanging_by_hands",
        "stress_positions", "forced_nudity", "strip_search_filmed", "electric_shocks",
        "stun_gun", "suffocation_plastic_bag", "burning_iron", "boiling_water",
        "cold_water_outdoors", "needles_under_nails", "pulling_teeth", "rape",
        "rape_with_object", "threat_rape", "threat_kill", "threat_relatives",
        "mock_execution", "cold_cell", "solitary_confinement", "denial_medical_care",
        "removal_from_hospital", "incommunicado", "other",
    ):  # fmt: skip
        assert code in methods, code
    # Every method reads differently in Kazakh and Russian: no untranslated copies.
    assert all(item["kk"] != item["ru"] for item in methods.items)


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("consistency",
         ("not_consistent", "consistent", "highly_consistent", "typical", "diagnostic")),
        ("consent_purpose",
         ("documentation", "share_coordinator", "submit_authorities", "publication",
          "photographs", "medical_records", "statistics")),
        ("consent_value", ("given", "anonymised", "refused", "not_asked")),
        ("reprisal_risk", ("none", "low", "medium", "high")),
        ("gender", ("female", "male", "other", "unknown")),
        ("checklist_rating", ("adequate", "partly", "inadequate", "not_checked")),
        ("detention_access", ("given", "refused", "delayed", "unknown")),
        ("body_view", ("front", "back", "left", "right", "head", "hands", "feet")),
    ],
)
def test_fixed_scales_have_exactly_these_codes_in_order(name, codes):
    assert vocab.load(name).codes == codes


@pytest.mark.parametrize(
    ("name", "some_codes"),
    [
        ("complaint_status", {"registered", "registration_refused", "investigation_opened",
                              "closed_no_corpus_delicti", "closed_no_evidence", "plea_bargain",
                              "sent_to_court", "conviction", "acquittal", "amnesty"}),
        ("complaint_body", {"prosecutor", "special_prosecutor", "prosecutor_general",
                            "ombudsman", "court", "un_special_rapporteur", "un_cat", "other"}),
        ("facility_type", {"ivs", "sizo", "colony", "police_station", "psychiatric",
                           "addiction_centre", "military_unit", "makeshift"}),
        ("lesion_type", {"bruise", "abrasion", "laceration", "burn", "scar", "fracture",
                         "swelling", "puncture", "electrical_mark"}),
        ("lesion_age", {"fresh_24h", "days_1_3", "days_3_7", "weeks_1_2", "older", "healed"}),
        ("body_region", {"head", "face", "neck", "chest", "abdomen", "back", "arms", "hands",
                         "legs", "feet", "soles", "genitals"}),
        ("relation", {"self", "mother", "father", "spouse", "sibling", "child",
                      "other_relative", "lawyer", "cellmate", "witness", "other"}),
        ("language", {"ru", "kk", "en", "uz", "ky", "other"}),
        ("role_in_case", {"victim", "relative", "witness", "alleged_perpetrator",
                          "interviewer", "lawyer"}),
        ("recommendation_status", {"open", "in_progress", "implemented", "not_implemented"}),
        ("evidence_type", {"photo", "scan", "audio", "video", "document", "other"}),
        ("city", {"almaty", "astana", "shymkent", "taraz", "kyzylorda", "karaganda",
                  "petropavlovsk", "aktobe", "oral", "pavlodar", "semey", "oskemen", "atyrau",
                  "kostanay", "zhanaozen", "other"}),
    ],
)
def test_vocabularies_hold_the_documented_codes(name, some_codes):
    assert some_codes <= set(vocab.load(name).codes)


def test_npm_checklist_groups_conditions_and_safeguards():
    v = vocab.load("npm_checklist")
    groups = {item["code"]: item.get("group") for item in v.items}
    assert set(groups.values()) == {"conditions", "safeguards"}
    assert {c for c, g in groups.items() if g == "conditions"} >= {
        "space", "light", "ventilation", "temperature", "water", "toilet", "bedding", "food",
        "hygiene", "outdoor_time",
    }  # fmt: skip
    assert {c for c, g in groups.items() if g == "safeguards"} >= {
        "registration_of_detention", "access_to_lawyer", "family_notification",
        "medical_exam_on_admission",
    }  # fmt: skip


def test_every_vocabulary_a_schema_uses_exists():
    shipped = set(vocab.names())
    for kind in schema.KINDS.values():
        for path, f in schema.walk_fields(kind.fields):
            if f.vocab:
                assert f.vocab in shipped, f"{kind.name}.{path} uses missing {f.vocab!r}"


def test_labels_and_membership():
    methods = vocab.load("methods")
    assert methods.label("beating_fists_feet") == "Beating with fists and feet"
    assert methods.label("beating_fists_feet", "ru") == "Избиение кулаками и ногами"
    assert methods.label("beating_fists_feet", "kk") == "Жұдырықпен және аяқпен ұру"
    assert methods.label("beating_fists_feet", "de") == "Beating with fists and feet"
    assert methods.label("retired_code", "ru") == "retired_code"  # old records still display
    assert methods.labels("rape") == {"en": "Rape", "ru": "Изнасилование", "kk": "Зорлау"}
    assert "rape" in methods
    assert "Rape" not in methods
    assert 5 not in methods
    assert list(methods) == list(methods.codes)


def test_load_is_cached_and_read_only():
    v = vocab.load("gender")
    assert vocab.load("gender") is v
    with pytest.raises(TypeError):
        v.items[0]["en"] = "changed"  # type: ignore[index]


@pytest.mark.parametrize("name", ["no_such_vocabulary", "../vocab/methods", "Methods", "", 3])
def test_unknown_or_unsafe_names_are_invalid_input(name):
    with pytest.raises(InvalidInput):
        vocab.load(name)


def test_missing_translation_falls_back_to_english(scratch_vocab):
    scratch_vocab("tiny", {"name": "tiny", "items": [
        {"code": "one", "en": "One", "ru": "Один", "kk": ""},
        {"code": "two", "en": "Two"},
    ]})  # fmt: skip
    tiny = vocab.load("tiny")
    assert vocab.names() == ["tiny"]
    assert tiny.codes == ("one", "two")
    assert tiny.label("one", "ru") == "Один"
    assert tiny.label("one", "kk") == "One"
    assert tiny.label("two", "ru") == "Two"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ({"name": "other", "items": [{"code": "a", "en": "A"}]}, "name"),
        ({"name": "bad", "items": []}, "non-empty"),
        ({"name": "bad", "items": [{"code": "Bad-Code", "en": "A"}]}, "snake_case"),
        ({"name": "bad", "items": [{"code": "a", "en": "A"}, {"code": "a", "en": "B"}]},
         "duplicate"),
        ({"name": "bad", "items": [{"code": "a", "ru": "А"}]}, "English"),
        ({"name": "bad", "items": [{"code": "a", "en": 1}]}, "strings"),
    ],
)
def test_malformed_files_are_rejected(scratch_vocab, data, why):
    scratch_vocab("bad", data)
    with pytest.raises(ValueError, match=why):
        vocab.load("bad")
