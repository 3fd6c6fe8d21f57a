"""The sealed bundle codec: one format, one writer, one strict reader.

    bundle file = age v1 (X25519, to every trusted coordinator)
                  of a POSIX ustar stream of plain files, in this order:
        manifest.json            canonical JSON: who, seq, previous hash, recipients, members
        manifest.json.minisig    minisign (Ed25519, prehashed) signature of manifest.json
        SHA256SUMS               `sha256sum` lines for every member below (from the manifest)
        SHA256SUMS.minisig       minisign signature of SHA256SUMS
        versions/<id>.json       a record version's envelope; SHA-256 of the file = <id>
        versions/<id>.sig        base64 of the author's Ed25519 signature of the envelope
        blobs/<sha256>           an evidence original, byte for byte

The bundle's hash is the SHA-256 of manifest.json, which commits to every member.
docs/bundle-format.md is the specification; this module is its only implementation.
Receipts (app.receipts) reuse the tar and age layers with their own two members.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO, TypeVar

import pyrage

from storage import age_worker, canonical
from storage.errors import (
    EXIT_REJECTED,
    Cancelled,
    EnvironmentFault,
    IntegrityFailure,
    InvalidInput,
    QorgauError,
)
from storage.ids import is_uuid
from storage.units import human_size
from sync import card as cardmod
from sync import minisign

FORMAT = "qorgau-bundle"
VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.json.minisig"
SUMS = "SHA256SUMS"
SUMS_SIG = "SHA256SUMS.minisig"
HEADER_MEMBERS = (MANIFEST, MANIFEST_SIG, SUMS, SUMS_SIG)
GENESIS = "0" * 64  # prev_sha256 of a device's first bundle
SIG_MEMBER_SIZE = 89  # base64 of 64 bytes + "\n"

BLOCK = 512
USTAR_MAX_SIZE = 8**11 - 1  # 11 octal digits: the largest plain ustar member (8 GiB - 1)
_VERSION_NAME = re.compile(r"versions/([0-9a-f]{64})\.(json|sig)")
_BLOB_NAME = re.compile(r"blobs/([0-9a-f]{64})")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
_PIPE_SIZE = 1 << 20
_PROGRESS_STEP = 256 << 10
_F_SETPIPE_SZ = 1031  # Linux; fcntl has no name for it before Python 3.12


class Rejected(QorgauError):
    """A bundle or receipt that must not touch the vault. `code` is stable, for reports
    and tests; the message says what is wrong in words a coordinator can act on."""

    exit_code = EXIT_REJECTED

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Limits:
    """What a reader accepts before it reads a byte of content. A declared size beyond
    these is refused from the manifest alone (a "1 TB" member never starts streaming)."""

    manifest_bytes: int = 32 << 20
    members: int = 400_000
    version_bytes: int = 16 << 20
    blob_bytes: int = USTAR_MAX_SIZE
    total_bytes: int = 256 << 30
    trailing_zero_bytes: int = 64 << 10


DEFAULT_LIMITS = Limits()


# --- for messages ----------------------------------------------------------------------------


def _show(value: Any, limit: int = 60) -> str:
    """A value from the file, for a message: quoted, cut short (it may be huge or hostile)."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


# --- ustar -------------------------------------------------------------------------------


def _octal(value: int, width: int) -> bytes:
    return f"{value:0{width - 1}o}".encode("ascii") + b"\0"


def tar_header(name: str, size: int, mtime: int) -> bytes:
    """A ustar header for a plain file: mode 0644, owner 0:0, no user or group names."""
    raw = name.encode("ascii")
    if len(raw) > 100 or not 0 <= size <= USTAR_MAX_SIZE:
        raise InvalidInput(f"cannot put {name!r} ({human_size(size)}) in a plain tar member")
    # Fields in order (name, mode, uid, gid, size, mtime, checksum, type, link name,
    # magic, version, user, group, device numbers, prefix, padding). Joined rather than
    # set byte by byte: an export writes two headers per version, by the ten thousand.
    head = raw + bytes(100 - len(raw)) + _FIXED_IDS + _octal(size, 12) + _octal(mtime, 12)
    checksum = sum(head) + _CHECKSUM_REST
    return head + f"{checksum:06o}".encode("ascii") + b"\0 " + _TAIL


def _padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


