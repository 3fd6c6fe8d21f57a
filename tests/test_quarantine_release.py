"""Releasing a quarantined bundle waives only the reason a person was shown.

Written as the attack: a hostile (or seized) key hides a change it may not make — a
tombstone of a colleague's case, a version by a revoked device — behind a harmless-looking
"rollback". The coordinator checks the rollback with the field worker and releases the
bundle. Before, the release waived every check of what the bundle carries, and the hidden
change merged with no alert; now the bundle is held again, with the reason found.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import importer
from app.records import Records
from app.usecases import quarantine
from app.usecases.session import Session
from storage import audit
from storage.vault import Vault
from sync import trust
from tests import test_seized as seized
from tests.test_bundle_kit import craft, export, import_, new_case, write
from tests.test_seized import _state, envelope

world = seized.world  # an archive and two enrolled laptops


def _release_twice(archive: Vault, case: str, before: tuple[Any, ...], hidden: str) -> None:
    held = importer.quarantined(archive)
    assert [h["reason"] for h in held] == ["rollback"]  # all the person was shown
    # Inspecting it before a release already tells what else holds it.
    seen = quarantine.inspect(Session(archive), held[0]["bundle_sha256"])
    assert (seen.status, seen.reason_code) == ("quarantined", hidden)
    first = importer.release(archive, held[0]["bundle_sha256"])
    assert (first.status, first.reason_code) == ("quarantined", hidden)
    assert case in (first.alert or "")
    assert _state(archive, case) == before  # nothing merged
    again = importer.quarantined(archive)
    assert [(h["reason"], h["released_at"]) for h in again] == [(hidden, None)]
    assert audit.entries(archive.db, action="bundle_quarantined")[0]["detail"]["reason"] == \
        hidden
    # Shown now, the person may still decide to merge it, knowingly.
    second = importer.release(archive, held[0]["bundle_sha256"])
    assert second.status == "merged"


def test_a_tombstone_of_a_colleagues_case_behind_a_rollback(tmp_path: Path,
                                                            world: Any) -> None:
    owner, hostile, archive = world
    case = new_case(Records(owner), "Real case")
    import_(archive, export(owner, tmp_path / "1.qgb"))
    before = _state(archive, case)
    new_case(Records(hostile), "mine")
    import_(archive, export(hostile, tmp_path / "h1.qgb"))
    bad = craft(hostile, [archive], seq=2, prev="1" * 64, versions=[
        envelope(hostile, case, parents=before[2], tombstone="duplicate entry")])
    first = import_(archive, write(tmp_path / "h2.qgb", bad))
    assert (first.status, first.reason_code) == ("quarantined", "rollback")
    _release_twice(archive, case, before, "authority")


def test_a_revoked_devices_version_behind_a_relays_rollback(tmp_path: Path,
                                                            world: Any) -> None:
    seized, relay, archive = world
    case = new_case(Records(seized), "Complaint of Aigerim S.")
    import_(archive, export(seized, tmp_path / "1.qgb"))
    new_case(Records(relay), "relay's own")
    import_(archive, export(relay, tmp_path / "r1.qgb"))
    trust.revoke(archive, seized.identity.device_id)
    before = _state(archive, case)
    forged = envelope(seized, case, parents=before[2], tombstone="complaint withdrawn")
    bad = craft(relay, [archive], seq=2, prev="2" * 64, versions=[forged],
                authors=[trust.own_card(seized)])
    first = import_(archive, write(tmp_path / "r2.qgb", bad))
    assert (first.status, first.reason_code) == ("quarantined", "rollback")
    _release_twice(archive, case, before, "revoked_author")
