#include "status/StatusServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using namespace ge;

namespace {
QByteArray request(quint16 port, const QByteArray &raw)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(raw);
    QByteArray reply;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        socket.waitForReadyRead(20);
        reply += socket.readAll();
    }
    reply += socket.readAll();
    return reply;
}
} // namespace

class TestStatusServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servesHandlersOnLoopback()
    {
        StatusServer server;
        server.setHandler("/health", [] { return StatusServer::Response{200, "application/json", "{\"status\":\"UP\"}"}; });
        server.setHandler("/metrics", [] { return StatusServer::Response{200, "text/plain", "ge_up 1\n"}; });
        const auto port = server.listen(0);
        QVERIFY(port.ok());
        QVERIFY(*port > 0);

        QByteArray reply;
        auto fetch = [&](const QByteArray &raw) { reply = request(*port, raw); };
        fetch("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply.constData());
        QVERIFY(reply.contains("Content-Type: application/json"));
        QVERIFY(reply.endsWith("{\"status\":\"UP\"}"));
        fetch("GET /metrics?x=1 HTTP/1.1\r\n\r\n");
        QVERIFY(reply.endsWith("ge_up 1\n"));
        fetch("GET /nope HTTP/1.1\r\n\r\n");
        QVERIFY(reply.startsWith("HTTP/1.1 404"));
        fetch("POST /health HTTP/1.1\r\n\r\n");
        QVERIFY(reply.startsWith("HTTP/1.1 405"));
        fetch("garbage\r\n\r\n");
        QVERIFY(reply.startsWith("HTTP/1.1 400"));
    }

    void portInUseIsAClearError()
    {
        StatusServer first;
        const auto port = first.listen(0);
        QVERIFY(port.ok());
        StatusServer second;
        const auto again = second.listen(*port);
        QVERIFY(!again.ok());
        QVERIFY(again.error().category == ErrorCategory::Config);
        QVERIFY(again.error().message.contains(QString::number(*port)));
    }
};

QTEST_GUILESS_MAIN(TestStatusServer)
#include "tst_statusserver.moc"
