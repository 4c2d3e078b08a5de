#pragma once

// In-memory stand-ins for the campaign engine's seams: a FollowGateway that keeps a repository of
// follow records (the truth the engine reconciles against) and enforces a server-side fixed-window
// points limit (so a test can prove our pacing never earns a 429), and a CampaignStore wrapper
// that can "crash" (refuse every write from a given moment) to simulate kill -9 at any step.

#include "campaigns/CampaignStore.h"
#include "campaigns/FollowGateway.h"
#include "core/Clock.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace ge::campaigns::test {

// A clock that moves forward on every reading, like a real one (a ManualClock stands still between
// two readings, which hides "computed now, compared later" bugs).
class TickingClock final : public Clock
{
public:
    explicit TickingClock(qint64 startUs = 1'700'000'000'000'000) : m_us(startUs) {}
    qint64 nowUs() const override { return m_us.fetch_add(7) + 7; }
    qint64 monotonicMs() const override { return nowUs() / 1000; }
    void setAtLeastUs(qint64 us)
    {
        qint64 cur = m_us.load();
        while (cur < us && !m_us.compare_exchange_weak(cur, us)) {
        }
    }

private:
    mutable std::atomic<qint64> m_us;
};

struct CrashSwitch
{
    bool crashed = false;
};

class FakeGateway final : public FollowGateway
{
public:
    explicit FakeGateway(const Clock &clock) : m_clock(clock) {}

    QString accountDid = QStringLiteral("did:plc:self");
    QString accountHandle = QStringLiteral("self.test");
    QList<FollowerView> followers;        // in order, as getFollowers returns them
    QHash<QString, TargetProfile> profiles; // detailed profiles
    QHash<QString, qint64> lastPosts;
    QMap<QString, QString> records;       // uri -> subject (the repository)
    CrashSwitch *crash = nullptr;

    // Server-side limit (fixed window starting at the first write, like the PDS): 0 = off.
    int serverLimitPoints = 0;
    qint64 serverWindowUs = 3600LL * 1000 * 1000;
    int rateLimitedResponses = 0;

    // Hooks: called with the subject before the write is applied / after it was applied.
    // Return an Error to fail the call at that point (after-hooks: the record exists already).
    std::function<std::optional<Error>(const QString &subject)> beforeCreate;
    std::function<std::optional<Error>(const QString &subject)> afterCreate;
    std::function<std::optional<Error>(const QString &rkey)> beforeDelete;

    int createCalls = 0;
    int deleteCalls = 0;
    int listRecordsCalls = 0;

    QString addRecord(const QString &subject)
    {
        const QString uri = QStringLiteral("at://%1/app.bsky.graph.follow/r%2").arg(accountDid).arg(++m_rkey, 6, 10, QLatin1Char('0'));
        records.insert(uri, subject);
        return uri;
    }
    int recordsFor(const QString &subject) const
    {
        int n = 0;
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            n += it.value() == subject ? 1 : 0;
        return n;
    }
    void addFollower(const QString &did, qint64 followers = 100, qint64 follows = 100, bool avatar = true)
    {
        FollowerView v;
        v.profile.did = did;
        v.profile.handle = did.mid(did.lastIndexOf(QLatin1Char(':')) + 1) + QStringLiteral(".test");
        v.profile.avatarUrl = avatar ? QStringLiteral("https://cdn.test/a.jpg") : QString();
        TargetProfile p = v.profile;
        p.followersCount = followers;
        p.followsCount = follows;
        p.postsCount = 10;
        p.createdAtUs = m_clock.nowUs() - 400LL * 24 * 3600 * 1000 * 1000;
        followers_append(v);
        profiles.insert(did, p);
    }

    Result<QString> resolveAccount(const QString &handleOrDid) override
    {
        if (handleOrDid == accountHandle || handleOrDid == accountDid)
            return accountDid;
        return Error::make(ErrorCategory::NotFound, QStringLiteral("unknown account"));
    }
    Result<QList<FollowerView>> listFollowers(const QString &) override
    {
        if (crashed())
            return crashError();
        return followers;
    }
    Result<QList<FollowerView>> listFollows(const QString &) override
    {
        if (crashed())
            return crashError();
        QList<FollowerView> out;
        for (const QString &subject : records) {
            FollowerView v;
            v.profile.did = subject;
            out.append(v);
        }
        return out;
    }
    Result<QList<FollowRecord>> listFollowRecords(const QString &) override
    {
        if (crashed())
            return crashError();
        ++listRecordsCalls;
        QList<FollowRecord> out;
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            out.append({it.key(), it.value()});
        return out;
    }
    Result<QList<TargetProfile>> getProfiles(const QStringList &dids) override
    {
        QList<TargetProfile> out;
        for (const QString &d : dids)
            if (profiles.contains(d))
                out.append(profiles.value(d));
        return out;
    }
    Result<qint64> lastPostTime(const QString &did) override { return lastPosts.value(did, 0); }

