#pragma once

#include "analytics/AnalyticsTypes.h"
#include "core/Clock.h"
#include "core/Error.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace ge::analytics {

class AnalyticsWorker;

// GUI-side facade of the dashboard's read queries. Each request returns an id at once and
// runs on a named reader thread ("ge-analytics") with that thread's own read-only SQLite
// connection; the answer arrives as a signal on the thread that owns this object.
// A newer request on the same channel from the same owner (e.g. a page) makes an older, not yet
// started one a no-op, so a user clicking through ranges never queues stale work; different
// owners never cancel each other.
class AnalyticsService : public QObject
{
    Q_OBJECT
public:
    enum class Channel { Accounts, Summaries, History, Audience, DayPeople, Count };

    AnalyticsService(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~AnalyticsService() override;

    QString databasePath() const { return m_path; }

    quint64 requestAccounts(const void *owner = nullptr);
    // Empty dids: every tracked account. summariesReady() comes twice for one request: first
    // without the mutuals count (mutualsKnown false), then complete.
    quint64 requestSummaries(const QStringList &dids, const void *owner = nullptr);
    // One history per did (not summed), contiguous [from, to].
    quint64 requestHistory(const QStringList &dids, QDate from, QDate to, const void *owner = nullptr);
    quint64 requestAudience(const AudienceQuery &query, const void *owner = nullptr, Channel channel = Channel::Audience);

    // The offset used to cut days. Default 0: UTC days, read from storage's daily aggregates.
    void setUtcOffsetSeconds(int seconds) { m_offset.store(seconds); }
    int utcOffsetSeconds() const { return m_offset.load(); }
    const Clock &clock() const { return m_clock; }

    // Storage committed new rows: coalesced into at most one dataChanged() per interval.
    void notifyDataChanged();
    void setRefreshIntervalMs(int ms) { m_refresh.setInterval(ms); }

Q_SIGNALS:
    void accountsReady(quint64 id, const QList<ge::analytics::TrackedAccount> &accounts);
    void summariesReady(quint64 id, const QList<ge::analytics::AccountSummary> &summaries);
    void historyReady(quint64 id, const QList<ge::analytics::AccountHistory> &histories);
    void audienceReady(quint64 id, const ge::analytics::AudiencePage &page);
    void failed(quint64 id, const ge::Error &error);
    void dataChanged();

private:
    friend class AnalyticsWorker;
    using Key = QPair<int, quintptr>;
    quint64 next(Channel channel, const void *owner);
    bool isCurrent(const Key &key, quint64 id) const;

    QString m_path;
    const Clock &m_clock;
    std::atomic<int> m_offset;
    QThread *m_thread = nullptr;
    AnalyticsWorker *m_worker = nullptr;
    std::atomic<quint64> m_lastId{0};
    mutable QMutex m_latestMutex;
    QHash<Key, quint64> m_latest; // newest request id per (channel, owner)
    std::atomic<bool> m_closing{false};
    QTimer m_refresh;
    bool m_dirty = false;
};

} // namespace ge::analytics
