"""The legal-path forms come from the schema: every field renders, in Russian and Kazakh,
without an English word, and a full record goes in and comes back out unchanged."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from app import schema
from tests.test_schema import FIXTURES

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
