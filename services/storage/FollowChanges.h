#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ge::storage {

// Every follow and unfollow of the follow graph, as rows (follower_did, subject_did, kind, rkey,
// time_us, source) with kind 'follow' or 'unfollow'.
//
// From schema v5 that is the view follow_changes: a new edge is its own first follow (the edge's
// first_seen_us), and follow_events holds the unfollows and re-follows (migration 0005, ADR 0002
// revision 5). A database written by an older version and opened read-only (reports on a copy)
// has no view; there follow_events held every follow itself. Returns the name to select from.
QString followChangesRelation(const QSqlDatabase &db);

} // namespace ge::storage
