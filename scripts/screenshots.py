# ruff: noqa: B023 - closures run within the loop iteration that made them
"""Render every main screen of the desktop application to docs/screenshots/.

    xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/python scripts/screenshots.py
    ... scripts/screenshots.py --coord-only        # the coordinator's desk only
    ... scripts/screenshots.py --field-only        # the field laptop only
    ... scripts/screenshots.py --all               # English too
    ... scripts/screenshots.py --check --out DIR   # also audit every window (exit 1 if a
                                                   # window does not fit, a button or a
                                                   # label is cut, or English shows)

Uses fictional demo data (app.demo when present, else a few records made here) in a
throwaway vault, in Russian and Kazakh (and English with --all), on the screen it is
given: 1366×768, the commonest laptop screen of the organisations using Qorgau. Every
window opens at the size it chooses itself, as a person would see it.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.fastkdf import install as _fast_kdf  # noqa: E402  (throwaway demo vaults)

_fast_kdf()

PASS = "screenshot demo passphrase"  # noqa: S105 - a throwaway vault
OUT = ROOT / "docs" / "screenshots"
PROBLEMS: list[str] = []


def photo(color: tuple[int, int, int], seed: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.new("RGB", (900, 640), (222, 188, 160))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 560, 900, 640), fill=(60, 60, 70))
    for i in range(0, 900, 45):  # a ruler, as the Istanbul Protocol asks
        d.rectangle((i, 560, i + 22, 600), fill=(240, 240, 240))
    x = 250 + seed * 70
    d.ellipse((x, 180, x + 260, 360), fill=color)
    img = img.filter(ImageFilter.GaussianBlur(9))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def populate(vault, folder: Path) -> str:
    """Fictional records; returns the id of the case to show."""
    from app import evidence
    from app.records import Records

    try:
        from app import demo  # written by another engineer; used when present

        demo.populate(vault)
    except ImportError:
        pass
    r = Records(vault)
    fac = r.create("facility", {"name": "ИВС ДП Жамбылской области", "code": "ИВС-12",
                                "type": "ivs", "city": "taraz",
                                "capacity": 40}).record_id
    cid = r.create("case", {
        "reference": "TRZ-2022-031", "title": "Избиение задержанного в ИВС Тараза",
        "summary": "Задержан 6 января 2022 г. Родственники видели следы побоев на руках, "
                   "животе и спине во время свидания.", "city": "taraz", "status": "active",
        "opened_on": "2022-01-20", "case_worker": "А. Нурланова", "reprisal_risk": "high",
    }).record_id
    victim = r.create("person", {"full_name": "Вымышленный Ерлан", "pseudonym": "A-17",
                                 "protected": True, "gender": "male", "city": "taraz",
                                 "roles": ["victim"], "case_ids": [cid],
                                 "do_not_contact": True, "reprisal_risk": "high"}).record_id
    r.create("person", {"full_name": "Гульнара Вымышленная", "gender": "female",
                        "roles": ["relative"], "case_ids": [cid], "city": "taraz"})
    r.create("person", {"description": "Высокий, в форме, звание капитан", "rank": "капитан",
                        "roles": ["alleged_perpetrator"], "case_ids": [cid],
                        "recognise_by_sight": True})
    r.create("detention", {"case_id": cid, "person_id": victim, "facility_id": fac,
                           "facility_name": "ИВС Тараза", "from_date": "2022-01-06",
                           "to_date": "2022-01-09", "hours_before_registration": 52,
                           "lawyer_access": "refused", "family_access": "refused",
                           "charges": ["272-2"]})
    r.create("interview", {"case_id": cid, "relation": "mother", "date": "2022-01-25",
                           "place": "Тараз, дома у семьи", "language": "ru",
                           "interviewer": "А. Нурланова",
                           "consent": {"documentation": "given", "share_coordinator": "given"},
                           "account": "На свидании сын показал следы ударов на руках и спине. "
                                      "Сказал, что били дубинкой по пяткам.",
                           "reprisal_risk": "high"})
    r.create("incident", {"case_id": cid, "victim_ids": [victim], "date": "2022-01-07",
                          "time": "ночью", "place": "ИВС, подвал", "facility_id": fac,
                          "methods": ["beating_truncheon", "beating_soles_palms"],
                          "narrative": "Ночью вывели в подвал и били дубинкой по пяткам."})
    exam = r.create("medical_exam", {
        "case_id": cid, "person_id": victim, "date": "2022-01-26",
        "examiner": {"name": "Д-р Вымышленная", "qualifications": "судебно-медицинский эксперт"},
        "consent_evaluation": "given", "consent_photos": "given",
        "allegations": "Удары дубинкой по стопам и спине.", "methods": ["beating_soles_palms"],
        "overall_consistency": "highly_consistent"}).record_id
    for i, (view, x, y, region, kind) in enumerate((
            ("front", 520, 420, "abdomen", "bruise"), ("back", 430, 300, "back", "bruise"),
            ("back", 600, 320, "back", "abrasion"), ("feet", 290, 520, "soles", "bruise"))):
        r.create("lesion", {"exam_id": exam, "marker": f"L{i + 1}", "view": view, "x": x,
                            "y": y, "body_region": region, "type": kind, "length_mm": 40 + i,
                            "colour": "сине-багровый", "estimated_age": "days_1_3",
                            "consistency": "highly_consistent"})
    r.create("complaint", {"case_id": cid, "body": "prosecutor", "filed_on": "2022-01-28",
                           "reference_number": "№ 3-12/114", "status": "registration_refused",
                           "response": "Отказано в регистрации за отсутствием состава.",
                           "reprisals": "Через неделю матери позвонили и потребовали "
                                        "отозвать жалобу."})
    for i, color in enumerate(((120, 60, 110), (90, 70, 120), (140, 70, 80))):
        p = folder / f"IMG_20220126_{i:03d}.jpg"
        p.write_bytes(photo(color, i))
        evidence.ingest(r, p, record_id=cid)
        p.unlink()
    v1 = r.create("npm_visit", {
        "facility_id": fac, "started_at": "2021-11-10T10:00", "ended_at": "2021-11-10T15:30",
        "team": ["М. Вымышленов", "С. Примерова"], "announced": False,
        "recommendations": [{"id": "R1", "text": "Вести журнал доставленных без пропусков.",
                             "status": "open"},
                            {"id": "R2", "text": "Обеспечить осмотр врачом при поступлении.",
                             "status": "in_progress"}],
        "private_interviews": [{"code": "D-3", "consent": True, "fear_of_reprisal": True,
                                "recheck_next_visit": True}]}).record_id
    r.create("npm_visit", {"facility_id": fac, "started_at": "2022-02-15T09:30",
                           "previous_visit_id": v1, "announced": False,
                           "obstruction": "Пустили только через 40 минут.",
                           "checklist": [{"item": "light", "rating": "inadequate"},
                                         {"item": "access_to_lawyer", "rating": "inadequate"}],
                           "recommendations": [{"id": "R1", "text": "Вести журнал.",
                                                "status": "partly_implemented"}]})
    cities = ["almaty", "astana", "shymkent", "taraz", "kyzylorda", "karaganda"]
    statuses = ["intake", "active", "on_hold", "follow_up", "closed"]
    r.create_many(("case", {
        "reference": f"{c[:3].upper()}-2022-{n:03d}", "title": t, "city": c,
        "status": statuses[n % 5], "opened_on": f"2022-0{1 + n % 9}-{10 + n % 18}",
        "reprisal_risk": "high" if n % 4 == 0 else "low"})
        for n, (c, t) in enumerate(
            (cities[n % 6], ["Пытки в СИЗО 155/18", "Избиение при задержании",
                             "Отказ в медицинской помощи", "Угрозы семье заявителя",
                             "Задержание без регистрации 72 часа"][n % 5])
            for n in range(2, 40)))
    return cid


def note_names(vault) -> None:
    """People's names and facility codes written in Latin letters are data, not English
    interface text: the window audit allows them."""
    import json
    import re

    from tests.ui import window_audit

    for (body,) in vault.db.all("SELECT body FROM records WHERE kind IN ('person', 'facility')"):
        b = json.loads(body)
        for key in ("full_name", "pseudonym", "code", "name", "aliases"):
            value = b.get(key)
            for text in value if isinstance(value, list) else [value or ""]:
                window_audit.ALLOWED.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))


def grab(widget, name: str, lang: str) -> None:
    from ui.qt import QtWidgets

    QtWidgets.QApplication.processEvents()
    widget.grab().save(str(OUT / f"{lang}-{name}.png"))
    if "--check" in sys.argv:
        from tests.ui.window_audit import audit

        PROBLEMS.extend(audit(widget.window(), lang, where=name))


def main() -> int:
    global OUT
    langs = ["en", "ru", "kk"] if "--all" in sys.argv else ["ru", "kk"]
    if "--out" in sys.argv:
        OUT = Path(sys.argv[sys.argv.index("--out") + 1])
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="qorgau-shots-"))
    try:
        code = shoot(tmp, langs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for problem in PROBLEMS:
        print("PROBLEM", problem)
    return 1 if PROBLEMS else code


def shoot(tmp: Path, langs: list[str]) -> int:
    from storage.vault import Vault
    from ui import i18n, style
    from ui.app import QorgauApp
    from ui.qt import QStandardPaths, QtWidgets

    QStandardPaths.setTestModeEnabled(True)
    qapp = QtWidgets.QApplication(sys.argv[:1])
    from tests.ui.boxes import Answers

    Answers.start()  # answers the boxes and file dialogs the script expects, as a person
    style.apply(qapp)
    path = tmp / "vault"
    vault, _code = Vault.create(path, PASS, name="Тараз, ноутбук 2")
    case_id = populate(vault, tmp)
    note_names(vault)
    vault.close()
    linked = field_and_coordinator(tmp, path) if "--coord-only" not in sys.argv else {}

    def wait(app: QorgauApp, cond=None) -> None:
        for _ in range(2000):
            qapp.processEvents()
            if app.tasks.idle() and (cond is None or cond()):
                return
            qapp.thread().msleep(5)
        raise RuntimeError("timed out")

    if "--coord-only" in sys.argv:
        return coordinator(qapp, tmp, langs)
    for lang in langs:
        i18n.install(lang)
        app = QorgauApp(tmp / "new-vault")
        app.start()
        gate = app.gate
        gate.passphrase.setText("correct horse")
        gate.passphrase2.setText("correct horse")
        grab(gate, "01-create-vault", lang)
        gate._created((None, "7K2M-QX9P-4TRD-8W3N-BH6C-1FJV-5YAE-0GZS"))
        grab(gate, "02-recovery-code", lang)
        gate.hide()
        app.vault_path = path
        app.show_unlock()
        gate = app.gate
        gate.passphrase.setText("wrong")
        gate._failed(__import__("storage.errors", fromlist=["WrongSecret"]).WrongSecret("x"))
        grab(gate, "03-unlock-wrong-passphrase", lang)
        gate.passphrase.setText(PASS)
        gate.unlock()
        wait(app, lambda: app.main is not None)
        main = app.main
        main.show_case(case_id)
        wait(app)
        grab(main, "04-case-list-and-case", lang)
        view = main.case_view
        view.tabs.setCurrentIndex(1)
        grab(main, "05-case-people", lang)
        view.tabs.setCurrentIndex(6)
        wait(app)
        grab(main, "06-evidence-gallery", lang)
        main.filters.search.setText("дубинк")
        main.filters.apply()
        wait(app)
        grab(main, "07-search", lang)
        # A code typed in Latin look-alikes finds the Cyrillic «ЕС-164/1».
        main.filters.search.setText("EC-164")
        main.filters.apply()
        wait(app)
        grab(main, "07b-search-latin-code", lang)
        main.filters.search.clear()
        main.filters.apply()
        wait(app)

        from ui.field.opening import open_form

        def form(opener, name: str, size=None, setup=None):
            before = getattr(app, "last_form", None)
            opener()
            wait(app, lambda: getattr(app, "last_form", None) is not before)
            f = app.last_form
            if setup:
                setup(f)
            wait(app)
            grab(f, name, lang)
            f._dirty = False
            f._closing = True
            f.close()
            return f

        form(lambda: view.add("interview"), "08-interview-form",
             setup=lambda f: f.form.editors["account"].set_value(
                 "На свидании сын показал следы ударов на руках и спине."))

        def invalid(f) -> None:
            f.form.editors["from_date"].set_value("2022-13-01")
            f.save(close=False)

        form(lambda: view.add("detention"), "09-validation-at-the-field", setup=invalid)
        exams = view.data["groups"]["medical_exam"]

        def diagram(f) -> None:
            f.tabs.setCurrentIndex(1)
            f.panel.views.setCurrentIndex(1)

        form(lambda: view._activated(_item(view.lists["medical_exam"])), "10-body-diagram",
             setup=diagram)
        assert exams
        exam_id = exams[0]["record_id"]
        form(lambda: open_form(app, "lesion", preset={"exam_id": exam_id}, case_id=case_id,
                               parent=main), "10b-lesion-form")
        fac = view.data["groups"]["facility"][0]["record_id"]
        form(lambda: open_form(app, "npm_visit", preset={"facility_id": fac}, parent=main),
             "11-npm-visit-carried-over")

        def checklist(f) -> None:
            ed = f.form.editors["checklist"]
            f.scroll.ensureWidgetVisible(ed.widget, 0, 400)

        form(lambda: open_form(app, "npm_visit", preset={"facility_id": fac}, parent=main),
             "12-npm-checklist", setup=checklist)
        people = view.lists["person"]
        form(lambda: view._activated(_find(people, "A-17")), "13-protected-person")
        from ui.field.evidence import Viewer

        v = Viewer(app, view.gallery.items[0], main)
        v.show()
        wait(app)
        grab(v, "14-evidence-viewer", lang)
        v.close()
        from ui.field.caseview import show_history

        show_history(app, case_id, view)
        wait(app)
        hist = [w for w in QtWidgets.QApplication.topLevelWidgets()
                if type(w).__name__ == "HistoryDialog" and w.isVisible()][-1]
        grab(hist, "15-version-history", lang)
        hist.close()
        view.show_custody()
        wait(app)
        cust = [w for w in QtWidgets.QApplication.topLevelWidgets()
                if type(w).__name__ == "CustodyDialog" and w.isVisible()][-1]
        grab(cust, "16-custody-log", lang)
        cust.close()
        from ui.field.settings import SettingsDialog

        sd = SettingsDialog(app, main)
        sd.show()
        wait(app)
        grab(sd, "17-settings", lang)
        sd.close()
        from ui.field.exporting import ExportDialog

        ed = ExportDialog(app, main)
        ed.show()
        wait(app)
        grab(ed, "18-export", lang)
        ed.close()
        from tests.ui.boxes import Answers
        from ui.field.coordinators import ReceiptDialog, TrustDialog

        td = TrustDialog(app, main)
        td.show()
        Answers.files.append([str(linked["card"])])
        td.pick()
        wait(app)
        grab(td, "19-trust-coordinator", lang)
        td.close()
        rd = ReceiptDialog(app, main)
        rd.show()
        wait(app)
        rd._accepted((linked["accepted"], rd.plan))
        wait(app)
        grab(rd, "20-receipt-and-removal", lang)
        rd.close()

        def calendar(f) -> None:
            ed = f.form.editors["opened_on"]
            ed.widget.setText("16.03.2024")
            ed.calendar_action.trigger()
            wait(app)
            grab(ed.popup, "22-calendar", lang)
            ed.popup.close()

        form(lambda: main.new_record("case"), "21-new-case", setup=calendar)
        from ui.dialogs import file_dialog
        from ui.qt import translate

        fd = file_dialog(main, translate("MainWindow", "Import receipt…"), str(tmp))
        fd.setFileMode(QtWidgets.QFileDialog.FileMode.ExistingFiles)
        fd.show()
        wait(app)
        grab(fd, "23-file-dialog", lang)
        fd.close()
        fd.deleteLater()
        app.lock()
        wait(app)
        gate = app.gate
        gate.pages.setCurrentIndex(1)
        grab(gate, "24-unlock-recovery", lang)
        gate.passphrase.setText(PASS)
        gate.pages.setCurrentIndex(0)
        gate.unlock()
        wait(app, lambda: app.main is not None)
        app.lock()
        wait(app)
        app.shutdown()
        for w in QtWidgets.QApplication.topLevelWidgets():
            w.hide()
            w.deleteLater()
        qapp.processEvents()
    if "--field-only" not in sys.argv:
        coordinator(qapp, tmp, langs)
    print(f"screenshots written to {OUT}")
    return 0


def field_and_coordinator(tmp: Path, path: Path) -> dict:
    """The field vault trusts a coordinator's archive, which imported its bundle and
    wrote a receipt (accepted here); a second coordinator's card waits to be trusted."""
    from app import exporter, importer, receipts
    from storage.vault import Vault
    from sync import card, trust

    field = Vault.open(path, PASS)
    office, _ = Vault.create(tmp / "office", PASS, name="Офис коалиции, Алматы",
                             role="archive")
    partner, _ = Vault.create(tmp / "partner", PASS, name="Regional partner, Taraz",
                              role="archive")
    trust.trust(field, card.to_json(trust.own_card(office)))
    trust.enroll(office, card.to_json(trust.own_card(field)))
    exporter.export(field, tmp / "taraz-laptop-2-001.bundle")
    importer.import_bundle(office, tmp / "taraz-laptop-2-001.bundle")
    receipts.issue(office, field.identity.device_id, tmp / "receipt.age")
    accepted = receipts.accept(field, tmp / "receipt.age")
    card_path = tmp / "regional-partner-card.json"
    card_path.write_bytes(card.to_json(trust.own_card(partner)))
    for v in (field, office, partner):
        v.close()
    return {"card": card_path, "accepted": accepted}


