"""Demo data for the legal path: deaths in custody, reprisals, state forensic
examinations and complaints followed step by step to court and to the UN.

Called by app.demo while it builds its plan; every record goes through the same plan
(and so the same transaction and progress) as the rest of the demo. Every name is
invented; a test checks none is in the list of real names from the source reports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Add = Callable[[str, dict[str, Any]], Any]  # _Plan.add: (kind, body) → a reference

JANUARY = "Январь 2022"
LAWYER = "Адвокат Д. Сарсенбаева"
DEFENDER = "Правозащитник Р. Жаксылыков"


def add_legal_cases(add: Add, colony: Any) -> None:
    """Four cases whose paths the statistics page and the case report show; `colony` is
    the demo's reference to a colony in its facility register."""
    _death_in_custody(add)
    _reprisals(add)
    _multi_day(add)
    _colony(add, colony)


def _person(add: Add, **body: Any) -> Any:
    return add("person", {"roles": ["victim"], **body})


def _death_in_custody(add: Add) -> None:
    victim = _person(add, full_name="Серик Амангельдиевич Кульжанов", gender="male", age=41,
                     city="ekibastuz")
    mother = add("person", {"full_name": "Раушан Кульжанова", "gender": "female",
                            "roles": ["relative"], "city": "ekibastuz"})
    officer = add("person", {"description": "Дежурный ИВС, майор, около 45 лет",
                             "roles": ["alleged_perpetrator"], "agency": "police",
                             "rank": "майор полиции", "unit": "ИВС ОП г. Экибастуза"})
    case = add("case", {"reference": "EKB-2022-004", "title": "Смерть в ИВС г. Экибастуза",
                        "city": "ekibastuz", "status": "active", "opened_on": "2022-01-14",
                        "victim_ids": [victim], "tags": [JANUARY],
                        "summary": "Задержан 8 января 2022 года, через два дня умер в ИВС. "
                                   "Семья увидела следы побоев на теле."})
    add("incident", {"case_id": case, "victim_ids": [victim], "date": "2022-01-08",
                     "end_date": "2022-01-10", "city": "ekibastuz",
                     "place": "ИВС г. Экибастуза (вымышленный)",
                     "methods": ["beating_fists_feet", "beating_truncheon",
                                 "denial_medical_care"],
                     "perpetrator_ids": [officer],
                     "perpetrators": [
                         {"person_id": officer, "agency": "police",
                          "involvement": "failed_to_prevent"},
                         {"agency": "police", "involvement": "carried_out",
                          "description": "Двое в форме, лиц не запомнил сокамерник"}],
                     "narrative": "Три дня избивали в камере и на допросах; на жалобы на "
                                  "боль в груди врача не вызвали."})
    complaint = add("complaint", {
        "case_id": case, "body": "prosecutor", "city": "ekibastuz", "filed_on": "2022-01-12",
        "filed_by": "Раушан Кульжанова", "addressee": "Прокуратура г. Экибастуза",
        "registration_number": "225500031000017", "article": "146-3",
        "status": "sent_to_court", "outcome_on": "2022-11-20", "suspect_identified": True,
        "victim_status": True,
        "history": [{"on": "2022-01-13", "status": "registered"},
                    {"on": "2022-05-30", "status": "closed_no_evidence"}],
        "steps": [
            {"step": "appeal_judge", "body": "investigating_judge", "filed_on": "2022-06-08",
             "addressee": "Следственный судья Экибастузского городского суда",
             "reference_number": "№ 5510-22-00-1/214", "decided_on": "2022-06-20",
             "outcome": "closure_overturned",
             "notes": "Жалоба по ст. 106 УПК РК на постановление о прекращении."},
            {"step": "court", "body": "court", "filed_on": "2022-11-20",
             "addressee": "Экибастузский городской суд", "outcome": "sent_to_court"},
        ]})
    add("death_in_custody", {
        "case_id": case, "person_id": victim, "died_on": "2022-01-10", "city": "ekibastuz",
        "facility_name": "ИВС г. Экибастуза (вымышленный)", "custody_authority": "police",
        "official_cause": "острая сердечная недостаточность",
        "official_account": "Стало плохо ночью в камере; скорая констатировала смерть.",
        "family_account": "Мать видела сына 9 января на продлении ареста: лицо в "
                          "кровоподтёках, держался за рёбра.",
        "family_disputes_cause": True, "body_marks": "Кровоподтёки на лице и запястьях.",
        "autopsy_done": True, "autopsy_by": "Центр судебных экспертиз (вымышленный)",
        "autopsy_findings": "Переломы 5–7 рёбер слева, ушиб лёгкого.",
        "independent_autopsy": False, "investigation": "court", "complaint_id": complaint,
    })
    add("reprisal", {"case_id": case, "kind": "pressure_to_withdraw", "target_id": mother,
                     "target_role": "relative", "date": "2022-02-02", "city": "ekibastuz",
                     "by_whom": "Участковый инспектор", "agency": "police",
                     "description": "Предлагали забрать жалобу в обмен на выдачу тела без "
                                    "вскрытия.", "outcome": "no_consequence"})


