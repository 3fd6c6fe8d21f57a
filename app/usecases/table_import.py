"""Bringing in records people already keep in spreadsheets (CSV, XLSX, KoBo/ODK exports).

One mapping says which column fills which field of one record kind. `preview` reads the
whole file and reports, at once, every cell that cannot be read (row and column named),
every vocabulary label that was only guessed, and the people the vault may already hold;
it changes nothing. `import_table` writes all rows or none: every record signed by this
vault, in one transaction, with one audit entry naming the source file and its SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import duplicates, schema, tables
from app.usecases.session import Session
from storage.errors import Cancelled, InvalidInput

# Field types a spreadsheet cell can fill; references and nested objects cannot.
CELL_TYPES = ("str", "text", "strs", "date", "datetime", "int", "bool", "enum", "enums")
LIST_SPLIT = ";"


@dataclass(frozen=True)
class Column:
    header: str
    field: schema.Field
    split: str = LIST_SPLIT


@dataclass(frozen=True)
class Mapping:
    kind: str
    columns: tuple[Column, ...]
    header_row: int | None = None  # 1-based; None: found from the column names
    defaults: dict[str, Any] = field(default_factory=dict)


@dataclass
class Problem:
    row: int  # as the spreadsheet numbers it (1-based)
    column: str
    message: str  # English, for the command line and logs
    code: str = "invalid"  # why, for the desktop to say in the person's language (tables.CellError)
    value: str = ""  # the cell as found

    def __str__(self) -> str:
        return f"row {self.row}, column «{self.column}»: {self.message}"


@dataclass
class Guess:
    row: int
    column: str
    cell: str
    code: str


@dataclass
class Preview:
    file: str
    sha256: str
    kind: str
    rows: list[tuple[int, dict[str, Any]]]  # (spreadsheet row, body)
    problems: list[Problem]
    guesses: list[Guess]
    ignored_columns: list[str]
    possible_duplicates: list[dict[str, Any]]  # {"row", "record_id", "score", "reasons"}

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "sha256": self.sha256, "kind": self.kind,
                "rows": len(self.rows), "problems": [p.__dict__ for p in self.problems],
                "guesses": [g.__dict__ for g in self.guesses],
                "ignored_columns": self.ignored_columns,
                "possible_duplicates": self.possible_duplicates}


class TableRejected(InvalidInput):
    """The spreadsheet has cells that cannot be read: nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        shown = "\n".join(f"  {p}" for p in problems[:200])
        more = f"\n  … and {len(problems) - 200} more" if len(problems) > 200 else ""
        super().__init__(f"{len(problems)} cells cannot be imported; nothing was written:\n"
                         f"{shown}{more}")
        self.problems = problems


