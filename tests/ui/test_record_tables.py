"""Record tables from the desktop, as a person uses them: open Record tables… from the
toolbar, choose by clicks and keys, read the consent preview, confirm the plaintext
warning, choose the file — then the file is read back and checked. Cancel leaves nothing.
"""

from __future__ import annotations

import csv
import json
import stat
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.conftest import PASSPHRASE
from tests.ui.boxes import Answers
from tests.ui.conftest import open_vault, settle, type_text

PROTECTED = "Сапаров Ержан"
REFUSED = "Нурланова Гульнар"
REFUSED_ACCOUNT = "Сына били дубинкой по пяткам в подвале"


def _fill(vault: Any) -> dict[str, str]:
    """Two cases in two cities; a protected boy, a mother who refused sharing (her
    interview and her own record stay), a sister shown in full."""
    from app.records import Records

    r = Records(vault)
    case = r.create("case", {"title": "Дело Каспийск", "city": "almaty",
                             "opened_on": "2024-03-16"}).record_id
    other = r.create("case", {"title": "Дело Тараз", "city": "taraz",
                              "opened_on": "2023-05-02"}).record_id
    boy = r.create("person", {"full_name": PROTECTED, "pseudonym": "A-12", "protected": True,
                              "gender": "male", "case_ids": [case]}).record_id
    mother = r.create("person", {"full_name": REFUSED, "gender": "female",
                                 "case_ids": [case]}).record_id
    r.create("interview", {"case_id": case, "interviewee_id": mother,
                           "account": REFUSED_ACCOUNT,
                           "consent": {"share_coordinator": "refused"}})
    sister = r.create("person", {"full_name": "Нурланова Дана", "gender": "female",
                                 "case_ids": [case]}).record_id
    r.create("person", {"full_name": "Омаров Бекзат", "case_ids": [other]})
    return {"case": case, "other": other, "boy": boy, "sister": sister}


def _open_dialog(qtbot: Any, gui: Any, action_text: str) -> Any:
    """Click the toolbar's Record tables… as a person would."""
    from ui.qt import QtWidgets
    from ui.record_tables import RecordTablesDialog

    bar = gui.main.findChild(QtWidgets.QToolBar)
    action = next(a for a in bar.actions() if a.text() == action_text)
    assert action.isVisible()
    qtbot.mouseClick(bar.widgetForAction(action), qtbot_left())
    dialog = next(w for w in QtWidgets.QApplication.topLevelWidgets()
                  if isinstance(w, RecordTablesDialog) and w.isVisible())
    settle(qtbot, gui)
    return dialog


def qtbot_left() -> Any:
    from ui.qt import Qt

    return Qt.MouseButton.LeftButton


def _untick(qtbot: Any, dialog: Any, kind: str) -> None:
    """Select the kind in the list and press Space: its tick goes."""
    from ui.qt import Qt

    for i in range(dialog.kinds.count()):
        if dialog.kinds.item(i).data(Qt.ItemDataRole.UserRole) == kind:
            dialog.kinds.setFocus()
            dialog.kinds.setCurrentRow(i)
            qtbot.keyClick(dialog.kinds, Qt.Key.Key_Space)
            assert dialog.kinds.item(i).checkState() == Qt.CheckState.Unchecked
            return
    raise AssertionError(kind)


def _preview(qtbot: Any, gui: Any, dialog: Any) -> str:
    dialog.soon.stop()
    dialog.refresh_preview()
    settle(qtbot, gui)
    return dialog.disclosure.text()


def test_field_laptop_exports_a_workbook_in_russian(qtbot: Any, gui: Any,
                                                    tmp_path: Path) -> None:
    from ui import i18n
    from ui.qt import Qt

    i18n.install("ru")
    open_vault(qtbot, gui)
    _fill(gui.session.vault)
    dialog = _open_dialog(qtbot, gui, "Таблицы записей…")
    assert dialog.windowTitle() == "Таблицы записей"
    # Only what happened in 2024 (typed as people type dates), without the interviews.
    type_text(qtbot, dialog.filter_bar.date_from, "01.01.2024")
    _untick(qtbot, dialog, "interview")
    text = _preview(qtbot, gui, dialog)
    assert "Будет записано" in text and "Дело 1" in text, text
    assert REFUSED in text and "Отказ" in text, text  # who stays, and why
    assert PROTECTED not in text  # the protected boy is never named, even here
    Answers.queue.append("go")  # the plaintext warning, read and accepted
    out = tmp_path / "tables.xlsx"
    Answers.files.append([str(out)])
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    settle(qtbot, gui)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)
    assert "Записано (в открытом виде)" in dialog.result.text(), dialog.result.text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    book = openpyxl.load_workbook(out)
    assert set(book.sheetnames) == {"Дело", "Человек"}  # no interview sheet: unticked
    cells = " ".join(str(c) for ws in book.worksheets
                     for row in ws.iter_rows(values_only=True) for c in row if c is not None)
    for secret in (PROTECTED, REFUSED, REFUSED_ACCOUNT):
        assert secret not in cells
    assert "A-12" in cells and "Нурланова Дана" in cells
    assert "Омаров" not in cells and "Дело Тараз" not in cells  # 2023: out of the dates
    head = [c.value for c in book["Человек"][1]]
    assert "Пол" in head
    entry = json.loads(gui.session.db.one(
        "SELECT detail FROM audit WHERE action = 'records_export' ORDER BY seq DESC"
        " LIMIT 1")[0])
    asked = entry["scope"]
    assert entry["format"] == "xlsx" and asked.get("date_from", asked.get("from")) == "2024-01-01"
    assert "interview" not in entry["scope"]["kinds"]


