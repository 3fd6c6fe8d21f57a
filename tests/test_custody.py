"""The chain of custody as a read model of the core (app.usecases.custody.timeline): the
steps in the order they happened, worded in the person's language, the same from the
command line as on the desk's page (which only lays it out)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.records import Records
from app.translate import table
from app.usecases import custody
from app.usecases.session import Session
from storage.errors import NotFound
from tests.conftest import CLI
from tests.test_bundle_kit import export, import_, new_case, open_copy, pair_template


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pair_template(tmp_path_factory.mktemp("custody-pair"), "Lawyer laptop A")


@pytest.fixture
def sent(tmp_path: Path, template: Path) -> Iterator[tuple[Path, str]]:
    """An archive holding a case written on the field laptop in two versions, sealed in
    one bundle, imported, then put in a PDF report for a prosecutor."""
    field = open_copy(template, "field", tmp_path / "field")
    archive = open_copy(template, "archive", tmp_path / "archive")
    records = Records(field)
    rid = new_case(records)
    records.update(rid, {"title": "Beating at IVS Taraz", "city": "taraz",
                         "summary": "Second visit."})
    import_(archive, export(field, tmp_path / "1.qgb"))
    custody.note_export(Session(archive), "pdf", [rid], "Prosecutor's office")
    field.close()
    archive.close()
    yield tmp_path / "archive", rid


def _steps(archive: Path, rid: str, lang: str) -> list[tuple[str, str]]:
    from storage.vault import Vault
    from tests.conftest import PASSPHRASE

    with Session(Vault.open(archive, PASSPHRASE)) as session:
        data = custody.timeline(session, rid, lang)
    return [(s["what"], s["detail"]) for s in data["steps"]]


def test_the_timeline_in_order_one_step_per_event(sent: tuple[Path, str]) -> None:
    archive, rid = sent
    steps = _steps(archive, rid, "en")
    # Both versions travelled in one bundle: sealed once, imported once.
    assert [what for what, _ in steps] == ["Recorded", "Sealed", "Imported", "Changed",
                                           "In a PDF report"]
    assert steps[0][1] == "on the device “Lawyer laptop A”"
    assert steps[1][1] == "in bundle #1 of “Lawyer laptop A”"
    assert steps[4][1] == "to Prosecutor's office"


def test_the_timeline_speaks_russian_and_kazakh(sent: tuple[Path, str]) -> None:
    archive, rid = sent
    english = _steps(archive, rid, "en")
    for lang in ("ru", "kk"):
        words = _steps(archive, rid, lang)
        assert len(words) == len(english)
        for (what, detail), (what_en, detail_en) in zip(words, english, strict=True):
            assert what != what_en and detail != detail_en, (lang, what, detail)


def test_every_word_of_the_timeline_is_translated() -> None:
    for key, text in custody.WORDS.items():
        entry = table().get(f"Custody|{text}") or table().get(text) or {}
        for lang in ("ru", "kk"):
            assert entry.get(lang), (key, text, lang)
            assert entry[lang].count("%") == text.count("%"), (key, lang)


def test_the_command_line_shows_the_same_steps(tmp_path: Path,
                                               sent: tuple[Path, str]) -> None:
    archive, rid = sent
    (tmp_path / "cli-home").mkdir()
    cli = CLI(tmp_path / "cli-home")
    done = cli("custody", str(archive), rid, "--lang", "ru", "--json")
    assert done.returncode == 0, done.stderr
    shown = [(s["what"], s["detail"]) for s in json.loads(done.stdout)["steps"]]
    assert shown == _steps(archive, rid, "ru")
    missing = cli("custody", str(archive), "0" * 32)
    assert missing.returncode == NotFound.exit_code and "no record" in missing.stderr
