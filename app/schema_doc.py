"""Renders docs/record-kinds.md from the schemas, so the reference cannot drift.

    .venv/bin/python -m app.schema_doc > docs/record-kinds.md
"""

from __future__ import annotations

from app import schema


def _type(f: schema.Field) -> str:
    if f.vocab:
        return f"{f.type} ({f.vocab})"
    if f.ref_kind:
        return f"{f.type} → {f.ref_kind}"
    if f.min is not None or f.max is not None:
        return f"{f.type} [{'' if f.min is None else f.min}..{'' if f.max is None else f.max}]"
    return f.type


def render() -> str:
    out = ["# Record kinds", "",
           "Generated from `app/schema.py` by `python -m app.schema_doc`; a test keeps it "
           "current. Vocabulary codes are in `resources/vocab/NAME.json`.", ""]
    for kind in schema.KINDS.values():
        out += [f"## `{kind.name}` — {kind.label}", "",
                "| field | type | required | meaning |", "|---|---|---|---|"]
        for path, f in schema.walk_fields(kind.fields):
            note = f.label + (f". {f.help}" if f.help else "")
            if f.identifying:
                note += " *(identifying: hidden for protected people)*"
            out.append(f"| `{path}` | {_type(f)} | {'yes' if f.required else ''} | "
                       f"{note.replace('|', '/')} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(render(), end="")
