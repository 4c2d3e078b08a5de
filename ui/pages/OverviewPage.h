#pragma once

#include "StatusTypes.h"
#include "UiContext.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;

namespace ge::models {
class AccountSummaryModel;
}

namespace ge::ui {

class KpiCard;
class FlowLayout;
class StatusBadge;

// The morning glance: per account (or all accounts) followers and their change, new vs lost,
// mutuals, engagement this week vs last, the status of collectors and dependencies, and what
// needs attention.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(const UiContext &context, QWidget *parent = nullptr);

    void refresh();
    // Attention items from other areas (campaign paused by rate limit, backup overdue).
    void setExternalAttention(const QString &source, const QList<models::AttentionItem> &items);
    QList<models::AttentionItem> attentionItems() const { return m_attention; }
    models::AccountSummaryModel *summaryModel() const { return m_summaries; }
    bool hasData() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void navigateRequested(const QString &pageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void rebuildStatus();

    UiContext m_context;
    models::AccountSummaryModel *m_summaries = nullptr;
    QComboBox *m_account = nullptr;
    QLabel *m_state = nullptr;
    KpiCard *m_followers = nullptr;
    KpiCard *m_today = nullptr;
    KpiCard *m_week = nullptr;
    KpiCard *m_month = nullptr;
    KpiCard *m_mutuals = nullptr;
    KpiCard *m_engagement = nullptr;
    FlowLayout *m_statusLayout = nullptr;
    QList<StatusBadge *> m_badges;
    QListWidget *m_attentionList = nullptr;
    QList<models::AttentionItem> m_attention;
    QHash<QString, QList<models::AttentionItem>> m_external;
    quint64 m_request = 0;
    bool m_loaded = false;
    QString m_selectedDid;
};

} // namespace ge::ui
