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
