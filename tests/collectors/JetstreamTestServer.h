#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;
class QTimer;

namespace ge::test {

// A loopback Jetstream v1 server speaking the real wire format: ws://127.0.0.1:PORT/subscribe,
// honours cursor (events with time_us > cursor), wantedCollections (exact or prefix.*; identity
// and account always pass), compress=true (zstd frames with Jetstream's dictionary, binary
// messages) and options_update text frames. Faults can be injected per connection.
class JetstreamTestServer : public QObject
{
    Q_OBJECT
public:
    struct Faults
    {
        int dropAfter = -1;      // abort the TCP connection after sending this many events (first connection only)
        int stallAfter = -1;     // stop sending (socket stays open) after this many events (first connection only)
        int garbageEvery = 0;    // send a garbage frame after every N events
        int duplicateEvery = 0;  // send every N-th event twice
    };

    explicit JetstreamTestServer(QObject *parent = nullptr);
    ~JetstreamTestServer() override;

    bool listen();
    QUrl url() const;
    void setEvents(QList<QByteArray> events); // JSON objects, ascending time_us
    void setFaults(const Faults &f) { m_faults = f; }
    void setChunk(int events) { m_chunk = events; }

    int connections() const { return m_connections; }
    QList<QUrl> requestUrls() const { return m_requests; }
    QList<QByteArray> textFramesReceived() const { return m_received; }
    qint64 eventsSent() const { return m_sent; }
    qint64 garbageSent() const { return m_garbage; }

    static qint64 timeUsOf(const QByteArray &json);
    static QString collectionOf(const QByteArray &json);

Q_SIGNALS:
    void textFrameReceived(const QByteArray &frame);

private:
    struct Conn;
    void onNewConnection();
    void pump(Conn *c);
    QByteArray encode(const Conn &c, const QByteArray &json) const;
    void sendFrame(Conn *c, const QByteArray &json);

    QWebSocketServer *m_server = nullptr;
    QList<QByteArray> m_events;
    Faults m_faults;
    int m_chunk = 200;
    int m_connections = 0;
    QList<QUrl> m_requests;
    QList<QByteArray> m_received;
    qint64 m_sent = 0;
    qint64 m_garbage = 0;
    QByteArray m_dict;
    void *m_cdict = nullptr;
    void *m_cctx = nullptr;
};

} // namespace ge::test
