-- Schema version 3: the child's profile (needs, identity, views, contact plans, disrupted
-- placements, kind of early permanence) and the household's fuller record (relationship, area,
-- approving council, pauses, graded needs they can meet, withdrawal category, de-registration).
-- Same portability rules as 0001. New NOT NULL columns carry defaults equal to the domain's
-- defaults, so rows written by version 2 read back exactly as they did.

ALTER TABLE child ADD COLUMN disability INTEGER NOT NULL DEFAULT 0 CHECK (disability IN (0, 1));
ALTER TABLE child ADD COLUMN needs_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE child ADD COLUMN heritage_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE child ADD COLUMN child_views TEXT NOT NULL DEFAULT '';
ALTER TABLE child ADD COLUMN early_permanence_kind TEXT NOT NULL DEFAULT 'ffa'
    CHECK (early_permanence_kind IN ('ffa', 'concurrency'));
ALTER TABLE child ADD COLUMN early_permanence_carers TEXT NOT NULL DEFAULT '';

-- Lists on a child live in their own tables, in the order recorded (position).
CREATE TABLE child_health_need (
    child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    category TEXT NOT NULL,
    PRIMARY KEY (child_id, position)
);
CREATE INDEX child_health_need_category_idx ON child_health_need (category);

CREATE TABLE child_contact_plan (
    child_id  INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    with_whom TEXT NOT NULL DEFAULT '',
    how       TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (child_id, position)
);

CREATE TABLE child_past_placement (
    child_id            INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    household_id        INTEGER REFERENCES household (id),
    linked              TEXT,
    match_decision      TEXT,
    moved_in            TEXT,
    ended               TEXT,
    reason              TEXT NOT NULL DEFAULT '',
    review_meeting_held INTEGER NOT NULL DEFAULT 0 CHECK (review_meeting_held IN (0, 1)),
    learning            TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (child_id, position)
);
CREATE INDEX child_past_placement_household_idx ON child_past_placement (household_id);

ALTER TABLE household ADD COLUMN council_code TEXT NOT NULL DEFAULT '';
ALTER TABLE household ADD COLUMN area TEXT NOT NULL DEFAULT '';
ALTER TABLE household ADD COLUMN relationship TEXT NOT NULL DEFAULT 'married'
    CHECK (relationship IN ('single', 'married', 'civil', 'unmarried'));
ALTER TABLE household ADD COLUMN info_giving_meeting TEXT;
ALTER TABLE household ADD COLUMN par_completed TEXT;
ALTER TABLE household ADD COLUMN sex_preference TEXT CHECK (sex_preference IN ('M', 'F'));
ALTER TABLE household ADD COLUMN ethnicity_considerations TEXT NOT NULL DEFAULT '';
ALTER TABLE household ADD COLUMN contact_supported TEXT NOT NULL DEFAULT '';
ALTER TABLE household ADD COLUMN withdrawal_category TEXT NOT NULL DEFAULT 'other'
    CHECK (withdrawal_category IN ('cost', 'circumstances', 'agency', 'other'));
ALTER TABLE household ADD COLUMN deregistered TEXT;
ALTER TABLE household ADD COLUMN deregistration_reason TEXT NOT NULL DEFAULT '';

-- "from" and "to" are reserved words in SQL, hence from_date and to_date.
CREATE TABLE household_pause (
    household_id INTEGER NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    from_date    TEXT,
    to_date      TEXT, -- NULL while the pause goes on
    reason       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (household_id, position)
);

-- One row per need category the household was graded on; a category with no row means 'no'.
CREATE TABLE household_need (
    household_id INTEGER NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    category     TEXT NOT NULL,
    grade        TEXT NOT NULL CHECK (grade IN ('no', 'low', 'medium', 'high')),
    PRIMARY KEY (household_id, category)
);
