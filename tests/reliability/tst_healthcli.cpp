// `growth-engine health [--json]` end to end: the real binary against loopback servers.
// Exit 0 only when every component is UP; unreachable or hanging dependencies are DOWN with a
// clear reason within the timeout; offline mode is UNKNOWN without touching the network.
#include "FaultServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace ge::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// Runs the app asynchronously so that this process's loopback servers keep serving.
CliRun runHealth(const QStringList &extraArgs, const QStringList &env)
{
    CliRun r;
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env) {
        const int eq = kv.indexOf(QLatin1Char('='));
        e.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(e);
    QElapsedTimer t;
    t.start();
    p.start(appBinary(), QStringList{QStringLiteral("health")} + extraArgs);
    if (!p.waitForStarted(10000))
        return r;
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.elapsedMs = t.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

QString componentStatus(const CliRun &r, const QString &name)
{
    return r.json.value(QStringLiteral("components")).toObject().value(name).toObject().value(QStringLiteral("status")).toString();
}

QString componentError(const CliRun &r, const QString &name)
{
    return r.json.value(QStringLiteral("components")).toObject().value(name).toObject().value(QStringLiteral("error")).toString();
}

} // namespace

class TestHealthCli : public QObject
{
    Q_OBJECT

private:
    QStringList envFor(const QTemporaryDir &dir, const FaultServer &server, const QString &plcUrl = {})
    {
        return {QStringLiteral("GROWTH_ENGINE_DATA_DIR=") + dir.path(),
                QStringLiteral("GROWTH_ENGINE_APPVIEW_URL=") + server.url().toString(),
                QStringLiteral("GROWTH_ENGINE_PLC_URL=") + (plcUrl.isEmpty() ? server.url().toString() : plcUrl),
                QStringLiteral("GROWTH_ENGINE_PDS_URL=") + server.url().toString(),
                QStringLiteral("GROWTH_ENGINE_JETSTREAM_ENDPOINTS=ws://127.0.0.1:%1/subscribe").arg(server.port())};
    }

private Q_SLOTS:
    void allUpExitsZero()
    {
        QTemporaryDir dir;
        FaultServer server;
        QVERIFY(server.listen());
        const CliRun r = runHealth({QStringLiteral("--json")}, envFor(dir, server));
        QVERIFY2(r.exitCode == 1, QByteArray(r.out + r.err).constData()); // the database does not exist yet: UNKNOWN
        QCOMPARE(componentStatus(r, QStringLiteral("appview")), QStringLiteral("UP"));
        QCOMPARE(componentStatus(r, QStringLiteral("plc")), QStringLiteral("UP"));
        QCOMPARE(componentStatus(r, QStringLiteral("pds")), QStringLiteral("UP"));
        QCOMPARE(componentStatus(r, QStringLiteral("jetstream")), QStringLiteral("UP"));
        QCOMPARE(componentStatus(r, QStringLiteral("database")), QStringLiteral("UNKNOWN"));
        QVERIFY(componentError(r, QStringLiteral("database")).contains(QStringLiteral("no database yet")));
        QStringList paths;
        for (const SeenRequest &req : server.requests())
            paths.append(QString::fromLatin1(req.path));
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("/"), QStringLiteral("/_health"), QStringLiteral("/xrpc/_health"),
                                     QStringLiteral("/xrpc/com.atproto.server.describeServer")}));

        // With a database every component is UP: exit 0.
        QFile db(dir.filePath(QStringLiteral("growth-engine.sqlite")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.close();
        const CliRun up = runHealth({QStringLiteral("--json")}, envFor(dir, server));
        QVERIFY2(up.exitCode == 0, QByteArray(up.out + up.err).constData());
        QCOMPARE(up.json.value(QStringLiteral("status")).toString(), QStringLiteral("UP"));
        QCOMPARE(componentStatus(up, QStringLiteral("database")), QStringLiteral("UP"));
        // Text output
        const CliRun text = runHealth({}, envFor(dir, server));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("overall: UP"));
    }

    void unreachableDependencyIsDownWithReason()
    {
        QTemporaryDir dir;
        FaultServer server;
        QVERIFY(server.listen());
        const QString refused = QStringLiteral("http://127.0.0.1:%1").arg(FaultServer::refusedPort());
        const CliRun r = runHealth({QStringLiteral("--json")}, envFor(dir, server, refused));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("DOWN"));
        QCOMPARE(componentStatus(r, QStringLiteral("plc")), QStringLiteral("DOWN"));
        QVERIFY2(componentError(r, QStringLiteral("plc")).contains(QStringLiteral("refused")), r.out.constData());
        QCOMPARE(componentStatus(r, QStringLiteral("appview")), QStringLiteral("UP"));
    }

    void hangingDependencyTimesOutBounded()
    {
        QTemporaryDir dir;
        FaultServer server;
        QVERIFY(server.listen());
        FaultServer hanging;
        QVERIFY(hanging.listen());
        hanging.setDefault(FaultReply::hang());
        const CliRun r = runHealth({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("300")},
                                   envFor(dir, server, hanging.url().toString()));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(componentStatus(r, QStringLiteral("plc")), QStringLiteral("DOWN"));
        QVERIFY2(componentError(r, QStringLiteral("plc")).contains(QStringLiteral("timeout")), r.out.constData());
        QVERIFY(hanging.requestCount() == 1);
    }

    void offlineModeIsUnknownAndSilent()
    {
        QTemporaryDir dir;
        FaultServer server;
        QVERIFY(server.listen());
        QStringList env = envFor(dir, server);
        env.append(QStringLiteral("GROWTH_ENGINE_APP_OFFLINE=true"));
        const CliRun r = runHealth({QStringLiteral("--json")}, env);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("UNKNOWN"));
        QCOMPARE(componentError(r, QStringLiteral("appview")), QStringLiteral("offline mode"));
        QCOMPARE(server.requestCount(), 0);
    }

    void badTimeoutIsUsageError()
    {
        QTemporaryDir dir;
        FaultServer server;
        QVERIFY(server.listen());
        const CliRun r = runHealth({QStringLiteral("--timeout"), QStringLiteral("soon")}, envFor(dir, server));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHealthCli)
#include "tst_healthcli.moc"
