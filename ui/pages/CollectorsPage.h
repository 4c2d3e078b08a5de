#pragma once

#include "UiContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ge::ui {

class TimeChart;

// Collectors: state, endpoint, live events/s (last 10 minutes), lag, queue, reconnects,
// matched events, backfill progress and ETA; start / stop / replay.
class CollectorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CollectorsPage(const UiContext &context, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    TimeChart *rateChart() const { return m_chart; }
    QString selectedCollector() const;

private:
    void updateChart();
    void run(const QString &what);

    UiContext m_context;
    QTableView *m_view = nullptr;
    TimeChart *m_chart = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_replayFile = nullptr;
    QSpinBox *m_replayHours = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ge::ui
