#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ge::test {

// A throw-away PostgreSQL server for tests: initdb into a temporary folder, listening on
// 127.0.0.1 only (first free port from 55433), trust authentication, fsync off. As root the
// server runs as the `postgres` user (runuser), as required by initdb/pg_ctl.
class PgTestServer
{
public:
    PgTestServer() = default;
    ~PgTestServer();

    // Starts the server and creates database `dbName`. On failure returns false and explains in error().
    bool start(const QString &dbName = QStringLiteral("ge_test"));
    void stop();

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    // postgresql://postgres@127.0.0.1:<port>/<db>
    QString url() const;

    // True when the environment says CI (CI=true): a server that cannot start must fail the test.
    static bool inCi();

private:
    bool runTool(const QString &tool, const QStringList &args, int timeoutMs, QString *output = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_dataDir;
    QString m_db;
    QString m_error;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
};

} // namespace ge::test
