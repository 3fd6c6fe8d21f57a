"""Holding a person longer than the law allows before registration is flagged."""

from __future__ import annotations

from app.detention import registration_overdue


def test_a_minor_held_30_hours_breaks_the_24_hour_limit() -> None:
    assert registration_overdue(30, minor=True) == 24
    assert registration_overdue(30, minor=False) is None


def test_limits_are_exclusive_and_bad_values_are_ignored() -> None:
    assert registration_overdue(24, minor=True) is None
    assert registration_overdue(48, minor=False) is None
    assert registration_overdue(49, minor=False) == 48
    for bad in (None, "30", True, 30.5):
        assert registration_overdue(bad, minor=True) is None
