#include "logging/LogEntry.h"

#include <QDateTime>
#include <QJsonDocument>

namespace ge {

QJsonObject LogEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("ts"), QDateTime::fromMSecsSinceEpoch(timestampMs, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), level);
    o.insert(QStringLiteral("category"), category);
    o.insert(QStringLiteral("message"), message);
    if (!correlationId.isEmpty())
        o.insert(QStringLiteral("correlation_id"), correlationId);
    if (!thread.isEmpty())
        o.insert(QStringLiteral("thread"), thread);
    if (!fields.isEmpty())
        o.insert(QStringLiteral("fields"), fields);
    return o;
}

QByteArray LogEntry::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n';
}

QString LogEntry::toHumanLine() const
{
    QString line = QDateTime::fromMSecsSinceEpoch(timestampMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss.zzz"))
                   + QLatin1Char(' ') + level.leftJustified(8) + category + QStringLiteral(": ") + message;
    if (!correlationId.isEmpty())
        line += QStringLiteral(" [") + correlationId + QLatin1Char(']');
    if (!fields.isEmpty())
        line += QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return line;
}

} // namespace ge
