"""The canary check for a GUI session: after typing unique strings into a narrative and a
person's name, importing a photo that carries unique bytes, viewing it and locking, none
of them can be found on disk — in the vault folder, the temp folder, or Qt's cache,
config and data locations — in plain text, UTF-16 or base64."""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QStandardPaths

from tests.ui.conftest import open_vault, settle, type_text

NARRATIVE = "CANARYnarrative7f3a9 били дубинкой"
NAME = "CANARYname51c2 Ерлан"
PHOTO = b"CANARYphoto0e8d1bytes"


def encodings(secret: bytes) -> list[bytes]:
    forms = [secret, secret.decode("utf-8", "ignore").encode("utf-16-le")]
    for pad in range(3):  # base64 at each alignment: the middle is stable
        enc = base64.b64encode(b"\0" * pad + secret)
        forms.append(enc[4:-4])
    return forms


def scan(folders: list[Path], secrets: list[bytes]) -> list[str]:
    hits = []
    needles = [(s, form) for s in secrets for form in encodings(s)]
    for folder in folders:
        if not folder.exists():
            continue
        for file in folder.rglob("*"):
            if not file.is_file() or file.is_symlink():
                continue
            data = file.read_bytes()
            for s, form in needles:
                if form in data:
                    hits.append(f"{file}: {s[:14]!r}")
    return hits


def test_gui_session_leaves_no_plaintext(qtbot: Any, gui: Any, tmp_path: Path,
                                         monkeypatch: Any) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    # Qt's test-mode folders (~/.qttest) under a home of this test's own: a canary another
    # run of this test on the machine writes there at the same time is not this one's.
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    QStandardPaths.setTestModeEnabled(True)
    try:
        run_session(qtbot, gui, tmp_path)
        qt_dirs = [Path(QStandardPaths.writableLocation(loc)) for loc in (
            QStandardPaths.StandardLocation.CacheLocation,
            QStandardPaths.StandardLocation.GenericCacheLocation,
            QStandardPaths.StandardLocation.AppConfigLocation,
            QStandardPaths.StandardLocation.GenericConfigLocation,
            QStandardPaths.StandardLocation.AppDataLocation,
            QStandardPaths.StandardLocation.AppLocalDataLocation)]
    finally:
        QStandardPaths.setTestModeEnabled(False)
    secrets = [NARRATIVE.encode(), NAME.encode(), PHOTO, b"CANARYnarrative7f3a9",
               b"CANARYname51c2"]
    folders = [gui.vault_path, temp, *qt_dirs]
    assert gui.vault_path.exists() and any(gui.vault_path.rglob("blobs/*"))
    assert scan(folders, secrets) == []
    # The check can see: the photo we made outside those folders does hold its canary.
    assert scan([tmp_path / "outside"], [PHOTO])


def run_session(qtbot: Any, gui: Any, tmp_path: Path) -> None:
    from tests.ui.boxes import Answers
    from tests.ui.test_cases import new_form, save
    from ui.field.evidence import Viewer

    open_vault(qtbot, gui)
    main = gui.main
    form = new_form(qtbot, gui, lambda: main.new_record("case"))
    qtbot.keyClicks(form.form.editors["title"].widget, "Canary case")
    save(qtbot, gui, form)
    qtbot.waitUntil(lambda: main.case_view is not None, timeout=10000)
    settle(qtbot, gui)
    view = main.case_view
    form = new_form(qtbot, gui, lambda: view.add("person"))
    type_text(qtbot, form.form.editors["full_name"].widget, NAME)
    settle(qtbot, gui)
    qtbot.waitUntil(lambda: "Draft kept" in form.status.text(), timeout=10000)  # a draft
    save(qtbot, gui, form)
    form = new_form(qtbot, gui, lambda: view.add("interview"))
    type_text(qtbot, form.form.editors["account"].widget, NARRATIVE)
    qtbot.waitUntil(lambda: "Draft kept" in form.status.text(), timeout=10000)
    save(qtbot, gui, form)
    # An unsaved draft with the canary is open when the vault locks.
    form = new_form(qtbot, gui, lambda: view.add("incident"))
    type_text(qtbot, form.form.editors["narrative"].widget, NARRATIVE)
    outside = tmp_path / "outside"
    outside.mkdir()
    photo = outside / "canary.jpg"
    Image.new("RGB", (800, 600), (150, 80, 70)).save(photo, "JPEG", comment=PHOTO)
    Answers.files.append([str(photo)])
    view.gallery.add_files()
    qtbot.waitUntil(lambda: view.gallery.model.rowCount() == 1, timeout=15000)
    settle(qtbot, gui)
    viewer = Viewer(gui, view.gallery.items[0], main)
    viewer.show()
    settle(qtbot, gui)
    assert not viewer.view.item.pixmap().isNull()
    type_text(qtbot, main.filters.search, "CANARYname")
    settle(qtbot, gui)
    gui.lock(panic=True)
    settle(qtbot, gui)
    gui.shutdown()
