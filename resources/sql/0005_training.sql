-- Schema version 5: adopter training events (003 §2.4) and their attendance registers. Same
-- portability rules as 0001 (INTEGER PRIMARY KEY is an identity column on PostgreSQL; dates are
-- ISO 8601 TEXT, which compares in date order).

-- kind is a stable code (domain::trainingKindCode), never a label. end_date is NULL for a
-- one-day event.
CREATE TABLE training_event (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('preparation', 'early-permanence',
                                             'brothers-sisters', 'family-friends', 'further')),
    title      TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date   TEXT,
    trainer    TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Events are listed by date; the mandatory-module check and the reports look them up by kind.
CREATE INDEX training_event_start_idx ON training_event (start_date, id);
CREATE INDEX training_event_kind_idx ON training_event (kind, start_date);

-- The register: who attended. A household is on an event's register at most once; the register
-- goes with its event. A household with attendance cannot be deleted (records are kept).
-- position keeps the register in the order it was taken, so it reads back as it was saved.
CREATE TABLE training_attendance (
    event_id     INTEGER NOT NULL REFERENCES training_event (id) ON DELETE CASCADE,
    household_id INTEGER NOT NULL REFERENCES household (id),
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, household_id)
);

-- "Every event a household attended" is the household page's training tab.
CREATE INDEX training_attendance_household_idx ON training_attendance (household_id, event_id);
