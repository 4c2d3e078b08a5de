#include "pages/OverviewPage.h"

#include "AccountSummaryModel.h"
#include "BreakerModel.h"
#include "CollectorModel.h"
#include "HealthModel.h"
#include "analytics/AnalyticsService.h"
#include "widgets/FlowLayout.h"
#include "widgets/KpiCard.h"
#include "widgets/PageHeader.h"
#include "widgets/StatusBadge.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ge::ui {

using models::AccountSummaryModel;

namespace {
QString signedNumber(qint64 v)
{
    const QString n = QLocale().toString(v);
    return v > 0 ? QLatin1Char('+') + n : n;
}
int trend(qint64 v)
{
    return v > 0 ? 1 : v < 0 ? -1 : 0;
}
} // namespace

OverviewPage::OverviewPage(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_summaries = new AccountSummaryModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Overview"), tr("Followers, changes and what needs attention, per account."), this));

    auto *bar = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("overviewAccount"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setModel(m_summaries);
    m_account->setMinimumContentsLength(24);
    accountLabel->setBuddy(m_account);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setAccessibleName(tr("Refresh overview"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("overviewState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(accountLabel);
    bar->addWidget(m_account);
    bar->addWidget(refreshButton);
    bar->addSpacing(12);
    bar->addWidget(m_state, 1);
    layout->addLayout(bar);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    m_followers = new KpiCard(tr("Followers now"), this);
    m_today = new KpiCard(tr("Change today"), this);
    m_week = new KpiCard(tr("Last 7 days"), this);
    m_month = new KpiCard(tr("Last 30 days"), this);
    m_mutuals = new KpiCard(tr("Mutuals"), this);
    m_engagement = new KpiCard(tr("Engagement this week"), this);
    m_engagement->setToolTip(tr("Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes"));
    grid->addWidget(m_followers, 0, 0);
    grid->addWidget(m_today, 0, 1);
    grid->addWidget(m_week, 0, 2);
    grid->addWidget(m_month, 1, 0);
    grid->addWidget(m_mutuals, 1, 1);
    grid->addWidget(m_engagement, 1, 2);
    layout->addLayout(grid);

    auto *statusTitle = new QLabel(tr("Collectors and dependencies"), this);
    QFont bold = statusTitle->font();
    bold.setBold(true);
    statusTitle->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(statusTitle);
    // badges flow onto further lines so the strip never forces the window wider
    m_statusLayout = new FlowLayout(6);
    layout->addLayout(m_statusLayout);

    auto *attentionTitle = new QLabel(tr("Needs attention"), this);
    attentionTitle->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(attentionTitle);
    m_attentionList = new QListWidget(this);
    m_attentionList->setObjectName(QStringLiteral("attentionList"));
    m_attentionList->setAccessibleName(tr("Needs attention"));
    m_attentionList->setMaximumHeight(150);
    layout->addWidget(m_attentionList);
    layout->addStretch(1);

    connect(m_account, &QComboBox::currentIndexChanged, this, [this](int) { showSelected(); });
    connect(refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_attentionList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT navigateRequested(item->data(Qt::UserRole).toString());
    });

    if (m_context.analytics) {
        auto *svc = m_context.analytics;
        connect(svc, &analytics::AnalyticsService::summariesReady, this,
                [this](quint64 id, const QList<analytics::AccountSummary> &list) {
                    if (id != m_request)
                        return;
                    m_summaries->setSummaries(list);
                    int row = m_summaries->rowOfDid(m_selectedDid);
                    if (row < 0 && m_summaries->rowCount() > 0)
                        row = 0;
                    m_account->setCurrentIndex(row);
                    m_loaded = true;
                    m_state->setText(list.isEmpty() ? tr("No tracked accounts yet. Add one in Settings.")
                                                    : tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                    showSelected();
                    Q_EMIT loaded();
                });
        connect(svc, &analytics::AnalyticsService::failed, this, [this](quint64 id, const Error &e) {
            if (id != m_request)
                return;
            m_loaded = true;
            m_state->setText(e.category == ErrorCategory::NotFound ? tr("No data yet.") : tr("Could not load: %1").arg(e.message));
            Q_EMIT loaded();
        });
        connect(svc, &analytics::AnalyticsService::dataChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    } else {
        m_state->setText(tr("No database connected."));
    }
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_context.health),
                                  static_cast<QAbstractItemModel *>(m_context.collectors),
                                  static_cast<QAbstractItemModel *>(m_context.breakers)}) {
        if (!m)
            continue;
        connect(m, &QAbstractItemModel::dataChanged, this, &OverviewPage::rebuildStatus);
        connect(m, &QAbstractItemModel::rowsInserted, this, &OverviewPage::rebuildStatus);
        connect(m, &QAbstractItemModel::modelReset, this, &OverviewPage::rebuildStatus);
    }
    showSelected();
    rebuildStatus();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_request == 0)
        refresh();
}

void OverviewPage::refresh()
{
    if (!m_context.analytics)
        return;
    m_state->setText(tr("Loading…"));
    m_request = m_context.analytics->requestSummaries({}, this);
}

void OverviewPage::showSelected()
{
    const int row = m_account->currentIndex();
    if (row < 0 || row >= m_summaries->rowCount()) {
        for (KpiCard *c : {m_followers, m_today, m_week, m_month, m_mutuals, m_engagement}) {
            c->setValue(QStringLiteral("–"));
            c->setDetail(QString());
            c->setSparkline({});
        }
        return;
    }
    const analytics::AccountSummary &s = m_summaries->summary(row);
    m_selectedDid = s.did;
    const QLocale l;
    m_followers->setValue(s.followersKnown ? l.toString(s.followersNow) : tr("unknown"));
    m_followers->setDetail(s.followersKnown ? tr("30-day trend") : tr("run a backfill to count followers"));
    m_followers->setSparkline(s.followersSparkline);
    m_today->setValue(signedNumber(s.changeToday));
    m_today->setDetail(tr("since midnight"), trend(s.changeToday));
    m_week->setValue(signedNumber(s.change7d));
    m_week->setDetail(tr("%1 new · %2 lost").arg(l.toString(s.new7d), l.toString(s.lost7d)), trend(s.change7d));
    m_month->setValue(signedNumber(s.change30d));
    m_month->setDetail(tr("%1 new · %2 lost").arg(l.toString(s.new30d), l.toString(s.lost30d)), trend(s.change30d));
    m_mutuals->setValue(s.mutualsKnown ? l.toString(s.mutuals) : tr("counting…"));
    m_mutuals->setDetail(tr("follow each other"));
    m_engagement->setValue(l.toString(s.engagementThisWeek));
    const qint64 diff = s.engagementThisWeek - s.engagementLastWeek;
    QString cmp = tr("last week %1").arg(l.toString(s.engagementLastWeek));
    if (s.engagementLastWeek > 0)
        cmp += QStringLiteral(" (%1%2 %)").arg(diff >= 0 ? QStringLiteral("+") : QString()).arg(double(diff) * 100.0 / double(s.engagementLastWeek), 0, 'f', 0);
    m_engagement->setDetail(cmp, trend(diff));
    m_engagement->setSparkline(s.engagementSparkline);
}

void OverviewPage::setExternalAttention(const QString &source, const QList<models::AttentionItem> &items)
{
    m_external.insert(source, items);
    rebuildStatus();
}

void OverviewPage::rebuildStatus()
{
    using models::HealthStatus;
    // status strip: one badge per collector and dependency
    // (status, label, detail, word): a collector says its own state ("Stopped"), a dependency that
    // offline mode does not check says so instead of "Unknown".
    QList<std::tuple<HealthStatus, QString, QString, QString>> entries;
    if (m_context.collectors) {
        for (int r = 0; r < m_context.collectors->rowCount(); ++r) {
            const auto *row = m_context.collectors->find(m_context.collectors->index(r, 0).data(models::CollectorModel::NameRole).toString());
            if (row)
                entries.append({models::collectorHealth(row->state), models::collectorDisplayName(row->name), row->lastError,
                                models::toDisplayString(row->state)});
        }
    }
    if (m_context.health) {
        for (const QString &c : m_context.health->components()) {
            const auto *row = m_context.health->find(c);
            const bool notChecked = m_context.offline && row->status == HealthStatus::Unknown;
            entries.append({row->status, models::displayNameOf(*row), row->lastError, notChecked ? tr("Offline") : QString()});
        }
    }
    while (m_badges.size() > entries.size())
        delete m_badges.takeLast();
    while (m_badges.size() < entries.size()) {
        auto *b = new StatusBadge(this);
        m_statusLayout->addWidget(b);
        m_badges.append(b);
    }
    for (qsizetype i = 0; i < entries.size(); ++i)
        m_badges[i]->setStatus(std::get<0>(entries[i]), std::get<1>(entries[i]), std::get<2>(entries[i]), std::get<3>(entries[i]));

    // needs attention
    QList<models::AttentionItem> items;
    if (m_context.breakers) {
        for (int r = 0; r < m_context.breakers->rowCount(); ++r) {
            const auto *b = m_context.breakers->find(m_context.breakers->index(r, 0).data(models::BreakerModel::NameRole).toString());
            if (b && (b->state == models::BreakerState::Open || b->state == models::BreakerState::ForcedOpen))
                items.append({HealthStatus::Down, tr("Breaker %1 is %2: %3").arg(b->name, models::toDisplayString(b->state), b->lastError), QStringLiteral("breakers")});
            else if (b && b->state == models::BreakerState::HalfOpen)
                items.append({HealthStatus::Degraded, tr("Breaker %1 is testing the dependency again (half-open)").arg(b->name), QStringLiteral("breakers")});
        }
    }
    if (m_context.collectors) {
        for (const QString &n : m_context.collectors->names()) {
            const auto *c = m_context.collectors->find(n);
            if (c->state == models::CollectorState::Failed)
                items.append({HealthStatus::Down, tr("Collector %1 failed: %2").arg(n, c->lastError), QStringLiteral("collectors")});
            else if (c->lagMs > 60'000)
                items.append({HealthStatus::Degraded, tr("Collector %1 is %2 s behind").arg(n).arg(c->lagMs / 1000), QStringLiteral("collectors")});
        }
    }
    if (m_context.health) {
        for (const QString &c : m_context.health->components()) {
            const auto *h = m_context.health->find(c);
            if (h->status == HealthStatus::Down)
                items.append({HealthStatus::Down, tr("%1 is down: %2").arg(c, h->lastError), QStringLiteral("health")});
        }
    }
    for (const auto &list : std::as_const(m_external))
        items.append(list);
    m_attention = items;
    m_attentionList->clear();
    if (items.isEmpty()) {
        auto *ok = new QListWidgetItem(models::statusSymbol(HealthStatus::Up) + QLatin1Char(' ') + tr("Nothing needs attention."), m_attentionList);
        ok->setFlags(Qt::ItemIsEnabled);
    }
    for (const auto &item : std::as_const(items)) {
        auto *w = new QListWidgetItem(models::statusSymbol(item.severity) + QLatin1Char(' ') + item.text, m_attentionList);
        w->setData(Qt::UserRole, item.pageId);
        w->setForeground(models::statusColor(item.severity));
        w->setToolTip(tr("Press Enter to open the %1 page").arg(item.pageId));
    }
}

} // namespace ge::ui
