#pragma once

#include "UiContext.h"
#include "analytics/AnalyticsTypes.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace ge::models {
class BestDaysModel;
}

namespace ge::ui {

class TimeChart;

// Followers over time, new and lost per day, engagement per day, best days. The history of
// the last year is loaded once per refresh (reader thread); switching ranges only re-slices
// it in memory. Clicking a day asks for the people behind it (dayActivated).
class GrowthPage : public QWidget
{
    Q_OBJECT
public:
    explicit GrowthPage(const UiContext &context, QWidget *parent = nullptr);

    void refresh();
    // 7, 30, 90, 365, or 0 for the custom range.
    void setRangeDays(int days);
    int rangeDays() const { return m_rangeDays; }
    void setCustomRange(QDate from, QDate to);
    // Empty did: all accounts summed.
    void setAccount(const QString &did);
    QString account() const { return m_accountDid; }
    void setCompare(bool compare);
    bool exportChartsPng(const QString &path) const;
    bool hasData() const { return m_loaded; }

    TimeChart *followersChart() const { return m_followersChart; }
    TimeChart *changesChart() const { return m_changesChart; }
    TimeChart *engagementChart() const { return m_engagementChart; }
    models::BestDaysModel *bestDays() const { return m_bestDays; }

Q_SIGNALS:
    void dayActivated(const QString &accountDid, QDate date);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void requestHistory(QDate from, QDate to);
    void rebuild();
    QList<analytics::DayStats> slice(const analytics::AccountHistory &h) const;
    QDate today() const;

    UiContext m_context;
    QComboBox *m_account = nullptr;
    QCheckBox *m_compare = nullptr;
    QButtonGroup *m_ranges = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_state = nullptr;
    TimeChart *m_followersChart = nullptr;
    TimeChart *m_changesChart = nullptr;
    TimeChart *m_engagementChart = nullptr;
    QTableView *m_bestView = nullptr;
    models::BestDaysModel *m_bestDays = nullptr;

    QList<analytics::TrackedAccount> m_accounts;
    QHash<QString, analytics::AccountHistory> m_histories;
    QDate m_loadedFrom, m_loadedTo;
    QString m_accountDid;
    int m_rangeDays = 30;
    QDate m_customFrom, m_customTo;
    bool m_comparing = false;
    quint64 m_accountsRequest = 0;
    quint64 m_historyRequest = 0;
    bool m_loaded = false;
};

} // namespace ge::ui
