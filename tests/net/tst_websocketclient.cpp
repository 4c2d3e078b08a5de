// WebSocketClient against real loopback servers: QWebSocketServer for the happy paths (plain and
// TLS), a raw QTcpServer writing hand-made bytes for the failure paths.
#include "net/WebSocketClient.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using ge::net::WebSocketClient;

namespace {

struct Message
{
    QByteArray payload;
    bool binary = false;
};

QByteArray serverFrame(bool fin, unsigned opcode, const QByteArray &payload, unsigned rsv = 0, bool masked = false)
{
    QByteArray f;
    f.append(char((fin ? 0x80 : 0) | rsv | opcode));
    const auto len = quint64(payload.size());
    const char maskBit = masked ? char(0x80) : char(0);
    if (len <= 125) {
        f.append(char(maskBit | char(len)));
    } else if (len <= 0xFFFF) {
        f.append(char(maskBit | 126)).append(char(len >> 8)).append(char(len & 0xFF));
    } else {
        f.append(char(maskBit | 127));
        for (int i = 7; i >= 0; --i)
            f.append(char((len >> (8 * i)) & 0xFF));
    }
    if (masked) {
        const char key[4] = {9, 8, 7, 6};
        f.append(key, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            f.append(char(payload[i] ^ key[i & 3]));
    } else {
        f.append(payload);
    }
    return f;
}

struct ClientFrame
{
    int opcode = -1;
    QByteArray payload;
};

// Decodes the masked frames a client sent (complete ones only).
std::vector<ClientFrame> clientFrames(const QByteArray &bytes)
{
    std::vector<ClientFrame> out;
    qsizetype pos = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    while (bytes.size() - pos >= 6) {
        const int opcode = p[pos] & 0x0F;
        if (!(p[pos + 1] & 0x80))
            break; // unmasked: not a valid client frame
        quint64 len = p[pos + 1] & 0x7F;
        qsizetype h = 2;
        if (len == 126) {
            len = (quint64(p[pos + 2]) << 8) | p[pos + 3];
            h = 4;
        } else if (len == 127) {
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = (len << 8) | p[pos + 2 + i];
            h = 10;
        }
        if (bytes.size() - pos < h + 4 + qsizetype(len))
            break;
        const unsigned char *mask = p + pos + h;
        QByteArray payload(qsizetype(len), Qt::Uninitialized);
        for (qsizetype i = 0; i < qsizetype(len); ++i)
            payload[i] = char(p[pos + h + 4 + i] ^ mask[i & 3]);
        out.push_back({opcode, payload});
        pos += h + 4 + qsizetype(len);
    }
    return out;
}

QByteArray acceptFor(const QByteArray &key)
{
    const QByteArray keyAndGuid = key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    return QCryptographicHash::hash(keyAndGuid, QCryptographicHash::Sha1).toBase64();
}

QByteArray okResponse(const QByteArray &key, const QByteArray &extra = {})
{
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
           + acceptFor(key) + "\r\n" + extra + "\r\n";
}

// A TCP server that reads the client's handshake and answers with respond(key) (nothing when
// respond is empty), then records every byte the client sends.
class RawServer : public QObject
{
public:
    std::function<QByteArray(const QByteArray &key)> respond;
    QByteArray request;
    QByteArray received;
    QPointer<QTcpSocket> socket;

    RawServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this]() { onRead(); });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = u"/"_s) const { return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(port()).arg(path)); }
    bool handshakeSeen() const { return m_handshakeSeen; }

private:
    void onRead()
    {
        const QByteArray bytes = socket->readAll();
        if (m_handshakeSeen) {
            received += bytes;
            return;
        }
        request += bytes;
        const qsizetype end = request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_handshakeSeen = true;
        received = request.mid(end + 4);
        request.truncate(end + 4);
        QByteArray key;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        if (respond)
            socket->write(respond(key));
    }

    QTcpServer m_server;
    bool m_handshakeSeen = false;
};

// Collects what a client delivers and emits.
struct ClientProbe
{
    std::vector<Message> messages;
    std::unique_ptr<QSignalSpy> connectedSpy, disconnectedSpy, errorSpy, pongSpy;