    Result<WriteResult> createFollow(const QString &, const QString &subject) override
    {
        if (crashed())
            return crashError();
        ++createCalls;
        if (auto e = serverSpend(3))
            return *e;
        if (beforeCreate)
            if (auto e = beforeCreate(subject))
                return *e;
        WriteResult r;
        r.uri = addRecord(subject);
        r.rateLimit = serverHeaders();
        if (afterCreate)
            if (auto e = afterCreate(subject))
                return *e;
        return r;
    }
    Result<WriteResult> deleteFollow(const QString &, const QString &rkey) override
    {
        if (crashed())
            return crashError();
        ++deleteCalls;
        if (auto e = serverSpend(1))
            return *e;
        if (beforeDelete)
            if (auto e = beforeDelete(rkey))
                return *e;
        for (auto it = records.begin(); it != records.end(); ++it) {
            if (it.key().endsWith(QLatin1Char('/') + rkey)) {
                records.erase(it);
                break;
            }
        }
        WriteResult r;
        r.rateLimit = serverHeaders();
        return r;
    }

private:
    void followers_append(const FollowerView &v) { followers.append(v); }
    bool crashed() const { return crash && crash->crashed; }
    static Error crashError() { return Error::network(QStringLiteral("process died")); }
    std::optional<Error> serverSpend(int points)
    {
        if (serverLimitPoints <= 0)
            return std::nullopt;
        const qint64 now = m_clock.nowUs();
        if (m_windowStartUs == 0 || now >= m_windowStartUs + serverWindowUs) {
            m_windowStartUs = now;
            m_used = 0;
        }
        if (m_used + points > serverLimitPoints) {
            ++rateLimitedResponses;
            Error e = Error::make(ErrorCategory::RateLimited, QStringLiteral("Rate Limit Exceeded"), true);
            e.httpStatus = 429;
            e.xrpcError = QStringLiteral("RateLimitExceeded");
            e.retryAfter = std::chrono::milliseconds((m_windowStartUs + serverWindowUs - now) / 1000);
            return e;
        }
        m_used += points;
        return std::nullopt;
    }
    ServerRateLimit serverHeaders() const
    {
        ServerRateLimit s;
        if (serverLimitPoints <= 0)
            return s;
        s.limit = serverLimitPoints;
        s.remaining = serverLimitPoints - m_used;
        s.resetUs = m_windowStartUs + serverWindowUs;
        s.windowSeconds = int(serverWindowUs / 1000000);
        return s;
    }

    const Clock &m_clock;
    int m_rkey = 0;
    qint64 m_windowStartUs = 0;
    int m_used = 0;
};

// Forwards to a real store; once the crash switch is on, every write fails as if the process had
// died at that instant. crashOnUpdate lets a test pull the plug at a chosen updateItem().
class CrashableStore final : public CampaignStore
{
public:
    CrashableStore(CampaignStore &inner, CrashSwitch &crash) : m_inner(inner), m_crash(crash) {}

    std::function<bool(const CampaignItem &item)> crashOnUpdate;

    Result<qint64> createCampaign(const CampaignRow &row, const QList<CampaignItem> &items) override
    {
        if (m_crash.crashed)
            return dead();
        return m_inner.createCampaign(row, items);
    }
    Result<CampaignRow> campaign(qint64 id) override { return m_inner.campaign(id); }
    Result<QList<CampaignRow>> campaigns(const QString &a) override { return m_inner.campaigns(a); }
    Result<QList<CampaignItem>> items(qint64 id) override { return m_inner.items(id); }
    Result<QList<CampaignItem>> itemsInState(qint64 id, ItemState s) override { return m_inner.itemsInState(id, s); }
    Result<std::optional<CampaignItem>> nextPending(qint64 id) override { return m_inner.nextPending(id); }
    Status updateItem(const CampaignItem &item) override
    {
        if (!m_crash.crashed && crashOnUpdate && crashOnUpdate(item))
            m_crash.crashed = true;
        if (m_crash.crashed)
            return dead();
        return m_inner.updateItem(item);
    }
    Result<bool> transition(qint64 id, const QList<CampaignState> &from, CampaignState to, const QString &reason,
                            qint64 nowUs) override
    {
        if (m_crash.crashed)
            return dead();
        return m_inner.transition(id, from, to, reason, nowUs);
    }
    Result<int> cancelPending(qint64 id, qint64 nowUs) override
    {
        if (m_crash.crashed)
            return dead();
        return m_inner.cancelPending(id, nowUs);
    }
    Result<QList<QPair<ItemState, int>>> counts(qint64 id) override { return m_inner.counts(id); }
    Result<QList<CampaignRow>> unfinished(const QString &a) override { return m_inner.unfinished(a); }
    Result<QSet<QString>> previouslyUnfollowed(const QString &a) override { return m_inner.previouslyUnfollowed(a); }
    Result<QSet<QString>> targetsInUnfinishedCampaigns(const QString &a) override
    {
        return m_inner.targetsInUnfinishedCampaigns(a);
    }
    Result<QList<QPair<qint64, int>>> writesSince(const QString &a, qint64 since) override
    {
        return m_inner.writesSince(a, since);
    }

private:
    static Error dead() { return Error::storage(QStringLiteral("process died")); }
    CampaignStore &m_inner;
    CrashSwitch &m_crash;
};

class MemoryAudit final : public AuditSink
{
public:
    QList<AuditRecord> records;
    CrashSwitch *crash = nullptr;
    Status append(const AuditRecord &record) override
    {
        if (crash && crash->crashed)
            return Error::storage(QStringLiteral("process died"));
        records.append(record);
        return {};
    }
    int count(const QString &action, const QString &result = {}) const
    {
        int n = 0;
        for (const AuditRecord &r : records)
            n += (r.action == action && (result.isEmpty() || r.result == result)) ? 1 : 0;
        return n;
    }
};

} // namespace ge::campaigns::test
