"""Demo cases that exercise each consent answer (called from app.demo.populate).

Six fictional families, one per answer a relative can give about a detainee's story:
everything agreed; publication and submission only without the name; submission never
asked; sharing with the coordinator refused (the story stays on the laptop); consent
withdrawn after it was given (a second version of the consent record); statistical use
refused. And every refused interview of the main demo gets what the rule needs to follow
the account: the incidents of its case name the interviewee as whose account they carry.
All names here are invented.
"""

from __future__ import annotations

import json
from typing import Any

from app.records import Records

# (scenario, victim, relative, relation, relative's phone, relative's date of birth,
#  the relative's answers, whether a first version said "given" to sharing)
_FAMILIES: tuple[tuple[str, str, str, str, str, str, dict[str, str], bool], ...] = (
    ("given", "Бекарыс Сейтказиев", "Айжан Сейтказиева", "mother", "+7 701 555 31 17",
     "1968-09-02", {"documentation": "given", "share_coordinator": "given",
                    "submit_authorities": "given", "publication": "given",
                    "photographs": "given", "medical_records": "given",
                    "statistics": "given"}, False),
    ("anonymised", "Даурен Оразалин", "Гаухар Оразалина", "spouse", "+7 705 555 42 08",
     "1990-01-23", {"documentation": "given", "share_coordinator": "given",
                    "submit_authorities": "anonymised", "publication": "anonymised",
                    "statistics": "given"}, False),
    ("not_asked", "Ерасыл Кенжебеков", "Динара Кенжебекова", "sister", "+7 747 555 19 64",
     "1995-06-30", {"documentation": "given", "share_coordinator": "given"}, False),
    ("refused", "Алихан Байтасов", "Сауле Байтасова", "mother", "+7 771 555 77 21",
     "1972-11-11", {"documentation": "given", "share_coordinator": "refused",
                    "submit_authorities": "refused", "publication": "refused"}, False),
    ("withdrawn", "Мирас Мусабеков", "Жанар Мусабекова", "mother", "+7 702 555 63 90",
     "1975-04-05", {"documentation": "given", "share_coordinator": "refused",
                    "submit_authorities": "refused"}, True),
    ("no_statistics", "Тимур Жолдасбеков", "Лаура Жолдасбекова", "sibling",
     "+7 708 555 25 52", "1993-02-14", {"documentation": "given",
                                         "share_coordinator": "given",
                                         "statistics": "refused"}, False),
)
_RELATION = {"sister": "sibling"}
# The scenario as a Russian-speaking case worker would title the case (the codes above
# are English words, and showed as such in Russian and Kazakh screens).
_TITLE = {"given": "всё разрешено", "anonymised": "без имени", "not_asked": "не спрашивали",
          "refused": "отказ", "withdrawn": "отозвано", "no_statistics": "без статистики"}


def add(records: Records) -> dict[str, int]:
    """Write the consent demo into the caller's transaction; returns counts by kind."""
    counts: dict[str, int] = {}

    def create(kind: str, body: dict[str, Any]) -> str:
        counts[kind] = counts.get(kind, 0) + 1
        return records.create(kind, body).record_id

    for n, (scenario, victim, relative, relation, phone, born, answers, withdrawn) in \
            enumerate(_FAMILIES, start=1):
        son = create("person", {"full_name": victim, "gender": "male", "roles": ["victim"],
                                "date_of_birth": f"{1996 + n}-0{n}-1{n}", "city": "almaty"})
        case = create("case", {
            "reference": f"CNS-2023-00{n}", "title": f"Согласие: {_TITLE[scenario]}",
            "summary": "Демонстрационное дело: как согласие родственника определяет, что "
                       "покидает ноутбук.", "city": "almaty", "status": "active",
            "victim_ids": [son], "opened_on": f"2023-0{n}-05"})
        mother = create("person", {
            "full_name": relative, "gender": "female", "roles": ["relative"],
            "contact": phone, "date_of_birth": born, "case_ids": [case]})
        account = (f"{relative.split()[0]} рассказала, что на свидании видела следы "
                   "ударов на руках и спине; его заставляли стоять у стены всю ночь.")
        create("interview", {
            "case_id": case, "interviewee_id": mother,
            "relation": _RELATION.get(relation, relation), "date": f"2023-0{n}-06",
            "city": "almaty", "language": "ru", "account": account,
            "consent": {k: v for k, v in answers.items()
                        if k in ("documentation", "share_coordinator",
                                 "submit_authorities", "publication")}})
        create("incident", {
            "case_id": case, "victim_ids": [son], "account_of": [mother],
            "date": f"2023-0{n}-02", "city": "almaty", "narrative": account,
            "methods": ["beating_fists_feet", "stress_positions"]})
        create("complaint", {"case_id": case, "body": "prosecutor", "city": "almaty",
                             "filed_on": f"2023-0{n}-09", "status": "filed",
                             "on_behalf_of": [son]})
        first = {**answers, "share_coordinator": "given"} if withdrawn else answers
        rid = create("consent", {"person_id": mother, "given_on": f"2023-0{n}-06",
                                 "recorded_by": "Демо: адвокат", "consent": first})
        # The family speaks for the detainee too: his answers follow hers.
        create("consent", {"person_id": son, "given_on": f"2023-0{n}-06",
                           "recorded_by": "Демо: адвокат", "consent": first})
        if withdrawn:
            records.update(rid, {"person_id": mother, "given_on": f"2023-0{n}-20",
                                 "recorded_by": "Демо: адвокат", "consent": answers})
    _follow_refused_accounts(records)
    return counts


def _follow_refused_accounts(records: Records) -> None:
    """A refused interview's account is in its case's incidents: say whose it is."""
    db = records.db
    for case_id, person_id in db.all(
            "SELECT case_id, json_extract(body, '$.interviewee_id') FROM records"
            " WHERE kind = 'interview' AND deleted = 0"
            " AND json_extract(body, '$.consent.share_coordinator') = 'refused'"
            " AND json_extract(body, '$.interviewee_id') IS NOT NULL"):
        for rid, body in db.all("SELECT record_id, body FROM records WHERE kind = 'incident'"
                                " AND deleted = 0 AND case_id = ?", (case_id,)):
            b = json.loads(body)
            if person_id in (b.get("account_of") or []):
                continue
            records.update(rid, {**b, "account_of": [*(b.get("account_of") or []),
                                                     person_id]})