def test_a_bad_date_is_said_at_the_filters_and_nothing_is_asked(qtbot: Any, gui: Any) -> None:
    from ui import i18n

    i18n.install("kk")
    open_vault(qtbot, gui)
    dialog = _open_dialog(qtbot, gui, "Жазбалар кестелері…")
    type_text(qtbot, dialog.filter_bar.date_from, "31.02.2024")
    _preview(qtbot, gui, dialog)
    assert dialog.filter_error.isVisible() and dialog.filter_error.text()
    assert not dialog.go.isEnabled()
    dialog.start()  # even if reached: no warning, no file chooser
    assert not Answers.queue and dialog.job is None


def test_an_existing_file_is_never_overwritten_and_the_refusal_is_in_russian(
        qtbot: Any, gui: Any, tmp_path: Path) -> None:
    from ui import i18n
    from ui.qt import Qt

    i18n.install("ru")
    open_vault(qtbot, gui)
    _fill(gui.session.vault)
    dialog = _open_dialog(qtbot, gui, "Таблицы записей…")
    kept = tmp_path / "отчёт.xlsx"
    kept.write_bytes(b"a partner's own workbook")
    Answers.queue.append("go")
    Answers.files.append([str(kept)])
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)
    settle(qtbot, gui)
    assert "уже существует" in dialog.result.text(), dialog.result.text()
    assert kept.read_bytes() == b"a partner's own workbook"
    assert gui.session.db.one(
        "SELECT count(*) FROM audit WHERE action = 'records_export'")[0] == 0


def test_the_desktop_and_the_command_line_write_the_same_tables(qtbot: Any, gui: Any,
                                                              tmp_path: Path) -> None:
    """One action, two interfaces: the same files byte for byte, the same modes, the same
    audit entry but for where the files went."""
    import os

    from storage.vault import Vault
    from tests.conftest import CLI
    from ui import i18n
    from ui.qt import Qt

    v, _code = Vault.create(gui.vault_path, PASSPHRASE, name="Test laptop")
    _fill(v)
    v.close()
    by_cli = tmp_path / "cli-tables"
    done = CLI(tmp_path)("export-records", str(gui.vault_path), "--format", "csv", "--lang",
                         "ru", "--out", str(by_cli))
    assert done.returncode == 0, done.stderr
    i18n.install("ru")
    gui.start()
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    gui.gate.unlock()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    dialog = _open_dialog(qtbot, gui, "Таблицы записей…")
    csv_button = next(b for b in dialog.formats.buttons() if b.property("format") == "csv")
    qtbot.mouseClick(csv_button, Qt.MouseButton.LeftButton)
    usb = tmp_path / "usb"
    usb.mkdir()
    Answers.queue.append("go")
    Answers.files.append([str(usb)])
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)
    settle(qtbot, gui)
    by_gui = Path(dialog.written)
    assert by_gui.parent == usb
    names = sorted(p.name for p in by_cli.iterdir())
    assert names == sorted(p.name for p in by_gui.iterdir()) and "person.csv" in names
    for name in names:
        assert (by_cli / name).read_bytes() == (by_gui / name).read_bytes(), name
        assert os.stat(by_gui / name).st_mode & 0o777 == 0o600
    entries = [json.loads(d) for (d,) in gui.session.db.all(
        "SELECT detail FROM audit WHERE action = 'records_export' ORDER BY seq")]
    assert len(entries) == 2
    for entry in entries:
        entry.pop("path")
    assert entries[0] == entries[1]


def _block_worker(gui: Any) -> threading.Event:
    """Hold the one worker thread busy until released: the export queued behind it is
    cancelled before it runs a line, whatever the machine's speed."""
    release = threading.Event()
    gui.tasks.run(lambda job: release.wait(10))
    return release


def test_cancel_leaves_no_file_and_no_entry(qtbot: Any, gui: Any, tmp_path: Path) -> None:
    from ui import i18n
    from ui.qt import Qt

    i18n.install("ru")
    open_vault(qtbot, gui)
    _fill(gui.session.vault)
    dialog = _open_dialog(qtbot, gui, "Таблицы записей…")
    out = tmp_path / "out"
    out.mkdir()
    Answers.queue.append("go")
    Answers.files.append([str(out / "tables.xlsx")])
    release = _block_worker(gui)
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert dialog.bar.isVisible() and dialog.close_button.text() == "Отмена"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)
    settle(qtbot, gui)
    assert dialog.result.text() == "Отменено: ничего не записано."
    assert list(out.iterdir()) == []  # no file, no hidden .partial
    assert gui.session.db.one(
        "SELECT count(*) FROM audit WHERE action = 'records_export'")[0] == 0
    assert dialog.isVisible()  # Cancel stopped the work; the dialog stays for another try


