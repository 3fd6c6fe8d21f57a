"""Core error messages read in the person's language: real faults raised through real
actions of both desks (a file that is not a bundle, a date that is not one, a disk that
takes nothing, a folder the system refuses) show no English on a Russian or Kazakh
screen. Each test switches the interface language as Settings does, in one session."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_vault, settle

# What may stay in Latin letters in a translated message: the product's name and what
# the person gave (a file name); everything else is a word they should be able to read.
ALLOWED = {"Qorgau", "qorgau", "notes", "bundle", "sys", "report", "pdf"}


def english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in ALLOWED]


def _desk(qtbot: Any, gui: Any, tmp_path: Path) -> tuple[Any, str]:
    """An archive with one enrolled field laptop, unlocked through the unlock window."""
    from app.usecases import devices
    from app.usecases.session import Session
    from storage.vault import Vault
    from sync import card, trust

    field, _ = Vault.create(tmp_path / "field", PASSPHRASE, name="Field laptop")
    laptop = trust.own_card(field)
    field.close()
    archive, _ = Vault.create(gui.vault_path, PASSPHRASE, name="Coalition office",
                              role="archive")
    devices.enroll(Session(archive), card.to_json(laptop), card.fingerprint(laptop))
    archive.close()
    gui.start()
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    gui.gate.unlock()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    return gui.main, laptop.name


def test_a_file_that_is_not_a_bundle(qtbot: Any, gui: Any, tmp_path: Path) -> None:
    from tests.ui.boxes import Answers
    from ui import core_messages, i18n

    desk, _name = _desk(qtbot, gui, tmp_path)
    i18n.install("kk")
    page = desk.show_page("receive")
    settle(qtbot, gui)
    wrong = tmp_path / "notes.bundle"
    wrong.write_text("minutes of the meeting, not a bundle\n", encoding="utf-8")
    Answers.files.append([str(wrong)])
    page.choose_files()
    qtbot.waitUntil(lambda: page.batch is None and not page.queue, timeout=20000)
    settle(qtbot, gui)
    text = page.report.toPlainText() + "\n" + page.summary.text()
    assert "notes.bundle" in text  # the report is there, about this file
    assert not english_words(text), text
    # The core's own reason (the technical detail an English screen adds) reads in both
    # languages too: it is a message of the catalogue, translated.
    [(report, error)] = page.all_reports
    reason = report.reason if error is None else str(error)
    assert english_words(reason)
    for lang in ("ru", "kk"):
        words = core_messages.translated(reason, lang)
        assert words and not english_words(words), (lang, reason, words)


def test_a_date_that_is_not_one(qtbot: Any, gui: Any, tmp_path: Path) -> None:
    from tests.ui.boxes import Answers
    from ui import i18n

    desk, name = _desk(qtbot, gui, tmp_path)
    page = desk.show_page("devices")
    settle(qtbot, gui)
    page.table.selectRow(next(i for i, d in enumerate(page.rows) if d["name"] == name))
    for lang in ("ru", "kk"):
        i18n.install(lang)
        page.revoke()
        dialog = page.revoke_dialog
        dialog.day.setText("31.02.2024")
        dialog.by_day.setChecked(True)
        dialog.reason.setText("Laptop taken at the checkpoint")
        Answers.queue.append("revoke")  # the confirmation; the error box is answered below
        seen = Answers.answer("ok")
        dialog.revoke()
        qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=15000)
        settle(qtbot, gui)
        assert "31.02.2024" in seen[0]
        assert not english_words(seen[0]), (lang, seen[0])
        dialog.close()
    page.refresh()
    settle(qtbot, gui)
    assert all(d["revoked_at"] is None for d in page.rows)  # nothing changed


def test_a_disk_that_takes_nothing(qtbot: Any, gui: Any, tmp_path: Path) -> None:
    from app.records import Records
    from storage.vault import Vault
    from sync import card, trust
    from tests.ui.boxes import Answers
    from ui import i18n
    from ui.field.exporting import ExportDialog

    archive, _ = Vault.create(tmp_path / "archive", PASSPHRASE, name="Coalition office",
                              role="archive")
    coordinator = trust.own_card(archive)
    archive.close()
    open_vault(qtbot, gui)
    s = gui.session
    gui.tasks.call(lambda: trust.trust(s.vault, card.to_json(coordinator),
                                       card.fingerprint(coordinator)))
    gui.tasks.call(lambda: Records(s.vault).create("case", {"title": "Case to send"}))
    for lang in ("ru", "kk"):
        i18n.install(lang)
        dialog = ExportDialog(gui, gui.main)
        dialog.show()
        settle(qtbot, gui)
        # /sys refuses every new file, even root's, and reports no free space: the fault a
        # full or locked-down USB stick gives, from the real operating system.
        Answers.files.append(["/sys"])
        dialog.start()
        qtbot.waitUntil(lambda dialog=dialog: dialog.job is None, timeout=20000)
        settle(qtbot, gui)
        text = dialog.result.text()
        assert text and not english_words(text), (lang, text)
        dialog.close()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_folder_the_system_refuses(lang: str, tmp_path: Path) -> None:
    """A real refusal by the operating system (EACCES under /sys, ENOTDIR under a file),
    through the core's one helper that words it, read in `lang`."""
    from storage.atomic import io_fault
    from ui import core_messages

    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    for target in (Path("/sys/qorgau-report.pdf"), plain / "report.pdf"):
        with pytest.raises(OSError) as caught:
            os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        message = str(io_fault(caught.value, f"write {target.name}"))
        words = core_messages.translated(message, lang)
        assert words and not english_words(words), (message, words)
        assert target.name in words
