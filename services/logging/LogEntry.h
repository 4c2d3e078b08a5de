#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ge {

// One structured log record (already redacted).
struct LogEntry
{
    qint64 timestampMs = 0; // UTC, ms since epoch
    QString level;          // debug|info|warning|critical|fatal
    QString category;
    QString message;
    QString correlationId;
    QJsonObject fields;
    QString thread;

    QJsonObject toJson() const;
    QByteArray toJsonLine() const; // compact JSON + '\n'
    QString toHumanLine() const;
};

} // namespace ge

Q_DECLARE_METATYPE(ge::LogEntry)
