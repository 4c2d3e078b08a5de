#include "net/WebSocketClient.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace ge::net {

namespace {

constexpr std::size_t kMaxHandshakeHeaderBytes = 16 * 1024;
constexpr std::size_t kMinReceiveBuffer = 256 * 1024;
constexpr char kAcceptGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

// True when the comma-separated header value holds token (case-insensitive).
bool hasToken(const QByteArray &value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isValidCloseCode(quint16 code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    return code >= 1000 && code <= 1014 && code != 1004 && code != 1005 && code != 1006;
}

} // namespace

// Bridges the decoder to the client: delivers messages to the handler and handles control frames;
// stops the decoder as soon as the handler closed, aborted or paused the connection.
class WebSocketClient::Dispatcher final : public WsFrameHandler
{
public:
    Dispatcher(WebSocketClient &client, quint64 generation) : m_client(client), m_generation(generation) {}

    bool onMessage(std::string_view payload, bool binary) override
    {
        if (m_client.m_handler)
            m_client.m_handler(payload, binary);
        return m_client.alive(m_generation) && !m_client.m_paused;
    }

    bool onControl(WsOpcode opcode, std::string_view payload) override
    {
        return m_client.onControlFrame(opcode, payload) && m_client.alive(m_generation) && !m_client.m_paused;
    }

private:
    WebSocketClient &m_client;
    quint64 m_generation;
};

WebSocketClient::WebSocketClient(QObject *parent) : QObject(parent)
{
    m_handshakeTimer = new QTimer(this);
    m_handshakeTimer->setSingleShot(true);
    connect(m_handshakeTimer, &QTimer::timeout, this, [this]() {
        if (m_state != QAbstractSocket::UnconnectedState && !m_handshakeDone)
            fail(Error::HandshakeTimeout,
                 tr("No WebSocket handshake with %1 within %2 ms").arg(m_url.toDisplayString(QUrl::RemoveQuery)).arg(m_handshakeTimeoutMs));
    });
    m_closeTimer = new QTimer(this);
    m_closeTimer->setSingleShot(true);
    connect(m_closeTimer, &QTimer::timeout, this, [this]() {
        if (m_state == QAbstractSocket::ClosingState) {
            if (m_closeCode == 0)
                m_closeCode = WsCloseCode::Abnormal;
            fail(Error::CloseTimeout, tr("The server did not answer the close frame within %1 ms").arg(m_closeTimeoutMs));
        }
    });
}

WebSocketClient::~WebSocketClient()
{
    if (m_socket) {
        QObject::disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

void WebSocketClient::open(const QUrl &url)
{
    if (m_state != QAbstractSocket::UnconnectedState)
        abort();
    ++m_generation;
    m_url = url;
    m_error = Error::None;
    m_errorString.clear();
    m_closeCode = 0;
    m_closeReason.clear();
    m_statusLine.clear();
    m_expectedAccept.clear();
    m_socketGonePending = false;
    m_handshakeDone = false;
    m_closeSent = false;
    m_pingOutstanding = false;
    m_paused = false;
    m_disconnectPending = false;
    m_rxBegin = m_rxEnd = 0;
    m_decoder.reset();
    m_state = QAbstractSocket::ConnectingState;

    const QString scheme = url.scheme().toLower();
    const bool secure = scheme == QLatin1StringView("wss");
    if ((!secure && scheme != QLatin1StringView("ws")) || url.host().isEmpty()) {
        const quint64 gen = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, gen]() {
                if (alive(gen))
                    fail(Error::InvalidUrl, tr("Not a ws:// or wss:// URL: %1").arg(m_url.toDisplayString(QUrl::RemoveQuery)));
            },
            Qt::QueuedConnection);
        return;
    }

    if (secure) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_sslConfig ? *m_sslConfig : QSslConfiguration::defaultConfiguration());
        connect(ssl, &QSslSocket::encrypted, this, &WebSocketClient::onTransportReady);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &WebSocketClient::onTransportReady);
    }
    m_socket->setReadBufferSize(m_readBufferSize);
    connect(m_socket, &QIODevice::readyRead, this, &WebSocketClient::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &WebSocketClient::onSocketGone);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::SocketTimeoutError || e == QAbstractSocket::TemporaryError)
            return;
        onSocketGone();
    });
    m_handshakeTimer->start(m_handshakeTimeoutMs);
    const quint16 port = quint16(url.port(secure ? 443 : 80));
    if (secure)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void WebSocketClient::onTransportReady()
{
    if (!m_socket || m_handshakeDone)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    quint32 keyWords[4];
    QRandomGenerator::global()->fillRange(keyWords);
    const QByteArray key = QByteArray(reinterpret_cast<const char *>(keyWords), sizeof(keyWords)).toBase64();
    const QByteArray keyAndGuid = key + QByteArrayView(kAcceptGuid);
    m_expectedAccept = QCryptographicHash::hash(keyAndGuid, QCryptographicHash::Sha1).toBase64();

    const bool secure = m_url.scheme().compare(QLatin1StringView("wss"), Qt::CaseInsensitive) == 0;
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = m_url.port(-1);
    if (port != -1 && port != (secure ? 443 : 80))
        host += ':' + QByteArray::number(port);
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();

    QByteArray request;
    request.reserve(256 + target.size());
    request += "GET " + target + " HTTP/1.1\r\n";
    request += "Host: " + host + "\r\n";
    request += "Upgrade: websocket\r\nConnection: Upgrade\r\n";
    request += "Sec-WebSocket-Key: " + key + "\r\n";
    request += "Sec-WebSocket-Version: 13\r\n";
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        request += name + ": " + value + "\r\n";
    request += "\r\n";
    m_socket->write(request);
}

