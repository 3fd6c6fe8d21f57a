"""Merge properties, by hypothesis: whatever two devices do, importing their bundles in
any order, any number of times, gives the same archive (idempotence, commutativity)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import exporter, importer
from app.records import Records
from storage.vault import Vault
from tests.test_bundle_kit import (
    PASSPHRASE,
    hand_over,
    link,
    make_vault,
    merged_state,
    new_case,
)

OPS = st.lists(st.tuples(st.sampled_from("AB"),
                         st.sampled_from(["edit", "create", "delete", "export"]),
                         st.sampled_from(["Taraz", "Almaty", "Kyzylorda"])),
               min_size=1, max_size=7)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("templates")
    a = make_vault(root / "A", name="Laptop A")
    bb = make_vault(root / "B", name="Laptop B")
    archive = make_vault(root / "archive", "archive")
    link(a, archive)
    link(bb, archive)
    shared = new_case(Records(a), "Shared case")
    hand_over(a, bb, archive)
    for v in (a, bb, archive):
        v.close()
    return {"root": root, "shared": shared, "n": 0}


def _copy(templates: dict[str, Any], name: str, work: Path) -> Vault:
    target = work / name
    shutil.copytree(templates["root"] / name, target)
    return Vault.open(target, PASSPHRASE)


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS, data=st.data())
def test_any_order_any_repeats_same_archive(templates: dict[str, Any], ops: list[Any],
                                            data: st.DataObject) -> None:
    templates["n"] += 1
    work = templates["root"].parent / f"example-{templates['n']}"
    work.mkdir()
    devices = {"A": _copy(templates, "A", work), "B": _copy(templates, "B", work)}
    own: dict[str, list[str]] = {"A": [], "B": []}
    bundles: list[Path] = []
    try:
        for who, action, word in [*ops, ("A", "export", ""), ("B", "export", "")]:
            vault, records = devices[who], Records(devices[who])
            if action == "edit":
                records.update(templates["shared"], {"title": f"{word} by {who}"})
            elif action == "create":
                own[who].append(records.create("case", {"title": word}).record_id)
            elif action == "delete":
                target = own[who].pop() if own[who] else templates["shared"]
                records.delete(target, f"deleted on {who}")
            else:
                report = exporter.export(vault, work / f"{who}-{len(bundles)}.qgb")
                if report.written:
                    bundles.append(Path(report.path))
        first = data.draw(st.permutations(bundles), label="first order")
        second = data.draw(st.permutations(bundles), label="second order")
        repeats = data.draw(st.lists(st.sampled_from(bundles), max_size=3), label="repeats")
        states = []
        for i, order in enumerate((first, [*second, *repeats])):
            with _copy(templates, "archive", work / f"run{i}") as archive:
                statuses = [importer.import_bundle(archive, p).status for p in order]
                assert set(statuses) <= {"merged", "duplicate"}, statuses
                assert statuses.count("merged") == len(bundles)
                states.append(merged_state(archive))
                # Idempotence: every bundle again changes nothing.
                for p in bundles:
                    assert importer.import_bundle(archive, p).status == "duplicate"
                assert merged_state(archive) == states[-1]
        assert states[0] == states[1]
    finally:
        for v in devices.values():
            v.close()
        shutil.rmtree(work, ignore_errors=True)
