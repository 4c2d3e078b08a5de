#pragma once

#include "UiContext.h"
#include "reports/ReportRunner.h"
#include "reports/ReportScheduler.h"

#include <QDate>
#include <QThread>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace ge::ui {

// Reports: pick accounts, a period and a format, preview, save; a progress bar while a report is
// built and written (on the reports worker thread); and a weekly/monthly schedule that writes
// reports into a folder while the app runs.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    explicit ReportsPage(const UiContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Exports with the current selection into path (what the Save button does after its dialog).
    void exportTo(const QString &path);
    void preview();
    void reloadAccounts();

    QStringList selectedAccounts() const;
    reports::ReportPeriod selectedPeriod() const;
    QString selectedFormat() const;
    reports::ReportScheduler *scheduler() const { return m_scheduler; }

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    void previewReady(bool ok);
    void accountsLoaded(int count);

private:
    void buildUi();
    void applyPreset(int index);
    void onAccounts(const QList<ge::reports::AccountRef> &accounts, const QString &error);
    void onFinished(const ge::reports::ReportResult &result);
    void onPreviewFinished(const ge::reports::ReportResult &result);
    void saveClicked();
    void setBusy(bool busy);
    void loadSchedule();
    void saveSchedule();
    void updateScheduleLabel();
    reports::ReportRequest baseRequest() const;

    UiContext m_context;
    storage::DatabaseConfig m_database;
    QThread m_thread;
    reports::ReportRunner *m_runner = nullptr;        // lives on m_thread
    reports::ReportRunner *m_previewRunner = nullptr; // lives on m_thread
    reports::ReportRunner *m_scheduleRunner = nullptr; // lives on m_thread
    reports::ReportScheduler *m_scheduler = nullptr;
    std::unique_ptr<Clock> m_ownClock;

    QListWidget *m_accounts = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_chart = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_previewImage = nullptr;
    QLabel *m_previewText = nullptr;
    QComboBox *m_scheduleFrequency = nullptr;
    QLineEdit *m_scheduleFolder = nullptr;
    QComboBox *m_scheduleFormat = nullptr;
    QLabel *m_scheduleStatus = nullptr;
    QCheckBox *m_scheduleAllAccounts = nullptr; // checked: every tracked account (schedule.accounts empty)
    QListWidget *m_scheduleAccounts = nullptr;   // else the checked ones (DIDs)
};

} // namespace ge::ui
