"""The interface's translations, read by the core for what it writes in a person's language
(column headings of exported tables, record kind names) without Qt.

The same table the desktop's .qm files are made from (scripts/i18n.py): one source of
truth for every wording, so a file written by the core says what the screen says.
"""

from __future__ import annotations

import functools
import json

import resources

FOLDER = "i18n/translations"


@functools.cache
def table() -> dict[str, dict[str, str]]:
    """Every translations/*.json merged; an English key may be translated only one way."""
    merged: dict[str, dict[str, str]] = {}
    for file in sorted((resources.ROOT / FOLDER).glob("*.json")):
        for key, entry in json.loads(file.read_text(encoding="utf-8")).items():
            if key in merged and merged[key] != entry:
                raise ValueError(f"{file.name}: {key!r} is translated differently elsewhere")
            merged[key] = entry
    return merged


def tr(text: str, lang: str, context: str = "") -> str:
    """`text` (English) in `lang`; English where no translation exists."""
    if lang == "en" or not text:
        return text
    entry = table().get(f"{context}|{text}") or table().get(text) or {}
    return entry.get(lang) or text