_FIXED_IDS = _octal(0o644, 8) + _octal(0, 8) + _octal(0, 8)
_TAIL = b"0" + bytes(100) + b"ustar\0" + b"00" + bytes(64) + _octal(0, 8) + _octal(0, 8) + bytes(
    155 + 12)
_CHECKSUM_REST = 8 * ord(" ") + sum(_TAIL)  # the checksum field counts as spaces


class TarWriter:
    """Writes plain members to a stream; the caller supplies exactly `size` bytes each."""

    def __init__(self, out: BinaryIO, mtime: int) -> None:
        self.out = out
        self.mtime = mtime

    def add_bytes(self, name: str, data: bytes) -> None:
        # One write: small members come by the thousand.
        self.out.write(tar_header(name, len(data), self.mtime) + data + _padding(len(data)))

    def add_stream(self, name: str, size: int, fill: Callable[[BinaryIO], None]) -> None:
        """`fill(writer)` writes the member's content; more or fewer than `size` bytes is
        an error (the manifest promised that size)."""
        self.out.write(tar_header(name, size, self.mtime))
        counter = _CountingWriter(self.out, size, name)
        fill(counter)
        if counter.count != size:
            raise InvalidInput(f"{name}: expected {size} bytes, got {counter.count}")
        self.out.write(_padding(size))

    def close(self) -> None:
        self.out.write(b"\0" * (2 * BLOCK))


class _CountingWriter:
    def __init__(self, out: BinaryIO, limit: int, name: str) -> None:
        self.out, self.limit, self.name, self.count = out, limit, name, 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        if self.count > self.limit:
            raise InvalidInput(f"{self.name}: more than the {self.limit} bytes announced")
        self.out.write(data)
        return len(data)

    def flush(self) -> None:
        pass


def tar_size(sizes: Iterable[int]) -> int:
    return sum(BLOCK + s + (-s % BLOCK) for s in sizes) + 2 * BLOCK


def _parse_octal(field_bytes: bytes, what: str) -> int:
    text = field_bytes.rstrip(b"\0 ").lstrip(b" ")
    if not text or not all(48 <= c <= 55 for c in text):
        raise Rejected("tar", f"the tar stream has a malformed {what} field")
    return int(text, 8)


class TarReader:
    """Strict, streaming reader of the ustar subset above. Anything else (links, folders,
    devices, pax or GNU extension headers, names with "..", "/" at the start or outside
    the expected set, bad checksums, data after the end) is refused."""

    def __init__(self, src: BinaryIO, limits: Limits = DEFAULT_LIMITS,
                 names: Callable[[str], bool] | None = None) -> None:
        self.src = src
        self.limits = limits
        self.names = names or _plain_name
        self._left = 0  # unread bytes of the current member, padding included
        self.done = False

    def _read(self, n: int) -> bytes:
        parts, got = [], 0
        while got < n:
            chunk = self.src.read(n - got)
            if not chunk:
                raise Rejected("truncated", "the bundle ends early: it was cut short or damaged")
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)

    def next(self) -> tuple[str, int] | None:
        """The next member's (name, size), or None at the end of the archive."""
        if self._left:
            raise RuntimeError("previous member not fully read")
        header = self._read(BLOCK)
        if header == b"\0" * BLOCK:
            if self._read(BLOCK) != b"\0" * BLOCK:
                raise Rejected("tar", "the tar stream has data after an end-of-archive block")
            self._check_trailer()
            self.done = True
            return None
        stored = _parse_octal(header[148:156], "checksum")
        if stored != sum(header[:148]) + 8 * 32 + sum(header[156:]):
            raise Rejected("tar", "a tar header is damaged (checksum mismatch)")
        if header[257:263] != b"ustar\0" or header[263:265] != b"00":
            raise Rejected("tar", "the bundle is not a POSIX ustar stream")
        kind = header[156:157]
        try:
            name = header[0:100].rstrip(b"\0").decode("ascii")
        except UnicodeDecodeError:
            name = repr(header[0:100].rstrip(b"\0"))
        if kind not in (b"0", b"\0"):
            what = {b"1": "a hard link", b"2": "a symbolic link", b"5": "a folder",
                    b"x": "a pax extended header", b"g": "a pax global header",
                    b"L": "a GNU long name", b"K": "a GNU long link name"}.get(kind, "not a file")
            raise Rejected("tar_member", f"tar member {name!r} is {what}: only plain files "
                                         "are allowed in a bundle")
        if header[157:257].strip(b"\0") or header[345:500].strip(b"\0"):
            raise Rejected("tar_member", f"tar member {name!r} has a link name or a name "
                                         "prefix: only plain file names are allowed")
        if not self.names(name):
            raise Rejected("tar_member", f"tar member {name!r} is not a plain bundle file "
                                         "name (no '..', no leading '/', no other folders)")
        size = _parse_octal(header[124:136], "size")
        self._left = size + (-size % BLOCK)
        return name, size

    def read_member(self, size: int, limit: int) -> bytes:
        if size > limit:
            raise Rejected("limits", f"a {human_size(size)} member is larger than the limit "
                                     f"of {human_size(limit)}")
        data = self._read(size)
        self._skip_padding(size)
        return data

    def stream_member(self, size: int, *, hashed: bool = True) -> _MemberStream:
        return _MemberStream(self, size, hashed)

    def _skip_padding(self, size: int) -> None:
        pad = -size % BLOCK
        if pad and self._read(pad) != b"\0" * pad:
            raise Rejected("tar", "a tar member's padding is not zero")
        self._left = 0

    def _check_trailer(self) -> None:
        seen = 0
        while True:
            chunk = self.src.read(BLOCK * 16)
            if not chunk:
                return
            seen += len(chunk)
            if chunk.count(0) != len(chunk) or seen > self.limits.trailing_zero_bytes:
                raise Rejected("tar", "the bundle has data after the end of its tar stream")


