"""Every message a core error is created with has a Russian and a Kazakh translation.

scripts/i18n.py reads the messages from the source of app/, storage/ and sync/ (string
literals and f-strings, placeholders kept as written) into
resources/i18n/error_messages.json; the desktop matches the English text against it and
shows the translation ("errors|<template>" in resources/i18n/translations/). A new raise
site without a translation fails here."""

from __future__ import annotations

import importlib.util
import json
import re
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _i18n() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qorgau_i18n", ROOT / "scripts" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


I18N = _i18n()
MESSAGES, UNREAD = I18N.error_messages()


def test_the_catalogue_is_current() -> None:
    written = json.loads(I18N.ERROR_CATALOGUE.read_text(encoding="utf-8"))
    assert written == MESSAGES, "run .venv/bin/python scripts/i18n.py"


def test_every_core_message_has_a_russian_and_a_kazakh_translation() -> None:
    missing = I18N.untranslated_errors(MESSAGES)
    assert not missing, "add to resources/i18n/translations/<branch>.json:\n" + "\n".join(
        missing)


def test_no_translation_names_a_message_the_code_no_longer_raises() -> None:
    # A stale entry is dead weight a translator would keep paying for.
    table: dict[str, object] = {}
    for file in (ROOT / "resources" / "i18n" / "translations").glob("*.json"):
        table.update(json.loads(file.read_text(encoding="utf-8")))
    stale = [k for k in table if k.startswith("errors|") and k[len("errors|"):] not in MESSAGES]
    assert not stale, stale


def test_every_message_is_read_from_the_source() -> None:
    # A message built where the reader cannot see it would be shown in English.
    assert not UNREAD, UNREAD
    assert len(MESSAGES) > 300
    assert "the vault at {path} is open in another Qorgau window or command" in MESSAGES
    assert "the disk is full: free some space and try again" in MESSAGES  # a constant
    assert "manifest: a member is listed twice" in MESSAGES  # through a helper
    assert "must not be before {start}" in MESSAGES  # a ValidationError's field message


def test_the_translations_read_as_russian_and_kazakh() -> None:
    """Plain words: no English word left in a translation (placeholders, options, formats
    and the names of standards aside)."""
    from app.translate import table

    english = re.compile(r"\b(the|is|not|must|and|or|of|to|file|vault|bundle|record|"
                         r"device|card|version|cannot|could|no|with)\b")
    found = []
    for key, entry in table().items():
        if key.startswith(("errors|", "oserror|")):
            for lang in ("ru", "kk"):
                text = re.sub(r"\{[^{}]*(\{[^{}]*\}[^{}]*)*\}|`[^`]*`|--[\w-]+|\"[^\"]*\"",
                              "", entry[lang])
                if english.search(text):
                    found.append(f"{lang}: {entry[lang]}")
    assert not found, "\n".join(found)


def test_the_reader_finds_every_way_a_message_is_written(tmp_path: Path) -> None:
    """The forms the core writes messages in, each read as its template; a computed
    message is reported, never silently missed."""
    (tmp_path / "storage").mkdir()
    (tmp_path / "app").mkdir()
    (tmp_path / "sync").mkdir()
    (tmp_path / "storage" / "errors.py").write_text(textwrap.dedent('''
        class QorgauError(Exception): ...
        class InvalidInput(QorgauError): ...
        class Rejected(QorgauError):
            def __init__(self, code, message):
                super().__init__(message)
        class Cancelled(QorgauError):
            def __init__(self, message="cancelled"):
                super().__init__(message)
        FULL = "the disk is full"
    '''), encoding="utf-8")
    (tmp_path / "app" / "a.py").write_text(textwrap.dedent('''
        from storage.errors import FULL, InvalidInput, Rejected
        def f(path, items, kind, exc):
            if kind:
                raise InvalidInput(f"no such file: {path}")
            msg = "first" if kind else "second"
            if exc:
                raise InvalidInput(msg)
            raise InvalidInput("one of " + ", ".join(items))
        def g(exc):
            return Rejected("manifest", f"cannot read {exc!r:>10}")
        def bad(message):
            return Rejected("manifest", f"manifest: {message}")
        def h(errors, x, text):
            bad("seq must be positive")
            errors.setdefault("end", f"must not be before {x}")
            raise InvalidInput(FULL)
        def computed(text):
            raise InvalidInput(text.upper())
    '''), encoding="utf-8")
    messages, unread = I18N.error_messages(tmp_path)
    assert set(messages) >= {
        "no such file: {path}", "first", "second", "one of {', '.join(items)}",
        "cannot read {exc!r:>10}", "manifest: seq must be positive", "manifest: {message}",
        "must not be before {x}", "the disk is full", "cancelled"}
    assert messages["must not be before {x}"] == ["field"]
    assert unread == ["app/a.py:19"]


@pytest.mark.parametrize(("english", "lang", "expected"), [
    ("no such file: /media/usb/Отчёт {1}.pdf", "ru", "Нет такого файла: /media/usb/Отчёт {1}.pdf"),
    ("could not create the vault at /x: [Errno 13] Permission denied: '/x'", "kk",
     "/x ішінде қойма құру мүмкін болмады: қол жеткізу құқығы жоқ: '/x'"),
    ("cannot export: the disk is full: free some space and try again", "ru",
     "Не удалось выгрузить: диск заполнен: освободите место и попробуйте снова"),
    ("the vault could not be read or written: something no one foresaw", "ru",
     "Не удалось прочитать или записать хранилище: something no one foresaw"),
])
def test_values_are_put_back_into_the_translation(english: str, lang: str,
                                                  expected: str) -> None:
    pytest.importorskip("PySide6")
    from ui import core_messages

    assert core_messages.translated(english, lang) == expected


def test_a_message_that_is_not_in_the_catalogue_stays_as_it_is() -> None:
    pytest.importorskip("PySide6")
    from ui import core_messages

    assert core_messages.translated("a message no code raises", "ru") is None
