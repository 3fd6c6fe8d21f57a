"""Versioned, signed records: the one write path.

Every change is a new immutable version. Its envelope (record id, kind, parents,
author device, logical clock, timestamp, tombstone, body) is canonical JSON; the
version id is the SHA-256 of those bytes and the author device signs them with
Ed25519. Local edits and imported versions both end in `Records._store`, which
validates the body against its schema, checks the signature, updates the heads and
the derived tables (records, links, search, the consent rule's rows) in the caller's
transaction.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature

from app import disclosure, schema, stats
from app.search import ensure_keys, index_keys
from storage import audit, canonical, signatures
from storage import identity as identity_mod
from storage.db import IN_LIST, as_list
from storage.errors import IntegrityFailure, InvalidInput, NotFound
from storage.ids import is_uuid, now_iso, uuid7
from storage.vault import Vault

ENVELOPE_FORMAT = "qorgau-version"
# How far an imported version's Lamport clock may run ahead of this vault's own clock
# (docs/record-format.md, "Clock bound"): a device adds one per version it writes, so
# 2^24 (16.7 million versions between two imports) is beyond any real use, and a hostile
# bundle can push the clock up by at most this much, never to the 2^53 ceiling.
CLOCK_LEAP_MAX = 1 << 24
SIGNING_PREFIX = b"qorgau version v1\n"


def _marks(items: Sequence[Any]) -> str:
    return ",".join("?" * len(items))


class VersionRefused(Exception):
    """A version of a batch was refused: `index` is its place in the batch, `cause` the
    error `insert_foreign` gives for it alone."""

    def __init__(self, index: int, cause: Exception) -> None:
        super().__init__(str(cause))
        self.index = index
        self.cause = cause


@dataclass(frozen=True)
class Version:
    version_id: str
    record_id: str
    kind: str
    parents: tuple[str, ...]
    author: str
    clock: int
    created_at: str
    tombstone: str | None  # the reason, for a deletion
    body: dict[str, Any]
    envelope: bytes
    signature: bytes

    @classmethod
    def from_envelope(cls, envelope: bytes, signature: bytes) -> Version:
        """Parse and check the shape of a stored or imported envelope (not the signature)."""
        try:
            data = canonical.loads(envelope)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"record version is not JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != ENVELOPE_FORMAT:
            raise InvalidInput("not a Qorgau record version")
        expected = {"format", "v", "record_id", "kind", "parents", "author", "clock",
                    "created_at", "tombstone", "body"}
        if set(data) != expected or data["v"] != 1:
            raise InvalidInput("record version has unexpected fields or version")
        try:
            if canonical.dumps(data) != envelope:
                raise InvalidInput("record version is not in canonical form")
        except ValueError as exc:
            raise InvalidInput(f"record version: {exc}") from None
        parents = data["parents"]
        ok = (
            is_uuid(data["record_id"]) and is_uuid(data["author"])
            and isinstance(data["kind"], str)
            and isinstance(parents, list) and parents == sorted(set(parents))
            and all(isinstance(p, str) and len(p) == 64 for p in parents)
            and isinstance(data["clock"], int) and data["clock"] > 0
            and isinstance(data["created_at"], str)
            and (data["tombstone"] is None or isinstance(data["tombstone"], str))
            and isinstance(data["body"], dict)
            and isinstance(signature, bytes) and len(signature) == 64
        )
        if not ok:
            raise InvalidInput("record version has a malformed field")
        return cls(
            version_id=hashlib.sha256(envelope).hexdigest(),
            record_id=data["record_id"], kind=data["kind"], parents=tuple(parents),
            author=data["author"], clock=data["clock"], created_at=data["created_at"],
            tombstone=data["tombstone"], body=data["body"],
            envelope=envelope, signature=signature,
        )


@dataclass
class Record:
    record_id: str
    kind: str
    head: str
    heads: list[str]
    deleted: bool
    title: str
    body: dict[str, Any]
    created_at: str
    updated_at: str
    index: dict[str, Any] = field(default_factory=dict)

    @property
    def in_conflict(self) -> bool:
        return len(self.heads) > 1


def build_envelope(*, record_id: str, kind: str, parents: Iterable[str], author: str,
                   clock: int, created_at: str, tombstone: str | None,
                   body: dict[str, Any]) -> bytes:
    """Canonical envelope bytes; `body` must already be schema-validated (no floats)."""
    return canonical.dumps(checked=True, value={
        "format": ENVELOPE_FORMAT, "v": 1, "record_id": record_id, "kind": kind,
        "parents": sorted(set(parents)), "author": author, "clock": clock,
        "created_at": created_at, "tombstone": tombstone, "body": body,
    })


@dataclass(frozen=True)
class Derived:
    """What the database indexes of a live version's body (`records`, `links`, `search`)."""

    index: dict[str, Any]
    refs: list[tuple[str, str]]
    text: str
    keys: str
    body_json: str


def _body_json(body: dict[str, Any]) -> str:
    # Keys sorted as in the signed envelope, whichever path wrote the row.
    return json.dumps(body, ensure_ascii=False, sort_keys=True)


