#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace ge {

// Minimal HTTP/1.1 server for operators and monitoring, bound to 127.0.0.1 only:
// GET /health (JSON) and GET /metrics (Prometheus text). Off unless --status-port is given.
class StatusServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "text/plain; charset=utf-8";
        QByteArray body;
    };
    using Handler = std::function<Response()>;

    explicit StatusServer(QObject *parent = nullptr);
    void setHandler(const QByteArray &path, Handler handler);
    // port 0 picks a free port; returns the bound port.
    Result<quint16> listen(quint16 port);
    quint16 port() const;
    void close();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QHash<QByteArray, Handler> m_handlers;
};

} // namespace ge