def load_mapping(path: Path) -> Mapping:
    """A mapping file: {"kind": "person", "header_row": 2 (optional),
    "columns": {"ФИО": "full_name", "Языки": {"field": "languages", "split": ","}},
    "defaults": {"roles": ["victim"]} (optional)}."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(f"no such mapping file: {path}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"the mapping file is not JSON: {exc}") from None
    return mapping_from(data)


def mapping_from(data: Any) -> Mapping:
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise InvalidInput("a mapping needs \"kind\" and \"columns\" (column name → field)")
    kind = schema.get_kind(str(data.get("kind")))
    fields = {f.name: f for f in kind.fields}
    columns = []
    for header, target in data["columns"].items():
        spec = target if isinstance(target, dict) else {"field": target}
        f = fields.get(str(spec.get("field")))
        if f is None:
            raise InvalidInput(f"column «{header}»: {kind.name} has no field "
                               f"{spec.get('field')!r}")
        if f.type not in CELL_TYPES:
            raise InvalidInput(f"column «{header}»: the field {f.name} ({f.type}) cannot be "
                               "filled from a spreadsheet cell")
        columns.append(Column(str(header), f, str(spec.get("split", LIST_SPLIT)) or LIST_SPLIT))
    if not columns:
        raise InvalidInput("the mapping names no column")
    header_row = data.get("header_row")
    if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
        raise InvalidInput("header_row is the row number of the column names (1, 2, …)")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise InvalidInput("defaults must be an object of field values")
    return Mapping(kind.name, tuple(columns), header_row, defaults)


def read_header(file: Path, header_row: int | None = None) -> tuple[int, list[str]]:
    """(row number, column names) of a spreadsheet, before any mapping exists: the given
    row, or the first of the top rows with the most filled cells (a title row above the
    names has one)."""
    rows = tables.read_rows(Path(file))
    if not rows:
        raise InvalidInput(f"{Path(file).name} is empty")
    if header_row is not None:
        if not 1 <= header_row <= len(rows):
            raise InvalidInput(f"the file has no row {header_row}")
        index = header_row - 1
    else:
        top = rows[:15]
        filled = [sum(1 for c in r if c is not None and str(c).strip()) for r in top]
        index = filled.index(max(filled))
    return index + 1, ["" if c is None else str(c).strip() for c in rows[index]]


def suggest_mapping(kind: str, headers: list[str]) -> dict[str, str]:
    """Column name → field, where a column is named like a field: its name, or its label
    in English, Russian or Kazakh (as the forms show it)."""
    from app.translate import tr
    from app.vocab import LANGS

    names: dict[str, str] = {}
    starts: dict[str, set[str]] = {}  # the first words of a label ("Город" of "Город проживания")
    for f in schema.get_kind(kind).fields:
        if f.type not in CELL_TYPES:
            continue
        for text in (f.name, f.name.replace("_", " "),
                     *(tr(f.label, lang, "schema") for lang in LANGS)):
            key = tables.fold(text)
            names.setdefault(key, f.name)
            words = key.split()
            for n in range(1, len(words)):
                starts.setdefault(" ".join(words[:n]), set()).add(f.name)
    found: dict[str, str] = {}
    for header in headers:
        key = tables.fold(header) if header else ""
        field_name = names.get(key)
        if field_name is None and len(starts.get(key, ())) == 1:
            field_name = next(iter(starts[key]))
        if field_name and field_name not in found.values():
            found[header] = field_name
    return found


def _value(col: Column, cell: Any, matchers: dict[str, tables.Matcher],
           guess: Callable[[str, str], None]) -> Any:
    f = col.field
    if f.type in ("str", "text"):
        if isinstance(cell, float) and cell.is_integer():
            cell = int(cell)  # a code or a phone number read as a number
        return str(cell).strip()
    if f.type == "strs":
        return [p.strip() for p in str(cell).split(col.split) if p.strip()]
    if f.type in ("date", "datetime"):
        return tables.to_date(cell)
    if f.type == "int":
        return tables.to_int(cell)
    if f.type == "bool":
        return tables.to_bool(cell)
    assert f.vocab is not None
    matcher = matchers.setdefault(f.vocab, tables.Matcher(f.vocab))
    parts = [cell] if f.type == "enum" else [p for p in str(cell).split(col.split) if p.strip()]
    codes = []
    for part in parts:
        code, exact = matcher.match(part)
        if not exact:
            guess(str(part).strip(), code)
        codes.append(code)
    return codes[0] if f.type == "enum" else list(dict.fromkeys(codes))


def preview(session: Session, file: Path, mapping: Mapping, *,
            cancel: threading.Event | None = None,
            progress: Callable[[int, int], None] | None = None) -> Preview:
    """Read and check the whole file; change nothing."""
    file = Path(file)
    rows = tables.read_rows(file)
    sha256 = hashlib.sha256(file.read_bytes()).hexdigest()
    if mapping.header_row is not None:
        head = mapping.header_row - 1
        if head >= len(rows):
            raise InvalidInput(f"the file has no row {mapping.header_row}")
    else:
        head = tables.find_header(rows, [c.header for c in mapping.columns])
    headers = [tables.fold(c) if c is not None else "" for c in rows[head]] if rows else []
    where: dict[str, int] = {}
    problems: list[Problem] = []
    for col in mapping.columns:
        key = tables.fold(col.header)
        if key in headers:
            where[col.header] = headers.index(key)
        else:
            problems.append(Problem(head + 1, col.header, "no such column in the header row",
                                    "no_column"))
    mapped = set(where.values())
    ignored = [str(rows[head][i]) for i, h in enumerate(headers) if h and i not in mapped]
    matchers: dict[str, tables.Matcher] = {}
    guesses: list[Guess] = []
    bodies: list[tuple[int, dict[str, Any]]] = []
    for n in range(head + 1, len(rows)):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None and n % 200 == 0:
            progress(n, len(rows))
        row = rows[n]
        if tables.is_blank(row):
            continue
        body: dict[str, Any] = dict(mapping.defaults)
        for col in mapping.columns:
            i = where.get(col.header)
            cell = row[i] if i is not None and i < len(row) else None
            if cell is None or str(cell).strip() == "":
                continue
            try:
                body[col.field.name] = _value(
                    col, cell, matchers,
                    lambda text, code, col=col, n=n: guesses.append(
                        Guess(n + 1, col.header, text, code)))
            except tables.CellError as exc:
                problems.append(Problem(n + 1, col.header, str(exc), exc.code, exc.value))
        try:
            body = schema.validate(mapping.kind, body)
        except InvalidInput as exc:
            problems.append(Problem(n + 1, "—", str(exc)))
            continue
        bodies.append((n + 1, body))
    dupes = []
    if mapping.kind == "person" and bodies:
        for i, hit in duplicates.matches_for_new(session.db, [b for _, b in bodies]):
            dupes.append({"row": bodies[i][0], "record_id": hit.b_id, "score": hit.score,
                          "reasons": list(hit.reasons)})
    return Preview(file.name, sha256, mapping.kind, bodies, problems, guesses, ignored, dupes)


@dataclass
class Imported:
    file: str
    sha256: str
    kind: str
    record_ids: list[str]


def import_table(session: Session, file: Path, mapping: Mapping, *,
                 cancel: threading.Event | None = None,
                 progress: Callable[[int, int], None] | None = None) -> Imported:
    """All rows or none: every record signed by this vault in one transaction, audited
    with the source file's name and SHA-256. `progress` follows the reading of the rows;
    a cancel or an interrupt during the writing rolls the one transaction back."""
    seen = preview(session, file, mapping, cancel=cancel, progress=progress)
    if seen.problems:
        raise TableRejected(seen.problems)
    if not seen.rows:
        raise InvalidInput(f"{seen.file}: no rows to import below the header")
    records = session.records
    with session.db.transaction():
        versions = records.create_many((mapping.kind, body) for _, body in seen.rows)
        session.vault.audit("table_import", {
            "file": seen.file, "sha256": seen.sha256, "kind": mapping.kind,
            "records": len(versions), "record_ids": [v.record_id for v in versions]})
    return Imported(seen.file, seen.sha256, mapping.kind, [v.record_id for v in versions])
