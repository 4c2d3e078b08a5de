#include "reliability/RateLimiter.h"

#include "reliability/ReliabilityLog.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace ge::reliability {

namespace {

constexpr qint64 kUsPerSecond = 1'000'000;

qint64 windowUs(const BucketConfig &c)
{
    return std::max<qint64>(1, c.window.count()) * kUsPerSecond;
}

// Spends closer together than this are merged into one log entry (moved to the later time).
qint64 mergeSlotUs(const BucketConfig &c)
{
    return std::max<qint64>(kUsPerSecond / 10, windowUs(c) / 512);
}

} // namespace

RateLimiter::RateLimiter(const Clock &clock, BucketStore *store)
    : m_clock(clock)
    , m_store(store)
{
}

QString RateLimiter::writesHourBucket(const QString &accountDid)
{
    return QStringLiteral("writes.hour:") + accountDid;
}

QString RateLimiter::writesDayBucket(const QString &accountDid)
{
    return QStringLiteral("writes.day:") + accountDid;
}

QList<BucketConfig> RateLimiter::accountWriteBuckets(const QString &accountDid, double headroomFraction)
{
    const double f = std::clamp(headroomFraction, 0.0, 0.95);
    BucketConfig hour{writesHourBucket(accountDid), 5000, std::chrono::hours(1), static_cast<qint64>(std::ceil(5000 * f))};
    BucketConfig day{writesDayBucket(accountDid), 35000, std::chrono::hours(24), static_cast<qint64>(std::ceil(35000 * f))};
    return {hour, day};
}

QList<BucketConfig> RateLimiter::globalBuckets()
{
    return {
        BucketConfig{requestsBucket(), 3000, std::chrono::minutes(5), 0},
        BucketConfig{createSessionBucket(), 30, std::chrono::minutes(5), 0},
    };
}

Status RateLimiter::addBucket(const BucketConfig &config)
{
    if (config.name.isEmpty() || config.limit <= 0 || config.window.count() <= 0)
        return Error::validation(QStringLiteral("invalid rate-limit bucket '%1'").arg(config.name));
    std::optional<BucketState> restored;
    bool known = false;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_buckets.find(config.name);
        if (it != m_buckets.end()) {
            it->config = config;
            known = true;
        }
    }
    if (known)
        return {};
    Status loadStatus;
    if (m_store) {
        Result<std::optional<BucketState>> loaded = m_store->load(config.name);
        if (loaded)
            restored = *loaded;
        else
            loadStatus = loaded.error();
    }
    QMutexLocker lock(&m_mutex);
    Bucket bucket;
    bucket.config = config;
    const qint64 now = m_clock.nowUs();
    if (restored) {
        const qint64 spent = std::max<qint64>(0, config.budget() - static_cast<qint64>(std::floor(restored->tokens)));
        // Counted as spent at the save time: never earlier than the real spends were.
        const qint64 at = std::min(restored->updatedAtUs, now);
        if (spent > 0 && at > now - windowUs(config)) {
            bucket.log.push_back({at, spent});
            bucket.used = spent;
        }
        if (restored->pausedUntilUs > now)
            bucket.pausedUntilUs = restored->pausedUntilUs;
    }
    m_buckets.insert(config.name, std::move(bucket));
    if (!loadStatus)
        qCWarning(lcReliability).noquote() << "rate-limit bucket" << config.name
                                           << "could not be restored:" << loadStatus.error().summary();
    return loadStatus;
}

bool RateLimiter::hasBucket(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_buckets.contains(name);
}

QStringList RateLimiter::bucketNames() const
{
    QMutexLocker lock(&m_mutex);
    QStringList names = m_buckets.keys();
    std::sort(names.begin(), names.end());
    return names;
}

void RateLimiter::expireLocked(Bucket &bucket, qint64 nowUs) const
{
    const qint64 cutoff = nowUs - windowUs(bucket.config);
    while (!bucket.log.empty() && bucket.log.front().atUs <= cutoff) {
        bucket.used -= bucket.log.front().points;
        bucket.log.pop_front();
    }
    if (bucket.log.empty())
        bucket.used = 0;
    if (bucket.serverResetUs && nowUs >= *bucket.serverResetUs) {
        bucket.serverRemaining.reset();
        bucket.serverResetUs.reset();
    }
    if (bucket.pausedUntilUs && nowUs >= bucket.pausedUntilUs)
        bucket.pausedUntilUs = 0;
}

