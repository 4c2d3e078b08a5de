#pragma once

#include "analytics/AnalyticsTypes.h"

#include <QAbstractTableModel>

namespace ge::models {

// The best days of a range: ranked by net follower gain, then by engagement score.
class BestDaysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, NewColumn, LostColumn, NetColumn, LikesColumn, RepostsColumn, RepliesColumn, QuotesColumn, ScoreColumn, ColumnCount };
    enum Role { DateRole = Qt::UserRole + 1, SortRole };

    explicit BestDaysModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDays(const QList<analytics::DayStats> &days, int top = 10);
    const analytics::DayStats &day(int row) const { return m_days.at(row); }

private:
    QList<analytics::DayStats> m_days;
};

} // namespace ge::models
