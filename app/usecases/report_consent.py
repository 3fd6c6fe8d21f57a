"""The consent rule applied to a case report (the PDF for authorities and UN bodies).

Kept apart from app.usecases.consent so that the report use case can call it while the
consent previews call the report use case, without an import cycle.
"""

from __future__ import annotations

from typing import Any

from app import disclosure, vocab
from app.usecases import masking
from app.usecases.session import Session

# --- the case report (PDF for authorities and UN bodies) ----------------------------------

_PERSON_HIDDEN = ("full_name", "other_names", "contact", "date_of_birth", "age",
                  "description", "notes", "role_notes", "reprisal_notes")


def _masked_person(body: dict[str, Any]) -> dict[str, Any]:
    from app.present import MASK

    return {k: (MASK if k in _PERSON_HIDDEN else v) for k, v in body.items()}


def redact_case_report(session: Session, data: dict[str, Any], *, reveal: bool = False,
                       lang: str = "en") -> dict[str, Any]:
    """Apply the consent rule to a case report's data (app.usecases.reports.case_report):
    what a person did not consent to submit is left out, with a visible note of what and
    why (data["withheld"]); people who allowed only an anonymised submission, and the
    relatives who would identify a protected minor (unless `reveal`), appear unnamed."""
    decision = disclosure.decide(session.db, "pdf")
    words = vocab.load("disclosure_words")
    groups, titles = data["groups"], data["titles"]
    notes: dict[str, dict[str, Any]] = {}
    numbers: dict[str, int] = {}

    def note(rid: str, kind: str) -> None:
        why = decision.withheld[rid]
        n = numbers.setdefault(why.person_id, len(numbers) + 1)
        entry = notes.setdefault(why.person_id, {
            "person": n, "purpose": why.purpose, "answer": why.answer,
            "reason": why.text(lang), "kinds": {}})
        entry["kinds"][kind] = entry["kinds"].get(kind, 0) + 1

    withheld_label = words.label("withheld_note", lang)
    for kind, items in groups.items():
        kept = []
        for item in items:
            if decision.allows(item["record_id"]):
                kept.append(item)
            else:
                note(item["record_id"], kind)
                titles[item["record_id"]] = withheld_label
        groups[kind] = kept
    # People referred to but not listed (a witness in an incident): never their name.
    for rid in list(titles):
        if decision.kinds.get(rid) == "person" and not decision.allows(rid):
            titles[rid] = withheld_label
    # Relatives who would point to a protected minor: masked unless deliberately revealed,
    # by the rule every screen obeys (app.disclosure.relatives_to_mask).
    relatives: set[str] = set()
    if not reveal:
        relatives = disclosure.relatives_to_mask(session.db) & {
            p["record_id"] for p in groups["person"]}
    for p in groups["person"]:
        pid = p["record_id"]
        if pid in decision.anonymous or pid in relatives:
            label = words.label("relative_masked" if pid in relatives else "anonymised_person",
                                lang)
            p["title"] = p["body"].get("pseudonym") or label
            p["body"] = _masked_person(p["body"])
            titles[pid] = p["title"]
            p["masked"] = True
    for exam in groups["medical_exam"]:
        for les in exam.get("lesions", ()):
            les["photos"] = [s for s in les["photos"] if decision.allows(s["record_id"])]
    case = data["case"]
    if not decision.allows(case["record_id"]):
        # The case itself names a victim who did not consent: keep only its reference.
        note(case["record_id"], "case")
        body = case["body"]
        case["body"] = {k: body[k] for k in ("reference", "status", "city", "opened_on",
                                              "closed_on") if k in body}
        case["title"] = body.get("reference") or withheld_label
    kept_ids = {case["record_id"], *(it["record_id"] for items in groups.values()
                                     for it in items)}
    data["record_ids"] = [r for r in data["record_ids"] if r in kept_ids or
                          (r in titles and titles[r] != withheld_label)]
    if relatives:
        # Their name, contact and birth date in the other records' text too (a narrative
        # "the mother, <name>, brought a parcel"), as every screen scrubs them.
        secrets = masking.relatives(session.db)
        for kind, items in groups.items():
            groups[kind] = [it if it.get("masked") else masking.scrub(it, secrets)
                            for it in items]
        data["case"] = masking.scrub(data["case"], secrets)
        data["titles"] = {rid: t if rid in relatives else masking.scrub(t, secrets)
                          for rid, t in data["titles"].items()}
    data["withheld"] = sorted(notes.values(), key=lambda e: e["person"])
    data["relatives_masked"] = len(relatives)
    return data
