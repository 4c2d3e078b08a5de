#include "pages/GrowthPage.h"

#include "BestDaysModel.h"
#include "StatusTypes.h"
#include "analytics/AnalyticsQueries.h"
#include "analytics/AnalyticsService.h"
#include "charts/TimeChart.h"
#include "widgets/PageHeader.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ge::ui {

using analytics::AccountHistory;
using analytics::DayStats;

namespace {
// Okabe-Ito colours: distinguishable with colour-vision deficiencies.
const QList<QColor> kLineColors = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0xCC, 0x79, 0xA7),
                                   QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73)};
const QColor kNew(0x00, 0x9E, 0x73);
const QColor kLost(0xD5, 0x5E, 0x00);
const QColor kEngagement(0x56, 0xB4, 0xE9);

double dayX(QDate d)
{
    return double(d.startOfDay().toMSecsSinceEpoch());
}
} // namespace

GrowthPage::GrowthPage(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("growthPage"));
    m_bestDays = new models::BestDaysModel(this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    layout->addWidget(new PageHeader(tr("Growth"), tr("Followers over time, new and lost per day, engagement. Click a day to see the people behind it."), content));

    auto *bar = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Account:"), content);
    m_account = new QComboBox(content);
    m_account->setObjectName(QStringLiteral("growthAccount"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setMinimumContentsLength(22);
    m_account->addItem(tr("All accounts"), QString());
    accountLabel->setBuddy(m_account);
    m_compare = new QCheckBox(tr("&Compare accounts"), content);
    m_compare->setAccessibleName(tr("Compare accounts"));
    bar->addWidget(accountLabel);
    bar->addWidget(m_account);
    bar->addWidget(m_compare);
    bar->addSpacing(16);

    m_ranges = new QButtonGroup(content);
    m_ranges->setExclusive(true);
    const QList<std::pair<int, QString>> ranges = {{7, tr("7 d")}, {30, tr("30 d")}, {90, tr("90 d")}, {365, tr("365 d")}, {0, tr("Custom")}};
    for (const auto &[days, label] : ranges) {
        auto *b = new QToolButton(content);
        b->setText(label);
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setObjectName(QStringLiteral("range%1").arg(days));
        b->setAccessibleName(days ? tr("Last %1 days").arg(days) : tr("Custom range"));
        m_ranges->addButton(b, days);
        bar->addWidget(b);
    }
    m_ranges->button(30)->setChecked(true);
    m_from = new QDateEdit(content);
    m_to = new QDateEdit(content);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
        bar->addWidget(e);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    bar->addStretch(1);
    auto *exportButton = new QPushButton(tr("&Export PNG…"), content);
    exportButton->setAccessibleName(tr("Export charts as PNG"));
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_state = new QLabel(content);
    m_state->setObjectName(QStringLiteral("growthState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_state);

    m_followersChart = new TimeChart(content);
    m_followersChart->setObjectName(QStringLiteral("followersChart"));
    m_followersChart->setTitle(tr("Followers"));
    m_followersChart->setMinimumHeight(210);
    m_changesChart = new TimeChart(content);
    m_changesChart->setObjectName(QStringLiteral("changesChart"));
    m_changesChart->setTitle(tr("New and lost followers per day"));
    m_changesChart->setMinimumHeight(170);
    m_engagementChart = new TimeChart(content);
    m_engagementChart->setObjectName(QStringLiteral("engagementChart"));
    m_engagementChart->setTitle(tr("Engagement per day"));
    m_engagementChart->setMinimumHeight(170);
    auto *formula = new QLabel(tr("Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes"), content);
    formula->setObjectName(QStringLiteral("engagementFormula"));
    formula->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_followersChart);
    layout->addWidget(m_changesChart);
    layout->addWidget(m_engagementChart);
    layout->addWidget(formula);

    auto *bestTitle = new QLabel(tr("Best days in this range"), content);
    QFont bold = bestTitle->font();
    bold.setBold(true);
    bestTitle->setFont(bold);
    layout->addWidget(bestTitle);
    m_bestView = new QTableView(content);
    m_bestView->setObjectName(QStringLiteral("bestDays"));
    m_bestView->setAccessibleName(tr("Best days"));
    auto *bestProxy = new QSortFilterProxyModel(this);
    bestProxy->setSourceModel(m_bestDays);
    bestProxy->setSortRole(models::BestDaysModel::SortRole);
    m_bestView->setModel(bestProxy);
    m_bestView->setSortingEnabled(true);
    m_bestView->sortByColumn(-1, Qt::AscendingOrder);
    m_bestView->verticalHeader()->hide();
    m_bestView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_bestView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bestView->setMinimumHeight(200);
    layout->addWidget(m_bestView);

    for (TimeChart *chart : {m_followersChart, m_changesChart, m_engagementChart}) {
        connect(chart, &TimeChart::pointClicked, this, [this](double x) {
            Q_EMIT dayActivated(m_accountDid, QDateTime::fromMSecsSinceEpoch(qint64(x)).date());
        });
    }
    connect(m_bestView, &QTableView::activated, this, [this, bestProxy](const QModelIndex &index) {
        const QDate d = bestProxy->mapToSource(index).data(models::BestDaysModel::DateRole).toDate();
        Q_EMIT dayActivated(m_accountDid, d);
    });
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRangeDays(id); });
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate) {
        if (m_rangeDays == 0)
            setCustomRange(m_from->date(), m_to->date());
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate) {
        if (m_rangeDays == 0)
            setCustomRange(m_from->date(), m_to->date());
    });
    connect(m_account, &QComboBox::currentIndexChanged, this, [this](int) {
        m_accountDid = m_account->currentData().toString();
        rebuild();
    });
    connect(m_compare, &QCheckBox::toggled, this, &GrowthPage::setCompare);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        auto *dlg = new QFileDialog(this, tr("Export charts"), QString(), tr("PNG images (*.png)"));
        dlg->setAcceptMode(QFileDialog::AcceptSave);
        dlg->setDefaultSuffix(QStringLiteral("png"));
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QFileDialog::fileSelected, this, [this](const QString &file) {
            if (!exportChartsPng(file))
                m_state->setText(tr("Could not write %1").arg(file));
        });
        dlg->open();
    });

    if (m_context.analytics) {
        auto *svc = m_context.analytics;
        connect(svc, &analytics::AnalyticsService::accountsReady, this,
                [this](quint64 id, const QList<analytics::TrackedAccount> &accounts) {
                    if (id != m_accountsRequest)
                        return;
                    m_accounts = accounts;
                    const QSignalBlocker block(m_account);
                    while (m_account->count() > 1)
                        m_account->removeItem(1);
                    for (const auto &a : accounts)
                        m_account->addItem(QLatin1Char('@') + a.handle, a.did);
                    const int idx = m_account->findData(m_accountDid);
                    m_account->setCurrentIndex(idx < 0 ? 0 : idx);
                    m_accountDid = m_account->currentData().toString();
                    const QDate t = today();
                    QDate from = t.addDays(-364);
                    if (m_rangeDays == 0 && m_customFrom.isValid() && m_customFrom < from)
                        from = m_customFrom;
                    requestHistory(from, t);
                });
        connect(svc, &analytics::AnalyticsService::historyReady, this,
                [this](quint64 id, const QList<AccountHistory> &histories) {
                    if (id != m_historyRequest)
                        return;
                    m_histories.clear();
                    for (const AccountHistory &h : histories)
                        m_histories.insert(h.did, h);
                    m_loaded = true;
                    m_state->setText(m_accounts.isEmpty() ? tr("No tracked accounts yet. Add one in Settings.") : QString());
                    rebuild();
                    Q_EMIT loaded();
                });
        connect(svc, &analytics::AnalyticsService::failed, this, [this](quint64 id, const Error &e) {
            if (id != m_historyRequest && id != m_accountsRequest)
                return;
            m_loaded = true;
            m_state->setText(e.category == ErrorCategory::NotFound ? tr("No data yet.") : tr("Could not load: %1").arg(e.message));
            rebuild();
            Q_EMIT loaded();
        });
        connect(svc, &analytics::AnalyticsService::dataChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    } else {
        m_state->setText(tr("No database connected."));
    }
    const QDate t = today();
    m_from->setDate(t.addDays(-29));
    m_to->setDate(t);
    rebuild();
}

