#include "pages/HealthPage.h"

#include "HealthModel.h"
#include "StatusHistoryModel.h"
#include "analytics/AnalyticsService.h"
#include "charts/StatusBandChart.h"
#include "charts/TimeChart.h"
#include "widgets/PageHeader.h"
#include "widgets/StatusBadge.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ge::ui {

using models::HealthModel;

HealthPage::HealthPage(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("healthPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Health"), tr("Every dependency the product talks to, checked periodically off the GUI thread."), this));

    auto *overallRow = new QHBoxLayout;
    m_overall = new StatusBadge(this);
    m_overall->setObjectName(QStringLiteral("overallHealth"));
    overallRow->addWidget(m_overall);
    overallRow->addStretch(1);
    layout->addLayout(overallRow);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("healthTable"));
    m_view->setAccessibleName(tr("Dependencies"));
    m_view->setModel(m_context.health);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(200);
    layout->addWidget(m_view);

    m_chart = new TimeChart(this);
    m_chart->setObjectName(QStringLiteral("healthHistory"));
    m_chart->setTitle(tr("Latency history (ms)"));
    m_chart->setDayResolution(false);
    m_chart->setEmptyText(tr("No checks yet."));
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 1);

    // Status history: stored checks of the last 24 h (read off the GUI thread), then live.
    m_statusHistory = new models::StatusHistoryModel(this);
    m_statusChart = new StatusBandChart(m_statusHistory, this);
    m_statusChart->setObjectName(QStringLiteral("healthStatusHistory"));
    m_statusChart->setTitle(tr("Status history (last 24 h)"));
    layout->addWidget(m_statusChart);
    m_statusHistory->follow(m_context.health);
    if (m_context.analytics) {
        const qint64 nowUs = m_context.analytics->clock().nowUs();
        m_statusHistory->setWindow(nowUs, 24LL * 3600 * 1'000'000);
        m_statusHistory->loadFromDatabase(m_context.analytics->databasePath(), nowUs - 24LL * 3600 * 1'000'000);
        // The window follows the clock even when no check arrives.
        auto *tick = new QTimer(this);
        tick->setInterval(60'000);
        analytics::AnalyticsService *service = m_context.analytics;
        connect(tick, &QTimer::timeout, this, [this, service] {
            m_statusHistory->setWindow(service->clock().nowUs(), 24LL * 3600 * 1'000'000);
        });
        tick->start();
    }

    connect(m_context.health, &HealthModel::overallChanged, this, &HealthPage::updateOverall);
    connect(m_context.health, &HealthModel::historyChanged, this, &HealthPage::updateChart);
    updateOverall();
    updateChart();
}

void HealthPage::updateOverall()
{
    m_overall->setStatus(m_context.health->overall(), tr("Overall"));
}

void HealthPage::updateChart()
{
    static const QList<QColor> colors = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0xCC, 0x79, 0xA7),
                                         QColor(0x00, 0x9E, 0x73), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
    QList<TimeChart::Series> series;
    const QStringList components = m_context.health->components();
    for (qsizetype i = 0; i < components.size(); ++i) {
        const models::HealthRow *row = m_context.health->find(components.at(i));
        const QString name = row ? models::displayNameOf(*row) : models::componentDisplayName(components.at(i));
        TimeChart::Series s{name, colors.at(i % colors.size()), TimeChart::Style::Line, {}};
        for (const auto &p : m_context.health->history(components.at(i)))
            if (p.latencyMs >= 0)
                s.points.append(QPointF(double(p.atUs / 1000), double(p.latencyMs)));
        if (!s.points.isEmpty())
            series.append(s);
    }
    m_chart->setSeries(series);
}

} // namespace ge::ui
