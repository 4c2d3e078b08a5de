#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

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

} // namespace ge::test
