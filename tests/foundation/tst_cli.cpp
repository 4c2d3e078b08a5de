#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace ge::test;

namespace {
// Headless: no display at all, as on a server or in cron.
const QStringList kHeadless = {QStringLiteral("DISPLAY="), QStringLiteral("WAYLAND_DISPLAY="), QStringLiteral("QT_QPA_PLATFORM=")};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(appBinary()), qPrintable(appBinary())); }

    void version()
    {
        const auto r = runApp({QStringLiteral("--version")}, {}, kHeadless);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.crashed);
        QCOMPARE(r.out.trimmed(), QByteArray("growth-engine " GE_VERSION));
    }

    void help()
    {
        const auto r = runApp({QStringLiteral("--help")}, {}, kHeadless);
        QCOMPARE(r.exitCode, 0);
        for (const char *needle : {"--data-dir", "--config", "--offline", "--log-level", "--jetstream", "--appview",
                                   "--plc", "--pds", "--status-port", "validate-config"})
            QVERIFY2(r.out.contains(needle), needle);
    }

    void unknownOptionExits2()
    {
        const auto r = runApp({QStringLiteral("--frobnicate")}, {}, kHeadless);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("frobnicate"));
    }

    void unknownSubcommandExits2()
    {
        const auto r = runApp({QStringLiteral("frobnicate")}, {}, kHeadless);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown subcommand 'frobnicate'"));
        QVERIFY(r.err.contains("validate-config"));
    }

    void validateConfigGood()
    {
        QTemporaryDir dir;
        const auto r = runApp({QStringLiteral("validate-config"), QStringLiteral("--data-dir"), dir.path()}, {}, kHeadless);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Configuration is valid."));
    }

    void qtOptionsAreLeftToQt()
    {
        // -platform/-style and friends belong to QApplication; they are neither subcommands nor errors.
        auto r = runApp({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")}, {}, kHeadless);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("growth-engine " GE_VERSION));
        QTemporaryDir dir;
        r = runApp({QStringLiteral("-style=fusion"), QStringLiteral("-reverse"), QStringLiteral("validate-config"),
                    QStringLiteral("--data-dir"), dir.path()},
                   {}, kHeadless);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Configuration is valid."));
        // The window path: an invalid config is still found behind Qt's options (exit 3, not 2).
        r = runApp({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"), dir.path(),
                    QStringLiteral("--appview"), QStringLiteral("http://example.com")},
                   {}, kHeadless);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("appview.url"));
    }

    void validateConfigListsEveryProblem()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"appview\": {\"url\": \"ftp://x\"}, \"retry\": {\"max_attempts\": 0}}");
        f.close();
        const auto r = runApp({QStringLiteral("validate-config"), QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--log-level"), QStringLiteral("chatty")},
                              {}, kHeadless);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("3 problem"));
        QVERIFY(r.err.contains("appview.url"));
        QVERIFY(r.err.contains("retry.max_attempts"));
        QVERIFY(r.err.contains("log.level"));
        QVERIFY(r.err.contains("fix:"));

        const auto j = runApp({QStringLiteral("validate-config"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()},
                              {}, kHeadless);
        QCOMPARE(j.exitCode, 3);
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 2);
    }

    void environmentIsAConfigLayer()
    {
        QTemporaryDir dir;
        const auto r = runApp({QStringLiteral("validate-config"), QStringLiteral("--data-dir"), dir.path()}, {},
                              kHeadless + QStringList{QStringLiteral("GROWTH_ENGINE_BREAKER_OPEN_SECONDS=-1")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("GROWTH_ENGINE_BREAKER_OPEN_SECONDS"));
    }

    void validateConfigKeys()
    {
        const auto r = runApp({QStringLiteral("validate-config"), QStringLiteral("--keys"), QStringLiteral("--json")}, {}, kHeadless);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray keys = QJsonDocument::fromJson(r.out).array();
        QVERIFY(keys.size() >= 20);
        QCOMPARE(keys.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("jetstream.endpoints"));
    }

    void subcommandUsageErrors()
    {
        QTemporaryDir dir;
        auto r = runApp({QStringLiteral("validate-config"), QStringLiteral("surprise"), QStringLiteral("--data-dir"), dir.path()}, {}, kHeadless);
        QCOMPARE(r.exitCode, 2);
        r = runApp({QStringLiteral("validate-config"), QStringLiteral("--nope")}, {}, kHeadless);
        QCOMPARE(r.exitCode, 2);
        r = runApp({QStringLiteral("validate-config"), QStringLiteral("--help")}, {}, kHeadless);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("growth-engine validate-config"));
    }

    void guiRefusesInvalidConfig()
    {
        QTemporaryDir dir;
        const auto r = runApp({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--appview"), QStringLiteral("http://example.com")},
                              {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("appview.url"));
    }

    void guiStartsOfflineAndServesStatus()
    {
        QTemporaryDir dir;
        QProcess app;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("cfg")));
        app.setProcessEnvironment(env);
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        app.start(appBinary(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--offline"),
                                QStringLiteral("--status-port"), QString::number(port)});
        QVERIFY(app.waitForStarted());
        // The window is up when the log says so; the process must stay alive (no crash, no hang on network).
        const QString log = dir.filePath(QStringLiteral("logs/growth-engine.log"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(log), 20000);
        QTest::qWait(1000);
        QCOMPARE(app.state(), QProcess::Running);
        for (const char *path : {"/health", "/metrics"}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket.waitForConnected(5000));
            socket.write(QByteArray("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QByteArray reply;
            while (socket.waitForReadyRead(5000))
                reply += socket.readAll();
            QVERIFY2(reply.startsWith("HTTP/1.1 200") || reply.startsWith("HTTP/1.1 503"), reply.constData());
            if (QByteArray(path) == "/health") {
                const QJsonObject health = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object();
                QVERIFY2(health.contains(QStringLiteral("status")), reply.constData());
            }
        }
        app.terminate();
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("\"category\":\"ge.app\""));
        QVERIFY(text.contains("offline"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
