#include "JetstreamTestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <zstd.h>

namespace ge::test {

struct JetstreamTestServer::Conn
{
    QWebSocket *socket = nullptr;
    qint64 cursor = 0;
    QStringList wanted;
    bool compress = false;
    int index = 0;       // next event
    int sentHere = 0;    // events sent on this connection
    int number = 0;      // 1-based connection number
    bool stalled = false;
    QTimer *timer = nullptr;
};

JetstreamTestServer::JetstreamTestServer(QObject *parent)
    : QObject(parent),
      m_server(new QWebSocketServer(QStringLiteral("jetstream-test"), QWebSocketServer::NonSecureMode, this))
{
    // The product embeds the dictionary as a Qt resource of ge_services (linked into this test).
    QFile f(QStringLiteral(":/jetstream/legacy_subscribe.zdict"));
    if (f.open(QIODevice::ReadOnly))
        m_dict = f.readAll();
    if (!m_dict.isEmpty())
        m_cdict = ZSTD_createCDict(m_dict.constData(), size_t(m_dict.size()), 3);
    m_cctx = ZSTD_createCCtx();
    connect(m_server, &QWebSocketServer::newConnection, this, &JetstreamTestServer::onNewConnection);
}

JetstreamTestServer::~JetstreamTestServer()
{
    m_server->close();
    ZSTD_freeCDict(static_cast<ZSTD_CDict *>(m_cdict));
    ZSTD_freeCCtx(static_cast<ZSTD_CCtx *>(m_cctx));
}

bool JetstreamTestServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl JetstreamTestServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/subscribe").arg(m_server->serverPort()));
}

void JetstreamTestServer::setEvents(QList<QByteArray> events)
{
    m_events = std::move(events);
}

qint64 JetstreamTestServer::timeUsOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("time_us")).toInteger();
}

QString JetstreamTestServer::collectionOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("commit")).toObject()
        .value(QStringLiteral("collection")).toString();
}

void JetstreamTestServer::onNewConnection()
{
    while (QWebSocket *s = m_server->nextPendingConnection()) {
        auto *c = new Conn;
        c->socket = s;
        c->number = ++m_connections;
        const QUrl u = s->requestUrl();
        m_requests.append(u);
        const QUrlQuery q(u);
        c->cursor = q.queryItemValue(QStringLiteral("cursor")).toLongLong();
        c->wanted = q.allQueryItemValues(QStringLiteral("wantedCollections"));
        c->compress = q.queryItemValue(QStringLiteral("compress")) == u"true";
        c->timer = new QTimer(s);
        c->timer->setInterval(0);
        connect(c->timer, &QTimer::timeout, s, [this, c]() { pump(c); });
        connect(s, &QWebSocket::textMessageReceived, this, [this, c](const QString &msg) {
            const QByteArray frame = msg.toUtf8();
            m_received.append(frame);
            const QJsonObject o = QJsonDocument::fromJson(frame).object();
            if (o.value(QStringLiteral("type")).toString() == u"options_update") {
                const QJsonObject p = o.value(QStringLiteral("payload")).toObject();
                if (p.contains(QStringLiteral("wantedCollections"))) {
                    c->wanted.clear();
                    for (const QJsonValue &v : p.value(QStringLiteral("wantedCollections")).toArray())
                        c->wanted.append(v.toString());
                }
            }
            Q_EMIT textFrameReceived(frame);
        });
        connect(s, &QWebSocket::disconnected, this, [c]() {
            c->timer->stop();
            c->socket->deleteLater();
            delete c;
        });
        c->timer->start();
    }
}

QByteArray JetstreamTestServer::encode(const Conn &c, const QByteArray &json) const
{
    if (!c.compress)
        return json;
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress_usingCDict(static_cast<ZSTD_CCtx *>(m_cctx), out.data(), size_t(out.size()),
                                              json.constData(), size_t(json.size()),
                                              static_cast<const ZSTD_CDict *>(m_cdict));
    out.resize(ZSTD_isError(n) ? 0 : qsizetype(n));
    return out;
}

void JetstreamTestServer::sendFrame(Conn *c, const QByteArray &json)
{
    if (c->compress)
        c->socket->sendBinaryMessage(encode(*c, json));
    else
        c->socket->sendTextMessage(QString::fromUtf8(json));
}

void JetstreamTestServer::pump(Conn *c)
{
    if (c->stalled)
        return;
    auto wanted = [c](const QByteArray &json) {
        const QString col = collectionOf(json);
        if (col.isEmpty() || c->wanted.isEmpty())
            return true; // identity / account always pass
        for (const QString &w : std::as_const(c->wanted)) {
            if (w.endsWith(u".*") ? col.startsWith(w.chopped(1)) : col == w)
                return true;
        }
        return false;
    };
    for (int n = 0; n < m_chunk && c->index < m_events.size(); ++c->index) {
        const QByteArray &ev = m_events.at(c->index);
        if (timeUsOf(ev) <= c->cursor || !wanted(ev))
            continue;
        if (c->number == 1 && m_faults.dropAfter >= 0 && c->sentHere == m_faults.dropAfter) {
            c->timer->stop();
            c->socket->flush();
            c->socket->abort();
            return;
        }
        if (c->number == 1 && m_faults.stallAfter >= 0 && c->sentHere == m_faults.stallAfter) {
            c->stalled = true;
            c->timer->stop();
            return;
        }
        sendFrame(c, ev);
        ++c->sentHere;
        ++m_sent;
        ++n;
        if (m_faults.duplicateEvery > 0 && c->sentHere % m_faults.duplicateEvery == 0) {
            sendFrame(c, ev);
            ++m_sent;
        }
        if (m_faults.garbageEvery > 0 && c->sentHere % m_faults.garbageEvery == 0) {
            // Not JSON, or (compressed) not a zstd frame.
            if (c->compress)
                c->socket->sendBinaryMessage(QByteArray("\x28\xb5\x2f\xfd garbage", 12));
            else
                c->socket->sendTextMessage(QStringLiteral("{\"did\":\"did:plc:broken\",\"time_us\":"));
            ++m_garbage;
        }
    }
    if (c->index >= m_events.size())
        c->timer->stop(); // everything sent; stay connected like a live stream
}

} // namespace ge::test
