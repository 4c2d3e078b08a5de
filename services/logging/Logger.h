#pragma once

#include "logging/LogEntry.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

#include <functional>

namespace ge {

struct LogOptions
{
    QString directory;           // JSON-lines files go here (empty: no file)
    QString level = QStringLiteral("info");
    bool humanStderr = true;     // human-readable lines on stderr
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int keepFiles = 5;           // growth-engine.log, .1 … .N-1
};

// Process-wide structured logging built on QLoggingCategory: installs a Qt message handler that
// redacts secrets, writes JSON lines to a rotating file and human lines to stderr, and forwards
// entries to an optional listener (the Logs page). Thread-safe.
class Logger
{
public:
    static void install(const LogOptions &options);
    static void uninstall();
    static QString filePath();
    // Listener called for every entry (from any thread); keep it cheap and thread-safe.
    static void setListener(std::function<void(const LogEntry &)> listener);
    static void setLevel(const QString &level);
    static bool isValidLevel(const QString &level);

    // Emits a structured entry with fields (values are redacted).
    static void log(const QLoggingCategory &category, QtMsgType type, const QString &message,
                    const QJsonObject &fields = {});
};

// Sets the correlation id of log entries emitted on this thread while it lives.
class CorrelationScope
{
public:
    explicit CorrelationScope(const QString &id);
    ~CorrelationScope();
    CorrelationScope(const CorrelationScope &) = delete;
    CorrelationScope &operator=(const CorrelationScope &) = delete;
    static QString current();
    static QString newId();

private:
    QString m_previous;
};

} // namespace ge
