"""Relatives who would identify a protected minor, masked on every screen.

The rule is app.disclosure.relatives_to_mask (the same one the case report obeys); this
module applies it to the rows the read models hand to the screens: the title becomes
"Relative of a protected person" (translated), the identifying fields (name, other names,
date of birth, contact) are masked, and the row says `masked_relative` so that a form
offers the deliberate, audited "Reveal identity" it offers for a protected person.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app import disclosure, present, vocab
from storage.db import IN_LIST, as_list


class Masked(set[str]):
    """The ids of the masked relatives, and what would name them (their names, contact and
    date of birth), to be scrubbed from other records' text on screen too: a complaint
    "filed by" the mother, a narrative that names her."""

    secrets: tuple[str, ...] = ()


def relatives(db: Any) -> Masked:
    """Person ids masked as relatives of a protected minor (computed once per read)."""
    out = Masked(disclosure.relatives_to_mask(db))
    if out:
        found: set[str] = set()
        hidden = present.identifying_fields("person")
        for (raw,) in db.all(f"SELECT body FROM records WHERE record_id IN {IN_LIST}",
                             (as_list(sorted(out)),)):
            for k, v in json.loads(raw).items():
                if k in hidden:
                    # A year alone ("1971") is no name: it would blank every date.
                    least = 8 if k == "date_of_birth" else 3
                    values = [x for x in (v if isinstance(v, list) else [v])
                              if isinstance(x, str) and len(x.strip()) >= least]
                    found.update(values)
                    if k in ("full_name", "other_names"):  # a snippet may split a name
                        found.update(w for x in values for w in x.split() if len(w) >= 4)
        out.secrets = tuple(sorted(found, key=len, reverse=True))
    return out


def scrub(value: Any, masked: set[str]) -> Any:
    """`value` (a read model's data) with every masked relative's name, contact and date
    of birth replaced in its text."""
    secrets = getattr(masked, "secrets", ())
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, present.MASK)
        return value
    if isinstance(value, list):
        return [scrub(v, masked) for v in value]
    if isinstance(value, tuple):
        return tuple(scrub(v, masked) for v in value)
    if isinstance(value, dict):  # ids and hashes are never text to scrub
        return {k: v if k in _IDS or k.endswith("_id") else scrub(v, masked)
                for k, v in value.items()}
    return value


_IDS = frozenset({"sha256", "parents", "heads", "version_id", "record_id", "author"})


def label(lang: str) -> str:
    return vocab.load("disclosure_words").label("relative_masked", lang)


def body(value: dict[str, Any]) -> dict[str, Any]:
    hidden = present.identifying_fields("person")
    return {k: (present.MASK if k in hidden else v) for k, v in value.items()}


def apply(rows: Iterable[dict[str, Any]], masked: set[str], lang: str,
          key: str = "record_id") -> None:
    """Mask, in place, the rows of masked relatives (title, body, a flag for the form)."""
    if not masked:
        return
    for row in rows:
        if row.get(key) in masked:
            row["title"] = label(lang)
            if isinstance(row.get("body"), dict):
                row["body"] = body(row["body"])
            row["masked_relative"] = True
        else:
            for name in ("title", "body", "snippet"):
                if name in row:
                    row[name] = scrub(row[name], masked)


def titles(values: dict[str, str], masked: set[str], lang: str) -> dict[str, str]:
    """A record id -> title map with masked relatives' titles replaced."""
    return {rid: (label(lang) if rid in masked else t) for rid, t in values.items()}
