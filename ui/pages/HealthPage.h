#pragma once

#include "UiContext.h"

#include <QWidget>

class QTableView;

namespace ge::ui {

class StatusBadge;
class TimeChart;

// One row per dependency with a status light (colour and text), latency, last check, last
// error and details; the overall status; latency history.
class HealthPage : public QWidget
{
    Q_OBJECT
public:
    explicit HealthPage(const UiContext &context, QWidget *parent = nullptr);
    StatusBadge *overallBadge() const { return m_overall; }
    TimeChart *historyChart() const { return m_chart; }
    QTableView *view() const { return m_view; }

private:
    void updateOverall();
    void updateChart();

    UiContext m_context;
    StatusBadge *m_overall = nullptr;
    QTableView *m_view = nullptr;
    TimeChart *m_chart = nullptr;
};

} // namespace ge::ui