qint64 RateLimiter::budgetLocked(const Bucket &bucket) const
{
    // A server limit lower than ours wins; a higher one never lifts our configured budget.
    const qint64 limit = std::min(bucket.serverLimit.value_or(bucket.config.limit), bucket.config.limit);
    return std::max<qint64>(0, limit - bucket.config.headroom);
}

qint64 RateLimiter::availableLocked(Bucket &bucket, qint64 nowUs) const
{
    expireLocked(bucket, nowUs);
    if (bucket.pausedUntilUs > nowUs)
        return 0;
    qint64 available = budgetLocked(bucket) - bucket.used;
    if (bucket.serverRemaining)
        available = std::min(available, *bucket.serverRemaining - bucket.config.headroom);
    return std::max<qint64>(0, available);
}

std::optional<qint64> RateLimiter::earliestLocked(const Bucket &bucket, qint64 nowUs, qint64 points) const
{
    const qint64 budget = budgetLocked(bucket);
    if (points > budget)
        return std::nullopt;
    qint64 t = nowUs;
    if (bucket.pausedUntilUs > t)
        t = bucket.pausedUntilUs;
    if (bucket.serverRemaining && bucket.serverResetUs && *bucket.serverRemaining - bucket.config.headroom < points)
        t = std::max(t, *bucket.serverResetUs);
    qint64 excess = bucket.used + points - budget;
    if (excess > 0) {
        for (const Spend &s : bucket.log) {
            excess -= s.points;
            if (excess <= 0) {
                t = std::max(t, s.atUs + windowUs(bucket.config));
                break;
            }
        }
    }
    return t;
}

void RateLimiter::spendLocked(Bucket &bucket, qint64 nowUs, qint64 points)
{
    if (!bucket.log.empty() && nowUs - bucket.log.back().atUs < mergeSlotUs(bucket.config)) {
        bucket.log.back().points += points;
        bucket.log.back().atUs = std::max(bucket.log.back().atUs, nowUs);
    } else {
        bucket.log.push_back({nowUs, points});
    }
    bucket.used += points;
    if (bucket.serverRemaining)
        *bucket.serverRemaining -= points;
    bucket.dirty = true;
}

Status RateLimiter::tryAcquire(const QStringList &buckets, int points)
{
    const qint64 p = std::max(0, points);
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nowUs();
    QVarLengthArray<Bucket *, 4> involved;
    bool allowed = true;
    for (const QString &name : buckets) {
        auto it = m_buckets.find(name);
        if (it == m_buckets.end())
            continue;
        involved.push_back(&*it);
        if (availableLocked(*it, now) < p)
            allowed = false;
    }
    if (allowed) {
        for (Bucket *b : involved)
            spendLocked(*b, now, p);
        return {};
    }
    std::optional<qint64> earliest = now;
    QString blocking;
    for (Bucket *b : involved) {
        const std::optional<qint64> e = earliestLocked(*b, now, p);
        if (!e) {
            earliest.reset();
            blocking = b->config.name;
            break;
        }
        if (*e > *earliest || blocking.isEmpty()) {
            if (*e >= *earliest)
                blocking = b->config.name;
            earliest = std::max(*earliest, *e);
        }
    }
    Error e;
    e.category = ErrorCategory::RateLimited;
    e.detail = QStringLiteral("bucket %1").arg(blocking);
    if (!earliest) {
        e.retryable = false;
        e.message = QCoreApplication::translate("RateLimiter", "%1 points exceed the budget of %2").arg(p).arg(blocking);
        return e;
    }
    const qint64 waitMs = std::max<qint64>(0, (*earliest - now + 999) / 1000);
    e.retryable = true;
    e.retryAfter = std::chrono::milliseconds(waitMs);
    e.message = QCoreApplication::translate("RateLimiter", "Rate limit reached (%1); next call possible in %2 s")
                    .arg(blocking)
                    .arg((waitMs + 999) / 1000);
    return e;
}

