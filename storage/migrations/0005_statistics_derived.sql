-- Schema 5: what the consent rule (app.disclosure) reads of each version, kept beside it.
--
-- The rule decides from every version's owners (the people whose identity or account it
-- carries) and from the answers a consent record, an interview or a medical examination
-- gave. Reading and parsing every envelope to learn them made the statistics' first draw
-- read the whole archive. These rows are derived once, when the version is stored, by the
-- one write path (app.records), from the same functions the rule uses; a version never
-- changes, so neither do they, and a purged version takes its rows with it. Which answers
-- are in force (a record's heads, or every version of a deleted record) and who is
-- withheld are still decided when asked, so a consent change, a deletion or an import is
-- seen at once without refreshing anything.
--
-- An archive upgraded to this schema has its rows filled from its versions the first time
-- it is opened (app.disclosure.ensure_facts, in one transaction); until then the rule
-- reads the envelopes as before.
CREATE TABLE consent_owners (
    version_id TEXT NOT NULL REFERENCES versions (version_id) ON DELETE CASCADE,
    record_id  TEXT NOT NULL,
    person_id  TEXT NOT NULL,
    PRIMARY KEY (version_id, person_id)
) WITHOUT ROWID;
CREATE INDEX consent_owners_person ON consent_owners (person_id, record_id);

CREATE TABLE consent_answers (
    version_id TEXT NOT NULL REFERENCES versions (version_id) ON DELETE CASCADE,
    record_id  TEXT NOT NULL,
    person_id  TEXT NOT NULL,
    purpose    TEXT NOT NULL,
    answer     TEXT NOT NULL,
    PRIMARY KEY (version_id, person_id, purpose, answer)
) WITHOUT ROWID;
CREATE INDEX consent_answers_answer ON consent_answers (purpose, answer);

-- The fields the statistics count of a current record (app.stats.counted: e.g. an
-- incident's methods and perpetrators' agencies, never its narrative), as compact JSON,
-- written by the write path with the rest of the `records` row. NULL where the record is
-- deleted, of a kind the figures do not read, or not derived yet (an upgraded archive,
-- until its first opening fills it): the figures then read the body itself.
ALTER TABLE records ADD COLUMN figures TEXT;
