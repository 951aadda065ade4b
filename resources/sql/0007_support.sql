-- Schema version 9: post-order adoption support (003 §4.2–4.3, shared/domain support.md): support
-- cases with the children they concern, assessments of need and their support plans, support
-- fund applications, and keeping-in-touch (post box) agreements with the items through them.
-- Same portability rules as 0001: ISO date TEXT, INTEGER booleans, short codes, money in pence.
-- Nothing here is deleted by the application: adoption records are kept for 100 years after the
-- order, and a case ends by its closed_date. The child tables are one aggregate with their case
-- (ON DELETE CASCADE only so that an administrator's purge after retention removes them whole).

-- household_id is NULL for a family this agency never assessed (families move into the area).
-- Responsibility's transfer date is derived from each child's adoption order, never stored.
CREATE TABLE support_case (
    id                INTEGER PRIMARY KEY,
    household_id      INTEGER REFERENCES household (id),
    family_name       TEXT NOT NULL,
    hub_code          TEXT NOT NULL,
    referral_date     TEXT NOT NULL,
    referral_source   TEXT NOT NULL CHECK (referral_source IN ('family', 'school', 'health',
                                                               'social-care', 'other')),
    worker            TEXT NOT NULL DEFAULT '',
    residence_council TEXT NOT NULL DEFAULT '',
    closed_date       TEXT,
    updated_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

-- The list is filtered by hub and worker and sorted by referral date.
CREATE INDEX support_case_hub_idx ON support_case (hub_code, referral_date, id);
CREATE INDEX support_case_worker_idx ON support_case (worker, referral_date, id);
CREATE INDEX support_case_household_idx ON support_case (household_id);

-- number identifies the child within the case (fund applications refer to it). child_id is NULL
-- for a child adopted elsewhere, who has no record here.
CREATE TABLE support_child (
    case_id           INTEGER NOT NULL REFERENCES support_case (id) ON DELETE CASCADE,
    number            INTEGER NOT NULL,
    child_id          INTEGER REFERENCES child (id),
    name              TEXT NOT NULL,
    date_of_birth     TEXT,
    adoption_order    TEXT,
    placing_authority TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, number)
);
CREATE INDEX support_child_child_idx ON support_child (child_id);

-- position keeps lists in the order they were entered.
CREATE TABLE support_assessment (
    case_id        INTEGER NOT NULL REFERENCES support_case (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    started_date   TEXT,
    completed_date TEXT,
    outcome        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
);

CREATE TABLE support_plan_service (
    case_id             INTEGER NOT NULL REFERENCES support_case (id) ON DELETE CASCADE,
    assessment_position INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    service             TEXT NOT NULL,
    provider            TEXT NOT NULL DEFAULT '',
    start_date          TEXT,
    end_date            TEXT,
    PRIMARY KEY (case_id, assessment_position, position)
);

-- Amounts in pence; approved is NULL until the fund decides. financial_year is the start year of
-- the April–March year the work is for (2024 is 2024-25).
CREATE TABLE support_fund_application (
    case_id         INTEGER NOT NULL REFERENCES support_case (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    applied_date    TEXT NOT NULL,
    child_number    INTEGER NOT NULL,
    fund_type       TEXT NOT NULL CHECK (fund_type IN ('therapy', 'assessment')),
    provider        TEXT NOT NULL DEFAULT '',
    requested       INTEGER NOT NULL,
    approved        INTEGER,
    financial_year  INTEGER NOT NULL,
    match_funding   INTEGER NOT NULL DEFAULT 0,
    match_funded_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
);
-- The annual figures count applications by date.
CREATE INDEX support_fund_application_date_idx ON support_fund_application (applied_date);

CREATE TABLE postbox_agreement (
    case_id        INTEGER NOT NULL REFERENCES support_case (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    birth_relative TEXT NOT NULL,
    direction      TEXT NOT NULL CHECK (direction IN ('both', 'to-birth', 'to-family')),
    every_months   INTEGER NOT NULL,
    start_date     TEXT NOT NULL,
    ended_date     TEXT,
    PRIMARY KEY (case_id, position)
);

-- One row per item received; exchanged_date is NULL until it is passed on.
CREATE TABLE postbox_item (
    case_id            INTEGER NOT NULL REFERENCES support_case (id) ON DELETE CASCADE,
    agreement_position INTEGER NOT NULL,
    position           INTEGER NOT NULL,
    received_date      TEXT NOT NULL,
    from_party         TEXT NOT NULL CHECK (from_party IN ('adoptive', 'birth')),
    exchanged_date     TEXT,
    PRIMARY KEY (case_id, agreement_position, position)
);
CREATE INDEX postbox_item_received_idx ON postbox_item (received_date);
