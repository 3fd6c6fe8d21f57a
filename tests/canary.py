"""Scan folders for canary strings: plain, UTF-16 (both byte orders) and base64."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from pathlib import Path


def encodings(canary: str) -> list[bytes]:
    forms = []
    for text in {canary, canary.lower(), canary.upper()}:
        raw = text.encode("utf-8")
        forms += [raw, text.encode("utf-16-le"), text.encode("utf-16-be")]
        # base64 of the string at each of the three alignments inside a longer stream.
        for pad in range(3):
            encoded = base64.b64encode(b"\0" * pad + raw)
            forms.append(encoded[4:-4] if len(encoded) > 8 else encoded)
    return [f for f in forms if len(f) >= 6]


def scan(folders: Iterable[Path], canaries: Iterable[str]) -> list[str]:
    """Every (file, canary) hit under the folders."""
    needles = [(c, form) for c in canaries for form in encodings(c)]
    hits = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            for canary, form in needles:
                if form in data:
                    hits.append(f"{path}: {canary!r}")
                    break
    return hits
