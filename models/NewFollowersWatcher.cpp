#include "NewFollowersWatcher.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <memory>

namespace ge::models {

NewFollowersWatcher::NewFollowersWatcher(QString sqlitePath, QObject *parent)
    : QObject(parent), m_path(std::move(sqlitePath)), m_poll(this)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(15'000);
    connect(&m_poll, &QTimer::timeout, this, &NewFollowersWatcher::pollNow);
}

NewFollowersWatcher::~NewFollowersWatcher() = default;

void NewFollowersWatcher::start()
{
    run(true);
}

void NewFollowersWatcher::notifyDataChanged()
{
    if (!m_poll.isActive())
        m_poll.start();
}

void NewFollowersWatcher::pollNow()
{
    if (!m_baselineRead)
        return; // start() reads the baseline first
    run(false);
}

NewFollowersWatcher::Read NewFollowersWatcher::read(const QString &path, Marks after, bool baselineOnly)
{
    Read r;
    const QString name = QStringLiteral("ge-new-followers-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            r.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(rowid), 0) FROM follow_edges), "
                                       "(SELECT COALESCE(MAX(rowid), 0) FROM follow_events)"))
                || !q.next()) {
                r.error = q.lastError().text();
            } else {
                r.newest = {q.value(0).toLongLong(), q.value(1).toLongLong()};
                r.ok = true;
                if (!baselineOnly && (r.newest.edges > after.edges || r.newest.events > after.events)) {
                    QSqlQuery d(db);
                    d.setForwardOnly(true);
                    d.prepare(QStringLiteral(
                        "SELECT x.subject_did, COALESCE(a.handle, ''), SUM(x.n) FROM ("
                        " SELECT subject_did, COUNT(*) AS n FROM follow_edges "
                        " WHERE rowid > ? AND rowid <= ? AND source = 'jetstream' GROUP BY subject_did "
                        " UNION ALL "
                        " SELECT subject_did, COUNT(*) FROM follow_events "
                        " WHERE rowid > ? AND rowid <= ? AND kind = 'follow' AND source = 'jetstream' GROUP BY subject_did"
                        ") x JOIN accounts a ON a.did = x.subject_did AND a.removed_at_us IS NULL "
                        "GROUP BY x.subject_did, a.handle ORDER BY x.subject_did"));
                    d.addBindValue(after.edges);
                    d.addBindValue(r.newest.edges);
                    d.addBindValue(after.events);
                    d.addBindValue(r.newest.events);
                    if (!d.exec()) {
                        r.ok = false;
                        r.error = d.lastError().text();
                    } else {
                        while (d.next())
                            r.deltas.append(Delta{d.value(0).toString(), d.value(1).toString(), d.value(2).toLongLong()});
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return r;
}

void NewFollowersWatcher::run(bool baselineOnly)
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    auto result = std::make_shared<Read>();
    const QString path = m_path;
    const Marks after = m_seen;
    QThread *thread = QThread::create([result, path, after, baselineOnly] { *result = read(path, after, baselineOnly); });
    thread->setObjectName(QStringLiteral("ge-new-followers"));
    connect(thread, &QThread::finished, this, [this, thread, result, baselineOnly] {
        thread->deleteLater();
        m_busy = false;
        if (!result->ok) {
            Q_EMIT failed(result->error);
        } else {
            const bool first = !m_baselineRead;
            m_baselineRead = true;
            m_seen.edges = std::max(m_seen.edges, result->newest.edges);
            m_seen.events = std::max(m_seen.events, result->newest.events);
            for (const Delta &d : std::as_const(result->deltas))
                if (d.count > 0)
                    Q_EMIT newFollowers(d.did, d.handle, d.count);
            if (first && baselineOnly)
                Q_EMIT ready();
        }
        if (m_again) {
            m_again = false;
            pollNow();
        }
    });
    thread->start();
}

} // namespace ge::models
