#pragma once

#include "CoalescingTableModel.h"
#include "StatusTypes.h"
#include "core/Clock.h"

#include <QHash>
#include <QPointF>

namespace ge::models {

// One row per collector (Jetstream, backfills, replay) plus each collector's events/s over
// the last 10 minutes, sampled once per applied update.
class CollectorModel : public CoalescingTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, EndpointColumn, RateColumn, LagColumn, QueueColumn, ReconnectsColumn, MatchedColumn, BackfillColumn, EtaColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, NameRole, ProgressRole };

    explicit CollectorModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void upsert(const CollectorRow &row);
    const CollectorRow *find(const QString &name) const;
    QStringList names() const;
    // (time in ms since epoch, events/s), oldest first, last 10 minutes.
    QList<QPointF> rateHistory(const QString &name) const { return m_rates.value(name); }
    static constexpr qint64 kRateWindowMs = 10 * 60 * 1000;

Q_SIGNALS:
    void ratesChanged();

protected:
    void applyPending() override;

private:
    const Clock &m_clock;
    QList<CollectorRow> m_rows;
    QHash<QString, CollectorRow> m_pending;
    QHash<QString, QList<QPointF>> m_rates;
};

} // namespace ge::models
