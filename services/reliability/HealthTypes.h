#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace ge::reliability {

enum class HealthStatus { Up, Degraded, Down, Unknown };

QString toString(HealthStatus status); // "UP", "DEGRADED", "DOWN", "UNKNOWN"
HealthStatus healthStatusFromString(const QString &text, bool *ok = nullptr);
// Ordering for "overall = worst": UP < UNKNOWN < DEGRADED < DOWN.
int severity(HealthStatus status);
HealthStatus worst(HealthStatus a, HealthStatus b);

struct HealthResult
{
    HealthStatus status = HealthStatus::Unknown;
    qint64 latencyMs = -1;   // -1: not measured
    QString error;           // safe to show; empty when UP
    QVariantMap details;     // e.g. {"url": ..., "httpStatus": 200, "breaker": "closed"}
    qint64 checkedAtUs = 0;  // set by the monitor

    static HealthResult up(qint64 latencyMs = -1, QVariantMap details = {});
    static HealthResult degraded(QString reason, qint64 latencyMs = -1, QVariantMap details = {});
    static HealthResult down(QString reason, qint64 latencyMs = -1, QVariantMap details = {});
    static HealthResult unknown(QString reason, QVariantMap details = {});
};

struct ComponentHealth
{
    QString name;
    HealthResult result;
    qint64 lastUpUs = 0; // last time the component was UP (0: never)
};

// Value type: the state of every component at one moment.
struct HealthSnapshot
{
    HealthStatus overall = HealthStatus::Unknown;
    qint64 takenAtUs = 0;
    QList<ComponentHealth> components; // sorted by name

    bool allUp() const;
    const ComponentHealth *find(const QString &name) const;
    // {"status":"UP","checkedAt":"…","components":{"appview":{"status":…,"latencyMs":…,
    //  "lastCheck":"…","error":"…","details":{…}}}}
    QJsonObject toJson() const;
    QByteArray toJsonBytes(bool indented = true) const;
    static HealthSnapshot fromJson(const QJsonObject &object);
};

} // namespace ge::reliability

Q_DECLARE_METATYPE(ge::reliability::HealthResult)
Q_DECLARE_METATYPE(ge::reliability::HealthSnapshot)
