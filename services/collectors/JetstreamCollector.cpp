#include "collectors/JetstreamCollector.h"

#include "collectors/CollectorsLogging.h"
#include "core/ThreadPriority.h"
#include "net/WebSocketClient.h"
#include "reliability/CircuitBreaker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace ge::collectors {

QList<QUrl> JetstreamOptions::defaultEndpoints()
{
    return {QUrl(QStringLiteral("wss://jetstream1.us-east.bsky.network/subscribe")),
            QUrl(QStringLiteral("wss://jetstream2.us-east.bsky.network/subscribe")),
            QUrl(QStringLiteral("wss://jetstream1.us-west.bsky.network/subscribe")),
            QUrl(QStringLiteral("wss://jetstream2.us-west.bsky.network/subscribe"))};
}

QStringList JetstreamOptions::defaultCollections()
{
    return {QStringLiteral("app.bsky.graph.follow"), QStringLiteral("app.bsky.feed.like"),
            QStringLiteral("app.bsky.feed.repost"), QStringLiteral("app.bsky.feed.post")};
}

JetstreamCollector::JetstreamCollector(JetstreamOptions options, const TrackedAccounts &tracked, BatchSink &sink,
                                       const Clock &clock, reliability::RandomSource &random, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_tracked(tracked),
      m_sink(sink),
      m_clock(clock),
      m_backoff(m_options.reconnect, random),
      m_pipeline(tracked, m_options.stream, EventSource::Jetstream,
                 ParserLimits{std::size_t(m_options.maxMessageSizeBytes), 2048, 64 * 1024})
{
    if (m_options.compress)
        m_decoder = std::make_unique<ZstdDecoder>(ZstdDecoder::builtinDictionary(), m_options.maxMessageSizeBytes);
}

JetstreamCollector::~JetstreamCollector() = default;

void JetstreamCollector::addKnownFollowers(const QStringList &dids)
{
    for (const QString &did : dids)
        m_pipeline.filter().addKnownFollower(did.toStdString());
}

QUrl JetstreamCollector::currentEndpoint() const
{
    if (m_options.endpoints.isEmpty())
        return {};
    return m_options.endpoints.at(m_endpointIndex % m_options.endpoints.size());
}

void JetstreamCollector::start()
{
    if (m_socket)
        return;
    m_stopping = false;
    lowerThreadPriority();
    m_socket = new net::WebSocketClient(this);
    // Room for a compressed frame's worst case, as before; the decompressed JSON is capped by the decoder.
    m_socket->setMaxMessageSize(quint64(m_options.maxMessageSizeBytes) * 4);
    // The JSON parser (simdjson) validates UTF-8 itself and counts a bad line as malformed instead
    // of losing the connection, so the client does not validate text messages a second time.
    m_socket->setValidateUtf8(false);
    m_socket->setMessageHandler([this](std::string_view payload, bool binary) { onMessage(payload, binary); });
    // disconnected() follows every open() exactly once, failed attempts included.
    connect(m_socket, &net::WebSocketClient::connected, this, &JetstreamCollector::onConnected);
    connect(m_socket, &net::WebSocketClient::disconnected, this, &JetstreamCollector::onDisconnected);
    // Pongs prove the TCP path is alive but not that events flow: the silence timer only counts
    // data frames (the network-wide stream never goes quiet for long).
    connect(m_socket, &net::WebSocketClient::pong, this, [](qint64 elapsedMs) {
        qCDebug(lcCollectors) << "Jetstream: pong after" << elapsedMs << "ms";
    });

    auto makeTimer = [this](int intervalMs, bool single) {
        auto *t = new QTimer(this);
        t->setInterval(intervalMs);
        t->setSingleShot(single);
        return t;
    };
    m_flushTimer = makeTimer(m_options.flushIntervalMs, false);
    connect(m_flushTimer, &QTimer::timeout, this, &JetstreamCollector::flush);
    m_heartbeatTimer = makeTimer(m_options.heartbeatIntervalMs, false);
    connect(m_heartbeatTimer, &QTimer::timeout, this, [this]() {
        if (m_connected)
            m_socket->ping();
    });
    m_silenceTimer = makeTimer(std::max(50, std::min(1000, m_options.silenceTimeoutMs / 4)), false);
    connect(m_silenceTimer, &QTimer::timeout, this, &JetstreamCollector::checkSilence);
    m_statsTimer = makeTimer(m_options.statsIntervalMs, false);
    connect(m_statsTimer, &QTimer::timeout, this, &JetstreamCollector::emitStats);
    m_reconnectTimer = makeTimer(0, true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &JetstreamCollector::connectNow);

    m_flushTimer->start();
    m_statsTimer->start();
    m_lastStatsMs = m_clock.monotonicMs();
    connectNow();
}

QUrl JetstreamCollector::buildUrl(qint64 cursorUs) const
{
    QUrl url = currentEndpoint();
    QUrlQuery query(url);
    for (const QString &c : m_options.wantedCollections)
        query.addQueryItem(QStringLiteral("wantedCollections"), c);
    if (m_options.compress)
        query.addQueryItem(QStringLiteral("compress"), QStringLiteral("true"));
    if (cursorUs > 0)
        query.addQueryItem(QStringLiteral("cursor"), QString::number(cursorUs));
    if (m_options.sendMaxMessageSize)
        query.addQueryItem(QStringLiteral("maxMessageSizeBytes"), QString::number(m_options.maxMessageSizeBytes));
    url.setQuery(query);
    return url;
}

void JetstreamCollector::connectNow()
{
    if (m_stopping || !m_socket)
        return;
    if (m_options.endpoints.isEmpty()) {
        m_state = QStringLiteral("no endpoint");
        qCWarning(lcCollectors) << "Jetstream: no endpoint configured";
        return;
    }
    if (m_breaker) {
        auto permit = m_breaker->tryAcquire();
        if (!permit) {
            const qint64 waitMs = permit.error().retryAfter ? permit.error().retryAfter->count() : 1000;
            m_state = QStringLiteral("circuit open");
            qCInfo(lcCollectors) << "Jetstream: breaker open, next attempt in" << waitMs << "ms";
            m_reconnectTimer->start(int(std::clamp<qint64>(waitMs, 50, 600000)));
            return;
        }
        m_breaker->release(*permit); // the outcome is reported per connection below
    }

    qint64 cursor = 0;
    std::optional<qint64> committed = m_sink.committedCursorUs(m_options.stream);
    if ((!committed || *committed <= 0) && m_handedOffCursorUs > 0) {
        // Nothing committed yet, but batches were handed to the writer (it commits them
        // asynchronously): resume from them rather than from the live edge, which would skip the
        // events since the drop when it comes before the first commit.
        committed = m_handedOffCursorUs;
    }
    if (committed && *committed > 0) {
        const qint64 nowUs = m_clock.nowUs();
        if (nowUs - *committed > m_options.replayWindowUs) {
            if (!m_windowReported) {
                m_windowReported = true;
                qCWarning(lcCollectors) << "Jetstream: outage longer than the replay window; events since"
                                        << *committed << "need a backfill";
                Q_EMIT replayWindowExceeded(*committed, nowUs);
                Q_EMIT backfillRequested();
            }
        } else {
            cursor = std::max<qint64>(1, *committed - m_options.rewindUs);
        }
    }
    const QUrl url = buildUrl(cursor);
    m_state = QStringLiteral("connecting");
    m_connectStartedMs = m_clock.monotonicMs();
    m_lastActivityMs = m_connectStartedMs;
    m_gotMessageThisConnection = false;
    m_dataSinceSilenceCheck = false;
    qCInfo(lcCollectors) << "Jetstream: connecting to" << url.toDisplayString(QUrl::RemoveQuery) << "cursor" << cursor;
    m_silenceTimer->start();
    m_attemptActive = true;
    m_socket->open(url);
}

void JetstreamCollector::onConnected()
{
    m_connected = true;
    m_state = QStringLiteral("streaming");
    m_lastActivityMs = m_clock.monotonicMs();
    m_heartbeatTimer->start();
    if (m_breaker)
        m_breaker->onSuccess(std::chrono::milliseconds(m_clock.monotonicMs() - m_connectStartedMs));
    Q_EMIT connected(currentEndpoint());
}

void JetstreamCollector::onDisconnected()
{
    if (!m_attemptActive)
        return; // stop() already finished this attempt
    m_attemptActive = false;
    const bool wasConnected = m_connected;
    m_connected = false;
    m_heartbeatTimer->stop();
    m_silenceTimer->stop();
    const QString reason = m_socket->closeReason().isEmpty() ? m_socket->errorString() : m_socket->closeReason();
    flush();
    if (m_stopping) {
        m_state = QStringLiteral("stopped");
        emitStats();
        Q_EMIT stopped();
        return;
    }
    Q_EMIT disconnected(reason);
    if (m_breaker && !wasConnected)
        m_breaker->onFailure(Error::network(reason), std::chrono::milliseconds(m_clock.monotonicMs() - m_connectStartedMs));
    scheduleReconnect(reason);
}

void JetstreamCollector::scheduleReconnect(const QString &reason)
{
    ++m_reconnects;
    if (m_gotMessageThisConnection) {
        // A connection that streamed is healthy: start the backoff streak and endpoint count afresh.
        m_backoff.reset();
        m_failuresOnEndpoint = 0;
    }
    ++m_failuresOnEndpoint;
    if (m_failuresOnEndpoint >= m_options.failuresBeforeRotate && m_options.endpoints.size() > 1) {
        m_endpointIndex = (m_endpointIndex + 1) % int(m_options.endpoints.size());
        m_failuresOnEndpoint = 0;
        qCInfo(lcCollectors) << "Jetstream: rotating to" << currentEndpoint().toDisplayString();
    }
    const auto delay = m_backoff.next();
    m_state = QStringLiteral("backoff");
    qCInfo(lcCollectors) << "Jetstream: disconnected (" << reason << "), reconnecting in" << delay.count() << "ms";
    m_reconnectTimer->start(int(delay.count()));
}

void JetstreamCollector::stop()
{
    if (!m_socket || m_stopping)
        return;
    m_stopping = true;
    m_reconnectTimer->stop();
    m_flushTimer->stop();
    m_statsTimer->stop();
    if (!m_attemptActive || m_socket->state() == QAbstractSocket::UnconnectedState) {
        m_attemptActive = false;
        flush();
        m_state = QStringLiteral("stopped");
        emitStats();
        Q_EMIT stopped();
        return;
    }
    m_socket->close(net::WsCloseCode::Normal, QStringLiteral("client stopping"));
    // onDisconnected() flushes and emits stopped(); abort if the peer never answers the close.
    QTimer::singleShot(2000, this, [this]() {
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    });
}

void JetstreamCollector::sendOptionsUpdate()
{
    if (!m_connected)
        return; // the next connection's URL carries the options
    const QByteArray json = optionsUpdateJson();
    m_socket->sendText(json);
    qCInfo(lcCollectors) << "Jetstream: options_update sent," << m_tracked.snapshot()->size() << "tracked accounts";
}

QByteArray JetstreamCollector::optionsUpdateJson() const
{
    QJsonObject payload;
    payload.insert(QStringLiteral("wantedCollections"), QJsonArray::fromStringList(m_options.wantedCollections));
    // Followers and engagers of tracked accounts live in everyone's repos: no wantedDids filter,
    // the tracked set is applied locally.
    payload.insert(QStringLiteral("wantedDids"), QJsonArray());
    if (m_options.sendMaxMessageSize)
        payload.insert(QStringLiteral("maxMessageSizeBytes"), double(m_options.maxMessageSizeBytes));
    QJsonObject root;
    root.insert(QStringLiteral("type"), QStringLiteral("options_update"));
    root.insert(QStringLiteral("payload"), payload);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void JetstreamCollector::lowerThreadPriority()
{
    // Only a worker thread: a collector driven from the main thread (tests, tools) leaves it alone.
    QString error;
    if (!lowerWorkerThreadPriority(m_options.threadNice, &error))
        qCWarning(lcCollectors) << "Jetstream: cannot lower the collector thread's priority:" << error;
}

void JetstreamCollector::onMessage(std::string_view payload, bool binary)
{
    m_wireBytes += quint64(payload.size());
    if (!binary || !m_decoder) {
        // Text frames (and binary ones without compression) are the JSON itself, as UTF-8 bytes,
        // with the client's padding after them: parsed where they are, no copy.
        m_decompressedBytes += quint64(payload.size());
        handleJson(payload, payload.size() + net::WebSocketClient::kPayloadPadding);
        return;
    }
    auto json = m_decoder->decompress(QByteArrayView(payload.data(), qsizetype(payload.size())));
    if (!json) {
        m_lastActivityMs = m_clock.monotonicMs();
        m_pipeline.countMalformed(MalformedReason::BadJson, "zstd frame", payload.substr(0, std::min<std::size_t>(payload.size(), 64)));
        return;
    }
    m_decompressedBytes += quint64(json->size());
    handleJson(std::string_view(json->data(), std::size_t(json->size())));
}

void JetstreamCollector::handleJson(std::string_view json, std::size_t readableBytes)
{
    // No clock read per message (at 10^6 messages/s it shows): the silence check turns this flag
    // into a timestamp, so a stall is still detected within one check interval of the timeout.
    m_dataSinceSilenceCheck = true;
    m_gotMessageThisConnection = true;
    m_pipeline.ingest(json, readableBytes);
    if (m_pipeline.pendingRows() >= m_options.maxBatchRows || m_pipeline.pendingEvents() >= m_options.maxBatchEvents)
        flush();
}

void JetstreamCollector::flush()
{
    if (m_pipeline.pendingEvents() == 0 && m_pipeline.pendingRows() == 0)
        return;
    WriteBatch batch = m_pipeline.takeBatch();
    const qint64 cursorUs = batch.cursor ? batch.cursor->cursorUs : 0;
    if (pushBlocking(batch))
        m_handedOffCursorUs = std::max(m_handedOffCursorUs, cursorUs);
}

bool JetstreamCollector::pushBlocking(WriteBatch &batch)
{
    // Backpressure: while the writer's queue is full this thread waits here and does not return
    // to its event loop, so the socket is not read; TCP flow control then slows the server.
    const QString before = m_state;
    bool waited = false;
    while (!m_sink.push(batch, std::chrono::milliseconds(m_options.pushWaitMs))) {
        if (!waited) {
            waited = true;
            m_state = QStringLiteral("backpressure");
            emitStats();
        }
        ++m_backpressureWaits;
        if (m_stopRequested.load()) {
            qCWarning(lcCollectors) << "Jetstream: stopping with" << batch.size()
                                    << "rows not handed to the writer; their cursor was not committed,"
                                       " so they are read again on the next start";
            return false;
        }
    }
    if (waited)
        m_state = before;
    // Time spent waiting for the writer is not silence from the server.
    m_lastActivityMs = m_clock.monotonicMs();
    return true;
}

void JetstreamCollector::checkSilence()
{
    if (m_stopping || !m_socket)
        return;
    if (m_dataSinceSilenceCheck) {
        m_dataSinceSilenceCheck = false;
        m_lastActivityMs = m_clock.monotonicMs();
        return;
    }
    const qint64 silentMs = m_clock.monotonicMs() - m_lastActivityMs;
    if (silentMs < m_options.silenceTimeoutMs)
        return;
    qCWarning(lcCollectors) << "Jetstream: no data for" << silentMs << "ms from"
                            << currentEndpoint().toDisplayString() << "- treating the stream as stalled";
    m_silenceTimer->stop();
    m_socket->abort(); // emits disconnected → reconnect
}

void JetstreamCollector::emitStats()
{
    const qint64 nowMs = m_clock.monotonicMs();
    const IngestCounters &c = m_pipeline.counters();
    const quint64 events = c.events();
    if (nowMs > m_lastStatsMs) {
        m_rate = double(events - m_lastStatsEvents) * 1000.0 / double(nowMs - m_lastStatsMs);
        m_lastStatsEvents = events;
        m_lastStatsMs = nowMs;
    }
    CollectorStats s;
    s.name = QStringLiteral("jetstream");
    s.state = m_state;
    s.endpoint = currentEndpoint().toDisplayString();
    s.counters = c;
    s.eventsPerSecond = m_rate;
    s.lagMs = c.lastTimeUs > 0 ? (m_clock.nowUs() - c.lastTimeUs) / 1000 : -1;
    s.reconnects = m_reconnects;
    s.wireBytes = m_wireBytes;
    s.decompressedBytes = m_decompressedBytes;
    s.compressionRatio = m_decoder && m_wireBytes ? double(m_decompressedBytes) / double(m_wireBytes) : 0.0;
    s.queueDepth = m_sink.queueDepth();
    s.queueCapacity = m_sink.queueCapacity();
    s.committedCursorUs = m_sink.committedCursorUs(m_options.stream).value_or(0);
    s.backpressureWaits = m_backpressureWaits;
    Q_EMIT statsChanged(s);
}

} // namespace ge::collectors
