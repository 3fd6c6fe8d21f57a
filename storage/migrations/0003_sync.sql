-- Schema 3: sealed bundles (docs/bundle-format.md). Trust on a field vault, enrolment
-- and sequence state on an archive, provenance of imported versions, quarantine,
-- receipts and acknowledgements. Every table is written only by sync/.

-- Enrolment and revocation of devices whose bundles an archive imports. A row without
-- enrolled_at is a device whose public keys we hold only to check the signatures of
-- versions it authored (learnt from another archive's bundle): it may not send bundles.
-- Bundles a revoked device signs with a sequence number above revoked_after_seq are
-- quarantined, never merged.
ALTER TABLE devices ADD COLUMN enrolled_at TEXT;
ALTER TABLE devices ADD COLUMN revoked_at TEXT;
ALTER TABLE devices ADD COLUMN revoked_after_seq INTEGER;

-- Coordinators (archive vaults) this vault seals its bundles to and takes receipts from.
CREATE TABLE sync_trusted (
    device_id   TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    sign_public BLOB NOT NULL,
    sign_key_id BLOB NOT NULL,
    box_public  TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    trusted_at  TEXT NOT NULL
) WITHOUT ROWID;

-- Bundles this vault has sealed. seq counts up from 1 with no reuse: a bundle's seq is
-- committed before its file is renamed into place, so a failure costs a gap (which the
-- archive accepts), never a second bundle with the same seq (which it quarantines).
CREATE TABLE sync_exports (
    seq         INTEGER PRIMARY KEY,
    bundle_id   TEXT NOT NULL UNIQUE,
    sha256      TEXT NOT NULL,           -- SHA-256 of manifest.json: the bundle's hash
    prev_sha256 TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    versions    INTEGER NOT NULL,
    blobs       INTEGER NOT NULL,
    withheld    INTEGER NOT NULL
);

-- Which versions ('version') and evidence originals ('blob') went into which bundle.
CREATE TABLE sync_sealed (
    item      TEXT NOT NULL,             -- version id or blob SHA-256
    item_kind TEXT NOT NULL CHECK (item_kind IN ('version', 'blob')),
    seq       INTEGER NOT NULL REFERENCES sync_exports (seq),
    PRIMARY KEY (item, item_kind, seq)
) WITHOUT ROWID;

-- What a coordinator's signed receipt says it holds: only these may be purged locally.
CREATE TABLE sync_acks (
    item        TEXT NOT NULL,
    item_kind   TEXT NOT NULL CHECK (item_kind IN ('version', 'blob')),
    coordinator TEXT NOT NULL,
    receipt_id  TEXT NOT NULL,
    acked_at    TEXT NOT NULL,
    PRIMARY KEY (item, item_kind, coordinator)
) WITHOUT ROWID;

CREATE TABLE sync_receipts_in (
    receipt_id  TEXT PRIMARY KEY,
    coordinator TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    accepted_at TEXT NOT NULL,
    versions    INTEGER NOT NULL,
    blobs       INTEGER NOT NULL
) WITHOUT ROWID;

-- Archive: every bundle it merged or quarantined. Rejected bundles leave no trace (the
-- archive stays unchanged); duplicates are recognised here by their manifest hash.
CREATE TABLE sync_bundles (
    sha256        TEXT PRIMARY KEY,      -- SHA-256 of manifest.json
    bundle_id     TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    prev_sha256   TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('merged', 'quarantined', 'released')),
    reason        TEXT,
    imported_at   TEXT NOT NULL,
    versions_new  INTEGER NOT NULL DEFAULT 0,
    versions_known INTEGER NOT NULL DEFAULT 0,
    blobs_new     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX sync_bundles_device ON sync_bundles (device_id, seq);

-- Archive: per-device sequence state, kept in step with sync_bundles.
CREATE TABLE sync_peers (
    device_id   TEXT PRIMARY KEY,
    last_seq    INTEGER NOT NULL,
    last_sha256 TEXT NOT NULL,
    missing     TEXT NOT NULL DEFAULT '[]', -- JSON list of sequence numbers never received
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;

-- Archive: quarantined bundles. The original age file is kept in the encrypted blob
-- store (file_sha256 = SHA-256 of the age file), never decrypted on disk, so a
-- coordinator can release (merge) it after checking with the field worker.
CREATE TABLE sync_quarantine (
    bundle_sha256 TEXT PRIMARY KEY REFERENCES sync_bundles (sha256),
    file_sha256   TEXT NOT NULL,
    file_size     INTEGER NOT NULL,
    reason_code   TEXT NOT NULL,
    alert         TEXT NOT NULL,
    quarantined_at TEXT NOT NULL,
    released_at   TEXT
) WITHOUT ROWID;

-- Archive: where each version came from: every device whose bundle carried it, the
-- first such bundle and when it was imported (versions.origin names the very first).
-- A receipt for a device lists the versions its bundles brought.
CREATE TABLE sync_provenance (
    version_id    TEXT NOT NULL REFERENCES versions (version_id) ON DELETE CASCADE,
    device_id     TEXT NOT NULL,
    bundle_sha256 TEXT NOT NULL,
    bundle_id     TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    PRIMARY KEY (version_id, device_id)
) WITHOUT ROWID;
CREATE INDEX sync_provenance_device ON sync_provenance (device_id);
