#pragma once

#include <QString>
#include <QStringList>

namespace ge::test {

// Folder with the test fixtures shipped in the repository (tests/data).
QString testDataDir();
// Path of the built growth-engine binary, for CLI tests.
QString appBinary();

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs the app binary with arguments, an optional stdin payload and extra environment
// ("NAME=value" sets, "NAME=" removes);
// waits at most timeoutMs.
ProcessResult runApp(const QStringList &args, const QByteArray &stdinData = {},
                     const QStringList &extraEnv = {}, int timeoutMs = 60000);

} // namespace ge::test
