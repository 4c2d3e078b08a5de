#include "reliability/HealthTypes.h"

#include <QDateTime>
#include <QJsonDocument>

namespace ge::reliability {

QString toString(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up: return QStringLiteral("UP");
    case HealthStatus::Degraded: return QStringLiteral("DEGRADED");
    case HealthStatus::Down: return QStringLiteral("DOWN");
    case HealthStatus::Unknown: return QStringLiteral("UNKNOWN");
    }
    return QStringLiteral("UNKNOWN");
}

HealthStatus healthStatusFromString(const QString &text, bool *ok)
{
    for (HealthStatus s : {HealthStatus::Up, HealthStatus::Degraded, HealthStatus::Down, HealthStatus::Unknown}) {
        if (text.compare(toString(s), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return HealthStatus::Unknown;
}

int severity(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up: return 0;
    case HealthStatus::Unknown: return 1;
    case HealthStatus::Degraded: return 2;
    case HealthStatus::Down: return 3;
    }
    return 1;
}

HealthStatus worst(HealthStatus a, HealthStatus b)
{
    return severity(a) >= severity(b) ? a : b;
}

HealthResult HealthResult::up(qint64 latencyMs, QVariantMap details)
{
    HealthResult r;
    r.status = HealthStatus::Up;
    r.latencyMs = latencyMs;
    r.details = std::move(details);
    return r;
}

HealthResult HealthResult::degraded(QString reason, qint64 latencyMs, QVariantMap details)
{
    HealthResult r;
    r.status = HealthStatus::Degraded;
    r.error = std::move(reason);
    r.latencyMs = latencyMs;
    r.details = std::move(details);
    return r;
}

HealthResult HealthResult::down(QString reason, qint64 latencyMs, QVariantMap details)
{
    HealthResult r;
    r.status = HealthStatus::Down;
    r.error = std::move(reason);
    r.latencyMs = latencyMs;
    r.details = std::move(details);
    return r;
}

HealthResult HealthResult::unknown(QString reason, QVariantMap details)
{
    HealthResult r;
    r.status = HealthStatus::Unknown;
    r.error = std::move(reason);
    r.details = std::move(details);
    return r;
}

bool HealthSnapshot::allUp() const
{
    if (components.isEmpty())
        return false;
    for (const ComponentHealth &c : components)
        if (c.result.status != HealthStatus::Up)
            return false;
    return true;
}

const ComponentHealth *HealthSnapshot::find(const QString &name) const
{
    for (const ComponentHealth &c : components)
        if (c.name == name)
            return &c;
    return nullptr;
}

namespace {
QString isoUs(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}
qint64 parseIsoUs(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() * 1000 : 0;
}
} // namespace

QJsonObject HealthSnapshot::toJson() const
{
    QJsonObject comps;
    for (const ComponentHealth &c : components) {
        QJsonObject o;
        o.insert(QStringLiteral("status"), toString(c.result.status));
        if (c.result.latencyMs >= 0)
            o.insert(QStringLiteral("latencyMs"), static_cast<double>(c.result.latencyMs));
        if (c.result.checkedAtUs > 0)
            o.insert(QStringLiteral("lastCheck"), isoUs(c.result.checkedAtUs));
        if (c.lastUpUs > 0)
            o.insert(QStringLiteral("lastUp"), isoUs(c.lastUpUs));
        if (!c.result.error.isEmpty())
            o.insert(QStringLiteral("error"), c.result.error);
        if (!c.result.details.isEmpty())
            o.insert(QStringLiteral("details"), QJsonObject::fromVariantMap(c.result.details));
        comps.insert(c.name, o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("status"), toString(overall));
    if (takenAtUs > 0)
        root.insert(QStringLiteral("checkedAt"), isoUs(takenAtUs));
    root.insert(QStringLiteral("components"), comps);
    return root;
}

QByteArray HealthSnapshot::toJsonBytes(bool indented) const
{
    return QJsonDocument(toJson()).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

HealthSnapshot HealthSnapshot::fromJson(const QJsonObject &object)
{
    HealthSnapshot s;
    s.overall = healthStatusFromString(object.value(QStringLiteral("status")).toString());
    s.takenAtUs = parseIsoUs(object.value(QStringLiteral("checkedAt")).toString());
    const QJsonObject comps = object.value(QStringLiteral("components")).toObject();
    for (auto it = comps.constBegin(); it != comps.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        ComponentHealth c;
        c.name = it.key();
        c.result.status = healthStatusFromString(o.value(QStringLiteral("status")).toString());
        c.result.latencyMs = o.contains(QStringLiteral("latencyMs"))
            ? static_cast<qint64>(o.value(QStringLiteral("latencyMs")).toDouble())
            : -1;
        c.result.checkedAtUs = parseIsoUs(o.value(QStringLiteral("lastCheck")).toString());
        c.lastUpUs = parseIsoUs(o.value(QStringLiteral("lastUp")).toString());
        c.result.error = o.value(QStringLiteral("error")).toString();
        c.result.details = o.value(QStringLiteral("details")).toObject().toVariantMap();
        s.components.append(c);
    }
    return s;
}

} // namespace ge::reliability
