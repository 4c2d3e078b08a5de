#pragma once

// A loopback HTTP server speaking XRPC for tests: one handler per NSID plus plain paths
// (PLC documents, well-known files). Records every request it serves.
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace ge::test {

struct SeenRequest
{
    QString path;
    QString nsid;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
};

class FakeXrpcServer
{
public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

    FakeXrpcServer()
    {
        m_server.route(QStringLiteral("/xrpc/<arg>"), [this](const QString &nsid, const QHttpServerRequest &req) {
            record(req, nsid);
            const auto h = m_xrpc.constFind(nsid);
            if (h == m_xrpc.constEnd())
                return error(501, "MethodNotImplemented", "no handler");
            return (*h)(req);
        });
        m_server.route(QStringLiteral("/.well-known/<arg>"), [this](const QString &file, const QHttpServerRequest &req) {
            record(req, {});
            const auto h = m_paths.constFind(QStringLiteral("/.well-known/") + file);
            if (h == m_paths.constEnd())
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
            return (*h)(req);
        });
        m_server.route(QStringLiteral("/<arg>"), [this](const QString &segment, const QHttpServerRequest &req) {
            record(req, {});
            const auto h = m_paths.constFind(QStringLiteral("/") + segment);
            if (h == m_paths.constEnd())
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
            return (*h)(req);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    void on(const QString &nsid, Handler h) { m_xrpc.insert(nsid, std::move(h)); }
    void onPath(const QString &path, Handler h) { m_paths.insert(path, std::move(h)); }

    QList<SeenRequest> seen;
    int count(const QString &nsid) const
    {
        int n = 0;
        for (const auto &r : seen)
            n += r.nsid == nsid ? 1 : 0;
        return n;
    }

    static QHttpServerResponse json(const QByteArray &body, int status = 200)
    {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), body,
                                   static_cast<QHttpServerResponse::StatusCode>(status));
    }
    static QHttpServerResponse json(const QJsonObject &o, int status = 200)
    {
        return json(QJsonDocument(o).toJson(QJsonDocument::Compact), status);
    }
    static QHttpServerResponse error(int status, const char *name, const char *message)
    {
        return json(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(name)},
                                {QStringLiteral("message"), QString::fromLatin1(message)}},
                    status);
    }

private:
    void record(const QHttpServerRequest &req, const QString &nsid)
    {
        seen.append({req.url().path(), nsid, req.query(), req.value("Authorization"), req.body()});
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Handler> m_xrpc;
    QHash<QString, Handler> m_paths;
};

} // namespace ge::test
