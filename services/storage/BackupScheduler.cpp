#include "storage/BackupScheduler.h"

#include "storage/DbConnection.h"
#include "storage/Maintenance.h"
#include "storage/ReadPool.h"
#include "storage/StorageLog.h"

#include <QDir>
#include <QFile>

namespace ge::storage {

static const QString kPattern = QStringLiteral("growth-engine-*.sqlite");

BackupScheduler::BackupScheduler(ReadPool &pool, const Clock &clock, QString backupDir, int keep, int intervalMinutes,
                                 QObject *parent)
    : QObject(parent), m_link(std::make_shared<Link>()), m_pool(pool), m_clock(clock), m_dir(std::move(backupDir)),
      m_keep(std::max(1, keep))
{
    m_link->scheduler = this;
    m_timer.setInterval(std::max(1, intervalMinutes) * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)backupNow(); });
}

void BackupScheduler::start()
{
    m_timer.start();
}

void BackupScheduler::stop()
{
    m_timer.stop();
}

QFuture<Result<QString>> BackupScheduler::backupNow()
{
    const QString file = QDir(m_dir).filePath(
        QStringLiteral("growth-engine-%1.sqlite").arg(m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    const QString dir = m_dir;
    const int keep = m_keep;
    QFuture<Result<QString>> future = m_pool.run<QString>([file, dir, keep](DbConnection &conn) -> Result<QString> {
        if (Status s = maintenance::backup(conn, file); !s) {
            return s.error();
        }
        prune(dir, keep);
        return file;
    });
    // No context object here: a continuation bound to `this` asserts when the scheduler is gone by
    // the time the reader thread finishes. Posting under the link's mutex is safe: ~QObject drops
    // events still queued for a destroyed scheduler.
    future.then([link = m_link](const Result<QString> &r) {
        QMutexLocker lock(&link->mutex);
        if (BackupScheduler *s = link->scheduler) {
            QMetaObject::invokeMethod(s, [s, r] { s->reportResult(r); }, Qt::QueuedConnection);
        }
    });
    return future;
}

BackupScheduler::~BackupScheduler()
{
    QMutexLocker lock(&m_link->mutex);
    m_link->scheduler = nullptr;
}

void BackupScheduler::reportResult(const Result<QString> &r)
{
    if (r) {
        Q_EMIT backupFinished(true, *r, Error());
    } else {
        qCWarning(lcStorage).noquote() << "automatic backup failed:" << r.error().message;
        Q_EMIT backupFinished(false, QString(), r.error());
    }
}

QStringList BackupScheduler::backups(const QString &dir)
{
    const QDir d(dir);
    QStringList names = d.entryList({kPattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &n : names) {
        n = d.filePath(n);
    }
    return names;
}

QString BackupScheduler::latestBackup(const QString &dir)
{
    const QStringList all = backups(dir);
    return all.isEmpty() ? QString() : all.constFirst();
}

int BackupScheduler::prune(const QString &dir, int keep)
{
    const QStringList all = backups(dir);
    int removed = 0;
    for (qsizetype i = keep; i < all.size(); ++i) {
        if (QFile::remove(all.at(i))) {
            ++removed;
        }
    }
    return removed;
}

} // namespace ge::storage
