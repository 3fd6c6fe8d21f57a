-- Schema 1: device identity, signed record versions, derived current state,
-- full-text index, hash-chained audit log, evidence blobs.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- This vault's own identity. Secret keys live only here, inside the encrypted database.
CREATE TABLE device (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    device_id     TEXT NOT NULL,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('field', 'archive')),
    sign_secret   BLOB NOT NULL,      -- Ed25519 private key, raw 32 bytes
    sign_key_id   BLOB NOT NULL,      -- minisign key id, 8 bytes
    box_secret    TEXT NOT NULL,      -- X25519 identity, age format
    blob_secret   TEXT NOT NULL,      -- X25519 identity that evidence blobs are sealed to
    blob_name_key BLOB NOT NULL,      -- HMAC key: blob file names reveal no content hash
    clock         INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);

-- Public keys of every device whose versions this vault holds, itself included.
CREATE TABLE devices (
    device_id    TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL,
    sign_public  BLOB NOT NULL,
    sign_key_id  BLOB NOT NULL,
    box_public   TEXT NOT NULL,
    added_at     TEXT NOT NULL
) WITHOUT ROWID;

-- Immutable, signed versions. `envelope` is the canonical JSON that was hashed
-- (version_id = SHA-256 of it) and signed by `author`.
CREATE TABLE versions (
    version_id  TEXT PRIMARY KEY,
    record_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    author      TEXT NOT NULL REFERENCES devices (device_id),
    clock       INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    tombstone   INTEGER NOT NULL DEFAULT 0,
    envelope    BLOB NOT NULL,
    signature   BLOB NOT NULL,
    stored_at   TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT 'local'
);
CREATE INDEX versions_record ON versions (record_id, clock);

CREATE TABLE version_parents (
    version_id TEXT NOT NULL REFERENCES versions (version_id) ON DELETE CASCADE,
    parent_id  TEXT NOT NULL,
    PRIMARY KEY (version_id, parent_id)
) WITHOUT ROWID;
CREATE INDEX version_parents_parent ON version_parents (parent_id);

-- Versions no other version names as parent. More than one = a conflict.
CREATE TABLE heads (
    record_id  TEXT NOT NULL,
    version_id TEXT NOT NULL REFERENCES versions (version_id) ON DELETE CASCADE,
    PRIMARY KEY (record_id, version_id)
) WITHOUT ROWID;

-- Current state, derived from the heads; rebuilt from versions at will. A rowid
-- table: its rowid keys the record's row in the full-text index.
CREATE TABLE records (
    rowid       INTEGER PRIMARY KEY,
    record_id   TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    head        TEXT NOT NULL,
    head_count  INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL DEFAULT '',
    case_id     TEXT,
    city        TEXT,
    facility_id TEXT,
    status      TEXT,
    date        TEXT,
    flags       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX records_kind_date ON records (kind, deleted, date);
CREATE INDEX records_case ON records (case_id);

CREATE TABLE links (
    src TEXT NOT NULL,
    dst TEXT NOT NULL,
    rel TEXT NOT NULL,
    PRIMARY KEY (src, rel, dst)
) WITHOUT ROWID;
CREATE INDEX links_dst ON links (dst);

-- Full-text index over the current text of each record (rowid = records.rowid), any
-- script; case and Latin diacritics folded by the unicode61 tokenizer. `folded` holds the
-- text again with ё→е and Kazakh letters folded to their Russian-keyboard spelling
-- (қ→к, ә→а…), only when that differs, so "Касым" finds "Қасым".
CREATE VIRTUAL TABLE search USING fts5 (
    text,
    folded,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Hash chain: hash = SHA-256(prev || canonical entry). Any edit breaks the chain.
CREATE TABLE audit (
    seq    INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev   TEXT NOT NULL,
    hash   TEXT NOT NULL
);

-- Evidence originals live encrypted in blobs/; this is what we know of each.
CREATE TABLE blobs (
    sha256    TEXT PRIMARY KEY,
    size      INTEGER NOT NULL,
    mime      TEXT NOT NULL,
    stored_at TEXT NOT NULL
) WITHOUT ROWID;

-- Metadata-stripped display images and thumbnails, small enough to keep in the database.
CREATE TABLE derivatives (
    sha256 TEXT NOT NULL,
    kind   TEXT NOT NULL CHECK (kind IN ('display', 'thumb')),
    mime   TEXT NOT NULL,
    width  INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (sha256, kind)
) WITHOUT ROWID;
