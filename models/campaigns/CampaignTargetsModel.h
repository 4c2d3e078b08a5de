#pragma once

#include "campaigns/CampaignTypes.h"

#include <QAbstractTableModel>

namespace ge::models {

// The preview of a plan: one row per target with its profile columns.
class CampaignTargetsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Handle, DisplayName, Followers, Follows, Posts, Avatar, Created, Labels, Did, ColumnCount };
    enum Role { DidRole = Qt::UserRole + 1, SortRole };

    explicit CampaignTargetsModel(QObject *parent = nullptr);

    void setTargets(const QList<campaigns::TargetProfile> &targets);
    const QList<campaigns::TargetProfile> &targets() const { return m_targets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<campaigns::TargetProfile> m_targets;
};

// Items of one campaign: target, state, the follow record's AT-URI, error, attempts.
class CampaignItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Target, State, FollowUri, Error, Attempts, Updated, ColumnCount };

    explicit CampaignItemsModel(QObject *parent = nullptr);

    void setItems(qint64 campaignId, const QList<campaigns::CampaignItem> &items);
    qint64 campaignId() const { return m_campaignId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 m_campaignId = 0;
    QList<campaigns::CampaignItem> m_items;
};

} // namespace ge::models
