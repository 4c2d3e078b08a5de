#include "TrayNotifier.h"

#include <QIcon>
#include <QSystemTrayIcon>

namespace ge::ui {

TrayNotifier::TrayNotifier(QObject *parent) : QObject(parent)
{
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
