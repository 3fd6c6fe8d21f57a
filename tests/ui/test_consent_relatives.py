"""The mother of a protected boy is masked on the desktop's screens as she is in the PDF:
the case view, the list of people, search, her form and its window title show neither her
name, nor her telephone, nor her date of birth, until a person deliberately reveals her
(which is recorded). Real widgets, offscreen; every visible text searched."""

from __future__ import annotations

from typing import Any

from tests.test_consent import BORN, NAME, PHONE
from tests.ui.conftest import open_vault, settle, type_text
from tests.ui.test_cases import new_form
from tests.ui.test_consent_screens import visible_texts

SECRETS = (NAME, PHONE, BORN, "Тастанбекова")


def test_relative_masked_on_screens_until_revealed(qtbot: Any, gui: Any, tmp_path: Any
                                                   ) -> None:
    from app.usecases import masking
    from storage import audit
    from tests.test_consent import story
    from tests.ui.boxes import Answers

    open_vault(qtbot, gui)
    main, s = gui.main, gui.session
    ids = gui.tasks.call(lambda: story(s.vault, tmp_path))
    main.filters.kind.setCurrentIndex(main.filters.kind.findData("person"))
    main.refresh_list()
    settle(qtbot, gui)
    main.show_case(ids["case"])
    settle(qtbot, gui)
    shown = visible_texts()
    assert masking.label("en") in shown
    for secret in SECRETS:
        assert secret not in shown, secret
    # Searching her name finds nothing of hers, and shows none of it.
    type_text(qtbot, main.filters.search, "Тастанбекова")
    qtbot.waitUntil(lambda: main.model.text == "Тастанбекова", timeout=10000)
    settle(qtbot, gui)
    assert main.model.rowCount() >= 1  # the complaint she filed: found, her name not shown
    texts = visible_texts()
    for secret in SECRETS[:3]:
        assert secret not in texts, secret
    assert texts.count("Тастанбекова") == 1  # only in the search box, as typed
    main.filters.search.clear()
    settle(qtbot, gui)

    form = new_form(qtbot, gui, lambda: main.open_record(ids["mother"], "person"))
    settle(qtbot, gui)
    assert NAME not in form.windowTitle()
    for secret in SECRETS:
        assert secret not in visible_texts(), secret
    assert form.reveal_button.isVisible()
    Answers.queue.append("reveal")
    form.reveal_button.click()
    settle(qtbot, gui)
    qtbot.waitUntil(lambda: NAME in visible_texts(), timeout=10000)
    entries = gui.tasks.call(lambda: audit.entries(s.db, action="reveal"))
    assert [e["detail"]["record_id"] for e in entries] == [ids["mother"]]
    form.close()


def test_history_of_a_person_protected_later_shows_no_version_unmasked(
        qtbot: Any, tmp_path: Any) -> None:
    """The attack: a boy is entered with his name, then protected (the usual order). His
    history, in the desktop's dialog and through `qorgau show --history`, must not hand
    out the versions from before: every version is searched."""
    import json

    from PySide6 import QtWidgets

    from app.records import Records
    from app.usecases import field_views
    from app.usecases import records as records_uc
    from app.usecases.session import Session
    from tests.test_bundle_kit import make_vault
    from ui.field.caseview import HistoryDialog

    son, contact = "Ердаулет Тастанбеков", "+7 700 111 2233"
    vault = make_vault(tmp_path / "v")
    r = Records(vault)
    pid = r.create("person", {"full_name": son, "date_of_birth": "2007-05-02", "minor": True,
                              "contact": contact}).record_id
    r.update(pid, {"full_name": son, "date_of_birth": "2007-05-02", "minor": True,
                   "contact": contact, "protected": True, "pseudonym": "A-12"})
    s = Session(vault)
    shown = json.dumps(records_uc.show(s, pid, history=True), ensure_ascii=False)
    assert son not in shown and contact not in shown
    assert son in json.dumps(records_uc.show(s, pid, history=True, reveal=True),
                             ensure_ascii=False)  # the deliberate reveal still shows it
    kind, versions, titles = field_views.history_view(s, pid)
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    dialog = HistoryDialog(kind, versions, titles, parent)
    seen = []
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        seen.append(dialog.body.toPlainText())
    assert len(seen) == 2
    assert not any(son in t or contact in t or "2007-05-02" in t for t in seen)
    vault.close()


def test_a_scrubbed_name_reads_in_the_readers_language(qapp: Any, tmp_path: Any) -> None:
    """A narrative naming the protected boy's mother is shown with her name taken out;
    what stands in its place is in Russian on a Russian screen, in the record's view and
    in a search result's snippet, never the core's English mark."""
    from app.records import Records
    from app.usecases import field_views
    from app.usecases import records as records_uc
    from app.usecases.session import Session
    from tests.test_bundle_kit import make_vault
    from tests.test_consent import story
    from ui import i18n
    from ui.field.caseview import render_body
    from ui.models import RecordTableModel

    vault = make_vault(tmp_path / "v")
    ids = story(vault, tmp_path)
    r = Records(vault)
    incident = r.get(ids["incident"])
    r.update(ids["incident"], {**incident.body, "narrative": incident.body["narrative"]
                               + f" Мать, {NAME}, принесла передачу."})
    s = Session(vault)
    view = field_views.record_view(s, ids["incident"], "ru")
    i18n.install("ru")
    try:
        shown = render_body("incident", view["body"], view.get("titles", {}))
        assert "принесла передачу" in shown and NAME not in shown
        assert "protected" not in shown and "(скрыто)" in shown
        [hit] = [h for h in records_uc.find(s, "передачу") if h.record_id == ids["incident"]]
        assert "protected" in hit.snippet  # the core's mark, before the screen words it
        model = RecordTableModel(None, s)  # type: ignore[arg-type]  # no query is run
        model.COLUMNS = model.SEARCH_COLUMNS
        model.rows = [{"title": hit.title, "kind": hit.kind, "snippet": hit.snippet}]
        cell = model.data(model.index(0, model.COLUMNS.index("snippet")))
        assert "protected" not in cell and "(скрыто)" in cell
    finally:
        i18n.install("en")
    vault.close()
