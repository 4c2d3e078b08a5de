#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ge::test {

// Builds a Growth Engine database (real migrations, real SQLite file) with deterministic data
// for reports: an own account "alice.test" with followers, unfollows, engagement, posts,
// campaigns, a collector gap, a backfill and unattributed unfollows between 2026-01-01 and
// 2026-03-31; a watched account "quiet.test" with nothing. Names and post texts hold nasty
// strings (quotes, commas, newlines, emoji, right-to-left text).
struct ReportFixture
{
    static constexpr auto kAliceDid = "did:plc:alice0000000000000000000";
    static constexpr auto kQuietDid = "did:plc:quiet0000000000000000000";

    // Nasty strings used in display names and post texts.
    static QStringList nastyStrings();

    // Creates the database at path (must not exist). followers/events scale the data set
    // (the defaults make a small, fast fixture). Returns an empty string on success, else the error.
    static QString create(const QString &path, int followers = 400, int engagementEvents = 3000);
};

} // namespace ge::test