    explicit ClientProbe(WebSocketClient &c)
    {
        c.setMessageHandler([this](std::string_view payload, bool binary) {
            // The padding promised after every payload is readable (ASan flags it otherwise).
            volatile char last = payload.data()[payload.size() + WebSocketClient::kPayloadPadding - 1];
            (void)last;
            messages.push_back({QByteArray(payload.data(), qsizetype(payload.size())), binary});
        });
        connectedSpy = std::make_unique<QSignalSpy>(&c, &WebSocketClient::connected);
        disconnectedSpy = std::make_unique<QSignalSpy>(&c, &WebSocketClient::disconnected);
        errorSpy = std::make_unique<QSignalSpy>(&c, &WebSocketClient::errorOccurred);
        pongSpy = std::make_unique<QSignalSpy>(&c, &WebSocketClient::pong);
    }
    QString lastError() const { return errorSpy->isEmpty() ? QString() : errorSpy->last().at(0).toString(); }
};

// A QWebSocketServer that keeps its sockets and what they received.
class EchoServer : public QObject
{
public:
    QWebSocketServer server;
    QList<QWebSocket *> sockets;
    QStringList texts;
    QList<QByteArray> pongs;
    QByteArray lastPath;
    int disconnects = 0;

    explicit EchoServer(QWebSocketServer::SslMode mode = QWebSocketServer::NonSecureMode)
        : server(u"test"_s, mode)
    {
        connect(&server, &QWebSocketServer::newConnection, this, [this]() {
            while (QWebSocket *s = server.nextPendingConnection()) {
                s->setParent(this);
                sockets.append(s);
                lastPath = s->requestUrl().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
                connect(s, &QWebSocket::textMessageReceived, this, [this](const QString &t) { texts.append(t); });
                connect(s, &QWebSocket::pong, this, [this](quint64, const QByteArray &payload) { pongs.append(payload); });
                connect(s, &QWebSocket::disconnected, this, [this]() { ++disconnects; });
            }
        });
    }
    bool listen() { return server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &scheme = u"ws"_s, const QString &host = u"127.0.0.1"_s) const
    {
        return QUrl(u"%1://%2:%3/subscribe"_s.arg(scheme, host).arg(server.serverPort()));
    }
};

} // namespace

class TstWebSocketClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textBinaryEmptyAndLengths()
    {
        EchoServer srv;
        QVERIFY(srv.listen());
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(srv.url());
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(srv.sockets.size(), 1);
        QWebSocket *s = srv.sockets.first();
        const QString t126(126, u'a');
        const QByteArray b70k(70000, 'z');
        s->sendTextMessage(u"hello \u00e9"_s);
        s->sendBinaryMessage(QByteArray("\x00\x01\xff", 3));
        s->sendTextMessage(QString());
        s->sendTextMessage(t126);
        s->sendBinaryMessage(b70k);
        QTRY_COMPARE(probe.messages.size(), std::size_t(5));
        QCOMPARE(probe.messages[0].payload, "hello \xc3\xa9");
        QVERIFY(!probe.messages[0].binary);
        QCOMPARE(probe.messages[1].payload, QByteArray("\x00\x01\xff", 3));
        QVERIFY(probe.messages[1].binary);
        QCOMPARE(probe.messages[2].payload, QByteArray());
        QVERIFY(!probe.messages[2].binary);
        QCOMPARE(probe.messages[3].payload, t126.toUtf8());
        QCOMPARE(probe.messages[4].payload, b70k);
        QVERIFY(probe.messages[4].binary);
        QVERIFY(probe.errorSpy->isEmpty());
        QCOMPARE(probe.disconnectedSpy->size(), 0);
    }

    void requestCarriesPathQueryHostAndHeaders()
    {
        RawServer raw;
        raw.respond = [](const QByteArray &key) -> QByteArray { return okResponse(key); };
        WebSocketClient client;
        ClientProbe probe(client);
        client.setRequestHeaders({{"User-Agent", "GrowthEngine/test"}});
        client.open(raw.url(u"/subscribe?wantedCollections=app.bsky.feed.like&cursor=5"_s));
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        QVERIFY(raw.request.startsWith("GET /subscribe?wantedCollections=app.bsky.feed.like&cursor=5 HTTP/1.1\r\n"));
        const QByteArray hostLine = "\r\nHost: 127.0.0.1:" + QByteArray::number(raw.port()) + "\r\n";
        QVERIFY(raw.request.contains(hostLine));
        QVERIFY(raw.request.contains("\r\nUser-Agent: GrowthEngine/test\r\n"));
        QVERIFY(raw.request.contains("\r\nSec-WebSocket-Version: 13\r\n"));
        QVERIFY(raw.request.toLower().contains("\r\nupgrade: websocket\r\n"));
    }

    void fragmentedMessages()
    {
        EchoServer srv;
        QVERIFY(srv.listen());
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(srv.url());
        QTRY_COMPARE(srv.sockets.size(), 1);
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        QWebSocket *s = srv.sockets.first();
        s->setOutgoingFrameSize(100);
        QString text;
        for (int i = 0; i < 1000; ++i)
            text.append(QChar(u'a' + i % 26));
        QByteArray bin(5000, Qt::Uninitialized);
        for (int i = 0; i < bin.size(); ++i)
            bin[i] = char(i);
        s->sendTextMessage(text);
        s->sendBinaryMessage(bin);
        s->sendTextMessage(u"after"_s);
        QTRY_COMPARE(probe.messages.size(), std::size_t(3));
        QCOMPARE(probe.messages[0].payload, text.toUtf8());
        QVERIFY(!probe.messages[0].binary);
        QCOMPARE(probe.messages[1].payload, bin);
        QVERIFY(probe.messages[1].binary);
        QCOMPARE(probe.messages[2].payload, QByteArray("after"));
    }

    void manyMessagesInOneReadRightAfterTheHandshake()
    {
        RawServer raw;
        raw.respond = [](const QByteArray &key) -> QByteArray {
            QByteArray bytes = okResponse(key); // frames follow the 101 headers in the same write
            for (int i = 0; i < 2000; ++i)
                bytes += serverFrame(true, 0x1, "{\"n\":" + QByteArray::number(i) + "}");
            return bytes;
        };
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(raw.url());
        QTRY_COMPARE(probe.messages.size(), std::size_t(2000));
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(probe.messages[std::size_t(i)].payload, "{\"n\":" + QByteArray::number(i) + "}");
        QCOMPARE(probe.connectedSpy->size(), 1);
    }

    // A large frame arriving over several reads: the receive buffer grows to fit it; the padding
    // after the payload must still be there (the probe handler reads it; ASan checks).
    void largeMessageKeepsPadding()
    {
        RawServer raw;
        QByteArray big(1'000'000, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i % 251);
        raw.respond = [big](const QByteArray &key) -> QByteArray { return okResponse(key) + serverFrame(true, 0x2, big); };
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(raw.url());
        QTRY_COMPARE(probe.messages.size(), std::size_t(1));
        QCOMPARE(probe.messages[0].payload, big);
        QVERIFY(probe.errorSpy->isEmpty());
    }

    void serverPingGetsPong()
    {
        EchoServer srv;
        QVERIFY(srv.listen());
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(srv.url());
        QTRY_COMPARE(srv.sockets.size(), 1);
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        srv.sockets.first()->ping("are-you-there");
        QTRY_COMPARE(srv.pongs.size(), 1);
        QCOMPARE(srv.pongs.first(), QByteArray("are-you-there"));
    }

    void ourPingEmitsPong()
    {
        EchoServer srv;
        QVERIFY(srv.listen());
        WebSocketClient client;
        ClientProbe probe(client);
        QVERIFY(!client.ping("early")); // not connected yet
        client.open(srv.url());
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        QVERIFY(client.ping("hb"));
        QTRY_COMPARE(probe.pongSpy->size(), 1);
        QVERIFY(probe.pongSpy->first().at(0).toLongLong() >= 0);
    }

    void sendTextReachesServer()
    {
        EchoServer srv;
        QVERIFY(srv.listen());
        WebSocketClient client;
        ClientProbe probe(client);
        QVERIFY(!client.sendText("too early"));
        client.open(srv.url());
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        QVERIFY(client.sendText(R"({"type":"options_update"})"));
        const QByteArray big(70000, 'q');
        QVERIFY(client.sendText(big));
        QTRY_COMPARE(srv.texts.size(), 2);
        QCOMPARE(srv.texts.at(0), u"{\"type\":\"options_update\"}"_s);
        QCOMPARE(srv.texts.at(1).toUtf8(), big);
    }

    void clientCloseHandshake()
    {
        EchoServer srv;
        QVERIFY(srv.listen());
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(srv.url());
        QTRY_COMPARE(srv.sockets.size(), 1);
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        client.close(4000, u"bye now"_s);
        QCOMPARE(client.state(), QAbstractSocket::ClosingState);
        QVERIFY(!client.sendText("after close"));
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(int(srv.sockets.first()->closeCode()), 4000);
        QCOMPARE(srv.sockets.first()->closeReason(), u"bye now"_s);
        QCOMPARE(int(client.closeCode()), 4000); // the server echoed it
        QCOMPARE(client.error(), WebSocketClient::Error::None);
        QTest::qWait(50);
        QCOMPARE(probe.disconnectedSpy->size(), 1);
    }

    void serverCloseHandshake()
    {
        EchoServer srv;
        QVERIFY(srv.listen());
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(srv.url());
        QTRY_COMPARE(srv.sockets.size(), 1);
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        srv.sockets.first()->sendTextMessage(u"last"_s);
        srv.sockets.first()->close(QWebSocketProtocol::CloseCodeGoingAway, u"maintenance"_s);
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(probe.messages.size(), std::size_t(1));
        QCOMPARE(int(client.closeCode()), 1001);
        QCOMPARE(client.closeReason(), u"maintenance"_s);
        QCOMPARE(client.error(), WebSocketClient::Error::None);
        QTRY_COMPARE(srv.disconnects, 1); // our close reply completed the server's handshake
        QTest::qWait(50);
        QCOMPARE(probe.disconnectedSpy->size(), 1);
    }

    void serverAbortMidStream()
    {
        EchoServer srv;
        QVERIFY(srv.listen());
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(srv.url());
        QTRY_COMPARE(srv.sockets.size(), 1);
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        srv.sockets.first()->sendTextMessage(u"one"_s);
        QTRY_COMPARE(probe.messages.size(), std::size_t(1));
        srv.sockets.first()->abort();
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(client.error(), WebSocketClient::Error::ConnectionLost);
        QCOMPARE(int(client.closeCode()), 1006);
        QCOMPARE(probe.errorSpy->size(), 1);
        QTest::qWait(100);
        QCOMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
    }

    void abortFromHandlerStopsDelivery()
    {
        RawServer raw;
        raw.respond = [](const QByteArray &key) -> QByteArray {
            QByteArray bytes = okResponse(key);
            for (int i = 0; i < 100; ++i)
                bytes += serverFrame(true, 0x1, QByteArray::number(i));
            return bytes;
        };
        WebSocketClient client;
        ClientProbe probe(client);
        int delivered = 0;
        int disconnectsSeenInHandler = 0;
        client.setMessageHandler([&](std::string_view, bool) {
            ++delivered;
            if (delivered == 3) {
                client.abort();
                disconnectsSeenInHandler = int(probe.disconnectedSpy->size());
            }
        });
        client.open(raw.url());
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(delivered, 3);
        QCOMPARE(disconnectsSeenInHandler, 0); // emitted after the handler returned
        QTest::qWait(50);
        QCOMPARE(probe.disconnectedSpy->size(), 1);
        // The client can be opened again afterwards.
        RawServer raw2;
        raw2.respond = [](const QByteArray &key) -> QByteArray { return okResponse(key) + serverFrame(true, 0x1, "again"); };
        client.setMessageHandler([&](std::string_view p, bool) { probe.messages.push_back({QByteArray(p.data(), qsizetype(p.size())), false}); });
        client.open(raw2.url());
        QTRY_COMPARE(probe.messages.size(), std::size_t(1));
        QCOMPARE(probe.messages[0].payload, QByteArray("again"));
    }

    void pausedReadingHoldsMessages()
    {
        RawServer raw;
        raw.respond = [](const QByteArray &key) -> QByteArray {
            QByteArray bytes = okResponse(key);
            for (int i = 0; i < 10; ++i)
                bytes += serverFrame(true, 0x1, QByteArray::number(i));
            return bytes;
        };
        WebSocketClient client;
        ClientProbe probe(client);
        client.setMessageHandler([&](std::string_view p, bool) {
            probe.messages.push_back({QByteArray(p.data(), qsizetype(p.size())), false});
            if (probe.messages.size() == 2)
                client.setReadingPaused(true);
        });
        client.open(raw.url());
        QTRY_COMPARE(probe.messages.size(), std::size_t(2));
        QTest::qWait(100);
        QCOMPARE(probe.messages.size(), std::size_t(2));
        client.setReadingPaused(false);
        QTRY_COMPARE(probe.messages.size(), std::size_t(10));
        QCOMPARE(probe.messages[9].payload, QByteArray("9"));
    }

    void handshakeRejected_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("400 with body") << 0 << u"HTTP/1.1 400 Bad Request"_s;
        QTest::newRow("wrong accept") << 1 << u"Sec-WebSocket-Accept"_s;
        QTest::newRow("no upgrade header") << 2 << u"Upgrade: websocket"_s;
        QTest::newRow("no connection upgrade") << 3 << u"Connection: Upgrade"_s;
        QTest::newRow("extension not offered") << 4 << u"permessage-deflate"_s;
        QTest::newRow("subprotocol not offered") << 5 << u"subprotocol"_s;
        QTest::newRow("headers too large") << 6 << u"larger than"_s;
    }

    void handshakeRejected()
    {
        QFETCH(int, variant);
        QFETCH(QString, expected);
        RawServer raw;
        raw.respond = [variant](const QByteArray &key) -> QByteArray {
            const QByteArray accept = acceptFor(key);
            switch (variant) {
            case 0:
                return "HTTP/1.1 400 Bad Request\r\nContent-Length: 14\r\n\r\ninvalid cursor";
            case 1:
                return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Accept: " + acceptFor(key + "x") + "\r\n\r\n";
            case 2:
                return "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept + "\r\n\r\n";
            case 3:
                return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: keep-alive\r\nSec-WebSocket-Accept: "
                       + accept + "\r\n\r\n";
            case 4:
                return okResponse(key, "Sec-WebSocket-Extensions: permessage-deflate\r\n");
            case 5:
                return okResponse(key, "Sec-WebSocket-Protocol: chat\r\n");
            default:
                return "HTTP/1.1 101 Switching Protocols\r\nX-Padding: " + QByteArray(20000, 'p') + "\r\n";
            }
        };
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(raw.url());
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(probe.connectedSpy->size(), 0);
        QCOMPARE(client.error(), WebSocketClient::Error::HandshakeFailed);
        QVERIFY2(probe.lastError().contains(expected, Qt::CaseInsensitive), qPrintable(probe.lastError()));
        if (variant == 0) {
            QCOMPARE(client.handshakeStatusLine(), QByteArray("HTTP/1.1 400 Bad Request"));
            QVERIFY2(probe.lastError().contains(u"invalid cursor"_s), qPrintable(probe.lastError()));
        }
    }

    void caseInsensitiveTokenLists()
    {
        RawServer raw;
        raw.respond = [](const QByteArray &key) -> QByteArray {
            return "HTTP/1.1 101 Switching Protocols\r\nupgrade: WebSocket\r\nCONNECTION: keep-alive, UPGRADE\r\n"
                   "sec-websocket-accept: " + acceptFor(key) + "\r\n\r\n";
        };
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(raw.url());
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        QVERIFY(probe.errorSpy->isEmpty());
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("frames");
        QTest::addColumn<int>("closeCode");
        QTest::addColumn<int>("error");
        const int proto = int(WebSocketClient::Error::ProtocolError);
        QTest::newRow("masked server frame") << serverFrame(true, 0x1, "abc", 0, true) << 1002 << proto;
        QTest::newRow("reserved bits") << serverFrame(true, 0x1, "abc", 0x40) << 1002 << proto;
        QTest::newRow("unknown opcode") << serverFrame(true, 0x5, "abc") << 1002 << proto;
        QTest::newRow("oversized control frame") << serverFrame(true, 0x9, QByteArray(126, 'p')) << 1002 << proto;
        QTest::newRow("fragmented control frame") << serverFrame(false, 0x9, "p") << 1002 << proto;
        QTest::newRow("continuation without start") << serverFrame(true, 0x0, "abc") << 1002 << proto;
        QTest::newRow("new message in a fragmented one") << serverFrame(false, 0x1, "a") + serverFrame(true, 0x2, "b") << 1002 << proto;
        QTest::newRow("over the size limit") << serverFrame(true, 0x2, QByteArray(2000, 'x')) << 1009
                                             << int(WebSocketClient::Error::MessageTooBig);
        QTest::newRow("fragments over the size limit") << serverFrame(false, 0x2, QByteArray(600, 'x')) + serverFrame(true, 0x0, QByteArray(600, 'x'))
                                                       << 1009 << int(WebSocketClient::Error::MessageTooBig);
        QTest::newRow("invalid UTF-8") << serverFrame(true, 0x1, "bad \xff text") << 1007 << int(WebSocketClient::Error::InvalidUtf8);
        QTest::newRow("one-byte close payload") << serverFrame(true, 0x8, "x") << 1002 << proto;
        QTest::newRow("invalid close code") << serverFrame(true, 0x8, QByteArray("\x03\xed", 2)) << 1002 << proto;
    }

    void badFrames()
    {
        QFETCH(QByteArray, frames);
        QFETCH(int, closeCode);
        QFETCH(int, error);
        RawServer raw;
        raw.respond = [frames](const QByteArray &key) -> QByteArray { return okResponse(key) + serverFrame(true, 0x1, "good") + frames; };
        WebSocketClient client;
        client.setMaxMessageSize(1000);
        ClientProbe probe(client);
        client.open(raw.url());
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(probe.messages.size(), std::size_t(1));
        QCOMPARE(probe.messages[0].payload, QByteArray("good"));
        QCOMPARE(int(client.error()), error);
        QCOMPARE(probe.errorSpy->size(), 1);
        // The server got a close frame with the code before the connection dropped.
        QTRY_VERIFY(!clientFrames(raw.received).empty());
        const auto sent = clientFrames(raw.received);
        QCOMPARE(sent.back().opcode, 0x8);
        QVERIFY(sent.back().payload.size() >= 2);
        const int code = (quint8(sent.back().payload[0]) << 8) | quint8(sent.back().payload[1]);
        QCOMPARE(code, closeCode);
        QTRY_VERIFY(!raw.socket || raw.socket->state() == QAbstractSocket::UnconnectedState
                    || raw.socket->bytesAvailable() == 0);
        QTest::qWait(30);
        QCOMPARE(probe.disconnectedSpy->size(), 1);
    }

    void invalidUtf8PassesWithValidationOff()
    {
        RawServer raw;
        raw.respond = [](const QByteArray &key) -> QByteArray {
            return okResponse(key) + serverFrame(true, 0x1, "bad \xff text") + serverFrame(false, 0x1, "\xe2\x82")
                   + serverFrame(true, 0x0, "(");
        };
        WebSocketClient client;
        client.setValidateUtf8(false);
        ClientProbe probe(client);
        client.open(raw.url());
        QTRY_COMPARE(probe.messages.size(), std::size_t(2));
        QCOMPARE(probe.messages[0].payload, QByteArray("bad \xff text"));
        QCOMPARE(probe.messages[1].payload, QByteArray("\xe2\x82("));
        QVERIFY(probe.errorSpy->isEmpty());
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    }

    void handshakeTimeout()
    {
        RawServer raw; // reads the request, never answers
        WebSocketClient client;
        client.setHandshakeTimeoutMs(200);
        ClientProbe probe(client);
        client.open(raw.url());
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QVERIFY(raw.handshakeSeen());
        QCOMPARE(client.error(), WebSocketClient::Error::HandshakeTimeout);
        QCOMPARE(probe.connectedSpy->size(), 0);
        QVERIFY2(probe.lastError().contains(u"200 ms"_s), qPrintable(probe.lastError()));
    }

    void closeTimeout()
    {
        RawServer raw; // completes the handshake, then ignores our close frame
        raw.respond = [](const QByteArray &key) -> QByteArray { return okResponse(key); };
        WebSocketClient client;
        client.setCloseTimeoutMs(200);
        ClientProbe probe(client);
        client.open(raw.url());
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        client.close(1000, u"done"_s);
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(client.error(), WebSocketClient::Error::CloseTimeout);
        const auto sent = clientFrames(raw.received);
        QVERIFY(!sent.empty());
        QCOMPARE(sent.back().opcode, 0x8);
        QCOMPARE(sent.back().payload, QByteArray("\x03\xe8" "done", 6));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probeServer;
            QVERIFY(probeServer.listen(QHostAddress::LocalHost));
            port = probeServer.serverPort();
        }
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(port)));
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(client.error(), WebSocketClient::Error::ConnectionFailed);
        QCOMPARE(probe.errorSpy->size(), 1);
        QCOMPARE(probe.connectedSpy->size(), 0);
        QTest::qWait(50);
        QCOMPARE(probe.disconnectedSpy->size(), 1);
    }

    void invalidUrl()
    {
        WebSocketClient client;
        ClientProbe probe(client);
        client.open(QUrl(u"http://127.0.0.1:1/"_s));
        QCOMPARE(probe.disconnectedSpy->size(), 0); // reported asynchronously
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(client.error(), WebSocketClient::Error::InvalidUrl);
    }

    void secureWebSocket()
    {
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("the openssl binary is not installed (scripts/install-deps.sh --with-tests installs it); wss test skipped");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString certPath = dir.filePath(u"cert.pem"_s);
        const QString keyPath = dir.filePath(u"key.pem"_s);
        QProcess proc;
        proc.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, keyPath, u"-out"_s,
                             certPath, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                             u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s});
        QVERIFY(proc.waitForFinished(60000));
        QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
        QFile certFile(certPath), keyFile(keyPath);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!cert.isNull() && !key.isNull());

        EchoServer srv(QWebSocketServer::SecureMode);
        QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
        serverConfig.setLocalCertificate(cert);
        serverConfig.setPrivateKey(key);
        serverConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
        srv.server.setSslConfiguration(serverConfig);
        QVERIFY(srv.listen());

        // Not trusted (system CAs only): the TLS handshake fails.
        {
            WebSocketClient client;
            ClientProbe probe(client);
            client.open(srv.url(u"wss"_s));
            QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
            QCOMPARE(client.error(), WebSocketClient::Error::ConnectionFailed);
            QCOMPARE(probe.connectedSpy->size(), 0);
        }

        WebSocketClient client;
        QSslConfiguration clientConfig = QSslConfiguration::defaultConfiguration();
        clientConfig.setCaCertificates({cert});
        client.setSslConfiguration(clientConfig);
        ClientProbe probe(client);
        client.open(srv.url(u"wss"_s));
        QTRY_COMPARE(probe.connectedSpy->size(), 1);
        QTRY_VERIFY(!srv.sockets.isEmpty());
        QCOMPARE(srv.lastPath, QByteArray("/subscribe"));
        srv.sockets.last()->sendTextMessage(u"over tls"_s);
        srv.sockets.last()->sendBinaryMessage(QByteArray(70000, 'k'));
        QTRY_COMPARE(probe.messages.size(), std::size_t(2));
        QCOMPARE(probe.messages[0].payload, QByteArray("over tls"));
        QCOMPARE(probe.messages[1].payload, QByteArray(70000, 'k'));
        QVERIFY(client.sendText("from client"));
        QTRY_COMPARE(srv.texts.size(), 1);
        client.close();
        QTRY_COMPARE(probe.disconnectedSpy->size(), 1);
        QCOMPARE(client.error(), WebSocketClient::Error::None);
    }
};

QTEST_GUILESS_MAIN(TstWebSocketClient)
#include "tst_websocketclient.moc"
