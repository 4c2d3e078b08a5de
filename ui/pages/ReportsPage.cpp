#include "pages/ReportsPage.h"

#include "config/AppConfig.h"
#include "core/Clock.h"
#include "reports/ReportChart.h"
#include "reports/ReportText.h"
#include "widgets/PageHeader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ge::ui {

namespace {
constexpr int kDidRole = Qt::UserRole + 1;

QString settingsKey(const char *name)
{
    return u"reports/schedule/"_s + QLatin1StringView(name);
}
} // namespace

ReportsPage::ReportsPage(QWidget *parent) : ReportsPage(UiContext{}, parent) {}

ReportsPage::ReportsPage(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("reportsPage"));
    reports::registerReportMetaTypes();
    QString dataDir = m_context.dataDir;
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString url = m_context.config ? m_context.config->databaseUrl : QString();
    auto db = storage::DatabaseConfig::fromUrl(url, dataDir);
    m_database = db ? *db : storage::DatabaseConfig::sqlite(QDir(dataDir).filePath(storage::DatabaseConfig::defaultFileName()));

    m_thread.setObjectName(u"ge-reports"_s);
    m_runner = new reports::ReportRunner;
    m_previewRunner = new reports::ReportRunner;
    m_scheduleRunner = new reports::ReportRunner;
    for (reports::ReportRunner *r : {m_runner, m_previewRunner, m_scheduleRunner}) {
        r->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, r, &QObject::deleteLater);
    }
    m_thread.start();

    const Clock *clock = m_context.clock;
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_scheduler = new reports::ReportScheduler(*clock, m_database, this);
    connect(m_scheduler, &reports::ReportScheduler::runRequested, m_scheduleRunner, &reports::ReportRunner::run,
            Qt::QueuedConnection);
    connect(m_scheduleRunner, &reports::ReportRunner::finished, m_scheduler, &reports::ReportScheduler::onFinished,
            Qt::QueuedConnection);
    connect(m_scheduler, &reports::ReportScheduler::scheduleChanged, this, [this] {
        saveSchedule();
        updateScheduleLabel();
    });
    connect(m_scheduler, &reports::ReportScheduler::reportWritten, this, [this](const QString &path) {
        m_scheduleStatus->setText(tr("Scheduled report written: %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_scheduler, &reports::ReportScheduler::reportFailed, this, [this](const QString &message) {
        m_scheduleStatus->setText(tr("Scheduled report failed: %1").arg(message));
    });

    connect(m_runner, &reports::ReportRunner::progress, this, [this](int p) { m_progress->setValue(p); },
            Qt::QueuedConnection);
    connect(m_runner, &reports::ReportRunner::finished, this, &ReportsPage::onFinished, Qt::QueuedConnection);
    connect(m_runner, &reports::ReportRunner::accountsListed, this, &ReportsPage::onAccounts, Qt::QueuedConnection);
    connect(m_previewRunner, &reports::ReportRunner::finished, this, &ReportsPage::onPreviewFinished,
            Qt::QueuedConnection);

    buildUi();
    loadSchedule();
    reloadAccounts();
    m_scheduler->start();
}

ReportsPage::~ReportsPage()
{
    m_scheduler->stop();
    m_runner->cancel();
    m_previewRunner->cancel();
    m_thread.quit();
    m_thread.wait();
}

void ReportsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Reports"), tr("Export reports as PDF, CSV, JSON or PNG."), this));

    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;

    auto *accountsBox = new QGroupBox(tr("Accounts"), this);
    auto *accountsLayout = new QVBoxLayout(accountsBox);
    m_accounts = new QListWidget(accountsBox);
    m_accounts->setObjectName(u"reportAccounts"_s);
    m_accounts->setAccessibleName(tr("Accounts in the report"));
    accountsLayout->addWidget(m_accounts);
    left->addWidget(accountsBox, 1);

    auto *optionsBox = new QGroupBox(tr("Report"), this);
    auto *form = new QFormLayout(optionsBox);
    m_preset = new QComboBox(optionsBox);
    m_preset->setObjectName(u"reportPreset"_s);
    m_preset->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("Last full month"), tr("Last 365 days"),
                        tr("Custom")});
    m_from = new QDateEdit(optionsBox);
    m_from->setObjectName(u"reportFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_to = new QDateEdit(optionsBox);
    m_to->setObjectName(u"reportTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_format = new QComboBox(optionsBox);
    m_format->setObjectName(u"reportFormat"_s);
    m_format->addItem(tr("PDF document"), u"pdf"_s);
    m_format->addItem(tr("CSV tables (zip)"), u"csv"_s);
    m_format->addItem(tr("JSON"), u"json"_s);
    m_format->addItem(tr("PNG chart"), u"png"_s);
    m_chart = new QComboBox(optionsBox);
    m_chart->setObjectName(u"reportChart"_s);
    m_chart->addItem(tr("Followers"), u"followers"_s);
    m_chart->addItem(tr("New and lost followers"), u"new-lost"_s);
    m_chart->addItem(tr("Engagement score"), u"engagement"_s);
    form->addRow(tr("Period"), m_preset);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Chart"), m_chart);
    auto *buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("Preview"), optionsBox);
    m_previewButton->setObjectName(u"reportPreview"_s);
    m_saveButton = new QPushButton(tr("Save…"), optionsBox);
    m_saveButton->setObjectName(u"reportSave"_s);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_saveButton);
    form->addRow(buttons);
    m_progress = new QProgressBar(optionsBox);
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    form->addRow(m_progress);
    m_status = new QLabel(optionsBox);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_status);
    left->addWidget(optionsBox);

    auto *scheduleBox = new QGroupBox(tr("Scheduled reports"), this);
    auto *scheduleForm = new QFormLayout(scheduleBox);
    m_scheduleFrequency = new QComboBox(scheduleBox);
    m_scheduleFrequency->setObjectName(u"scheduleFrequency"_s);
    m_scheduleFrequency->addItem(tr("Off"), u"off"_s);
    m_scheduleFrequency->addItem(tr("Weekly (last Monday to Sunday)"), u"weekly"_s);
    m_scheduleFrequency->addItem(tr("Monthly (last calendar month)"), u"monthly"_s);
    auto *folderRow = new QHBoxLayout;
    m_scheduleFolder = new QLineEdit(scheduleBox);
    m_scheduleFolder->setObjectName(u"scheduleFolder"_s);
    m_scheduleFolder->setPlaceholderText(tr("Folder for the reports"));
    auto *browse = new QPushButton(tr("Browse…"), scheduleBox);
    folderRow->addWidget(m_scheduleFolder, 1);
    folderRow->addWidget(browse);
    m_scheduleFormat = new QComboBox(scheduleBox);
    m_scheduleFormat->setObjectName(u"scheduleFormat"_s);
    m_scheduleFormat->addItem(tr("PDF document"), u"pdf"_s);
    m_scheduleFormat->addItem(tr("CSV tables (zip)"), u"csv"_s);
    m_scheduleFormat->addItem(tr("JSON"), u"json"_s);
    m_scheduleStatus = new QLabel(scheduleBox);
    m_scheduleStatus->setObjectName(u"scheduleStatus"_s);
    m_scheduleStatus->setWordWrap(true);
    scheduleForm->addRow(tr("Frequency"), m_scheduleFrequency);
    scheduleForm->addRow(tr("Folder"), folderRow);
    scheduleForm->addRow(tr("Format"), m_scheduleFormat);
    m_scheduleAllAccounts = new QCheckBox(tr("All tracked accounts"), scheduleBox);
    m_scheduleAllAccounts->setObjectName(u"scheduleAllAccounts"_s);
    m_scheduleAllAccounts->setChecked(true);
    m_scheduleAccounts = new QListWidget(scheduleBox);
    m_scheduleAccounts->setObjectName(u"scheduleAccounts"_s);
    m_scheduleAccounts->setAccessibleName(tr("Accounts in scheduled reports"));
    m_scheduleAccounts->setMaximumHeight(110);
    m_scheduleAccounts->setEnabled(false);
    auto *scheduleAccountsBox = new QVBoxLayout;
    scheduleAccountsBox->addWidget(m_scheduleAllAccounts);
    scheduleAccountsBox->addWidget(m_scheduleAccounts);
    scheduleForm->addRow(tr("Accounts"), scheduleAccountsBox);
    scheduleForm->addRow(m_scheduleStatus);
    auto *hint = new QLabel(tr("Scheduled reports are written while the app runs. To write them without the app, "
                               "run 'growth-engine report' from cron or a systemd timer (see the manual page)."),
                            scheduleBox);
    hint->setWordWrap(true);
    scheduleForm->addRow(hint);
    left->addWidget(scheduleBox);
    top->addLayout(left, 2);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_previewText = new QLabel(tr("Choose accounts and a period, then press Preview."), previewBox);
    m_previewText->setObjectName(u"reportPreviewText"_s);
    m_previewText->setWordWrap(true);
    m_previewText->setTextFormat(Qt::PlainText);
    m_previewText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_previewText->setMinimumHeight(m_previewText->fontMetrics().lineSpacing() * 7);
    m_previewText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_previewImage = new QLabel(previewBox);
    m_previewImage->setObjectName(u"reportPreviewImage"_s);
    m_previewImage->setMinimumSize(300, 140);
    m_previewImage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_previewImage->setAlignment(Qt::AlignCenter);
    m_previewImage->setScaledContents(false);
    previewLayout->addWidget(m_previewText, 0);
    previewLayout->addWidget(m_previewImage, 1);
    top->addWidget(previewBox, 3);
    layout->addLayout(top, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsPage::applyPreset);
    connect(m_from, &QDateEdit::userDateChanged, this, [this] { m_preset->setCurrentIndex(4); });
    connect(m_to, &QDateEdit::userDateChanged, this, [this] { m_preset->setCurrentIndex(4); });
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setEnabled(selectedFormat() == u"png"_s); });
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportsPage::saveClicked);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for scheduled reports"),
                                                              m_scheduleFolder->text());
        if (!dir.isEmpty()) {
            m_scheduleFolder->setText(dir);
            saveSchedule();
        }
    });
    connect(m_scheduleFrequency, &QComboBox::currentIndexChanged, this, &ReportsPage::saveSchedule);
    connect(m_scheduleFormat, &QComboBox::currentIndexChanged, this, &ReportsPage::saveSchedule);
    connect(m_scheduleFolder, &QLineEdit::editingFinished, this, &ReportsPage::saveSchedule);
    connect(m_scheduleAllAccounts, &QCheckBox::toggled, this, [this](bool all) {
        m_scheduleAccounts->setEnabled(!all);
        saveSchedule();
    });
    connect(m_scheduleAccounts, &QListWidget::itemChanged, this, &ReportsPage::saveSchedule);
    m_chart->setEnabled(false);
    applyPreset(0);
}

