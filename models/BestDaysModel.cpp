#include "BestDaysModel.h"

#include <QLocale>

#include <algorithm>

namespace ge::models {

BestDaysModel::BestDaysModel(QObject *parent) : QAbstractTableModel(parent) {}

int BestDaysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int BestDaysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BestDaysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::DayStats &d = m_days.at(index.row());
    auto value = [&](int column) -> QVariant {
        switch (column) {
        case DateColumn: return d.date;
        case NewColumn: return d.followed;
        case LostColumn: return d.unfollowed;
        case NetColumn: return d.net();
        case LikesColumn: return d.likes;
        case RepostsColumn: return d.reposts;
        case RepliesColumn: return d.replies;
        case QuotesColumn: return d.quotes;
        case ScoreColumn: return d.score();
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DateColumn)
            return QLocale().toString(d.date, QLocale::ShortFormat);
        if (index.column() == NetColumn)
            return d.net() > 0 ? QStringLiteral("+%1").arg(d.net()) : QString::number(d.net());
        return value(index.column());
    case Qt::TextAlignmentRole:
        return index.column() == DateColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole: return value(index.column());
    case DateRole: return d.date;
    }
    return {};
}

QVariant BestDaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ScoreColumn)
        return tr("Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Day");
    case NewColumn: return tr("New");
    case LostColumn: return tr("Lost");
    case NetColumn: return tr("Net");
    case LikesColumn: return tr("Likes");
    case RepostsColumn: return tr("Reposts");
    case RepliesColumn: return tr("Replies");
    case QuotesColumn: return tr("Quotes");
    case ScoreColumn: return tr("Score");
    }
    return {};
}

void BestDaysModel::setDays(const QList<analytics::DayStats> &days, int top)
{
    QList<analytics::DayStats> ranked;
    for (const auto &d : days)
        if (d.followed || d.unfollowed || d.score())
            ranked.append(d);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        if (a.net() != b.net())
            return a.net() > b.net();
        return a.score() > b.score();
    });
    if (ranked.size() > top)
        ranked.resize(top);
    beginResetModel();
    m_days = std::move(ranked);
    endResetModel();
}

} // namespace ge::models
