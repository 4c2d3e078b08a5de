#include "CollectorModel.h"

#include "TimeFormat.h"

#include <QLocale>

namespace ge::models {

CollectorModel::CollectorModel(const Clock &clock, QObject *parent) : CoalescingTableModel(parent), m_clock(clock) {}

int CollectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CollectorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollectorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CollectorRow &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case StateColumn: return QString(statusSymbol(collectorHealth(r.state)) + QLatin1Char(' ') + toDisplayString(r.state));
        case EndpointColumn: return r.endpoint;
        case RateColumn: return locale.toString(r.eventsPerSecond, 'f', 0);
        case LagColumn:
            return r.lagMs < 0 ? QString() : r.lagMs < 10000 ? tr("%1 ms").arg(r.lagMs) : duration(r.lagMs / 1000);
        case QueueColumn:
            return r.queueCapacity > 0 ? tr("%1 / %2").arg(r.queueDepth).arg(r.queueCapacity) : QString::number(r.queueDepth);
        case ReconnectsColumn: return r.reconnects;
        case MatchedColumn: return locale.toString(r.matched);
        case BackfillColumn:
            return r.backfillProgress < 0 ? QString() : QStringLiteral("%1 %").arg(r.backfillProgress * 100.0, 0, 'f', 1);
        case EtaColumn: return r.backfillEtaSec < 0 ? QString() : duration(r.backfillEtaSec);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return statusColor(collectorHealth(r.state));
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !r.lastError.isEmpty())
            return r.lastError;
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StateColumn)
            return toDisplayString(r.state);
        break;
    case StateRole: return int(r.state);
    case NameRole: return r.name;
    case ProgressRole: return r.backfillProgress;
    }
    return {};
}

QVariant CollectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Collector");
    case StateColumn: return tr("State");
    case EndpointColumn: return tr("Endpoint");
    case RateColumn: return tr("Events/s");
    case LagColumn: return tr("Lag");
    case QueueColumn: return tr("Queue");
    case ReconnectsColumn: return tr("Reconnects");
    case MatchedColumn: return tr("Matched");
    case BackfillColumn: return tr("Backfill");
    case EtaColumn: return tr("ETA");
    }
    return {};
}

void CollectorModel::upsert(const CollectorRow &row)
{
    m_pending.insert(row.name, row); // latest wins within one interval
    schedule();
}

const CollectorRow *CollectorModel::find(const QString &name) const
{
    for (const CollectorRow &r : m_rows)
        if (r.name == name)
            return &r;
    return nullptr;
}

QStringList CollectorModel::names() const
{
    QStringList out;
    for (const CollectorRow &r : m_rows)
        out.append(r.name);
    return out;
}

void CollectorModel::applyPending()
{
    if (m_pending.isEmpty())
        return;
    const QHash<QString, CollectorRow> pending = std::exchange(m_pending, {});
    const qint64 nowMs = m_clock.nowMs();
    for (const CollectorRow &row : pending) {
        auto &rates = m_rates[row.name];
        rates.append(QPointF(double(nowMs), row.eventsPerSecond));
        qsizetype drop = 0;
        while (drop < rates.size() && rates.at(drop).x() < double(nowMs - kRateWindowMs))
            ++drop;
        if (drop)
            rates.remove(0, drop);
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
    }
    Q_EMIT ratesChanged();
}

} // namespace ge::models
