"""A protected identity stays hidden on every screen where it is hidden anywhere: the case
list, the case view, the person form before "Reveal identity", window titles and search
results — rendered for real (offscreen Qt) and every visible text searched for the
protected boy's name, his date of birth and his other names."""

from __future__ import annotations

from typing import Any

from app import search
from tests.test_consent import SON, SON_CODE
from tests.ui.conftest import open_vault, settle
from tests.ui.test_cases import new_form

BORN = "2007-05-02"
OTHER = "Yerdaulet Tastanbekov"


def visible_texts() -> str:
    from PySide6 import QtWidgets

    out: list[str] = []
    for top in QtWidgets.QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        out.append(top.windowTitle())
        for w in [top, *top.findChildren(QtWidgets.QWidget)]:
            if not w.isVisible():
                continue
            for getter in ("text", "toPlainText", "currentText", "placeholderText"):
                fn = getattr(w, getter, None)
                if callable(fn):
                    try:
                        value = fn()
                    except TypeError:
                        continue
                    if isinstance(value, str):
                        out.append(value)
            if isinstance(w, QtWidgets.QAbstractItemView) and w.model() is not None:
                from PySide6.QtCore import QModelIndex

                m = w.model()
                for r in range(m.rowCount(QModelIndex())):
                    c = 0
                    while m.index(r, c).isValid():  # list and table models alike
                        out.append(str(m.index(r, c).data() or ""))
                        c += 1
            if isinstance(w, QtWidgets.QListWidget):
                out += [w.item(i).text() for i in range(w.count())]
    return "\n".join(out)


def test_protected_identity_hidden_on_screen(qtbot: Any, gui: Any) -> None:
    open_vault(qtbot, gui)
    main, s = gui.main, gui.session

    def make() -> tuple[str, str]:
        son = s.records.create("person", {
            "full_name": SON, "other_names": [OTHER], "pseudonym": SON_CODE,
            "protected": True, "minor": True, "date_of_birth": BORN,
            "contact": "+7 777 000 1122", "gender": "male"}).record_id
        case = s.records.create("case", {"title": "Избиение в ИВС", "victim_ids": [son],
                                         "city": "taraz"}).record_id
        return son, case

    son, case = gui.tasks.call(make)
    main.refresh_list()
    settle(qtbot, gui)
    main.show_case(case)
    settle(qtbot, gui)
    form = new_form(qtbot, gui, lambda: main.open_record(son, "person"))
    settle(qtbot, gui)
    shown = visible_texts()
    assert SON_CODE in shown
    for secret in (SON, BORN, OTHER, "+7 777 000 1122"):
        assert secret not in shown, secret
    # Search by the name or the date of birth does not find him, nor show it in a snippet.
    for query in ("Ердаулет", BORN[:4], "Tastanbekov"):
        hits = gui.tasks.call(lambda q=query: search.search(s.db, q))
        assert all(h.record_id != son for h in hits), query
    # His consent, by purpose, from his form: a consent record of his.
    from tests.ui.test_cases import save

    consent_form = new_form(qtbot, gui, form.consent_button.click)
    assert consent_form.kind == "consent"
    assert consent_form.form.editors["person_id"].value() == son
    save(qtbot, gui, consent_form)
    rows = gui.tasks.call(lambda: s.db.all(
        "SELECT json_extract(body, '$.person_id') FROM records WHERE kind = 'consent'"))
    assert rows == [(son,)]
    form.close()


def test_export_dialog_previews_what_stays(qtbot: Any, gui: Any, tmp_path: Any) -> None:
    from storage.vault import Vault
    from sync import card, trust
    from tests.conftest import PASSPHRASE
    from tests.test_consent import NAME
    from ui.field.exporting import ExportDialog

    archive, _ = Vault.create(tmp_path / "archive", PASSPHRASE, name="Coalition office",
                              role="archive")
    coordinator = trust.own_card(archive)
    archive.close()
    open_vault(qtbot, gui)
    s = gui.session
    gui.tasks.call(lambda: trust.trust(s.vault, card.to_json(coordinator),
                                       card.fingerprint(coordinator)))

    def make() -> None:
        mother = s.records.create("person", {"full_name": NAME}).record_id
        case = s.records.create("case", {"title": "Дело"}).record_id
        s.records.create("interview", {"case_id": case, "interviewee_id": mother,
                                       "consent": {"share_coordinator": "refused"}})
        # Her account of a beating: it stays, and goes anonymised for statistics.
        s.records.create("incident", {"case_id": case, "account_of": [mother],
                                      "city": "taraz", "date": "2022-01-30",
                                      "methods": ["beating_fists_feet"]})
        prefs.change_setting(s, "statistics_stubs", 1)

    from app.usecases import prefs

    gui.tasks.call(make)
    dialog = ExportDialog(gui, gui.main)
    dialog.show()
    settle(qtbot, gui)
    qtbot.waitUntil(lambda: dialog.disclosure.isVisible(), timeout=10000)
    text = dialog.disclosure.text()
    assert "Will go: 1 record versions" in text
    assert NAME in text and "Sharing with the coalition coordinator: Refused" in text
    assert "Anonymised for statistics: 1 " in text
    assert not list(tmp_path.glob("**/*.bundle"))
