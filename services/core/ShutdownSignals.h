#pragma once

#include <QObject>

class QSocketNotifier;

namespace ge {

// Turns SIGINT/SIGTERM (and SIGHUP) into a queued Qt signal on the thread that created it,
// using the self-pipe pattern (the handler only writes one byte). Lets the GUI and headless
// commands (collect, campaign run) stop cleanly with everything committed.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void onActivated();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ge
