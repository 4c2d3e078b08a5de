#pragma once

#include "analytics/AnalyticsTypes.h"
#include "core/Error.h"

#include <QAbstractTableModel>

namespace ge::analytics {
class AnalyticsService;
}

namespace ge::models {

// People around an account (followers, following, mutuals, ...), loaded lazily page by page
// through canFetchMore()/fetchMore() so 200k rows never load at once. Pages are asked for with
// fetchRequested() and arrive through appendPage(); attach() wires both to an AnalyticsService.
class AudienceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HandleColumn, NameColumn, FollowersColumn, PostsColumn, FirstSeenColumn, LastActiveColumn, RelationColumn, ColumnCount };
    enum Role { DidRole = Qt::UserRole + 1, HandleRole, SortRole, ProfileUrlRole, ChangeRole };

    explicit AudienceModel(QObject *parent = nullptr);

    void attach(analytics::AnalyticsService *service);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Clears the rows and asks for the first page of the new query.
    void setQuery(const analytics::AudienceQuery &query);
    analytics::AudienceQuery query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = rows; }

    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }
    const analytics::AudienceEntry &entry(int row) const { return m_rows.at(row); }
    static QString profileUrl(const analytics::AudienceEntry &entry);

public Q_SLOTS:
    // A page for a query other than the outstanding one is ignored (the user moved on).
    void appendPage(const ge::analytics::AudiencePage &page);
    void setFailed(const QString &message);

Q_SIGNALS:
    void fetchRequested(const ge::analytics::AudienceQuery &query);
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void failed(const QString &message);

private:
    void request(const analytics::AudienceQuery &query);
    void setLoading(bool loading);

    analytics::AudienceQuery m_query;
    analytics::AudienceQuery m_outstanding;
    QList<analytics::AudienceEntry> m_rows;
    qint64 m_total = -1;
    bool m_atEnd = true;
    bool m_loading = false;
    bool m_active = false;
    quint64 m_requestId = 0;
    int m_pageSize = 500;
    QString m_error;
};

} // namespace ge::models
