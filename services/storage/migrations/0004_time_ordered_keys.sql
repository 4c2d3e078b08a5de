-- Schema v4: natural keys that lead with the record key, so live ingest appends instead of
-- writing all over the B-trees (ADR 0002, revision 3).
--
-- Follow, like and repost records are keyed by TIDs: base32-sortable timestamps set when the record
-- is created. Jetstream delivers them in time order, so an index that starts with rkey receives each
-- new row at its right edge, like a time index. The old keys started with the actor's DID, which is
-- random: every insert landed on a random leaf page, and on a year of history those pages no longer
-- fit the page cache, so each commit read and rewrote thousands of them.
--
-- The key columns stay the same (the same rows are unique, ON CONFLICT behaves as before); only
-- their order changes. Every lookup the writer makes gives all of them, or (follower_did, rkey),
-- which the new order serves as well. The one query by follower alone (the campaigns' "unfollowed
-- before") gets a small partial index over unfollow events.

-- follow_events: (follower_did, subject_did, kind, rkey) → (rkey, follower_did, subject_did, kind).
CREATE TABLE follow_events_v4 (
    follower_did    TEXT NOT NULL,
    subject_did     TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('follow', 'unfollow')),
    rkey            TEXT NOT NULL DEFAULT '',
    time_us         BIGINT NOT NULL,
    source          TEXT NOT NULL,
    PRIMARY KEY (rkey, follower_did, subject_did, kind)
);
INSERT INTO follow_events_v4 (follower_did, subject_did, kind, rkey, time_us, source)
SELECT follower_did, subject_did, kind, rkey, time_us, source FROM follow_events;
DROP TABLE follow_events;
ALTER TABLE follow_events_v4 RENAME TO follow_events;
CREATE INDEX follow_events_subject_time ON follow_events (subject_did, time_us);
CREATE INDEX follow_events_unfollows ON follow_events (follower_did, subject_did) WHERE kind = 'unfollow';

-- engagement_events: (actor_did, collection, rkey) → (rkey, actor_did, collection).
CREATE TABLE engagement_events_v4 (
    actor_did       TEXT NOT NULL,
    collection      TEXT NOT NULL,
    rkey            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('like', 'repost', 'reply', 'quote')),
    subject_uri     TEXT NOT NULL,
    subject_did     TEXT NOT NULL,
    time_us         BIGINT NOT NULL,
    deleted_at_us   BIGINT,
    PRIMARY KEY (rkey, actor_did, collection)
);
INSERT INTO engagement_events_v4 (actor_did, collection, rkey, kind, subject_uri, subject_did, time_us, deleted_at_us)
SELECT actor_did, collection, rkey, kind, subject_uri, subject_did, time_us, deleted_at_us FROM engagement_events;
DROP TABLE engagement_events;
ALTER TABLE engagement_events_v4 RENAME TO engagement_events;
CREATE INDEX engagement_subject_time ON engagement_events (subject_did, time_us);
CREATE INDEX engagement_subject_uri ON engagement_events (subject_uri);

-- follow_edges keeps its (follower_did, subject_did) key: the writer looks edges up by that pair.
-- Its rkey index serves deletes, which name only (follower_did, rkey).
DROP INDEX follow_edges_rkey;
CREATE INDEX follow_edges_rkey ON follow_edges (rkey, follower_did);

-- post_engagement_daily: one B-tree instead of three. The writer updates a row of it for nearly
-- every like or repost (one per post and day in a batch); with a rowid table, a key index and the
-- reports' covering index, each update rewrote an entry in all three. Keyed in the reports' order
-- (account, post, day) and holding the counts, the table is that covering index (same rows unique).
-- WITHOUT ROWID is SQLite's; the PostgreSQL dialect drops the clause (a heap plus the key index).
CREATE TABLE post_engagement_daily_v4 (
    subject_did     TEXT NOT NULL,
    day             BIGINT NOT NULL,
    subject_uri     TEXT NOT NULL,
    like_count      BIGINT NOT NULL DEFAULT 0,
    repost_count    BIGINT NOT NULL DEFAULT 0,
    reply_count     BIGINT NOT NULL DEFAULT 0,
    quote_count     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_did, subject_uri, day)
) WITHOUT ROWID;
INSERT INTO post_engagement_daily_v4 (subject_did, day, subject_uri, like_count, repost_count, reply_count, quote_count)
SELECT subject_did, day, subject_uri, like_count, repost_count, reply_count, quote_count FROM post_engagement_daily;
DROP TABLE post_engagement_daily;
ALTER TABLE post_engagement_daily_v4 RENAME TO post_engagement_daily;
