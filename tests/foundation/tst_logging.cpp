#include "logging/Logger.h"
#include "logging/Redaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

Q_LOGGING_CATEGORY(lcTest, "ge.test")

using namespace ge;

namespace {
const QString kJwt = QStringLiteral(
    "eyJ0eXAiOiJhdCtqd3QiLCJhbGciOiJFUzI1NksifQ.eyJzY29wZSI6ImNvbS5hdHByb3RvLmFjY2VzcyIsInN1YiI6ImRpZDpwbGM6eCJ9."
    "c2lnbmF0dXJlLWJ5dGVzLWhlcmU");
const QString kAppPassword = QStringLiteral("abcd-efgh-ijkl-mnop");
const QString kRefresh = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzY29wZSI6ImNvbS5hdHByb3RvLnJlZnJlc2gifQ.sig");

QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    return out;
}
} // namespace

class TestLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Logger::uninstall(); }

    void redactsSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("jwt") << QStringLiteral("token %1 sent").arg(kJwt) << kJwt;
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer %1").arg(kRefresh) << kRefresh;
        QTest::newRow("bearer-opaque") << QStringLiteral("Authorization: Bearer opaque-token-123") << QStringLiteral("opaque-token-123");
        QTest::newRow("app password") << QStringLiteral("login with %1 failed").arg(kAppPassword) << kAppPassword;
        QTest::newRow("json password") << QStringLiteral("{\"identifier\":\"alice.test\",\"password\":\"hunter2 with spaces\"}")
                                       << QStringLiteral("hunter2 with spaces");
        QTest::newRow("json refreshJwt") << QStringLiteral("{\"refreshJwt\":\"opaque-refresh\",\"did\":\"did:plc:x\"}")
                                         << QStringLiteral("opaque-refresh");
        QTest::newRow("json accessJwt escaped") << QStringLiteral("{\"accessJwt\":\"a\\\"b\"}") << QStringLiteral("a\\\"b");
        QTest::newRow("kv password") << QStringLiteral("password=s3cr3t&user=x") << QStringLiteral("s3cr3t");
    }

    void redactsSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = redactSecrets(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("REDACTED")));
    }

    void keepsOrdinaryText()
    {
        const QString text = QStringLiteral("followed did:plc:abc at://did:plc:abc/app.bsky.graph.follow/3k2a rkey 3mptbyplj5d2a");
        QCOMPARE(redactSecrets(text), text);
    }

    void writesRedactedJsonLines()
    {
        QTemporaryDir dir;
        LogOptions o;
        o.directory = dir.path();
        o.humanStderr = false;
        o.level = QStringLiteral("debug");
        Logger::install(o);
        {
            CorrelationScope scope(QStringLiteral("corr-42"));
            qCInfo(lcTest) << "session created" << kJwt << "password" << kAppPassword;
            Logger::log(lcTest(), QtWarningMsg, QStringLiteral("login failed"),
                        QJsonObject{{QStringLiteral("refresh"), kRefresh}, {QStringLiteral("status"), 401}});
        }
        const QList<QJsonObject> lines = readJsonLines(Logger::filePath());
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = lines.at(0);
        QCOMPARE(first.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
        QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("ge.test"));
        QCOMPARE(first.value(QStringLiteral("correlation_id")).toString(), QStringLiteral("corr-42"));
        QVERIFY(QDateTime::fromString(first.value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(first.value(QStringLiteral("ts")).toString().endsWith(u'Z'));
        const QJsonObject second = lines.at(1);
        QCOMPARE(second.value(QStringLiteral("fields")).toObject().value(QStringLiteral("status")).toInt(), 401);
        QFile f(Logger::filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(!all.contains(kJwt.toUtf8()));
        QVERIFY(!all.contains(kAppPassword.toUtf8()));
        QVERIFY(!all.contains(kRefresh.toUtf8()));
    }

    void levelFilters()
    {
        QTemporaryDir dir;
        LogOptions o;
        o.directory = dir.path();
        o.humanStderr = false;
        o.level = QStringLiteral("warning");
        Logger::install(o);
        qCInfo(lcTest) << "hidden";
        qCDebug(lcTest) << "hidden too";
        qCWarning(lcTest) << "shown";
        const QList<QJsonObject> lines = readJsonLines(Logger::filePath());
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("message")).toString(), QStringLiteral("shown"));
    }

    void rotates()
    {
        QTemporaryDir dir;
        LogOptions o;
        o.directory = dir.path();
        o.humanStderr = false;
        o.maxFileBytes = 2000;
        o.keepFiles = 3;
        Logger::install(o);
        for (int i = 0; i < 200; ++i)
            qCWarning(lcTest) << "line" << i << QString(40, u'x');
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("growth-engine.log"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("growth-engine.log.1"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("growth-engine.log.2"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("growth-engine.log.3"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("growth-engine.log"))).size() <= 2000 + 200);
    }

    void listenerReceivesEntries()
    {
        LogOptions o;
        o.humanStderr = false;
        Logger::install(o);
        QList<LogEntry> seen;
        Logger::setListener([&seen](const LogEntry &e) { seen.append(e); });
        qCWarning(lcTest) << "for the log page" << kJwt;
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().message.contains(QStringLiteral("for the log page")));
        QVERIFY(!seen.first().message.contains(kJwt));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
