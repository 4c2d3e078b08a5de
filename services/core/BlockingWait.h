#pragma once

#include <QCoreApplication>
#include <QThread>

#include <chrono>
#include <future>

namespace ge {

// Blocks until `future` is ready and returns its value. On the application's main thread (only
// headless CLI commands block there; the GUI thread never does) queued events keep being
// delivered meanwhile: keychain jobs run on the main thread (ADR 0004), and the call being awaited
// on another thread may need one (restoring or storing a session), which would otherwise wait for
// the keychain timeout.
template <typename T>
T waitForFuture(std::future<T> &future)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread()) {
        while (future.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            future.wait_for(std::chrono::milliseconds(2));
        }
    }
    return future.get();
}

} // namespace ge
