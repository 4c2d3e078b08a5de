#include "status/StatusServer.h"

#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace ge {

namespace {
constexpr qsizetype kMaxRequestBytes = 16 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}
} // namespace

StatusServer::StatusServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &StatusServer::onNewConnection);
}

void StatusServer::setHandler(const QByteArray &path, Handler handler)
{
    m_handlers.insert(path, std::move(handler));
}

Result<quint16> StatusServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        return Error::make(ErrorCategory::Config,
                           QCoreApplication::translate("StatusServer", "Cannot listen on 127.0.0.1:%1: %2")
                               .arg(port)
                               .arg(m_server->errorString()));
    }
    qCInfo(lcStatus) << "status endpoint on http://127.0.0.1:" << m_server->serverPort();
    return m_server->serverPort();
}

quint16 StatusServer::port() const
{
    return m_server->serverPort();
}

void StatusServer::close()
{
    m_server->close();
}

void StatusServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void StatusServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("ge_buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("ge_buffer", buffer);
        return;
    }
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    Response response;
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        response = {400, "text/plain; charset=utf-8", "bad request\n"};
    } else if (parts.at(0) != "GET" && parts.at(0) != "HEAD") {
        response = {405, "text/plain; charset=utf-8", "method not allowed\n"};
    } else {
        QByteArray path = parts.at(1);
        if (const qsizetype q = path.indexOf('?'); q >= 0)
            path.truncate(q);
        const auto it = m_handlers.constFind(path);
        response = it != m_handlers.constEnd() ? (*it)() : Response{404, "text/plain; charset=utf-8", "not found\n"};
    }
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
                       + "\r\nContent-Type: " + response.contentType
                       + "\r\nContent-Length: " + QByteArray::number(response.body.size())
                       + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n";
    if (parts.value(0) != "HEAD")
        reply += response.body;
    socket->write(reply);
    socket->disconnectFromHost();
}

} // namespace ge
