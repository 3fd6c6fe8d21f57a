"""Figures and reports on the coordinator's desk: the statistics tables drawn as charts,
with CSV export (after the plaintext warning); a PDF case report and Istanbul Protocol
annex made with Qt's PDF writer, its text extracted and checked — the protected name
absent while masked, present once revealed — and the export in the custody log."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import settle
from tests.ui.test_archive_kit import (
    PROTECTED_NAME,
    PSEUDONYM,
    a_case,
    copy_world,
    export,
    field,
    open_desk,
    photo_file,
    show,
)


@pytest.fixture
def desk(qtbot: Any, gui: Any, world_template: Path, tmp_path: Path) -> Iterator[Any]:
    from tests.ui.boxes import Answers

    world = copy_world(world_template, tmp_path)
    with field(world["a"]) as a:
        ids = a_case(a, photo=photo_file(tmp_path / "IMG_0101.jpg"))
        export(a, world["usb"] / "a1.bundle")
    window = open_desk(qtbot, gui)
    page = show(qtbot, gui, window, "receive")
    Answers.files.append([str(world["usb"] / "a1.bundle")])
    page.choose_files()
    qtbot.waitUntil(lambda: page.batch is None, timeout=20000)
    settle(qtbot, gui)
    window.ids = ids
    yield window


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF back")
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_statistics_charts_and_csv(qtbot: Any, gui: Any, desk: Any, tmp_path: Path) -> None:
    from tests.ui.boxes import Answers

    page = show(qtbot, gui, desk, "stats")
    from app import stats

    qtbot.waitUntil(lambda: page.list.count() == len(stats.TABLES) and not page.strip.busy,
                    timeout=10000)
    assert page.list.item(0).text() == "Complaints by status and city"
    chart = page.chart.chart
    assert chart is not None and chart.categories == ["Taraz"]
    assert sum(chart.values[0]) == 1  # one filed complaint, refused registration: closed
    page.list.setCurrentRow(list(stats.TABLES).index("methods"))
    assert page.title.text() == "Methods of torture and ill-treatment"
    assert page.chart.chart.values == [[1.0]]
    page.chart.repaint()
    assert page.chart.painted_at > 0
    # Every table draws a chart from its own figures (none falls back to nothing).
    for row, name in enumerate(stats.TABLES):
        page.list.setCurrentRow(row)
        drawn = page.chart.chart
        assert drawn is not None and all(len(v) == len(drawn.series) for v in drawn.values), name
        assert drawn.series or not drawn.categories, name
    # A bad date is said at the filters, nothing is counted.
    page.date_from.setText("2022-13")
    page.refresh()
    assert page.error.isVisible() and "not a date" in page.error.text()
    page.date_from.setText("2023")
    page.refresh()
    qtbot.waitUntil(lambda: not page.strip.busy, timeout=10000)
    assert page.chart.chart.categories == []  # nothing filed from 2023
    assert "Filters: dates 2023 to …." in page.note.text()
    page.date_from.clear()
    # The region and the event tag filter every table: the Taraz complaint is in Zhambyl
    # Region, and its case has no tag.
    page.region.setCurrentIndex(page.region.findData("zhambyl"))
    page.refresh()
    qtbot.waitUntil(lambda: not page.strip.busy, timeout=10000)
    page.list.setCurrentRow(0)
    assert page.chart.chart.categories == ["Taraz"]
    page.tag.setText("January 2022")
    page.refresh()
    qtbot.waitUntil(lambda: not page.strip.busy, timeout=10000)
    page.list.setCurrentRow(0)
    assert page.chart.chart.categories == []
    assert "January 2022" in page.note.text() and "Zhambyl Region" in page.note.text()
    page.tag.clear()
    page.region.setCurrentIndex(0)
    page.refresh()
    qtbot.waitUntil(lambda: not page.strip.busy, timeout=10000)
    # CSV: the plaintext warning first; cancelled, nothing is written.
    out = tmp_path / "csv"
    out.mkdir()
    seen = Answers.answer("cancel")
    page.export_csv(all_tables=True)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "plaintext" in seen[-1] and not list(out.iterdir())
    Answers.queue.append("go")
    Answers.files.append([str(out)])
    page.export_csv(all_tables=True)
    qtbot.waitUntil(lambda: "Written" in page.message.text(), timeout=10000)
    assert len(list(out.glob("*.csv"))) == len(stats.TABLES)
    text = (out / "closed_by_city.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "City code,City,Complaints,Closed,Closed (%)"
    assert "taraz,Taraz,1,1,100.0" in text


def test_pdf_report_masks_protected_people(qtbot: Any, gui: Any, desk: Any,
                                           tmp_path: Path) -> None:
    from storage import audit
    from tests.ui.boxes import Answers

    page = show(qtbot, gui, desk, "reports")
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10000)
    page.list.setCurrentRow(0)
    page.prepared_for.setText("Prosecutor's office of Taraz")
    target = tmp_path / "report.pdf"
    seen = Answers.answer("go")
    Answers.files.append([str(target)])
    page.make()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "not encrypted" in seen[-1] or "plaintext" in seen[-1]
    qtbot.waitUntil(lambda: page.last_path == str(target), timeout=20000)
    assert str(target) in page.message.text()
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    text = pdf_text(target)
    flat = " ".join(text.split())
    for wanted in ("Case report", "Beating at IVS Taraz", "TRZ-2022-031", "Timeline",
                   PSEUDONYM, "Incident", "IVS basement", "Medical findings", "L1", "L2",
                   "Complaints and outcomes", "3-12/114", "Registration refused",
                   "Istanbul Protocol medical annex", "VI. Physical examination",
                   "Bruising of both soles", "Highly consistent with",
                   "Prepared for: Prosecutor's office of Taraz", "page 1 of"):
        assert wanted in flat, wanted
    assert PROTECTED_NAME not in flat and "Ерлан" not in flat
    assert "1990-05-04" not in flat  # the protected person's date of birth
    entry = audit.entries(gui.session.db, action="report_export")[0]["detail"]
    assert entry["recipient"] == "Prosecutor's office of Taraz" and not entry["revealed"]
    assert desk.ids["victim"] in entry["record_ids"]

    # Chosen on purpose (and confirmed), the real name is shown.
    page.reveal.setChecked(True)
    page.part_report.setChecked(True)
    page.part_annex.setChecked(False)
    revealed = tmp_path / "revealed.pdf"
    Answers.queue.extend(["reveal", "go"])
    Answers.files.append([str(revealed)])
    page.make()
    qtbot.waitUntil(lambda: page.last_path == str(revealed), timeout=20000)
    flat = " ".join(pdf_text(revealed).split())
    assert PROTECTED_NAME in flat and "Istanbul Protocol medical annex" not in flat
    assert audit.entries(gui.session.db, action="report_export")[0]["detail"]["revealed"]


def test_pdf_in_russian(qtbot: Any, gui: Any, desk: Any, tmp_path: Path) -> None:
    from app.usecases import reports as views
    from ui import i18n
    from ui.desk.report import render_pdf

    s = gui.session
    data = gui.tasks.call(lambda: views.case_report(s, desk.ids["case"]))
    try:
        i18n.install("ru")
        pdf = render_pdf(data, report=True, annex=True, prepared_for="")
    finally:
        i18n.install("en")
    (tmp_path / "ru.pdf").write_bytes(pdf)
    flat = " ".join(pdf_text(tmp_path / "ru.pdf").split())
    assert "Отчёт по делу" in flat and "Хронология" in flat
    assert "Медицинское приложение по Стамбульскому протоколу" in flat
    assert PROTECTED_NAME not in flat
