#include "pages/CampaignsPage.h"

#include "campaigns/CampaignPlanner.h"
#include "campaigns/CampaignService.h"
#include "campaigns/CampaignTargetsModel.h"
#include "widgets/PageHeader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ge::campaigns;

namespace ge::ui {

namespace {

QString timeText(qint64 us)
{
    if (us <= 0)
        return QObject::tr("—");
    return QDateTime::fromMSecsSinceEpoch(us / 1000).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return QObject::tr("%1 s").arg(s);
    if (s < 3600)
        return QObject::tr("%1 min").arg(s / 60);
    return QObject::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QStringList splitList(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        out.append(p.trimmed());
    return out;
}

QSpinBox *optionalSpin(int max, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(-1, max);
    s->setValue(-1);
    s->setSpecialValueText(QObject::tr("off"));
    s->setSuffix(suffix);
    return s;
}

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

CampaignsPage::CampaignsPage(QWidget *parent) : CampaignsPage(UiContext{}, parent) {}

CampaignsPage::CampaignsPage(const UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_service(context.campaigns)
{
    setObjectName(u"campaignsPage"_s);
    build();
    wire();
    updateButtons();
}

void CampaignsPage::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Campaigns"), tr("Follow-back campaigns: preview, dry run, run, pause, resume, cancel, undo."), this));

    // --- plan form ------------------------------------------------------------------------
    auto *planBox = new QGroupBox(tr("Plan a follow-back"), this);
    auto *planLayout = new QHBoxLayout(planBox);
    auto *form = new QFormLayout;
    m_account = new QLineEdit(planBox);
    m_account->setObjectName(u"campaignAccount"_s);
    m_account->setPlaceholderText(tr("own account handle, e.g. alice.bsky.social"));
    form->addRow(tr("Account:"), m_account);
    m_minFollowers = optionalSpin(100000000, {}, planBox);
    m_minFollowers->setObjectName(u"minFollowers"_s);
    form->addRow(tr("Minimum followers:"), m_minFollowers);
    m_maxFollowers = optionalSpin(100000000, {}, planBox);
    m_maxFollowers->setObjectName(u"maxFollowers"_s);
    form->addRow(tr("Maximum followers:"), m_maxFollowers);
    m_requireAvatar = new QCheckBox(tr("Has an avatar"), planBox);
    m_requireAvatar->setObjectName(u"requireAvatar"_s);
    form->addRow(QString(), m_requireAvatar);
    m_activeDays = optionalSpin(3650, tr(" days"), planBox);
    m_activeDays->setObjectName(u"activeWithinDays"_s);
    form->addRow(tr("Posted within:"), m_activeDays);
    m_minAgeDays = optionalSpin(3650, tr(" days"), planBox);
    m_minAgeDays->setObjectName(u"minAccountAgeDays"_s);
    form->addRow(tr("Account older than:"), m_minAgeDays);
    m_maxRatio = new QDoubleSpinBox(planBox);
    m_maxRatio->setObjectName(u"maxFollowRatio"_s);
    m_maxRatio->setRange(0, 1000);
    m_maxRatio->setDecimals(1);
    m_maxRatio->setSpecialValueText(tr("off"));
    m_maxRatio->setToolTip(tr("Skip accounts that follow more than this many times as many accounts as follow them."));
    form->addRow(tr("Max follows/followers:"), m_maxRatio);
    m_exclude = new QLineEdit(planBox);
    m_exclude->setObjectName(u"excludeList"_s);
    m_exclude->setPlaceholderText(tr("handles or DIDs, comma separated"));
    form->addRow(tr("Exclude:"), m_exclude);
    m_excludeLabels = new QLineEdit(planBox);
    m_excludeLabels->setObjectName(u"excludeLabels"_s);
    m_excludeLabels->setPlaceholderText(tr("labels, comma separated; * = any label"));
    form->addRow(tr("Exclude labels:"), m_excludeLabels);
    m_maxPerHour = new QSpinBox(planBox);
    m_maxPerHour->setObjectName(u"maxPerHour"_s);
    m_maxPerHour->setRange(0, 1666);
    m_maxPerHour->setSpecialValueText(tr("as the budget allows"));
    m_maxPerHour->setSuffix(tr(" / hour"));
    form->addRow(tr("Maximum pace:"), m_maxPerHour);
    auto *selectionRow = new QHBoxLayout;
    m_selection = new QLabel(tr("all followers"), planBox);
    m_selection->setObjectName(u"selectionLabel"_s);
    m_clearSelection = new QPushButton(tr("Clear selection"), planBox);
    selectionRow->addWidget(m_selection, 1);
    selectionRow->addWidget(m_clearSelection);
    form->addRow(tr("Targets:"), selectionRow);
    auto *buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("Preview"), planBox);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_dryRunButton = new QPushButton(tr("Dry run"), planBox);
    m_dryRunButton->setObjectName(u"dryRunButton"_s);
    m_startButton = new QPushButton(tr("Start campaign"), planBox);
    m_startButton->setObjectName(u"startButton"_s);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_dryRunButton);
    buttons->addWidget(m_startButton);
    form->addRow(buttons);
    planLayout->addLayout(form, 2);

