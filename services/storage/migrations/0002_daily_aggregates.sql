-- Schema v2: daily aggregates that outlive the raw-event retention period, and indexes for the
-- pages' queries. Raw follow_events / engagement_events are pruned after N days (config);
-- these tables are kept forever and are what the 7/30/90/365-day charts read.

-- New and lost followers per tracked account and UTC day (day = floor(time_us / 86400e6)).
-- The writer increments them only when it actually inserts a follow_events row, so a replayed
-- event never counts twice.
CREATE TABLE follow_daily (
    subject_did     TEXT NOT NULL,
    day             BIGINT NOT NULL,
    new_count       BIGINT NOT NULL DEFAULT 0,
    lost_count      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_did, day)
);

-- Engagement on a tracked account's posts per UTC day (undone likes/reposts are subtracted).
CREATE TABLE engagement_daily (
    subject_did     TEXT NOT NULL,
    day             BIGINT NOT NULL,
    like_count      BIGINT NOT NULL DEFAULT 0,
    repost_count    BIGINT NOT NULL DEFAULT 0,
    reply_count     BIGINT NOT NULL DEFAULT 0,
    quote_count     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_did, day)
);

-- Named counters the writer keeps across restarts (e.g. ignored follow deletes).
CREATE TABLE storage_counters (
    name            TEXT PRIMARY KEY,
    value           BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX posts_author_created ON posts (author_did, created_at_us);
CREATE INDEX unattributed_unfollows_time ON unattributed_unfollows (time_us);

-- Aggregate whatever a v1 database already holds.
INSERT INTO follow_daily (subject_did, day, new_count, lost_count)
SELECT subject_did, time_us / 86400000000,
       SUM(CASE WHEN kind = 'follow' THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'unfollow' THEN 1 ELSE 0 END)
FROM follow_events
GROUP BY subject_did, time_us / 86400000000;

INSERT INTO engagement_daily (subject_did, day, like_count, repost_count, reply_count, quote_count)
SELECT subject_did, time_us / 86400000000,
       SUM(CASE WHEN kind = 'like' AND deleted_at_us IS NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'repost' AND deleted_at_us IS NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'reply' AND deleted_at_us IS NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'quote' AND deleted_at_us IS NULL THEN 1 ELSE 0 END)
FROM engagement_events
GROUP BY subject_did, time_us / 86400000000;
