#include "StatusTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ge::models {

QString componentDisplayName(const QString &component)
{
    if (component == u"jetstream")
        return QCoreApplication::translate("Status", "Jetstream");
    if (component == u"appview")
        return QCoreApplication::translate("Status", "AppView");
    if (component == u"plc")
        return QCoreApplication::translate("Status", "PLC directory");
    if (component == u"pds")
        return QCoreApplication::translate("Status", "PDS");
    if (component.startsWith(u"pds:"))
        return QCoreApplication::translate("Status", "PDS (%1)").arg(component.mid(4));
    if (component == u"database")
        return QCoreApplication::translate("Status", "Database");
    if (component == u"keychain")
        return QCoreApplication::translate("Status", "Keychain");
    return component;
}

QString collectorDisplayName(const QString &name)
{
    if (name == u"jetstream")
        return QCoreApplication::translate("Status", "Jetstream collector");
    if (name == u"replay")
        return QCoreApplication::translate("Status", "Replay");
    if (name.startsWith(u"backfill:"))
        return QCoreApplication::translate("Status", "Backfill %1").arg(name.mid(9));
    if (name == u"backfill")
        return QCoreApplication::translate("Status", "Backfill");
    return name;
}

QString displayNameOf(const HealthRow &row)
{
    return row.displayName.isEmpty() ? componentDisplayName(row.component) : row.displayName;
}

QString toDisplayString(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up: return QCoreApplication::translate("Status", "Up");
    case HealthStatus::Degraded: return QCoreApplication::translate("Status", "Degraded");
    case HealthStatus::Down: return QCoreApplication::translate("Status", "Down");
    case HealthStatus::Unknown: break;
    }
    return QCoreApplication::translate("Status", "Unknown");
}

QString statusSymbol(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up: return u"\u2714"_s;       // check mark
    case HealthStatus::Degraded: return u"\u25B2"_s; // triangle
    case HealthStatus::Down: return u"\u2716"_s;     // heavy x
    case HealthStatus::Unknown: break;
    }
    return u"?"_s;
}

QColor statusColor(HealthStatus status)
{
    // Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
    switch (status) {
    case HealthStatus::Up: return QColor(0x00, 0x9E, 0x73);
    case HealthStatus::Degraded: return QColor(0xE6, 0x9F, 0x00);
    case HealthStatus::Down: return QColor(0xD5, 0x5E, 0x00);
    case HealthStatus::Unknown: break;
    }
    return QColor(0x99, 0x99, 0x99);
}

HealthStatus healthStatusFromString(QStringView text)
{
    if (text.compare(u"up", Qt::CaseInsensitive) == 0)
        return HealthStatus::Up;
    if (text.compare(u"degraded", Qt::CaseInsensitive) == 0)
        return HealthStatus::Degraded;
    if (text.compare(u"down", Qt::CaseInsensitive) == 0)
        return HealthStatus::Down;
    return HealthStatus::Unknown;
}

HealthStatus worst(HealthStatus a, HealthStatus b)
{
    auto rank = [](HealthStatus s) {
        switch (s) {
        case HealthStatus::Up: return 0;
        case HealthStatus::Unknown: return 1;
        case HealthStatus::Degraded: return 2;
        case HealthStatus::Down: return 3;
        }
        return 1;
    };
    return rank(a) >= rank(b) ? a : b;
}

QString toDisplayString(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed: return QCoreApplication::translate("Status", "Closed");
    case BreakerState::Open: return QCoreApplication::translate("Status", "Open");
    case BreakerState::HalfOpen: return QCoreApplication::translate("Status", "Half-open");
    case BreakerState::ForcedOpen: return QCoreApplication::translate("Status", "Forced open");
    case BreakerState::Disabled: return QCoreApplication::translate("Status", "Disabled");
    }
    return {};
}

QString stateSymbol(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed: return u"\u2714"_s;
    case BreakerState::Open: return u"\u2716"_s;
    case BreakerState::HalfOpen: return u"\u25D0"_s; // half circle
    case BreakerState::ForcedOpen: return u"\u26D4"_s;
    case BreakerState::Disabled: return u"\u2013"_s;
    }
    return {};
}