def derive(kind: str, body: dict[str, Any]) -> Derived:
    text = schema.search_text(kind, body)
    return Derived(index=schema.index_fields(kind, body), refs=schema.references(kind, body),
                   text=text, keys=index_keys(text), body_json=_body_json(body))


# Of a version: its signature holds, its kind and body are sound, the rows it derives.
Checked = tuple[bool, bool, Derived | None]


def check_foreign(items: Sequence[tuple[bytes, bytes, bytes]]) -> list[Checked]:
    """For each (author's raw public key, signature, envelope): whether the signature
    holds, whether the kind and body are sound, and the rows a live body derives. Pure
    (no database): it runs in the importer's worker processes (`storage.signatures`)."""
    signed = signatures.check([(key, sig, SIGNING_PREFIX + env) for key, sig, env in items])
    out: list[Checked] = []
    for ok, (_key, sig, envelope) in zip(signed, items, strict=True):
        data = canonical.loads(envelope)  # its shape was checked when it was read
        v = Version(version_id="", record_id=data["record_id"], kind=data["kind"],
                    parents=tuple(data["parents"]), author=data["author"], clock=data["clock"],
                    created_at=data["created_at"], tombstone=data["tombstone"],
                    body=data["body"], envelope=envelope, signature=sig)
        body_ok = Records._body_fault(v) is None
        live = ok and body_ok and v.tombstone is None
        out.append((ok, body_ok, derive(v.kind, v.body) if live else None))
    return out


# A new record for `prepare_new`: (record id, kind, body, clock, author, created_at);
# and what it makes of one: (envelope, version id, the validated body or None when it
# is the body given, derived rows).
NewItem = tuple[str, str, dict[str, Any], int, str, str]
Prepared = tuple[bytes, str, dict[str, Any] | None, Derived]
# create_many cuts a batch into about this many chunks (none smaller than the minimum):
# the workers prepare the next while this process stores one.
_CREATE_CHUNKS = 8
_CREATE_CHUNK_MIN = 64


def prepare_new(items: Sequence[NewItem]) -> list[Prepared | None]:
    """The Python work of creating records, up to the signature: check the kind,
    validate the body, build the canonical envelope and derive the index rows. Pure (no
    database, no key): it runs in the vault's worker processes. The first item refused
    is answered None, and so is every one after it (`prepare_one` gives its error)."""
    out: list[Prepared | None] = []
    for item in items:
        try:
            out.append(prepare_one(item))
        except InvalidInput:
            break
    return out + [None] * (len(items) - len(out))


def prepare_one(item: NewItem) -> Prepared:
    record_id, kind, body, clock, author, created_at = item
    if kind not in schema.KINDS:
        raise InvalidInput(f"unknown record kind {kind!r}")
    clean = schema.validate(kind, body)
    envelope = build_envelope(record_id=record_id, kind=kind, parents=(), author=author,
                              clock=clock, created_at=created_at, tombstone=None, body=clean)
    # The body travels back only when validation changed it (the caller has it).
    return (envelope, hashlib.sha256(envelope).hexdigest(), None if clean == body else clean,
            derive(kind, clean))


