#include "TrayNotifier.h"

#include <QIcon>
#include <QStringList>
#include <QSystemTrayIcon>

namespace ge::ui {

TrayNotifier::TrayNotifier(QObject *parent) : QObject(parent), m_followerTimer(this)
{
    m_followerTimer.setSingleShot(true);
    m_followerTimer.setInterval(5 * 60 * 1000);
    connect(&m_followerTimer, &QTimer::timeout, this, &TrayNotifier::flushNewFollowers);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/growth-engine.svg")), this);
        m_tray->setToolTip(tr("Growth Engine"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason) {
            Q_EMIT activated();
        });
        m_tray->show();
    }
}

bool TrayNotifier::trayAvailable() const
{
    return m_tray != nullptr;
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) { // switched off: what was collected is not shown later either
        m_pendingFollowers.clear();
        m_followerTimer.stop();
    }
    if (m_tray)
        m_tray->setVisible(enabled);
}

void TrayNotifier::breakerTransition(const models::BreakerTransition &t)
{
    using models::BreakerState;
    if (t.to == BreakerState::Open || t.to == BreakerState::ForcedOpen)
        notify(tr("%1 is unavailable").arg(t.breaker),
               tr("Circuit breaker opened: %1").arg(t.reason.isEmpty() ? models::toDisplayString(t.to) : t.reason), true);
    else if (t.to == BreakerState::Closed && t.from != BreakerState::Closed)
        notify(tr("%1 is back").arg(t.breaker), tr("Circuit breaker closed."), false);
}

void TrayNotifier::campaignChanged(const QString &campaign, const QString &state, const QString &reason)
{
    if (state == QLatin1StringView("finished") || state == QLatin1StringView("completed"))
        notify(tr("Campaign finished"), campaign, false);
    else if (state == QLatin1StringView("paused"))
        notify(tr("Campaign paused"), reason.isEmpty() ? campaign : campaign + QStringLiteral(": ") + reason, true);
}

void TrayNotifier::newFollowers(const QString &account, qint64 count)
{
    if (count > 0)
        notify(tr("%n new follower(s)", nullptr, int(count)), account, false);
}

void TrayNotifier::addNewFollowers(const QString &account, qint64 count)
{
    if (!m_enabled || count <= 0)
        return;
    m_pendingFollowers[account] += count;
    if (!m_followerTimer.isActive())
        m_followerTimer.start();
}

qint64 TrayNotifier::pendingNewFollowers() const
{
    qint64 total = 0;
    for (qint64 n : m_pendingFollowers)
        total += n;
    return total;
}

void TrayNotifier::flushNewFollowers()
{
    m_followerTimer.stop();
    const qint64 total = pendingNewFollowers();
    if (total <= 0)
        return;
    QStringList parts;
    for (auto it = m_pendingFollowers.cbegin(); it != m_pendingFollowers.cend(); ++it)
        parts.append(m_pendingFollowers.size() == 1 ? it.key() : tr("%1: %2").arg(it.key()).arg(it.value()));
    m_pendingFollowers.clear();
    notify(tr("%n new follower(s)", nullptr, int(total)), parts.join(QStringLiteral(", ")), false);
}

void TrayNotifier::notify(const QString &title, const QString &message, bool warning)
{
    if (!m_enabled)
        return;
    m_lastTitle = title;
    m_lastMessage = message;
    ++m_shown;
    if (m_tray)
        m_tray->showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
}

} // namespace ge::ui