    auto *countsBox = new QVBoxLayout;
    m_removed = new QTableWidget(0, 2, planBox);
    m_removed->setObjectName(u"removedTable"_s);
    m_removed->setHorizontalHeaderLabels({tr("Removed by"), tr("Count")});
    m_removed->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_removed->verticalHeader()->hide();
    m_removed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    countsBox->addWidget(m_removed, 1);
    m_planSummary = new QLabel(tr("Preview a plan to see the candidates, the points it costs and how long it takes."),
                               planBox);
    m_planSummary->setObjectName(u"planSummary"_s);
    m_planSummary->setWordWrap(true);
    countsBox->addWidget(m_planSummary);
    planLayout->addLayout(countsBox, 2);
    layout->addWidget(planBox);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_targets = new models::CampaignTargetsModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_targets);
    proxy->setSortRole(models::CampaignTargetsModel::SortRole);
    m_previewView = new QTableView(splitter);
    m_previewView->setObjectName(u"previewTable"_s);
    m_previewView->setModel(proxy);
    m_previewView->setSortingEnabled(true);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->horizontalHeader()->setStretchLastSection(true);

    // --- running campaign -------------------------------------------------------------------
    auto *runBox = new QGroupBox(tr("Campaign"), splitter);
    auto *runLayout = new QVBoxLayout(runBox);
    auto *runTop = new QHBoxLayout;
    m_campaignBox = new QComboBox(runBox);
    m_campaignBox->setObjectName(u"campaignSelector"_s);
    m_campaignBox->setMinimumContentsLength(30);
    runTop->addWidget(m_campaignBox, 1);
    m_pauseButton = new QPushButton(tr("Pause"), runBox);
    m_pauseButton->setObjectName(u"pauseButton"_s);
    m_resumeButton = new QPushButton(tr("Resume"), runBox);
    m_resumeButton->setObjectName(u"resumeButton"_s);
    m_cancelButton = new QPushButton(tr("Cancel"), runBox);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_undoButton = new QPushButton(tr("Undo"), runBox);
    m_undoButton->setObjectName(u"undoButton"_s);
    for (QPushButton *b : {m_pauseButton, m_resumeButton, m_cancelButton, m_undoButton})
        runTop->addWidget(b);
    runLayout->addLayout(runTop);
    m_progressBar = new QProgressBar(runBox);
    m_progressBar->setObjectName(u"campaignProgress"_s);
    runLayout->addWidget(m_progressBar);
    m_counts = new QLabel(runBox);
    m_counts->setObjectName(u"campaignCounts"_s);
    m_counts->setWordWrap(true);
    runLayout->addWidget(m_counts);
    m_timing = new QLabel(runBox);
    m_timing->setObjectName(u"campaignTiming"_s);
    m_timing->setWordWrap(true);
    runLayout->addWidget(m_timing);
    m_items = new models::CampaignItemsModel(this);
    m_itemsView = new QTableView(runBox);
    m_itemsView->setObjectName(u"itemsTable"_s);
    m_itemsView->setModel(m_items);
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    runLayout->addWidget(m_itemsView, 1);
    splitter->addWidget(m_previewView);
    splitter->addWidget(runBox);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"campaignStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    if (!m_service) {
        m_status->setText(tr("Campaigns are not available (no database or network service)."));
        setEnabled(true);
    }
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
}