QDate GrowthPage::today() const
{
    const qint64 nowUs = m_context.analytics ? m_context.analytics->clock().nowUs() : QDateTime::currentMSecsSinceEpoch() * 1000;
    const int offset = m_context.analytics ? m_context.analytics->utcOffsetSeconds() : QDateTime::currentDateTime().offsetFromUtc();
    return analytics::AnalyticsQueries(QSqlDatabase(), nowUs, offset).today();
}

void GrowthPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_accountsRequest == 0)
        refresh();
}

void GrowthPage::refresh()
{
    if (!m_context.analytics)
        return;
    m_state->setText(tr("Loading…"));
    m_accountsRequest = m_context.analytics->requestAccounts(this);
}

void GrowthPage::requestHistory(QDate from, QDate to)
{
    QStringList dids;
    for (const auto &a : std::as_const(m_accounts))
        dids.append(a.did);
    m_loadedFrom = from;
    m_loadedTo = to;
    m_historyRequest = m_context.analytics->requestHistory(dids, from, to, this);
}

void GrowthPage::setRangeDays(int days)
{
    m_rangeDays = days;
    if (QAbstractButton *b = m_ranges->button(days))
        b->setChecked(true);
    m_from->setEnabled(days == 0);
    m_to->setEnabled(days == 0);
    if (days == 0) {
        setCustomRange(m_from->date(), m_to->date());
        return;
    }
    {
        // The (disabled) date fields show the range the preset shows, and "Custom" starts from it.
        const QDate to = today();
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        m_from->setDate(to.addDays(-(days - 1)));
        m_to->setDate(to);
    }
    rebuild();
}

