#include "HealthModel.h"

#include "TimeFormat.h"

#include <algorithm>

namespace ge::models {

HealthModel::HealthModel(const Clock &clock, QObject *parent) : CoalescingTableModel(parent), m_clock(clock) {}

int HealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ComponentColumn: return displayNameOf(r);
        case StatusColumn: return QString(statusSymbol(r.status) + QLatin1Char(' ') + toDisplayString(r.status));
        case LatencyColumn: return r.latencyMs < 0 ? QString() : tr("%1 ms").arg(r.latencyMs);
        case LastCheckColumn: return relativeTime(r.lastCheckUs, m_clock.nowUs());
        case LastErrorColumn: return r.lastError;
        case DetailsColumn: return r.details;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusColor(r.status);
        break;
    case Qt::ToolTipRole:
        if (index.column() == LastCheckColumn)
            return absoluteTime(r.lastCheckUs);
        if (index.column() == LastErrorColumn)
            return r.lastError;
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return toDisplayString(r.status);
        break;
    case StatusRole: return int(r.status);
    case ComponentIdRole: return r.component;
    case LatencyRole: return r.latencyMs;
    }
    return {};
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComponentColumn: return tr("Dependency");
    case StatusColumn: return tr("Status");
    case LatencyColumn: return tr("Latency");
    case LastCheckColumn: return tr("Last check");
    case LastErrorColumn: return tr("Last error");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

void HealthModel::upsert(const HealthRow &row)
{
    m_pending.append(row);
    schedule();
}

QStringList HealthModel::components() const
{
    QStringList out;
    for (const HealthRow &r : m_rows)
        out.append(r.component);
    return out;
}

const HealthRow *HealthModel::find(const QString &component) const
{
    for (const HealthRow &r : m_rows)
        if (r.component == component)
            return &r;
    return nullptr;
}

void HealthModel::applyPending()
{
    if (m_pending.isEmpty())
        return;
    const QList<HealthRow> pending = std::exchange(m_pending, {});
    for (const HealthRow &row : pending) {
        auto &hist = m_history[row.component];
        const HistoryPoint point{row.lastCheckUs ? row.lastCheckUs : m_clock.nowUs(), row.status, row.latencyMs};
        // keep the history ordered by time even when checks are reported out of order
        auto at_ = std::upper_bound(hist.begin(), hist.end(), point.atUs,
                                    [](qint64 t, const HistoryPoint &p) { return t < p.atUs; });
        hist.insert(at_, point);
        if (hist.size() > m_historyLimit)
            hist.remove(0, hist.size() - m_historyLimit);
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).component == row.component)
                at = i;
        if (at >= 0) {
            m_rows[at] = row;
            Q_EMIT dataChanged(index(int(at), 0), index(int(at), ColumnCount - 1));
        } else {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(row);
            endInsertRows();
        }
    }
    HealthStatus overall = m_rows.isEmpty() ? HealthStatus::Unknown : HealthStatus::Up;
    for (const HealthRow &r : std::as_const(m_rows))
        overall = worst(overall, r.status);
    if (overall != m_overall) {
        m_overall = overall;
        Q_EMIT overallChanged(overall);
    }
    Q_EMIT historyChanged();
}

} // namespace ge::models
