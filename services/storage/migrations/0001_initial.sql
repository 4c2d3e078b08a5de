-- Growth Engine schema v1. All times are Unix microseconds (BIGINT, suffix _us).
-- Keyed by DID everywhere: handles change, DIDs do not.

CREATE TABLE accounts (
    did             TEXT PRIMARY KEY,
    handle          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('own', 'watched')),
    pds_url         TEXT,
    added_at_us     BIGINT NOT NULL,
    removed_at_us   BIGINT
);

CREATE TABLE profiles (
    did             TEXT PRIMARY KEY,
    handle          TEXT,
    display_name    TEXT,
    description     TEXT,
    avatar_url      TEXT,
    followers_count BIGINT,
    follows_count   BIGINT,
    posts_count     BIGINT,
    created_at_us   BIGINT,
    labels_json     TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    status          TEXT,
    updated_at_us   BIGINT NOT NULL
);
CREATE INDEX profiles_handle ON profiles (handle);

-- Current follow relation, one row per (follower, subject). A re-follow after an unfollow
-- clears removed_at_us and stores the new rkey; history lives in follow_events.
CREATE TABLE follow_edges (
    follower_did    TEXT NOT NULL,
    subject_did     TEXT NOT NULL,
    rkey            TEXT NOT NULL DEFAULT '',
    first_seen_us   BIGINT NOT NULL,
    last_seen_us    BIGINT NOT NULL,
    removed_at_us   BIGINT,
    source          TEXT NOT NULL,
    PRIMARY KEY (follower_did, subject_did)
);
CREATE INDEX follow_edges_subject ON follow_edges (subject_did, removed_at_us, first_seen_us);
CREATE INDEX follow_edges_rkey ON follow_edges (follower_did, rkey);

-- Follow and unfollow events, for new/lost per day. Idempotent on (follower, subject, kind, rkey, time bucket).
CREATE TABLE follow_events (
    follower_did    TEXT NOT NULL,
    subject_did     TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('follow', 'unfollow')),
    rkey            TEXT NOT NULL DEFAULT '',
    time_us         BIGINT NOT NULL,
    source          TEXT NOT NULL,
    PRIMARY KEY (follower_did, subject_did, kind, rkey)
);
CREATE INDEX follow_events_subject_time ON follow_events (subject_did, time_us);

-- Deletes of follow records by known followers of tracked accounts whose rkey we never saw.
CREATE TABLE unattributed_unfollows (
    follower_did    TEXT NOT NULL,
    rkey            TEXT NOT NULL,
    time_us         BIGINT NOT NULL,
    PRIMARY KEY (follower_did, rkey)
);

CREATE TABLE follower_snapshots (
    account_did     TEXT NOT NULL,
    taken_at_us     BIGINT NOT NULL,
    followers_count BIGINT NOT NULL,
    follows_count   BIGINT NOT NULL,
    source          TEXT NOT NULL,
    PRIMARY KEY (account_did, taken_at_us)
);

CREATE TABLE posts (
    author_did      TEXT NOT NULL,
    rkey            TEXT NOT NULL,
    cid             TEXT,
    text            TEXT,
    created_at_us   BIGINT,
    time_us         BIGINT NOT NULL,
    deleted_at_us   BIGINT,
    like_count      BIGINT NOT NULL DEFAULT 0,
    repost_count    BIGINT NOT NULL DEFAULT 0,
    reply_count     BIGINT NOT NULL DEFAULT 0,
    quote_count     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (author_did, rkey)
);

CREATE TABLE engagement_events (
    actor_did       TEXT NOT NULL,
    collection      TEXT NOT NULL,
    rkey            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('like', 'repost', 'reply', 'quote')),
    subject_uri     TEXT NOT NULL,
    subject_did     TEXT NOT NULL,
    time_us         BIGINT NOT NULL,
    deleted_at_us   BIGINT,
    PRIMARY KEY (actor_did, collection, rkey)
);
CREATE INDEX engagement_subject_time ON engagement_events (subject_did, time_us);
CREATE INDEX engagement_subject_uri ON engagement_events (subject_uri);

CREATE TABLE jetstream_cursors (
    endpoint        TEXT PRIMARY KEY,
    cursor_us       BIGINT NOT NULL,
    updated_at_us   BIGINT NOT NULL
);

CREATE TABLE backfill_state (
    account_did     TEXT NOT NULL,
    kind            TEXT NOT NULL,
    cursor          TEXT,
    pages           BIGINT NOT NULL DEFAULT 0,
    items           BIGINT NOT NULL DEFAULT 0,
    started_at_us   BIGINT,
    completed_at_us BIGINT,
    PRIMARY KEY (account_did, kind)
);

CREATE TABLE campaigns (
    id              INTEGER PRIMARY KEY,
    account_did     TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('follow_back', 'undo')),
    state           TEXT NOT NULL,
    dry_run         INTEGER NOT NULL DEFAULT 0,
    filters_json    TEXT,
    max_per_hour    INTEGER,
    parent_id       INTEGER REFERENCES campaigns (id),
    created_at_us   BIGINT NOT NULL,
    started_at_us   BIGINT,
    finished_at_us  BIGINT,
    state_reason    TEXT
);
CREATE INDEX campaigns_account ON campaigns (account_did, state);

CREATE TABLE campaign_items (
    campaign_id     INTEGER NOT NULL REFERENCES campaigns (id),
    target_did      TEXT NOT NULL,
    state           TEXT NOT NULL,
    follow_uri      TEXT,
    error           TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    updated_at_us   BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, target_did)
);
CREATE INDEX campaign_items_state ON campaign_items (campaign_id, state);

-- Append-only; each row carries the hash of the previous row (hash chain).
CREATE TABLE audit_log (
    seq             INTEGER PRIMARY KEY,
    at_us           BIGINT NOT NULL,
    actor           TEXT NOT NULL,
    account_did     TEXT,
    action          TEXT NOT NULL,
    target          TEXT,
    result          TEXT NOT NULL,
    details_json    TEXT,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL
);

CREATE TABLE health_checks (
    id              INTEGER PRIMARY KEY,
    component       TEXT NOT NULL,
    status          TEXT NOT NULL,
    latency_ms      BIGINT,
    error           TEXT,
    checked_at_us   BIGINT NOT NULL
);
CREATE INDEX health_checks_component_time ON health_checks (component, checked_at_us);

CREATE TABLE breaker_transitions (
    id              INTEGER PRIMARY KEY,
    breaker         TEXT NOT NULL,
    from_state      TEXT NOT NULL,
    to_state        TEXT NOT NULL,
    reason          TEXT,
    at_us           BIGINT NOT NULL
);
CREATE INDEX breaker_transitions_breaker_time ON breaker_transitions (breaker, at_us);

-- Client-side rate-limit buckets persist so a restart does not refill an hourly budget.
CREATE TABLE rate_limit_buckets (
    bucket          TEXT PRIMARY KEY,
    tokens          DOUBLE PRECISION NOT NULL,
    updated_at_us   BIGINT NOT NULL,
    paused_until_us BIGINT
);
