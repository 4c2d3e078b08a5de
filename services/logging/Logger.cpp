#include "logging/Logger.h"

#include "logging/Redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QThread>
#include <QUuid>

#include <cstdio>

namespace ge {

namespace {

thread_local QString t_correlationId;
thread_local const QJsonObject *t_fields = nullptr;

struct LoggerState
{
    QMutex mutex;
    LogOptions options;
    QFile file;
    bool installed = false;
    QtMessageHandler previous = nullptr;
    std::function<void(const LogEntry &)> listener;
};

LoggerState &state()
{
    static LoggerState s;
    return s;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QStringLiteral("debug");
    case QtInfoMsg: return QStringLiteral("info");
    case QtWarningMsg: return QStringLiteral("warning");
    case QtCriticalMsg: return QStringLiteral("critical");
    case QtFatalMsg: return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

QString filterRulesFor(const QString &level)
{
    // ge.* categories follow the chosen level; Qt's own categories stay at warning.
    QString rules = QStringLiteral("*.debug=false\nqt.*.info=false\n");
    if (level == u"debug")
        rules += QStringLiteral("ge.*.debug=true\nge.*.info=true\n");
    else if (level == u"info")
        rules += QStringLiteral("ge.*.info=true\n");
    else if (level == u"warning")
        rules += QStringLiteral("ge.*.info=false\n");
    else if (level == u"critical")
        rules += QStringLiteral("ge.*.info=false\nge.*.warning=false\n");
    return rules;
}

void rotateLocked(LoggerState &s)
{
    s.file.close();
    const QString base = s.file.fileName();
    QFile::remove(base + QLatin1Char('.') + QString::number(s.options.keepFiles - 1));
    for (int i = s.options.keepFiles - 2; i >= 1; --i)
        QFile::rename(base + QLatin1Char('.') + QString::number(i), base + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    s.file.setFileName(base);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        std::fprintf(stderr, "growth-engine: cannot open log file after rotation\n");
}

void writeEntry(const LogEntry &entry)
{
    LoggerState &s = state();
    std::function<void(const LogEntry &)> listener;
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            s.file.write(entry.toJsonLine());
            s.file.flush();
            if (s.file.size() > s.options.maxFileBytes && s.options.keepFiles > 1)
                rotateLocked(s);
        }
        if (s.options.humanStderr) {
            const QByteArray line = entry.toHumanLine().toUtf8() + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        }
        listener = s.listener;
    }
    if (listener)
        listener(entry);
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogEntry entry;
    entry.timestampMs = QDateTime::currentMSecsSinceEpoch();
    entry.level = levelName(type);
    entry.category = QString::fromLatin1(context.category ? context.category : "default");
    entry.message = redactSecrets(message);
    entry.correlationId = t_correlationId;
    if (QThread *thread = QThread::currentThread())
        entry.thread = thread->objectName();
    if (t_fields) {
        for (auto it = t_fields->begin(); it != t_fields->end(); ++it) {
            const QJsonValue v = it.value();
            entry.fields.insert(it.key(), v.isString() ? QJsonValue(redactSecrets(v.toString())) : v);
        }
    }
    writeEntry(entry);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void Logger::install(const LogOptions &options)
{
    LoggerState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        if (s.file.isOpen())
            s.file.close();
        if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
            s.file.setFileName(QDir(options.directory).filePath(QStringLiteral("growth-engine.log")));
            if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
                std::fprintf(stderr, "growth-engine: cannot open the log file; logging to stderr only\n");
        }
        if (!s.installed) {
            s.previous = qInstallMessageHandler(messageHandler);
            s.installed = true;
        }
    }
    QLoggingCategory::setFilterRules(filterRulesFor(options.level));
}

void Logger::uninstall()
{
    LoggerState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    s.file.close();
    s.listener = nullptr;
}

QString Logger::filePath()
{
    LoggerState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

void Logger::setListener(std::function<void(const LogEntry &)> listener)
{
    LoggerState &s = state();
    QMutexLocker lock(&s.mutex);
    s.listener = std::move(listener);
}

void Logger::setLevel(const QString &level)
{
    {
        LoggerState &s = state();
        QMutexLocker lock(&s.mutex);
        s.options.level = level;
    }
    QLoggingCategory::setFilterRules(filterRulesFor(level));
}

bool Logger::isValidLevel(const QString &level)
{
    return level == u"debug" || level == u"info" || level == u"warning" || level == u"critical";
}

void Logger::log(const QLoggingCategory &category, QtMsgType type, const QString &message, const QJsonObject &fields)
{
    if (!category.isEnabled(type))
        return;
    const QJsonObject *previous = t_fields;
    t_fields = &fields;
    QMessageLogger logger(nullptr, 0, nullptr, category.categoryName());
    switch (type) {
    case QtDebugMsg: logger.debug().noquote() << message; break;
    case QtInfoMsg: logger.info().noquote() << message; break;
    case QtWarningMsg: logger.warning().noquote() << message; break;
    case QtCriticalMsg:
    case QtFatalMsg: logger.critical().noquote() << message; break;
    }
    t_fields = previous;
}

CorrelationScope::CorrelationScope(const QString &id) : m_previous(t_correlationId)
{
    t_correlationId = id;
}

CorrelationScope::~CorrelationScope()
{
    t_correlationId = m_previous;
}

QString CorrelationScope::current()
{
    return t_correlationId;
}

QString CorrelationScope::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace ge
