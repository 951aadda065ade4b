-- Schema version 2: adopter households with their applicants, the child's household link, and
-- the audit trail. Same portability rules as 0001 (INTEGER PRIMARY KEY is an identity column on
-- PostgreSQL; *_search columns want COLLATE "C" there).

CREATE TABLE household (
    id                        INTEGER PRIMARY KEY,
    reference                 TEXT NOT NULL,
    source                    TEXT NOT NULL DEFAULT 'own' CHECK (source IN ('own', 'raa', 'vaa')),
    hub_code                  TEXT NOT NULL DEFAULT '',
    source_agency             TEXT NOT NULL DEFAULT '',
    fast_track                INTEGER NOT NULL DEFAULT 0 CHECK (fast_track IN (0, 1)),
    second_time               INTEGER NOT NULL DEFAULT 0 CHECK (second_time IN (0, 1)),
    enquiry                   TEXT,
    information_event         TEXT,
    registration              TEXT,
    stage1_start              TEXT,
    stage1_end                TEXT,
    stage2_start              TEXT,
    panel                     TEXT,
    approval                  TEXT,
    max_children              INTEGER NOT NULL DEFAULT 0,
    min_age                   INTEGER NOT NULL DEFAULT 0,
    max_age                   INTEGER NOT NULL DEFAULT 0,
    approved_siblings         INTEGER NOT NULL DEFAULT 0 CHECK (approved_siblings IN (0, 1)),
    approved_early_permanence INTEGER NOT NULL DEFAULT 0 CHECK (approved_early_permanence IN (0, 1)),
    withdrawal_date           TEXT,
    withdrawal_reason         TEXT NOT NULL DEFAULT '',
    archived                  INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    reference_search          TEXT NOT NULL,
    updated_by                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    CONSTRAINT household_reference_unique UNIQUE (reference)
);

CREATE INDEX household_reference_search_idx ON household (reference_search, id);
CREATE INDEX household_hub_idx ON household (hub_code, id);
CREATE INDEX household_source_idx ON household (source, id);

-- One or two applicants per household; position 0 is the first named (the household's name
-- sorts by them).
CREATE TABLE applicant (
    id              INTEGER PRIMARY KEY,
    household_id    INTEGER NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    forename        TEXT NOT NULL DEFAULT '',
    surname         TEXT NOT NULL DEFAULT '',
    date_of_birth   TEXT,
    sex             TEXT CHECK (sex IN ('M', 'F')),
    ethnicity       TEXT NOT NULL DEFAULT '',
    religion        TEXT NOT NULL DEFAULT '',
    forename_search TEXT NOT NULL DEFAULT '',
    surname_search  TEXT NOT NULL DEFAULT '',
    CONSTRAINT applicant_position_unique UNIQUE (household_id, position)
);

CREATE INDEX applicant_surname_idx ON applicant (surname_search);
CREATE INDEX applicant_forename_idx ON applicant (forename_search);

-- Households arrive in this version, so the child's link to one does too. A column added with
-- REFERENCES must default to NULL, which is what "no household" is.
ALTER TABLE child ADD COLUMN household_id INTEGER REFERENCES household (id);
CREATE INDEX child_household_idx ON child (household_id);

-- Who changed which record, when. Ids and codes only: never names or other personal data.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL, -- ISO 8601 UTC timestamp
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL, -- 'insert', 'update'
    entity    TEXT NOT NULL, -- 'child', 'household', 'agency'
    entity_id INTEGER
);

CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
