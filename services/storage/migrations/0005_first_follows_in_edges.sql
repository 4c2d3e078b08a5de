-- Schema v5: a first follow is its edge (ADR 0002, revision 5).
--
-- Until v4 every follow that created an edge was stored twice: as the follow_edges row and as a
-- follow_events row (follower, subject, 'follow', rkey, time = the edge's first_seen_us, source).
-- The event row cost three more B-tree inserts per new follower (table, key, subject/time index),
-- nearly doubling the writer's work for the most common event of all, and said nothing the edge
-- does not say. From v5 follow_events holds only what an edge cannot: unfollows, and the follows
-- that re-activated a removed edge (re-follows). Readers ask the view follow_changes, which is
-- the old follow_events again: the edges' first follows plus the stored events.
--
-- One difference remains and is intended: a first follow is no longer pruned by the raw-event
-- retention; it lives as long as its edge (the edge is state, kept forever).

-- The first follows of an account in a time range (the view's first arm); new edges land at the
-- right end of their account's range, like a time index.
CREATE INDEX follow_edges_subject_first ON follow_edges (subject_did, first_seen_us);

-- The stored first follows: the 'follow' event with the edge's first_seen_us. A re-follow is
-- always later than the edge's first sighting, so it cannot match.
DELETE FROM follow_events
WHERE kind = 'follow'
  AND EXISTS (SELECT 1 FROM follow_edges e
              WHERE e.follower_did = follow_events.follower_did
                AND e.subject_did = follow_events.subject_did
                AND e.first_seen_us = follow_events.time_us);

CREATE VIEW follow_changes AS
SELECT follower_did, subject_did, 'follow' AS kind, rkey, first_seen_us AS time_us, source
FROM follow_edges
UNION ALL
SELECT follower_did, subject_did, kind, rkey, time_us, source
FROM follow_events;
