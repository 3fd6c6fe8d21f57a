"""Documentation that is generated must be current."""

from pathlib import Path

from app import schema_doc

ROOT = Path(__file__).resolve().parent.parent


def test_record_kinds_reference_is_current() -> None:
    current = (ROOT / "docs" / "record-kinds.md").read_text(encoding="utf-8")
    assert current == schema_doc.render(), "run: python -m app.schema_doc > docs/record-kinds.md"


def test_readme_names_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n    make run\n" in readme and "\n    make test\n" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "\nmake test\n" in ci
