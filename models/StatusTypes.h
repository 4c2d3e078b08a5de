#pragma once

#include <QByteArray>
#include <QColor>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// View-side value types for the live pages (Health, Breakers, Collectors, Logs). The
// composition root converts what services/reliability, services/collectors and the logger
// publish into these, so the views do not depend on service internals.
namespace ge::models {

enum class HealthStatus { Unknown, Up, Degraded, Down };
QString toDisplayString(HealthStatus status);   // translated word
QString statusSymbol(HealthStatus status);      // shape that does not depend on colour
QColor statusColor(HealthStatus status);
HealthStatus healthStatusFromString(QStringView text); // "UP", "degraded", ...
HealthStatus worst(HealthStatus a, HealthStatus b);

struct HealthRow
{
    QString component;      // stable id: "jetstream", "appview", "pds:<host>", "plc", "database", "keychain"
    QString displayName;
    HealthStatus status = HealthStatus::Unknown;
    qint64 latencyMs = -1;
    qint64 lastCheckUs = 0;
    QString lastError;
    QString details;
};

enum class BreakerState { Closed, Open, HalfOpen, ForcedOpen, Disabled };
QString toDisplayString(BreakerState state);
QString stateSymbol(BreakerState state);
QColor stateColor(BreakerState state);
BreakerState breakerStateFromString(QStringView text); // "CLOSED", "half_open", ...

struct BreakerRow
{
    QString name;
    BreakerState state = BreakerState::Closed;
    double failureRate = 0; // 0..1 over the sliding window
    qint64 successes = 0;
    qint64 failures = 0;
    qint64 slowCalls = 0;
    qint64 rejected = 0;
    qint64 lastFailureUs = 0;
    QString lastError;
    qint64 halfOpenAtUs = 0; // when an OPEN breaker lets trial calls through (0: n/a)
};

struct BreakerTransition
{
    QString breaker;
    BreakerState from = BreakerState::Closed;
    BreakerState to = BreakerState::Closed;
    QString reason;
    qint64 atUs = 0;
};

enum class CollectorState { Stopped, Connecting, Running, Backoff, Backfilling, Replaying, Failed };
QString toDisplayString(CollectorState state);
// What people read for a dependency id ("appview" -> "AppView", "pds:host" -> "PDS (host)") and a
// collector name ("jetstream" -> "Jetstream collector", "backfill:<did>" -> "Backfill <did>").
QString componentDisplayName(const QString &component);
QString collectorDisplayName(const QString &name);
// The name a page shows for a health row: its display name, else the readable name of its id.
QString displayNameOf(const HealthRow &row);
HealthStatus collectorHealth(CollectorState state);

struct CollectorRow
{
    QString name;            // "jetstream", "backfill:<did>", "replay"
    CollectorState state = CollectorState::Stopped;
    QString endpoint;
    double eventsPerSecond = 0;
    qint64 lagMs = -1;       // now - last event time
    qint64 queueDepth = 0;
    qint64 queueCapacity = 0;
    qint64 reconnects = 0;
    qint64 matched = 0;      // events relevant to tracked accounts
    qint64 received = 0;
    double backfillProgress = -1; // 0..1, -1 when no backfill runs
    qint64 backfillEtaSec = -1;
    QString lastError;
};

struct LogRecord
{
    qint64 timeUs = 0;
    QString level;       // debug, info, warning, critical, fatal
    QString category;    // ge.storage, ...
    QString message;
    QString correlationId;
    QJsonObject fields;

    static LogRecord fromJsonLine(const QByteArray &line, bool *ok = nullptr);
    QByteArray toJson() const;
    int severity() const; // 0 debug .. 4 fatal
};

struct AttentionItem
{
    HealthStatus severity = HealthStatus::Degraded;
    QString text;
    QString pageId; // where to go to fix it
};

} // namespace ge::models

Q_DECLARE_METATYPE(ge::models::HealthRow)
Q_DECLARE_METATYPE(ge::models::BreakerRow)
Q_DECLARE_METATYPE(ge::models::BreakerTransition)
Q_DECLARE_METATYPE(ge::models::CollectorRow)
Q_DECLARE_METATYPE(ge::models::LogRecord)
