#pragma once

#include "UiContext.h"
#include "analytics/AnalyticsTypes.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabBar;
class QTableView;

namespace ge::models {
class AudienceModel;
}

namespace ge::ui {

// Followers, following, mutuals, not-followed-back, you-follow-but-they-don't and recent
// unfollowers of one account, with profile columns; lazily loaded, sortable and filterable.
class AudiencePage : public QWidget
{
    Q_OBJECT
public:
    explicit AudiencePage(const UiContext &context, QWidget *parent = nullptr);

    void refresh();
    void setAccount(const QString &did);
    QString account() const;
    void setKind(analytics::AudienceKind kind);
    analytics::AudienceKind kind() const;
    // Shows who followed or unfollowed the account (empty: all accounts) on that local day.
    void showDay(const QString &accountDid, QDate date);
    QDate dayFilter() const { return m_day; }

    models::AudienceModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QStringList selectedDids() const;
    QStringList selectedHandles() const;
    void copySelectedHandles() const;
    void openSelectedProfiles() const;

Q_SIGNALS:
    // The campaigns area connects this: follow back these people from that account.
    void followBackRequested(const QString &accountDid, const QStringList &dids);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void updateSummary();

    UiContext m_context;
    models::AudienceModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_account = nullptr;
    QTabBar *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_dayBanner = nullptr;
    QPushButton *m_clearDay = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_followBack = nullptr;
    QTimer m_searchDebounce;
    QDate m_day;
    quint64 m_accountsRequest = 0;
    bool m_requested = false;
    QString m_pendingDid;
};

} // namespace ge::ui
