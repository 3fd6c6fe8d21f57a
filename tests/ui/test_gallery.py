"""The evidence gallery with many photos: the case reloads with a single model reset,
and only the thumbnails on screen are decoded (a 500-photo import once froze the window
while every thumbnail was decoded at once; bench/gui.py measures it)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt

from tests.ui.conftest import open_vault, settle


def test_gallery_decodes_only_what_is_shown(qtbot: Any, gui: Any, tmp_path: Path) -> None:
    from app import evidence
    from app.records import Records

    open_vault(qtbot, gui)
    s = gui.session
    photos = []
    for i in range(60):
        buf = io.BytesIO()
        Image.new("RGB", (320, 240), (120 + i, 80, 90)).save(buf, "JPEG")
        photo = tmp_path / f"IMG_{i:03d}.jpg"
        photo.write_bytes(buf.getvalue())
        photos.append(photo)
    note = tmp_path / "statement.pdf"
    note.write_bytes(b"%PDF-1.4 not an image")

    def write() -> str:
        records = Records(s.vault)
        case = records.create("case", {"title": "Many photos"}).record_id
        for p in [*photos, note]:
            evidence.ingest(records, p, record_id=case)
        return case

    case = gui.tasks.call(write)
    main = gui.main
    main.resize(1280, 800)
    main.show()
    main.show_case(case)
    settle(qtbot, gui)
    view = main.case_view
    view.tabs.setCurrentWidget(view.gallery)
    gallery, model = view.gallery, view.gallery.model
    qtbot.waitUntil(lambda: model.rowCount() == 61, timeout=15000)
    qtbot.waitExposed(gallery.view)
    gallery.view.viewport().repaint()
    decoded = len(model._pixmaps)
    assert 0 < decoded < 61  # what is on screen, not all of it
    last = model.index(60)
    assert model.data(last) == "statement.pdf"
    assert not model.data(last, Qt.ItemDataRole.DecorationRole).isNull()  # a file icon
    assert "statement.pdf" in model.data(last, Qt.ItemDataRole.ToolTipRole)
    # Scrolling to the end decodes the rest on the way; a reload keeps them.
    gallery.view.scrollToBottom()
    gallery.view.viewport().repaint()
    assert len(model._pixmaps) > decoded
    kept = dict(model._pixmaps)
    view.reload()
    settle(qtbot, gui)
    assert model.rowCount() == 61
    assert all(model._pixmaps[k] is v for k, v in kept.items())