def _reprisals(add: Add) -> None:
    victim = _person(add, full_name="Нурбол Бейсенович Жумагулов", gender="male", age=29,
                     activist=True, city="arkalyk")
    defender = add("person", {"full_name": "Руслан Жаксылыков", "gender": "male",
                              "roles": ["other"], "activist": True, "city": "kostanay"})
    case = add("case", {"reference": "ARK-2023-002", "title": "Пытки в полиции г. Аркалыка",
                        "city": "arkalyk", "status": "follow_up", "opened_on": "2023-03-02",
                        "victim_ids": [victim], "reprisal_risk": "high",
                        "summary": "После жалобы заявителя обвинили в ложном доносе, "
                                   "правозащитнику предъявили иски о защите чести."})
    exam = add("medical_exam", {"case_id": case, "person_id": victim, "date": "2023-03-04",
                                "overall_consistency": "highly_consistent",
                                "consent_evaluation": "given", "consent_photos": "given",
                                "examiner": {"name": "Д-р А. Сарыбекова (вымышленная)"},
                                "attestation": {
                                    "clinician_name": "Д-р А. Сарыбекова (вымышленная)",
                                    "statement": "Подтверждаю достоверность изложенного.",
                                    "signed_on": "2023-03-04"},
                                "physical_findings": "Кровоподтёки на спине и бёдрах, "
                                                     "линейные, 2–3 дня."})
    add("state_exam", {"case_id": case, "person_id": victim,
                       "ordered_by": "Следователь АПК, постановление от 10.03.2023",
                       "ordered_on": "2023-03-10", "number": "№ 318",
                       "performed_by": "Центр судебных экспертиз (вымышленный)",
                       "performed_on": "2023-03-21", "days_after_injury": 20,
                       "findings": "Ссадины запястий.", "harm_grade": "none",
                       "conclusion": "Телесные повреждения вреда здоровью не причинили.",
                       "family_saw_it": False, "compared_with_id": exam,
                       "discrepancies": "Кровоподтёки спины, описанные 4 марта, не указаны; "
                                        "осмотр через 20 дней."})
    complaint = add("complaint", {
        "case_id": case, "body": "anti_corruption", "city": "arkalyk",
        "filed_on": "2023-03-03", "filed_by": LAWYER,
        "addressee": "Департамент Агентства по противодействию коррупции",
        "registration_number": "233900031000088", "article": "146-2",
        "status": "interrupted_no_perpetrator", "outcome_on": "2023-07-15",
        "victim_status": True,
        "steps": [
            {"step": "appeal_prosecutor", "body": "higher_prosecutor",
             "filed_on": "2023-07-25", "addressee": "Прокуратура Костанайской области",
             "decided_on": "2023-08-04", "outcome": "appeal_dismissed"},
            {"step": "appeal_judge", "body": "investigating_judge", "filed_on": "2023-08-14",
             "decided_on": "2023-08-24", "outcome": "appeal_dismissed"},
            {"step": "un_communication", "body": "un_hrc", "filed_on": "2024-02-01",
             "reference_number": "CCPR/C/—/2024 (вымышленный)", "outcome": "filed",
             "history": [{"on": "2024-02-01", "status": "filed"},
                         {"on": "2024-05-10", "status": "registered",
                          "note": "Государству направлен запрос"}]},
        ]})
    for kind, target, role, date, outcome, text in (
        ("counter_charge_false_report", victim, "victim", "2023-04-11", "ongoing",
         "Возбуждено дело по ст. 419 УК РК (заведомо ложный донос)."),
        ("honour_dignity_suit", defender, "defender", "2023-05-20", "claim_rejected",
         "Иск начальника отдела полиции за пост о пытках; в иске отказано."),
        ("honour_dignity_suit", defender, "defender", "2023-09-02", "claim_upheld",
         "Второй иск: взыскано 300 000 тенге морального вреда."),
    ):
        add("reprisal", {"case_id": case, "kind": kind, "target_id": target,
                         "target_role": role, "date": date, "city": "arkalyk",
                         "agency": "police", "outcome": outcome, "description": text,
                         "claimant": "Начальник отдела полиции (вымышленный)",
                         "complaint_id": complaint})


