#include "pages/AudiencePage.h"

#include "AudienceModel.h"
#include "analytics/AnalyticsService.h"
#include "widgets/PageHeader.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace ge::ui {

using analytics::AudienceKind;
using models::AudienceModel;

namespace {
const QList<AudienceKind> kTabKinds = {AudienceKind::Followers, AudienceKind::Following, AudienceKind::Mutuals,
                                        AudienceKind::NotFollowedBack, AudienceKind::NotFollowingBack,
                                        AudienceKind::RecentUnfollowers, AudienceKind::DayChanges};
}

AudiencePage::AudiencePage(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("audiencePage"));
    m_model = new AudienceModel(this);
    m_model->attach(m_context.analytics);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AudienceModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Audience"), tr("Who follows whom, with profile details. Select people to follow back, open or copy."), this));

    auto *bar = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("audienceAccount"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setMinimumContentsLength(22);
    accountLabel->setBuddy(m_account);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("audienceSearch"));
    m_search->setPlaceholderText(tr("Filter by handle or name…"));
    m_search->setAccessibleName(tr("Filter people"));
    m_search->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("audienceSummary"));
    bar->addWidget(accountLabel);
    bar->addWidget(m_account);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("audienceTabs"));
    m_tabs->setAccessibleName(tr("Audience lists"));
    m_tabs->addTab(tr("Followers"));
    m_tabs->addTab(tr("Following"));
    m_tabs->addTab(tr("Mutuals"));
    m_tabs->addTab(tr("Not followed back"));
    m_tabs->addTab(tr("You follow, they don't"));
    m_tabs->addTab(tr("Recent unfollowers"));
    m_tabs->addTab(tr("Day"));
    m_tabs->setTabVisible(6, false);
    m_tabs->setExpanding(false);
    layout->addWidget(m_tabs);

    auto *dayRow = new QHBoxLayout;
    m_dayBanner = new QLabel(this);
    m_dayBanner->setObjectName(QStringLiteral("dayBanner"));
    m_clearDay = new QPushButton(tr("Show all &followers"), this);
    dayRow->addWidget(m_dayBanner, 1);
    dayRow->addWidget(m_clearDay);
    layout->addLayout(dayRow);
    m_dayBanner->hide();
    m_clearDay->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("audienceTable"));
    m_view->setAccessibleName(tr("People"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(AudienceModel::HandleColumn, 240);
    m_view->horizontalHeader()->resizeSection(AudienceModel::NameColumn, 220);
    m_view->horizontalHeader()->resizeSection(AudienceModel::FirstSeenColumn, 150);
    m_view->horizontalHeader()->resizeSection(AudienceModel::LastActiveColumn, 150);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);

    auto *actions = new QHBoxLayout;
    m_followBack = new QPushButton(tr("Follow &back selected"), this);
    m_followBack->setObjectName(QStringLiteral("followBackButton"));
    auto *open = new QPushButton(tr("&Open profile"), this);
    auto *copy = new QPushButton(tr("&Copy handles"), this);
    actions->addWidget(m_followBack);
    actions->addWidget(open);
    actions->addWidget(copy);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto *copyAction = new QAction(tr("Copy handles"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    auto *openAction = new QAction(tr("Open profile in browser"), this);
    m_view->addAction(copyAction);
    m_view->addAction(openAction);

    connect(copyAction, &QAction::triggered, this, &AudiencePage::copySelectedHandles);
    connect(copy, &QPushButton::clicked, this, &AudiencePage::copySelectedHandles);
    connect(openAction, &QAction::triggered, this, &AudiencePage::openSelectedProfiles);
    connect(open, &QPushButton::clicked, this, &AudiencePage::openSelectedProfiles);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &) { openSelectedProfiles(); });
    connect(m_followBack, &QPushButton::clicked, this, [this] {
        const QStringList dids = selectedDids();
        if (!dids.isEmpty())
            Q_EMIT followBackRequested(account(), dids);
    });
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int) {
        if (kind() != AudienceKind::DayChanges) {
            m_day = QDate();
            m_tabs->setTabVisible(6, false);
            m_dayBanner->hide();
            m_clearDay->hide();
        }
        reload();
    });
    connect(m_account, &QComboBox::currentIndexChanged, this, [this](int) { reload(); });
    connect(m_clearDay, &QPushButton::clicked, this, [this] { setKind(AudienceKind::Followers); });
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text); // immediate, over what is loaded
        m_searchDebounce.start();            // then the full list on the reader
    });
    connect(&m_searchDebounce, &QTimer::timeout, this, &AudiencePage::reload);
    connect(m_model, &AudienceModel::totalChanged, this, &AudiencePage::updateSummary);
    connect(m_model, &AudienceModel::loadingChanged, this, &AudiencePage::updateSummary);
    connect(m_model, &AudienceModel::failed, this, &AudiencePage::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AudiencePage::updateSummary);

    if (m_context.analytics) {
        connect(m_context.analytics, &analytics::AnalyticsService::accountsReady, this,
                [this](quint64 id, const QList<analytics::TrackedAccount> &accounts) {
                    if (id != m_accountsRequest)
                        return;
                    const QString keep = m_pendingDid.isEmpty() ? account() : m_pendingDid;
                    {
                        const QSignalBlocker block(m_account);
                        m_account->clear();
                        m_account->addItem(tr("All accounts"), QString());
                        for (const auto &a : accounts)
                            m_account->addItem(QLatin1Char('@') + a.handle, a.did);
                        int idx = m_account->findData(keep);
                        if (idx < 0 || (keep.isEmpty() && kind() != AudienceKind::DayChanges))
                            idx = m_account->count() > 1 ? 1 : 0;
                        m_account->setCurrentIndex(idx);
                    }
                    m_pendingDid.clear();
                    reload();
                });
    }
    updateSummary();
}

void AudiencePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        refresh();
}

void AudiencePage::refresh()
{
    if (!m_context.analytics)
        return;
    m_requested = true;
    m_accountsRequest = m_context.analytics->requestAccounts(this);
}

QString AudiencePage::account() const
{
    return m_account->currentData().toString();
}

void AudiencePage::setAccount(const QString &did)
{
    const int idx = m_account->findData(did);
    if (idx >= 0)
        m_account->setCurrentIndex(idx);
    else
        m_pendingDid = did;
}

AudienceKind AudiencePage::kind() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < kTabKinds.size() ? kTabKinds.at(i) : AudienceKind::Followers;
}

void AudiencePage::setKind(AudienceKind k)
{
    m_tabs->setCurrentIndex(int(kTabKinds.indexOf(k)));
}

void AudiencePage::showDay(const QString &accountDid, QDate date)
{
    m_day = date;
    m_search->clear();
    {
        const QSignalBlocker b1(m_account);
        const QSignalBlocker b2(m_tabs);
        const int idx = m_account->findData(accountDid);
        if (idx >= 0)
            m_account->setCurrentIndex(idx);
        else
            m_pendingDid = accountDid;
        m_tabs->setTabVisible(6, true);
        m_tabs->setTabText(6, QLocale().toString(date, QLocale::ShortFormat));
        m_tabs->setCurrentIndex(6);
    }
    m_dayBanner->setText(tr("People who followed or unfollowed %1 on %2")
                             .arg(accountDid.isEmpty() ? tr("any tracked account") : m_account->currentText(),
                                  QLocale().toString(date, QLocale::LongFormat)));
    m_dayBanner->show();
    m_clearDay->show();
    if (m_account->findData(accountDid) < 0) {
        // accounts not listed yet: clear the table and load once they arrive (accountsReady)
        m_model->setQuery({});
        if (!m_requested)
            refresh();
        return;
    }
    reload();
}

void AudiencePage::reload()
{
    analytics::AudienceQuery q;
    q.kind = kind();
    q.accountDid = account();
    q.search = m_search->text().trimmed();
    if (q.kind == AudienceKind::DayChanges && m_day.isValid()) {
        const int offset = m_context.analytics ? m_context.analytics->utcOffsetSeconds() : 0;
        q.fromUs = (QDate(1970, 1, 1).daysTo(m_day) * 86400 - offset) * 1'000'000;
        q.toUs = q.fromUs + 86'400'000'000LL;
    }
    m_model->setQuery(q);
}

void AudiencePage::updateSummary()
{
    const QLocale l;
    QString text;
    if (!m_model->lastError().isEmpty())
        text = tr("Could not load: %1").arg(m_model->lastError());
    else if (m_model->isLoading() && m_model->rowCount() == 0)
        text = tr("Loading…");
    else if (account().isEmpty() && kind() != AudienceKind::DayChanges)
        text = tr("Choose an account to list its audience.");
    else if (m_model->total() >= 0)
        text = tr("%1 people · %2 loaded").arg(l.toString(m_model->total()), l.toString(m_model->rowCount()));
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    if (selected > 0)
        text += tr(" · %1 selected").arg(selected);
    m_summary->setText(text);
    m_followBack->setEnabled(selected > 0 && !account().isEmpty());
}

QStringList AudiencePage::selectedDids() const
{
    QStringList out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        out.append(i.data(AudienceModel::DidRole).toString());
    return out;
}

QStringList AudiencePage::selectedHandles() const
{
    QStringList out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        const QString h = i.data(AudienceModel::HandleRole).toString();
        out.append(h.isEmpty() ? i.data(AudienceModel::DidRole).toString() : QLatin1Char('@') + h);
    }
    return out;
}

void AudiencePage::copySelectedHandles() const
{
    const QStringList handles = selectedHandles();
    if (!handles.isEmpty())
        QGuiApplication::clipboard()->setText(handles.join(QLatin1Char('\n')));
}

void AudiencePage::openSelectedProfiles() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    for (qsizetype i = 0; i < rows.size() && i < 10; ++i) // never open a flood of tabs
        QDesktopServices::openUrl(QUrl(rows.at(i).data(AudienceModel::ProfileUrlRole).toString()));
}

} // namespace ge::ui
