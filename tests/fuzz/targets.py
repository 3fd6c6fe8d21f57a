"""Fuzz targets: hostile bytes in, only a clear QorgauError (or success) out.

Each target takes bytes. Anything other than a QorgauError escaping is a crash.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from app import records_json, schema
from app.records import Version
from storage.errors import QorgauError

Target = Callable[[bytes], None]


def records_file(data: bytes) -> None:
    """`qorgau add`: the JSON file, then each body through its schema."""
    refs: dict[str, str] = {}
    for i, entry in enumerate(records_json.parse(data, "fuzz.json")):
        body = records_json._resolve(entry["body"], refs, f"records[{i}]")
        kind = entry.get("kind")
        if isinstance(kind, str) and kind in schema.KINDS:
            schema.validate(kind, body)
        if entry.get("ref"):
            refs[str(entry["ref"])] = f"01a20b6c-9ed3-73ee-8bba-{i:012d}"


def identity_card(data: bytes) -> None:
    from sync import card

    card.from_json(data)


def version_envelope(data: bytes) -> None:
    """A record version as it arrives in a bundle (signature checked elsewhere)."""
    split = len(data) - 64
    Version.from_envelope(data[:split], data[split:]) if split > 0 else None


# Where the image target writes its input: the folder the caller names (the test gives
# one under its tmp_path: the fuzzer process ends without running atexit), else a
# private one in memory, removed at exit.
if os.environ.get("QORGAU_FUZZ_SCRATCH"):
    _SCRATCH = Path(os.environ["QORGAU_FUZZ_SCRATCH"])
    _SCRATCH.mkdir(parents=True, exist_ok=True)
else:
    _SCRATCH = Path(tempfile.mkdtemp(prefix="qorgau-fuzz-", dir="/dev/shm"
                                     if os.path.isdir("/dev/shm") else None))
    atexit.register(shutil.rmtree, _SCRATCH, True)


def image(data: bytes) -> None:
    """Image ingest's decoding: sniffing, EXIF and derivatives from a crafted file."""
    from app import imaging

    path = _SCRATCH / "input"
    path.write_bytes(data)
    mime = imaging.sniff_mime(path)
    if imaging.is_image_mime(mime):
        imaging.make_derivatives(path)


def bundle_manifest(data: bytes) -> None:
    """A bundle's manifest.json, as it arrives before any signature check."""
    from sync import bundle

    bundle.parse_manifest(data)


def bundle_tar(data: bytes) -> None:
    """The decrypted tar stream of a bundle, read member by member."""
    import io

    from sync import bundle

    tar = bundle.TarReader(io.BytesIO(data))
    while (head := tar.next()) is not None:
        tar.read_member(head[1], 1 << 20)


def receipt(data: bytes) -> None:
    """A receipt's JSON body (the signature and age layers are checked around it)."""
    from app import receipts

    receipts._parse(data)


TARGETS: dict[str, Target] = {
    "bundle_manifest": bundle_manifest,
    "bundle_tar": bundle_tar,
    "receipt": receipt,
    "records_file": records_file,
    "identity_card": identity_card,
    "version_envelope": version_envelope,
    "image": image,
}


def register(name: str, target: Target) -> None:
    TARGETS[name] = target


def run_one(target: Target, data: bytes) -> None:
    try:
        target(data)
    except QorgauError as exc:
        if not str(exc):
            raise AssertionError("a rejection without a message") from exc
