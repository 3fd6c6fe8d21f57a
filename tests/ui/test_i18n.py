"""Translations: every interface string has a Russian and a Kazakh translation, the .ts
files are up to date with the sources, and the compiled .qm files are loaded."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SAME_IN_EVERY_LANGUAGE = {"Qorgau", "Qorgau — %1", "SHA-256", "min", "B", "KB", "MB", "GB",
                          "TB"}
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
KAZAKH = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def messages(lang: str) -> list[tuple[str, str, str, str | None]]:
    tree = ET.parse(I18N / f"qorgau_{lang}.ts")  # noqa: S314 - our own file
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out.append((name, msg.findtext("source") or "", tr.text or "", tr.get("type")))
    return out


def test_every_string_translated_in_russian_and_kazakh() -> None:
    for lang in ("ru", "kk"):
        msgs = messages(lang)
        assert len(msgs) > 400
        empty = [f"[{c}] {s}" for c, s, t, kind in msgs if not t.strip() or kind]
        assert empty == [], f"{lang}: untranslated {empty[:10]}"
        english = [s for _c, s, t, _k in msgs
                   if s not in SAME_IN_EVERY_LANGUAGE and not CYRILLIC.search(t)]
        assert english == [], f"{lang}: left in English {english[:10]}"
    kazakh = [t for _c, _s, t, _k in messages("kk")]
    assert sum(bool(KAZAKH.search(t)) for t in kazakh) > len(kazakh) // 3
    # Placeholders survive translation.
    for lang in ("ru", "kk"):
        for _c, s, t, _k in messages(lang):
            assert set(re.findall(r"%\d", s)) == set(re.findall(r"%\d", t)), (lang, s, t)


def test_sources_and_schema_strings_up_to_date(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n as tool  # scripts/i18n.py
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    from ui import schema_strings

    assert set(schema_strings.STRINGS) == set(tool.schema_strings())
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), "-silent",
                    *sources, "-ts", str(fresh)], cwd=ROOT, check=True)
    tree = ET.parse(fresh)  # noqa: S314
    wanted = {(ctx.findtext("name"), m.findtext("source"))
              for ctx in tree.getroot().iter("context") for m in ctx.iter("message")}
    have = {(c, s) for c, s, _t, _k in messages("ru")}
    assert wanted - have == set(), "run .venv/bin/python scripts/i18n.py"


def test_compiled_translations_load(qapp: Any) -> None:
    from ui import i18n, labels
    from ui.qt import translate

    try:
        assert i18n.install("ru") == "ru"
        assert translate("MainWindow", "New case") == "Новое дело"
        assert translate("schema", "Full name") == "ФИО"
        assert labels.vocab_label("city", "almaty") == "Алматы"
        i18n.install("kk")
        assert translate("MainWindow", "New case") == "Жаңа іс"
        assert translate("validation", "Required.") == "Міндетті өріс."
    finally:
        i18n.install("en")
    assert translate("MainWindow", "New case") == "New case"
