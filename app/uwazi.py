"""The Uwazi import pack: the CSV files Uwazi's importer takes, one per template.

Uwazi (HURIDOCS' database for publishing human-rights documentation) imports a CSV per
template: UTF-8, comma-separated, the first row naming template properties (`title` is
required), several values in one cell separated by `|`, a select or multi-select value
written as the exact label of its thesaurus item, a relationship as the exact title of
the entity linked to, a date as YYYY/MM/DD. This module turns the records an output may
carry (app.record_tables.select: the publication rule already applied, identities masked)
into those files, plus one CSV per thesaurus with each item's label in every language.
`property_table()` is the mapping docs/uwazi.md shows, generated so it cannot drift.

    .venv/bin/python -m app.uwazi      # the mapping section of docs/uwazi.md
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from app import present, record_tables, schema, vocab
from app.translate import tr

# Templates a published database holds, and the file each goes to. Interviews, medical
# examinations and evidence carry accounts and files: they are not published this way.
TEMPLATES = {"case": "cases", "person": "people", "incident": "incidents",
             "detention": "detentions", "complaint": "complaints", "facility": "facilities"}
YES_NO = "yes_no"  # the thesaurus for yes/no fields (Uwazi has no boolean property)

_TYPES = {"str": "text", "text": "markdown", "strs": "multiselect (free values)",
          "int": "numeric", "bool": "select",
          "date": "date (+ `NAME_as_recorded`, text, when only a month or year is known)",
          "datetime": "date",
          "enum": "select", "enums": "multiselect", "ref": "relationship",
          "refs": "relationship"}


def fields(kind: str) -> list[schema.Field]:
    """The fields of `kind` that become Uwazi properties (nested answers stay out)."""
    return [f for f in schema.get_kind(kind).fields
            if f.type in _TYPES and f.name != "title"]  # `title` is Uwazi's own column


def property_table() -> Iterator[tuple[str, str, str, str]]:
    """(template, Qorgau field, Uwazi property name, Uwazi type) for every property."""
    for kind, file in TEMPLATES.items():
        yield file, "(the record's title)", "title", "title"
        for f in fields(kind):
            kind_of = _TYPES[f.type]
            if f.vocab:
                kind_of += f" (thesaurus `{f.vocab}`)"
            elif f.type == "bool":
                kind_of += f" (thesaurus `{YES_NO}`)"
            elif f.ref_kind:
                kind_of += f" → {TEMPLATES.get(f.ref_kind, f.ref_kind)}"
            yield file, f.name, f.name, kind_of


def _date(value: Any) -> tuple[str, str]:
    """(Uwazi date, the date as recorded where it is not a whole day)."""
    if isinstance(value, str) and len(value) >= 10:
        return value[:10].replace("-", "/"), ""
    return "", str(value) if value else ""


def _value(f: schema.Field, value: Any, lang: str, selection: record_tables.Selection) -> str:
    if value is None or value == "" or value == [] or value == present.MASK:
        return ""  # a masked identity is left out, never written as a placeholder
    if f.type == "enum":
        return vocab.load(f.vocab or "").label(value, lang)
    if f.type == "enums":
        return "|".join(vocab.load(f.vocab or "").label(v, lang) for v in value)
    if f.type == "bool":
        return tr("Yes" if value else "No", lang, "labels")
    if f.type == "ref":
        return selection.title(value)
    if f.type == "refs":
        return "|".join(selection.title(v) for v in value)
    if f.type == "strs":
        return "|".join(value)
    return str(value)


def pack(selection: record_tables.Selection, lang: str) -> dict[str, bytes]:
    """File name → bytes of every CSV of the pack."""
    files: dict[str, bytes] = {}
    used_vocabs: set[str] = set()
    for kind, name in TEMPLATES.items():
        rows = [(rid, body) for rid, k, body in selection.records if k == kind]
        if not rows:
            continue
        props = fields(kind)
        partial = {f.name for f in props if f.type in ("date", "datetime")
                   and any(_date(b.get(f.name))[1] for _, b in rows)}
        header = ["title"]
        for f in props:
            header.append(f.name)
            if f.name in partial:
                header.append(f"{f.name}_as_recorded")  # "2022-01": Uwazi needs a whole day
            if f.vocab:
                used_vocabs.add(f.vocab)
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(header)
        for rid, body in rows:
            line = [selection.title(rid)]
            for f in props:
                value = body.get(f.name)
                if f.type in ("date", "datetime"):
                    whole, recorded = _date(value)
                    line.append(whole)
                    if f.name in partial:
                        line.append(recorded)
                else:
                    line.append(_value(f, value, lang, selection))
            w.writerow(line)
        files[f"{name}.csv"] = out.getvalue().encode("utf-8")
    for name in sorted(used_vocabs):
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        langs = [lang, *(x for x in vocab.LANGS if x != lang)]
        w.writerow(langs)
        v = vocab.load(name)
        for code in v.codes:
            w.writerow([v.label(code, x) for x in langs])
        files[f"thesauri/{name}.csv"] = out.getvalue().encode("utf-8")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    langs = [lang, *(x for x in vocab.LANGS if x != lang)]
    w.writerow(langs)
    for word in ("Yes", "No"):
        w.writerow([tr(word, x, "labels") for x in langs])
    files[f"thesauri/{YES_NO}.csv"] = out.getvalue().encode("utf-8")
    return files


def render_mapping() -> str:
    lines = ["| Uwazi template (file) | Qorgau field | Uwazi property | property type |",
             "|---|---|---|---|"]
    lines += [f"| `{t}.csv` | `{f}` | `{p}` | {k} |" if f[0] != "(" else
              f"| `{t}.csv` | {f} | `{p}` | {k} |" for t, f, p, k in property_table()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render_mapping(), end="")
