"""Dates and times as people write them, and as the vault stores them.

The vault stores dates as ISO 8601, possibly partial ("2024-03-16", "2024-03", "2024"),
and date-times as "2024-03-16T10:30". People in Kazakhstan write "16.03.2024" (ru and
kk alike), sometimes "16/03/2024" or "16-03-2024", and often know only the month
("03.2024") or the year. `to_iso` turns what was typed into the stored form; text it
cannot read is returned unchanged, so the schema's validation names the field and the
person sees the problem where they typed it (nothing is guessed, nothing is lost).
`for_display` writes a stored value back the way the reader writes dates.
"""

from __future__ import annotations

import datetime as dt
import re

_SEP = r"[./\-]"
_DMY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}})")
_MY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{4}})")
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?")

# Languages that write day.month.year (Kazakhstan's convention in ru and kk).
DOTTED = {"ru", "kk"}


def to_iso(text: str) -> str:
    """"16.03.2024" → "2024-03-16"; "03.2024" → "2024-03"; "2024" stays; ISO stays.

    Anything else (including impossible dates such as 31.02.2024) comes back as it was
    typed, stripped, for validation to refuse at the field."""
    s = text.strip()
    if not s:
        return ""
    m = _DMY.fullmatch(s)
    if m:
        return _checked(int(m[3]), int(m[2]), int(m[1])) or s
    m = _MY.fullmatch(s)
    if m:
        return _checked(int(m[2]), int(m[1]), None) or s
    m = _ISO.fullmatch(s)
    if m:
        return _checked(int(m[1]), int(m[2]) if m[2] else None,
                        int(m[3]) if m[3] else None) or s
    return s


def datetime_to_iso(text: str) -> str:
    """"16.03.2024 10:30" → "2024-03-16T10:30"; ISO with a "T" or a space stays ISO.

    A date alone is kept as a date; unreadable text comes back unchanged."""
    s = text.strip()
    if not s:
        return ""
    parts = re.split(r"[ T]+", s, maxsplit=1)
    day = to_iso(parts[0])
    if len(parts) == 1:
        return day
    m = _TIME.fullmatch(parts[1].strip())
    if not m or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return s
    h, mi = int(m[1]), int(m[2])
    if h > 23 or mi > 59 or (m[3] and int(m[3]) > 59):
        return s
    return f"{day}T{h:02d}:{mi:02d}" + (f":{int(m[3]):02d}" if m[3] else "")


def _checked(year: int, month: int | None, day: int | None) -> str | None:
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def for_display(iso: str | None, lang: str) -> str:
    """A stored (possibly partial) date the way a reader of `lang` writes it:
    "2024-03-16" → "16.03.2024" in ru and kk; English readers see ISO."""
    if not iso:
        return ""
    if lang not in DOTTED:
        return iso
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso)
    if not m:
        return iso
    return ".".join(p for p in (m[3], m[2], m[1]) if p)


def datetime_for_display(iso: str | None, lang: str) -> str:
    """"2024-03-16T10:30" → "16.03.2024 10:30" (ru, kk) or "2024-03-16 10:30" (en)."""
    if not iso:
        return ""
    day, _t, time = iso.partition("T")
    shown = for_display(day, lang)
    return f"{shown} {time}" if time else shown


def local_time(iso: str | None, lang: str = "en") -> str:
    """A stored UTC instant ("2024-03-16T07:30:00Z") in this computer's local time, the
    way a reader of `lang` writes it: "2024-03-16 12:30" (en), "16.03.2024 12:30" (ru,
    kk); a time with no zone is shown as it is."""
    if not iso:
        return ""
    try:
        t = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if t.tzinfo is not None:
        try:
            t = t.astimezone()
        except (OverflowError, OSError):  # a year 9999 a device claims, east of Greenwich
            return iso
    return datetime_for_display(t.strftime("%Y-%m-%dT%H:%M"), lang)
