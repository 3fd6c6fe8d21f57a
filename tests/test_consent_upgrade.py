"""Field laptops and the archive are upgraded together: an archive that meets a record
kind it does not know (the consent records of a newer laptop) says so in words a
coordinator can act on, in Russian and Kazakh too, and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import exporter, schema
from app.usecases import consent
from app.usecases.session import Session
from storage.vault import Vault
from tests import test_consent as kit
from tests.test_bundle_kit import import_
from tests.test_consent import story

field, archive = kit.field, kit.archive  # the consent fixtures


def test_an_older_archive_explains_a_newer_kind(tmp_path: Path, field: Vault,
                                                archive: Vault,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    ids = story(field, tmp_path)
    consent.record_consent(Session(field), ids["mother"], {"publication": "refused"})
    exporter.export(field, tmp_path / "b.qgb")
    before = archive.db.one("SELECT count(*) FROM versions")[0]
    # The archive as it was before consent records existed.
    monkeypatch.setattr(schema, "KINDS", {k: v for k, v in schema.KINDS.items()
                                          if k != "consent"})
    report = import_(archive, tmp_path / "b.qgb")
    assert report.status == "rejected" and report.reason_code == "newer_kind"
    assert "newer Qorgau" in report.reason and "(consent)" in report.reason
    assert "Upgrade Qorgau on this computer" in report.reason
    from ui.core_messages import translated  # what the desk shows a coordinator

    shown = translated(report.reason, "ru")
    assert shown is not None and "обновите Qorgau" in shown and "(consent)" in shown
    assert "Qorgau-ды" in (translated(report.reason, "kk") or "")
    assert archive.db.one("SELECT count(*) FROM versions")[0] == before
    # Upgraded, the same bundle goes in.
    monkeypatch.undo()
    assert import_(archive, tmp_path / "b.qgb").status == "merged"


def test_the_message_is_translated() -> None:
    import json

    folder = Path(__file__).resolve().parent.parent / "resources/i18n/translations"
    table: dict = {}
    for f in folder.glob("*.json"):
        table.update(json.loads(f.read_text("utf-8")))
    key = next(k for k in table if k.startswith("errors|this bundle holds records of a kind"))
    for lang in ("ru", "kk"):
        assert "{ours}" in table[key][lang] and "{kind}" in table[key][lang]
    assert "Qorgau" in table[key]["ru"]


def test_a_forged_version_of_an_unknown_kind_is_no_reason_to_upgrade(tmp_path: Path) -> None:
    """A version of a kind the archive does not know, whose author signature does not hold
    (signed by another key), is refused as a bad version, never as "upgrade first"."""
    from tests.test_bundle_kit import craft, link, make_vault, write
    from tests.test_seized import envelope

    lawyer = make_vault(tmp_path / "lawyer", name="Lawyer laptop")
    other = make_vault(tmp_path / "other", name="Other laptop")
    arch = make_vault(tmp_path / "archive", "archive")
    try:
        link(lawyer, arch)
        rid = "0190d6a0-0000-7000-8000-00000000beef"
        env, _sig = envelope(lawyer, rid, kind="future_kind", body={"x": 1})
        _env2, forged = envelope(other, rid, kind="future_kind", body={"x": 1})
        bad = craft(lawyer, [arch], versions=[(env, forged)])
        result = import_(arch, write(tmp_path / "f.qgb", bad))
        assert (result.status, result.reason_code) == ("rejected", "version")
        good = craft(lawyer, [arch], versions=[(env, _sig)])
        result = import_(arch, write(tmp_path / "g.qgb", good))
        assert (result.status, result.reason_code) == ("rejected", "newer_kind")
        assert "(future_kind)" in (result.reason or "")
    finally:
        for v in (lawyer, other, arch):
            v.close()