def test_a_preview_for_earlier_choices_is_dropped(qtbot: Any, gui: Any) -> None:
    """On a large archive a preview takes seconds: one for choices since changed stops,
    and only the latest choices' answer is shown."""
    from ui import i18n

    i18n.install("ru")
    open_vault(qtbot, gui)
    _fill(gui.session.vault)
    dialog = _open_dialog(qtbot, gui, "Таблицы записей…")
    release = _block_worker(gui)
    dialog.refresh_preview()
    first = dialog.preview_job
    _untick(qtbot, dialog, "case")
    dialog.soon.stop()
    dialog.refresh_preview()
    assert first is not None and first.cancel.is_set() and dialog.preview_job is not first
    release.set()
    settle(qtbot, gui)
    assert "Будет записано" in dialog.disclosure.text() and "Дело" not in \
        dialog.disclosure.text().split("\n")[0]


def test_desk_exports_the_uwazi_pack_and_esc_cancels_first(qtbot: Any, gui: Any,
                                                          tmp_path: Path) -> None:
    from storage.vault import Vault
    from tests.ui.test_archive_kit import open_desk
    from ui import i18n
    from ui.qt import Qt

    i18n.install("kk")
    archive, _ = Vault.create(gui.vault_path, PASSPHRASE, name="Coalition office",
                              role="archive")
    ids = _fill(archive)
    # A publication: the sister agreed, the boy agreed without his name, the others were
    # not asked, so they are not published.
    from app.records import Records

    Records(archive).create("consent", {"person_id": ids["sister"],
                                        "consent": {"publication": "given"}})
    Records(archive).create("consent", {"person_id": ids["boy"],
                                        "consent": {"publication": "anonymised"}})
    archive.close()
    open_desk(qtbot, gui)
    dialog = _open_dialog(qtbot, gui, "Жазбалар кестелері…")
    uwazi = next(b for b in dialog.formats.buttons() if b.property("format") == "uwazi")
    qtbot.mouseClick(uwazi, Qt.MouseButton.LeftButton)
    assert dialog.fmt() == "uwazi"
    shown = {dialog.kinds.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(dialog.kinds.count())}
    assert "interview" not in shown and "case" in shown  # accounts are never published
    text = _preview(qtbot, gui, dialog)
    assert "Жазылады" in text and "Есімсіз көрсетіледі" in text and "A-12" in text, text
    assert PROTECTED not in text
    folder = tmp_path / "usb"
    folder.mkdir()
    Answers.queue.append("go")
    Answers.files.append([str(folder)])
    qtbot.keyClick(dialog.go, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)
    settle(qtbot, gui)
    pack = folder / "uwazi"
    assert sorted(p.name for p in pack.iterdir()) == ["cases.csv", "people.csv", "thesauri"]
    with (pack / "cases.csv").open(encoding="utf-8", newline="") as fh:
        cases = list(csv.DictReader(fh))
    assert {c["title"] for c in cases} == {"Дело Каспийск", "Дело Тараз"}
    assert {c["opened_on"] for c in cases} == {"2024/03/16", "2023/05/02"}  # Uwazi's dates
    assert {c["city"] for c in cases} == {"Алматы", "Тараз"}  # thesaurus labels, in kk
    with (pack / "people.csv").open(encoding="utf-8", newline="") as fh:
        people = list(csv.DictReader(fh))
    assert {p["title"] for p in people} == {"Нурланова Дана", "A-12"}
    assert PROTECTED not in str(people) and REFUSED not in str(people)
    # Esc while working cancels the work first and keeps the dialog.
    release = _block_worker(gui)
    Answers.queue.append("go")
    Answers.files.append([str(folder)])
    dialog.start()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    release.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)
    settle(qtbot, gui)
    assert dialog.isVisible() and sorted(p.name for p in folder.iterdir()) == ["uwazi"]


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "dpi"), [(1366, 768, 96), (1280, 720, 120)])
def test_the_dialog_fits_in_russian_and_kazakh(tmp_path: Path, width: int, height: int,
                                               dpi: int) -> None:
    """On the demo archive, before and after writing: nothing cut, no English word, the
    window on the screen (tests/ui/window_audit.py, as for every other window) — on the
    commonest laptop screen, and on a field laptop's 1280×720 at 125 %."""
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(root), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, str(root / "scripts" / "record_tables_shots.py"),
                           "--out", str(tmp_path / "shots")], env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert len(list((tmp_path / "shots").glob("*.png"))) == 4
