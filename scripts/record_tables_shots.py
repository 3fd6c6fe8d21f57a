"""Screenshots of the record tables dialog (Record tables…) on the demo archive, in
Russian and Kazakh at the screen it runs on, checked by tests/ui/window_audit.py.

    xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/python scripts/record_tables_shots.py

Writes docs/screenshots/record-tables/{ru,kk}-1-choices.png and -2-written.png (or into
`--out FOLDER`); exits 1 if the audit finds a problem (a cut-off button, an English word,
a window off-screen). tests/ui/test_record_tables.py runs it on a 1366×768 screen.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots" / "record-tables"
PASS = "demo passphrase for the screenshots 4417"  # noqa: S105  (a throwaway demo vault)


def main() -> int:
    from app.usecases import demo
    from tests.ui.window_audit import audit
    from ui import i18n, style
    from ui.app import QorgauApp
    from ui.qt import QStandardPaths, QtWidgets
    from ui.record_tables import RecordTablesDialog

    global OUT
    if "--out" in sys.argv:
        OUT = Path(sys.argv[sys.argv.index("--out") + 1])
    QStandardPaths.setTestModeEnabled(True)
    qapp = QtWidgets.QApplication(sys.argv[:1])
    from tests.ui.boxes import Answers

    Answers.start()  # answers the boxes and file dialogs the script expects, as a person
    style.apply(qapp)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="qorgau-tables-"))
    problems: list[str] = []
    try:
        session, _code = demo.create(tmp / "vault", PASS)
        demo.populate(session)
        session.close()
        for lang in ("ru", "kk"):
            i18n.install(lang)
            app = QorgauApp(tmp / "vault")
            app.start()

            def wait(cond=None, app=app) -> None:
                for _ in range(4000):
                    qapp.processEvents()
                    if app.tasks.idle() and (cond is None or cond()):
                        return
                    qapp.thread().msleep(5)
                raise RuntimeError("timed out")

            app.gate.passphrase.setText(PASS)
            app.gate.unlock()
            wait(lambda app=app: app.main is not None)
            app.main.show()
            dialog = RecordTablesDialog(app, app.main)
            dialog.show()
            wait()
            dialog.filter_bar.date_from.setText("01.01.2021")
            dialog.soon.stop()
            dialog.refresh_preview()
            wait()
            qapp.processEvents()
            problems += audit(dialog, lang, where="record-tables")
            dialog.grab().save(str(OUT / f"{lang}-1-choices.png"))
            Answers.queue.append("go")
            Answers.files.append([str(tmp / f"records-{lang}.xlsx")])
            dialog.start()
            wait(lambda dialog=dialog: dialog.job is None)
            qapp.processEvents()
            problems += audit(dialog, lang, where="record-tables written")
            dialog.grab().save(str(OUT / f"{lang}-2-written.png"))
            dialog.close()
            app.lock()
            wait()
            app.shutdown()
            for w in QtWidgets.QApplication.topLevelWidgets():
                w.hide()
                w.deleteLater()
            qapp.processEvents()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
