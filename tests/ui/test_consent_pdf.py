"""The case report for authorities obeys consent: each answer for submission, rendered
to a real PDF with Qt's writer and read back with pdftotext, searched for the mother's
name, date of birth and a sentence of her account; and a protected minor's relatives
stay unnamed unless a person reveals them on purpose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app import exporter
from app.usecases import consent
from app.usecases import reports as views
from app.usecases.session import Session
from storage.vault import Vault
from tests.test_bundle_kit import import_
from tests.test_consent import ACCOUNT, BORN, NAME, PHONE, SON, story
from tests.ui.test_archive_figures import pdf_text


def pdf(qapp: Any, archive: Vault, case_id: str, tmp_path: Path, *, reveal: bool = False,
        lang: str = "en") -> str:
    from ui import i18n
    from ui.desk.report import render_pdf

    data = views.case_report(Session(archive), case_id, reveal=reveal, photos=False, lang=lang)
    try:
        i18n.install(lang)
        raw = render_pdf(data, report=True, annex=True, prepared_for="Prosecutor")
    finally:
        i18n.install("en")
    path = tmp_path / f"report-{lang}-{reveal}.pdf"
    path.write_bytes(raw)
    return " ".join(pdf_text(path).split())


@pytest.mark.parametrize(("answer", "named", "account"), [
    ("given", True, True), ("anonymised", False, True),
    ("not_asked", False, False), ("refused", False, False)])
def test_submission_answer_in_the_pdf(qapp: Any, pair: tuple[Vault, Vault], tmp_path: Path,
                                      answer: str, named: bool, account: bool) -> None:
    field, archive = pair
    ids = story(field, tmp_path, {"share_coordinator": "given"}, protected_son=False)
    consent.record_consent(Session(field), ids["son"], {"submit_authorities": "given"})
    consent.record_consent(Session(field), ids["mother"], {"submit_authorities": answer})
    exporter.export(field, tmp_path / "b.qgb")
    import_(archive, tmp_path / "b.qgb")
    text = pdf(qapp, archive, ids["case"], tmp_path)
    assert (NAME in text) is named and (BORN in text) is named
    assert (ACCOUNT in text) is account
    assert SON in text  # her answer governs her, not her son
    if not account:
        assert "Withheld for lack of consent" in text
        assert "Submission to authorities and UN bodies" in text


def test_relatives_of_a_protected_minor_masked_until_revealed(
        qapp: Any, pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    field, archive = pair
    ids = story(field, tmp_path, {"share_coordinator": "given", "submit_authorities": "given"})
    consent.record_consent(Session(field), ids["son"], {"submit_authorities": "given"})
    exporter.export(field, tmp_path / "b.qgb")
    import_(archive, tmp_path / "b.qgb")
    for lang in ("en", "ru"):
        text = pdf(qapp, archive, ids["case"], tmp_path, lang=lang)
        assert NAME not in text and BORN not in text and SON not in text
        assert "2007-05-02" not in text
    assert "Родственник защищённого лица" in text
    revealed = pdf(qapp, archive, ids["case"], tmp_path, reveal=True)
    assert NAME in revealed and SON in revealed


def test_a_relatives_name_inside_a_narrative_is_masked_in_the_pdf(
        qapp: Any, pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    """The attack: the incident's narrative names the mother of the protected boy. The
    screens scrub her name from it; the PDF for a prosecutor must too (the rendered
    PDF's text is searched)."""
    from app.records import Records

    field, _archive = pair
    ids = story(field, tmp_path, {"share_coordinator": "given", "submit_authorities": "given"})
    consent.record_consent(Session(field), ids["son"], {"submit_authorities": "given"})
    records = Records(field)
    incident = records.get(ids["incident"])
    records.update(ids["incident"], {**incident.body, "narrative": incident.body["narrative"]
                                     + f" На следующий день мать, {NAME}, принесла передачу."})
    text = pdf(qapp, field, ids["case"], tmp_path)
    assert "принесла передачу" in text  # the narrative is there
    assert NAME not in text and PHONE not in text and BORN not in text
    revealed = pdf(qapp, field, ids["case"], tmp_path, reveal=True)
    assert NAME in revealed
