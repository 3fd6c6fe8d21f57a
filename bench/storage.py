"""Storage benchmark: Qorgau's vault against plain SQLite doing the same work.

    python -m bench                 # 100,000 records (several minutes)
    python -m bench --quick         # 10,000 records
    python -m bench --records 50000 --dir /mnt/usb

Every figure is printed with its goal and its ratio to a reference measured in the same
run: a plain SQLite database (stdlib sqlite3, no encryption) built from the same
migrations and written through the same `Records` code path. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fcntl
import json
import os
import platform
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3

from app import demo
from app.evidence import ingest
from app.records import Records
from app.search import Filters, list_records, search
from storage import identity as identity_mod
from storage import keys, migrate, signatures
from storage.blobs import BlobStore
from storage.db import Database
from storage.errors import EnvironmentFault
from storage.ids import now_iso
from storage.vault import DB_FILE, KEYS_FILE, Vault
from tests.fastkdf import TEST_KDF

PASSPHRASE = "bench passphrase, not a secret"  # noqa: S105
BATCH = 1000
DEFAULT_RECORDS = 100_000
QUICK_RECORDS = 10_000
INGEST_RUNS = 9
PHOTO_SIZE = (4000, 3000)  # 12 megapixels
UNLOCK_RUNS = 3
SEARCH_ROUNDS = 5
# Private to the benchmark: "off" makes the child process open its vault without
# PRAGMA cipher_memory_security = ON. Production code never reads it.
MEMSEC_ENV = "QORGAU_BENCH_MEMORY_SECURITY"

GOALS = {"bulk": 5000.0, "unlock": 1.5, "search": 0.050, "ingest": 0.150}

# Typical searches: Russian and Kazakh words, Latin transliterations, prefixes as typed,
# vocabulary labels, facility codes and article numbers.
QUERIES = (
    "дубинкой", "пакет", "избиение", "электрошокером", "прокуратура", "следы ударов",
    "ИВС Тараз", "ұрған", "таяқпен", "ұлымды", "Zhumabayev", "Yerlan", "Жумаб", "пыт",
    "EC-164/7", "146-2", "closed for lack", "Ерлан Серикович", "наручник", "Шеф",
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------
# The plain-SQLite reference: same migrations, same pragmas minus SQLCipher's own, same
# Records code path. Production classes are subclassed here, never patched.


class _PragmaFilter:
    """A connection stand-in for Database._configure that drops the statements starting
    with one of `drop` and runs everything else, so a bench connection gets exactly the
    production settings except the ones named."""

    def __init__(self, conn: Any, drop: tuple[str, ...]) -> None:
        self.conn = conn
        self.drop = drop
        self.dropped: list[str] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        if sql.startswith(self.drop):
            # Nothing may run in its place: any statement before PRAGMA key would make
            # SQLCipher read the file unkeyed.
            self.dropped.append(sql.split("=")[0].strip())
            return _NoRows()
        return self.conn.execute(sql, params)


class _NoRows:
    def fetchone(self) -> None:
        return None


class PlainDatabase(Database):
    """storage.db.Database over stdlib sqlite3: no encryption, otherwise the same."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        proxy = _PragmaFilter(conn, ("PRAGMA cipher_", "PRAGMA key"))
        Database._configure(proxy, bytes(32))
        if not any(d.startswith("PRAGMA key") for d in proxy.dropped):
            raise RuntimeError("storage.db no longer keys with PRAGMA key: update the bench")
        self.conn = conn
        self._depth = 0

    # FTS5's secure-delete (migration 0004) needs SQLite 3.44; an older stdlib SQLite
    # skips those two statements. The reference then differs on deletions only, which
    # the bench does not time.
    _SECURE_DELETE = ("'secure-delete'", "UPDATE search_config SET v = 5")

    def execute(self, sql: str, params: Any = ()) -> Any:
        if sqlite3.sqlite_version_info < (3, 44) and any(s in sql for s in self._SECURE_DELETE):
            return _NoRows()
        return super().execute(sql, params)


class NoMemsecDatabase(Database):
    """The production connection without `PRAGMA cipher_memory_security = ON`, which
    production sets in `_configure_process` alone, before the connection opens."""

    @staticmethod
    def _configure_process() -> None:
        pass


class PlainBlobStore(BlobStore):
    """Originals copied as they are (hashed, fsynced), where the vault encrypts them."""

    def put(self, src: BinaryIO, *, progress: Any = None, cancel: Any = None
            ) -> tuple[str, int]:
        import hashlib

        self.folder.mkdir(mode=0o700, exist_ok=True)
        tmp = self.folder / f".incoming-{os.getpid()}.partial"
        sha = hashlib.sha256()
        size = 0
        with tmp.open("wb") as out:
            while chunk := src.read(1 << 20):
                sha.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        digest = sha.hexdigest()
        final = self.path_for(digest)
        final.parent.mkdir(mode=0o700, exist_ok=True)
        os.replace(tmp, final)
        return digest, size


