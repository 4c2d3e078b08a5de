#pragma once

#include "CoalescingTableModel.h"
#include "StatusTypes.h"
#include "core/Clock.h"

#include <QHash>

namespace ge::models {

// One row per dependency (Jetstream, AppView, each PDS, PLC, database, keychain) plus a
// bounded status/latency history per component for the history chart.
class HealthModel : public CoalescingTableModel
{
    Q_OBJECT
public:
    enum Column { ComponentColumn, StatusColumn, LatencyColumn, LastCheckColumn, LastErrorColumn, DetailsColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, ComponentIdRole, LatencyRole };
    struct HistoryPoint
    {
        qint64 atUs = 0;
        HealthStatus status = HealthStatus::Unknown;
        qint64 latencyMs = -1;
    };

    explicit HealthModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Queued and coalesced; also appends a history point.
    void upsert(const HealthRow &row);
    HealthStatus overall() const { return m_overall; }
    QStringList components() const;
    const HealthRow *find(const QString &component) const;
    QList<HistoryPoint> history(const QString &component) const { return m_history.value(component); }
    void setHistoryLimit(int points) { m_historyLimit = points; }

Q_SIGNALS:
    void overallChanged(ge::models::HealthStatus status);
    void historyChanged();

protected:
    void applyPending() override;

private:
    const Clock &m_clock;
    QList<HealthRow> m_rows;
    QList<HealthRow> m_pending;
    QHash<QString, QList<HistoryPoint>> m_history;
    HealthStatus m_overall = HealthStatus::Unknown;
    int m_historyLimit = 720;
};

} // namespace ge::models
