#pragma once

#include "CoalescingTableModel.h"
#include "StatusTypes.h"
#include "core/Clock.h"

namespace ge::models {

// One row per circuit breaker, with a live "half-open in" countdown, plus the transition
// timeline (newest last, bounded).
class BreakerModel : public CoalescingTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, FailureRateColumn, CallsColumn, LastFailureColumn, HalfOpenColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, NameRole, HalfOpenSecondsRole };

    explicit BreakerModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void upsert(const BreakerRow &row);
    void addTransition(const BreakerTransition &transition);
    const BreakerRow *find(const QString &name) const;
    QList<BreakerTransition> transitions() const { return m_transitions; }
    // Seconds until an open breaker lets trial calls through; -1 when not applicable.
    qint64 secondsToHalfOpen(const BreakerRow &row) const;
    // Re-evaluates the countdown column (driven by a 1 s timer while a breaker is open).
    void tick();

Q_SIGNALS:
    void transitionAdded(const ge::models::BreakerTransition &transition);

protected:
    void applyPending() override;

private:
    const Clock &m_clock;
    QList<BreakerRow> m_rows;
    QList<BreakerRow> m_pending;
    QList<BreakerTransition> m_transitions;
    QTimer m_countdown;
};

} // namespace ge::models
