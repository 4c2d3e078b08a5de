#include "LogModel.h"

#include "TimeFormat.h"

#include <QDateTime>

namespace ge::models {

LogModel::LogModel(QObject *parent) : CoalescingTableModel(parent) {}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(r.timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn: return r.level;
        case CategoryColumn: return r.category;
        case MessageColumn: return r.message;
        }
        break;
    case Qt::ToolTipRole:
        return QString::fromUtf8(r.toJson());
    case Qt::DecorationRole:
        if (index.column() == LevelColumn) {
            switch (r.severity()) {
            case 2: return statusColor(HealthStatus::Degraded);
            case 3:
            case 4: return statusColor(HealthStatus::Down);
            default: return {};
            }
        }
        break;
    case SeverityRole: return r.severity();
    case CategoryRole: return r.category;
    case JsonRole: return r.toJson();
    case SearchTextRole: return QString(r.message + QLatin1Char(' ') + r.category + QLatin1Char(' ') + r.correlationId);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case CategoryColumn: return tr("Category");
    case MessageColumn: return tr("Message");
    }
    return {};
}

void LogModel::append(const LogRecord &record)
{
    m_pending.append(record);
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    schedule();
}

void LogModel::appendJsonLine(const QByteArray &line)
{
    if (!line.trimmed().isEmpty())
        append(LogRecord::fromJsonLine(line));
}

QStringList LogModel::categories() const
{
    QStringList out(m_categories.cbegin(), m_categories.cend());
    out.sort();
    return out;
}

void LogModel::applyPending()
{
    if (m_pending.isEmpty())
        return;
    const QList<LogRecord> pending = std::exchange(m_pending, {});
    const qsizetype overflow = m_rows.size() + pending.size() - m_capacity;
    if (overflow > 0) {
        const qsizetype drop = std::min(overflow, m_rows.size());
        if (drop > 0) {
            beginRemoveRows({}, 0, int(drop - 1));
            m_rows.remove(0, drop);
            endRemoveRows();
        }
    }
    bool newCategory = false;
    for (const LogRecord &r : pending) {
        if (!m_categories.contains(r.category)) {
            m_categories.insert(r.category);
            newCategory = true;
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + pending.size() - 1));
    m_rows.append(pending);
    endInsertRows();
    if (newCategory)
        Q_EMIT categoriesChanged();
}

LogFilterProxy::LogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void LogFilterProxy::setMinimumSeverity(int severity)
{
    m_minSeverity = severity;
    invalidateRowsFilter();
}

void LogFilterProxy::setCategory(const QString &category)
{
    m_category = category;
    invalidateRowsFilter();
}

void LogFilterProxy::setSearchText(const QString &text)
{
    m_search = text;
    invalidateRowsFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(LogModel::SeverityRole).toInt() < m_minSeverity)
        return false;
    if (!m_category.isEmpty() && idx.data(LogModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_search.isEmpty() && !idx.data(LogModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace ge::models
