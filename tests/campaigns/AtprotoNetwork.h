#pragma once

// Starts the project's real local AT Protocol network (tests/atproto-network: PLC + PDS + AppView
// from @atproto/dev-env, loopback only) and talks to it with plain HTTP for the checks a test makes
// (listRecords, getFollows, createAccount/createRecord for seeding).

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

namespace ge::campaigns::test {

struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

class AtprotoNetwork
{
public:
    ~AtprotoNetwork() { stop(); }

    QString error;
    QJsonObject ready;
    QJsonObject info;

    bool start(const QStringList &env)
    {
        const QString dir = qEnvironmentVariable("GE_SOURCE_DIR") + QStringLiteral("/tests/atproto-network");
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.start(dir + QStringLiteral("/start.sh"), {m_state.path()});
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            error = QString::fromUtf8(p.readAllStandardError().right(3000));
            return false;
        }
        m_started = true;
        QFile f(m_state.filePath(QStringLiteral("ready.json")));
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("no ready.json");
            return false;
        }
        ready = QJsonDocument::fromJson(f.readAll()).object();
        const HttpAnswer i = get(QUrl(control() + QStringLiteral("/info")));
        info = i.body;
        return i.status == 200;
    }
    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        QProcess::execute(qEnvironmentVariable("GE_SOURCE_DIR") + QStringLiteral("/tests/atproto-network/stop.sh"),
                          {m_state.path()});
    }

    QString control() const { return ready.value(QStringLiteral("control")).toString(); }
    QString pds() const { return ready.value(QStringLiteral("pds")).toString(); }
    QString appview() const { return ready.value(QStringLiteral("appview")).toString(); }
    QString plc() const { return ready.value(QStringLiteral("plc")).toString(); }
    QJsonObject account(const QString &name) const
    {
        const QJsonArray accounts = info.value(QStringLiteral("accounts")).toArray();
        for (const QJsonValue &a : accounts)
            if (a.toObject().value(QStringLiteral("name")).toString() == name)
                return a.toObject();
        return {};
    }
    bool processAll() { return post(QUrl(control() + QStringLiteral("/process-all")), {}).status == 200; }

    HttpAnswer get(const QUrl &url, const QString &jwt = {})
    {
        QNetworkRequest req(url);
        if (!jwt.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + jwt.toUtf8());
        return wait(m_nam.get(req));
    }
    HttpAnswer post(const QUrl &url, const QJsonObject &body, const QString &jwt = {}, bool bypass = false)
    {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!jwt.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + jwt.toUtf8());
        if (bypass)
            req.setRawHeader("x-ratelimit-bypass", "ge-seed-bypass");
        return wait(m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    QUrl xrpc(const QString &base, const QString &nsid, const QUrlQuery &q = {}) const
    {
        QUrl u(base + QStringLiteral("/xrpc/") + nsid);
        u.setQuery(q);
        return u;
    }

    // Every follow record in repo (uri -> subject), all pages of listRecords on the PDS.
    QList<QPair<QString, QString>> followRecords(const QString &repo)
    {
        QList<QPair<QString, QString>> out;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("repo"), repo);
            q.addQueryItem(QStringLiteral("collection"), QStringLiteral("app.bsky.graph.follow"));
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
            if (!cursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"), cursor);
            const HttpAnswer a = get(xrpc(pds(), QStringLiteral("com.atproto.repo.listRecords"), q));
            const QJsonArray records = a.body.value(QStringLiteral("records")).toArray();
            for (const QJsonValue &r : records)
                out.append({r.toObject().value(QStringLiteral("uri")).toString(),
                            r.toObject().value(QStringLiteral("value")).toObject().value(QStringLiteral("subject")).toString()});
            cursor = a.body.value(QStringLiteral("cursor")).toString();
            if (cursor.isEmpty() || records.isEmpty())
                break;
        }
        return out;
    }
    // Every DID the actor follows according to the AppView (all pages of getFollows).
    QStringList follows(const QString &actor)
    {
        QStringList out;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("actor"), actor);
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
            if (!cursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"), cursor);
            const HttpAnswer a = get(xrpc(appview(), QStringLiteral("app.bsky.graph.getFollows"), q));
            const QJsonArray list = a.body.value(QStringLiteral("follows")).toArray();
            for (const QJsonValue &f : list)
                out.append(f.toObject().value(QStringLiteral("did")).toString());
            cursor = a.body.value(QStringLiteral("cursor")).toString();
            if (cursor.isEmpty() || list.isEmpty())
                break;
        }
        return out;
    }
    QString login(const QString &identifier, const QString &password, QString *did = nullptr, bool bypass = false)
    {
        const HttpAnswer a = post(xrpc(pds(), QStringLiteral("com.atproto.server.createSession")),
                                  {{QStringLiteral("identifier"), identifier}, {QStringLiteral("password"), password}},
                                  {}, bypass);
        if (did)
            *did = a.body.value(QStringLiteral("did")).toString();
        return a.body.value(QStringLiteral("accessJwt")).toString();
    }
    HttpAnswer follow(const QString &jwt, const QString &repo, const QString &subject, bool bypass = false)
    {
        return post(xrpc(pds(), QStringLiteral("com.atproto.repo.createRecord")),
                    {{QStringLiteral("repo"), repo},
                     {QStringLiteral("collection"), QStringLiteral("app.bsky.graph.follow")},
                     {QStringLiteral("record"),
                      QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.graph.follow")},
                                  {QStringLiteral("subject"), subject},
                                  {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}}},
                    jwt, bypass);
    }
    HttpAnswer unfollow(const QString &jwt, const QString &repo, const QString &uri)
    {
        return post(xrpc(pds(), QStringLiteral("com.atproto.repo.deleteRecord")),
                    {{QStringLiteral("repo"), repo},
                     {QStringLiteral("collection"), QStringLiteral("app.bsky.graph.follow")},
                     {QStringLiteral("rkey"), uri.section(QLatin1Char('/'), -1)}},
                    jwt);
    }

private:
    HttpAnswer wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timeout.start(60000);
        if (!reply->isFinished())
            loop.exec();
        HttpAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        a.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return a;
    }

    QTemporaryDir m_state;
    QNetworkAccessManager m_nam;
    bool m_started = false;
};

} // namespace ge::campaigns::test
