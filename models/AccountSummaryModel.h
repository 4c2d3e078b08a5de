#pragma once

#include "analytics/AnalyticsTypes.h"

#include <QAbstractListModel>

namespace ge::models {

// One row per tracked account (and a leading "all accounts" row when there are several),
// carrying the Overview figures as roles. Doubles as the account selector's model.
class AccountSummaryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DidRole = Qt::UserRole + 1,
        FollowersRole,
        FollowersKnownRole,
        ChangeTodayRole,
        Change7dRole,
        Change30dRole,
        New7dRole,
        Lost7dRole,
        New30dRole,
        Lost30dRole,
        MutualsRole,
        EngagementThisWeekRole,
        EngagementLastWeekRole,
        FollowersSparklineRole, // QList<qint64>
        EngagementSparklineRole,
    };

    explicit AccountSummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keeps rows whose did is unchanged in place (dataChanged), so a live refresh does not
    // reset the selector.
    void setSummaries(const QList<analytics::AccountSummary> &summaries);
    const analytics::AccountSummary &summary(int row) const { return m_rows.at(row); }
    int rowOfDid(const QString &did) const;

private:
    QList<analytics::AccountSummary> m_rows;
};

} // namespace ge::models
