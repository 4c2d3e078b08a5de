#include "analytics/AnalyticsService.h"

#include "analytics/AnalyticsQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAnalytics, "ge.analytics")

namespace ge::analytics {

// Lives on the reader thread; owns that thread's connection.
class AnalyticsWorker : public QObject
{
public:
    AnalyticsWorker(QString path, QString connectionName)
        : m_path(std::move(path)), m_name(std::move(connectionName))
    {
    }
    ~AnalyticsWorker() override { close(); }

    // Opens (or re-opens after the file appeared) the read-only connection.
    Result<QSqlDatabase> db()
    {
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                return db;
        }
        if (!QFileInfo::exists(m_path))
            return Error::make(ErrorCategory::NotFound,
                               QCoreApplication::translate("Analytics", "No database yet at %1.").arg(m_path));
        QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                         : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            Error e = Error::storage(QCoreApplication::translate("Analytics", "Could not open the database."), true);
            e.detail = db.lastError().text();
            return e;
        }
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA cache_size = -65536"_s);   // 64 MiB page cache for the reader
        pragma.exec(u"PRAGMA mmap_size = 268435456"_s);
        pragma.exec(u"PRAGMA temp_store = MEMORY"_s);
        qCDebug(lcAnalytics) << "reader connection opened" << m_name;
        return db;
    }

    void close()
    {
        if (QSqlDatabase::contains(m_name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
    }

private:
    QString m_path;
    QString m_name;
};

AnalyticsService::AnalyticsService(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_clock(clock), m_offset(0)
{
    qRegisterMetaType<ge::Error>();
    qRegisterMetaType<ge::analytics::AudiencePage>();
    qRegisterMetaType<ge::analytics::AudienceQuery>();
    qRegisterMetaType<QList<ge::analytics::TrackedAccount>>();
    qRegisterMetaType<QList<ge::analytics::AccountSummary>>();
    qRegisterMetaType<QList<ge::analytics::AccountHistory>>();

    m_thread = new QThread(this);
    m_thread->setObjectName(u"ge-analytics"_s);
    const QString name = u"ge.analytics.reader.%1"_s.arg(quintptr(this), 0, 16);
    m_worker = new AnalyticsWorker(m_path, name);
    m_worker->moveToThread(m_thread);
    // The worker (and its connection) is destroyed on its own thread when the thread ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    m_refresh.setInterval(1000);
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            Q_EMIT dataChanged();
        }
    });
}

AnalyticsService::~AnalyticsService()
{
    m_closing.store(true); // everything still queued becomes a no-op
    m_thread->quit();
    m_thread->wait();
}

quint64 AnalyticsService::next(Channel channel, const void *owner)
{
    const quint64 id = ++m_lastId;
    QMutexLocker lock(&m_latestMutex);
    m_latest.insert(Key(int(channel), quintptr(owner)), id);
    return id;
}

bool AnalyticsService::isCurrent(const Key &key, quint64 id) const
{
    if (m_closing.load())
        return false;
    QMutexLocker lock(&m_latestMutex);
    return m_latest.value(key) == id;
}

void AnalyticsService::notifyDataChanged()
{
    m_dirty = true;
    if (!m_refresh.isActive())
        m_refresh.start();
}

// Each request: run on the worker thread unless superseded, then deliver on this object's
// thread (a queued call to this object is dropped if it is gone).
#define GE_ANALYTICS_RUN(CHANNEL, OWNER, ...)                                                         \
    const Key ch{int(CHANNEL), quintptr(OWNER)};                                                   \
    const quint64 id = next(CHANNEL, OWNER);                                                       \
    const qint64 nowUs = m_clock.nowUs();                                                          \
    const int offset = m_offset.load();                                                            \
    AnalyticsWorker *worker = m_worker;                                                            \
    QMetaObject::invokeMethod(                                                                     \
        m_worker,                                                                                  \
        [this, worker, ch, id, nowUs, offset, args] {                                              \
            if (!isCurrent(ch, id))                                                                \
                return;                                                                            \
            auto db = worker->db();                                                                \
            if (!db) {                                                                             \
                const Error err = db.error();                                                      \
                QMetaObject::invokeMethod(this, [this, id, err] { Q_EMIT failed(id, err); },       \
                                          Qt::QueuedConnection);                                   \
                return;                                                                            \
            }                                                                                      \
            AnalyticsQueries queries(*db, nowUs, offset);                                          \
            __VA_ARGS__                                                                            \
        },                                                                                         \
        Qt::QueuedConnection);                                                                     \
    return id;

#define GE_ANALYTICS_DELIVER(RESULT, SIGNAL)                                                       \
    if (!RESULT) {                                                                                 \
        const Error err = RESULT.error();                                                          \
        qCWarning(lcAnalytics) << "query failed:" << err.message << err.detail;                   \
        QMetaObject::invokeMethod(this, [this, id, err] { Q_EMIT failed(id, err); },               \
                                  Qt::QueuedConnection);                                           \
        return;                                                                                    \
    }                                                                                              \
    QMetaObject::invokeMethod(                                                                     \
        this, [this, id, value = std::move(RESULT).value()] { Q_EMIT SIGNAL(id, value); },         \
        Qt::QueuedConnection);

quint64 AnalyticsService::requestAccounts(const void *owner)
{
    const int args = 0;
    GE_ANALYTICS_RUN(Channel::Accounts, owner, {
        Q_UNUSED(args);
        auto r = queries.accounts();
        GE_ANALYTICS_DELIVER(r, accountsReady)
    })
}

quint64 AnalyticsService::requestSummaries(const QStringList &dids, const void *owner)
{
    const QStringList args = dids;
    GE_ANALYTICS_RUN(Channel::Summaries, owner, {
        QStringList wanted = args;
        if (wanted.isEmpty()) { // all tracked accounts
            auto accounts = queries.accounts();
            if (!accounts) {
                Result<QList<AccountSummary>> failure = accounts.error();
                GE_ANALYTICS_DELIVER(failure, summariesReady)
            }
            for (const TrackedAccount &a : *accounts)
                wanted.append(a.did);
        }
        // two deliveries: the figures at once, then again with the slower mutuals count
        auto r = queries.summaries(wanted, false);
        if (r) {
            QList<AccountSummary> first = *r;
            QMetaObject::invokeMethod(this, [this, id, first] { Q_EMIT summariesReady(id, first); },
                                      Qt::QueuedConnection);
            if (!isCurrent(ch, id))
                return;
            if (Status st = queries.addMutuals(*r); !st)
                r = st.error();
        }
        GE_ANALYTICS_DELIVER(r, summariesReady)
    })
}

quint64 AnalyticsService::requestHistory(const QStringList &dids, QDate from, QDate to, const void *owner)
{
    struct Args
    {
        QStringList dids;
        QDate from, to;
    };
    const Args args{dids, from, to};
    GE_ANALYTICS_RUN(Channel::History, owner, {
        Result<QList<AccountHistory>> r = QList<AccountHistory>{};
        for (const QString &did : args.dids) {
            auto h = queries.history(did, args.from, args.to);
            if (!h) {
                r = h.error();
                break;
            }
            r->append(*std::move(h));
        }
        GE_ANALYTICS_DELIVER(r, historyReady)
    })
}

quint64 AnalyticsService::requestAudience(const AudienceQuery &query, const void *owner, Channel channel)
{
    const AudienceQuery args = query;
    GE_ANALYTICS_RUN(channel, owner, {
        auto r = queries.audience(args);
        GE_ANALYTICS_DELIVER(r, audienceReady)
    })
}

} // namespace ge::analytics