class _MemberStream:
    """read(n) over one member's content, hashing as it goes."""

    def __init__(self, reader: TarReader, size: int, hashed: bool = True) -> None:
        self.reader, self.remaining, self.size = reader, size, size
        # Unhashed when the consumer hashes anyway (the blob store does): hashing twice
        # would cost a tenth of an import's time.
        self.sha = hashlib.sha256() if hashed else None
        # What read() raised: a consumer such as pyrage may wrap it in its own error.
        self.error: BaseException | None = None

    def read(self, n: int = -1) -> bytes:
        if self.remaining == 0:
            return b""
        want = self.remaining if n is None or n < 0 else min(n, self.remaining)
        try:
            chunk = self.reader.src.read(want)
            if not chunk:
                raise Rejected("truncated", "the bundle ends early: it was cut short or damaged")
        except BaseException as exc:
            self.error = exc
            raise
        self.remaining -= len(chunk)
        if self.sha is not None:
            self.sha.update(chunk)
        return chunk

    def drain(self) -> str:
        while self.read(1 << 20):
            pass
        self.reader._skip_padding(self.size)
        return self.sha.hexdigest() if self.sha is not None else ""


def _plain_name(name: str) -> bool:
    return name in HEADER_MEMBERS or bool(_VERSION_NAME.fullmatch(name)
                                          or _BLOB_NAME.fullmatch(name))


# --- manifest ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str

    @property
    def kind(self) -> str:
        return "blob" if self.name.startswith("blobs/") else "version"


@dataclass(frozen=True)
class Manifest:
    raw: bytes
    sha256: str
    bundle_id: str
    created_at: str
    device: cardmod.IdentityCard
    seq: int
    prev_sha256: str
    recipients: tuple[tuple[str, str], ...]  # (device id, card fingerprint)
    authors: tuple[cardmod.IdentityCard, ...]
    members: tuple[Member, ...]
    version_ids: tuple[str, ...]
    blob_ids: tuple[str, ...]

    @property
    def mtime(self) -> int:
        return epoch(self.created_at)


def card_fields(card: cardmod.IdentityCard) -> dict[str, str]:
    return {"device_id": card.device_id, "name": card.name, "role": card.role,
            "minisign_public_key": minisign.public_key_line(card.sign_key_id, card.sign_public),
            "age_recipient": card.age_recipient}


def parse_card(obj: Any, where: str) -> cardmod.IdentityCard:
    keys = {"device_id", "name", "role", "minisign_public_key", "age_recipient"}
    if not isinstance(obj, dict) or set(obj) != keys:
        raise Rejected("manifest", f"manifest: {where} must have exactly {sorted(keys)}")
    try:
        key_id, public = minisign.parse_public_key(obj["minisign_public_key"])
        return cardmod.IdentityCard(device_id=obj["device_id"], name=obj["name"],
                                    role=obj["role"], sign_public=public, sign_key_id=key_id,
                                    age_recipient=obj["age_recipient"])
    except (InvalidInput, TypeError) as exc:
        raise Rejected("manifest", f"manifest: {where}: {exc}") from None


