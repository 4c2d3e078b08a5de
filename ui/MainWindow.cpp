#include "MainWindow.h"

#include "pages/AudiencePage.h"
#include "pages/BreakersPage.h"
#include "pages/CampaignsPage.h"
#include "pages/CollectorsPage.h"
#include "pages/GrowthPage.h"
#include "pages/HealthPage.h"
#include "pages/LogsPage.h"
#include "pages/OverviewPage.h"
#include "pages/ReportsPage.h"
#include "pages/SettingsPage.h"
#include "BreakerModel.h"
#include "CollectorModel.h"
#include "HealthModel.h"
#include "LogModel.h"
#include "Theme.h"
#include "TrayNotifier.h"
#include "core/Clock.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ge::ui {

namespace {
constexpr auto kGeometryKey = "window/geometry";
constexpr auto kStateKey = "window/state";
constexpr auto kPageKey = "window/lastPage";
} // namespace

MainWindow::MainWindow(const UiContext &context, QWidget *parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Growth Engine"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/growth-engine.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_stack->setContentsMargins(16, 12, 16, 12);

    layout->addWidget(m_sidebar);
    if (m_context.offline) {
        // Offline mode is a choice, not a fault: say once, above every page, what works and what does not.
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        auto *banner = new QLabel(tr("Offline mode: collectors are stopped and network dependencies are not checked. "
                                     "Stored data, charts, reports and replays work as usual."),
                                  central);
        banner->setToolTip(tr("Jetstream, AppView, PDS and the PLC directory are not contacted. Replay a capture from "
                              "the Collectors page, or start without --offline to collect."));
        banner->setObjectName(QStringLiteral("offlineBanner"));
        banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // never widens the window
        banner->setAccessibleName(tr("Offline mode"));
        banner->setContentsMargins(16, 8, 16, 8);
        banner->setStyleSheet(QStringLiteral("QLabel#offlineBanner { background: palette(alternate-base); "
                                             "border-bottom: 1px solid palette(mid); }"));
        column->addWidget(banner);
        column->addWidget(m_stack, 1);
        layout->addLayout(column, 1);
    } else {
        layout->addWidget(m_stack, 1);
    }
    setCentralWidget(central);

    fillFallbacks();
    auto *overview = new OverviewPage(m_context, m_stack);
    auto *growth = new GrowthPage(m_context, m_stack);
    auto *audience = new AudiencePage(m_context, m_stack);
    auto *settings = new SettingsPage(m_context, m_stack);
    addPage(QStringLiteral("overview"), tr("Overview"), overview);
    addPage(QStringLiteral("growth"), tr("Growth"), growth);
    addPage(QStringLiteral("audience"), tr("Audience"), audience);
    auto *campaigns = new CampaignsPage(m_context, m_stack);
    addPage(QStringLiteral("campaigns"), tr("Campaigns"), campaigns);
    addPage(QStringLiteral("collectors"), tr("Collectors"), new CollectorsPage(m_context, m_stack));
    addPage(QStringLiteral("health"), tr("Health"), new HealthPage(m_context, m_stack));
    addPage(QStringLiteral("breakers"), tr("Breakers"), new BreakersPage(m_context, m_stack));
    addPage(QStringLiteral("reports"), tr("Reports"), new ReportsPage(m_context, m_stack));
    addPage(QStringLiteral("logs"), tr("Logs"), new LogsPage(m_context, m_stack));
    addPage(QStringLiteral("settings"), tr("Settings"), settings);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // click a day on a Growth chart -> the people behind it on the Audience page
    connect(growth, &GrowthPage::dayActivated, this, [this, audience](const QString &did, QDate date) {
        audience->showDay(did, date);
        showPage(QStringLiteral("audience"));
    });
    connect(overview, &OverviewPage::navigateRequested, this, &MainWindow::showPage);
    connect(audience, &AudiencePage::followBackRequested, this, &MainWindow::followBackRequested);
    // "follow back selected" hands the people to the Campaigns page's planner
    connect(audience, &AudiencePage::followBackRequested, this, [this, campaigns](const QString &did, const QStringList &dids) {
        campaigns->followBackSelected(did, dids);
        showPage(QStringLiteral("campaigns"));
    });
    connect(settings, &SettingsPage::themeChanged, this, [](const QString &theme) { applyTheme(themeModeFromString(theme)); });

    m_tray = new TrayNotifier(this);
    connect(settings, &SettingsPage::trayNotificationsChanged, m_tray, &TrayNotifier::setEnabled);
    connect(m_context.breakers, &models::BreakerModel::transitionAdded, m_tray, &TrayNotifier::breakerTransition);
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    restoreState();
}

QStringList MainWindow::pageIds()
{
    return {QStringLiteral("overview"), QStringLiteral("growth"),     QStringLiteral("audience"),
            QStringLiteral("campaigns"), QStringLiteral("collectors"), QStringLiteral("health"),
            QStringLiteral("breakers"), QStringLiteral("reports"),    QStringLiteral("logs"),
            QStringLiteral("settings")};
}

void MainWindow::fillFallbacks()
{
    // Pages always get models: empty ones owned here when the composition root gave none.
    const Clock &clock = m_context.clock ? *m_context.clock : SystemClock::instance();
    if (!m_context.clock)
        m_context.clock = &clock;
    if (!m_context.health)
        m_context.health = new models::HealthModel(clock, this);
    if (!m_context.breakers)
        m_context.breakers = new models::BreakerModel(clock, this);
    if (!m_context.collectors)
        m_context.collectors = new models::CollectorModel(clock, this);
    if (!m_context.logs)
        m_context.logs = new models::LogModel(this);
}

void MainWindow::addPage(const QString &id, const QString &title, QWidget *page)
{
    m_ids.append(id);
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 34));
    m_stack->addWidget(page);
}

void MainWindow::showPage(const QString &id)
{
    const auto index = m_ids.indexOf(id);
    if (index >= 0)
        m_sidebar->setCurrentRow(int(index));
}

QString MainWindow::currentPageId() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

QWidget *MainWindow::page(const QString &id) const
{
    const auto index = m_ids.indexOf(id);
    return index >= 0 ? m_stack->widget(int(index)) : nullptr;
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1StringView(kGeometryKey)).toByteArray()))
        resize(1280, 800);
    QMainWindow::restoreState(settings.value(QLatin1StringView(kStateKey)).toByteArray());
    const QString last = settings.value(QLatin1StringView(kPageKey), QStringLiteral("overview")).toString();
    showPage(m_ids.contains(last) ? last : QStringLiteral("overview"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1StringView(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1StringView(kStateKey), saveState());
    settings.setValue(QLatin1StringView(kPageKey), currentPageId());
    QMainWindow::closeEvent(event);
}

} // namespace ge::ui
