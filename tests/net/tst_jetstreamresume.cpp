// JetstreamCollector over net::WebSocketClient: when the stream drops before the writer has
// committed anything, the reconnect resumes from the batches already handed to the writer (minus
// the rewind) instead of from the live edge, which would skip the events since the drop.
#include "../collectors/JetstreamTestServer.h"
#include "collectors/BatchSink.h"
#include "collectors/JetstreamCollector.h"
#include "collectors/TrackedAccounts.h"
#include "core/Clock.h"
#include "reliability/RetryPolicy.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ge;
using namespace ge::collectors;
using ge::test::JetstreamTestServer;

namespace {

// Accepts every batch, never commits (a writer still busy with its first transaction).
class UncommittedSink : public BatchSink
{
public:
    bool push(WriteBatch &batch, std::chrono::milliseconds) override
    {
        if (batch.cursor)
            lastCursorUs = batch.cursor->cursorUs;
        ++pushes;
        return true;
    }
    qsizetype queueDepth() const override { return 0; }
    qsizetype queueCapacity() const override { return 8; }
    std::optional<qint64> committedCursorUs(const QString &) const override { return std::nullopt; }

    qint64 lastCursorUs = 0;
    int pushes = 0;
};

QByteArray identityEvent(int i, qint64 t)
{
    const QByteArray id = QByteArray::number(i);
    return "{\"did\":\"did:plc:id" + id + "\",\"time_us\":" + QByteArray::number(t)
           + ",\"kind\":\"identity\",\"identity\":{\"did\":\"did:plc:id" + id + "\",\"handle\":\"h" + id
           + ".test\",\"seq\":1,\"time\":\"x\"}}";
}

} // namespace

class TstJetstreamResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dropBeforeFirstCommitResumesFromHandedOffCursor()
    {
        const qint64 base = SystemClock::instance().nowUs() - 600'000'000;
        QList<QByteArray> events;
        for (int i = 0; i < 300; ++i)
            events.append(identityEvent(i, base + qint64(i) * 1000));
        JetstreamTestServer server;
        QVERIFY(server.listen());
        server.setEvents(events);
        server.setFaults({100, -1, 0, 0}); // abort the first connection after 100 events

        JetstreamOptions o;
        o.endpoints = {server.url()};
        o.compress = false;
        o.flushIntervalMs = 50;
        o.threadNice = 0;
        o.reconnect.minDelay = std::chrono::milliseconds(10);
        o.reconnect.baseDelay = std::chrono::milliseconds(20);
        o.reconnect.maxDelay = std::chrono::milliseconds(100);
        TrackedAccounts tracked;
        tracked.setDids({QStringLiteral("did:plc:tracked00000000000001")});
        UncommittedSink sink;
        reliability::SystemRandomSource random;
        JetstreamCollector collector(o, tracked, sink, SystemClock::instance(), random);
        QSignalSpy stopped(&collector, &JetstreamCollector::stopped);
        collector.start();

        QTRY_VERIFY_WITH_TIMEOUT(server.requestUrls().size() >= 2, 20000);
        const QList<QUrl> requests = server.requestUrls();
        QVERIFY(!QUrlQuery(requests.at(0)).hasQueryItem(QStringLiteral("cursor")));
        const QUrlQuery second(requests.at(1));
        QVERIFY2(second.hasQueryItem(QStringLiteral("cursor")), qPrintable(requests.at(1).toString()));
        const qint64 cursor = second.queryItemValue(QStringLiteral("cursor")).toLongLong();
        const qint64 lastSentUs = JetstreamTestServer::timeUsOf(events.at(99));
        // Handed-off cursor (≤ the 100th event) minus the 5 s rewind: nothing after it is skipped.
        QVERIFY(cursor <= lastSentUs - o.rewindUs);
        QVERIFY(cursor >= JetstreamTestServer::timeUsOf(events.at(0)) - o.rewindUs);
        // The second connection delivers the rest.
        QTRY_COMPARE_WITH_TIMEOUT(sink.lastCursorUs, JetstreamTestServer::timeUsOf(events.last()), 20000);

        collector.stop();
        QTRY_COMPARE(stopped.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstJetstreamResume)
#include "tst_jetstreamresume.moc"
