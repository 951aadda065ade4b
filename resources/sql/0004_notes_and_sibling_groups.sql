-- Schema version 4: case notes (the dated chronology on a child or a household) and the
-- decisions recorded for sibling groups. Same portability rules as 0001 (INTEGER PRIMARY KEY is
-- an identity column on PostgreSQL).

-- A note belongs to exactly one child or one household: both columns are nullable foreign keys
-- and the CHECK keeps exactly one of them set (written with AND/OR rather than comparing two
-- booleans, which not every engine allows). Notes are never deleted (records are kept for 100
-- years), so there is no ON DELETE CASCADE. note_date is when what it records happened;
-- recorded_at (ISO 8601 UTC with milliseconds) and author are when and by whom it was written.
-- kind follows the record-keeping standard: fact, opinion or third-party information.
CREATE TABLE case_note (
    id           INTEGER PRIMARY KEY,
    child_id     INTEGER REFERENCES child (id),
    household_id INTEGER REFERENCES household (id),
    note_date    TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    author       TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT 'fact' CHECK (kind IN ('fact', 'opinion', 'third-party')),
    text         TEXT NOT NULL,
    CONSTRAINT case_note_one_subject CHECK (
        (child_id IS NOT NULL AND household_id IS NULL) OR
        (child_id IS NULL AND household_id IS NOT NULL))
);

-- A chronology is read newest first for one child or one household.
CREATE INDEX case_note_child_idx ON case_note (child_id, note_date, recorded_at);
CREATE INDEX case_note_household_idx ON case_note (household_id, note_date, recorded_at);

-- Children belong to a group through child.sibling_group (the group's reference); a group with
-- no row here is planned together by default. The surrogate id is what the audit trail records
-- (audit_log.entity_id is an integer); the reference is the group's identity and is unique.
CREATE TABLE sibling_group (
    id             INTEGER PRIMARY KEY,
    reference      TEXT NOT NULL,
    place_together INTEGER NOT NULL DEFAULT 1 CHECK (place_together IN (0, 1)),
    apart_reason   TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    updated_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CONSTRAINT sibling_group_reference_unique UNIQUE (reference)
);
