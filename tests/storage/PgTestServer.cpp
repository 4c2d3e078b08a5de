#include "PgTestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

namespace ge::test {

PgTestServer::~PgTestServer()
{
    stop();
}

bool PgTestServer::inCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0;
}

QString PgTestServer::url() const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(m_db);
}

bool PgTestServer::runTool(const QString &tool, const QStringList &args, int timeoutMs, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    const QString exe = QDir(m_binDir).filePath(tool);
    if (m_asPostgres) {
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} + args);
    } else {
        p.start(exe, args);
    }
    if (!p.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(tool, p.errorString());
        return false;
    }
    const bool finished = p.waitForFinished(timeoutMs);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output) {
        *output = out;
    }
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!finished) {
            p.kill();
            p.waitForFinished(2000);
        }
        m_error = QStringLiteral("%1 failed (exit %2): %3").arg(tool).arg(p.exitCode()).arg(out.trimmed().right(800));
        return false;
    }
    return true;
}

bool PgTestServer::start(const QString &dbName)
{
    if (m_running) {
        return true;
    }
    m_db = dbName;
    const QDir pgRoot(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = pgRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &v : versions) {
        if (QFile::exists(pgRoot.filePath(v + QStringLiteral("/bin/pg_ctl")))) {
            m_binDir = pgRoot.filePath(v + QStringLiteral("/bin"));
            break;
        }
    }
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql (install the postgresql package)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ge-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            m_error = QStringLiteral("running as root but there is no 'postgres' user to run the server as");
            return false;
        }
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                 | QFileDevice::ExeOther);
        if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand the temporary folder to the postgres user");
            return false;
        }
    }
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_dataDir, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                  QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                  QStringLiteral("--no-sync")},
                 120000)) {
        return false;
    }
    for (int port = 55433; port < 55460; ++port) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, quint16(port))) {
            continue;
        }
        probe.close();
        const QString opts = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off -c synchronous_commit=off "
                                            "-c full_page_writes=off -c max_connections=40")
                                 .arg(port)
                                 .arg(m_dir->path());
        if (runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                     QStringLiteral("-o"), opts, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                     QStringLiteral("start")},
                    90000)) {
            m_port = port;
            m_running = true;
            break;
        }
    }
    if (!m_running) {
        QFile log(m_dir->filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly)) {
            m_error += QStringLiteral("\nserver log: ") + QString::fromLocal8Bit(log.readAll().right(800));
        }
        return false;
    }
    if (!runTool(QStringLiteral("createdb"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                             QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), m_db},
                 30000)) {
        stop();
        return false;
    }
    return true;
}

void PgTestServer::stop()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
                                       QStringLiteral("-w"), QStringLiteral("stop")},
            60000);
}

} // namespace ge::test