def _item(lst):
    lst.setCurrentRow(0)
    return lst.item(0)


def _find(lst, text: str):
    for i in range(lst.count()):
        if text in lst.item(i).text():
            return lst.item(i)
    return lst.item(0)


# --- the coordinator's desk (an archive vault) ----------------------------------------------


COORD_PASS = PASS


def coordinator_world(tmp: Path) -> dict:
    """An archive and three field laptops with fictional demo data; bundles on a "USB
    stick": merged ones, a conflict, a duplicate person, a revoked laptop's bundle and
    a damaged file. Returns the paths and ids the shots need."""
    from app import demo, exporter
    from app.records import Records
    from storage.vault import Vault
    from sync import card, trust

    root = tmp / "coord"
    usb = root / "usb"
    usb.mkdir(parents=True)
    archive, _ = Vault.create(root / "archive", COORD_PASS, role="archive",
                              name="Офис коалиции, Алматы")
    fields = {}
    for key, name in (("a", "Тараз, ноутбук 2"), ("b", "Шымкент, ноутбук 1"),
                      ("c", "Кызылорда, ноутбук 4")):
        v, _ = Vault.create(root / key, COORD_PASS, name=name)
        trust.trust(v, card.to_json(trust.own_card(archive)))
        trust.enroll(archive, card.to_json(trust.own_card(v)))
        fields[key] = v
    a, b, c = fields["a"], fields["b"], fields["c"]
    demo.populate(a, seed=11, cases=14)
    demo.populate(b, seed=12, cases=12)
    ra, rb = Records(a), Records(b)
    ra.create("person", {"full_name": "Жанболат Қасымбеков", "date_of_birth": "1994-03-12",
                         "gender": "male", "city": "taraz", "roles": ["victim"]})
    rb.create("person", {"full_name": "Zhanbolat Kassymbekov", "date_of_birth": "1994-03-12",
                         "gender": "male", "city": "shymkent", "roles": ["victim"]})
    shared = ra.create("case", {"reference": "TRZ-2023-007", "title": "Избиение в ИВС Тараза",
                                "city": "taraz", "status": "active",
                                "summary": "Задержан 3 марта, избит в первую ночь."}).record_id
    exporter.export(a, usb / "taraz-laptop-2-001.bundle")
    exporter.export(b, usb / "shymkent-laptop-1-001.bundle")
    # The case handed to a colleague, then edited on both laptops before either synced.
    trust.add_known(b.db, trust.own_card(a))
    with b.db.transaction():
        for version in ra.iter_versions():
            if version.record_id == shared:
                rb.insert_foreign(version, origin="handover")
    ra.update(shared, {**ra.get(shared).body, "status": "follow_up",
                       "title": "Избиение в ИВС Тараза (двое задержанных)"})
    rb.update(shared, {**rb.get(shared).body, "summary": "Задержан 3 марта, избит в первую "
                       "ночь. Мать опрошена 10 марта.", "case_worker": "С. Примерова"})
    # The archive lets the colleague write the handed-over case (otherwise its edits
    # would wait in quarantine, as a seized laptop's would).
    from app.usecases import seizure
    from app.usecases.session import Session

    seizure.grant(Session(archive), b.identity.device_id, a.identity.device_id,
                  "Дело передано коллеге в Шымкенте")
    exporter.export(a, usb / "taraz-laptop-2-002.bundle")
    exporter.export(b, usb / "shymkent-laptop-1-002.bundle")
    demo.populate(c, seed=13, cases=3, photos=False)
    exporter.export(c, usb / "kyzylorda-laptop-4-001.bundle")
    Records(c).create("case", {"title": "Запись после изъятия ноутбука", "city": "kyzylorda"})
    exporter.export(c, usb / "kyzylorda-laptop-4-002.bundle")
    damaged = bytearray((usb / "shymkent-laptop-1-002.bundle").read_bytes())
    damaged[len(damaged) // 3] ^= 0x40
    (usb / "shymkent-laptop-1-002 (copy).bundle").write_bytes(bytes(damaged))
    card_file = root / "new-laptop.card"
    new, _ = Vault.create(root / "d", COORD_PASS, name="Алматы, ноутбук 5")
    card_file.write_bytes(card.to_json(trust.own_card(new)))
    new.close()
    for v in (a, b, c):
        note_names(v)
        v.close()
    archive.close()
    return {"root": root, "usb": usb, "archive": root / "archive", "card": card_file,
            "shared": shared}


def coordinator(qapp, tmp: Path, langs: list[str]) -> int:
    import shutil as sh

    from tests.ui.boxes import Answers
    from ui import i18n
    from ui.app import QorgauApp
    from ui.qt import QtWidgets

    world = coordinator_world(tmp)
    for lang in langs:
        i18n.install(lang)
        vault = world["root"] / f"archive-{lang}"
        sh.copytree(world["archive"], vault)
        app = QorgauApp(vault)
        app.start()
        app.gate.passphrase.setText(COORD_PASS)
        app.gate.unlock()
        _spin(qapp, app, lambda: app.main is not None)
        desk = app.main
        desk.show()
        coordinator_shots(qapp, app, desk, world, lang)
        Answers.queue.clear()
        Answers.files.clear()
        app.lock()
        _spin(qapp, app)
        app.shutdown()
        for w in QtWidgets.QApplication.topLevelWidgets():
            w.hide()
            w.deleteLater()
        qapp.processEvents()
    return 0


def _spin(qapp, app, cond=None) -> None:
    for _ in range(6000):
        qapp.processEvents()
        if app.tasks.idle() and (cond is None or cond()):
            return
        qapp.thread().msleep(5)
    raise RuntimeError("timed out")


def coordinator_shots(qapp, app, desk, world: dict, lang: str) -> None:
    from tests.ui.boxes import Answers

    usb = world["usb"]

    def page(key: str):
        p = desk.show_page(key)
        _spin(qapp, app)
        return p

    def shot(widget, name: str) -> None:
        _spin(qapp, app)
        grab(widget, f"coord-{name}", lang)

    receive = page("receive")
    Answers.files.append([str(usb / "taraz-laptop-2-001.bundle"),
                          str(usb / "shymkent-laptop-1-001.bundle"),
                          str(usb / "kyzylorda-laptop-4-001.bundle")])
    receive.choose_files()
    _spin(qapp, app, lambda: receive.batch is None)
    devices = page("devices")
    row = next(i for i, d in enumerate(devices.rows) if d["name"].startswith("Кызылорда"))
    devices.table.selectRow(row)
    devices.revoke()
    rd = devices.revoke_dialog
    rd.reason.setText("Ноутбук изъят при обыске в офисе, 2 марта")
    Answers.queue.append("revoke")
    rd.revoke()
    _spin(qapp, app, lambda: "Revoked" in devices.message.text() or devices.message.text())
    records = page("records")
    desk.show_case(world["shared"])
    _spin(qapp, app)
    shot(desk, "00-records-and-case")
    from ui.field.settings import SettingsDialog

    sd = SettingsDialog(app, desk)
    sd.show()
    shot(sd, "00b-settings")
    sd.close()
    del records
    receive = page("receive")
    receive.receipts.setChecked(False)
    Answers.files.append([str(usb / "taraz-laptop-2-002.bundle"),
                          str(usb / "shymkent-laptop-1-002 (copy).bundle"),
                          str(usb / "shymkent-laptop-1-002.bundle"),
                          str(usb / "kyzylorda-laptop-4-002.bundle")])
    receive.choose_files()
    _spin(qapp, app, lambda: receive.batch is None)
    shot(desk, "01-receive")
    q = page("quarantine")
    q.inspect()
    _spin(qapp, app, lambda: not q.strip.busy)
    shot(desk, "02-quarantine")
    devices = page("devices")
    shot(desk, "03-devices")
    Answers.files.append([str(world["card"])])
    devices.enrol()
    _spin(qapp, app, lambda: getattr(devices, "enrol_dialog", None) is not None)
    dlg = devices.enrol_dialog
    dlg.typed.setText(dlg.card["fingerprint"][:14])
    shot(dlg, "04-enrol")
    dlg.close()
    conflicts = page("conflicts")
    _spin(qapp, app, lambda: conflicts.data is not None)
    if "summary" in conflicts.groups:
        conflicts.groups["summary"].button(len(conflicts.data["heads"])).setChecked(True)
    shot(desk, "05-conflicts")
    dups = page("duplicates")
    _spin(qapp, app, lambda: not dups.strip.busy)
    shot(desk, "06-duplicates")
    custody = page("custody")
    custody.kind.setCurrentIndex(custody.kind.findData("evidence"))
    _spin(qapp, app, lambda: custody.list.count() > 0)
    custody.list.setCurrentRow(0)
    _spin(qapp, app, lambda: custody.current is not None)
    custody.check.click()
    _spin(qapp, app, lambda: not custody.strip.busy)
    shot(desk, "07-custody")
    stats = page("stats")
    _spin(qapp, app, lambda: stats.list.count() > 0 and not stats.strip.busy)
    shot(desk, "08-statistics")
    stats.list.setCurrentRow(1)
    shot(desk, "09-statistics-by-month")
    stats.list.setCurrentRow(stats.list.count() - 2)
    shot(desk, "10-statistics-methods")
    reports = page("reports")
    _spin(qapp, app, lambda: reports.list.count() > 0)
    reports.list.setCurrentRow(0)
    reports.prepared_for.setText("Прокуратура Жамбылской области")
    shot(desk, "11-reports")
    pdf_pages(qapp, app, world, lang)


def pdf_pages(qapp, app, world: dict, lang: str) -> None:
    """The first page of a case report and of its medical annex, as the PDF shows them
    (rendered with pdftoppm from poppler-utils, when it is installed)."""
    import subprocess

    from app.usecases import reports as views
    from ui.desk.report import render_pdf

    tool = shutil.which("pdftoppm")
    if tool is None:
        print("pdftoppm not found: no PDF page shots")
        return
    s = app.session

    def pick() -> str:
        ids = [r[0] for r in s.db.all(
            "SELECT c.record_id FROM records c WHERE c.kind = 'case' AND c.deleted = 0 AND"
            " EXISTS (SELECT 1 FROM records e WHERE e.kind = 'medical_exam' AND"
            " e.case_id = c.record_id AND e.deleted = 0) ORDER BY c.created_at LIMIT 1")]
        return ids[0]

    case_id = app.tasks.call(pick)
    data = app.tasks.call(lambda: views.case_report(s, case_id))
    for part, report, annex in (("12-pdf-case-report", True, False),
                                ("13-pdf-istanbul-annex", False, True)):
        pdf = render_pdf(data, report=report, annex=annex, prepared_for="")
        with tempfile.TemporaryDirectory() as d:
            src = Path(d) / "r.pdf"
            src.write_bytes(pdf)  # fictional demo data only
            subprocess.run([tool, "-r", "80", "-png", "-f", "1", "-l", "2", str(src),
                            str(Path(d) / "p")], check=True)
            pages = sorted(Path(d).glob("p*.png"))
            from PIL import Image

            imgs = [Image.open(p) for p in pages]
            out = Image.new("RGB", (sum(i.width for i in imgs) + 16 * (len(imgs) - 1),
                                    max(i.height for i in imgs)), (200, 205, 212))
            x = 0
            for im in imgs:
                out.paste(im, (x, 0))
                x += im.width + 16
            out.save(OUT / f"{lang}-coord-{part}.png")


if __name__ == "__main__":
    sys.exit(main())