void CampaignsPage::wire()
{
    connect(m_previewButton, &QPushButton::clicked, this, &CampaignsPage::preview);
    connect(m_dryRunButton, &QPushButton::clicked, this, &CampaignsPage::dryRun);
    connect(m_startButton, &QPushButton::clicked, this, &CampaignsPage::startCampaign);
    connect(m_pauseButton, &QPushButton::clicked, this, &CampaignsPage::pauseCurrent);
    connect(m_resumeButton, &QPushButton::clicked, this, &CampaignsPage::resumeCurrent);
    connect(m_cancelButton, &QPushButton::clicked, this, &CampaignsPage::cancelCurrent);
    connect(m_undoButton, &QPushButton::clicked, this, &CampaignsPage::undoCurrent);
    connect(m_clearSelection, &QPushButton::clicked, this, [this] {
        m_selectedDids.clear();
        m_selection->setText(tr("all followers"));
        updateButtons();
    });
    connect(m_account, &QLineEdit::textChanged, this, [this] {
        m_plan.reset();
        updateButtons();
    });
    connect(m_campaignBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            selectCampaign(m_campaignBox->itemData(index).toLongLong());
    });
    connect(&m_coalesce, &QTimer::timeout, this, &CampaignsPage::showProgress);
    if (!m_service)
        return;

    connect(m_service, &CampaignService::planReady, this, [this](quint64 requestId, const CampaignPlan &plan) {
        if (requestId != m_pendingPlan)
            return;
        m_pendingPlan = 0;
        setBusy(false);
        showPlan(plan);
        if (m_afterPlanDryRun)
            m_service->startCampaign(plan, m_maxPerHour->value(), true);
        else if (m_afterPlanStart)
            m_service->startCampaign(plan, m_maxPerHour->value(), false);
        m_afterPlanDryRun = m_afterPlanStart = false;
    });
    connect(m_service, &CampaignService::planFailed, this, [this](quint64 requestId, const Error &error) {
        if (requestId != m_pendingPlan)
            return;
        m_pendingPlan = 0;
        m_afterPlanDryRun = m_afterPlanStart = false;
        setBusy(false, tr("Planning failed: %1").arg(error.message));
    });
    connect(m_service, &CampaignService::campaignCreated, this, [this](qint64 id, bool dry) {
        m_status->setText(dry ? tr("Dry run recorded as campaign %1: nothing was written.").arg(id)
                              : tr("Campaign %1 started.").arg(id));
        m_currentId = id;
        m_service->listCampaigns();
        m_service->refresh(id);
    });
    connect(m_service, &CampaignService::campaignsListed, this, [this](const QList<CampaignRow> &rows) {
        QSignalBlocker block(m_campaignBox);
        m_campaignBox->clear();
        for (const CampaignRow &r : rows) {
            const QString kind = r.kind == CampaignKind::Undo ? tr("undo of %1").arg(r.parentId)
                                                              : (r.dryRun ? tr("dry run") : tr("follow-back"));
            m_campaignBox->addItem(tr("#%1 %2 — %3 (%4)").arg(r.id).arg(kind, toString(r.state), r.accountDid), r.id);
        }
        if (m_currentId == 0 && !rows.isEmpty())
            m_currentId = rows.first().id;
        const int index = m_campaignBox->findData(m_currentId);
        m_campaignBox->setCurrentIndex(index);
        if (m_currentId)
            m_service->refresh(m_currentId);
    });
    connect(m_service, &CampaignService::progressChanged, this, [this](const CampaignProgress &p) {
        if (p.campaign.id != m_currentId)
            return;
        const bool stateChanged = !m_progress || m_progress->campaign.state != p.campaign.state;
        m_progress = p;
        if (!m_coalesce.isActive())
            m_coalesce.start();
        if (stateChanged)
            m_service->listCampaigns();
        if (stateChanged || monotonicMs() - m_lastItemsRefreshMs > 2000) {
            m_lastItemsRefreshMs = monotonicMs();
            m_service->refresh(m_currentId);
        }
    });
    connect(m_service, &CampaignService::itemsListed, this, [this](qint64 id, const QList<CampaignItem> &items) {
        if (id == m_currentId)
            m_items->setItems(id, items);
    });
    connect(m_service, &CampaignService::failed, this,
            [this](const Error &error) { m_status->setText(tr("Campaign error: %1").arg(error.message)); });
    m_service->listCampaigns();
}

