"""Record schemas: validation, normalisation and what the index derives.

All people and places in the fixtures are fictional.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from typing import Any

import pytest

from app import schema, vocab
from storage.errors import InvalidInput, ValidationError

CASE = "0c5e8a9e-3f1b-4c2d-9e7a-5b6c7d8e9f01"
VICTIM = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c01"
MOTHER = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c02"
OFFICER = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c03"
CELLMATE = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c04"
IVS = "2b3c4d5e-6f7a-4b2c-9d3e-4f5a6b7c8d01"
COLONY = "2b3c4d5e-6f7a-4b2c-9d3e-4f5a6b7c8d02"
EXAM = "3c4d5e6f-7a8b-4c3d-8e4f-5a6b7c8d9e01"
PHOTO = "4d5e6f7a-8b9c-4d4e-9f5a-6b7c8d9e0f01"
PHOTO2 = "4d5e6f7a-8b9c-4d4e-9f5a-6b7c8d9e0f02"
LESION = "5e6f7a8b-9c0d-4e5f-8a6b-7c8d9e0f1a01"
COMPLAINT = "6f7a8b9c-0d1e-4f6a-9b7c-8d9e0f1a2b01"
VISIT = "7a8b9c0d-1e2f-4a7b-8c8d-9e0f1a2b3c01"
SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

# One or more realistic bodies per kind, already normalised, together using every field.
FIXTURES: dict[str, list[dict[str, Any]]] = {
    "person": [
        {  # a victim whose identity is protected
            "full_name": "Ерлан Сейтқалиұлы Жұмабаев",
            "other_names": ["Erlan Zhumabayev", "Ерлан Жумабаев"],
            "pseudonym": "V-07",
            "protected": True,
            "date_of_birth": "1991-03",
            "gender": "male",
            "nationality": "казах",
            "languages": ["kk", "ru"],
            "city": "taraz",
            "minor": False,
            "health_conditions": "Гипертония; после задержания — головные боли.",
            "contact": "+7 701 000 00 00, ул. Абая 1, кв. 5",
            "do_not_contact": True,
            "reprisal_risk": "high",
            "reprisal_notes": "После жалобы возбуждено новое дело по ст. 274.",
            "roles": ["victim"],
            "role_notes": "Задержан 6 января 2022 г. у акимата.",
            "foreign_national": False,
            "activist": True,
            "case_ids": [CASE],
            "same_as": [CELLMATE],
            "notes": "Связь только через адвоката.",
        },
        {  # an alleged perpetrator known by rank and face
            "full_name": "Серик (фамилия неизвестна)",
            "gender": "male",
            "agency": "police",
            "age": 40,
            "roles": ["alleged_perpetrator"],
            "rank": "капитан полиции",
            "position": "оперуполномоченный",
            "unit": "Управление полиции г. Тараз",
            "recognise_by_sight": True,
            "description": "Высокий, с усами, шрам над левой бровью.",
        },
        {  # a minor witness
            "pseudonym": "W-12",
            "gender": "female",
            "minor": True,
            "disability": True,
            "disability_notes": "Нарушение слуха; нужен сурдопереводчик.",
            "languages": ["sign", "kk"],
            "reprisal_risk": "medium",
        },
    ],
    "case": [
        {
            "reference": "TRZ-2022-031",
            "title": "Избиение в ИВС г. Тараз",
            "summary": "Задержан 6 января 2022 года, трое суток в ИВС без адвоката.",
            "city": "taraz",
            "oblast": "zhambyl",
            "region": "Жамбылская область",
            "status": "closed",
            "opened_on": "2022-01-20",
            "closed_on": "2023-02",
            "victim_ids": [VICTIM],
            "case_worker": "Айгерім Н.",
            "tags": ["январь-2022", "ИВС"],
            "reprisal_risk": "medium",
            "reprisal_notes": "Матери звонили из полиции, требовали забрать жалобу.",
            "notes": "Материалы переданы координатору.",
        }
    ],
    "detention": [
        {
            "case_id": CASE,
            "person_id": VICTIM,
            "facility_id": IVS,
            "facility_name": "ИВС ДП Жамбылской области",
            "facility_code": "ИВС-1",
            "city": "taraz",
            "detaining_authority": "Полиция г. Тараз",
            "from_date": "2022-01-06",
            "to_date": "2022-01-09",
            "hours_before_registration": 52,
            "lawyer_access": "refused",
            "family_access": "delayed",
            "charges": ["272-2", "269-2"],
            "conditions": "Камера на 4 места, 9 человек, без матрасов.",
            "notes": "Переведён в СИЗО 155/18.",
        }
    ],
    "facility": [
        {
            "name": "Учреждение ЕС-164/1",
            "other_names": ["Колония в Петропавловске"],
            "code": "EC-164/1",
            "type": "colony",
            "city": "petropavlovsk",
            "region": "Северо-Казахстанская область",
            "address": "ул. Промышленная, 1",
            "authority": "Комитет уголовно-исполнительной системы МВД",
            "capacity": 1200,
            "notes": "Жалобы на избиения при этапировании.",
        }
    ],
    "interview": [
        {
            "case_id": CASE,
            "interviewee_id": MOTHER,
            "relation": "mother",
            "interviewer": "Айгерім Н.",
            "date": "2022-01-20",
            "place": "Дома у заявительницы",
            "city": "taraz",
            "language": "kk",
            "interpreter": "Дана С.",
            "consent": {
                "documentation": "given",
                "share_coordinator": "given",
                "submit_authorities": "given",
                "publication": "refused",
            },
            "consent_notes": "Без упоминания места работы.",
            "account": "Ұлым келгенде қолдары, іші, бүйірі мен арқасы көгеріп кеткен еді.",
            "reprisal_risk": "high",
            "follow_up": "Проверить, подана ли жалоба в прокуратуру.",
        }
    ],
    "incident": [
        {
            "case_id": CASE,
            "victim_ids": [VICTIM],
            "date": "2022-01",
            "end_date": "2022-01-09",
            "time": "ночь",
            "place": "ИВС г. Тараз, кабинет на 2-м этаже",
            "city": "taraz",
            "facility_id": IVS,
            "narrative": "Надели пакет на голову, били по пяткам.\nУгрожали семье.",
            "methods": ["beating_fists_feet", "beating_soles_palms", "suffocation_plastic_bag"],
            "methods_other": "Лишение сна",
            "perpetrator_ids": [OFFICER],
            "perpetrators_unidentified": "Двое в масках.",
            "perpetrators": [
                {"person_id": OFFICER, "agency": "police", "involvement": "carried_out",
                 "description": "Капитан, начальник смены"},
                {"agency": "police", "involvement": "failed_to_prevent"},
            ],
            "acts": [{"victim_id": VICTIM, "methods": ["suffocation_plastic_bag"],
                      "description": "Пакет на голову трижды."}],
            "witness_ids": [CELLMATE],
            "consequences": "Перелом ребра, бессонница.",
        }
    ],
    "medical_exam": [
        {
            "case_id": CASE,
            "person_id": VICTIM,
            "examiner": {
                "name": "Д-р Гүлжан Оспанова",
                "qualifications": "Судебно-медицинский эксперт",
                "organisation": "Независимая медицинская группа",
            },
            "date": "2022-01-25",
            "start_time": "10:30",
            "end_time": "12:05",
            "place": "Офис НКО, Тараз",
            "institution_type": "ngo_office",
            "present": ["Д-р Оспанова (врач)", "Дана С. (переводчик)"],
            "police_present": False,
            "time_limits": "Не было",
            "consent_evaluation": "given",
            "consent_photos": "given",
            "consent_notes": "Разъяснено право остановить осмотр в любой момент.",
            "clinician_gender": "female",
            "interpreter_gender": "female",
            "allegations": "Избиение, удушение пакетом.",
            "methods": ["beating_fists_feet", "suffocation_plastic_bag"],
            "symptoms": "Боль в грудной клетке слева.",
            "history_before": "Здоров.",
            "history_after": "Кошмары, бессонница.",
            "physical_findings": "Множественные кровоподтёки спины.",
            "diagnostic_tests": "Рентген: перелом 7-го ребра слева.",
            "psychological_evaluation": "Признаки ПТСР.",
            "interpretation": "Находки соответствуют описанию.",
            "overall_consistency": "highly_consistent",
            "conclusions": "В значительной степени соответствует заявленному.",
            "recommendations": "Консультация психиатра.",
            "referral": "Центр реабилитации.",
            "reprisal_risk": "high",
            "attestation": {
                "clinician_name": "Гүлжан Оспанова",
                "qualifications": "Судебно-медицинский эксперт",
                "statement": "Подтверждаю достоверность изложенного.",
                "signed_on": "2022-01-25",
            },
        }
    ],
    "lesion": [
        {
            "exam_id": EXAM,
            "marker": "L3",
            "body_region": "back",
            "view": "back",
            "x": 430,
            "y": 380,
            "type": "bruise",
            "length_mm": 120,
            "width_mm": 25,
            "shape": "линейный, «трамвайная линия»",
            "colour": "сине-багровый",
            "estimated_age": "days_3_7",
            "consistency": "typical",
            "methods": ["beating_truncheon"],
            "description": "Два параллельных кровоподтёка.",
            "photo_ids": [PHOTO, PHOTO2],
        }
    ],
    "complaint": [
        {
            "case_id": CASE,
            "body": "prosecutor",
            "addressee": "Прокуратура Жамбылской области",
            "city": "taraz",
            "filed_on": "2022-02-01",
            "filed_by": "Адвокат Б. Касымов",
            "reference_number": "ЖТ-2022/145",
            "registration_number": "221300031000045",
            "article": "146-2",
            "status": "closed_no_corpus_delicti",
            "outcome_on": "2022-09-15",
            "history": [{"on": "2022-02-02", "status": "registered"},
                        {"on": "2022-09-15", "status": "closed_no_corpus_delicti"}],
            "response": "Прекращено за отсутствием состава преступления.",
            "suspect_identified": False,
            "victim_status": True,
            "steps": [
                {"step": "appeal_judge", "body": "investigating_judge",
                 "addressee": "Следственный судья районного суда г. Тараз",
                 "filed_on": "2022-09-25", "reference_number": "№ 7112-22",
                 "decided_on": "2022-10-10", "outcome": "closure_overturned",
                 "history": [{"on": "2022-10-10", "status": "closure_overturned",
                              "note": "Постановление отменено"}],
                 "notes": "Жалоба по ст. 106 УПК РК."},
            ],
            "appeal_of": COMPLAINT,
            "reprisals": "Заявителю предъявлено обвинение в ложном доносе.",
            "notes": "Обжаловать в суд.",
        }
    ],
    "npm_visit": [
        {
            "facility_id": COLONY,
            "started_at": "2023-03-14T09:40+05:00",
            "ended_at": "2023-03-14T17:10+05:00",
            "team": ["Айгерім Н.", "Олег П."],
            "announced": False,
            "obstruction": "Пропустили через 2 часа; часть осуждённых вывели.",
            "areas_visited": ["ШИЗО", "медчасть", "отряд № 3"],
            "headcount": 812,
            "registers_checked": ["журнал травм", "журнал ШИЗО"],
            "checklist": [
                {"item": "space", "rating": "inadequate", "note": "2,1 м² на человека"},
                {"item": "toilet", "rating": "partly"},
                {"item": "access_to_lawyer", "rating": "not_checked"},
            ],
            "allegations": "Избиения при этапировании.",
            "private_interviews": [
                {
                    "code": "D-01",
                    "consent": True,
                    "fear_of_reprisal": True,
                    "account": "Били дубинками в карантине.",
                    "recheck_next_visit": True,
                },
                {"code": "Д-02", "consent": False},
            ],
            "findings": "Переполненность, признаки насилия.",
            "recommendations": [
                {"id": "R1", "text": "Обеспечить видеозапись в карантине.", "status": "open"},
                {
                    "id": "R2",
                    "text": "Провести медосмотр всех прибывших.",
                    "status": "partly_implemented",
                    "follow_up_note": "Осмотр проводится, но без фиксации травм.",
                },
            ],
            "previous_visit_id": VISIT,
        }
    ],
    "evidence": [
        {
            "record_id": LESION,
            "case_id": CASE,
            "type": "photo",
            "sha256": SHA,
            "size": 2_483_117,
            "filename": "IMG_0412.jpg",
            "mime": "image/jpeg",
            "captured_at": "2022-01-25T11:02:37+05:00",
            "gps": {"lat_e7": 428_991_000, "lon_e7": 713_654_000},
            "camera": "Samsung SM-A525F",
            "obtained_from": "Снято на осмотре",
            "custody_notes": "Скопировано с телефона врача 25.01.2022.",
            "description": "Кровоподтёки спины с линейкой и цветовой шкалой.",
        }
    ],
    "death_in_custody": [
        {
            "case_id": CASE,
            "person_id": VICTIM,
            "died_on": "2022-01-12",
            "facility_id": IVS,
            "facility_name": "ИВС ДП г. Тараз",
            "city": "taraz",
            "custody_authority": "police",
            "official_cause": "острая сердечная недостаточность",
            "official_account": "Стало плохо в камере ночью.",
            "family_account": "Накануне видели следы побоев на лице.",
            "family_disputes_cause": True,
            "body_marks": "Кровоподтёки на запястьях.",
            "autopsy_done": True,
            "autopsy_by": "Центр судебных экспертиз",
            "autopsy_findings": "Переломы рёбер.",
            "independent_autopsy": False,
            "investigation": "closed",
            "complaint_id": COMPLAINT,
            "notes": "Семье выдали тело через 5 дней.",
        }
    ],
    "reprisal": [
        {
            "case_id": CASE,
            "kind": "honour_dignity_suit",
            "target_id": MOTHER,
            "target_role": "defender",
            "date": "2022-05-10",
            "city": "taraz",
            "by_whom": "Начальник ИВС",
            "agency": "police",
            "description": "Иск о защите чести и достоинства за интервью.",
            "court_reference": "2-1234/22",
            "claimant": "Начальник ИВС",
            "outcome": "claim_rejected",
            "outcome_on": "2022-08-01",
            "complaint_id": COMPLAINT,
            "notes": "Требовал 5 млн тенге.",
        }
    ],
    "state_exam": [
        {
            "case_id": CASE,
            "person_id": VICTIM,
            "ordered_by": "Следователь ДП, постановление от 21.01.2022",
            "ordered_on": "2022-01-21",
            "number": "№ 145",
            "performed_by": "Центр судебных экспертиз, Тараз",
            "performed_on": "2022-02-04",
            "days_after_injury": 27,
            "findings": "Ссадины запястий.",
            "conclusion": "Вред здоровью не причинён.",
            "harm_grade": "none",
            "family_saw_it": False,
            "compared_with_id": EXAM,
            "discrepancies": "Не описаны кровоподтёки спины.",
            "notes": "Копию выдали через год.",
        }
    ],
}

# Whose account or behalf (app.disclosure): the consent block of the schema.
FIXTURES["incident"][0]["account_of"] = [MOTHER]
FIXTURES["complaint"][0]["on_behalf_of"] = [VICTIM]
FIXTURES["evidence"][0]["provided_by"] = MOTHER
FIXTURES["consent"] = [{
    "person_id": VICTIM, "given_on": "2022-02-03", "recorded_by": "Адвокат Н. Ержанова",
    "consent": {"documentation": "given", "share_coordinator": "refused",
                "publication": "anonymised", "statistics": "given"},
}]
# What travels for statistics in place of a withheld incident or complaint (app.stubs).
FIXTURES["statistics_stub"] = [
    {"of_kind": "incident", "city": "taraz", "month": "2022-01",
     "methods": ["beating_fists_feet"]},
    {"of_kind": "complaint", "oblast": "zhambyl", "month": "2022-02", "body": "prosecutor",
     "status": "filed"},
]

# The smallest valid body of each kind: a base for the error tests.
MINIMAL: dict[str, dict[str, Any]] = {
    "person": {"pseudonym": "A-1"},
    "case": {"title": "Дело"},
    "detention": {"case_id": CASE, "person_id": VICTIM},
    "facility": {"name": "СИЗО 155/18"},
    "interview": {"case_id": CASE},
    "incident": {"case_id": CASE},
    "medical_exam": {"case_id": CASE, "person_id": VICTIM},
    "lesion": {"exam_id": EXAM},
    "complaint": {"case_id": CASE, "body": "court"},
    "npm_visit": {"facility_id": COLONY, "started_at": "2023-03-14T10:00"},
    "evidence": {"sha256": SHA, "size": 0},
    "death_in_custody": {"case_id": CASE, "person_id": VICTIM},
    "reprisal": {"case_id": CASE, "kind": "threat"},
    "state_exam": {"case_id": CASE, "person_id": VICTIM},
    "consent": {"person_id": VICTIM},
    "statistics_stub": {"of_kind": "incident"},
}


def fixture(kind: str, i: int = 0) -> dict[str, Any]:
    return copy.deepcopy(FIXTURES[kind][i])


def errors_of(kind: str, body: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        schema.validate(kind, body)
    assert caught.value.kind == kind
    return caught.value.errors


ALL_FIXTURES = [(k, i) for k, bodies in FIXTURES.items() for i in range(len(bodies))]


# --- the tables themselves ------------------------------------------------------------


def test_kind_names():
    assert schema.kind_names() == [
        "person", "case", "detention", "facility", "interview", "incident",
        "medical_exam", "lesion", "complaint", "npm_visit", "evidence", "death_in_custody",
        "reprisal", "state_exam", "consent", "statistics_stub",
    ]  # fmt: skip
    assert set(FIXTURES) == set(MINIMAL) == set(schema.KINDS)


@pytest.mark.parametrize("kind", schema.kind_names())
def test_field_definitions_are_coherent(kind):
    k = schema.KINDS[kind]
    assert k.name == kind and k.label
    for path, f in schema.walk_fields(k.fields):
        assert re.fullmatch(r"[a-z][a-z0-9_]*", f.name), path
        assert f.label, path
        assert f.ref_kind is None or f.ref_kind in schema.KINDS, path
        names = [sub.name for sub in f.fields]
        assert len(names) == len(set(names)), path
    names = [f.name for f in k.fields]
    assert len(names) == len(set(names))
    # Index columns point at fields of the right type.
    expect = {
        "case_field": ("ref", "case"),
        "facility_field": ("ref", "facility"),
        "city_field": ("enum", "city"),
    }
    for attr, (ftype, target) in expect.items():
        if name := getattr(k, attr):
            f = k.field(name)
            assert f.type == ftype and target in (f.ref_kind, f.vocab), (kind, attr)
    if k.status_field:
        assert k.field(k.status_field).type == "enum"
    if k.date_field:
        assert k.field(k.date_field).type in ("date", "datetime")


def test_consent_fields_follow_the_consent_purpose_vocabulary():
    consent = schema.KINDS["interview"].field("consent")
    assert tuple(f.name for f in consent.fields) == vocab.load("consent_purpose").codes
    assert {f.vocab for f in consent.fields} == {"consent_value"}


def test_bad_field_definitions_fail_at_import_time():
    with pytest.raises(ValueError, match="unknown field type"):
        schema.Field("x", "blob")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="vocab"):
        schema.Field("x", "enum")
    with pytest.raises(ValueError, match="nested"):
        schema.Field("x", "objects")
    f = schema.Field("victim_ids", "refs", ref_kind="person")
    assert f.label == "Victim" and f.item_type == "ref" and f.is_list
    assert schema.Field("title", "str").max_len == 500
    assert schema.Field("narrative", "text").max_len == 200_000


# --- validation: the fixtures ---------------------------------------------------------


@pytest.mark.parametrize(("kind", "i"), ALL_FIXTURES)
def test_realistic_body_validates_unchanged(kind, i):
    body = fixture(kind, i)
    assert schema.validate(kind, body) == body
    assert body == FIXTURES[kind][i]  # the input is not modified


@pytest.mark.parametrize("kind", schema.kind_names())
def test_fixtures_exercise_every_field(kind):
    used = {name for body in FIXTURES[kind] for name in body}
    assert used == {f.name for f in schema.KINDS[kind].fields}


@pytest.mark.parametrize("kind", schema.kind_names())
def test_minimal_body_validates(kind):
    assert schema.validate(kind, MINIMAL[kind]) == MINIMAL[kind]


def test_unknown_kind_is_invalid_input_everywhere():
    for call in (schema.validate, schema.index_fields, schema.references, schema.search_text):
        with pytest.raises(InvalidInput, match="unknown record kind") as caught:
            call("torture", {})
        assert not isinstance(caught.value, ValidationError)


@pytest.mark.parametrize("body", [None, [], "{}", 3])
def test_body_must_be_an_object(body):
    assert errors_of("case", body) == {"$": "must be a JSON object"}


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("case", "opened_on", "2022"),
        ("case", "opened_on", "2022-01"),
        ("case", "opened_on", "2024-02-29"),
        ("npm_visit", "started_at", "2023-03-14T10:00"),
        ("npm_visit", "started_at", "2023-03-14T10:00:59"),
        ("npm_visit", "started_at", "2023-03-14T10:00Z"),
        ("npm_visit", "started_at", "2023-03-14T10:00:05-03:30"),
        ("lesion", "x", 0),
        ("lesion", "x", 1000),
        ("medical_exam", "start_time", "23:59"),
        ("evidence", "size", 2**53),
    ],
)
def test_accepted_values(kind, field, value):
    body = {**MINIMAL[kind], field: value}
    if kind == "lesion":
        body["y"] = 1
    assert schema.validate(kind, body)[field] == value


# --- validation: every error category, with its field path ----------------------------


@pytest.mark.parametrize(
    ("kind", "changes", "path", "message"),
    [
        # required (absent, None, blank after stripping) and unknown fields
        ("case", {"title": None}, "title", "required"),
        ("case", {"title": "   "}, "title", "required"),
        ("evidence", {"sha256": ""}, "sha256", "required"),
        ("case", {"colour": "red"}, "colour", "unknown field"),
        ("case", {"victim_ids ": [VICTIM]}, "victim_ids ", "unknown field"),
        # types
        ("case", {"title": 5}, "title", "must be a string"),
        ("case", {"tags": "ИВС"}, "tags", "must be a list"),
        ("case", {"tags": ["ИВС", 5]}, "tags[1]", "must be a string"),
        ("npm_visit", {"announced": "yes"}, "announced", "must be true or false"),
        ("interview", {"consent": "given"}, "consent", "must be an object"),
        ("lesion", {"x": "12", "y": 1}, "x", "must be an integer"),
        ("lesion", {"x": True, "y": 1}, "x", "must be an integer"),
        # no floats anywhere
        ("lesion", {"x": 12.5, "y": 1}, "x", "floats are not allowed; use an integer"),
        ("lesion", {"x": 12.0, "y": 1}, "x", "floats are not allowed; use an integer"),
        ("case", {"tags": [1.5]}, "tags[0]", "floats are not allowed; use an integer"),
        ("evidence", {"gps": {"lat_e7": 42.9, "lon_e7": 1}}, "gps.lat_e7",
         "floats are not allowed; use an integer"),
        # ranges and lengths
        ("lesion", {"x": 1001, "y": 1}, "x", "must be at most 1000"),
        ("lesion", {"x": -1, "y": 1}, "x", "must be at least 0"),
        ("evidence", {"size": -1}, "size", "must be at least 0"),
        ("evidence", {"size": 2**53 + 1}, "size", f"must be at most {2**53}"),
        ("case", {"title": "x" * 501}, "title", "must be at most 500 characters"),
        ("case", {"reference": "R" * 41}, "reference", "must be at most 40 characters"),
        ("case", {"title": "первая\nвторая"}, "title",
         "must be a single line, without control characters"),
        ("case", {"summary": "a\x00b"}, "summary", "must not contain control characters"),
        # dates and times
        ("case", {"opened_on": "20.01.2022"}, "opened_on",
         "not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ("case", {"opened_on": "2022-02-30"}, "opened_on",
         "not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ("case", {"opened_on": "2022-13"}, "opened_on",
         "not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ("case", {"opened_on": "2022-1-5"}, "opened_on",
         "not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ("case", {"opened_on": "٢٠٢٢"}, "opened_on",  # non-ASCII digits
         "not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ("npm_visit", {"started_at": "2023-03-14 10:00"}, "started_at",
         "not a valid date and time (YYYY-MM-DDTHH:MM[:SS][±HH:MM|Z])"),
        ("npm_visit", {"started_at": "2023-03-14"}, "started_at", "not a valid date and time"),
        ("npm_visit", {"started_at": "2023-03-14T24:00"}, "started_at",
         "not a valid date and time"),
        ("npm_visit", {"started_at": "2023-03-14T10:00+24:00"}, "started_at",
         "not a valid date and time"),
        ("npm_visit", {"started_at": "2023-03-14T10:00:00.5"}, "started_at",
         "not a valid date and time"),
        ("medical_exam", {"start_time": "9:05"}, "start_time", "must be HH:MM"),
        # vocabularies
        ("incident", {"methods": ["beating_fists_feet", "beatingx"]}, "methods[1]",
         "'beatingx' is not in vocabulary 'methods'"),
        ("case", {"status": "open"}, "status", "'open' is not in vocabulary 'case_status'"),
        ("case", {"status": "Active"}, "status", "'Active' is not in vocabulary 'case_status'"),
        # references
        ("detention", {"person_id": "Ерлан"}, "person_id", "not a valid record id (UUID)"),
        ("incident", {"witness_ids": [CELLMATE, "42"]}, "witness_ids[1]",
         "not a valid record id (UUID)"),
        # nested objects and lists of objects
        ("interview", {"consent": {"publication": "yes"}}, "consent.publication",
         "'yes' is not in vocabulary 'consent_value'"),
        ("interview", {"consent": {"photos": "given"}}, "consent.photos", "unknown field"),
        ("evidence", {"gps": {"lat_e7": 428_991_000}}, "gps.lon_e7", "required"),
        ("evidence", {"gps": {"lat_e7": 900_000_001, "lon_e7": 0}}, "gps.lat_e7",
         "must be at most 900000000"),
        ("npm_visit", {"checklist": [{"item": "light", "rating": "adequate"}, {"item": "water"},
                                     {"item": "food", "rating": "bad"}]},
         "checklist[2].rating", "'bad' is not in vocabulary 'checklist_rating'"),
        ("npm_visit", {"checklist": [{"rating": "adequate"}]}, "checklist[0].item", "required"),
        ("npm_visit", {"checklist": [{"item": "light", "mark": 3}]}, "checklist[0].mark",
         "unknown field"),
        ("npm_visit", {"checklist": {"item": "light"}}, "checklist", "must be a list"),
        ("npm_visit", {"checklist": ["light"]}, "checklist[0]", "must be an object"),
        ("npm_visit", {"private_interviews": [{"code": "Иван Петров"}]},
         "private_interviews[0].code", "must be a code without spaces, never a name"),
        ("evidence", {"sha256": SHA.upper()}, "sha256",
         "must be 64 lowercase hexadecimal characters"),
        ("evidence", {"mime": "JPEG"}, "mime", "must be a media type such as image/jpeg"),
        # rules across fields
        ("person", {"pseudonym": None, "protected": True, "full_name": "Ерлан"}, "pseudonym",
         "required when the identity is protected"),
        ("person", {"pseudonym": None}, "full_name", "give a name, a pseudonym or a description"),
        ("lesion", {"x": 10}, "y", "required together with x"),
        ("detention", {"from_date": "2022-01-06", "to_date": "2021-12"}, "to_date",
         "must not be before from_date"),
        ("complaint", {"filed_on": "2022-02-01", "outcome_on": "2022-01-31"}, "outcome_on",
         "must not be before filed_on"),
        ("npm_visit", {"ended_at": "2023-03-14T09:59"}, "ended_at",
         "must not be before started_at"),
        ("npm_visit", {"recommendations": [{"id": "R1", "text": "а"}, {"id": "R1", "text": "б"}]},
         "recommendations[1].id", "duplicate id 'R1'"),
    ],
)
def test_error_names_the_field(kind, changes, path, message):
    body = {**MINIMAL[kind], **changes}
    errors = errors_of(kind, body)
    assert path in errors, errors
    assert errors[path].startswith(message), errors


def test_every_bad_field_is_reported_at_once():
    body = fixture("npm_visit")
    body["headcount"] = -3
    body["announced"] = "нет"
    body["intruder"] = "x"
    body["checklist"][1]["rating"] = "fine"
    body["private_interviews"][0]["consent"] = 1
    body["recommendations"][1]["text"] = ""
    body["ended_at"] = "2023-03-14T08:00+05:00"
    del body["facility_id"]
    errors = errors_of("npm_visit", body)
    assert errors == {
        "facility_id": "required",
        "ended_at": "must not be before started_at",
        "announced": "must be true or false",
        "headcount": "must be at least 0",
        "checklist[1].rating": "'fine' is not in vocabulary 'checklist_rating'",
        "private_interviews[0].consent": "must be true or false",
        "recommendations[1].text": "required",
        "intruder": "unknown field",
    }
    text = str(ValidationError("npm_visit", errors))
    assert text.startswith("invalid npm_visit: ")
    assert "checklist[1].rating: 'fine' is not in vocabulary 'checklist_rating'" in text


# --- normalisation ----------------------------------------------------------------------


def test_normalisation():
    decomposed = unicodedata.normalize("NFD", "Ерлан Жұмабаев Йожегов")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    raw = {
        "title": "  Избиение в ИВС\t",
        "reference": "",
        "summary": "  Первая строка\r\nвторая\rтретья  \n",
        "city": " taraz ",
        "status": None,
        "victim_ids": [VICTIM.upper(), " ", None, VICTIM],
        "tags": ["  ИВС ", "", "январь"],
        "case_worker": decomposed,
        "reprisal_notes": "   ",
        "opened_on": " 2022-01-20 ",
        "notes": [],
        "closed_on": {},
    }
    before = copy.deepcopy(raw)
    out = schema.validate("case", raw)
    assert raw == before
    assert out == {
        "title": "Избиение в ИВС",
        "summary": "Первая строка\nвторая\nтретья",
        "city": "taraz",
        "opened_on": "2022-01-20",
        "victim_ids": [VICTIM],
        "case_worker": unicodedata.normalize("NFC", decomposed),
        "tags": ["ИВС", "январь"],
    }
    assert list(out) == [f.name for f in schema.KINDS["case"].fields if f.name in out]
    assert schema.validate("case", out) == out  # idempotent


def test_blank_values_in_lists_and_objects_are_dropped():
    raw = {
        **MINIMAL["incident"],
        "methods": ["rape", "", "rape", " stun_gun "],
        "victim_ids": [],
    }
    assert schema.validate("incident", raw) == {**MINIMAL["incident"],
                                                "methods": ["rape", "stun_gun"]}
    visit = {
        **MINIMAL["npm_visit"],
        "checklist": [{}, {"item": "light", "note": "  "}, {"item": None, "note": ""}],
        "team": [" ", None],
    }
    assert schema.validate("npm_visit", visit) == {**MINIMAL["npm_visit"],
                                                   "checklist": [{"item": "light"}]}
    interview = {**MINIMAL["interview"], "consent": {"publication": None, "documentation": ""}}
    assert schema.validate("interview", interview) == MINIMAL["interview"]


# --- index, references, search ---------------------------------------------------------


@pytest.mark.parametrize(("kind", "i"), ALL_FIXTURES)
def test_index_fields_shape(kind, i):
    idx = schema.index_fields(kind, fixture(kind, i))
    assert set(idx) == {"title", "case_id", "city", "facility_id", "status", "date", "flags"}
    assert 0 < len(idx["title"]) <= schema.TITLE_MAX
    assert idx["flags"] == sorted(idx["flags"])
    assert set(idx["flags"]) <= set(schema.FLAGS)
    assert idx["date"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", idx["date"])


def test_index_of_protected_person_shows_pseudonym_only():
    body = fixture("person")
    idx = schema.index_fields("person", body)
    assert idx == {
        "title": "V-07",
        "case_id": None,
        "city": "taraz",
        "facility_id": None,
        "status": None,
        "date": None,
        "flags": ["do_not_contact", "protected", "reprisal_risk"],
    }
    assert "Ерлан" not in repr(idx) and "Zhumabayev" not in repr(idx)
    # The same person unprotected is listed by name.
    body["protected"] = False
    assert schema.index_fields("person", body)["title"] == body["full_name"]
    assert "protected" not in schema.index_fields("person", body)["flags"]


def test_index_flags_for_women_minors_disability():
    witness = schema.index_fields("person", fixture("person", 2))
    assert witness["title"] == "W-12"
    assert witness["flags"] == ["disability", "minor", "reprisal_risk", "woman"]
    perpetrator = schema.index_fields("person", fixture("person", 1))
    assert perpetrator == {**perpetrator, "title": "Серик (фамилия неизвестна)", "flags": []}


def test_index_fields_of_records_in_a_case():
    complaint = schema.index_fields("complaint", fixture("complaint"))
    assert complaint == {
        "title": "Prosecutor's office · ЖТ-2022/145 · 2022-02-01",
        "case_id": CASE,
        "city": "taraz",
        "facility_id": None,
        "status": "closed_no_corpus_delicti",
        "date": "2022-02-01",
        "flags": ["reprisal_risk"],  # reprisals followed the complaint
    }
    visit = schema.index_fields("npm_visit", fixture("npm_visit"))
    assert visit["facility_id"] == COLONY
    assert visit["date"] == "2023-03-14"
    assert visit["title"] == "NPM visit · 2023-03-14"
    assert visit["flags"] == ["reprisal_risk"]  # a detainee fears reprisal
    case = schema.index_fields("case", fixture("case"))
    assert case["title"] == "TRZ-2022-031 — Избиение в ИВС г. Тараз"
    assert (case["status"], case["city"], case["date"]) == ("closed", "taraz", "2022-01-20")
    detention = schema.index_fields("detention", fixture("detention"))
    assert detention["title"] == "Detention · ИВС ДП Жамбылской области · 2022-01-06 – 2022-01-09"
    assert (detention["case_id"], detention["facility_id"]) == (CASE, IVS)
    lesion = schema.index_fields("lesion", fixture("lesion"))
    assert lesion["title"] == "L3 · Bruise · Back"
    evidence = schema.index_fields("evidence", fixture("evidence"))
    assert evidence["title"] == "Photo · IMG_0412.jpg"
    assert evidence["date"] == "2022-01-25"
    bare = schema.index_fields("evidence", MINIMAL["evidence"])
    assert bare["title"] == f"Evidence {SHA[:12]}"
    assert schema.index_fields("lesion", MINIMAL["lesion"])["title"] == "Lesion"


def test_long_titles_are_shortened():
    title = schema.index_fields("case", {"title": "Д" * 400})["title"]
    assert len(title) == schema.TITLE_MAX and title.endswith("…")


def test_references():
    assert schema.references("incident", fixture("incident")) == [
        ("case_id", CASE),
        ("victim_ids[0]", VICTIM),
        ("facility_id", IVS),
        ("perpetrator_ids[0]", OFFICER),
        ("perpetrators[0].person_id", OFFICER),
        ("acts[0].victim_id", VICTIM),
        ("witness_ids[0]", CELLMATE),
        ("account_of[0]", MOTHER),
    ]
    assert schema.references("lesion", fixture("lesion")) == [
        ("exam_id", EXAM), ("photo_ids[0]", PHOTO), ("photo_ids[1]", PHOTO2),
    ]  # fmt: skip
    assert schema.references("evidence", fixture("evidence")) == [
        ("record_id", LESION), ("case_id", CASE), ("provided_by", MOTHER),
    ]  # fmt: skip
    assert schema.references("facility", fixture("facility")) == []


@pytest.mark.parametrize(("kind", "i"), ALL_FIXTURES)
def test_references_find_every_id_in_the_body(kind, i):
    body = fixture(kind, i)
    ids_in_body = set(re.findall(r"[0-9a-f]{8}-[0-9a-f-]{27}", repr(body)))
    assert {ref for _, ref in schema.references(kind, body)} == ids_in_body


def test_search_text_has_free_text_and_labels_in_three_languages():
    text = schema.search_text("incident", fixture("incident"))
    lines = text.split("\n")
    assert "Надели пакет на голову, били по пяткам." in lines
    for label in ("Beating with fists and feet", "Избиение кулаками и ногами",
                  "Жұдырықпен және аяқпен ұру", "Удушение полиэтиленовым пакетом",
                  "Taraz", "Тараз", "Лишение сна"):
        assert label in lines, label
    assert lines.count("Тараз") == 1  # same label in ru and kk: listed once
    assert CASE not in text and "2022-01" not in text  # ids and dates are not text
    visit = schema.search_text("npm_visit", fixture("npm_visit"))
    assert "Били дубинками в карантине." in visit  # nested objects are searched
    assert "Жилая площадь на человека" in visit and "D-01" in visit
    interview = schema.search_text("interview", fixture("interview"))
    assert "арқасы көгеріп" in interview and "Мать" in interview and "Анасы" in interview


def test_search_text_never_reveals_a_protected_identity():
    body = fixture("person")
    text = schema.search_text("person", body)
    assert "V-07" in text
    assert "Гипертония" in text
    for secret in ("Ерлан", "Жұмабаев", "Zhumabayev", "Абая", "+7 701"):
        assert secret not in text, secret
    body["protected"] = False
    text = schema.search_text("person", body)
    assert "Ерлан Сейтқалиұлы Жұмабаев" in text and "Zhumabayev" in text


def test_acts_name_only_the_incidents_victims():
    body = {**MINIMAL["incident"], "victim_ids": [VICTIM],
            "acts": [{"victim_id": CELLMATE, "methods": ["stress_positions"]}]}
    assert "acts[0].victim_id" in errors_of("incident", body)


def test_a_multi_day_incident_cannot_end_before_it_began():
    body = {**MINIMAL["incident"], "date": "2022-01-08", "end_date": "2022-01-05"}
    assert errors_of("incident", body) == {"end_date": "must not be before date"}