void ReportsPage::applyPreset(int index)
{
    const Clock *clock = m_context.clock ? m_context.clock : m_ownClock.get();
    const QDate today = clock ? clock->now().toUTC().date() : QDate::currentDate();
    const QDate yesterday = today.addDays(-1);
    QDate from, to = yesterday;
    switch (index) {
    case 0: from = yesterday.addDays(-6); break;
    case 1: from = yesterday.addDays(-29); break;
    case 2: {
        const QDate first(today.year(), today.month(), 1);
        from = first.addMonths(-1);
        to = first.addDays(-1);
        break;
    }
    case 3: from = yesterday.addDays(-364); break;
    default: return;
    }
    const QSignalBlocker b1(m_from), b2(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

QStringList ReportsPage::selectedAccounts() const
{
    QStringList out;
    for (int i = 0; i < m_accounts->count(); ++i) {
        const QListWidgetItem *item = m_accounts->item(i);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(kDidRole).toString());
    }
    return out;
}

reports::ReportPeriod ReportsPage::selectedPeriod() const
{
    return {m_from->date(), m_to->date()};
}

QString ReportsPage::selectedFormat() const
{
    return m_format->currentData().toString();
}

reports::ReportRequest ReportsPage::baseRequest() const
{
    reports::ReportRequest request;
    request.database = m_database;
    request.accounts = selectedAccounts();
    request.period = selectedPeriod();
    request.format = selectedFormat();
    request.chart = m_chart->currentData().toString();
    request.locale = locale();
    if (m_context.clock)
        request.nowUs = m_context.clock->nowUs();
    return request;
}

void ReportsPage::reloadAccounts()
{
    QMetaObject::invokeMethod(m_runner, "listAccounts", Qt::QueuedConnection,
                              Q_ARG(ge::storage::DatabaseConfig, m_database));
}

void ReportsPage::onAccounts(const QList<reports::AccountRef> &accounts, const QString &error)
{
    m_accounts->clear();
    for (const reports::AccountRef &a : accounts) {
        const QString label = a.displayName.isEmpty() ? QString(u"@"_s + a.handle)
                                                       : QString(a.displayName + u" (@"_s + a.handle + u')');
        auto *item = new QListWidgetItem(label, m_accounts);
        item->setData(kDidRole, a.did);
        item->setToolTip(a.did);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(a.kind == u"own"_s ? Qt::Checked : Qt::Unchecked);
    }
    {
        // The schedule's own choice: the accounts it names (by DID or handle) are checked.
        const QStringList chosen = m_scheduler->schedule().accounts;
        const QSignalBlocker block(m_scheduleAccounts);
        m_scheduleAccounts->clear();
        for (const reports::AccountRef &a : accounts) {
            auto *item = new QListWidgetItem(u"@"_s + a.handle, m_scheduleAccounts);
            item->setData(kDidRole, a.did);
            item->setToolTip(a.did);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool on = chosen.contains(a.did) || chosen.contains(a.handle, Qt::CaseInsensitive)
                || chosen.contains(u"@"_s + a.handle, Qt::CaseInsensitive);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (!error.isEmpty())
        m_status->setText(tr("Accounts could not be read: %1").arg(error));
    else if (accounts.isEmpty())
        m_status->setText(tr("No tracked accounts yet. Add one in Settings."));
    Q_EMIT accountsLoaded(int(accounts.size()));
}

void ReportsPage::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_previewButton->setEnabled(!busy);
    if (busy)
        m_progress->setValue(0);
}

void ReportsPage::preview()
{
    reports::ReportRequest request = baseRequest();
    if (request.accounts.isEmpty()) {
        m_status->setText(tr("Choose at least one account."));
        Q_EMIT previewReady(false);
        return;
    }
    request.format = u"preview"_s;
    if (!m_chart->isEnabled())
        request.chart = u"followers"_s;
    m_status->setText(tr("Building the preview…"));
    setBusy(true);
    QMetaObject::invokeMethod(m_previewRunner, "run", Qt::QueuedConnection, Q_ARG(ge::reports::ReportRequest, request));
}

void ReportsPage::onPreviewFinished(const reports::ReportResult &result)
{
    setBusy(false);
    if (!result.ok) {
        m_status->setText(result.message);
        m_previewImage->clear();
        m_previewText->setText(result.message);
        Q_EMIT previewReady(false);
        return;
    }
    const QLocale loc = locale();
    QStringList lines;
    for (const reports::AccountReport &a : result.report.accounts) {
        lines.append(tr("@%1: %2 → %3 followers (%4), %5 new, %6 lost, %7 mutuals, engagement score %8")
                         .arg(a.handle, loc.toString(a.followersAtStart), loc.toString(a.followersAtEnd),
                              reports::ReportText::signedNumber(a.netChange(), loc), loc.toString(a.newFollowers),
                              loc.toString(a.lostFollowers), loc.toString(a.mutualsAtEnd),
                              loc.toString(a.engagement.score())));
        for (const reports::QualityNote &n : a.notes)
            lines.append(u"  • "_s + reports::ReportText::note(n, loc));
    }
    m_previewText->setText(reports::ReportText::period(result.report.period, loc) + u"\n"_s + lines.join(u'\n'));
    m_previewImage->setPixmap(QPixmap::fromImage(result.preview));
    m_status->clear();
    Q_EMIT previewReady(true);
}

void ReportsPage::saveClicked()
{
    const QString format = selectedFormat();
    const QString ext = format == u"csv"_s ? u"zip"_s : format;
    const reports::ReportPeriod p = selectedPeriod();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"growth-report_%1_%2.%3"_s.arg(p.from.toString(Qt::ISODate),
                                                                            p.to.toString(Qt::ISODate), ext));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggested,
                                                      tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (!path.isEmpty())
        exportTo(path);
}

void ReportsPage::exportTo(const QString &path)
{
    reports::ReportRequest request = baseRequest();
    if (request.accounts.isEmpty()) {
        m_status->setText(tr("Choose at least one account."));
        Q_EMIT exportFinished(false, m_status->text());
        return;
    }
    if (!request.period.isValid()) {
        m_status->setText(tr("The period ends before it starts."));
        Q_EMIT exportFinished(false, m_status->text());
        return;
    }
    request.outPath = path;
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    setBusy(true);
    QMetaObject::invokeMethod(m_runner, "run", Qt::QueuedConnection, Q_ARG(ge::reports::ReportRequest, request));
}

void ReportsPage::onFinished(const reports::ReportResult &result)
{
    setBusy(false);
    m_progress->setValue(result.ok ? 100 : 0);
    m_status->setText(result.ok ? tr("Saved %1").arg(QDir::toNativeSeparators(result.outPath)) : result.message);
    Q_EMIT exportFinished(result.ok, m_status->text());
}

void ReportsPage::loadSchedule()
{
    QSettings s;
    reports::ReportSchedule schedule;
    schedule.frequency = reports::scheduleFrequencyFromString(s.value(settingsKey("frequency")).toString());
    schedule.folder = s.value(settingsKey("folder")).toString();
    schedule.format = s.value(settingsKey("format"), u"pdf"_s).toString();
    schedule.accounts = s.value(settingsKey("accounts")).toStringList();
    schedule.lastPeriodEnd = QDate::fromString(s.value(settingsKey("lastPeriodEnd")).toString(), Qt::ISODate);
    {
        const QSignalBlocker b1(m_scheduleFrequency), b2(m_scheduleFormat);
        m_scheduleFrequency->setCurrentIndex(std::max(0, m_scheduleFrequency->findData(toString(schedule.frequency))));
        m_scheduleFormat->setCurrentIndex(std::max(0, m_scheduleFormat->findData(schedule.format)));
        m_scheduleFolder->setText(schedule.folder);
        const QSignalBlocker b3(m_scheduleAllAccounts);
        m_scheduleAllAccounts->setChecked(schedule.accounts.isEmpty());
        m_scheduleAccounts->setEnabled(!schedule.accounts.isEmpty());
    }
    m_scheduler->setSchedule(schedule);
    updateScheduleLabel();
}

void ReportsPage::saveSchedule()
{
    reports::ReportSchedule schedule = m_scheduler->schedule();
    const auto freq = reports::scheduleFrequencyFromString(m_scheduleFrequency->currentData().toString());
    const QString folder = m_scheduleFolder->text().trimmed();
    const QString format = m_scheduleFormat->currentData().toString();
    if (freq != schedule.frequency || folder != schedule.folder || format != schedule.format)
        schedule.lastPeriodEnd = {}; // a changed schedule writes its latest period again
    // Accounts: empty = every tracked account; else the checked DIDs. Until the list is filled
    // (accounts are read on the worker thread) the saved choice is kept as it is.
    QStringList accounts = schedule.accounts;
    if (m_scheduleAllAccounts->isChecked()) {
        accounts.clear();
    } else if (m_scheduleAccounts->count() > 0) {
        accounts.clear();
        for (int i = 0; i < m_scheduleAccounts->count(); ++i) {
            const QListWidgetItem *item = m_scheduleAccounts->item(i);
            if (item->checkState() == Qt::Checked)
                accounts.append(item->data(kDidRole).toString());
        }
    }
    if (accounts != schedule.accounts)
        schedule.lastPeriodEnd = {};
    schedule.accounts = accounts;
    schedule.frequency = freq;
    schedule.folder = folder;
    schedule.format = format;
    m_scheduler->setSchedule(schedule);
    QSettings s;
    s.setValue(settingsKey("frequency"), toString(schedule.frequency));
    s.setValue(settingsKey("folder"), schedule.folder);
    s.setValue(settingsKey("format"), schedule.format);
    s.setValue(settingsKey("accounts"), schedule.accounts);
    s.setValue(settingsKey("lastPeriodEnd"), schedule.lastPeriodEnd.toString(Qt::ISODate));
    updateScheduleLabel();
}

void ReportsPage::updateScheduleLabel()
{
    const reports::ReportSchedule &schedule = m_scheduler->schedule();
    if (!schedule.isEnabled()) {
        m_scheduleStatus->setText(tr("No scheduled reports."));
        return;
    }
    const Clock *clock = m_context.clock ? m_context.clock : m_ownClock.get();
    const QDate today = clock->now().toUTC().date();
    const reports::ReportPeriod p = schedule.latestPeriod(today);
    m_scheduleStatus->setText(schedule.isDue(today)
                                  ? tr("Next: %1 (due now)").arg(reports::ReportText::period(p, locale()))
                                  : tr("Up to date; last report covered up to %1.")
                                        .arg(locale().toString(schedule.lastPeriodEnd, QLocale::ShortFormat)));
}

} // namespace ge::ui
