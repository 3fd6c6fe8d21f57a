"""Opening a record's form: load what it needs on the worker, then show the right dialog
(the body-diagram dialog for a medical examination, the generic form otherwise).

Its own module so that the forms and the diagram need not import each other: the
diagram opens its lesions' forms through the controller (`app.open_form`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.usecases import field_views, prefs
from ui import i18n
from ui.field.diagram import ExamDialog
from ui.field.forms import FormDialog
from ui.qt import QtWidgets, translate
from ui.tasks import Job


def open_form(app: Any, kind: str, *, record_id: str | None = None,
              preset: dict[str, Any] | None = None, draft: prefs.Draft | None = None,
              case_id: str | None = None, on_saved: Callable[[str], None] | None = None,
              parent: QtWidgets.QWidget | None = None) -> None:
    """Load what the form needs on the worker, then show it."""
    s = app.session
    if s is None:
        return
    preset = dict(preset or {})
    if draft is not None:
        preset = dict(draft.body.get("preset") or {})
        record_id = draft.record_id
    lang = i18n.current()

    def work(job: Job) -> dict[str, Any]:
        return field_views.form_data(s, kind, record_id=record_id, case_id=case_id,
                                     preset=preset, lang=lang)

    def show(data: dict[str, Any]) -> None:
        pre = data["preset"]
        if kind == "medical_exam":
            dlg: FormDialog = ExamDialog(app, kind, record=data.get("record"), preset=pre,
                                         choices=data["choices"], draft=draft,
                                         lesions=data.get("lesions") or [], parent=parent)
        else:
            dlg = FormDialog(app, kind, record=data.get("record"), preset=pre,
                             choices=data["choices"], draft=draft, parent=parent)
        if data.get("previous"):
            dlg.banner.setText(translate(
                "FormDialog", "Recommendations and their follow-up status were carried over "
                "from the previous visit (%1). Update each one's status.")
                .replace("%1", data["previous"]["title"]))
            dlg.banner.show()
        if on_saved is not None:
            dlg.saved.connect(on_saved)
        dlg.show()
        dlg.raise_()
        app.form_opened(dlg)

    app.tasks.run(work, on_done=show)
