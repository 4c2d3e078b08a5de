#include "TestSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

#include <cstdio>

namespace ge::test {

QString testDataDir()
{
    return qEnvironmentVariable("GE_TEST_DATA_DIR");
}

QString appBinary()
{
    return qEnvironmentVariable("GE_APP_BINARY");
}

ProcessResult runApp(const QStringList &args, const QByteArray &stdinData, const QStringList &extraEnv,
                     int timeoutMs)
{
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        if (eq == kv.size() - 1)
            env.remove(kv.left(eq)); // "NAME=" removes NAME
        else
            env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(appBinary(), args);
    ProcessResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.exitCode = process.exitCode();
    result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

std::optional<int> rerunInKeyringSession(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("GE_KEYRING_WRAPPED"))
        return std::nullopt;
    QCoreApplication app(argc, argv);
    const QString script = qEnvironmentVariable("GE_SOURCE_DIR") + QStringLiteral("/scripts/with-keyring.sh");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GE_KEYRING_WRAPPED"), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY")); // never let gnome-keyring open a prompt
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList args{QStringLiteral("--"), script, QCoreApplication::applicationFilePath()};
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    p.start(QStringLiteral("dbus-run-session"), args);
    if (!p.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start dbus-run-session (package dbus): %s\n", qPrintable(p.errorString()));
        return 1;
    }
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 1;
}

} // namespace ge::test
