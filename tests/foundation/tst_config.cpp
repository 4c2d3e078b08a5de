#include "config/ConfigLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace ge;

namespace {
QProcessEnvironment emptyEnv()
{
    return QProcessEnvironment();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

QStringList problemKeys(const LoadedConfig &loaded)
{
    QStringList keys;
    for (const ConfigProblem &p : loaded.problems)
        keys.append(p.key);
    return keys;
}
} // namespace

class TestConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreValid()
    {
        QTemporaryDir dir;
        ConfigSources s;
        s.dataDir = dir.path();
        s.environment = emptyEnv();
        const LoadedConfig loaded = loadConfig(s);
        QVERIFY2(loaded.ok(), qPrintable(formatProblems(loaded.problems)));
        QCOMPARE(loaded.config.dataDir, QDir(dir.path()).absolutePath());
        QCOMPARE(loaded.config.jetstreamEndpoints.size(), 4);
        QCOMPARE(loaded.config.appViewUrl, QUrl(QStringLiteral("https://public.api.bsky.app")));
        QCOMPARE(loaded.config.breakerFailureThreshold, 5);
        QCOMPARE(loaded.config.sqlitePath(), QDir(dir.path()).filePath(QStringLiteral("growth-engine.sqlite")));
    }

    void layersOverrideInOrder()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("config.json"),
                  "{\"appview\": {\"url\": \"https://appview.example\"}, \"retry.max_attempts\": 7, \"log\": {\"level\": \"debug\"}}");
        ConfigSources s;
        s.dataDir = dir.path();
        QProcessEnvironment env;
        env.insert(QStringLiteral("GROWTH_ENGINE_RETRY_MAX_ATTEMPTS"), QStringLiteral("9"));
        env.insert(QStringLiteral("GROWTH_ENGINE_LOG_LEVEL"), QStringLiteral("warning"));
        s.environment = env;
        s.overrides.insert(QStringLiteral("log.level"), QStringLiteral("critical"));
        const LoadedConfig loaded = loadConfig(s);
        QVERIFY2(loaded.ok(), qPrintable(formatProblems(loaded.problems)));
        QCOMPARE(loaded.config.appViewUrl, QUrl(QStringLiteral("https://appview.example"))); // file
        QCOMPARE(loaded.config.retryMaxAttempts, 9);                                         // env beats file
        QCOMPARE(loaded.config.logLevel, QStringLiteral("critical"));                        // cli beats env
        QVERIFY(loaded.configFile.endsWith(QStringLiteral("config.json")));
    }

    void iniFileIsRead()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("custom.ini"),
                                       "[breaker]\nfailure_threshold=9\n[jetstream]\nendpoints=\"wss://a.example/subscribe,wss://b.example/subscribe\"\n");
        ConfigSources s;
        s.dataDir = dir.path();
        s.configFile = path;
        s.environment = emptyEnv();
        const LoadedConfig loaded = loadConfig(s);
        QVERIFY2(loaded.ok(), qPrintable(formatProblems(loaded.problems)));
        QCOMPARE(loaded.config.breakerFailureThreshold, 9);
        QCOMPARE(loaded.config.jetstreamEndpoints,
                 (QStringList{QStringLiteral("wss://a.example/subscribe"), QStringLiteral("wss://b.example/subscribe")}));
    }

    void everyProblemIsReported()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("config.json"),
                  "{\"appview\": {\"url\": \"http://appview.example\"}, \"retry\": {\"max_attempts\": \"many\"},\n                      \"breaker\": {\"failure_rate\": 3}, \"log.level\": \"loud\", \"jetstrem.endpoints\": \"x\",\n                      \"plc.url\": \"not a url\", \"app\": {\"offline\": \"maybe\"}}");
        ConfigSources s;
        s.dataDir = dir.path();
        QProcessEnvironment env;
        env.insert(QStringLiteral("GROWTH_ENGINE_STATUS_PORT"), QStringLiteral("70000"));
        s.environment = env;
        s.overrides.insert(QStringLiteral("jetstream.endpoints"), QStringLiteral("ws://remote.example/subscribe"));
        const LoadedConfig loaded = loadConfig(s);
        QVERIFY(!loaded.ok());
        const QStringList keys = problemKeys(loaded);
        for (const char *k : {"appview.url", "retry.max_attempts", "breaker.failure_rate", "log.level",
                              "jetstrem.endpoints", "plc.url", "app.offline", "status.port", "jetstream.endpoints"})
            QVERIFY2(keys.contains(QLatin1StringView(k)), k);
        QCOMPARE(loaded.problems.size(), 9);
        for (const ConfigProblem &p : loaded.problems) {
            QVERIFY2(!p.why.isEmpty(), qPrintable(p.key));
            QVERIFY2(!p.fix.isEmpty(), qPrintable(p.key));
            QVERIFY2(!p.source.isEmpty(), qPrintable(p.key));
        }
        const QString text = formatProblems(loaded.problems);
        QVERIFY(text.contains(QStringLiteral("Did you mean jetstream.endpoints?")));
        QVERIFY(text.contains(QStringLiteral("loopback")));
        QVERIFY(text.contains(QStringLiteral("environment GROWTH_ENGINE_STATUS_PORT")));
    }

    void loopbackHttpIsAllowed()
    {
        QTemporaryDir dir;
        ConfigSources s;
        s.dataDir = dir.path();
        s.environment = emptyEnv();
        s.overrides.insert(QStringLiteral("appview.url"), QStringLiteral("http://127.0.0.1:2584"));
        s.overrides.insert(QStringLiteral("pds.url"), QStringLiteral("http://localhost:2583"));
        s.overrides.insert(QStringLiteral("jetstream.endpoints"), QStringLiteral("ws://[::1]:6008/subscribe"));
        const LoadedConfig loaded = loadConfig(s);
        QVERIFY2(loaded.ok(), qPrintable(formatProblems(loaded.problems)));
        QCOMPARE(loaded.config.pdsOverride.port(), 2583);
    }

    void malformedFileIsAProblem()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("config.json"), "{ \"appview\": ");
        ConfigSources s;
        s.dataDir = dir.path();
        s.environment = emptyEnv();
        const LoadedConfig loaded = loadConfig(s);
        QCOMPARE(loaded.problems.size(), 1);
        QVERIFY(loaded.problems.first().why.contains(QStringLiteral("invalid JSON")));
    }

    void missingConfigFileIsAProblem()
    {
        QTemporaryDir dir;
        ConfigSources s;
        s.dataDir = dir.path();
        s.configFile = dir.filePath(QStringLiteral("nope.json"));
        s.environment = emptyEnv();
        const LoadedConfig loaded = loadConfig(s);
        QCOMPARE(problemKeys(loaded), QStringList{QStringLiteral("--config")});
    }

    void unwritableDataDirIsAProblem()
    {
        if (geteuid() == 0)
            QSKIP("root can write anywhere; the permission check cannot fail here");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        ConfigSources s;
        s.dataDir = dir.filePath(QStringLiteral("sub"));
        s.environment = emptyEnv();
        QVERIFY(problemKeys(loadConfig(s)).contains(QStringLiteral("data.dir")));
    }

    void dataDirThatIsAFileIsAProblem()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("plain-file"), "x");
        ConfigSources s;
        s.dataDir = file;
        s.environment = emptyEnv();
        QVERIFY(problemKeys(loadConfig(s)).contains(QStringLiteral("data.dir")));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