def epoch(created_at: str) -> int:
    return int(datetime.fromisoformat(created_at.replace("Z", "+00:00")).timestamp())


def build_manifest(*, bundle_id: str, created_at: str, device: cardmod.IdentityCard, seq: int,
                   prev_sha256: str, recipients: Iterable[cardmod.IdentityCard],
                   authors: Iterable[cardmod.IdentityCard],
                   members: Iterable[Member]) -> bytes:
    return canonical.dumps({
        "format": FORMAT,
        "version": VERSION,
        "bundle_id": bundle_id,
        "created_at": created_at,
        "device": card_fields(device),
        "seq": seq,
        "prev_sha256": prev_sha256,
        "recipients": [{"device_id": r.device_id, "fingerprint": cardmod.fingerprint(r)}
                       for r in sorted(recipients, key=lambda c: c.device_id)],
        "authors": [card_fields(a) for a in sorted(authors, key=lambda c: c.device_id)],
        "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in members],
    })


def parse_manifest(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """Check every field and the member list. Raises Rejected with the first fault."""

    def bad(message: str) -> Rejected:
        return Rejected("manifest", f"manifest: {message}")

    try:
        obj = canonical.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise bad("not valid JSON") from None
    expected = {"format", "version", "bundle_id", "created_at", "device", "seq",
                "prev_sha256", "recipients", "authors", "members"}
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise bad(f"not a {FORMAT} manifest")
    if obj.get("version") != VERSION or type(obj.get("version")) is not int:
        raise bad(f"unsupported version {_show(obj.get('version'))} (this Qorgau reads "
                  f"{VERSION})")
    if set(obj) != expected:
        raise bad(f"unexpected or missing fields: {_show(sorted(set(obj) ^ expected))}")
    try:
        if canonical.dumps(obj) != raw:
            raise bad("not in canonical form")
    except ValueError as exc:
        raise bad(str(exc)) from None
    if not is_uuid(obj["bundle_id"]):
        raise bad("bundle_id is not a UUID")
    if not isinstance(obj["created_at"], str) or not _TIME.fullmatch(obj["created_at"]):
        raise bad("created_at is not a UTC time")
    try:
        epoch(obj["created_at"])
    except ValueError:
        raise bad("created_at is not a valid date and time") from None
    seq, prev = obj["seq"], obj["prev_sha256"]
    if type(seq) is not int or not 1 <= seq <= 2**53:
        raise bad("seq must be a positive integer")
    if not isinstance(prev, str) or not _HEX64.fullmatch(prev):
        raise bad("prev_sha256 is not a SHA-256")
    if (seq == 1) != (prev == GENESIS):
        raise bad("only the first bundle (seq 1) may have no previous bundle")
    device = parse_card(obj["device"], "device")
    recipients = obj["recipients"]
    if not isinstance(recipients, list) or not recipients or not all(
            isinstance(r, dict) and set(r) == {"device_id", "fingerprint"}
            and all(isinstance(v, str) for v in r.values()) for r in recipients):
        raise bad("recipients must be a non-empty list of {device_id, fingerprint}")
    if not isinstance(obj["authors"], list):
        raise bad("authors must be a list")
    authors = tuple(parse_card(a, f"authors[{i}]") for i, a in enumerate(obj["authors"]))
    author_ids = [a.device_id for a in authors]
    if len(set(author_ids)) != len(author_ids) or device.device_id in author_ids:
        raise bad("authors must be distinct devices other than the signing device")
    members, version_ids, blob_ids = _members(obj["members"], limits, bad)
    return Manifest(
        raw=raw, sha256=hashlib.sha256(raw).hexdigest(), bundle_id=obj["bundle_id"],
        created_at=obj["created_at"], device=device, seq=seq, prev_sha256=prev,
        recipients=tuple((r["device_id"], r["fingerprint"]) for r in recipients),
        authors=authors, members=members, version_ids=version_ids, blob_ids=blob_ids)


def _members(items: Any, limits: Limits, bad: Callable[[str], Rejected]
             ) -> tuple[tuple[Member, ...], tuple[str, ...], tuple[str, ...]]:
    if not isinstance(items, list):
        raise bad("members must be a list")
    if len(items) > limits.members:
        raise Rejected("limits", f"manifest lists {len(items)} members, more than the limit "
                                 f"of {limits.members}")
    members: list[Member] = []
    version_ids: list[str] = []
    blob_ids: list[str] = []
    pending: str | None = None  # a version whose .sig must come next
    total = 0
    for i, item in enumerate(items):
        if not (isinstance(item, dict) and set(item) == {"name", "size", "sha256"}
                and isinstance(item["name"], str) and type(item["size"]) is int
                and isinstance(item["sha256"], str) and _HEX64.fullmatch(item["sha256"])):
            raise bad(f"members[{i}] must be {{name, size, sha256}}")
        name, size, sha = item["name"], item["size"], item["sha256"]
        version = _VERSION_NAME.fullmatch(name)
        blob = _BLOB_NAME.fullmatch(name)
        if size < 0:
            raise bad(f"{_show(name)}: negative size")
        if version:
            vid, ext = version.groups()
            if blob_ids:
                raise bad(f"{name}: versions must come before evidence files")
            if ext == "json":
                if pending is not None or sha != vid:
                    raise bad(f"{name}: each version is listed as .json (whose SHA-256 is its "
                              "id) followed by its .sig")
                pending = vid
                version_ids.append(vid)
                limit = limits.version_bytes
            else:
                if pending != vid or size != SIG_MEMBER_SIZE:
                    raise bad(f"{name}: a {SIG_MEMBER_SIZE}-byte signature must follow its "
                              "version")
                pending = None
                limit = SIG_MEMBER_SIZE
        elif blob:
            if pending is not None or sha != blob.group(1):
                raise bad(f"{name}: an evidence file must follow the versions and be named "
                          "by its SHA-256")
            blob_ids.append(sha)
            limit = limits.blob_bytes
        else:
            raise bad(f"members[{i}]: {_show(name)} is not a bundle member name")
        if size > limit:
            raise Rejected("limits", f"manifest declares {name[:80]} of {human_size(size)}, "
                                     f"above the limit of {human_size(limit)}")
        total += size
        if total > limits.total_bytes:
            raise Rejected("limits", f"manifest declares more than {human_size(limits.total_bytes)}"
                                     " of content, above the limit")
        members.append(Member(name, size, sha))
    if pending is not None:
        raise bad(f"version {pending[:12]}… has no signature member")
    if len(set(version_ids)) != len(version_ids) or len(set(blob_ids)) != len(blob_ids):
        raise bad("a member is listed twice")
    return tuple(members), tuple(version_ids), tuple(blob_ids)


def render_sums(members: Iterable[Member]) -> bytes:
    """SHA256SUMS: what `sha256sum -c` checks with stock tools (text mode, two spaces)."""
    return "".join(f"{m.sha256}  {m.name}\n" for m in members).encode("ascii")


def trusted_comment(kind: str, manifest_sha: str, bundle_id: str, seq: int) -> str:
    """Shown by `minisign -V`; bound to this bundle so a signature cannot be moved."""
    return f"qorgau {kind} {bundle_id} seq {seq} manifest sha256 {manifest_sha}"


def sign_header(sign_key: Any, key_id: bytes, manifest: bytes, bundle_id: str, seq: int,
                sums: bytes) -> tuple[bytes, bytes]:
    sha = hashlib.sha256(manifest).hexdigest()
    return (
        minisign.sign(sign_key, key_id, manifest,
                      trusted_comment("bundle", sha, bundle_id, seq)).encode("ascii"),
        minisign.sign(sign_key, key_id, sums,
                      trusted_comment("bundle-sums", sha, bundle_id, seq)).encode("ascii"),
    )


def verify_signature(card: cardmod.IdentityCard, message: bytes, sig: bytes,
                     expected_comment: str, what: str) -> None:
    try:
        comment = minisign.verify(card.sign_public, card.sign_key_id, message,
                                  sig.decode("utf-8"))
    except (IntegrityFailure, InvalidInput, UnicodeDecodeError) as exc:
        raise Rejected("signature", f"{what} is not signed by device {card.device_id} "
                                    f"({card.name}): {exc}") from None
    if comment != expected_comment:
        raise Rejected("signature", f"{what}: its signed comment does not name this bundle")


def encode_sig(signature: bytes) -> bytes:
    return base64.b64encode(signature) + b"\n"


def decode_sig(data: bytes, name: str) -> bytes:
    try:
        raw = base64.b64decode(data.removesuffix(b"\n"), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 64 or encode_sig(raw) != data:
        raise Rejected("version", f"{name} is not a base64 Ed25519 signature")
    return raw


# --- age, streamed through a pipe --------------------------------------------------------

T = TypeVar("T")


def _pipe() -> tuple[BinaryIO, BinaryIO]:
    # Plaintext passes between two threads through a kernel pipe: in memory only,
    # bounded (1 MiB), never a file.
    r, w = os.pipe()
    if sys.platform.startswith("linux"):  # elsewhere pipes keep their default size
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(w, _F_SETPIPE_SZ, _PIPE_SIZE)
    return os.fdopen(r, "rb", buffering=_PIPE_SIZE), os.fdopen(w, "wb", buffering=256 << 10)


class _Thread(threading.Thread):
    def __init__(self, target: Callable[[], None]) -> None:
        super().__init__(daemon=True)
        self._fn = target
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._fn()
        except BaseException as exc:  # re-raised by the caller after join
            self.error = exc


def seal(out: BinaryIO, recipients: list[str], produce: Callable[[BinaryIO], None], *,
         total: int = 0, progress: Callable[[int, int], None] | None = None,
         cancel: threading.Event | None = None) -> None:
    """Encrypt the tar stream `produce(writer)` writes, to every recipient, into `out`.
    Memory stays bounded whatever the size: the tar is encrypted as it is produced.
    From age_worker.WORTH_A_PROCESS bytes (`total`) up, the encryption runs in a child
    process (storage.age_worker) so that both cores work; below, a thread does it here."""
    try:
        [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    except (pyrage.RecipientError, ValueError) as exc:
        raise InvalidInput(f"not an age recipient: {exc}") from None
    if total >= age_worker.WORTH_A_PROCESS:
        _seal_in_child(out, recipients, produce, total, progress, cancel)
    else:
        _seal_here(out, recipients, produce, total, progress, cancel)


def _seal_here(out: BinaryIO, recipients: list[str], produce: Callable[[BinaryIO], None],
               total: int, progress: Callable[[int, int], None] | None,
               cancel: threading.Event | None) -> None:
    reader, writer = _pipe()

    def run_producer() -> None:
        try:
            produce(writer)
            writer.flush()
        finally:
            with contextlib.suppress(OSError):
                writer.close()

    thread = _Thread(run_producer)
    source = _ProgressReader(reader, total, progress, cancel)
    thread.start()
    failure: Exception | None = None
    try:
        age_worker.encrypt(source, out, recipients)  # type: ignore[arg-type]
    except Exception as exc:
        failure = exc
    finally:
        reader.close()  # unblocks a producer still writing
        thread.join()
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    if thread.error is not None and not isinstance(thread.error, BrokenPipeError):
        raise thread.error  # the root cause (a damaged evidence file, a size mismatch…)
    if isinstance(failure, OSError):
        raise _io_fault(failure) from failure
    if failure is not None or thread.error is not None:
        raise EnvironmentFault(f"could not encrypt the bundle: {failure or thread.error}")


def _seal_in_child(out: BinaryIO, recipients: list[str],
                   produce: Callable[[BinaryIO], None], total: int,
                   progress: Callable[[int, int], None] | None,
                   cancel: threading.Event | None) -> None:
    """The tar is produced in this thread and written into a pipe; the child encrypts
    it straight into `out`. On any failure or cancel the child is killed before it
    could see an end of input, so it never finishes a valid-looking age file of a
    truncated tar (and the caller discards `out` anyway)."""
    out.flush()
    proc = subprocess.Popen(age_worker.command("encrypt", *recipients), stdin=subprocess.PIPE,
                            stdout=out.fileno(), stderr=subprocess.PIPE, bufsize=_PIPE_SIZE)
    assert proc.stdin is not None and proc.stderr is not None
    if sys.platform.startswith("linux"):  # fewer wake-ups of either side
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(proc.stdin.fileno(), _F_SETPIPE_SZ, _PIPE_SIZE)
    writer = _ProgressWriter(proc.stdin, total, progress, cancel)
    failure: BaseException | None = None
    try:
        produce(writer)  # type: ignore[arg-type]
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        proc.stdin.close()  # the end of the tar: the child finishes the age file
    except BaseException as exc:
        failure = exc
        proc.kill()
    finally:
        with contextlib.suppress(OSError):
            proc.stdin.close()
        code = proc.wait()
        said = proc.stderr.read().decode("utf-8", "replace").strip()
        proc.stderr.close()
    if failure is not None and not isinstance(failure, BrokenPipeError):
        raise failure  # cancelled, or the root cause (a damaged evidence file…)
    if code == 0 and failure is None:
        return
    if said.startswith("errno "):  # the child could not write (a full disk…)
        number, _, text = said[len("errno "):].partition(" ")
        raise _io_fault(OSError(int(number) if number.isdigit() else None, text))
    detail = said or f"exit status {code}"
    raise EnvironmentFault(f"could not encrypt the bundle: {detail}")


class _ProgressWriter:
    """What `produce` writes to: the pipe to the child, with progress and cancel."""

    def __init__(self, dst: BinaryIO, total: int, progress: Callable[[int, int], None] | None,
                 cancel: threading.Event | None) -> None:
        self.dst, self.total, self.progress, self.cancel = dst, total, progress, cancel
        self.done = self.shown = 0

    def write(self, data: bytes) -> int:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        self.dst.write(data)
        self.done += len(data)
        # Small members (versions) come by the thousand: tell every 256 KiB, not per write.
        if self.progress is not None and (self.done - self.shown >= _PROGRESS_STEP
                                          or self.done >= self.total):
            self.shown = self.done
            self.progress(min(self.done, self.total), self.total)
        return len(data)

    def flush(self) -> None:
        self.dst.flush()


class _ProgressReader:
    def __init__(self, src: BinaryIO, total: int, progress: Callable[[int, int], None] | None,
                 cancel: threading.Event | None) -> None:
        self.src, self.total, self.progress, self.cancel = src, total, progress, cancel
        self.done = 0
        self.eof = False

    def read(self, n: int = -1) -> bytes:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        chunk = self.src.read(n if n and n > 0 else 1 << 20)
        if not chunk:
            self.eof = True
        self.done += len(chunk)
        if self.progress is not None and chunk:
            self.progress(min(self.done, self.total or self.done), self.total or self.done)
        return chunk


def unseal(src: BinaryIO, identity: Any, consume: Callable[[BinaryIO], T], *, total: int = 0,
           progress: Callable[[int, int], None] | None = None,
           cancel: threading.Event | None = None) -> T:
    """Decrypt `src` as a stream and hand the plaintext to `consume(reader)`. A
    decryption fault anywhere (even in the last chunk, after `consume` has seen the
    rest) raises Rejected, so the caller must not commit before this returns.
    `consume` may stop reading early (a duplicate); the rest is then not decrypted."""
    reader, writer = _pipe()

    def run_producer() -> None:
        try:
            pyrage.decrypt_io(src, writer, [identity])
            writer.flush()
        finally:
            with contextlib.suppress(OSError):
                writer.close()

    thread = _Thread(run_producer)
    plain = _ProgressReader(reader, total, progress, cancel)
    thread.start()
    result: T | None = None
    consume_error: BaseException | None = None
    try:
        result = consume(plain)  # type: ignore[arg-type]
    except BaseException as exc:
        consume_error = exc
    finally:
        reader.close()
        thread.join()
    # A decryption fault is the root cause of whatever the consumer then saw; after an
    # early stop it is only the closed pipe.
    fault = thread.error
    if fault is not None and not isinstance(fault, BrokenPipeError) and (
            consume_error is not None or plain.eof or isinstance(fault, pyrage.DecryptError)):
        raise _decrypt_fault(fault, plain.done) from None
    if consume_error is not None:
        raise consume_error
    return result  # type: ignore[return-value]


def _decrypt_fault(exc: BaseException, offset: int) -> Rejected:
    text = str(exc)
    if isinstance(exc, pyrage.DecryptError) and "No matching keys" in text:
        return Rejected("not_addressed", "this file is not addressed to this vault: it is "
                        "encrypted to other keys (or its age header is damaged)")
    if isinstance(exc, pyrage.DecryptError):
        return Rejected("damaged", "the file is damaged or not a bundle: not a readable age "
                        f"file, or its header was altered ({text})")
    return Rejected("damaged", f"decryption failed after {human_size(offset)}: the file is "
                    "damaged, cut short, or was altered")


def _io_fault(exc: OSError) -> EnvironmentFault:
    import errno

    if exc.errno == errno.ENOSPC:
        return EnvironmentFault("the disk is full: free some space and try again")
    return EnvironmentFault(f"could not write the bundle: {exc.strerror or exc}")


def json_dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True)
