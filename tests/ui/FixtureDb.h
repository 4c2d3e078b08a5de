#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace ge::test {

// Generates a dashboard fixture database: the real schema (storage's migrations) filled with a
// deterministic history of `days` days for `accounts` tracked accounts — followers arriving on an
// accelerating curve with two "viral" days, unfollows, following edges (mutuals and
// not-followed-back), profiles, engagement events, daily follower snapshots and the daily
// aggregates the writer keeps. Bulk rows are produced inside SQLite (recursive CTEs), so even the
// benchmark's millions of rows take seconds.
struct FixtureSpec
{
    int accounts = 3;
    int days = 365;
    int followersPerAccount = 1500;   // follow edges per account (about half from backfill, half from events)
    int engagementPerAccount = 20000; // engagement events per account
    qint64 nowUs = 1'763'800'000'000'000; // 2025-11-22 08:26:40 UTC
    // Real Jetstream captures (*.jsonl) replayed through the product's parser, filter and storage
    // writer after the generated history; empty → none. The dashboard tests use
    // defaultCapturesDir(): $GE_TEST_DATA_DIR/jetstream (copies of the shared fixtures, see
    // tests/data/jetstream/PROVENANCE.md).
    QString capturesDir;
    // Health checks of the last 24 h (every 5 min per dependency, with an outage and slow spells).
    bool healthHistory = false;

    static QString defaultCapturesDir();
};

struct FixtureInfo
{
    QStringList accountDids;   // did:plc:acct0 ...
    QStringList handles;       // account0.test ...
    qint64 followEvents = 0;
    qint64 engagementEvents = 0;
    qint64 viralDayUs = 0;     // start (UTC) of the day with the most new followers
    int replayedFiles = 0;     // real captures replayed
    qint64 replayedLines = 0;
    qint64 replayedEvents = 0;
    qint64 replayedMatched = 0; // events the filter kept (follows of / engagement with tracked DIDs)
    qint64 replayedUnreadable = 0;
    qint64 healthChecks = 0;
};

Result<FixtureInfo> createFixtureDb(const QString &path, const FixtureSpec &spec);
// Creates the schema only (an empty database the app would create on first start).
Status createEmptyDb(const QString &path);

} // namespace ge::test
