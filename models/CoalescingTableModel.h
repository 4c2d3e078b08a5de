#pragma once

#include <QAbstractTableModel>
#include <QTimer>

namespace ge::models {

// Base for live tables: updates are queued and applied together at most every interval
// (100 ms by default, so a busy collector causes at most 10 model updates per second).
class CoalescingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CoalescingTableModel(QObject *parent = nullptr);

    void setCoalesceIntervalMs(int ms) { m_timer.setInterval(ms); }
    int coalesceIntervalMs() const { return m_timer.interval(); }
    // Applies whatever is queued now (tests; shutdown).
    void flush();
    bool hasPending() const { return m_timer.isActive(); }

protected:
    void schedule();
    virtual void applyPending() = 0;

private:
    QTimer m_timer;
};

} // namespace ge::models
