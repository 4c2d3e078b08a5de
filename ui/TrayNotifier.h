#pragma once

#include "StatusTypes.h"

#include <QMap>
#include <QObject>
#include <QTimer>

class QSystemTrayIcon;

namespace ge::ui {

// System tray icon with notifications for breaker transitions, campaign state and new
// followers. Can be switched off; without a system tray it only counts what it would show.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool trayAvailable() const;

    void breakerTransition(const models::BreakerTransition &transition);
    void campaignChanged(const QString &campaign, const QString &state, const QString &reason);
    void newFollowers(const QString &account, qint64 count);
    // Committed new followers of a tracked account: summed per account and shown as one
    // "N new followers" notification at most once per coalescing interval (default 5 min).
    // Nothing is collected while notifications are off.
    void addNewFollowers(const QString &account, qint64 count);
    void setFollowerCoalesceMs(int ms) { m_followerTimer.setInterval(ms); }
    // Shows what was collected now (tests; the timer calls it).
    void flushNewFollowers();
    qint64 pendingNewFollowers() const;

    // What was (or would have been) shown last, for tests and the accessible status.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    int shownCount() const { return m_shown; }

Q_SIGNALS:
    void activated();

private:
    void notify(const QString &title, const QString &message, bool warning);

    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_followerTimer;
    QMap<QString, qint64> m_pendingFollowers; // account → new followers since the last notification
    bool m_enabled = true;
    QString m_lastTitle;
    QString m_lastMessage;
    int m_shown = 0;
};

} // namespace ge::ui
