#pragma once

#include "UiContext.h"
#include "campaigns/CampaignTypes.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace ge::models {
class CampaignItemsModel;
class CampaignTargetsModel;
} // namespace ge::models

namespace ge::ui {

// Follow-back campaigns: plan form with filters and what each removed, preview table with cost and
// duration, dry run, start; then progress, counts per state, next allowed write, ETA, pace, and
// pause / resume / cancel / undo. Talks only to campaigns::CampaignService (queued, own thread).
class CampaignsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsPage(QWidget *parent = nullptr);
    explicit CampaignsPage(const UiContext &context, QWidget *parent = nullptr);

    campaigns::CampaignFilters filters() const;
    models::CampaignTargetsModel *previewModel() const { return m_targets; }
    models::CampaignItemsModel *itemsModel() const { return m_items; }
    qint64 currentCampaign() const { return m_currentId; }
    const std::optional<campaigns::CampaignProgress> &lastProgress() const { return m_progress; }
    QString statusText() const;
    // Start and undo ask for confirmation (off in tests and scripted use).
    void setConfirmActions(bool confirm) { m_confirm = confirm; }

public Q_SLOTS:
    // From the Audience page: plan a follow-back of exactly these accounts (still minus those
    // already followed, blocked, ...).
    void followBackSelected(const QString &accountDid, const QStringList &dids);
    void preview();
    void dryRun();
    void startCampaign();
    void pauseCurrent();
    void resumeCurrent();
    void cancelCurrent();
    void undoCurrent();
    void selectCampaign(qint64 id);

private:
    void build();
    void wire();
    void requestPlan(bool thenDryRun, bool thenStart);
    void showPlan(const campaigns::CampaignPlan &plan);
    void showProgress();
    void setBusy(bool busy, const QString &message = {});
    void updateButtons();

    UiContext m_context;
    campaigns::CampaignService *m_service = nullptr;

    QLineEdit *m_account = nullptr;
    QSpinBox *m_minFollowers = nullptr;
    QSpinBox *m_maxFollowers = nullptr;
    QCheckBox *m_requireAvatar = nullptr;
    QSpinBox *m_activeDays = nullptr;
    QSpinBox *m_minAgeDays = nullptr;
    QDoubleSpinBox *m_maxRatio = nullptr;
    QLineEdit *m_exclude = nullptr;
    QLineEdit *m_excludeLabels = nullptr;
    QSpinBox *m_maxPerHour = nullptr;
    QLabel *m_selection = nullptr;
    QPushButton *m_clearSelection = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_dryRunButton = nullptr;
    QPushButton *m_startButton = nullptr;
    QTableWidget *m_removed = nullptr;
    QLabel *m_planSummary = nullptr;
    QTableView *m_previewView = nullptr;
    models::CampaignTargetsModel *m_targets = nullptr;

    QComboBox *m_campaignBox = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_timing = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QTableView *m_itemsView = nullptr;
    models::CampaignItemsModel *m_items = nullptr;
    QLabel *m_status = nullptr;

    bool m_confirm = true;
    QStringList m_selectedDids;
    quint64 m_pendingPlan = 0;
    bool m_afterPlanDryRun = false;
    bool m_afterPlanStart = false;
    std::optional<campaigns::CampaignPlan> m_plan;
    qint64 m_currentId = 0;
    std::optional<campaigns::CampaignProgress> m_progress;
    QTimer m_coalesce; // progress repaints at most 10 times a second
    qint64 m_lastItemsRefreshMs = 0;
};

} // namespace ge::ui