void WebSocketClient::onReadyRead()
{
    processIncoming();
}

void WebSocketClient::setReadingPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && m_state != QAbstractSocket::UnconnectedState) {
        const quint64 gen = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, gen]() {
                if (alive(gen))
                    processIncoming();
            },
            Qt::QueuedConnection);
    }
}

bool WebSocketClient::readAvailable()
{
    if (!m_socket)
        return false;
    const qint64 avail = m_socket->bytesAvailable();
    if (avail <= 0)
        return false;
    const std::size_t want = std::max<std::size_t>(std::size_t(avail), m_decoder.pendingFrameSize() > (m_rxEnd - m_rxBegin)
                                                                           ? m_decoder.pendingFrameSize() - (m_rxEnd - m_rxBegin)
                                                                           : 0);
    if (m_rxBegin == m_rxEnd) {
        m_rxBegin = m_rxEnd = 0;
    } else if (m_rxBegin > 0 && m_rx.size() < m_rxEnd + want + kPayloadPadding) {
        // Compact: move the unconsumed tail (a partial frame) to the front.
        std::memmove(m_rx.data(), m_rx.data() + m_rxBegin, m_rxEnd - m_rxBegin);
        m_rxEnd -= m_rxBegin;
        m_rxBegin = 0;
    }
    // The last kPayloadPadding bytes are never filled: every payload has them readable after it.
    if (m_rx.size() < m_rxEnd + want + kPayloadPadding)
        m_rx.resize(std::max({kMinReceiveBuffer, m_rxEnd + want + kPayloadPadding, m_rx.size() + m_rx.size() / 2}));
    const qint64 n = m_socket->read(m_rx.data() + m_rxEnd, qint64(m_rx.size() - m_rxEnd - kPayloadPadding));
    if (n <= 0)
        return false;
    m_rxEnd += std::size_t(n);
    return true;
}

