"""docs/uwazi.md shows the property mapping the pack really writes."""

from pathlib import Path

from app import uwazi

ROOT = Path(__file__).resolve().parent.parent


def test_the_mapping_in_the_document_is_the_code_s() -> None:
    doc = (ROOT / "docs" / "uwazi.md").read_text(encoding="utf-8")
    head = "## Property mapping"
    generated = doc[doc.index(head):].split("\n\n", 2)[2]
    assert generated == uwazi.render_mapping(), "run: python -m app.uwazi (see docs/uwazi.md)"