QColor stateColor(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed: return statusColor(HealthStatus::Up);
    case BreakerState::HalfOpen: return statusColor(HealthStatus::Degraded);
    case BreakerState::Open:
    case BreakerState::ForcedOpen: return statusColor(HealthStatus::Down);
    case BreakerState::Disabled: break;
    }
    return statusColor(HealthStatus::Unknown);
}

BreakerState breakerStateFromString(QStringView text)
{
    QString t = text.toString().toLower();
    t.remove(u'_');
    t.remove(u'-');
    if (t == u"open"_s)
        return BreakerState::Open;
    if (t == u"halfopen"_s)
        return BreakerState::HalfOpen;
    if (t == u"forcedopen"_s)
        return BreakerState::ForcedOpen;
    if (t == u"disabled"_s)
        return BreakerState::Disabled;
    return BreakerState::Closed;
}

QString toDisplayString(CollectorState state)
{
    switch (state) {
    case CollectorState::Stopped: return QCoreApplication::translate("Status", "Stopped");
    case CollectorState::Connecting: return QCoreApplication::translate("Status", "Connecting");
    case CollectorState::Running: return QCoreApplication::translate("Status", "Running");
    case CollectorState::Backoff: return QCoreApplication::translate("Status", "Reconnecting (backoff)");
    case CollectorState::Backfilling: return QCoreApplication::translate("Status", "Backfilling");
    case CollectorState::Replaying: return QCoreApplication::translate("Status", "Replaying");
    case CollectorState::Failed: return QCoreApplication::translate("Status", "Failed");
    }
    return {};
}

HealthStatus collectorHealth(CollectorState state)
{
    switch (state) {
    case CollectorState::Running:
    case CollectorState::Backfilling:
    case CollectorState::Replaying: return HealthStatus::Up;
    case CollectorState::Connecting:
    case CollectorState::Backoff: return HealthStatus::Degraded;
    case CollectorState::Failed: return HealthStatus::Down;
    case CollectorState::Stopped: break;
    }
    return HealthStatus::Unknown;
}

LogRecord LogRecord::fromJsonLine(const QByteArray &line, bool *ok)
{
    LogRecord r;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        if (ok)
            *ok = false;
        r.level = u"info"_s;
        r.message = QString::fromUtf8(line.trimmed());
        return r;
    }
    QJsonObject o = doc.object();
    QJsonValue ts = o.take(u"ts"_s);
    const QJsonValue ts2 = o.take(u"timestamp"_s);
    if (ts.isUndefined())
        ts = ts2;
    if (ts.isString())
        r.timeUs = QDateTime::fromString(ts.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch() * 1000;
    else if (ts.isDouble())
        r.timeUs = qint64(ts.toDouble());
    r.level = o.take(u"level"_s).toString(u"info"_s).toLower();
    r.category = o.take(u"category"_s).toString();
    const QJsonValue msg = o.take(u"msg"_s);
    r.message = o.take(u"message"_s).toString(msg.toString());
    const QJsonValue cid = o.take(u"cid"_s);
    r.correlationId = o.take(u"correlation_id"_s).toString(cid.toString());
    const QJsonValue fields = o.take(u"fields"_s);
    r.fields = fields.isObject() ? fields.toObject() : o;
    if (ok)
        *ok = true;
    return r;
}

QByteArray LogRecord::toJson() const
{
    QJsonObject o;
    o.insert(u"ts"_s, QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(u"level"_s, level);
    o.insert(u"category"_s, category);
    o.insert(u"message"_s, message);
    if (!correlationId.isEmpty())
        o.insert(u"correlation_id"_s, correlationId);
    if (!fields.isEmpty())
        o.insert(u"fields"_s, fields);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int LogRecord::severity() const
{
    if (level == u"debug"_s)
        return 0;
    if (level == u"warning"_s || level == u"warn"_s)
        return 2;
    if (level == u"critical"_s || level == u"error"_s)
        return 3;
    if (level == u"fatal"_s)
        return 4;
    return 1;
}

} // namespace ge::models
