"""Controlled vocabularies: coded choices with labels in English, Russian and Kazakh.

Records store only the stable ASCII code (e.g. "beating_fists_feet"); labels live in
data files under resources/vocab/ so translators can fix them without touching code,
and so a record written today still reads correctly after a label is reworded.

File format: {"name": "methods", "items": [{"code": ..., "en": ..., "ru": ..., "kk": ...}]}.
An item may carry extra keys (npm_checklist has "group": conditions or safeguards;
methods have "synonyms": the slang names people use, «слоник», «ласточка», separated by
";", which search finds the item by).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import resources
from storage.errors import InvalidInput

LANGS = ("en", "ru", "kk")

CODE_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


def _folder() -> Path:  # read at call time, so tests can point resources.ROOT elsewhere
    return resources.ROOT / "vocab"


@dataclass(frozen=True)
class Vocabulary:
    name: str
    items: tuple[Mapping[str, str], ...]  # read-only: instances are cached and shared
    codes: tuple[str, ...] = field(init=False)
    _by_code: Mapping[str, Mapping[str, str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_code = {item["code"]: item for item in self.items}
        object.__setattr__(self, "codes", tuple(by_code))
        object.__setattr__(self, "_by_code", MappingProxyType(by_code))

    def label(self, code: str, lang: str = "en") -> str:
        """The label in `lang`, else the English one, else the code itself.

        Unknown codes come back unchanged: an old record must still display if a
        code was ever retired from the file.
        """
        item = self._by_code.get(code)
        if item is None:
            return code
        return item.get(lang) or item.get("en") or code

    def labels(self, code: str) -> dict[str, str]:
        """Every language's label for `code` (the fallback applied per language)."""
        return {lang: self.label(code, lang) for lang in LANGS}

    def synonyms(self, code: str) -> tuple[str, ...]:
        """Other names of `code` in any language (slang, old terms), for search."""
        item = self._by_code.get(code) or {}
        return tuple(w.strip() for w in item.get("synonyms", "").split(";") if w.strip())

    def item(self, code: str) -> Mapping[str, str] | None:
        return self._by_code.get(code)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    def __iter__(self) -> Iterator[str]:
        return iter(self.codes)

    def __len__(self) -> int:
        return len(self.codes)


def names() -> list[str]:
    """Names of every vocabulary shipped, sorted."""
    return sorted(p.stem for p in _folder().glob("*.json"))


@functools.cache
def load(name: str) -> Vocabulary:
    """The vocabulary `name`, read once per process.

    Unknown names are InvalidInput (they can arrive from an imported record's schema
    use); a malformed shipped file is a bug and raises ValueError.
    """
    # The name becomes a file path: allow only plain codes, never "../x".
    if not isinstance(name, str) or not CODE_RE.match(name):
        raise InvalidInput(f"not a vocabulary name: {name!r}")
    path = _folder() / f"{name}.json"
    if not path.is_file():
        raise InvalidInput(f"unknown vocabulary: {name!r}")
    data = json.loads(path.read_text(encoding="utf-8"))
    return Vocabulary(name, _check_file(name, data))


def _check_file(name: str, data: Any) -> tuple[Mapping[str, str], ...]:
    def bad(why: str) -> ValueError:
        return ValueError(f"vocabulary file {name}.json: {why}")

    if not isinstance(data, dict) or data.get("name") != name:
        raise bad("'name' must match the file name")
    raw = data.get("items")
    if not isinstance(raw, list) or not raw:
        raise bad("'items' must be a non-empty list")
    items: list[Mapping[str, str]] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not all(isinstance(v, str) for v in item.values()):
            raise bad(f"item {i} must be an object of strings")
        code = item.get("code", "")
        if not CODE_RE.match(code):
            raise bad(f"item {i}: code {code!r} is not snake_case ASCII")
        if code in seen:
            raise bad(f"duplicate code {code!r}")
        seen.add(code)
        if not item.get("en", "").strip():
            raise bad(f"{code}: an English label is required")
        items.append(MappingProxyType(dict(item)))
    return tuple(items)
