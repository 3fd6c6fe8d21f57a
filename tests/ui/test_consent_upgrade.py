"""The desk's receive report says, in the coordinator's language, that a bundle from a
newer field laptop needs the archive upgraded (not "the file was altered")."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any


def test_newer_kind_rejection_reads_as_an_upgrade(gui: Any) -> None:
    from ui import i18n
    from ui.desk.common import ALTERED, describe

    report = SimpleNamespace(device_name="Taraz laptop", file="/usb/a1.bundle", seq=3,
                             status="rejected", reason_code="newer_kind", dry_run=False,
                             reason="this bundle holds records of a kind …")
    for lang, words in (("ru", "Обновите Qorgau"), ("kk", "Qorgau-ды")):
        i18n.install(lang)
        _colour, _head, lines = describe(report)
        text = "\n".join(lines)
        assert words in text and ALTERED not in text, text
    i18n.install("en")
