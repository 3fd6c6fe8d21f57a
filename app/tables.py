"""Reading spreadsheets people already keep: CSV and XLSX (KoBo/ODK exports are CSV or
XLSX of the same shape), into rows of cells, and turning cells into field values.

Real files are messy: a title row or a merged group header above the column names, empty
rows, dates typed as 16.03.2024 or stored as Excel serial numbers, "да"/"иә"/"yes",
vocabulary labels in any of the three languages, misspelt. Everything here is pure: it
reads a file and returns values or the reason a cell cannot be read.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app import vocab
from storage.errors import InvalidInput

MAX_ROWS = 100_000  # a guard against a hostile or mistaken file, far above real use
MAX_CELL = 200_000
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, with Excel's leap-year slip
FUZZY = 0.8  # similarity at which a misspelt label still names one vocabulary entry

Row = list[Any]


def read_rows(path: Path) -> list[Row]:
    """Every row of the first sheet (XLSX) or of the file (CSV), cells as found."""
    if not path.is_file():
        raise InvalidInput(f"no such file: {path}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".tsv", ".txt"):
        rows = _csv_rows(path.read_bytes())
    else:
        raise InvalidInput(f"{path.name}: not a spreadsheet Qorgau reads (CSV or XLSX)")
    if len(rows) > MAX_ROWS:
        raise InvalidInput(f"{path.name}: more than {MAX_ROWS} rows")
    return [[_unguarded(c) for c in row] for row in rows]


_GUARDED = re.compile(r"^'[=+\-@\t\r]")


def _unguarded(cell: Any) -> Any:
    """A text the record export kept from running as a formula ("'=…": the leading
    apostrophe of app.usecases.record_export._safe) comes back as it was recorded."""
    if isinstance(cell, str) and _GUARDED.match(cell):
        return cell[1:]
    return cell


def _csv_rows(data: bytes) -> list[Row]:
    for encoding in ("utf-8-sig", "cp1251"):  # cp1251: Excel's "CSV" on Russian Windows
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InvalidInput("the CSV file is neither UTF-8 nor Windows-1251 text")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(MAX_CELL)
    try:
        return [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise InvalidInput(f"the CSV file cannot be read: {exc}") from None


def _xlsx_rows(path: Path) -> list[Row]:
    import zipfile

    import openpyxl  # only when a workbook is read: the CLI stays quick to start

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InvalidInput(f"{path.name}: not a readable XLSX workbook ({exc})") from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                break
        return rows
    finally:
        book.close()


def is_blank(row: Iterable[Any]) -> bool:
    return all(cell is None or str(cell).strip() == "" for cell in row)


def fold(text: str) -> str:
    """Case, ё/е, punctuation and spacing removed: how two spellings of a label meet."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().replace("ё", "е")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def find_header(rows: list[Row], wanted: Iterable[str], limit: int = 15) -> int:
    """Index of the row holding the column names: the first of the top rows that names
    most of `wanted` (a title or merged group header above it is skipped)."""
    keys = {fold(w) for w in wanted}
    best, best_hits = -1, 0
    for i, row in enumerate(rows[:limit]):
        hits = len(keys & {fold(c) for c in row if c is not None})
        if hits > best_hits:
            best, best_hits = i, hits
    if best < 0:
        raise InvalidInput("none of the mapped column names is in the first rows of the file")
    return best


# -- cells to values ----------------------------------------------------------------------

class CellError(ValueError):
    """A cell that cannot become the field's value. `code` says why (the desktop words it
    in the person's language), `value` what was found, the message says both in English."""

    def __init__(self, code: str, value: Any, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.value = str(value)[:40]


_TRUE = {"1", "да", "д", "yes", "y", "true", "иә", "ия", "+", "x", "х", "v", "✓"}
_FALSE = {"0", "нет", "н", "no", "n", "false", "жоқ", "жок", "-", "—"}
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$")
_MY = re.compile(r"^(\d{1,2})[./-](\d{4})$")
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def to_bool(cell: Any) -> bool:
    if isinstance(cell, bool):
        return cell
    key = fold(cell) if fold(cell) else str(cell).strip()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError("bool", cell, f"not yes or no: {str(cell)[:40]!r}")


def to_int(cell: Any) -> int:
    if isinstance(cell, bool):
        raise CellError("int", cell, "not a whole number")
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    text = str(cell).strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    raise CellError("int", text, f"not a whole number: {text[:40]!r}")


def to_date(cell: Any) -> str:
    """ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") from a date cell, an Excel serial
    number, DD.MM.YYYY (also with / or -), MM.YYYY, or an ISO string."""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if 1 <= cell < 2_958_466:  # Excel's serial day numbers up to 9999-12-31
            return (EXCEL_EPOCH + dt.timedelta(days=int(cell))).isoformat()
        raise CellError("date", cell, f"not a date: {cell!r}")
    text = str(cell).strip()
    m = _DMY.match(text)
    if m:
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if len(m[3]) == 2:  # 16.03.24: the century closest to today, never the future
            year += 2000 if 2000 + year <= dt.date.today().year else 1900
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            raise CellError("no_such_date", text, f"no such date: {text!r}") from None
    m = _MY.match(text)
    if m and 1 <= int(m[1]) <= 12:
        return f"{int(m[2]):04d}-{int(m[1]):02d}"
    if _ISO.match(text):
        parts = [int(p) for p in text.split("-")]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            raise CellError("no_such_date", text, f"no such date: {text!r}") from None
        return text
    raise CellError("date", text,
                    f"not a date (write 16.03.2024 or 2024-03-16): {text[:40]!r}")


class Matcher:
    """Vocabulary labels (en/ru/kk), codes and synonyms to codes, forgiving of case, ё/е,
    punctuation, unambiguous abbreviations ("ж", "муж.") and small misspellings."""

    def __init__(self, name: str) -> None:
        self.vocab = vocab.load(name)
        self.exact: dict[str, str] = {}
        for item in self.vocab.items:
            code = item["code"]
            words = [code, *(v for k, v in item.items() if k in vocab.LANGS)]
            for extra in ("synonyms", "aliases"):
                value = item.get(extra)
                if isinstance(value, list | tuple):
                    words += [w for w in value if isinstance(w, str)]
            for w in words:
                self.exact.setdefault(fold(w), code)

    def match(self, cell: Any) -> tuple[str, bool]:
        """(code, exact): exact is False where a person should confirm the guess."""
        key = fold(cell)
        if not key:
            raise CellError("empty", cell, "empty")
        if key in self.exact:
            return self.exact[key], True
        prefixed = {c for k, c in self.exact.items() if k.startswith(key)}
        if len(prefixed) == 1:
            return prefixed.pop(), False
        close = difflib.get_close_matches(key, list(self.exact), n=2, cutoff=FUZZY)
        codes = {self.exact[k] for k in close}
        if len(codes) == 1:
            return codes.pop(), False
        raise CellError("vocab", cell,
                        f"not a value of the list {self.vocab.name!r}: {str(cell)[:40]!r}")