@dataclass
class PlainVault:
    """What Records and ingest need of a vault, over the plain reference database."""

    path: Path
    db: Database
    identity: Any
    blobs: BlobStore
    vault_id: str = "plain-reference"

    @classmethod
    def create(cls, path: Path) -> PlainVault:
        path.mkdir(mode=0o700)
        db = PlainDatabase(path / "plain.db")
        migrate.upgrade(db, path / "backups")  # the same migrations SQL as every vault
        with db.transaction():
            db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                           [("vault_id", cls.vault_id), ("role", "field"),
                            ("created_at", now_iso())])
            identity_mod.create(db, "Plain reference", "field")
        return cls.open(path, db)

    @classmethod
    def open(cls, path: Path, db: Database | None = None) -> PlainVault:
        db = db or PlainDatabase(path / "plain.db")
        migrate.upgrade(db, path / "backups")  # a no-op check, as in Vault.open
        identity = identity_mod.load(db)
        return cls(path, db, identity, PlainBlobStore(path / "blobs", identity))

    def audit(self, action: str, detail: dict[str, Any]) -> None:
        from storage import audit

        audit.append(self.db, action, detail)

    @property
    def workers(self) -> signatures.Verifier:
        """The same worker processes a vault has, so both targets split the work alike."""
        if getattr(self, "_workers", None) is None:
            self._workers = signatures.Verifier()
        return self._workers

    def close(self) -> None:
        if getattr(self, "_workers", None) is not None:
            self._workers.close()
        self.db.close()


# ---------------------------------------------------------------------------------------
# The workload: a realistic mix of record kinds with Russian and Kazakh text, generated
# from a seed so that both targets (and the child processes) write the same records.

MIX = {"person": 0.29, "incident": 0.16, "interview": 0.16, "complaint": 0.15,
       "detention": 0.08, "lesion": 0.05, "medical_exam": 0.03, "npm_visit": 0.005}
CASE_SHARE = 0.03  # cases, and as many victims
COMPLAINT_TEXT = (
    ("closed_no_corpus_delicti", "Досудебное расследование по ч. 2 ст. 146 УК РК прекращено "
     "за отсутствием состава уголовного правонарушения."),
    ("closed_no_corpus_delicti", "Производство прекращено: повреждения объяснены оказанием "
     "сопротивления при задержании."),
    ("closed_no_evidence", "Прекращено за недоказанностью, видеозаписи не сохранились."),
    ("registration_refused", "Заявление не зарегистрировано в ЕРДР, направлено как обращение."),
    ("investigation_opened", "Зарегистрировано в ЕРДР, назначена судебно-медицинская "
     "экспертиза."),
    ("sent_to_court", "Уголовное дело в отношении сотрудников направлено в суд."),
    ("no_response", "Ответ по существу не получен."),
)


@dataclass
class Item:
    key: str
    kind: str
    body: dict[str, Any]