void WebSocketClient::processIncoming()
{
    if (m_processing || m_paused || !m_socket)
        return; // a nested event loop inside the handler: the outer call continues
    m_processing = true;
    const quint64 gen = m_generation;
    for (;;) {
        if (!alive(gen) || m_paused)
            break;
        if (!m_handshakeDone && m_rxEnd > m_rxBegin) {
            parseHandshake();
            if (!alive(gen))
                break;
        }
        if (m_handshakeDone && m_rxEnd > m_rxBegin) {
            parseFrames();
            if (!alive(gen) || m_paused)
                break;
        }
        if (!readAvailable())
            break;
    }
    m_processing = false;
    if (m_disconnectPending) {
        m_disconnectPending = false;
        emitDisconnected();
    } else if (m_socketGonePending) {
        m_socketGonePending = false;
        if (alive(gen))
            onSocketGone();
    }
}

bool WebSocketClient::parseHandshake()
{
    const std::string_view data(m_rx.data() + m_rxBegin, m_rxEnd - m_rxBegin);
    const std::size_t end = data.find("\r\n\r\n");
    if (end == std::string_view::npos) {
        if (data.size() > kMaxHandshakeHeaderBytes)
            fail(Error::HandshakeFailed, tr("The server's handshake answer is larger than %1 bytes").arg(kMaxHandshakeHeaderBytes));
        return false;
    }
    if (end > kMaxHandshakeHeaderBytes) {
        fail(Error::HandshakeFailed, tr("The server's handshake answer is larger than %1 bytes").arg(kMaxHandshakeHeaderBytes));
        return false;
    }
    const QByteArray head(data.data(), qsizetype(end));
    m_rxBegin += end + 4; // what follows belongs to the frame stream
    const QList<QByteArray> lines = head.split('\n');
    m_statusLine = lines.value(0).trimmed();
    const QList<QByteArray> status = m_statusLine.split(' ');
    if (status.size() < 2 || !status.at(0).startsWith("HTTP/1.") || status.at(1) != "101") {
        QString message = tr("The server refused the WebSocket upgrade: %1").arg(QString::fromLatin1(m_statusLine));
        const QByteArray body = QByteArray(m_rx.data() + m_rxBegin, qsizetype(m_rxEnd - m_rxBegin)).left(200).trimmed();
        if (!body.isEmpty())
            message += QStringLiteral(" (") + QString::fromUtf8(body) + QStringLiteral(")");
        fail(Error::HandshakeFailed, message);
        return false;
    }
    QByteArray upgrade, connection, accept, extensions, protocol;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto add = [&value](QByteArray &into) { into = into.isEmpty() ? value : into + ',' + value; };
        if (name == "upgrade")
            add(upgrade);
        else if (name == "connection")
            add(connection);
        else if (name == "sec-websocket-accept")
            accept = value;
        else if (name == "sec-websocket-extensions")
            add(extensions);
        else if (name == "sec-websocket-protocol")
            add(protocol);
    }
    if (!hasToken(upgrade, "websocket")) {
        fail(Error::HandshakeFailed, tr("The server's upgrade answer lacks \"Upgrade: websocket\""));
        return false;
    }
    if (!hasToken(connection, "upgrade")) {
        fail(Error::HandshakeFailed, tr("The server's upgrade answer lacks \"Connection: Upgrade\""));
        return false;
    }
    if (accept != m_expectedAccept) {
        fail(Error::HandshakeFailed, tr("The server's Sec-WebSocket-Accept does not match the key sent"));
        return false;
    }
    if (!extensions.trimmed().isEmpty()) {
        fail(Error::HandshakeFailed, tr("The server selected a WebSocket extension that was not offered: %1").arg(QString::fromLatin1(extensions)));
        return false;
    }
    if (!protocol.trimmed().isEmpty()) {
        fail(Error::HandshakeFailed, tr("The server selected a subprotocol that was not offered: %1").arg(QString::fromLatin1(protocol)));
        return false;
    }
    m_handshakeDone = true;
    m_handshakeTimer->stop();
    m_state = QAbstractSocket::ConnectedState;
    Q_EMIT connected();
    return true;
}

