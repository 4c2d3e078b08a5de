#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace ge::models {

// Watches committed follows of the tracked accounts for the "N new followers" notification.
// After storage commits (notifyDataChanged(), coalesced to at most one read per poll interval) it
// reads, on a worker thread with its own read-only connection, the follows added since the last
// read whose subject is a tracked account: new follow edges (a first follow is its edge) and
// re-follow events, each by rowid above the last one seen in its table, from the live stream only:
// a backfill crawl's follows are the existing audience, not new followers. Rows that existed when
// start() ran never count.
class NewFollowersWatcher : public QObject
{
    Q_OBJECT
public:
    explicit NewFollowersWatcher(QString sqlitePath, QObject *parent = nullptr);
    ~NewFollowersWatcher() override;

    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }
    // Reads the baseline (newest rowid) and then follows commits; ready() when the baseline is known.
    void start();
    // Storage committed rows: read again after the poll interval.
    void notifyDataChanged();
    // Reads now (no-op while a read runs; it is repeated after it).
    void pollNow();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void ready();
    void newFollowers(const QString &accountDid, const QString &handle, qint64 count);
    void failed(const QString &message);

private:
    struct Delta
    {
        QString did;
        QString handle;
        qint64 count = 0;
    };
    // Newest rowids seen in follow_edges and follow_events.
    struct Marks
    {
        qint64 edges = 0;
        qint64 events = 0;
    };
    struct Read
    {
        bool ok = false;
        QString error;
        Marks newest;
        QList<Delta> deltas;
    };
    static Read read(const QString &path, Marks after, bool baselineOnly);
    void run(bool baselineOnly);

    QString m_path;
    QTimer m_poll;
    Marks m_seen;
    bool m_baselineRead = false;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace ge::models
