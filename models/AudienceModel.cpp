#include "AudienceModel.h"

#include "TimeFormat.h"
#include "analytics/AnalyticsService.h"

#include <QLocale>
#include <QUrl>

namespace ge::models {

using analytics::AudienceEntry;
using analytics::AudienceKind;
using analytics::AudiencePage;
using analytics::AudienceQuery;

namespace {
bool sameQuery(const AudienceQuery &a, const AudienceQuery &b)
{
    return a.accountDid == b.accountDid && a.kind == b.kind && a.search == b.search && a.fromUs == b.fromUs
           && a.toUs == b.toUs && a.hasCursor == b.hasCursor && a.afterTimeUs == b.afterTimeUs
           && a.afterRowId == b.afterRowId;
}
} // namespace

AudienceModel::AudienceModel(QObject *parent) : QAbstractTableModel(parent) {}

void AudienceModel::attach(analytics::AnalyticsService *service)
{
    if (!service)
        return;
    connect(this, &AudienceModel::fetchRequested, service, [this, service](const AudienceQuery &q) {
        m_requestId = service->requestAudience(q, this);
    });
    connect(service, &analytics::AnalyticsService::audienceReady, this, [this](quint64 id, const AudiencePage &page) {
        if (id == m_requestId)
            appendPage(page);
    });
    connect(service, &analytics::AnalyticsService::failed, this, [this](quint64 id, const Error &error) {
        if (id == m_requestId)
            setFailed(error.message);
    });
}

int AudienceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AudienceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AudienceModel::profileUrl(const AudienceEntry &entry)
{
    const QString who = entry.handle.isEmpty() ? entry.did : entry.handle;
    return QStringLiteral("https://bsky.app/profile/") + QString::fromUtf8(QUrl::toPercentEncoding(who, ":"));
}

QVariant AudienceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AudienceEntry &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HandleColumn: return r.handle.isEmpty() ? r.did : QLatin1Char('@') + r.handle;
        case NameColumn: return r.displayName;
        case FollowersColumn: return r.followersCount < 0 ? QString() : locale.toString(r.followersCount);
        case PostsColumn: return r.postsCount < 0 ? QString() : locale.toString(r.postsCount);
        case FirstSeenColumn: return absoluteTime(r.firstSeenUs);
        case LastActiveColumn: return absoluteTime(r.lastActiveUs);
        case RelationColumn: {
            if (r.change == QLatin1StringView("follow"))
                return tr("followed");
            if (r.change == QLatin1StringView("unfollow"))
                return tr("unfollowed");
            if (r.followsAccount && r.followedByAccount)
                return tr("mutual");
            if (r.followsAccount)
                return tr("follows you");
            if (r.followedByAccount)
                return tr("you follow");
            return QString();
        }
        }
        break;
    case SortRole:
        switch (index.column()) {
        case HandleColumn: return r.handle.isEmpty() ? r.did : r.handle;
        case NameColumn: return r.displayName;
        case FollowersColumn: return r.followersCount;
        case PostsColumn: return r.postsCount;
        case FirstSeenColumn: return r.firstSeenUs;
        case LastActiveColumn: return r.lastActiveUs;
        case RelationColumn: return data(index, Qt::DisplayRole);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == HandleColumn)
            return r.did;
        break;
    case DidRole: return r.did;
    case HandleRole: return r.handle;
    case ProfileUrlRole: return profileUrl(r);
    case ChangeRole: return r.change;
    }
    return {};
}

QVariant AudienceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HandleColumn: return tr("Handle");
    case NameColumn: return tr("Display name");
    case FollowersColumn: return tr("Followers");
    case PostsColumn: return tr("Posts");
    case FirstSeenColumn:
        return m_query.kind == AudienceKind::DayChanges || m_query.kind == AudienceKind::RecentUnfollowers ? tr("When")
                                                                                                          : tr("First seen");
    case LastActiveColumn: return tr("Last active");
    case RelationColumn: return tr("Relation");
    }
    return {};
}

bool AudienceModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && !m_atEnd && !m_loading;
}

void AudienceModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    AudienceQuery q = m_query;
    q.limit = m_pageSize;
    q.hasCursor = true;
    q.afterTimeUs = m_rows.constLast().sortTimeUs;
    q.afterRowId = m_rows.constLast().sortRowId;
    request(q);
}

void AudienceModel::setQuery(const AudienceQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.hasCursor = false;
    m_rows.clear();
    m_total = -1;
    m_atEnd = true;
    m_error.clear();
    m_active = !query.accountDid.isEmpty() || query.kind == AudienceKind::DayChanges;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT totalChanged(m_total);
    if (m_active) {
        AudienceQuery q = m_query;
        q.limit = m_pageSize;
        request(q);
    } else {
        setLoading(false);
    }
}

void AudienceModel::request(const AudienceQuery &query)
{
    m_outstanding = query;
    setLoading(true);
    Q_EMIT fetchRequested(query);
}

void AudienceModel::appendPage(const AudiencePage &page)
{
    if (!m_loading || !sameQuery(page.query, m_outstanding))
        return;
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows.append(page.rows);
        endInsertRows();
    }
    m_atEnd = page.atEnd;
    if (page.total >= 0 && page.total != m_total) {
        m_total = page.total;
        Q_EMIT totalChanged(m_total);
    }
    setLoading(false);
}

void AudienceModel::setFailed(const QString &message)
{
    m_error = message;
    m_atEnd = true;
    setLoading(false);
    Q_EMIT failed(message);
}

void AudienceModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace ge::models
