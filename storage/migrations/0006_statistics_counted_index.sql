-- Schema 6: the statistics' first draw reads what it counts from an index, not the table.
--
-- The figures read, of every current record of the kinds they count, its id, case, city,
-- facility, date, flags and counted fields (`records.figures`, schema 5). Those sit in
-- the `records` table beside the whole body, and `figures` after it: reading them walked
-- every page (and overflow page) of the bodies. This index holds exactly those narrow
-- columns, so SQLite answers the statistics' reads from it alone (a covering index). It
-- is kept by SQLite with every write of the row (the one write path adds nothing), and
-- `qorgau check`'s integrity check compares each of its entries with its row: an old
-- copy of one of its pages put back is found like any other.
CREATE INDEX records_counted ON records
    (kind, deleted, record_id, case_id, city, facility_id, date, flags, figures);