void GrowthPage::setCustomRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (from > to)
        std::swap(from, to);
    m_customFrom = from;
    m_customTo = to;
    m_rangeDays = 0;
    if (QAbstractButton *b = m_ranges->button(0))
        b->setChecked(true);
    {
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    // outside what is loaded: ask the reader for the wider range
    if (m_context.analytics && m_loaded && (!m_loadedFrom.isValid() || from < m_loadedFrom || to > m_loadedTo)) {
        requestHistory(std::min(from, m_loadedFrom.isValid() ? m_loadedFrom : from), std::max(to, m_loadedTo.isValid() ? m_loadedTo : to));
        return;
    }
    rebuild();
}

void GrowthPage::setAccount(const QString &did)
{
    const int idx = m_account->findData(did);
    if (idx >= 0)
        m_account->setCurrentIndex(idx);
    m_accountDid = did;
    rebuild();
}

void GrowthPage::setCompare(bool compare)
{
    m_comparing = compare;
    {
        const QSignalBlocker block(m_compare);
        m_compare->setChecked(compare);
    }
    rebuild();
}

QList<DayStats> GrowthPage::slice(const AccountHistory &h) const
{
    QDate from, to;
    if (m_rangeDays == 0) {
        from = m_customFrom;
        to = m_customTo;
    } else {
        to = today();
        from = to.addDays(-(m_rangeDays - 1));
    }
    QList<DayStats> out;
    if (h.days.isEmpty() || !from.isValid())
        return out;
    const qint64 first = h.days.first().date.daysTo(from);
    const qint64 last = h.days.first().date.daysTo(to);
    for (qint64 i = std::max<qint64>(0, first); i <= last && i < h.days.size(); ++i)
        out.append(h.days.at(i));
    return out;
}

