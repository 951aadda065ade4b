-- Schema version 8: the link records of the link → match → placement workflow
-- (domain/Placement.h). One row per link a child has had, in the order made (position). The
-- dates of the current link stay on the child row (linked, matching_panel, match_decision,
-- moved_in, adoption_order, household_id) and those of a disrupted placement in
-- child_past_placement, so they are not repeated here; only an ended link, which has no other
-- home, keeps its own dates. Same portability rules as 0001: ISO date TEXT, short codes, money
-- in whole pence, no engine-specific syntax.
CREATE TABLE child_link (
    child_id            INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    household_id        INTEGER REFERENCES household (id),
    family_finder       TEXT NOT NULL DEFAULT '',
    introductions_start TEXT,
    introductions_end   TEXT,
    fee_pence           INTEGER, -- NULL: no inter-agency fee agreed
    paying_council      TEXT NOT NULL DEFAULT '',
    outcome             TEXT NOT NULL DEFAULT 'current'
        CHECK (outcome IN ('current', 'ended', 'disrupted')),
    linked              TEXT,
    matching_panel      TEXT,
    match_decision      TEXT,
    ended               TEXT,
    end_reason          TEXT NOT NULL DEFAULT '',
    updated_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    PRIMARY KEY (child_id, position)
);

-- A household's links (is it free? which children were linked with it?).
CREATE INDEX child_link_household_idx ON child_link (household_id, outcome);
