#pragma once

#include "StatusTypes.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace ge::models {

class HealthModel;

// One health check result as stored in health_checks (or seen live).
struct StatusSample
{
    QString component;
    qint64 atUs = 0;
    HealthStatus status = HealthStatus::Unknown;
};

// A stretch of time in which a dependency kept one status: [fromUs, toUs).
struct StatusSegment
{
    qint64 fromUs = 0;
    qint64 toUs = 0;
    HealthStatus status = HealthStatus::Unknown;
};

// Status history per dependency for the Health page's status band: one row per component with
// its runs of equal status over a time window (default the last 24 h). Seeded from the stored
// health-check history (health_checks, read on a worker thread with its own connection) and
// extended live from the HealthModel's checks. A segment lasts until the next check of the same
// component (the last one until "now").
class StatusHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ComponentColumn, UptimeColumn, ChangesColumn, CurrentColumn, ColumnCount };
    enum Role { ComponentIdRole = Qt::UserRole + 1, StatusRole, UptimeRole };

    explicit StatusHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The time window [nowUs - spanUs, nowUs]; segments outside are cut off.
    void setWindow(qint64 nowUs, qint64 spanUs);
    qint64 windowStartUs() const { return m_nowUs - m_spanUs; }
    qint64 windowEndUs() const { return m_nowUs; }

    // Adds checks (any order, any components); a check already known (same component and time)
    // is ignored, so overlapping stored and live histories merge without duplicates.
    void addSamples(const QList<StatusSample> &samples);
    // Mirrors the live checks of a HealthModel (its bounded in-memory history).
    void follow(HealthModel *health);
    // Reads health_checks since sinceUs from the SQLite file on a worker thread and adds them;
    // loaded() (or loadFailed()) arrives on this object's thread.
    void loadFromDatabase(const QString &sqlitePath, qint64 sinceUs);
    // The synchronous read behind loadFromDatabase (own named connection; any thread but the GUI's).
    static Result<QList<StatusSample>> readHealthChecks(const QString &sqlitePath, qint64 sinceUs);

    QStringList components() const { return m_components; }
    QList<StatusSegment> segments(const QString &component) const;
    // Share of the covered window time per status (0..1) for a component; Unknown when no data.
    double uptime(const QString &component) const;
    HealthStatus statusAt(const QString &component, qint64 atUs) const;

Q_SIGNALS:
    void historyChanged();
    void loaded(int samples);
    void loadFailed(const QString &message);

private:
    void rebuild();
    void syncFromHealth();

    HealthModel *m_health = nullptr;
    qint64 m_nowUs = 0;
    qint64 m_spanUs = 24LL * 3600 * 1'000'000;
    QStringList m_components;
    QHash<QString, QList<StatusSample>> m_samples; // sorted by time, unique times
    QHash<QString, QList<StatusSegment>> m_segments;
};

} // namespace ge::models

Q_DECLARE_METATYPE(ge::models::StatusSample)
