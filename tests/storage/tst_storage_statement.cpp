// PreparedStatement: the writer's statements, raw sqlite3 on SQLite and QSqlQuery on PostgreSQL.
// The same checks run on both backends (PostgreSQL: a real server on loopback, see PgTestServer).
#include "PgTestServer.h"

#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/PreparedStatement.h"
#include "storage/QueryStats.h"
#include "storage/StorageWriter.h"

#include "core/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ge;
using namespace ge::storage;

class TestStorageStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ge::test::PgTestServer m_pg;
    bool m_pgTried = false;
    int m_serial = 0;
    QueryStats m_stats;
    DbConnectionPtr m_conn;

    bool isSqlite() const { return m_conn && m_conn->config().isSqlite(); }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        DatabaseConfig cfg;
        if (backend == QLatin1StringView("postgresql")) {
            if (!m_pgTried) {
                m_pgTried = true;
                m_pg.start();
            }
            if (!m_pg.isRunning()) {
                const QByteArray why = "PostgreSQL test server could not start: " + m_pg.error().toUtf8();
                if (ge::test::PgTestServer::inCi()) {
                    QFAIL(why.constData());
                }
                QSKIP(why.constData());
            }
            auto c = DatabaseConfig::fromUrl(m_pg.url(), m_dir.path());
            QVERIFY(c.ok());
            cfg = *c;
        } else {
            cfg = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("stmt-%1.sqlite").arg(++m_serial)));
        }
        auto conn = DbConnection::open(cfg, QStringLiteral("stmt"), OpenMode::ReadWrite, &m_stats);
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
        m_conn = std::move(*conn);
        QVERIFY(m_conn->exec(QStringLiteral("DROP TABLE IF EXISTS t")).ok());
        QVERIFY(m_conn->exec(QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT, n BIGINT, req TEXT NOT NULL DEFAULT '')")).ok());
    }

    void cleanup() { m_conn.reset(); }

    void rawOnSqliteOnly()
    {
        PreparedStatement s;
        QVERIFY(s.prepare(*m_conn, QStringLiteral("SELECT 1")).ok());
        QCOMPARE(s.isRaw(), isSqlite());
    }

    void insertReportsChangedRowsAndRoundTripsValues()
    {
        PreparedStatement ins;
        QVERIFY(ins.prepare(*m_conn, QStringLiteral("INSERT INTO t (k, v, n) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")).ok());
        const QString nonAscii = QStringLiteral("Zo\u00eb \u2713 \U0001F600 did:plc:x");
        ins.bindAll(QStringLiteral("a"), nonAscii, qint64(1) << 40);
        QVERIFY(ins.exec().ok());
        QCOMPARE(ins.rowsAffected(), 1);
        ins.bindAll(QStringLiteral("a"), QStringLiteral("other"), qint64(7));
        QVERIFY(ins.exec().ok());
        QCOMPARE(ins.rowsAffected(), 0); // idempotent: the conflict changed nothing
        ins.bindAll(QStringLiteral("b"), std::optional<QString>(), std::optional<qint64>());
        QVERIFY(ins.exec().ok());
        QCOMPARE(ins.rowsAffected(), 1);
        ins.bindAll(QStringLiteral("c"), QString(), 3); // a null QString binds NULL, like QSqlQuery
        QVERIFY(ins.exec().ok());
        ins.bindAll(QStringLiteral("d"), QStringLiteral(""), 4); // an empty one binds ''
        QVERIFY(ins.exec().ok());

        PreparedStatement sel;
        QVERIFY(sel.prepare(*m_conn, QStringLiteral("SELECT v, n FROM t WHERE k = ?")).ok());
        sel.bindAll(QStringLiteral("a"));
        QVERIFY(sel.exec().ok());
        QVERIFY(sel.next());
        QCOMPARE(sel.text(0), nonAscii);
        QCOMPARE(sel.int64(1), qint64(1) << 40);
        QVERIFY(!sel.isNull(0));
        QVERIFY(!sel.next());

        sel.bindAll(QStringLiteral("b"));
        QVERIFY(sel.exec().ok());
        QVERIFY(sel.next());
        QVERIFY(sel.isNull(0));
        QVERIFY(sel.isNull(1));
        sel.finish();

        sel.bindAll(QStringLiteral("c"));
        QVERIFY(sel.exec().ok());
        QVERIFY(sel.next());
        QVERIFY(sel.isNull(0));
        sel.finish();

        sel.bindAll(QStringLiteral("d"));
        QVERIFY(sel.exec().ok());
        QVERIFY(sel.next());
        QVERIFY(!sel.isNull(0));
        QCOMPARE(sel.text(0), QString());
        sel.finish();

        sel.bindAll(QStringLiteral("missing"));
        QVERIFY(sel.exec().ok());
        QVERIFY(!sel.next());
        QVERIFY(m_stats.snapshot().queries >= 10); // every run is timed into QueryStats
    }

    void unfinishedRowsAreReleasedByTheNextRun()
    {
        QVERIFY(m_conn->exec(QStringLiteral("INSERT INTO t (k, n) VALUES ('a', 1), ('b', 2), ('c', 3)")).ok());
        PreparedStatement sel;
        QVERIFY(sel.prepare(*m_conn, QStringLiteral("SELECT n FROM t WHERE n >= ? ORDER BY n")).ok());
        sel.bindAll(1);
        QVERIFY(sel.exec().ok());
        QVERIFY(sel.next());
        QCOMPARE(sel.int64(0), qint64(1));
        // Not read to the end: running it again starts over.
        sel.bindAll(2);
        QVERIFY(sel.exec().ok());
        QVERIFY(sel.next());
        QCOMPARE(sel.int64(0), qint64(2));
        QVERIFY(sel.next());
        QCOMPARE(sel.int64(0), qint64(3));
        QVERIFY(!sel.next());
    }

    void returningRowsInsideATransaction()
    {
        QVERIFY(m_conn->exec(QStringLiteral("INSERT INTO t (k, v, n) VALUES ('a', 'x', 1)")).ok());
        QVERIFY(m_conn->beginWrite().ok());
        PreparedStatement upd;
        QVERIFY(upd.prepare(*m_conn, QStringLiteral("UPDATE t SET n = n + 1 WHERE k = ? RETURNING v, n")).ok());
        upd.bindAll(QStringLiteral("a"));
        QVERIFY(upd.exec().ok());
        QVERIFY(upd.next());
        QCOMPARE(upd.text(0), QStringLiteral("x"));
        QCOMPARE(upd.int64(1), qint64(2));
        upd.finish();
        QVERIFY(m_conn->commit().ok()); // a finished RETURNING statement does not block COMMIT
        PreparedStatement sel;
        QVERIFY(sel.prepare(*m_conn, QStringLiteral("SELECT n FROM t WHERE k = 'a'")).ok());
        QVERIFY(sel.exec().ok());
        QVERIFY(sel.next());
        QCOMPARE(sel.int64(0), qint64(2));
    }

    // execUpsert (the writer's follow-create statement on SQLite) tells an insert from an update or
    // a no-op without RETURNING, and leaves the connection's last-insert rowid as it was otherwise.
    void upsertTellsInsertFromUpdate()
    {
        PreparedStatement up;
        QVERIFY(up.prepare(*m_conn, QStringLiteral("INSERT INTO t (k, n) VALUES (?, ?) ON CONFLICT (k) DO UPDATE "
                                                   "SET n = excluded.n WHERE excluded.n > t.n")).ok());
        bool inserted = true;
        if (!isSqlite()) {
            up.bindAll(QStringLiteral("a"), 1);
            QVERIFY(!up.execUpsert(inserted).ok()); // QSqlQuery path: refused, callers use RETURNING there
            QVERIFY(!inserted);
            return;
        }
        up.bindAll(QStringLiteral("a"), 1);
        QVERIFY(up.execUpsert(inserted).ok());
        QVERIFY(inserted);
        up.bindAll(QStringLiteral("b"), 1);
        QVERIFY(up.execUpsert(inserted).ok());
        QVERIFY(inserted);
        up.bindAll(QStringLiteral("a"), 5); // conflict, newer: updated
        QVERIFY(up.execUpsert(inserted).ok());
        QVERIFY(!inserted);
        QCOMPARE(up.rowsAffected(), 1);
        up.bindAll(QStringLiteral("a"), 2); // conflict, older: nothing
        QVERIFY(up.execUpsert(inserted).ok());
        QVERIFY(!inserted);
        QCOMPARE(up.rowsAffected(), 0);
        QSqlQuery q(m_conn->db());
        QVERIFY(q.exec(QStringLiteral("SELECT last_insert_rowid(), (SELECT rowid FROM t WHERE k = 'b')")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
        up.bindAll(QStringLiteral("c"), 1);
        QVERIFY(up.execUpsert(inserted).ok());
        QVERIFY(inserted);
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM t WHERE k = 'a'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(5));
    }

    void constraintViolationIsAPermanentClassifiedError()
    {
        PreparedStatement ins;
        QVERIFY(ins.prepare(*m_conn, QStringLiteral("INSERT INTO t (k, req) VALUES (?, ?)")).ok());
        ins.bindAll(QStringLiteral("a"), std::optional<QString>()); // NOT NULL column
        Status s = ins.exec();
        QVERIFY(!s.ok());
        QVERIFY(!s.error().retryable);
        if (isSqlite()) {
            QVERIFY(m_conn->lastFault() == StorageFault::Constraint);
        }
        QVERIFY(!s.error().detail.isEmpty());
        QVERIFY(m_stats.snapshot().errors >= 1);
        // The statement is usable again after the failure.
        ins.bindAll(QStringLiteral("a"), QStringLiteral("ok"));
        QVERIFY(ins.exec().ok());
        QCOMPARE(ins.rowsAffected(), 1);
    }

    void badSqlFailsToPrepare()
    {
        PreparedStatement s;
        Status st = s.prepare(*m_conn, QStringLiteral("INSERT INTO no_such_table (x) VALUES (?)"));
        if (isSqlite()) {
            QVERIFY(!st.ok());
            QVERIFY(st.error().detail.contains(QLatin1StringView("no_such_table")));
        } else {
            // QPSQL prepares lazily on some versions: the error then surfaces at exec().
            if (st.ok()) {
                s.bindAll(1);
                QVERIFY(!s.exec().ok());
            }
        }
    }

    void diskFullIsRetryableOnSqlite()
    {
        if (!isSqlite()) {
            QSKIP("SQLite page limit");
        }
        QVERIFY(m_conn->exec(QStringLiteral("PRAGMA max_page_count = 40")).ok());
        PreparedStatement ins;
        QVERIFY(ins.prepare(*m_conn, QStringLiteral("INSERT INTO t (k, v) VALUES (?, ?)")).ok());
        const QString big(4000, QLatin1Char('x'));
        Status last;
        for (int i = 0; i < 200 && last.ok(); ++i) {
            ins.bindAll(QString::number(i), big);
            last = ins.exec();
        }
        QVERIFY(!last.ok());
        QVERIFY(m_conn->lastFault() == StorageFault::DiskFull);
        QVERIFY(last.error().retryable);
    }

    void writerConnectionCheckpointsAtTheConfiguredWalSize()
    {
        if (!isSqlite()) {
            QSKIP("SQLite PRAGMA");
        }
        ManualClock clock(1'700'000'000'000'000LL);
        WriterOptions o;
        o.walAutocheckpointPages = 4321;
        StorageWriter writer(m_conn->config(), clock, &m_stats, o);
        writer.start();
        QVERIFY(writer.waitUntilReady(10000));
        qint64 pages = 0;
        auto f = writer.submitTask([&pages](DbConnection &c) -> Status {
            auto v = c.scalar(QStringLiteral("PRAGMA wal_autocheckpoint"));
            if (!v) {
                return v.error();
            }
            pages = v->toLongLong();
            return {};
        });
        f.waitForFinished();
        QVERIFY(f.result().ok());
        QCOMPARE(pages, qint64(4321));
        writer.stop();
        // Other connections keep SQLite's default.
        auto v = m_conn->scalar(QStringLiteral("PRAGMA wal_autocheckpoint"));
        QVERIFY(v.ok());
        QCOMPARE(v->toLongLong(), qint64(1000));
    }
};

QTEST_GUILESS_MAIN(TestStorageStatement)
#include "tst_storage_statement.moc"
