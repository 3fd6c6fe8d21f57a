-- Schema 4: a seized laptop and a hostile device (docs/security.md, "A seized device").

-- Revocation is a cut-off in time: from revoked_at on, nothing the device signs or
-- authors that the archive does not already hold is merged without a person's review.
-- compromised_since is the date of seizure the coordinator gave (or revoked_at): what
-- the archive took in from the device after it is flagged in sync_suspect.
ALTER TABLE devices ADD COLUMN compromised_since TEXT;

-- Versions already merged that came from a device after it was seized, for a person
-- to review one by one. A review keeps the version and writes the reason to the audit
-- log; the row stays, with reviewed_at set.
CREATE TABLE sync_suspect (
    version_id    TEXT PRIMARY KEY REFERENCES versions (version_id) ON DELETE CASCADE,
    device_id     TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    flagged_at    TEXT NOT NULL,
    reviewed_at   TEXT,
    review_reason TEXT
) WITHOUT ROWID;
CREATE INDEX sync_suspect_open ON sync_suspect (reviewed_at, device_id);

-- FTS5 keeps its own segments: without secure-delete a deleted row's words stay in
-- them until a merge, readable by whoever can unlock the vault. Rebuilding rewrites
-- the index from the live rows; the freed pages are zeroed (secure_delete = ON).
INSERT INTO search (search, rank) VALUES ('secure-delete', 1);
INSERT INTO search (search) VALUES ('rebuild');
INSERT INTO search (search) VALUES ('optimize');
-- FTS5 raises its format version to 5 itself at the first secure delete; written now, the
-- configuration page never changes again, so an old copy of it put back (secure-delete
-- off) is caught by `qorgau check` (app.check).
UPDATE search_config SET v = 5 WHERE k = 'version';

-- Write authority (app.importer): a field device writes versions only of the records it
-- created, unless a coordinator granted it the records of another device (a case
-- handed over between team members). An archive may write any record.
CREATE TABLE sync_grants (
    grantee    TEXT NOT NULL,
    owner      TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (grantee, owner)
) WITHOUT ROWID;

-- Re-encrypting the evidence files under a new blob key (app.usecases.keys), resumable:
-- the new key waits here until every file is done; files done so far are listed. While
-- it runs, files are read with either key.
ALTER TABLE device ADD COLUMN blob_secret_next TEXT;
CREATE TABLE blob_rekeyed (
    sha256 TEXT PRIMARY KEY
) WITHOUT ROWID;
