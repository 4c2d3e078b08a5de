// Start-up recovery: a database that cannot be opened is offered a restore from the latest
// backup; yes restores (damaged file kept), no and failures leave everything as it was.
#include "config/ConfigLoader.h"
#include "metrics/MetricsRegistry.h"
#include "runtime/ServiceHost.h"
#include "startup/StartupRecovery.h"
#include "storage/Maintenance.h"
#include "storage/StorageService.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ge;

namespace {
AppConfig offlineConfig(const QString &dir)
{
    ConfigSources sources;
    sources.dataDir = dir;
    sources.environment = QProcessEnvironment();
    sources.overrides.insert(QStringLiteral("app.offline"), QStringLiteral("true"));
    return loadConfig(sources).config;
}

// Runs one statement on its own connection; returns the first column of the first row.
QVariant sqlValue(const QString &file, const QString &sql)
{
    QVariant value;
    const QString name = QStringLiteral("recovery-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Recorder
{
    QStringList asked;
    QStringList errors;
    bool answer = true;
    ui::RecoveryPrompts prompts()
    {
        ui::RecoveryPrompts p;
        p.askRestore = [this](const QString &problem, const QString &backup) {
            asked << problem << backup;
            return answer;
        };
        p.showError = [this](const QString &title, const QString &text) { errors << title + QStringLiteral(": ") + text; };
        return p;
    }
};
} // namespace

class TestStartupRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_backups;
    QByteArray m_garbage = QByteArray(8192, '\x5a');

    // A database with one account, a backup of it, then the database overwritten with garbage.
    void prepareCorruptDatabaseWithBackup(const QString &backupName)
    {
        {
            metrics::MetricsRegistry metrics;
            runtime::ServiceHost host(offlineConfig(m_dir.path()), &metrics, SystemClock::instance());
            QVERIFY(host.open().ok());
            host.shutdown();
        }
        QVERIFY(sqlValue(m_db, QStringLiteral("INSERT INTO accounts (did, handle, kind, added_at_us) VALUES "
                                              "('did:plc:recoverme', 'alice.test', 'own', 1) RETURNING did"))
                    .isValid());
        QVERIFY(QDir().mkpath(m_backups));
        QVERIFY(storage::maintenance::backup(storage::DatabaseConfig::sqlite(m_db), m_backups + u'/' + backupName).ok());
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_db + QLatin1StringView(suffix));
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_garbage);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
        m_db = m_dir.filePath(QStringLiteral("growth-engine.sqlite"));
        m_backups = m_dir.filePath(QStringLiteral("backups"));
    }

    void yesRestoresTheLatestBackupAndKeepsTheDamagedFile()
    {
        prepareCorruptDatabaseWithBackup(QStringLiteral("growth-engine-20260101-000000-000.sqlite"));
        Recorder rec;
        metrics::MetricsRegistry metrics;
        runtime::ServiceHost host(offlineConfig(m_dir.path()), &metrics, SystemClock::instance());
        const Status s = ui::openWithRecovery(host, rec.prompts());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().summary()));
        QCOMPARE(rec.asked.size(), 2);
        QVERIFY(rec.asked.at(1).endsWith(QStringLiteral("growth-engine-20260101-000000-000.sqlite")));
        QVERIFY(rec.errors.isEmpty());
        host.shutdown();

        QCOMPARE(sqlValue(m_db, QStringLiteral("SELECT handle FROM accounts WHERE did = 'did:plc:recoverme'")).toString(),
                 QStringLiteral("alice.test"));
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("growth-engine.sqlite.before-restore-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readAll(m_dir.filePath(kept.constFirst())), m_garbage);
    }

    void noLeavesTheDatabaseUntouched()
    {
        prepareCorruptDatabaseWithBackup(QStringLiteral("growth-engine-20260101-000000-000.sqlite"));
        Recorder rec;
        rec.answer = false;
        metrics::MetricsRegistry metrics;
        runtime::ServiceHost host(offlineConfig(m_dir.path()), &metrics, SystemClock::instance());
        const Status s = ui::openWithRecovery(host, rec.prompts());
        QVERIFY(!s.ok());
        QVERIFY(s.error().category == ErrorCategory::Storage);
        QCOMPARE(rec.asked.size(), 2);
        QCOMPARE(readAll(m_db), m_garbage);
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.before-restore-*")}).isEmpty());
    }

    void aBadBackupIsReportedAndNothingIsReplaced()
    {
        prepareCorruptDatabaseWithBackup(QStringLiteral("growth-engine-20260101-000000-000.sqlite"));
        // A newer "backup" that is itself damaged is the latest one: restore must refuse it.
        QFile bad(m_backups + QStringLiteral("/growth-engine-20260202-000000-000.sqlite"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(4096, 'b'));
        bad.close();
        Recorder rec;
        metrics::MetricsRegistry metrics;
        runtime::ServiceHost host(offlineConfig(m_dir.path()), &metrics, SystemClock::instance());
        const Status s = ui::openWithRecovery(host, rec.prompts());
        QVERIFY(!s.ok());
        QCOMPARE(rec.asked.size(), 2);
        QVERIFY(rec.asked.at(1).endsWith(QStringLiteral("growth-engine-20260202-000000-000.sqlite")));
        QCOMPARE(rec.errors.size(), 1);
        QVERIFY2(rec.errors.constFirst().startsWith(QStringLiteral("Restore failed")), qPrintable(rec.errors.constFirst()));
        QCOMPARE(readAll(m_db), m_garbage);
    }

    void withoutABackupTheProblemIsShown()
    {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_garbage);
        f.close();
        Recorder rec;
        metrics::MetricsRegistry metrics;
        runtime::ServiceHost host(offlineConfig(m_dir.path()), &metrics, SystemClock::instance());
        const Status s = ui::openWithRecovery(host, rec.prompts());
        QVERIFY(!s.ok());
        QVERIFY(rec.asked.isEmpty());
        QCOMPARE(rec.errors.size(), 1);
        QVERIFY(rec.errors.constFirst().contains(QStringLiteral("cannot be opened")));
        QCOMPARE(readAll(m_db), m_garbage);
    }
};

QTEST_MAIN(TestStartupRecovery)
#include "tst_startuprecovery.moc"