class Records:
    """Record operations on an open vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.db = vault.db
        self.me = vault.identity
        self._keys: dict[str, Any] = {}
        self._pending: dict[str, Version | None] | None = None
        # Rows derived by check_foreign for versions of the current batch or bundle.
        self._derived: dict[str, Derived] = {}
        ensure_keys(self.db)  # a vault indexed by an older Qorgau gets today's search keys
        # Schema 5's derived rows (the consent rule's, the fields the statistics count),
        # filled for a vault upgraded to it; a vault a test made at an older schema has none.
        self._schema5 = self.db.user_version() >= 5
        if self._schema5:
            disclosure.ensure_facts(self.db)
            stats.ensure_counted(self.db)

    # -- local writes ----------------------------------------------------------

    def create(self, kind: str, body: dict[str, Any], *, record_id: str | None = None) -> Version:
        if kind not in schema.KINDS:
            raise InvalidInput(f"unknown record kind {kind!r}")
        rid = record_id or uuid7()
        if not is_uuid(rid):
            raise InvalidInput(f"record id {rid!r} is not a UUID")
        if self.db.one("SELECT 1 FROM versions WHERE record_id = ? LIMIT 1", (rid,)):
            raise InvalidInput(f"record {rid} already exists")
        return self._write_local(rid, kind, [], body, None)

    def update(self, record_id: str, body: dict[str, Any], *,
               parents: Iterable[str] | None = None) -> Version:
        """A new version on top of `parents` (default: every current head, which also
        resolves a conflict)."""
        current = self.get(record_id)
        parent_list = list(parents) if parents is not None else current.heads
        unknown = set(parent_list) - set(current.heads)
        if unknown:
            raise InvalidInput(f"{sorted(unknown)[0][:12]}… is not a current version of "
                               f"record {record_id}")
        return self._write_local(record_id, current.kind, parent_list, body, None)

    def delete(self, record_id: str, reason: str) -> Version:
        """A signed tombstone: the record is gone from lists and search, its history stays."""
        if not reason or not reason.strip():
            raise InvalidInput("deleting a record needs a reason")
        current = self.get(record_id)
        return self._write_local(record_id, current.kind, current.heads, {}, reason.strip())

    def create_many(self, items: Iterable[tuple[str, dict[str, Any]]], *,
                    record_ids: Sequence[str] | None = None) -> list[Version]:
        """Create many new records in one transaction (bulk add, demo data), in a few
        statements. `record_ids`: fresh ids chosen by the caller (so later items can
        refer to earlier ones); by default new ones.

        The per-record Python work (validation, envelope, index rows: `prepare_new`) runs
        in the vault's worker processes for a big batch, a chunk at a time, while this
        process signs and stores the chunk before; the signing key never leaves this
        process. The versions, rows and errors are the ones the in-process path gives."""
        jobs = [(uuid7() if record_ids is None else record_ids[n], kind, body)
                for n, (kind, body) in enumerate(items)]
        pool: signatures.Verifier | None = getattr(self.vault, "workers", None)
        versions: list[Version] = []
        with self.db.transaction():
            clock = self.db.one("SELECT clock FROM device WHERE id = 1")[0]
            created_at = now_iso()
            author = self.me.device_id
            work = [(rid, kind, body, clock + n, author, created_at)
                    for n, (rid, kind, body) in enumerate(jobs, start=1)]
            # A small first chunk, so this process starts storing early; then larger ones.
            first = work[:_CREATE_CHUNK_MIN]
            size = max(_CREATE_CHUNK_MIN, -(-len(work) // _CREATE_CHUNKS))
            chunks = [first] + [work[i:i + size]
                                for i in range(len(first), len(work), size)]
            answers = (pool.start_chunks(chunks, prepare_new) if pool is not None
                       else [functools.partial(prepare_new, c) for c in chunks])
            try:
                for chunk, answer in zip(chunks, answers, strict=True):
                    made = self._sign_prepared(chunk, answer())
                    self._store(made, origin="local")
                    versions += made
            finally:
                if self._pending is None:  # else deferred_refresh uses and clears them
                    self._derived.clear()
            if versions:
                self.db.execute("UPDATE device SET clock = ? WHERE id = 1",
                                (versions[-1].clock,))
            audit.append_many(self.db, [
                ("write", {"record_id": v.record_id, "kind": v.kind,
                           "version_id": v.version_id}) for v in versions])
        return versions

    def _sign_prepared(self, chunk: list[NewItem], answers: list[Prepared | None]
                       ) -> list[Version]:
        """Versions of what `prepare_new` made of `chunk`, signed here. A fault is raised
        again in this process, so its error is exactly the in-process one."""
        out = []
        for item, prepared in zip(chunk, answers, strict=True):
            if prepared is None:  # its own error, raised here
                prepared = prepare_one(item)
            envelope, version_id, clean, derived = prepared
            record_id, kind, body, clock, author, created_at = item
            clean = body if clean is None else clean
            out.append(Version(
                version_id=version_id, record_id=record_id, kind=kind, parents=(),
                author=author, clock=clock, created_at=created_at, tombstone=None,
                body=clean, envelope=envelope,
                signature=self.me.sign(SIGNING_PREFIX + envelope)))
            self._derived[version_id] = derived
        return out

    def _write_local(self, record_id: str, kind: str, parents: list[str],
                     body: dict[str, Any], tombstone: str | None) -> Version:
        clean = {} if tombstone is not None else schema.validate(kind, body)
        return self._write_local_many([(record_id, kind, parents, clean, tombstone)])[0]

    def _write_local_many(
        self, items: list[tuple[str, str, list[str], dict[str, Any], str | None]]
    ) -> list[Version]:
        """Sign and store validated bodies. Each gets the next Lamport clock value."""
        versions = []
        with self.db.transaction():
            clock = self.db.one("SELECT clock FROM device WHERE id = 1")[0]
            created_at = now_iso()
            for record_id, kind, parents, body, tombstone in items:
                clock = max(clock, self._max_clock(parents)) + 1
                envelope = build_envelope(
                    record_id=record_id, kind=kind, parents=parents, author=self.me.device_id,
                    clock=clock, created_at=created_at, tombstone=tombstone, body=body)
                versions.append(Version(
                    version_id=hashlib.sha256(envelope).hexdigest(), record_id=record_id,
                    kind=kind, parents=tuple(sorted(set(parents))), author=self.me.device_id,
                    clock=clock, created_at=created_at, tombstone=tombstone, body=body,
                    envelope=envelope, signature=self.me.sign(SIGNING_PREFIX + envelope)))
            self.db.execute("UPDATE device SET clock = ? WHERE id = 1", (clock,))
            self._store(versions, origin="local")
            audit.append_many(self.db, [
                ("delete" if v.tombstone else "write",
                 {"record_id": v.record_id, "kind": v.kind, "version_id": v.version_id})
                for v in versions])
        return versions

    def _max_clock(self, parents: list[str]) -> int:
        if not parents:
            return 0
        marks = ",".join("?" * len(parents))
        return self.db.one(f"SELECT max(clock) FROM versions WHERE version_id IN ({marks})",
                           parents)[0] or 0

    # -- imported versions -----------------------------------------------------

    def clock(self) -> int:
        return int(self.db.one("SELECT clock FROM device WHERE id = 1")[0])

    def insert_foreign(self, version: Version, *, origin: str,
                       clock_ceiling: int | None = None) -> bool:
        """Store a version authored elsewhere (a bundle). Returns False if already held.
        The caller owns the transaction (a bundle merges all or nothing). A version whose
        clock is above `clock_ceiling` (default: this vault's clock + CLOCK_LEAP_MAX; an
        importer passes the value at the start of the bundle) is refused."""
        try:
            return self.insert_foreign_many([version], origin=origin,
                                            clock_ceiling=clock_ceiling)[0]
        except VersionRefused as refused:
            raise refused.cause from None

    def start_checks(self, versions: Sequence[Version], verifier: signatures.Verifier
                     ) -> Callable[[], list[Checked]]:
        """Hand a batch's signatures and bodies to `verifier` ahead of
        `insert_foreign_many(..., checks=...)`, so the workers check this batch while this
        process stores the one before. Reads the authors' keys; writes nothing."""
        keys = {author: self._public_raw(author) for author in {v.author for v in versions}}
        return verifier.start([(keys[v.author] or b"", v.signature, v.envelope)
                               for v in versions], check_foreign)

    def insert_foreign_many(self, versions: Sequence[Version], *, origin: str,
                            clock_ceiling: int | None = None,
                            verifier: signatures.Verifier | None = None,
                            checks: Callable[[], list[Checked]] | None = None) -> list[bool]:
        """`insert_foreign` for a batch, in a few statements: for each version, in order,
        whether it was new. Every rule is applied as if the versions came one by one (a
        version sees the ones before it in the batch as held); the first version refused
        raises `VersionRefused` with its index and the error the one-by-one path gives,
        and nothing of the batch is stored. Signatures are checked by `verifier` (on
        every core for a big batch) while this process checks the bodies."""
        if not self.db.in_transaction:
            raise RuntimeError("versions are stored inside a transaction")
        ceiling = self.clock() + CLOCK_LEAP_MAX if clock_ceiling is None else clock_ceiling
        held = self._held([v.version_id for v in versions])
        seen: set[str] = set()
        new: list[int] = []
        for i, v in enumerate(versions):
            if v.version_id not in held and v.version_id not in seen:
                seen.add(v.version_id)
                new.append(i)
        keys = {author: self._public_raw(author) for author in
                {versions[i].author for i in new}}
        # Signatures, bodies and the rows they derive: in worker processes for a big
        # batch, while this process looks up what the rules need.
        if checks is None:
            checks = self.start_checks([versions[i] for i in new],
                                       verifier or signatures.Verifier(workers=1))
            subset = new
        else:
            subset = list(range(len(versions)))  # checked whole, known versions too
        kinds = self._kinds({versions[i].record_id for i in new})
        batch = [versions[i] for i in new]
        crossed = self._same_record_fault(batch)
        results = dict(zip(subset, checks(), strict=True))
        for position, i in enumerate(new):
            version = versions[i]
            if version.clock > ceiling:
                raise VersionRefused(i, InvalidInput(
                    f"version {version.version_id[:12]}… of record {version.record_id} has clock "
                    f"{version.clock}, far above this vault's ({ceiling - CLOCK_LEAP_MAX}): no "
                    "device writes that many versions; it is refused"))
            if keys[version.author] is None:
                raise VersionRefused(i, IntegrityFailure(
                    f"version {version.version_id[:12]}… is by unknown device {version.author}"))
            signed, body_ok, derived = results[i]
            if not signed:
                raise VersionRefused(i, IntegrityFailure(
                    f"version {version.version_id[:12]}… of record {version.record_id} has a bad "
                    "signature: it was altered after it was signed"))
            if not body_ok:  # the fault again, here, for its exact error
                raise VersionRefused(i, self._body_fault(version) or InvalidInput(
                    f"record {version.record_id} is not in normal form"))
            if derived is not None:
                self._derived[version.version_id] = derived
            kind = kinds.setdefault(version.record_id, version.kind)
            if kind != version.kind:
                raise VersionRefused(i, InvalidInput(f"record {version.record_id} changes kind"))
            if crossed is not None and crossed[0] == position:
                raise VersionRefused(i, crossed[1])
        if batch:
            self._store(batch, origin=origin, checked=True)
            self.db.execute("UPDATE device SET clock = max(clock, ?) WHERE id = 1",
                            (max(v.clock for v in batch),))
        fresh = set(new)
        return [i in fresh for i in range(len(versions))]

    def _held(self, version_ids: list[str]) -> set[str]:
        return {r[0] for r in self.db.all(
            f"SELECT version_id FROM versions WHERE version_id IN {IN_LIST}",
            (as_list(version_ids),))}

    def _kinds(self, record_ids: set[str]) -> dict[str, str]:
        """The kind of each record already held (every version of a record has it)."""
        return {r[0]: r[1] for r in self.db.all(
            f"SELECT record_id, min(kind) FROM versions WHERE record_id IN {IN_LIST}"
            " GROUP BY record_id", (as_list(record_ids),))}

    def _public_raw(self, author: str) -> bytes | None:
        key = self._keys.get(author)
        if key is None:
            key = identity_mod.public_key(self.db, author)
            if key is None:
                return None
            self._keys[author] = key
        return key.public_bytes_raw()

    @staticmethod
    def _body_fault(version: Version) -> Exception | None:
        """What is wrong with a version's kind or body, as the one-by-one path says it."""
        if version.kind not in schema.KINDS:
            return InvalidInput(f"unknown record kind {version.kind!r}")
        if version.tombstone is None:
            try:
                clean = schema.validate(version.kind, version.body)
            except InvalidInput as exc:
                return exc
            if clean != version.body:
                return InvalidInput(f"record {version.record_id} is not in normal form")
        elif version.body:
            return InvalidInput(f"tombstone of record {version.record_id} carries a body")
        return None

    def verify_signature(self, version: Version) -> None:
        key = self._keys.get(version.author)
        if key is None:
            key = identity_mod.public_key(self.db, version.author)
            if key is None:
                raise IntegrityFailure(f"version {version.version_id[:12]}… is by unknown "
                                       f"device {version.author}")
            self._keys[version.author] = key
        try:
            key.verify(version.signature, SIGNING_PREFIX + version.envelope)
        except InvalidSignature:
            raise IntegrityFailure(
                f"version {version.version_id[:12]}… of record {version.record_id} has a bad "
                "signature: it was altered after it was signed") from None

    # -- the one place versions land -------------------------------------------

    def _store(self, versions: list[Version], *, origin: str, checked: bool = False) -> None:
        """Insert validated, signed versions and refresh what derives from them.
        Runs inside the caller's transaction. `checked`: the caller has applied the
        same-record rule already."""
        if not self.db.in_transaction:
            raise RuntimeError("versions are stored inside a transaction")
        if not checked:
            crossed = self._same_record_fault(versions)
            if crossed is not None:
                raise crossed[1]
        stored_at = now_iso()
        self.db.executemany(
            "INSERT INTO versions (version_id, record_id, kind, author, clock, created_at,"
            " tombstone, envelope, signature, stored_at, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(v.version_id, v.record_id, v.kind, v.author, v.clock, v.created_at,
              int(v.tombstone is not None), v.envelope, v.signature, stored_at, origin)
             for v in versions])
        if self._schema5:  # what the consent rule reads of each version, with it
            disclosure.store_facts(self.db, [(v.version_id, v.record_id, v.kind, v.body)
                                             for v in versions if v.tombstone is None])
        parent_rows = [(v.version_id, p) for v in versions for p in v.parents]
        if parent_rows:
            self.db.executemany(
                "INSERT INTO version_parents (version_id, parent_id) VALUES (?, ?)", parent_rows)
            self.db.executemany("DELETE FROM heads WHERE version_id = ? AND record_id = ?",
                                [(p, v.record_id) for v in versions for p in v.parents])
        # Out-of-order imports: a version whose child we already hold (or that a later
        # version of the batch names) is not a head. A local version has no child yet.
        has_child: set[str] = set()
        if origin != "local":
            has_child.update(r[0] for r in self.db.all(
                f"SELECT DISTINCT parent_id FROM version_parents WHERE parent_id IN {IN_LIST}",
                (as_list(v.version_id for v in versions),)))
        self.db.executemany(
            "INSERT OR IGNORE INTO heads (record_id, version_id) VALUES (?, ?)",
            [(v.record_id, v.version_id) for v in versions if v.version_id not in has_child])
        # A record with one parentless version here may be new (the quick path); one
        # touched twice, here or earlier in a deferred block, needs the full refresh.
        touched = Counter(v.record_id for v in versions)
        fresh = {v.record_id: v for v in versions if not v.parents and touched[v.record_id] == 1}
        if self._pending is not None:
            for record_id in touched:
                seen = record_id in self._pending
                self._pending[record_id] = None if seen else fresh.get(record_id)
            return
        try:
            self._refresh_all({record_id: fresh.get(record_id) for record_id in touched})
        finally:
            self._derived.clear()

    def _same_record_fault(self, versions: list[Version]) -> tuple[int, Exception] | None:
        """A version touches only its own record: its parents, and any version already
        held that names it as a parent (imports may arrive out of order), belong to it.
        The batch is judged as if stored one by one, each version seeing the ones before
        it; the first version that breaks the rule, with the error, or None. Two
        queries for the whole batch."""
        if not versions:
            return None
        position = {v.version_id: i for i, v in enumerate(versions)}
        parents = sorted({p for v in versions for p in v.parents} - set(position))
        owner: dict[str, str] = dict(self.db.all(
            f"SELECT version_id, record_id FROM versions WHERE version_id IN {IN_LIST}",
            (as_list(parents),))) if parents else {}
        children: dict[str, list[tuple[str, str]]] = {}  # parent -> (child id, its record)
        for parent, child, record_id in self.db.all(
                "SELECT p.parent_id, p.version_id, c.record_id FROM version_parents p"
                f" JOIN versions c USING (version_id) WHERE p.parent_id IN {IN_LIST}",
                (as_list(position),)):
            children.setdefault(parent, []).append((child, record_id))

        def _held_record(version_id: str, i: int) -> str | None:
            """The record of a version held when the batch's i-th is stored: one of the
            vault's, or one before it in the batch."""
            if version_id in owner:
                return owner[version_id]
            j = position.get(version_id)
            return versions[j].record_id if j is not None and j < i else None

        named_in_batch: dict[str, list[Version]] = {}  # parent -> versions of the batch
        for c in versions:
            for p in c.parents:
                named_in_batch.setdefault(p, []).append(c)
        for i, v in enumerate(versions):
            other = next(((r,) for p in v.parents
                          if (r := _held_record(p, i)) is not None and r != v.record_id), None)
            if other is not None:
                return i, IntegrityFailure(
                    f"version {v.version_id[:12]}… of record {v.record_id} names a version of "
                    f"record {other[0]} as its parent: a version may change only its own record")
            named_by = children.get(v.version_id, []) + [
                (c.version_id, c.record_id) for c in named_in_batch.get(v.version_id, ())
                if position[c.version_id] < i]
            crossing = sorted((c, r) for c, r in named_by if r != v.record_id)
            if crossing:
                child = crossing[0][1:]  # (its record,)
                return i, IntegrityFailure(
                    f"version {v.version_id[:12]}… of record {v.record_id} is named as a parent "
                    f"by a version of record {child[0]}: a version may change only its "
                    "own record")
        return None

    @contextlib.contextmanager
    def deferred_refresh(self) -> Iterator[None]:
        """Within the block, derived state (records, links, search) is recomputed once per
        record at the end instead of after every version: for importing many versions.
        Use inside a transaction; on an exception nothing is refreshed (it rolls back)."""
        if self._pending is not None:
            yield
            return
        self._pending = {}
        try:
            yield
            pending = self._pending
        finally:
            self._pending = None
        try:
            self._refresh_all(pending)
        finally:
            self._derived.clear()

    def _refresh_all(self, items: dict[str, Version | None]) -> None:
        """Refresh many records. Records seen for the first time, with one parentless
        version (bulk add, most of an import), are written in a few statements for the
        whole batch — each statement costs more than its rows under SQLCipher's memory
        security — with exactly the rows `_refresh` would write one by one; the others
        go through `_refresh`."""
        firsts = {rid: v for rid, v in items.items() if v is not None}
        held = {r[0] for r in self.db.all(
            f"SELECT record_id FROM records WHERE record_id IN {IN_LIST}", (as_list(firsts),))}
        new = [v for rid, v in firsts.items() if rid not in held]
        if new:
            self._insert_new(new)
        done = {v.record_id for v in new}
        for record_id, only in items.items():
            if record_id not in done:
                self._refresh(record_id, only)

    def _insert_new(self, versions: list[Version]) -> None:
        """The derived rows of records that did not exist, each with one parentless head:
        rowids as SQLite would give them one by one (the next after the largest)."""
        top = self.db.one("SELECT max(rowid) FROM records")[0] or 0
        rows, links, search = [], [], []
        for n, v in enumerate(versions, start=top + 1):
            live = v.tombstone is None
            d = (self._derived.pop(v.version_id, None) or derive(v.kind, v.body)) if live \
                else None
            idx = d.index if d is not None else {}
            rows.append((n, v.kind, v.version_id, 1, int(not live), idx.get("title") or "",
                         idx.get("case_id"), idx.get("city"), idx.get("facility_id"),
                         idx.get("status"), idx.get("date"), " ".join(idx.get("flags") or ()),
                         d.body_json if d is not None else _body_json(v.body), v.created_at,
                         v.record_id, v.created_at, *self._figures(v.kind, v.body, live)))
            if d is None:
                continue
            links += [(v.record_id, dst, rel) for rel, dst in d.refs]
            search.append((n, d.text, d.keys))
        self.db.executemany(
            "INSERT INTO records (rowid, kind, head, head_count, deleted, title, case_id, city,"
            " facility_id, status, date, flags, body, updated_at, record_id, created_at"
            f"{', figures' if self._schema5 else ''}) VALUES ({_marks(rows[0])})", rows)
        if links:
            self.db.executemany("INSERT OR IGNORE INTO links (src, dst, rel) VALUES (?,?,?)",
                                links)
        if search:
            self.db.executemany("INSERT INTO search (rowid, text, folded) VALUES (?, ?, ?)",
                                search)

    def _refresh(self, record_id: str, only: Version | None = None) -> None:
        """Recompute the derived state of one record from its heads. `only`: a version
        just stored without parents, which is the sole head if the record is new."""
        existing = self.db.one("SELECT rowid, created_at FROM records WHERE record_id = ?",
                               (record_id,))
        if existing is None and only is not None:
            top = (only.version_id, only.kind, only.tombstone is not None, only.body,
                   only.created_at)
            head_count, live = 1, only.tombstone is None
        else:
            rows = self.db.all(
                "SELECT v.version_id, v.kind, v.tombstone, v.envelope, v.created_at"
                " FROM heads h JOIN versions v ON v.version_id = h.version_id"
                " WHERE h.record_id = ? ORDER BY v.clock DESC, v.version_id DESC", (record_id,))
            self.db.execute("DELETE FROM links WHERE src = ?", (record_id,))
            if existing is not None:
                self.db.execute("DELETE FROM search WHERE rowid = ?", (existing[0],))
            if not rows:
                self.db.execute("DELETE FROM records WHERE record_id = ?", (record_id,))
                return
            # Shown head: a live version if any (a tombstone must not hide an edit made
            # in parallel), newest clock first; the others remain listed as conflicts.
            live_rows = [r for r in rows if not r[2]]
            version_id, kind, tomb, envelope, created_at = (live_rows or rows)[0]
            top = (version_id, kind, bool(tomb), canonical.loads(envelope)["body"], created_at)
            head_count, live = len(rows), bool(live_rows)
        version_id, kind, _tomb, body, created_at = top
        idx = schema.index_fields(kind, body) if live else {}
        # Keys sorted as in the signed envelope, whichever path wrote the row.
        values = (kind, version_id, head_count, int(not live), idx.get("title") or "",
                  idx.get("case_id"), idx.get("city"), idx.get("facility_id"), idx.get("status"),
                  idx.get("date"), " ".join(idx.get("flags") or ()),
                  json.dumps(body, ensure_ascii=False, sort_keys=True), created_at)
        figures = self._figures(kind, body, live)
        # The rowid keys the search row, so an existing row is updated in place.
        if existing is None:
            if only is None:  # several versions arrived at once: the record began at the first
                created_at = self.db.one("SELECT min(created_at) FROM versions"
                                         " WHERE record_id = ?", (record_id,))[0]
            rowid = self.db.execute(
                "INSERT INTO records (kind, head, head_count, deleted, title, case_id, city,"
                " facility_id, status, date, flags, body, updated_at, record_id, created_at"
                f"{', figures' if figures else ''}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?"
                f"{',?' if figures else ''})", (*values, record_id, created_at, *figures)).lastrowid
        else:
            rowid = existing[0]
            self.db.execute(
                "UPDATE records SET kind = ?, head = ?, head_count = ?, deleted = ?, title = ?,"
                " case_id = ?, city = ?, facility_id = ?, status = ?, date = ?, flags = ?,"
                " body = ?, updated_at = ?, created_at = min(created_at, ?)"
                f"{', figures = ?' if figures else ''} WHERE rowid = ?",
                (*values, created_at, *figures, rowid))
        if not live:
            return
        refs = schema.references(kind, body)
        if refs:
            self.db.executemany("INSERT OR IGNORE INTO links (src, dst, rel) VALUES (?,?,?)",
                                [(record_id, dst, rel) for rel, dst in refs])
        text = schema.search_text(kind, body)
        self.db.execute("INSERT INTO search (rowid, text, folded) VALUES (?, ?, ?)",
                        (rowid, text, index_keys(text)))

    def _figures(self, kind: str, body: dict[str, Any], live: bool) -> tuple[str | None, ...]:
        """The `records.figures` value of a row, as a tuple to splice into its statement:
        empty on a vault without the column."""
        if not self._schema5:
            return ()
        return (stats.counted(kind, body) if live else None,)

    # -- reading ---------------------------------------------------------------

    def get(self, record_id: str, *, include_deleted: bool = True) -> Record:
        row = self.db.one(
            "SELECT record_id, kind, head, deleted, title, body, created_at, updated_at,"
            " case_id, city, facility_id, status, date, flags FROM records WHERE record_id = ?",
            (record_id,))
        if row is None or (row[3] and not include_deleted):
            raise NotFound(f"no record {record_id}")
        heads = [r[0] for r in self.db.all(
            "SELECT h.version_id FROM heads h JOIN versions v USING (version_id)"
            " WHERE h.record_id = ? ORDER BY v.clock DESC, v.version_id DESC", (record_id,))]
        return Record(
            record_id=row[0], kind=row[1], head=row[2], heads=heads, deleted=bool(row[3]),
            title=row[4], body=json.loads(row[5]), created_at=row[6], updated_at=row[7],
            index={"case_id": row[8], "city": row[9], "facility_id": row[10],
                   "status": row[11], "date": row[12], "flags": row[13].split()})

    def version(self, version_id: str) -> Version:
        row = self.db.one("SELECT envelope, signature FROM versions WHERE version_id = ?",
                          (version_id,))
        if row is None:
            raise NotFound(f"no version {version_id}")
        return Version.from_envelope(bytes(row[0]), bytes(row[1]))

    def history(self, record_id: str) -> list[Version]:
        rows = self.db.all("SELECT envelope, signature FROM versions WHERE record_id = ?"
                           " ORDER BY clock, version_id", (record_id,))
        if not rows:
            raise NotFound(f"no record {record_id}")
        return [Version.from_envelope(bytes(e), bytes(s)) for e, s in rows]

    def iter_versions(self) -> Iterator[Version]:
        for envelope, signature in self.db.iterate(
                "SELECT envelope, signature FROM versions ORDER BY rowid"):
            yield Version.from_envelope(bytes(envelope), bytes(signature))

    def linked(self, record_id: str) -> list[tuple[str, str, str]]:
        """(rel, record_id, kind) of live records that point at `record_id`."""
        return [(r[0], r[1], r[2]) for r in self.db.all(
            "SELECT l.rel, l.src, r.kind FROM links l JOIN records r ON r.record_id = l.src"
            " WHERE l.dst = ? AND r.deleted = 0 ORDER BY r.kind, r.created_at", (record_id,))]

    def verify_all(self) -> list[str]:
        """Re-hash and re-verify every stored version; problems found (empty: all good)."""
        problems = []
        for version_id, envelope, signature in self.db.iterate(
                "SELECT version_id, envelope, signature FROM versions"):
            if envelope is None or signature is None:  # a damaged or rolled-back page
                problems.append(f"version {str(version_id)[:12]}… has lost its content")
                continue
            envelope, signature = bytes(envelope), bytes(signature)
            if hashlib.sha256(envelope).hexdigest() != version_id:
                problems.append(f"version {version_id[:12]}… does not match its hash")
                continue
            try:
                self.verify_signature(Version.from_envelope(envelope, signature))
            except (IntegrityFailure, InvalidInput) as exc:
                problems.append(str(exc))
        return problems

    # -- local purge -----------------------------------------------------------

    def purge(self, record_ids: Iterable[str], *, reason: str) -> int:
        """Remove records and their whole history from this device only (no tombstone
        travels). Evidence originals no longer referenced are removed too."""
        with self.db.transaction():
            count = self.purge_rows(record_ids, reason=reason)
        self.purge_files()
        return count

    def purge_rows(self, record_ids: Iterable[str], *, reason: str) -> int:
        """The database half of a purge, inside the caller's transaction: the records'
        rows, versions, index entries and links, the rows of originals no other record
        uses, and a "purge" audit entry. Returns how many records went. The originals'
        files are noted in the vault in the same transaction, and `purge_files` deletes
        them once it has committed (deleted before, a rolled-back purge would leave
        records pointing at no file)."""
        if not self.db.in_transaction:
            raise RuntimeError("purge_rows runs inside a transaction")
        count = 0
        purged_ids: list[str] = []
        dropped_blobs: list[str] = []
        for rid in record_ids:
            row = self.db.one("SELECT kind, body FROM records WHERE record_id = ?", (rid,))
            if row is None:
                continue
            if row[0] == "evidence":
                sha = json.loads(row[1]).get("sha256")
                if sha:
                    dropped_blobs.append(sha)
            self.db.execute("DELETE FROM search WHERE rowid = (SELECT rowid FROM records"
                            " WHERE record_id = ?)", (rid,))
            self.db.execute("DELETE FROM heads WHERE record_id = ?", (rid,))
            self.db.execute("DELETE FROM links WHERE src = ?", (rid,))
            self.db.execute("DELETE FROM versions WHERE record_id = ?", (rid,))
            self.db.execute("DELETE FROM records WHERE record_id = ?", (rid,))
            # An unsaved edit of the record (the desktop keeps one through a lock) holds
            # its words too, and would offer to bring the record back.
            self.db.execute("DELETE FROM drafts WHERE record_id = ?", (rid,))
            purged_ids.append(rid)
            count += 1
        still_used = set()
        for sha in dropped_blobs:
            if self.db.one("SELECT 1 FROM records WHERE kind = 'evidence' AND "
                           "json_extract(body, '$.sha256') = ? LIMIT 1", (sha,)):
                still_used.add(sha)
        gone = [s for s in dropped_blobs if s not in still_used]
        for sha in gone:
            self.db.execute("DELETE FROM blobs WHERE sha256 = ?", (sha,))
            self.db.execute("DELETE FROM derivatives WHERE sha256 = ?", (sha,))
        self.vault.note_purged_files(gone)
        audit.append(self.db, "purge", {"records": count, "reason": reason,
                                        "record_ids": purged_ids})
        return count

    def purge_files(self) -> None:
        """The files half of a purge, after its transaction committed: the originals'
        encrypted files, then no old copy of a page (the log's frames and old backups
        still hold the words). Killed before it ends, the next opening finishes it."""
        self.vault.finish_purge()
