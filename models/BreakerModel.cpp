#include "BreakerModel.h"

#include "TimeFormat.h"

namespace ge::models {

BreakerModel::BreakerModel(const Clock &clock, QObject *parent) : CoalescingTableModel(parent), m_clock(clock)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &BreakerModel::tick);
}

int BreakerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 BreakerModel::secondsToHalfOpen(const BreakerRow &row) const
{
    if (row.state != BreakerState::Open || row.halfOpenAtUs <= 0)
        return -1;
    return std::max<qint64>(0, (row.halfOpenAtUs - m_clock.nowUs() + 999'999) / 1'000'000);
}

QVariant BreakerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreakerRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case StateColumn: return QString(stateSymbol(r.state) + QLatin1Char(' ') + toDisplayString(r.state));
        case FailureRateColumn: return QStringLiteral("%1 %").arg(r.failureRate * 100.0, 0, 'f', 1);
        case CallsColumn:
            return tr("%1 ok · %2 failed · %3 slow · %4 rejected").arg(r.successes).arg(r.failures).arg(r.slowCalls).arg(r.rejected);
        case LastFailureColumn:
            return r.lastFailureUs ? QString(relativeTime(r.lastFailureUs, m_clock.nowUs()) + QStringLiteral(" — ") + r.lastError) : QString();
        case HalfOpenColumn: {
            const qint64 s = secondsToHalfOpen(r);
            return s < 0 ? QString() : duration(s);
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateColor(r.state);
        break;
    case Qt::ToolTipRole:
        if (index.column() == LastFailureColumn)
            return QString(absoluteTime(r.lastFailureUs) + QLatin1Char('\n') + r.lastError);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StateColumn)
            return toDisplayString(r.state);
        break;
    case StateRole: return int(r.state);
    case NameRole: return r.name;
    case HalfOpenSecondsRole: return secondsToHalfOpen(r);
    }
    return {};
}

QVariant BreakerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Breaker");
    case StateColumn: return tr("State");
    case FailureRateColumn: return tr("Failure rate");
    case CallsColumn: return tr("Calls");
    case LastFailureColumn: return tr("Last failure");
    case HalfOpenColumn: return tr("Half-open in");
    }
    return {};
}

void BreakerModel::upsert(const BreakerRow &row)
{
    m_pending.append(row);
    schedule();
}

void BreakerModel::addTransition(const BreakerTransition &transition)
{
    m_transitions.append(transition);
    if (m_transitions.size() > 500)
        m_transitions.remove(0, m_transitions.size() - 500);
    Q_EMIT transitionAdded(transition);
}

const BreakerRow *BreakerModel::find(const QString &name) const
{
    for (const BreakerRow &r : m_rows)
        if (r.name == name)
            return &r;
    return nullptr;
}

void BreakerModel::tick()
{
    bool anyOpen = false;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == BreakerState::Open) {
            anyOpen = true;
            Q_EMIT dataChanged(index(int(i), HalfOpenColumn), index(int(i), HalfOpenColumn));
        }
    }
    if (!anyOpen)
        m_countdown.stop();
}

void BreakerModel::applyPending()
{
    if (m_pending.isEmpty())
        return;
    const QList<BreakerRow> pending = std::exchange(m_pending, {});
    for (const BreakerRow &row : pending) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).name == row.name)
                at = i;
        if (at >= 0) {
            m_rows[at] = row;
            Q_EMIT dataChanged(index(int(at), 0), index(int(at), ColumnCount - 1));
        } else {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(row);
            endInsertRows();
        }
        if (row.state == BreakerState::Open && !m_countdown.isActive())
            m_countdown.start();
    }
}

} // namespace ge::models
