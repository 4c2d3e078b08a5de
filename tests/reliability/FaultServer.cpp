#include "FaultServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace ge::test {

FaultReply FaultReply::ok(QByteArray body)
{
    FaultReply r;
    r.body = std::move(body);
    return r;
}

FaultReply FaultReply::status_(int status, QByteArray body)
{
    FaultReply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

FaultReply FaultReply::hang()
{
    FaultReply r;
    r.action = Action::Hang;
    return r;
}

FaultReply FaultReply::closeMidBody()
{
    FaultReply r;
    r.action = Action::CloseMidBody;
    return r;
}

FaultReply FaultReply::garbage()
{
    FaultReply r;
    r.action = Action::Garbage;
    return r;
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

FaultServer::~FaultServer()
{
    closeAllConnections();
}

bool FaultServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    u.setPath(path);
    return u;
}

quint16 FaultServer::refusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void FaultServer::closeAllConnections()
{
    const auto sockets = m_sockets;
    m_sockets.clear();
    for (QTcpSocket *s : sockets) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_sockets.append(socket);
        socket->setProperty("buffer", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_sockets.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    if (socket->property("handled").toBool())
        return;
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    SeenRequest req;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    req.method = requestLine.value(0);
    req.path = requestLine.value(1);
    qsizetype contentLength = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        req.headers.append({name, value});
        if (name == "content-length")
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return; // wait for the body
    req.body = buffer.mid(headerEnd + 4, contentLength);
    socket->setProperty("handled", true);
    m_seen.append(req);

    FaultReply reply = m_default;
    if (!m_queue.empty()) {
        reply = m_queue.front();
        m_queue.pop_front();
    }
    if (reply.delayMs > 0) {
        QTimer::singleShot(reply.delayMs, socket, [this, socket, reply] { respond(socket, reply); });
        return;
    }
    respond(socket, reply);
}

void FaultServer::respond(QTcpSocket *socket, const FaultReply &reply)
{
    switch (reply.action) {
    case FaultReply::Action::Hang:
        return; // keep the connection open, say nothing
    case FaultReply::Action::CloseNoResponse:
        socket->abort();
        return;
    case FaultReply::Action::Garbage:
        socket->write("SMTP READY\r\n\r\nthis is not http at all\r\n");
        socket->flush();
        socket->disconnectFromHost();
        return;
    case FaultReply::Action::CloseMidBody: {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n"
                          "Connection: close\r\n\r\n";
        socket->write(head + QByteArray(100, 'x'));
        socket->flush();
        socket->abort();
        return;
    }
    case FaultReply::Action::Respond:
        break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
    bool hasType = false;
    for (const auto &h : reply.headers) {
        out += h.first + ": " + h.second + "\r\n";
        if (h.first.toLower() == "content-type")
            hasType = true;
    }
    if (!hasType)
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += reply.body;
    socket->write(out);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace ge::test
