#include "CoalescingTableModel.h"

namespace ge::models {

CoalescingTableModel::CoalescingTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, [this] { applyPending(); });
}

void CoalescingTableModel::flush()
{
    m_timer.stop();
    applyPending();
}

void CoalescingTableModel::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

} // namespace ge::models