class Workload:
    def __init__(self, records: int, seed: int) -> None:
        self.n = records
        self.rng = random.Random(seed)
        self.facilities = min(500, max(20, records // 500))
        self.cases = max(1, int(records * CASE_SHARE))
        self.mixed = records - self.facilities - 2 * self.cases
        if self.mixed < 0:
            raise SystemExit(f"--records must be at least {self.facilities + 2 * self.cases}")
        self.exams: list[str] = []

    def batches(self, size: int) -> Iterator[list[Item]]:
        """Batches in dependency order: each refers only to earlier batches."""
        r = self.rng
        yield from _chunks([Item(f"f{i}", "facility", self.facility(i))
                            for i in range(self.facilities)], size)
        yield from _chunks([Item(f"v{i}", "person", self.victim())
                            for i in range(self.cases)], size)
        yield from _chunks([Item(f"c{i}", "case", self.case(i))
                            for i in range(self.cases)], size)
        kinds, weights = list(MIX), list(MIX.values())
        left = self.mixed
        while left > 0:
            batch: list[Item] = []
            exams_now: list[str] = []
            for _ in range(min(size, left)):
                kind = r.choices(kinds, weights=weights)[0]
                if kind == "lesion" and not self.exams:
                    kind = "person"
                key = f"{kind[:2]}{self.n - left}"
                left -= 1
                batch.append(Item(key, kind, getattr(self, kind)()))
                if kind == "medical_exam":
                    exams_now.append(key)
            self.exams.extend(exams_now)
            yield batch

    # -- bodies ----------------------------------------------------------------

    def _case(self) -> demo.Ref:
        return demo.Ref(f"c{self.rng.randrange(self.cases)}")

    def _city(self) -> str:
        return self.rng.choice(list(demo.CITIES))

    def facility(self, i: int) -> dict[str, Any]:
        f = demo.FACILITIES[i % len(demo.FACILITIES)]
        return {"name": f"{f.name} #{i}", "other_names": [f.name_kk],
                "code": f"{f.code or 'X'}-{i}", "type": f.type, "city": f.city,
                "address": f.address, "authority": f.authority, "capacity": f.capacity}

    def victim(self) -> dict[str, Any]:
        r = self.rng
        gender = "female" if r.random() < 0.2 else "male"
        name = demo.fake_name(r, gender)
        protected = r.random() < 0.25
        return {"full_name": name.full, "other_names": [name.latin], "protected": protected,
                "pseudonym": f"P-{r.randint(100, 99999)}" if protected else None,
                "gender": gender, "nationality": name.nationality, "city": self._city(),
                "minor": r.random() < 0.08, "roles": ["victim"],
                "date_of_birth": f"{r.randint(1960, 2007)}-{r.randint(1, 12):02d}",
                "contact": f"тел. +7 70{r.randint(0, 9)} 555 {r.randint(1000, 9999)}",
                "reprisal_risk": r.choice(("low", "medium", "high"))}

    def case(self, i: int) -> dict[str, Any]:
        r = self.rng
        city = demo.CITIES[self._city()]
        year = r.randint(2018, 2025)
        return {"reference": f"{city.abbr}-{year}-{i:05d}",
                "title": r.choice(list(demo.SCENARIO_TITLES.values())).format(
                    city_loc=city.ru_loc, code="ЕС-164/1"),
                "summary": f"Задержание {city.ru_loc}, жалоба в прокуратуру.",
                "city": city.code, "region": city.region,
                "status": r.choice(("intake", "active", "follow_up", "closed")),
                "opened_on": f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                "victim_ids": [demo.Ref(f"v{i}")], "case_worker": r.choice(demo.STAFF),
                "tags": ["bench"]}

    def person(self) -> dict[str, Any]:
        r = self.rng
        if r.random() < 0.35:
            return {"rank": r.choice(demo.RANKS), "unit": "ДП " + r.choice(
                list(demo.CITIES.values())).region_gen, "description": r.choice(demo.DESCRIPTIONS),
                "recognise_by_sight": r.random() < 0.7, "roles": ["alleged_perpetrator"],
                "case_ids": [self._case()], "gender": "male"}
        gender = r.choice(("female", "male"))
        name = demo.fake_name(r, gender)
        return {"full_name": name.full, "other_names": [name.latin], "gender": gender,
                "nationality": name.nationality, "city": self._city(),
                "roles": [r.choice(("relative", "witness"))], "case_ids": [self._case()],
                "contact": f"тел. +7 70{r.randint(0, 9)} 555 {r.randint(1000, 9999)}"}

    def _story(self) -> demo.Story:
        r = self.rng
        return demo.Story(
            when=dt.date(r.randint(2018, 2025), r.randint(1, 12), r.randint(1, 28)),
            gender=r.choice(("male", "male", "female")),
            relation=r.choice(("mother", "spouse", "sibling", "father")),
            teller_gender=r.choice(("female", "male")),
            methods=demo.pick_methods(r, r.choice(list(demo.SCENARIO_METHODS))),
            facility=r.choice(demo.FACILITIES), hours=r.randint(3, 120),
            lawyer_days=r.randint(0, 6),
            perpetrator_note="Одного запомнили: " + r.choice(demo.DESCRIPTIONS).lower(),
            perpetrator_note_kk="Біреуін жүзінен таниды: " + r.choice(demo.DESCRIPTIONS_KK))

    def _account(self, story: demo.Story) -> str:
        if self.rng.random() < 0.4:
            return demo.account_kk(self.rng, story)
        return demo.account_ru(self.rng, story)

    def incident(self) -> dict[str, Any]:
        r = self.rng
        s = self._story()
        return {"case_id": self._case(), "date": s.when.isoformat(), "place": s.facility.name,
                "city": s.facility.city, "narrative": self._account(s), "methods": s.methods,
                "facility_id": demo.Ref(f"f{r.randrange(self.facilities)}"),
                "consequences": "Головные боли, бессонница, ушибы мягких тканей."}

    def interview(self) -> dict[str, Any]:
        r = self.rng
        s = self._story()
        return {"case_id": self._case(), "relation": s.relation,
                "interviewer": r.choice(demo.STAFF), "date": s.when.isoformat(),
                "place": r.choice(demo.INTERVIEW_PLACES_RU), "city": s.facility.city,
                "language": r.choice(("ru", "kk")),
                "consent": {"documentation": "given",
                            "share_coordinator": "refused" if r.random() < 0.1 else "given",
                            "publication": r.choice(("given", "refused", "not_asked"))},
                "account": self._account(s), "reprisal_risk": r.choice(("low", "medium"))}

    def complaint(self) -> dict[str, Any]:
        r = self.rng
        status, response = r.choice(COMPLAINT_TEXT)
        year = r.randint(2018, 2025)
        return {"case_id": self._case(), "body": r.choice(("prosecutor", "special_prosecutor",
                                                           "court", "ombudsman")),
                "addressee": "Прокуратура " + r.choice(list(demo.CITIES.values())).region_gen,
                "city": self._city(), "filed_on": f"{year}-{r.randint(1, 12):02d}-01",
                "filed_by": r.choice(demo.LAWYERS), "article": "146-2", "status": status,
                "reference_number": f"вх. № {r.randint(1, 9)}-{r.randint(100, 9999)}",
                "response": response,
                "reprisals": r.choice(demo.REPRISALS) if r.random() < 0.2 else None}

    def detention(self) -> dict[str, Any]:
        r = self.rng
        f = r.randrange(self.facilities)
        fac = demo.FACILITIES[f % len(demo.FACILITIES)]
        year = r.randint(2018, 2025)
        return {"case_id": self._case(), "person_id": demo.Ref(f"v{r.randrange(self.cases)}"),
                "facility_id": demo.Ref(f"f{f}"), "facility_name": fac.name,
                "facility_code": fac.code, "city": fac.city,
                "from_date": f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                "hours_before_registration": r.randint(1, 120),
                "lawyer_access": r.choice(("given", "refused", "delayed")),
                "family_access": r.choice(("given", "refused")),
                "charges": [r.choice(("272-2", "269-2", "380-1", "188-2", "297-1"))]}

    def medical_exam(self) -> dict[str, Any]:
        r = self.rng
        doctor, qualification, gender = r.choice(demo.DOCTORS)
        methods = demo.pick_methods(r, r.choice(list(demo.SCENARIO_METHODS)))
        return {"case_id": self._case(), "person_id": demo.Ref(f"v{r.randrange(self.cases)}"),
                "examiner": {"name": doctor, "qualifications": qualification},
                "date": f"{r.randint(2018, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                "consent_evaluation": "given", "consent_photos": "given",
                "clinician_gender": gender, "methods": methods,
                "allegations": " ".join(demo.method_sentences_ru(r, methods, "male")),
                "physical_findings": "Множественные кровоподтёки спины и боковых "
                                     "поверхностей туловища, следы наручников на запястьях.",
                "overall_consistency": r.choice(("consistent", "highly_consistent"))}

    def lesion(self) -> dict[str, Any]:
        r = self.rng
        method = r.choice(list(demo.METHOD_LESIONS))
        ltype, view, region = r.choice(demo.METHOD_LESIONS[method])
        name, shape, _, _ = demo.LESION_TEXT[ltype]
        x, y = demo.place_on_diagram(r, view, region)
        age = demo.lesion_age(r.randint(0, 40))
        return {"exam_id": demo.Ref(r.choice(self.exams)), "marker": f"L{r.randint(1, 9)}",
                "body_region": region, "view": view, "x": x, "y": y, "type": ltype,
                "length_mm": r.randint(5, 90), "width_mm": r.randint(2, 50), "shape": shape,
                "colour": demo.AGE_COLOUR[age], "estimated_age": age,
                "consistency": "consistent", "methods": [method],
                "description": f"{name}, {shape}"}

    def npm_visit(self) -> dict[str, Any]:
        r = self.rng
        day = f"{r.randint(2019, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return {"facility_id": demo.Ref(f"f{r.randrange(self.facilities)}"),
                "started_at": f"{day}T10:00:00+06:00", "ended_at": f"{day}T15:30:00+06:00",
                "team": r.sample(demo.NPM_MONITORS, 3), "announced": False,
                "checklist": [{"item": item, "rating": r.choice(("adequate", "inadequate")),
                               "note": demo.CHECKLIST_NOTES[item]} for item in demo.CHECKLIST],
                "private_interviews": [{"code": f"D-{j}", "consent": True,
                                        "account": r.choice(demo.NPM_ACCOUNTS)}
                                       for j in range(3)],
                "findings": "Время фактического задержания в журнале не фиксируется.",
                "recommendations": [{"id": f"R{j}", "text": t, "status": "open"} for j, t in
                                    enumerate(r.sample(demo.NPM_RECOMMENDATIONS, 3), 1)]}


def _chunks(items: list[Item], size: int) -> Iterator[list[Item]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _resolve(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, demo.Ref):
        return ids[value.key]
    if isinstance(value, dict):
        return {k: _resolve(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, ids) for v in value]
    return value


@dataclass
class Writer:
    """Bulk add into one target; only Records.create_many is timed."""

    name: str
    records: Records
    ids: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    count: int = 0
    rates: list[float] = field(default_factory=list)  # of each full batch

    def write(self, batch: list[Item]) -> None:
        bodies = [(it.kind, _resolve(it.body, self.ids)) for it in batch]
        start = time.perf_counter()
        versions = self.records.create_many(bodies)
        took = time.perf_counter() - start
        self.seconds += took
        self.count += len(versions)
        if len(versions) == BATCH:
            self.rates.append(len(versions) / took)
        for it, v in zip(batch, versions, strict=True):
            self.ids[it.key] = v.record_id

    @property
    def rate(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0


def python_work_rate(records: int, seed: int) -> float:
    """Records/s of the per-record Python work create_many does before and around SQL
    (validation, canonical envelope, Ed25519 signature, index fields, search text,
    references), with no database at all: the ceiling for any storage engine."""
    from collections import defaultdict

    from app import schema
    from app.records import SIGNING_PREFIX, build_envelope
    from storage.ids import uuid7

    ids: defaultdict[str, str] = defaultdict(uuid7)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    author = uuid7()
    bodies = [(it.kind, _resolve(it.body, ids)) for batch in
              Workload(records, seed).batches(BATCH) for it in batch]
    start = time.perf_counter()
    for clock, (kind, body) in enumerate(bodies, start=1):
        clean = schema.validate(kind, body)
        envelope = build_envelope(record_id=uuid7(), kind=kind, parents=[], author=author,
                                  clock=clock, created_at=now_iso(), tombstone=None,
                                  body=clean)
        key.sign(SIGNING_PREFIX + envelope)
        schema.index_fields(kind, clean)
        schema.search_text(kind, clean)
        schema.references(kind, clean)
        json.dumps(clean, ensure_ascii=False)
    return len(bodies) / (time.perf_counter() - start)


def bulk_add(writers: list[Writer], records: int, seed: int) -> None:
    workload = Workload(records, seed)
    next_report = 0.0
    for batch in workload.batches(BATCH):
        for w in writers:  # interleaved, so both targets see the same conditions
            w.write(batch)
        done = writers[0].count
        if done >= next_report * records:
            rates = ", ".join(f"{w.name} {w.rate:,.0f}/s" for w in writers)
            log(f"  bulk add: {done:,}/{records:,} ({rates})")
            next_report += 0.1


# ---------------------------------------------------------------------------------------
# The other figures


def _unlock_vault(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    vault = Vault.open(path, PASSPHRASE)
    rows = list_records(vault.db, Filters(kind="case"), limit=100)
    elapsed = time.perf_counter() - start
    vault.close()
    return elapsed, len(rows)


def _unlock_plain(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    plain = PlainVault.open(path)
    rows = list_records(plain.db, Filters(kind="case"), limit=100)
    elapsed = time.perf_counter() - start
    plain.close()
    return elapsed, len(rows)


def _kdf_seconds(path: Path) -> tuple[float, keys.KdfParams]:
    slot = json.loads((path / KEYS_FILE).read_bytes())["passphrase"]
    params = keys.slot_params(slot)
    start = time.perf_counter()
    keys.derive_passphrase_key(PASSPHRASE, keys.b64d(slot["salt"]), params)
    return time.perf_counter() - start, params


def _open_with_key_seconds(path: Path) -> float:
    """Vault.open minus the key derivation: the same steps with the data key in hand
    (Vault._open_with_key is what Vault.open calls after unwrapping the key)."""
    meta = json.loads((path / KEYS_FILE).read_bytes())
    data_key = keys.unwrap_with_passphrase(meta["passphrase"], PASSPHRASE, meta["vault_id"])
    start = time.perf_counter()
    vault = Vault._open_with_key(path.absolute(), data_key, meta["vault_id"])
    list_records(vault.db, Filters(kind="case"), limit=100)
    elapsed = time.perf_counter() - start
    vault.close()
    return elapsed


def search_times(db: Database, rounds: int) -> tuple[list[float], dict[str, int]]:
    times: list[float] = []
    hits: dict[str, int] = {}
    for _ in range(rounds):
        for q in QUERIES:
            start = time.perf_counter()
            found = search(db, q)
            times.append(time.perf_counter() - start)
            hits[q] = len(found)
    return times, hits


def search_times_without_snippet(db: Database, rounds: int) -> list[float]:
    """Diagnostic: the same ranked query as app.search.search minus snippet(), which
    SQLite evaluates for every match before sorting (not what the app runs)."""
    from app.search import fts_query

    where, params = Filters().where()
    sql = ("SELECT r.record_id, r.kind, r.title, r.date FROM search JOIN records r"
           f" ON r.rowid = search.rowid WHERE search MATCH ? AND {where}"
           " ORDER BY bm25(search) LIMIT 50")
    times = []
    for _ in range(rounds):
        for q in QUERIES:
            start = time.perf_counter()
            db.all(sql, (fts_query(q), *params))
            times.append(time.perf_counter() - start)
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def make_photos(folder: Path, count: int, seed: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        rng = random.Random(seed + i)
        data = demo.synthetic_photo(
            rng, lesion_type=rng.choice(("bruise", "burn", "abrasion")), age="days_1_3",
            label=f"BENCH-{i} L1", taken=dt.datetime(2023, 5, 1, 12, i),
            utc_offset="+06:00", camera=("samsung", "SM-A525F"), gps=(43.24, 76.89),
            size=PHOTO_SIZE, noise=60, quality=92)
        path = folder / f"IMG_20230501_12{i:02d}00.jpg"
        path.write_bytes(data)
        paths.append(path)
    return paths


def ingest_times(records: Records, photos: list[Path], record_id: str) -> list[float]:
    times = []
    for path in photos:
        start = time.perf_counter()
        ingest(records, path, record_id=record_id)
        times.append(time.perf_counter() - start)
    return times


def derivative_times(photos: list[Path]) -> list[float]:
    """Diagnostic: decoding and the two metadata-free JPEG derivatives, no storage."""
    from app import imaging

    times = []
    for path in photos:
        start = time.perf_counter()
        imaging.make_derivatives(path)
        times.append(time.perf_counter() - start)
    return times


def disk_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# ---------------------------------------------------------------------------------------
# cipher_memory_security: measured in child processes, since the setting is global to a
# process and cannot be switched off once on.


def probe_memory_security() -> list[tuple[str, str]]:
    """What PRAGMA cipher_memory_security reads back after each sequence of settings,
    each sequence in a fresh process (one connection per step)."""
    code = (
        "import sqlcipher3, sys\n"
        "out = []\n"
        "for step in sys.argv[1:]:\n"
        "    c = sqlcipher3.connect(':memory:')\n"
        "    c.execute(f'PRAGMA cipher_memory_security = {step}')\n"
        "    c.execute(\"PRAGMA key = \\\"x'\" + '11' * 32 + \"'\\\"\")\n"
        "    c.execute('CREATE TABLE t (x)')\n"
        "    out.append(c.execute('PRAGMA cipher_memory_security').fetchone()[0])\n"
        "print(' '.join(out))\n"
    )
    results = []
    for steps in (["OFF"], ["ON"], ["OFF", "ON"], ["ON", "OFF"]):
        done = subprocess.run([sys.executable, "-c", code, *steps], capture_output=True,
                              text=True, check=True, timeout=60)
        results.append((" then ".join(steps), done.stdout.strip()))
    return results


def open_vault_without_memsec(path: Path) -> Vault:
    """Open a vault as Vault.open does, but on a NoMemsecDatabase connection."""
    meta = json.loads((path / KEYS_FILE).read_bytes())
    data_key = keys.unwrap_with_passphrase(meta["passphrase"], PASSPHRASE, meta["vault_id"])
    fd = os.open(path / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise EnvironmentFault(f"{path} is in use") from None
    db = NoMemsecDatabase(path / DB_FILE, data_key)
    migrate.upgrade(db, path / "backups")
    return Vault(path, db, data_key, fd, meta["vault_id"])


def child_bulk_add(path: Path, records: int, seed: int) -> int:
    """Runs in a child process: bulk add into the vault at `path`, print JSON."""
    setting = os.environ.get(MEMSEC_ENV, "on")
    off = setting == "off"
    vault = open_vault_without_memsec(path) if off else Vault.open(path, PASSPHRASE)
    with vault:
        writer = Writer(f"memory security {setting}", Records(vault))
        bulk_add([writer], records, seed)
        readback = vault.db.one("PRAGMA cipher_memory_security")[0]
    print(json.dumps({"setting": setting, "records": writer.count, "seconds": writer.seconds,
                      "readback": str(readback)}))
    return 0


def run_child(folder: Path, setting: str, records: int, seed: int) -> dict[str, Any]:
    path = folder / f"memsec-{setting}"
    vault, _code = Vault.create(path, PASSPHRASE, name=f"bench memsec {setting}",
                                kdf=TEST_KDF)  # KDF not measured here
    vault.close()
    env = {**os.environ, MEMSEC_ENV: setting}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--child-bulk-add", str(path), "--records",
         str(records), "--seed", str(seed)],
        env=env, stdout=subprocess.PIPE, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    shutil.rmtree(path)
    return result


# ---------------------------------------------------------------------------------------
# Output


@dataclass
class Row:
    figure: str
    value: str
    goal: str
    plain: str
    ratio: str
    verdict: str


def _spread(values: list[float]) -> str:
    return (f"{min(values):,.0f}/{statistics.median(values):,.0f}/{max(values):,.0f}"
            if values else "-")


def _fmt_ratio(x: float) -> str:
    return f"×{x:.2f}"


def print_table(rows: list[Row]) -> None:
    head = Row("figure", "Qorgau vault", "goal", "plain SQLite", "cost", "")
    cols = list(zip(*[(r.figure, r.value, r.goal, r.plain, r.ratio, r.verdict)
                      for r in [head, *rows]], strict=True))
    widths = [max(len(c) for c in col) for col in cols]
    for n, r in enumerate([head, *rows]):
        cells = (r.figure, r.value, r.goal, r.plain, r.ratio, r.verdict)
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) if i < 5 else c
                        for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def _verdict(ok: bool) -> str:
    return "meets goal" if ok else "MISSES goal"


# ---------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=(
        "Storage benchmark: bulk add, unlock to first page, full-text search, photo ingest "
        "and size on disk, against plain SQLite doing the same work."))
    p.add_argument("--records", type=int, default=None,
                   help=f"records to generate (default {DEFAULT_RECORDS:,})")
    p.add_argument("--quick", action="store_true",
                   help=f"{QUICK_RECORDS:,} records unless --records is given")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--dir", type=Path, default=None,
                   help="where to create the bench vaults (default: the system temp folder); "
                        "the disk matters")
    p.add_argument("--keep", action="store_true", help="keep the bench vaults")
    p.add_argument("--no-memsec-children", action="store_true",
                   help="skip the cipher_memory_security ON/OFF comparison")
    p.add_argument("--child-bulk-add", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.records is None:
        args.records = QUICK_RECORDS if args.quick else DEFAULT_RECORDS
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child_bulk_add:
        return child_bulk_add(args.child_bulk_add, args.records, args.seed)
    # SIGTERM (e.g. a CI timeout) still removes the bench vaults.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    folder = Path(tempfile.mkdtemp(prefix="qorgau-bench-storage-", dir=args.dir))
    try:
        return run(args, folder)
    finally:
        if args.keep:
            log(f"bench vaults kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def run(args: argparse.Namespace, folder: Path) -> int:
    n = args.records
    cipher = sqlcipher3.connect(":memory:")
    versions = (cipher.execute("PRAGMA cipher_version").fetchone()[0],
                cipher.execute("SELECT sqlite_version()").fetchone()[0])
    cipher.close()
    print(f"Qorgau storage benchmark: {n:,} records, batches of {BATCH:,}, seed {args.seed}")
    load_start = os.getloadavg()[0]
    print(f"  {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
          f"SQLCipher {versions[0]} (SQLite {versions[1]}); plain: stdlib sqlite3 "
          f"{sqlite3.sqlite_version}; folder {folder}")

    log("creating the bench vault (calibrating Argon2id)...")
    vault_path, plain_path = folder / "vault", folder / "plain"
    vault, _code = Vault.create(vault_path, PASSPHRASE, name="bench")
    plain = PlainVault.create(plain_path)

    # The reference for the worker processes, in the same run: a second vault whose
    # bulk add does all its work in this process, as before they existed.
    alone, _code = Vault.create(folder / "vault-one-process", PASSPHRASE, name="bench",
                                kdf=TEST_KDF)
    alone._workers = signatures.Verifier(workers=1)
    log(f"bulk add of {n:,} records...")
    writers = [Writer("vault", Records(vault)), Writer("plain", Records(plain)),
               Writer("vault, one process", Records(alone))]
    bulk_add(writers, n, args.seed)
    alone.close()
    memsec_main = vault.db.one("PRAGMA cipher_memory_security")[0]
    case_id = writers[0].ids["c0"]
    plain_case_id = writers[1].ids["c0"]
    vault.close()
    plain.close()
    size_vault = disk_size(vault_path)
    size_plain = disk_size(plain_path)
    db_vault = (vault_path / DB_FILE).stat().st_size
    db_plain = (plain_path / "plain.db").stat().st_size

    log("unlock → first page of the case list...")
    kdf_runs = [_kdf_seconds(vault_path) for _ in range(UNLOCK_RUNS)]
    kdf_s, params = statistics.median(t for t, _ in kdf_runs), kdf_runs[0][1]
    keyed_s = statistics.median(_open_with_key_seconds(vault_path) for _ in range(UNLOCK_RUNS))
    unlock_v = [_unlock_vault(vault_path) for _ in range(UNLOCK_RUNS)]
    unlock_p = [_unlock_plain(plain_path) for _ in range(UNLOCK_RUNS)]
    if not all(rows for _, rows in unlock_v + unlock_p):
        raise RuntimeError("the case list came back empty")

    log("full-text search...")
    vault = Vault.open(vault_path, PASSPHRASE)
    plain = PlainVault.open(plain_path)
    search_v, hits_v = search_times(vault.db, SEARCH_ROUNDS)
    search_p, hits_p = search_times(plain.db, SEARCH_ROUNDS)
    bare_v = search_times_without_snippet(vault.db, SEARCH_ROUNDS)
    bare_p = search_times_without_snippet(plain.db, SEARCH_ROUNDS)
    if hits_v != hits_p:
        log(f"warning: the two targets found different hits: {hits_v} / {hits_p}")

    log(f"generating {INGEST_RUNS} 12-megapixel JPEGs...")
    photos = make_photos(folder / "photos", INGEST_RUNS, args.seed)
    photo_mb = statistics.mean(p.stat().st_size for p in photos) / 1e6
    log("ingest...")
    ingest_v = ingest_times(Records(vault), photos, case_id)
    ingest_p = ingest_times(Records(plain), photos, plain_case_id)
    derive = derivative_times(photos)
    vault.close()
    plain.close()

    log("Python work alone (no database)...")
    floor = python_work_rate(min(n, QUICK_RECORDS), args.seed)

    children: list[dict[str, Any]] = []
    probe: list[tuple[str, str]] = []
    if not args.no_memsec_children:
        log("cipher_memory_security: probing, then bulk add in two child processes...")
        probe = probe_memory_security()
        children = [run_child(folder, s, n, args.seed) for s in ("on", "off")]

    # -- the table ---------------------------------------------------------------
    wv, wp, wa = writers
    uv = statistics.median(t for t, _ in unlock_v)
    up = statistics.median(t for t, _ in unlock_p)
    sv, sp = p95(search_v), p95(search_p)
    iv, ip = statistics.median(ingest_v), statistics.median(ingest_p)
    rows = [
        Row("bulk add (records/s)", f"{wv.rate:,.0f}", f"≥ {GOALS['bulk']:,.0f}",
            f"{wp.rate:,.0f}", _fmt_ratio(wp.rate / wv.rate), _verdict(wv.rate >= GOALS["bulk"])),
        Row("  the same, all work in one process (records/s)", f"{wa.rate:,.0f}", "", "",
            _fmt_ratio(wv.rate / wa.rate), "as before the workers; cost = their gain"),
        Row("  Python work alone, no database (records/s)", f"{floor:,.0f}", "", "", "",
            "validate, envelope, sign, index"),
        Row(f"unlock → first page (s, median of {UNLOCK_RUNS})", f"{uv:.3f}",
            f"≤ {GOALS['unlock']}", f"{up:.3f}", _fmt_ratio(uv / up),
            _verdict(uv <= GOALS["unlock"])),
        Row(f"  of which Argon2id (m={params.memory_kib // 1024} MiB, t={params.iterations})",
            f"{kdf_s:.3f}", "", "", "", ""),
        Row("  open with the key in hand → first page", f"{keyed_s:.3f}", "", f"{up:.3f}",
            _fmt_ratio(keyed_s / up), "SQLCipher keying, migrations check"),
        Row(f"search p95 (ms, {len(QUERIES)} queries × {SEARCH_ROUNDS})", f"{sv * 1000:.1f}",
            f"≤ {GOALS['search'] * 1000:.0f}", f"{sp * 1000:.1f}", _fmt_ratio(sv / sp),
            _verdict(sv <= GOALS["search"])),
        Row("  search median (ms)", f"{statistics.median(search_v) * 1000:.1f}", "",
            f"{statistics.median(search_p) * 1000:.1f}",
            _fmt_ratio(statistics.median(search_v) / statistics.median(search_p)), ""),
        Row("  diagnostic: same query without snippet() (p95 ms)",
            f"{p95(bare_v) * 1000:.1f}", "", f"{p95(bare_p) * 1000:.1f}",
            _fmt_ratio(p95(bare_v) / p95(bare_p)), "not what app/search.py runs"),
        Row(f"ingest 12 MP JPEG (ms, median of {INGEST_RUNS}, {photo_mb:.1f} MB)",
            f"{iv * 1000:.0f}", f"≤ {GOALS['ingest'] * 1000:.0f}", f"{ip * 1000:.0f}",
            _fmt_ratio(iv / ip), _verdict(iv <= GOALS["ingest"])),
        Row("  of which derivatives (decode, display, thumbnail)",
            f"{statistics.median(derive) * 1000:.0f}", "", "", "", "no storage"),
        Row("database on disk after bulk add (MB)", f"{db_vault / 1e6:.1f}", "",
            f"{db_plain / 1e6:.1f}", _fmt_ratio(db_vault / db_plain),
            f"{db_vault / n:,.0f} B/record"),
        Row("whole folder after ingest (MB)", f"{disk_size(vault_path) / 1e6:.1f}", "",
            f"{disk_size(plain_path) / 1e6:.1f}",
            _fmt_ratio(disk_size(vault_path) / disk_size(plain_path)), ""),
    ]
    if children:
        on, off = children
        rate_on = on["records"] / on["seconds"]
        rate_off = off["records"] / off["seconds"]
        rows += [
            Row("bulk add, child, memory security ON", f"{rate_on:,.0f}",
                f"≥ {GOALS['bulk']:,.0f}", "", "", f"reads back {on['readback']}"),
            Row("bulk add, child, memory security OFF", f"{rate_off:,.0f}",
                f"≥ {GOALS['bulk']:,.0f}", "", _fmt_ratio(rate_off / rate_on),
                f"reads back {off['readback']}; ON costs ×{rate_off / rate_on:.2f}"),
        ]
    print()
    print_table(rows)
    print()
    print(f"  main process: cipher_memory_security reads back {memsec_main}; "
          f"folders before ingest: vault {size_vault / 1e6:.1f} MB, plain "
          f"{size_plain / 1e6:.1f} MB")
    if probe:
        print("  cipher_memory_security, read back after each step, fresh process per line: "
              + "; ".join(f"{steps} → {out}" for steps, out in probe))
    print("  bulk add, rate of each batch of "
          f"{BATCH:,}, min/median/max: " + "; ".join(
              f"{w.name} {_spread(w.rates)}" for w in writers if w.rates))
    print("  cost = Qorgau time ÷ plain SQLite time for the same work (×1.00 = no overhead)")
    print(f"  load average (1 min) at start {load_start:.2f}, at end {os.getloadavg()[0]:.2f}: "
          "other processes on this machine skew the figures")
    return 0

