#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QMutex>
#include <QTimer>

#include <memory>

namespace ge::storage {

class ReadPool;

// Automatic backups: every interval, an online backup runs on a reader thread (never the GUI
// thread) into backupDir as growth-engine-YYYYMMDD-HHMMSS-zzz.sqlite; only the newest `keep`
// backups are kept.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(ReadPool &pool, const Clock &clock, QString backupDir, int keep, int intervalMinutes,
                    QObject *parent = nullptr);
    ~BackupScheduler() override;

    void start();
    void stop();
    // Runs one backup now; resolves with the file written. Pruning follows a successful backup.
    QFuture<Result<QString>> backupNow();

    QString backupDir() const { return m_dir; }

    static QStringList backups(const QString &dir); // newest first
    static QString latestBackup(const QString &dir);
    // Deletes all but the newest `keep` backups; returns how many were deleted.
    static int prune(const QString &dir, int keep);

Q_SIGNALS:
    void backupFinished(bool ok, const QString &file, const ge::Error &error);

private:
    // The backup finishes on a reader thread; its result is posted to this object only while it
    // lives (the scheduler may be destroyed right after a caller's waitForFinished()).
    struct Link
    {
        QMutex mutex;
        BackupScheduler *scheduler = nullptr;
    };
    void reportResult(const Result<QString> &r);

    std::shared_ptr<Link> m_link;
    ReadPool &m_pool;
    const Clock &m_clock;
    QString m_dir;
    int m_keep;
    QTimer m_timer;
};

} // namespace ge::storage
