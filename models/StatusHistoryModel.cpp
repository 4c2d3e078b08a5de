#include "StatusHistoryModel.h"

#include "HealthModel.h"

#include <QDateTime>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace ge::models {

StatusHistoryModel::StatusHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
}

int StatusHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_components.size());
}

int StatusHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComponentColumn: return tr("Dependency");
    case UptimeColumn: return tr("Up");
    case ChangesColumn: return tr("Changes");
    case CurrentColumn: return tr("Now");
    default: return {};
    }
}

QVariant StatusHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_components.size())
        return {};
    const QString component = m_components.at(index.row());
    const QList<StatusSegment> segs = m_segments.value(component);
    const HealthStatus current = segs.isEmpty() ? HealthStatus::Unknown : segs.constLast().status;
    switch (role) {
    case ComponentIdRole: return component;
    case StatusRole: return int(current);
    case UptimeRole: return uptime(component);
    case Qt::ToolTipRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case ComponentColumn: return component;
        case UptimeColumn: {
            const double u = uptime(component);
            return u < 0 ? tr("n/a") : QString(QString::number(u * 100.0, 'f', 1) + QStringLiteral(" %"));
        }
        case ChangesColumn: return qMax<qsizetype>(0, segs.size() - 1);
        case CurrentColumn: return QString(statusSymbol(current) + QLatin1Char(' ') + toDisplayString(current));
        default: return {};
        }
    case Qt::DecorationRole:
        return index.column() == CurrentColumn ? QVariant(statusColor(current)) : QVariant();
    default: return {};
    }
}

void StatusHistoryModel::setWindow(qint64 nowUs, qint64 spanUs)
{
    m_nowUs = nowUs;
    m_spanUs = std::max<qint64>(1, spanUs);
    rebuild();
}

void StatusHistoryModel::addSamples(const QList<StatusSample> &samples)
{
    bool changed = false;
    for (const StatusSample &s : samples) {
        if (s.component.isEmpty())
            continue;
        QList<StatusSample> &list = m_samples[s.component];
        auto at = std::lower_bound(list.begin(), list.end(), s.atUs,
                                   [](const StatusSample &a, qint64 t) { return a.atUs < t; });
        if (at != list.end() && at->atUs == s.atUs)
            continue; // already known (stored and live overlap)
        list.insert(at, s);
        changed = true;
    }
    if (changed)
        rebuild();
}

void StatusHistoryModel::follow(HealthModel *health)
{
    m_health = health;
    if (!health)
        return;
    connect(health, &HealthModel::historyChanged, this, &StatusHistoryModel::syncFromHealth);
    syncFromHealth();
}

void StatusHistoryModel::syncFromHealth()
{
    if (!m_health)
        return;
    QList<StatusSample> samples;
    for (const QString &component : m_health->components())
        for (const HealthModel::HistoryPoint &p : m_health->history(component))
            samples.append(StatusSample{component, p.atUs, p.status});
    // Live checks move "now" forward.
    for (const StatusSample &s : std::as_const(samples))
        m_nowUs = std::max(m_nowUs, s.atUs);
    addSamples(samples);
}

Result<QList<StatusSample>> StatusHistoryModel::readHealthChecks(const QString &sqlitePath, qint64 sinceUs)
{
    const QString name = QStringLiteral("ge-status-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QList<StatusSample>> result = QList<StatusSample>{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = Error::storage(tr("Cannot read the health history: %1").arg(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT component, checked_at_us, status FROM health_checks "
                                     "WHERE checked_at_us >= ? ORDER BY component, checked_at_us"));
            q.addBindValue(sinceUs);
            if (!q.exec()) {
                result = Error::storage(tr("Cannot read the health history: %1").arg(q.lastError().text()));
            } else {
                QList<StatusSample> out;
                while (q.next())
                    out.append(StatusSample{q.value(0).toString(), q.value(1).toLongLong(),
                                            healthStatusFromString(q.value(2).toString())});
                result = out;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void StatusHistoryModel::loadFromDatabase(const QString &sqlitePath, qint64 sinceUs)
{
    auto result = std::make_shared<Result<QList<StatusSample>>>(QList<StatusSample>{});
    QThread *thread = QThread::create([result, sqlitePath, sinceUs] { *result = readHealthChecks(sqlitePath, sinceUs); });
    thread->setObjectName(QStringLiteral("ge-status-history"));
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        if (!*result) {
            Q_EMIT loadFailed(result->error().message);
            return;
        }
        const QList<StatusSample> &samples = **result;
        for (const StatusSample &s : samples)
            m_nowUs = std::max(m_nowUs, s.atUs);
        addSamples(samples);
        Q_EMIT loaded(int(samples.size()));
    });
    thread->start();
}

void StatusHistoryModel::rebuild()
{
    const qint64 from = windowStartUs();
    QStringList components = m_samples.keys();
    components.sort();
    QHash<QString, QList<StatusSegment>> segments;
    for (const QString &c : std::as_const(components)) {
        const QList<StatusSample> &list = m_samples[c];
        QList<StatusSegment> segs;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const qint64 start = list.at(i).atUs;
            const qint64 end = i + 1 < list.size() ? list.at(i + 1).atUs : std::max(m_nowUs, start);
            if (end < from || start > m_nowUs)
                continue;
            const qint64 clippedStart = std::max(start, from);
            const qint64 clippedEnd = std::min(end, m_nowUs);
            if (!segs.isEmpty() && segs.constLast().status == list.at(i).status && segs.constLast().toUs == clippedStart)
                segs.last().toUs = clippedEnd;
            else
                segs.append(StatusSegment{clippedStart, clippedEnd, list.at(i).status});
        }
        segments.insert(c, segs);
    }
    const bool reset = components != m_components;
    if (reset)
        beginResetModel();
    m_components = components;
    m_segments = segments;
    if (reset)
        endResetModel();
    else if (!m_components.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT historyChanged();
}

QList<StatusSegment> StatusHistoryModel::segments(const QString &component) const
{
    return m_segments.value(component);
}

double StatusHistoryModel::uptime(const QString &component) const
{
    qint64 total = 0, up = 0;
    for (const StatusSegment &s : m_segments.value(component)) {
        if (s.status == HealthStatus::Unknown)
            continue;
        total += s.toUs - s.fromUs;
        if (s.status == HealthStatus::Up)
            up += s.toUs - s.fromUs;
    }
    return total > 0 ? double(up) / double(total) : -1.0;
}

HealthStatus StatusHistoryModel::statusAt(const QString &component, qint64 atUs) const
{
    const QList<StatusSegment> segs = m_segments.value(component);
    for (const StatusSegment &s : segs)
        if (atUs >= s.fromUs && (atUs < s.toUs || (atUs == s.toUs && &s == &segs.constLast())))
            return s.status;
    return HealthStatus::Unknown;
}

} // namespace ge::models
