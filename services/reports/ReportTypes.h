#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ge::reports {

// Version of the report data layout; the JSON output carries it as "version"
// (docs/report-schema.json). Bump on any incompatible change.
inline constexpr int kReportSchemaVersion = 1;

// Engagement score of one interaction mix: like + 2·repost + 3·reply + 2·quote.
constexpr qint64 engagementScore(qint64 likes, qint64 reposts, qint64 replies, qint64 quotes)
{
    return likes + 2 * reposts + 3 * replies + 2 * quotes;
}

// A report period: whole UTC days, both ends inclusive.
struct ReportPeriod
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    // [startUs, endUs): microseconds since the epoch, UTC midnight of `from` and of the day after `to`.
    qint64 startUs() const;
    qint64 endUs() const;
};

struct EngagementTotals
{
    qint64 likes = 0;
    qint64 reposts = 0;
    qint64 replies = 0;
    qint64 quotes = 0;

    qint64 score() const { return engagementScore(likes, reposts, replies, quotes); }
    qint64 total() const { return likes + reposts + replies + quotes; }
    EngagementTotals &operator+=(const EngagementTotals &o)
    {
        likes += o.likes;
        reposts += o.reposts;
        replies += o.replies;
        quotes += o.quotes;
        return *this;
    }
    bool operator==(const EngagementTotals &) const = default;
};

// One UTC day of the period.
struct DailyRow
{
    QDate day;
    qint64 newFollowers = 0;
    qint64 lostFollowers = 0;
    qint64 followersAtEndOfDay = 0; // known follow edges active at the end of the day
    EngagementTotals engagement;

    qint64 net() const { return newFollowers - lostFollowers; }
};

struct FollowerRow
{
    QString did;
    QString handle;
    QString displayName;
    qint64 followersCount = 0; // their own follower count (profile), 0 when unknown
    QDateTime followedAt;      // UTC
};

struct PostRow
{
    QString uri;
    QString text;
    QDateTime createdAt; // UTC; invalid when the post row is unknown
    EngagementTotals engagement;
};

struct CampaignRow
{
    qint64 id = 0;
    QString kind;
    QString state;
    bool dryRun = false;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 items = 0;
    QMap<QString, qint64> itemsByState; // campaign item state -> count
};

// Something the reader of the report should know about the quality of the numbers.
struct QualityNote
{
    QString kind; // "collector_gap", "backfill", "unattributed_unfollows", "untracked_change", "no_data"
    QDateTime from;
    QDateTime to;
    qint64 count = 0;
    QString detail; // technical detail (component, source), not translated
};

struct AccountReport
{
    QString did;
    QString handle;
    QString displayName;
    ReportPeriod period;

    qint64 followersAtStart = 0; // known follow edges active at the start of the period
    qint64 followersAtEnd = 0;   // ... and at its end
    std::optional<qint64> reportedFollowersAtStart; // latest follower-count snapshot at or before start
    std::optional<qint64> reportedFollowersAtEnd;   // latest snapshot before the end
    qint64 newFollowers = 0;
    qint64 lostFollowers = 0;
    qint64 mutualsAtEnd = 0;
    EngagementTotals engagement;
    bool observedBeforeEnd = false; // any follow edge or snapshot recorded before the period ended

    QList<DailyRow> daily;
    QList<DailyRow> bestDays; // highest net gain first
    QList<FollowerRow> topNewFollowers;
    QList<PostRow> topPosts;
    QList<CampaignRow> campaigns;
    QList<QualityNote> notes;

    qint64 netChange() const { return followersAtEnd - followersAtStart; }
    bool hasData() const;
};

struct Report
{
    int version = kReportSchemaVersion;
    QDateTime generatedAt; // UTC
    ReportPeriod period;
    QList<AccountReport> accounts;

    bool hasData() const;
};

struct ReportOptions
{
    int topFollowers = 10;
    int topPosts = 10;
    int bestDays = 5;
};

} // namespace ge::reports
