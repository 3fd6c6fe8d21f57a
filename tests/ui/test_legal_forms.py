"""The legal-path forms come from the schema: every field renders, in Russian and Kazakh,
without an English word, and a full record goes in and comes back out unchanged."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from app import schema
from app.usecases.session import Session
from tests.test_schema import FIXTURES
from tests.ui.boxes import Answers

KINDS = ("complaint", "incident", "death_in_custody", "reprisal", "state_exam")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("kind", KINDS)
def test_form_renders_translated_and_round_trips(qapp: Any, kind: str, lang: str) -> None:
    from ui import i18n
    from ui.field.forms import FieldsForm, FormContext
    from ui.qt import QtWidgets

    i18n.install(lang)
    try:
        body = schema.validate(kind, copy.deepcopy(FIXTURES[kind][0]))
        form = FieldsForm(schema.KINDS[kind].fields, FormContext(kind, {}))
        form.set_values(body)
        texts = [w.text() for w in form.findChildren(QtWidgets.QLabel)]
        texts += [w.title() for w in form.findChildren(QtWidgets.QGroupBox)]
        texts += [w.text() for w in form.findChildren(QtWidgets.QPushButton)]
        for combo in form.findChildren(QtWidgets.QComboBox):
            texts += [combo.itemText(i) for i in range(combo.count())]
        assert texts
        english = [t for t in texts if LATIN_WORD.search(t.replace("ERDR", ""))]
        assert not english, english
        # Every field has an editor, nested steps and status history included, and
        # what the form holds is the record itself (ids as typed: no choices given).
        assert set(form.editors) == {f.name for f in schema.KINDS[kind].fields}
        assert schema.validate(kind, form.values()) == body
    finally:
        i18n.install("en")


def test_case_report_pdf_shows_the_legal_path_and_its_companions(
        qapp: Any, vault: Any, tmp_path: Any) -> None:
    import shutil
    import subprocess

    from app.records import Records
    from app.usecases import reports as views
    from ui import i18n
    from ui.desk.report import in_qthread, render_pdf

    r = Records(vault)
    victim = r.create("person", {"pseudonym": "V-9", "protected": True,
                                 "full_name": "Скрытое Имя Тестовое"}).record_id
    case = r.create("case", {"title": "Дело для отчёта", "victim_ids": [victim]}).record_id
    # Consent (issue 10): a report for a prosecutor carries only who agreed to submission,
    # and a state forensic examination (a medical record) only with medical records too.
    r.create("consent", {"person_id": victim, "consent": {"submit_authorities": "given",
                                                          "medical_records": "given"}})
    r.create("complaint", {"case_id": case, "body": "prosecutor", "filed_on": "2022-01-25",
                           "steps": [{"step": "appeal_judge", "body": "investigating_judge",
                                      "filed_on": "2022-04-10", "reference_number": "№ 77-22",
                                      "outcome": "closure_overturned"},
                                     {"step": "appeal_prosecutor", "body": "prosecutor",
                                      "filed_on": "2022-03-01"}]})
    r.create("death_in_custody", {"case_id": case, "person_id": victim,
                                  "official_cause": "сердечная недостаточность"})
    r.create("reprisal", {"case_id": case, "kind": "honour_dignity_suit", "target_id": victim,
                          "outcome": "claim_rejected"})
    r.create("state_exam", {"case_id": case, "person_id": victim, "number": "№ 318",
                            "harm_grade": "minor"})
    i18n.install("ru")
    try:
        data = views.case_report(Session(vault), case, lang="ru")
        # The core gives the legal path in the order filed; the page only lays it out.
        [complaint] = data["groups"]["complaint"]
        assert [st["filed_on"] for st in complaint["body"]["steps"]] == [
            "2022-03-01", "2022-04-10"]
        pdf = in_qthread(lambda: render_pdf(data, report=True, annex=False,
                                            prepared_for="Прокуратура"))
    finally:
        i18n.install("en")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the PDF back"
    text = " ".join(subprocess.run([tool, str(path), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for wanted in ("Жалоба следственному судье (ст. 106 УПК)", "№ 77-22",
                   "Прекращение отменено, расследование возобновлено",
                   "Смерть под стражей", "сердечная недостаточность",
                   "Иск о защите чести и достоинства", "Иск отклонён судом",
                   "Судебно-медицинские экспертизы", "№ 318", "Лёгкий вред здоровью", "V-9"):
        assert wanted in text, wanted
    assert "Скрытое Имя" not in text  # the protected person stays hidden


def test_desktop_folds_older_appeals_like_the_command_line(qtbot: Any, gui: Any) -> None:
    from storage import audit
    from tests.ui.conftest import open_vault, settle
    from ui.field.settings import SettingsDialog

    open_vault(qtbot, gui)
    records = gui.session.records
    case = records.create("case", {"title": "Дело"}).record_id
    first = records.create("complaint", {"case_id": case, "body": "prosecutor",
                                         "filed_on": "2022-01-25"}).record_id
    appeal = records.create("complaint", {"case_id": case, "body": "court", "appeal_of": first,
                                          "filed_on": "2022-04-10",
                                          "status": "appeal_dismissed"}).record_id
    dialog = SettingsDialog(gui, gui.main)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.fold_box.isVisible(), timeout=10000)
    assert dialog.fold_text.text() == "Appeals kept as separate complaints: 1."
    Answers.queue.append("cancel")
    dialog.fold_button.click()
    settle(qtbot, gui)
    assert not records.get(appeal).deleted  # cancelled: nothing written
    Answers.queue.append("fold")
    dialog.fold_button.click()
    qtbot.waitUntil(lambda: dialog.fold_text.text().startswith("Done"), timeout=10000)
    assert records.get(appeal).deleted
    assert records.get(first).body["steps"][0]["outcome"] == "appeal_dismissed"
    entry = audit.entries(gui.session.db, action="legal_fold")[0]["detail"]
    assert entry == {"complaint_id": first, "step_record_ids": [appeal]}