void WebSocketClient::parseFrames()
{
    const quint64 gen = m_generation;
    Dispatcher dispatcher(*this, gen);
    const std::size_t consumed = m_decoder.feed(std::string_view(m_rx.data() + m_rxBegin, m_rxEnd - m_rxBegin), dispatcher);
    if (!alive(gen))
        return; // closed or aborted from the handler: the buffer was reset for the next open()
    m_rxBegin += consumed;
    if (m_rxBegin == m_rxEnd)
        m_rxBegin = m_rxEnd = 0;
    if (m_decoder.failed()) {
        const auto &f = m_decoder.failure();
        const Error error = f.closeCode == WsCloseCode::TooBig         ? Error::MessageTooBig
                            : f.closeCode == WsCloseCode::InvalidPayload ? Error::InvalidUtf8
                                                                         : Error::ProtocolError;
        failConnection(error, tr("WebSocket protocol error: %1").arg(QString::fromLatin1(f.message)), f.closeCode);
    }
}

bool WebSocketClient::onControlFrame(WsOpcode opcode, std::string_view payload)
{
    switch (opcode) {
    case WsOpcode::Ping:
        if (m_state == QAbstractSocket::ConnectedState)
            sendFrame(WsOpcode::Pong, QByteArrayView(payload.data(), qsizetype(payload.size())));
        return true;
    case WsOpcode::Pong:
        if (m_pingOutstanding) {
            m_pingOutstanding = false;
            Q_EMIT pong(m_pingTimer.elapsed());
        }
        return true;
    case WsOpcode::Close: {
        quint16 code = WsCloseCode::NoStatus;
        if (payload.size() == 1) {
            failConnection(Error::ProtocolError, tr("WebSocket protocol error: close frame with a one-byte payload"),
                           WsCloseCode::ProtocolError);
            return false;
        }
        if (payload.size() >= 2) {
            code = quint16((quint16(static_cast<unsigned char>(payload[0])) << 8) | static_cast<unsigned char>(payload[1]));
            if (!isValidCloseCode(code)) {
                failConnection(Error::ProtocolError, tr("WebSocket protocol error: invalid close code %1").arg(code),
                               WsCloseCode::ProtocolError);
                return false;
            }
            const std::string_view reason = payload.substr(2);
            if (!WebSocketFrameDecoder::isValidUtf8(reason)) {
                failConnection(Error::InvalidUtf8, tr("WebSocket protocol error: close reason is not valid UTF-8"),
                               WsCloseCode::InvalidPayload);
                return false;
            }
            m_closeReason = QString::fromUtf8(reason.data(), qsizetype(reason.size()));
        }
        m_closeCode = code;
        if (!m_closeSent) {
            // Echo the server's code (none when it sent none).
            char reply[2] = {char(code >> 8), char(code & 0xFF)};
            sendFrame(WsOpcode::Close, code == WsCloseCode::NoStatus ? QByteArrayView() : QByteArrayView(reply, 2));
            m_closeSent = true;
        }
        finish(true);
        return false;
    }
    default:
        return true;
    }
}

bool WebSocketClient::sendFrame(WsOpcode opcode, QByteArrayView payload)
{
    if (!m_socket || !m_handshakeDone || m_closeSent)
        return false;
    m_tx.resize(0);
    WebSocketFrameDecoder::appendClientFrame(m_tx, opcode, payload, QRandomGenerator::global()->generate());
    return m_socket->write(m_tx) == m_tx.size();
}

bool WebSocketClient::sendText(QByteArrayView utf8)
{
    return m_state == QAbstractSocket::ConnectedState && sendFrame(WsOpcode::Text, utf8);
}

bool WebSocketClient::sendBinary(QByteArrayView bytes)
{
    return m_state == QAbstractSocket::ConnectedState && sendFrame(WsOpcode::Binary, bytes);
}

bool WebSocketClient::ping(QByteArrayView payload)
{
    if (m_state != QAbstractSocket::ConnectedState || payload.size() > 125)
        return false;
    if (!sendFrame(WsOpcode::Ping, payload))
        return false;
    m_pingTimer.start();
    m_pingOutstanding = true;
    return true;
}

