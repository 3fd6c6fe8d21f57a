-- Schema 2: typed settings and encrypted drafts (the GUI saves as you type), and an
-- index for the case list's flag filters.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE drafts (
    draft_id   TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    record_id  TEXT,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX records_kind_updated ON records (kind, deleted, updated_at);
