"""Interface language: Qt translators for Qorgau's own strings and for Qt's dialogs.

The language follows the system (ru or kk, else English) unless the person chose one
in Settings; that choice is kept in Qt's settings file (it holds no case data and is
needed before the vault is unlocked). Vocabulary labels come from resources/vocab in
the same language (`current()`).
"""

from __future__ import annotations

from pathlib import Path

import resources
from ui.qt import QCoreApplication, QLocale, QSettings, QtCore, QTranslator

LANGS = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
FOLDER = Path(resources.ROOT) / "i18n"

_current = "en"
_translators: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGS else "en"


def settings() -> QSettings:
    return QSettings("Qorgau", "Qorgau")


def chosen_language() -> str:
    """'system' or a language code."""
    value = settings().value("language", "system")
    return value if value in LANGS else "system"


def choose_language(choice: str) -> None:
    settings().setValue("language", choice if choice in LANGS else "system")


def resolve(choice: str | None) -> str:
    if choice in LANGS:
        return choice  # type: ignore[return-value]
    return system_language()


def install(lang: str) -> str:
    """Load the translators for `lang` (replacing any earlier ones); returns it."""
    global _current
    app = QCoreApplication.instance()
    for tr in _translators:
        app.removeTranslator(tr)
    _translators.clear()
    lang = lang if lang in LANGS else "en"
    if lang != "en":
        qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in ((qt_dir, f"qtbase_{lang}"), (str(FOLDER), f"qorgau_{lang}")):
            tr = QTranslator(app)
            if tr.load(name, folder):
                app.installTranslator(tr)
                _translators.append(tr)
    _current = lang
    QLocale.setDefault(QLocale({"en": "en_GB", "ru": "ru_RU", "kk": "kk_KZ"}[lang]))
    return lang


def current() -> str:
    """The interface language code: 'en', 'ru' or 'kk' (vocabulary labels use it)."""
    return _current
