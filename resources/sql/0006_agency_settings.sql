-- Schema version 6: settings that belong to the agency rather than to one user on one machine:
-- matching weights, panel quorum rules and bank holidays, support fund limits, targets and
-- England averages by year. Each is one JSON document under a stable key, read and written
-- through storage::AgencySettingsRepository (typed by the layer that owns the setting), so a
-- new setting needs no new migration. Same portability rules as 0001.
CREATE TABLE agency_setting (
    setting_key   TEXT PRIMARY KEY,
    setting_value TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
