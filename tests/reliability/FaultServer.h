#pragma once

// A loopback HTTP/1.1 server that injects faults on command: status codes with headers,
// delays, hanging, a connection closed mid-body, garbage instead of HTTP, and counts the
// requests it saw. Speaks the real wire format over QTcpServer, one request per connection.
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <deque>

class QTcpSocket;

namespace ge::test {

struct FaultReply
{
    enum class Action { Respond, Hang, CloseMidBody, Garbage, CloseNoResponse };
    Action action = Action::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body = QByteArrayLiteral("{\"ok\":true}");
    int delayMs = 0;

    static FaultReply ok(QByteArray body = QByteArrayLiteral("{\"ok\":true}"));
    static FaultReply status_(int status, QByteArray body = {});
    static FaultReply hang();
    static FaultReply closeMidBody();
    static FaultReply garbage();
};

struct SeenRequest
{
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class FaultServer : public QObject
{
    Q_OBJECT
public:
    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool listen();
    QUrl url(const QString &path = QStringLiteral("/")) const;
    quint16 port() const { return m_server.serverPort(); }

    // Replies used in order, one per request; when the queue is empty the default applies.
    void enqueue(const FaultReply &reply) { m_queue.push_back(reply); }
    void setDefault(const FaultReply &reply) { m_default = reply; }
    int requestCount() const { return static_cast<int>(m_seen.size()); }
    const QList<SeenRequest> &requests() const { return m_seen; }
    void closeAllConnections();

    // A port on which nothing listens (connection refused).
    static quint16 refusedPort();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FaultReply &reply);

    QTcpServer m_server;
    std::deque<FaultReply> m_queue;
    FaultReply m_default;
    QList<SeenRequest> m_seen;
    QList<QTcpSocket *> m_sockets;
};

} // namespace ge::test
