"""Dates as people type them become the stored ISO form; unreadable text is left for
validation to refuse at the field."""

from __future__ import annotations

import datetime as dt

import pytest

from app import dates, schema
from storage.errors import ValidationError

CASE = "00000000-0000-4000-8000-000000000000"


@pytest.mark.parametrize(("typed", "stored"), [
    ("16.03.2024", "2024-03-16"),
    (" 6.3.2024 ", "2024-03-06"),
    ("16/03/2024", "2024-03-16"),
    ("16-03-2024", "2024-03-16"),
    ("03.2024", "2024-03"),
    ("3.2024", "2024-03"),
    ("2024", "2024"),
    ("2024-03-16", "2024-03-16"),
    ("2024-3", "2024-03"),
    ("", ""),
])
def test_typed_dates_become_iso(typed: str, stored: str) -> None:
    assert dates.to_iso(typed) == stored


@pytest.mark.parametrize("typed", ["31.02.2024", "16.13.2024", "16.03.24", "вчера",
                                   "2024-02-30", "13.2024"])
def test_impossible_or_unreadable_dates_are_left_for_validation(typed: str) -> None:
    assert dates.to_iso(typed) == typed
    with pytest.raises(ValidationError) as err:
        schema.validate("incident", {"date": dates.to_iso(typed), "narrative": "x",
                                     "case_id": CASE})
    assert "date" in err.value.errors


def test_every_stored_form_validates() -> None:
    for typed in ("16.03.2024", "03.2024", "2024"):
        body = schema.validate("incident", {"date": dates.to_iso(typed), "narrative": "x",
                                     "case_id": CASE})
        assert body["date"] == dates.to_iso(typed)


@pytest.mark.parametrize(("typed", "stored"), [
    ("16.03.2024 10:30", "2024-03-16T10:30"),
    ("16.03.2024 9.05", "2024-03-16T09:05"),
    ("2024-03-16 10:30", "2024-03-16T10:30"),
    ("2024-03-16T10:30:15", "2024-03-16T10:30:15"),
    ("16.03.2024", "2024-03-16"),
    ("16.03.2024 25:00", "16.03.2024 25:00"),
])
def test_typed_date_times(typed: str, stored: str) -> None:
    assert dates.datetime_to_iso(typed) == stored


def test_display_in_the_readers_convention() -> None:
    assert dates.for_display("2024-03-16", "ru") == "16.03.2024"
    assert dates.for_display("2024-03", "kk") == "03.2024"
    assert dates.for_display("2024", "ru") == "2024"
    assert dates.for_display("2024-03-16", "en") == "2024-03-16"
    assert dates.datetime_for_display("2024-03-16T10:30", "kk") == "16.03.2024 10:30"
    for lang in ("ru", "kk"):  # what is shown reads back to what is stored
        for iso in ("2024-03-16", "2024-03", "2024"):
            assert dates.to_iso(dates.for_display(iso, lang)) == iso


def test_local_time_converts_from_utc() -> None:
    utc = dt.datetime(2024, 3, 16, 7, 30, tzinfo=dt.UTC)
    expected = utc.astimezone().strftime("%Y-%m-%d %H:%M")
    assert dates.local_time("2024-03-16T07:30:00Z") == expected
    assert dates.local_time("2024-03-16T07:30") == "2024-03-16 07:30"
    assert dates.local_time("") == ""
    assert dates.local_time("2024-03-16T07:30", "kk") == "16.03.2024 07:30"