void GrowthPage::rebuild()
{
    QList<AccountHistory> selected;
    if (m_accountDid.isEmpty()) {
        for (const auto &a : std::as_const(m_accounts))
            if (m_histories.contains(a.did))
                selected.append(m_histories.value(a.did));
    } else if (m_histories.contains(m_accountDid)) {
        selected.append(m_histories.value(m_accountDid));
    }
    const AccountHistory summed = analytics::AnalyticsQueries::sum(selected);
    const QList<DayStats> days = slice(summed);

    QList<TimeChart::Series> followers;
    if (m_comparing && selected.size() > 1) {
        for (qsizetype i = 0; i < selected.size(); ++i) {
            TimeChart::Series s{QLatin1Char('@') + selected.at(i).handle, kLineColors.at(i % kLineColors.size()), TimeChart::Style::Line, {}};
            for (const DayStats &d : slice(selected.at(i)))
                if (d.followers >= 0)
                    s.points.append(QPointF(dayX(d.date), double(d.followers)));
            followers.append(s);
        }
    } else {
        TimeChart::Series s{tr("Followers"), kLineColors.first(), TimeChart::Style::Line, {}};
        for (const DayStats &d : days)
            if (d.followers >= 0)
                s.points.append(QPointF(dayX(d.date), double(d.followers)));
        followers.append(s);
    }
    m_followersChart->setSeries(followers);

    TimeChart::Series gained{tr("New"), kNew, TimeChart::Style::Bars, {}};
    TimeChart::Series lost{tr("Lost"), kLost, TimeChart::Style::Bars, {}};
    TimeChart::Series score{tr("Score"), kEngagement, TimeChart::Style::Bars, {}};
    QHash<qint64, DayStats> byX;
    for (const DayStats &d : days) {
        const double x = dayX(d.date);
        gained.points.append(QPointF(x, double(d.followed)));
        lost.points.append(QPointF(x, -double(d.unfollowed)));
        score.points.append(QPointF(x, double(d.score())));
        byX.insert(qint64(x), d);
    }
    m_changesChart->setSeries({gained, lost});
    m_engagementChart->setSeries({score});
    const QLocale l;
    m_changesChart->setTooltipProvider([byX, l](double x) {
        const DayStats d = byX.value(qint64(x));
        return tr("%1\nNew: %2\nLost: %3\nNet: %4\nClick to see who").arg(l.toString(d.date, QLocale::LongFormat)).arg(d.followed).arg(d.unfollowed).arg(d.net());
    });
    m_engagementChart->setTooltipProvider([byX, l](double x) {
        const DayStats d = byX.value(qint64(x));
        return tr("%1\nScore: %2\nLikes: %3 · Reposts: %4\nReplies: %5 · Quotes: %6").arg(l.toString(d.date, QLocale::LongFormat)).arg(d.score()).arg(d.likes).arg(d.reposts).arg(d.replies).arg(d.quotes);
    });
    m_bestDays->setDays(days);
}

bool GrowthPage::exportChartsPng(const QString &path) const
{
    const QList<TimeChart *> charts = {m_followersChart, m_changesChart, m_engagementChart};
    int w = 0, h = 0;
    QList<QImage> images;
    for (TimeChart *c : charts) {
        images.append(c->render());
        w = std::max(w, images.last().width());
        h += images.last().height();
    }
    if (w <= 0 || h <= 0)
        return false;
    QImage out(w, h, QImage::Format_ARGB32);
    out.fill(palette().color(QPalette::Base));
    QPainter p(&out);
    int y = 0;
    for (const QImage &img : std::as_const(images)) {
        p.drawImage(0, y, img);
        y += img.height();
    }
    p.end();
    return out.save(path, "PNG");
}

} // namespace ge::ui