std::optional<qint64> RateLimiter::earliestAllowedUs(const QStringList &buckets, int points) const
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nowUs();
    qint64 t = now;
    for (const QString &name : buckets) {
        auto it = m_buckets.find(name);
        if (it == m_buckets.end())
            continue;
        expireLocked(*it, now);
        const std::optional<qint64> e = earliestLocked(*it, now, std::max(0, points));
        if (!e)
            return std::nullopt;
        t = std::max(t, *e);
    }
    return t;
}

void RateLimiter::updateFromServer(const QStringList &buckets, const RateLimitInfo &info)
{
    if (!info.present())
        return;
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nowUs();
    Bucket *target = nullptr;
    for (const QString &name : buckets) {
        auto it = m_buckets.find(name);
        if (it == m_buckets.end())
            continue;
        if (info.windowSeconds) {
            if (it->config.window.count() == *info.windowSeconds) {
                target = &*it;
                break;
            }
        } else {
            target = &*it;
            break;
        }
    }
    if (!target)
        return;
    expireLocked(*target, now);
    if (info.windowSeconds && info.limit && *info.limit > 0)
        target->serverLimit = *info.limit;
    if (info.remaining && info.resetAtUs && *info.resetAtUs > now) {
        target->serverRemaining = *info.remaining;
        target->serverResetUs = *info.resetAtUs;
    }
    target->dirty = true;
}

void RateLimiter::pauseUntil(const QStringList &buckets, qint64 untilUs)
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : buckets) {
        auto it = m_buckets.find(name);
        if (it == m_buckets.end())
            continue;
        it->pausedUntilUs = std::max(it->pausedUntilUs, untilUs);
        it->dirty = true;
        qCInfo(lcReliability).noquote() << "rate-limit bucket" << name << "paused until"
                                        << QDateTime::fromMSecsSinceEpoch(untilUs / 1000, Qt::UTC).toString(Qt::ISODate);
    }
}

BucketSnapshot RateLimiter::snapshotLocked(Bucket &bucket, qint64 nowUs) const
{
    BucketSnapshot s;
    s.available = availableLocked(bucket, nowUs);
    s.name = bucket.config.name;
    s.limit = std::min(bucket.serverLimit.value_or(bucket.config.limit), bucket.config.limit);
    s.budget = budgetLocked(bucket);
    s.used = bucket.used;
    s.windowSeconds = bucket.config.window.count();
    s.pausedUntilUs = bucket.pausedUntilUs;
    s.serverRemaining = bucket.serverRemaining;
    s.serverResetUs = bucket.serverResetUs;
    return s;
}

BucketSnapshot RateLimiter::snapshot(const QString &bucket) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end())
        return {};
    return snapshotLocked(*it, m_clock.nowUs());
}

QList<BucketSnapshot> RateLimiter::snapshots() const
{
    QList<BucketSnapshot> list;
    const QStringList names = bucketNames();
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nowUs();
    for (const QString &n : names) {
        auto it = m_buckets.find(n);
        if (it != m_buckets.end())
            list.append(snapshotLocked(*it, now));
    }
    return list;
}

Status RateLimiter::flush()
{
    if (!m_store)
        return {};
    QList<QPair<QString, BucketState>> pending;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = m_clock.nowUs();
        for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
            if (!it->dirty)
                continue;
            expireLocked(*it, now);
            BucketState st;
            st.tokens = static_cast<double>(std::max<qint64>(0, budgetLocked(*it) - it->used));
            st.updatedAtUs = now;
            st.pausedUntilUs = it->pausedUntilUs;
            pending.append({it.key(), st});
            it->dirty = false;
        }
    }
    Status result;
    for (const auto &p : pending) {
        const Status s = m_store->save(p.first, p.second);
        if (!s) {
            result = s;
            QMutexLocker lock(&m_mutex);
            auto it = m_buckets.find(p.first);
            if (it != m_buckets.end())
                it->dirty = true; // try again on the next flush
        }
    }
    return result;
}

} // namespace ge::reliability
