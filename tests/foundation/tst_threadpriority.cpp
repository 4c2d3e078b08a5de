// lowerWorkerThreadPriority(): a worker thread's nice value goes up by the increment, once per
// thread; the main (GUI) thread is never touched.
#include "core/ThreadPriority.h"

#include <QTest>
#include <QThread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>

namespace {

int currentNice()
{
    return ::getpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)));
}

struct Observed
{
    int before = 0;
    int afterFirst = 0;
    int afterSecond = 0;
    bool ok = false;
};

} // namespace

class TestThreadPriority : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workerThreadIsLoweredOnce()
    {
        Observed seen;
        QThread *worker = QThread::create([&seen]() {
            seen.before = currentNice();
            seen.ok = ge::lowerWorkerThreadPriority(3);
            seen.afterFirst = currentNice();
            ge::lowerWorkerThreadPriority(3); // a second start on the same thread
            seen.afterSecond = currentNice();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(seen.ok);
        QCOMPARE(seen.afterFirst, std::min(19, seen.before + 3));
        QCOMPARE(seen.afterSecond, seen.afterFirst);
    }

    void mainThreadAndZeroIncrementAreLeftAlone()
    {
        const int before = currentNice();
        QVERIFY(ge::lowerWorkerThreadPriority(5));
        QCOMPARE(currentNice(), before);

        int workerBefore = 0, workerAfter = 0;
        QThread *worker = QThread::create([&]() {
            workerBefore = currentNice();
            ge::lowerWorkerThreadPriority(0);
            workerAfter = currentNice();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(workerAfter, workerBefore);
    }

    void otherThreadsKeepTheirPriority()
    {
        // The nice value is per thread: lowering a worker leaves the main thread as it was.
        const int mainBefore = currentNice();
        QThread *worker = QThread::create([]() { ge::lowerWorkerThreadPriority(4); });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(currentNice(), mainBefore);
    }
};

QTEST_GUILESS_MAIN(TestThreadPriority)
#include "tst_threadpriority.moc"