def _multi_day(add: Add) -> None:
    first = _person(add, full_name="Ерболат Сапарович Тулегенов", gender="male", age=34,
                    city="talgar")
    second = _person(add, full_name="Динара Мухтаровна Оспанбекова", gender="female",
                     age=17, minor=True, city="talgar")
    third = _person(add, pseudonym="K-41", protected=True, full_name="Фарид Рахимов",
                    gender="male", age=26, foreign_national=True, nationality="гражданин "
                    "соседнего государства", city="talgar")
    case = add("case", {"reference": "TLG-2022-011", "title": "Четыре дня в спортзале",
                        "city": "talgar", "status": "active", "opened_on": "2022-01-25",
                        "victim_ids": [first, second, third], "tags": [JANUARY],
                        "summary": "Задержанных держали в спортзале с 6 по 9 января 2022 "
                                   "года; пытки разные для каждого."})
    add("incident", {
        "case_id": case, "victim_ids": [first, second, third], "date": "2022-01-06",
        "end_date": "2022-01-09", "city": "talgar", "place": "Спортзал (вымышленный адрес)",
        "methods": ["stress_positions", "cold_cell"],
        "perpetrators": [{"agency": "knb", "involvement": "ordered"},
                         {"agency": "military", "involvement": "carried_out"},
                         {"agency": "medical_staff", "involvement": "failed_to_prevent",
                          "description": "Фельдшер видел травмы и не записал"}],
        "acts": [
            {"victim_id": first, "methods": ["electric_shocks", "suffocation_plastic_bag"]},
            {"victim_id": second, "methods": ["forced_nudity", "threat_rape"]},
            {"victim_id": third, "methods": ["beating_soles_palms", "threat_relatives"]},
        ],
        "narrative": "Четверо суток на полу спортзала; на допросах — по-разному с каждым."})
    first_complaint = add("complaint", {
        "case_id": case, "body": "special_prosecutor", "city": "talgar",
        "filed_on": "2022-01-28", "filed_by": LAWYER, "status": "registration_refused",
        "outcome_on": "2022-02-15"})
    add("complaint", {"case_id": case, "body": "un_cat", "filed_on": "2022-09-01",
                      "appeal_of": first_complaint, "filed_by": DEFENDER,
                      "status": "filed", "addressee": "Комитет ООН против пыток, Женева"})


def _colony(add: Add, colony: Any) -> None:
    victim = _person(add, full_name="Канат Болатович Ахметкалиев", gender="male", age=52,
                     city="zhezkazgan")
    case = add("case", {"reference": "ZHZ-2024-001", "title": "Избиение при этапировании",
                        "city": "zhezkazgan", "status": "active", "opened_on": "2024-04-10",
                        "victim_ids": [victim]})
    add("detention", {"case_id": case, "person_id": victim, "facility_id": colony,
                      "from_date": "2024-04-01", "hours_before_registration": 70})
    add("complaint", {"case_id": case, "body": "prosecutor", "city": "zhezkazgan",
                      "filed_on": "2024-04-12", "status": "suspended",
                      "outcome_on": "2024-08-01", "registration_number": "244700031000003",
                      "steps": [{"step": "compensation", "body": "court",
                                 "filed_on": "2024-09-01", "outcome": "compensation_refused",
                                 "decided_on": "2024-12-01"}]})
