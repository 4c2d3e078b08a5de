#pragma once

#include <QString>
#include <QStringList>

#include <optional>

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

// For tests that need the OS keychain: unless already inside, re-runs this test binary under
// `dbus-run-session -- scripts/with-keyring.sh` (a private D-Bus session with a fresh unlocked
// gnome-keyring, no DISPLAY so no prompt can open) and returns its exit code; returns nothing
// when this process is that inner run. Call first thing in main().
std::optional<int> rerunInKeyringSession(int argc, char **argv);

} // namespace ge::test
