#pragma once

#include "UiContext.h"

#include <QWidget>

class QTableView;

namespace ge::models {
class StatusHistoryModel;
}

namespace ge::ui {

class StatusBadge;
class StatusBandChart;
class TimeChart;

// One row per dependency with a status light (colour and text), latency, last check, last
// error and details; the overall status; latency history and status history (a coloured band
// per dependency from the stored health checks, extended live).
class HealthPage : public QWidget
{
    Q_OBJECT
public:
    explicit HealthPage(const UiContext &context, QWidget *parent = nullptr);
    StatusBadge *overallBadge() const { return m_overall; }
    TimeChart *historyChart() const { return m_chart; }
    QTableView *view() const { return m_view; }
    models::StatusHistoryModel *statusHistory() const { return m_statusHistory; }
    StatusBandChart *statusChart() const { return m_statusChart; }

private:
    void updateOverall();
    void updateChart();

    UiContext m_context;
    StatusBadge *m_overall = nullptr;
    QTableView *m_view = nullptr;
    TimeChart *m_chart = nullptr;
    models::StatusHistoryModel *m_statusHistory = nullptr;
    StatusBandChart *m_statusChart = nullptr;
};

} // namespace ge::ui
