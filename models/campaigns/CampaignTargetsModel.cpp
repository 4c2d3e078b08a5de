#include "campaigns/CampaignTargetsModel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ge::models {

namespace {
QString dateOf(qint64 us)
{
    return us > 0 ? QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).date().toString(Qt::ISODate) : QString();
}
QVariant count(qint64 v)
{
    return v >= 0 ? QVariant(v) : QVariant();
}
} // namespace

CampaignTargetsModel::CampaignTargetsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CampaignTargetsModel::setTargets(const QList<campaigns::TargetProfile> &targets)
{
    beginResetModel();
    m_targets = targets;
    endResetModel();
}

int CampaignTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int CampaignTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const campaigns::TargetProfile &t = m_targets.at(index.row());
    if (role == DidRole)
        return t.did;
    if (role == Qt::TextAlignmentRole && (index.column() >= Followers && index.column() <= Posts))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Handle: return t.handle;
    case DisplayName: return t.displayName;
    case Followers: return count(t.followersCount);
    case Follows: return count(t.followsCount);
    case Posts: return count(t.postsCount);
    case Avatar: return t.avatarUrl.isEmpty() ? tr("no") : tr("yes");
    case Created: return role == SortRole ? QVariant(t.createdAtUs) : QVariant(dateOf(t.createdAtUs));
    case Labels: return t.labels.join(u", "_s);
    case Did: return t.did;
    default: return {};
    }
}

QVariant CampaignTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Handle: return tr("Handle");
    case DisplayName: return tr("Name");
    case Followers: return tr("Followers");
    case Follows: return tr("Follows");
    case Posts: return tr("Posts");
    case Avatar: return tr("Avatar");
    case Created: return tr("Created");
    case Labels: return tr("Labels");
    case Did: return tr("DID");
    default: return {};
    }
}

CampaignItemsModel::CampaignItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CampaignItemsModel::setItems(qint64 campaignId, const QList<campaigns::CampaignItem> &items)
{
    beginResetModel();
    m_campaignId = campaignId;
    m_items = items;
    endResetModel();
}

int CampaignItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CampaignItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const campaigns::CampaignItem &i = m_items.at(index.row());
    switch (index.column()) {
    case Target: return i.handle.isEmpty() ? i.targetDid : i.handle;
    case State: return campaigns::toString(i.state);
    case FollowUri: return i.followUri;
    case Error: return i.error;
    case Attempts: return i.attempts;
    case Updated:
        return QDateTime::fromMSecsSinceEpoch(i.updatedAtUs / 1000, Qt::UTC).toString(Qt::ISODate);
    default: return {};
    }
}

QVariant CampaignItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Target: return tr("Target");
    case State: return tr("State");
    case FollowUri: return tr("Follow record");
    case Error: return tr("Error");
    case Attempts: return tr("Attempts");
    case Updated: return tr("Updated (UTC)");
    default: return {};
    }
}

} // namespace ge::models