CampaignFilters CampaignsPage::filters() const
{
    CampaignFilters f;
    if (m_minFollowers->value() >= 0)
        f.minFollowers = m_minFollowers->value();
    if (m_maxFollowers->value() >= 0)
        f.maxFollowers = m_maxFollowers->value();
    f.requireAvatar = m_requireAvatar->isChecked();
    if (m_activeDays->value() > 0)
        f.activeWithinDays = m_activeDays->value();
    if (m_minAgeDays->value() >= 0)
        f.minAccountAgeDays = m_minAgeDays->value();
    if (m_maxRatio->value() > 0)
        f.maxFollowRatio = m_maxRatio->value();
    f.exclude = splitList(m_exclude->text());
    f.excludeLabels = splitList(m_excludeLabels->text());
    f.onlyDids = m_selectedDids;
    return f;
}

QString CampaignsPage::statusText() const
{
    return m_status->text();
}

void CampaignsPage::followBackSelected(const QString &accountDid, const QStringList &dids)
{
    m_account->setText(accountDid);
    m_selectedDids = dids;
    m_selection->setText(tr("%n selected account(s) from the Audience page", nullptr, int(dids.size())));
    updateButtons();
    preview();
}

void CampaignsPage::requestPlan(bool thenDryRun, bool thenStart)
{
    if (!m_service)
        return;
    const QString account = m_account->text().trimmed();
    if (account.isEmpty()) {
        m_status->setText(tr("Enter the account to plan for."));
        return;
    }
    const CampaignFilters f = filters();
    if (f.minFollowers && f.maxFollowers && *f.minFollowers > *f.maxFollowers) {
        m_status->setText(tr("The minimum followers are above the maximum."));
        return;
    }
    m_afterPlanDryRun = thenDryRun;
    m_afterPlanStart = thenStart;
    m_pendingPlan = m_service->plan(account, f, m_maxPerHour->value());
    setBusy(true, tr("Reading every page of followers and follows…"));
}

void CampaignsPage::preview()
{
    requestPlan(false, false);
}

void CampaignsPage::dryRun()
{
    requestPlan(true, false);
}

void CampaignsPage::startCampaign()
{
    if (!m_service)
        return;
    // Always plan again right before starting: the data must be fresh, not the preview's.
    if (m_confirm && m_plan && !m_plan->targets.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Start campaign"),
            tr("Follow back up to %n account(s) from %1? The list is refreshed before the first follow.", nullptr,
               int(m_plan->targets.size()))
                .arg(m_plan->accountHandle));
        if (answer != QMessageBox::Yes)
            return;
    }
    requestPlan(false, true);
}

void CampaignsPage::pauseCurrent()
{
    if (m_service && m_currentId)
        m_service->pause(m_currentId);
}

void CampaignsPage::resumeCurrent()
{
    if (m_service && m_currentId)
        m_service->resume(m_currentId);
}

void CampaignsPage::cancelCurrent()
{
    if (m_service && m_currentId)
        m_service->cancel(m_currentId);
}

void CampaignsPage::undoCurrent()
{
    if (!m_service || !m_currentId)
        return;
    if (!m_confirm) {
        m_service->undo(m_currentId);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Undo campaign"),
        tr("Delete the follow records campaign %1 created (and only those)? This is paced like any campaign.")
            .arg(m_currentId));
    if (answer == QMessageBox::Yes)
        m_service->undo(m_currentId);
}

void CampaignsPage::selectCampaign(qint64 id)
{
    if (id == m_currentId && m_progress)
        return;
    m_currentId = id;
    m_progress.reset();
    m_items->setItems(id, {});
    if (m_service && id)
        m_service->refresh(id);
    showProgress();
}

