-- Schema v3: engagement per post and UTC day, for the reports' "top posts in a period" without
-- scanning millions of raw engagement events (a one-year report of an account with ~5M events
-- grouped the raw rows for tens of seconds). Kept by the writer exactly like engagement_daily:
-- +1 when it inserts an engagement_events row, -1 on the event's day when a like/repost is
-- undone (so the sums equal the raw rows with deleted_at_us IS NULL); not touched by retention.
-- subject_uri is the engaged record's URI as stored in engagement_events.subject_uri.
CREATE TABLE post_engagement_daily (
    subject_did     TEXT NOT NULL,
    day             BIGINT NOT NULL,
    subject_uri     TEXT NOT NULL,
    like_count      BIGINT NOT NULL DEFAULT 0,
    repost_count    BIGINT NOT NULL DEFAULT 0,
    reply_count     BIGINT NOT NULL DEFAULT 0,
    quote_count     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_did, day, subject_uri)
);

-- The reports rank an account's posts over a period: one covering index walked in post order
-- (no row lookups, no sort for the grouping).
CREATE INDEX post_engagement_daily_post ON post_engagement_daily
    (subject_did, subject_uri, day, like_count, repost_count, reply_count, quote_count);

-- Aggregate whatever an older database already holds.
INSERT INTO post_engagement_daily (subject_did, day, subject_uri, like_count, repost_count, reply_count, quote_count)
SELECT subject_did, time_us / 86400000000, subject_uri,
       SUM(CASE WHEN kind = 'like' THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'repost' THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'reply' THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'quote' THEN 1 ELSE 0 END)
FROM engagement_events
WHERE deleted_at_us IS NULL
GROUP BY subject_did, time_us / 86400000000, subject_uri;
