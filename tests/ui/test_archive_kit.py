"""Helpers for the coordinator's desk tests (no tests here): a real archive vault and
real field vaults, linked with real identity cards, real bundles made by the exporter,
and the desk opened on the archive through the unlock window."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock

FIELD_A = "Taraz laptop 2"
FIELD_B = "Almaty laptop 1"
PROTECTED_NAME = "Ерлан Вымышленный"
PSEUDONYM = "A-17"


def make_template(root: Path) -> Path:
    """An archive and two field laptops that trust it and that it enrolled; closed."""
    from storage.vault import Vault
    from tests.test_bundle_kit import link

    archive, _ = Vault.create(root / "archive", PASSPHRASE, name="Coalition office",
                              role="archive")
    for key, name in (("a", FIELD_A), ("b", FIELD_B)):
        field, _ = Vault.create(root / key, PASSPHRASE, name=name)
        link(field, archive)
        field.close()
    archive.close()
    return root


def copy_world(template: Path, dest: Path) -> dict[str, Path]:
    """Fresh copies of the three vaults; the archive goes where the GUI opens it."""
    out = {}
    for key, target in (("archive", dest / "vault"), ("a", dest / "field-a"),
                        ("b", dest / "field-b")):
        shutil.copytree(template / key, target)
        out[key] = target
    (dest / "usb").mkdir()
    out["usb"] = dest / "usb"
    return out


def field(path: Path) -> Any:
    from storage.vault import Vault

    return Vault.open(path, PASSPHRASE)


def export(vault: Any, path: Path, **kw: Any) -> Path:
    from app import exporter

    report = exporter.export(vault, path, **kw)
    assert report.written
    return path


def open_desk(qtbot: Any, gui: Any) -> Any:
    """Unlock the archive copied to gui.vault_path: the desk opens."""
    from ui.desk.window import ArchiveWindow

    unlock(qtbot, gui)
    assert isinstance(gui.main, ArchiveWindow)
    return gui.main


def show(qtbot: Any, gui: Any, desk: Any, key: str) -> Any:
    page = desk.show_page(key)
    settle(qtbot, gui)
    return page


def a_case(vault: Any, *, photo: Path | None = None) -> dict[str, str]:
    """A case with a protected victim, an incident, a medical examination with two
    lesions (one with a photograph) and a complaint."""
    from app import evidence
    from app.records import Records

    r = Records(vault)
    cid = r.create("case", {"reference": "TRZ-2022-031", "title": "Beating at IVS Taraz",
                            "summary": "Detained on 6 January; relatives saw bruises.",
                            "city": "taraz", "status": "active",
                            "opened_on": "2022-01-20"}).record_id
    victim = r.create("person", {"full_name": PROTECTED_NAME, "pseudonym": PSEUDONYM,
                                 "protected": True, "date_of_birth": "1990-05-04",
                                 "gender": "male", "roles": ["victim"],
                                 "case_ids": [cid]}).record_id
    r.update(cid, {**r.get(cid).body, "victim_ids": [victim]})
    # He agreed to a report for the authorities, with his medical record and photographs.
    r.create("consent", {"person_id": victim, "given_on": "2022-01-20", "consent": {
        "submit_authorities": "given", "medical_records": "given", "photographs": "given"}})
    r.create("incident", {"case_id": cid, "victim_ids": [victim], "date": "2022-01-07",
                          "place": "IVS basement", "methods": ["beating_truncheon"],
                          "narrative": "Beaten with a truncheon on the soles at night."})
    exam = r.create("medical_exam", {
        "case_id": cid, "person_id": victim, "date": "2022-01-26",
        "examiner": {"name": "Dr Example", "qualifications": "forensic physician"},
        "allegations": "Blows to the soles and the back.",
        "physical_findings": "Bruising of both soles.",
        "overall_consistency": "highly_consistent",
        "conclusions": "Findings highly consistent with the account."}).record_id
    photo_ids = []
    if photo is not None:
        photo_ids = [evidence.ingest(r, photo, record_id=exam).version.record_id]
    r.create("lesion", {"exam_id": exam, "marker": "L1", "view": "feet", "x": 300, "y": 520,
                        "body_region": "soles", "type": "bruise", "length_mm": 40,
                        "colour": "blue-purple", "consistency": "highly_consistent",
                        "photo_ids": photo_ids})
    r.create("lesion", {"exam_id": exam, "marker": "L2", "view": "back", "x": 450, "y": 300,
                        "body_region": "back", "type": "abrasion", "length_mm": 25})
    r.create("complaint", {"case_id": cid, "body": "prosecutor", "filed_on": "2022-01-28",
                           "reference_number": "3-12/114", "status": "registration_refused",
                           "outcome_on": "2022-02-10",
                           "response": "Registration refused: no corpus delicti."})
    return {"case": cid, "victim": victim, "exam": exam}


def photo_file(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (320, 240), (150, 80, 120)).save(path, "JPEG")
    return path
