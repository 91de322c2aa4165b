-- Version 2: each counted publication keeps its purpose and the practice's time zone, which the
-- check-and-count read it against, and when the ledger recorded it (empty for imported history).
-- Uses counted before version 2 were social posts read in UTC.
ALTER TABLE ps_consent_use ADD COLUMN purpose VARCHAR(32) DEFAULT 'social_post' NOT NULL;
ALTER TABLE ps_consent_use ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
ALTER TABLE ps_consent_use ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ps_consent_use_post ON ps_consent_use (consent_id, post_id);