void WebSocketClient::close(quint16 code, const QString &reason)
{
    if (m_state == QAbstractSocket::UnconnectedState || m_state == QAbstractSocket::ClosingState)
        return;
    if (!m_handshakeDone) {
        abort();
        return;
    }
    QByteArray payload;
    payload.append(char(code >> 8)).append(char(code & 0xFF));
    payload.append(reason.toUtf8().left(123));
    sendFrame(WsOpcode::Close, payload);
    m_closeSent = true;
    m_state = QAbstractSocket::ClosingState;
    m_closeTimer->start(m_closeTimeoutMs);
}

void WebSocketClient::abort()
{
    if (m_state == QAbstractSocket::UnconnectedState)
        return;
    if (m_closeCode == 0)
        m_closeCode = WsCloseCode::Abnormal;
    finish(false);
}

void WebSocketClient::onSocketGone()
{
    if (m_state == QAbstractSocket::UnconnectedState || !m_socket)
        return;
    const quint64 gen = m_generation;
    // Frames the server sent before it closed (its close frame, say) are still in the buffer.
    processIncoming();
    if (!alive(gen))
        return;
    if (m_processing) {
        m_socketGonePending = true; // a nested event loop in the handler: handled when it returns
        return;
    }
    const QString socketError = m_socket ? m_socket->errorString() : QString();
    if (!m_handshakeDone) {
        fail(m_expectedAccept.isEmpty() ? Error::ConnectionFailed : Error::HandshakeFailed,
             tr("Cannot open the WebSocket to %1: %2").arg(m_url.toDisplayString(QUrl::RemoveQuery), socketError));
        return;
    }
    if (m_closeCode == 0)
        m_closeCode = WsCloseCode::Abnormal;
    if (m_state == QAbstractSocket::ClosingState) {
        finish(false); // we sent close; the server ended the TCP connection
        return;
    }
    fail(Error::ConnectionLost, tr("The WebSocket connection ended without a close frame: %1").arg(socketError));
}

void WebSocketClient::failConnection(Error error, const QString &message, quint16 closeCode)
{
    if (m_state == QAbstractSocket::UnconnectedState)
        return;
    if (m_handshakeDone && !m_closeSent) {
        char payload[2] = {char(closeCode >> 8), char(closeCode & 0xFF)};
        sendFrame(WsOpcode::Close, QByteArrayView(payload, 2));
        m_closeSent = true;
    }
    if (m_closeCode == 0)
        m_closeCode = WsCloseCode::Abnormal;
    fail(error, message, true);
}

void WebSocketClient::fail(Error error, const QString &message, bool graceful)
{
    if (m_state == QAbstractSocket::UnconnectedState)
        return;
    m_error = error;
    m_errorString = message;
    const quint64 gen = m_generation;
    Q_EMIT errorOccurred(message);
    if (m_generation == gen)
        finish(graceful);
}

void WebSocketClient::finish(bool graceful)
{
    if (m_state == QAbstractSocket::UnconnectedState)
        return;
    m_state = QAbstractSocket::UnconnectedState;
    m_handshakeTimer->stop();
    m_closeTimer->stop();
    m_pingOutstanding = false;
    releaseSocket(graceful);
    if (m_processing)
        m_disconnectPending = true; // emitted when the handler has returned
    else
        emitDisconnected();
}

void WebSocketClient::releaseSocket(bool graceful)
{
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    QObject::disconnect(socket, nullptr, this, nullptr);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        // Let the close frame go out, then end the TCP connection; never wait long for it.
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState) {
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(2000, socket, [socket]() {
                socket->abort();
                socket->deleteLater();
            });
            return;
        }
    } else {
        socket->abort();
    }
    socket->deleteLater();
}

void WebSocketClient::emitDisconnected()
{
    Q_EMIT disconnected();
}

} // namespace ge::net
