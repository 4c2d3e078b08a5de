#pragma once

#include "collectors/BatchSink.h"
#include "collectors/IngestCounters.h"
#include "collectors/IngestPipeline.h"
#include "collectors/TrackedAccounts.h"
#include "collectors/ZstdDecoder.h"
#include "core/Clock.h"
#include "reliability/RetryPolicy.h"

#include <QAbstractSocket>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <atomic>
#include <memory>
#include <string>
#include <string_view>

class QTimer;

namespace ge::net {
class WebSocketClient;
}

namespace ge::reliability {
class CircuitBreaker;
}

namespace ge::collectors {

struct JetstreamOptions
{
    QList<QUrl> endpoints = defaultEndpoints();
    QStringList wantedCollections = defaultCollections(); // empty: every collection (filtered locally)
    bool compress = true;                          // compress=true + zstd dictionary
    qint64 rewindUs = 5'000'000;                   // resume from committed cursor minus this
    qint64 replayWindowUs = 24LL * 3600 * 1'000'000; // older cursors are clamped by the server
    int failuresBeforeRotate = 2;                  // consecutive failures on one endpoint
    reliability::RetryPolicy reconnect = reliability::RetryPolicy::collector();
    int heartbeatIntervalMs = 15000;               // WebSocket ping
    int silenceTimeoutMs = 45000;                  // no frame and no pong for this long = stalled
    int flushIntervalMs = 250;                     // hand a batch to the writer at least this often
    int maxBatchRows = 5000;
    int maxBatchEvents = 20000;
    int pushWaitMs = 100;                          // one wait slice on a full writer queue
    int statsIntervalMs = 250;                     // ≤ 4 stats signals/s
    qint64 maxMessageSizeBytes = 1 << 20;
    bool sendMaxMessageSize = true;                // ask the server to drop larger events (query maxMessageSizeBytes)
    QString stream = QStringLiteral("jetstream");  // cursor key in jetstream_cursors (shared by all endpoints)
    // Linux: nice increment for the collector's own thread (never the GUI/main thread), so that
    // under CPU contention the GUI thread wins the core when it wakes up. 0 leaves it unchanged.
    int threadNice = 5;

    static QList<QUrl> defaultEndpoints();
    static QStringList defaultCollections();
};

// Jetstream live collector: a worker QObject for its own named QThread. Owns its WebSocket client
// (net::WebSocketClient: each message arrives as its UTF-8 bytes, no UTF-16 round trip), parses on
// that thread, filters for the tracked accounts and hands batches (rows + cursor) to the writer.
// Reconnects with backoff + jitter (through the breaker when one is set), rotates endpoints after
// repeated failures, detects stalls with ping/pong and a silence timer, and stops reading while
// the writer's queue is full (it blocks inside the message handler; the client's bounded socket
// read buffer then lets TCP flow control slow the server). See docs/adr/0005-jetstream-parsing.md.
class JetstreamCollector : public QObject
{
    Q_OBJECT
public:
    JetstreamCollector(JetstreamOptions options, const TrackedAccounts &tracked, BatchSink &sink,
                       const Clock &clock, reliability::RandomSource &random, QObject *parent = nullptr);
    ~JetstreamCollector() override;

    // Optional; used before every connection attempt. Lives on any thread (it is thread-safe).
    void setBreaker(reliability::CircuitBreaker *breaker) { m_breaker = breaker; }
    // Known followers from storage so their deletes are kept after a restart (call before start()).
    void addKnownFollowers(const QStringList &dids);
    // Thread-safe: asks a blocked backpressure wait to give up (the unsent batch's cursor was never
    // committed, so its events are replayed on the next start).
    void requestStop() { m_stopRequested.store(true); }

    const IngestCounters &counters() const { return m_pipeline.counters(); }
    QUrl currentEndpoint() const;

public Q_SLOTS:
    void start();
    // Flushes what was read, closes the socket, emits stopped().
    void stop();
    // Tracked accounts changed: sends an options_update frame on the live connection.
    void sendOptionsUpdate();

Q_SIGNALS:
    void statsChanged(const ge::collectors::CollectorStats &stats);
    void connected(const QUrl &endpoint);
    void disconnected(const QString &reason);
    // The cursor is older than the replay window: events between fromUs and nowUs need a backfill.
    void replayWindowExceeded(qint64 fromUs, qint64 nowUs);
    void backfillRequested();
    void stopped();

private:
    void connectNow();
    void scheduleReconnect(const QString &reason);
    void onConnected();
    void onDisconnected();
    void onMessage(std::string_view payload, bool binary);
    // readableBytes: bytes readable from json.data() (0: just the message); with the parser's
    // padding past the end the message is parsed in place.
    void handleJson(std::string_view json, std::size_t readableBytes = 0);
    void lowerThreadPriority();
    void flush();
    bool pushBlocking(WriteBatch &batch);
    void checkSilence();
    void emitStats();
    QUrl buildUrl(qint64 cursorUs) const;
    QByteArray optionsUpdateJson() const;

    JetstreamOptions m_options;
    const TrackedAccounts &m_tracked;
    BatchSink &m_sink;
    const Clock &m_clock;
    reliability::Backoff m_backoff;
    reliability::CircuitBreaker *m_breaker = nullptr;
    IngestPipeline m_pipeline;
    std::unique_ptr<ZstdDecoder> m_decoder;
    net::WebSocketClient *m_socket = nullptr;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_heartbeatTimer = nullptr;
    QTimer *m_silenceTimer = nullptr;
    QTimer *m_statsTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;

    int m_endpointIndex = 0;
    int m_failuresOnEndpoint = 0;
    bool m_connected = false;
    bool m_attemptActive = false;
    bool m_gotMessageThisConnection = false;
    bool m_dataSinceSilenceCheck = false;
    bool m_stopping = false;
    bool m_windowReported = false;
    qint64 m_connectStartedMs = 0;
    qint64 m_lastActivityMs = 0;
    qint64 m_handedOffCursorUs = 0; // newest cursor of a batch the writer accepted (committed or not)
    std::atomic<bool> m_stopRequested{false};

    QString m_state = QStringLiteral("stopped");
    quint64 m_reconnects = 0;
    quint64 m_wireBytes = 0;
    quint64 m_decompressedBytes = 0;
    quint64 m_backpressureWaits = 0;
    quint64 m_lastStatsEvents = 0;
    qint64 m_lastStatsMs = 0;
    double m_rate = 0;
};

} // namespace ge::collectors
