#pragma once

#include "net/WebSocketFrameDecoder.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

class QTcpSocket;
class QTimer;

namespace ge::net {

// A lean RFC 6455 client (ws:// over QTcpSocket, wss:// over QSslSocket) for high-rate streams:
// it reads the socket in large chunks into one reused, compacting receive buffer, parses every
// complete frame per readyRead and hands each message's bytes to one handler as a
// std::string_view into that buffer (valid only during the call) — no UTF-16 decoding, no
// allocation per message, no queued signal per message. At least kPayloadPadding bytes after the
// end of every payload are readable (contents unspecified), so a parser that needs padding (e.g.
// simdjson) can parse the message where it is.
//
// The handler may call close(), abort() or setReadingPaused(), and may block for a while (a
// consumer waiting for room downstream): the socket's read buffer is bounded
// (setReadBufferSize), so while it blocks TCP flow control slows the server down. The handler
// must not delete the client (use deleteLater()).
//
// disconnected() is emitted exactly once for every open() (also when the connection attempt or
// the handshake fails), after errorOccurred() when there was an error.
class WebSocketClient : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        InvalidUrl,       // not ws:// or wss://, or no host
        ConnectionFailed, // TCP/TLS connection could not be made (refused, host not found, TLS errors)
        HandshakeFailed,  // the server's HTTP answer is not a valid WebSocket upgrade
        HandshakeTimeout, // no complete upgrade within handshakeTimeoutMs
        ProtocolError,    // the server broke RFC 6455 (we sent close 1002)
        MessageTooBig,    // a message above maxMessageSize (we sent close 1009)
        InvalidUtf8,      // a text message that is not UTF-8 (we sent close 1007)
        ConnectionLost,   // TCP connection ended without a close handshake
        CloseTimeout,     // the server did not answer our close frame in time
    };
    Q_ENUM(Error)

    using MessageHandler = std::function<void(std::string_view payload, bool binary)>;
    static constexpr std::size_t kPayloadPadding = WebSocketFrameDecoder::kPayloadPadding;

    explicit WebSocketClient(QObject *parent = nullptr);
    ~WebSocketClient() override;

    // Set once, before open(). Called on this object's thread for every complete message.
    void setMessageHandler(MessageHandler handler) { m_handler = std::move(handler); }
    // Extra request headers (e.g. User-Agent), sent with every handshake.
    void setRequestHeaders(QList<QPair<QByteArray, QByteArray>> headers) { m_extraHeaders = std::move(headers); }
    // TLS settings for wss:// (default: QSslConfiguration::defaultConfiguration(), the system CAs).
    void setSslConfiguration(const QSslConfiguration &config) { m_sslConfig = config; }
    // Time allowed from open() to the server's 101 answer (TCP + TLS + HTTP). Default 10 s.
    void setHandshakeTimeoutMs(int ms) { m_handshakeTimeoutMs = ms; }
    // Time close() waits for the server's close frame before dropping the connection. Default 5 s.
    void setCloseTimeoutMs(int ms) { m_closeTimeoutMs = ms; }
    // Larger messages (also reassembled ones) fail the connection with close 1009. Default 64 MiB.
    void setMaxMessageSize(quint64 bytes) { m_decoder.setMaxMessageSize(bytes); }
    // UTF-8 validation of text messages (close 1007 on failure). Default on; a consumer that
    // validates the bytes itself (e.g. a JSON parser that checks UTF-8) can turn it off.
    void setValidateUtf8(bool on) { m_decoder.setValidateUtf8(on); }
    // Bound on the socket's own read buffer (default 4 MiB). Takes effect on the next open().
    void setReadBufferSize(qint64 bytes) { m_readBufferSize = bytes; }
    // Paused: no message is delivered and the socket is not read (TCP flow control applies).
    void setReadingPaused(bool paused);
    bool isReadingPaused() const { return m_paused; }

    void open(const QUrl &url);
    QUrl url() const { return m_url; }
    QAbstractSocket::SocketState state() const { return m_state; }

    // Each returns false (and sends nothing) when not connected.
    bool sendText(QByteArrayView utf8);
    bool sendBinary(QByteArrayView bytes);
    // pong(elapsedMs) follows when the server answers. Payload at most 125 bytes.
    bool ping(QByteArrayView payload = {});

    // Close handshake: sends a close frame, waits for the server's close (or the close timeout),
    // then drops the TCP connection and emits disconnected(). During the handshake: abort().
    void close(quint16 code = WsCloseCode::Normal, const QString &reason = {});
    // Drops the connection now; disconnected() follows (after the handler returns when called from it).
    void abort();

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // The server's close code and reason (1005 when its close frame had none, 1006 when the
    // connection ended without one). Valid after disconnected() until the next open().
    quint16 closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    // Status line of the server's handshake answer (e.g. "HTTP/1.1 400 Bad Request").
    QByteArray handshakeStatusLine() const { return m_statusLine; }

Q_SIGNALS:
    void connected();
    void disconnected();
    void errorOccurred(const QString &message);
    void pong(qint64 elapsedMs);

private:
    class Dispatcher;
    friend class Dispatcher;

    void onTransportReady();
    void onReadyRead();
    void onSocketGone();
    void processIncoming();
    bool readAvailable();
    bool parseHandshake();
    void parseFrames();
    bool onControlFrame(WsOpcode opcode, std::string_view payload);
    bool sendFrame(WsOpcode opcode, QByteArrayView payload);
    void failConnection(Error error, const QString &message, quint16 closeCode);
    // Records the error, emits errorOccurred() and ends the connection (graceful: let a close frame
    // already queued go out first).
    void fail(Error error, const QString &message, bool graceful = false);
    void finish(bool graceful);
    void emitDisconnected();
    void releaseSocket(bool graceful);
    bool alive(quint64 generation) const { return m_generation == generation && m_state != QAbstractSocket::UnconnectedState; }

    MessageHandler m_handler;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    std::optional<QSslConfiguration> m_sslConfig;
    int m_handshakeTimeoutMs = 10000;
    int m_closeTimeoutMs = 5000;
    qint64 m_readBufferSize = 4 << 20;

    QUrl m_url;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_handshakeTimer = nullptr;
    QTimer *m_closeTimer = nullptr;
    QAbstractSocket::SocketState m_state = QAbstractSocket::UnconnectedState;
    bool m_handshakeDone = false;
    bool m_closeSent = false;
    bool m_paused = false;
    bool m_processing = false;
    bool m_disconnectPending = false;
    bool m_socketGonePending = false;
    quint64 m_generation = 0;
    QByteArray m_expectedAccept;
    QByteArray m_statusLine;

    // Receive buffer: bytes [m_rxBegin, m_rxEnd) are read but not yet consumed.
    std::vector<char> m_rx;
    std::size_t m_rxBegin = 0;
    std::size_t m_rxEnd = 0;
    WebSocketFrameDecoder m_decoder;
    QByteArray m_tx; // reused for outgoing frames

    QElapsedTimer m_pingTimer;
    bool m_pingOutstanding = false;

    Error m_error = Error::None;
    QString m_errorString;
    quint16 m_closeCode = 0;
    QString m_closeReason;
};

} // namespace ge::net
