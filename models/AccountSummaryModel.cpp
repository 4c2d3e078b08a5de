#include "AccountSummaryModel.h"

namespace ge::models {

AccountSummaryModel::AccountSummaryModel(QObject *parent) : QAbstractListModel(parent) {}

int AccountSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::AccountSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.did.isEmpty() ? s.handle : QLatin1Char('@') + s.handle;
    case Qt::ToolTipRole: return s.did;
    case DidRole: return s.did;
    case FollowersRole: return s.followersNow;
    case FollowersKnownRole: return s.followersKnown;
    case ChangeTodayRole: return s.changeToday;
    case Change7dRole: return s.change7d;
    case Change30dRole: return s.change30d;
    case New7dRole: return s.new7d;
    case Lost7dRole: return s.lost7d;
    case New30dRole: return s.new30d;
    case Lost30dRole: return s.lost30d;
    case MutualsRole: return s.mutuals;
    case EngagementThisWeekRole: return s.engagementThisWeek;
    case EngagementLastWeekRole: return s.engagementLastWeek;
    case FollowersSparklineRole: return QVariant::fromValue(s.followersSparkline);
    case EngagementSparklineRole: return QVariant::fromValue(s.engagementSparkline);
    }
    return {};
}

QHash<int, QByteArray> AccountSummaryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DidRole, "did");
    names.insert(FollowersRole, "followers");
    names.insert(ChangeTodayRole, "changeToday");
    names.insert(Change7dRole, "change7d");
    names.insert(Change30dRole, "change30d");
    names.insert(MutualsRole, "mutuals");
    return names;
}

int AccountSummaryModel::rowOfDid(const QString &did) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).did == did)
            return int(i);
    return -1;
}

void AccountSummaryModel::setSummaries(const QList<analytics::AccountSummary> &summaries)
{
    bool sameShape = summaries.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < summaries.size(); ++i)
        sameShape = summaries.at(i).did == m_rows.at(i).did;
    if (sameShape) {
        m_rows = summaries;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size() - 1)));
        return;
    }
    beginResetModel();
    m_rows = summaries;
    endResetModel();
}

} // namespace ge::models
