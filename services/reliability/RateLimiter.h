#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "reliability/BucketStore.h"
#include "reliability/RateLimitHeaders.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <chrono>
#include <deque>

namespace ge::reliability {

// Point costs of Bluesky's write limits.
enum class WriteOp { Create = 3, Update = 2, Delete = 1 };
constexpr int pointsFor(WriteOp op) { return static_cast<int>(op); }

struct BucketConfig
{
    QString name;
    qint64 limit = 0;                 // points per window
    std::chrono::seconds window{3600};
    qint64 headroom = 0;              // points left for the person's own activity
    qint64 budget() const { return limit > headroom ? limit - headroom : 0; }
};

struct BucketSnapshot
{
    QString name;
    qint64 limit = 0;
    qint64 budget = 0;           // limit - headroom (the server's limit wins when it reports one)
    qint64 used = 0;             // points spent in the current window (client view)
    qint64 available = 0;        // what may be spent now (client and server views, pause)
    qint64 windowSeconds = 0;
    qint64 pausedUntilUs = 0;    // 0: not paused
    std::optional<qint64> serverRemaining;
    std::optional<qint64> serverResetUs;
};

// Client-side rate limiting with points.
//
// Each bucket accounts points over a sliding window (a log of spends, merged in small time
// slots, each merge moving spends later, never earlier), so over ANY interval of the window's
// length no more than budget() points are granted — a continuously refilling token bucket
// could grant up to twice that. The server is the authority: RateLimit-* headers of every
// response cap what is available until their reset, a lower server limit replaces ours, and a 429
// pauses the bucket until the reset. Thread-safe. State persists through a BucketStore
// (load on addBucket, save on flush) so a restart does not refill an hourly budget.
class RateLimiter
{
public:
    explicit RateLimiter(const Clock &clock, BucketStore *store = nullptr);

    // Bluesky's limits: per account writes 5000 points/hour and 35000/day (each minus
    // headroomFraction), all requests 3000 per 5 min per IP, createSession 30 per 5 min.
    static QString writesHourBucket(const QString &accountDid);
    static QString writesDayBucket(const QString &accountDid);
    static QString requestsBucket() { return QStringLiteral("requests.5min"); }
    static QString createSessionBucket() { return QStringLiteral("createSession.5min"); }
    static QList<BucketConfig> accountWriteBuckets(const QString &accountDid, double headroomFraction);
    static QList<BucketConfig> globalBuckets();

    // Adds (or reconfigures) a bucket; restores persisted state from the store if present.
    Status addBucket(const BucketConfig &config);
    bool hasBucket(const QString &name) const;
    QStringList bucketNames() const;

    // All-or-nothing: spends `points` from every named bucket if all allow it now.
    // Unknown bucket names are ignored. Fails with rate_limited (retryAfter = earliest time).
    Status tryAcquire(const QStringList &buckets, int points);
    // Earliest wall time (us) at which `points` could be spent from all buckets, assuming
    // no other spending; now if allowed at once; std::nullopt if it can never be allowed
    // (points exceed a bucket's budget).
    std::optional<qint64> earliestAllowedUs(const QStringList &buckets, int points) const;
    std::optional<qint64> earliestAllowedUs(const QString &bucket, int points) const
    {
        return earliestAllowedUs(QStringList{bucket}, points);
    }

    // Applies a server response's headers. With a policy window, the bucket among `buckets`
    // whose window matches is updated; without, the first bucket is.
    void updateFromServer(const QStringList &buckets, const RateLimitInfo &info);
    // A 429: pauses the buckets until untilUs (the reset / Retry-After).
    void pauseUntil(const QStringList &buckets, qint64 untilUs);

    BucketSnapshot snapshot(const QString &bucket) const;
    QList<BucketSnapshot> snapshots() const;

    // Saves every bucket changed since the last flush. Call on the store's thread.
    Status flush();

private:
    struct Spend
    {
        qint64 atUs;
        qint64 points;
    };
    struct Bucket
    {
        BucketConfig config;
        std::deque<Spend> log;
        qint64 used = 0;
        qint64 pausedUntilUs = 0;
        std::optional<qint64> serverLimit;
        std::optional<qint64> serverRemaining; // decremented by local spends until the reset
        std::optional<qint64> serverResetUs;
        bool dirty = false;
    };
    void expireLocked(Bucket &bucket, qint64 nowUs) const;
    qint64 budgetLocked(const Bucket &bucket) const;
    qint64 availableLocked(Bucket &bucket, qint64 nowUs) const;
    std::optional<qint64> earliestLocked(const Bucket &bucket, qint64 nowUs, qint64 points) const;
    void spendLocked(Bucket &bucket, qint64 nowUs, qint64 points);
    BucketSnapshot snapshotLocked(Bucket &bucket, qint64 nowUs) const;

    const Clock &m_clock;
    BucketStore *m_store;
    mutable QMutex m_mutex;
    mutable QHash<QString, Bucket> m_buckets;
};

} // namespace ge::reliability
