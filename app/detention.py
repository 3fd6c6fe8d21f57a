"""The time limit on holding a person before the detention is registered.

Kazakh law allows 48 hours for an adult and 24 hours for a minor (domain.md). A record
that shows more is not invalid (it documents what happened): the person recording it
is told, so that the breach is not missed and can be raised in a complaint.
"""

from __future__ import annotations

LIMIT_HOURS = {"adult": 48, "minor": 24}


def registration_overdue(hours: object, *, minor: bool) -> int | None:
    """The limit broken by `hours` held before registration (24 or 48), or None."""
    if isinstance(hours, bool) or not isinstance(hours, int):
        return None
    limit = LIMIT_HOURS["minor" if minor else "adult"]
    return limit if hours > limit else None