void CampaignsPage::showPlan(const CampaignPlan &plan)
{
    m_plan = plan;
    m_targets->setTargets(plan.targets);
    m_removed->setRowCount(0);
    for (const FilterCount &c : plan.removed) {
        const int row = m_removed->rowCount();
        m_removed->insertRow(row);
        m_removed->setItem(row, 0, new QTableWidgetItem(c.label));
        auto *count = new QTableWidgetItem(QString::number(c.removed));
        count->setData(Qt::UserRole, c.id);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_removed->setItem(row, 1, count);
    }
    m_planSummary->setText(
        tr("%1 followers, %2 already followed or excluded; %3 candidates. Cost: %4 points (%5 per follow). "
           "Estimated duration under the current budget and pace: %6 (finish %7).")
            .arg(plan.followers)
            .arg(plan.followers - int(plan.targets.size()))
            .arg(plan.targets.size())
            .arg(plan.estimate.points)
            .arg(plan.estimate.pointsPerWrite)
            .arg(durationText(plan.estimate.durationMs()), timeText(plan.estimate.finishUs)));
    updateButtons();
}

void CampaignsPage::showProgress()
{
    if (!m_progress || m_progress->campaign.id != m_currentId) {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(0);
        m_counts->clear();
        m_timing->clear();
        updateButtons();
        return;
    }
    const CampaignProgress &p = *m_progress;
    m_progressBar->setRange(0, std::max(1, p.total));
    m_progressBar->setValue(p.done);
    m_progressBar->setFormat(tr("%1 of %2 (%p%)").arg(p.done).arg(p.total));
    QStringList parts;
    for (const auto &c : p.counts)
        if (c.second > 0)
            parts.append(tr("%1: %2").arg(toString(c.first)).arg(c.second));
    m_counts->setText(tr("State: %1%2. %3")
                          .arg(toString(p.campaign.state),
                               p.campaign.stateReason.isEmpty() ? QString() : u" ("_s + p.campaign.stateReason + u")"_s,
                               parts.join(u" · "_s)));
    if (p.campaign.state == CampaignState::Running) {
        m_timing->setText(tr("Next allowed write: %1 · pace: %2/h · ETA: %3%4")
                              .arg(timeText(p.nextWriteUs))
                              .arg(p.pacePerHour)
                              .arg(timeText(p.etaUs), p.waitReason.isEmpty() ? QString() : u" · "_s + p.waitReason));
    } else {
        m_timing->setText(p.campaign.finishedAtUs > 0 ? tr("Finished %1").arg(timeText(p.campaign.finishedAtUs))
                                                       : QString());
    }
    updateButtons();
}

void CampaignsPage::setBusy(bool busy, const QString &message)
{
    m_previewButton->setEnabled(!busy && m_service);
    m_dryRunButton->setEnabled(!busy && m_service);
    m_startButton->setEnabled(!busy && m_service);
    if (!message.isEmpty() || !busy)
        m_status->setText(message);
}

void CampaignsPage::updateButtons()
{
    const bool have = m_service && !m_account->text().trimmed().isEmpty() && m_pendingPlan == 0;
    m_previewButton->setEnabled(have);
    m_dryRunButton->setEnabled(have);
    m_startButton->setEnabled(have);
    m_clearSelection->setEnabled(!m_selectedDids.isEmpty());
    const std::optional<CampaignState> state =
        m_progress ? std::optional<CampaignState>(m_progress->campaign.state) : std::nullopt;
    const bool realRun = m_progress && !m_progress->campaign.dryRun;
    m_pauseButton->setEnabled(realRun && state == CampaignState::Running);
    m_resumeButton->setEnabled(realRun && state == CampaignState::Paused);
    m_cancelButton->setEnabled(realRun && (state == CampaignState::Running || state == CampaignState::Paused));
    m_undoButton->setEnabled(realRun && m_progress->campaign.kind == CampaignKind::FollowBack
                             && state != CampaignState::Running && m_progress->count(ItemState::Followed) > 0);
}

} // namespace ge::ui
