// XRPC client, parsers, sessions and identity resolution against a loopback XRPC server.
#include "FakeXrpcServer.h"
#include "CallbackWaiter.h"
#include "TestSupport.h"

#include "atproto/IdentityResolver.h"
#include "atproto/SessionManager.h"
#include "atproto/XrpcClient.h"
#include "atproto/XrpcParsers.h"
#include "net/HttpClient.h"
#include "secrets/CredentialStore.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ge;
using namespace ge::atproto;
using ge::test::FakeXrpcServer;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(ge::test::testDataDir() + u"/atproto/xrpc/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

using ge::test::Waiter;

using ge::test::StatusWaiter;

QJsonObject profileJson(const QString &did, const QString &handle)
{
    return QJsonObject{{u"did"_s, did}, {u"handle"_s, handle}};
}

QString fakeDid(int i) { return u"did:plc:fake%1"_s.arg(i, 4, 10, QLatin1Char('0')); }

} // namespace

class TstXrpcClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void transportRules();
    void refusesPlainHttpToRemoteHostWithoutSending();
    void parsesRecordedBodies();
    void malformedBodiesAreParseErrors_data();
    void malformedBodiesAreParseErrors();
    void xrpcErrorBodiesAreTyped();
    void rateLimitedIsTyped();
    void getProfilesBatchesBy25();
    void pagesFollowersUntilNoCursor();
    void createAndDeleteRecord();

    void loginStoresTokensInCredentialStore();
    void expiredTokenRefreshesOnceAndRetries();
    void appView401RefreshesToo();
    void concurrentCallsShareOneRefresh();
    void rejectedRefreshIsAuthErrorAndSignals();
    void sessionReusedAfterRestartWithoutLogin();

    void resolvesHandleDidDocAndPds();
    void wellKnownFallbackForHandles();
    void didWebDocument();
    void identityCacheHonoursTtl();
    void refusesNonLoopbackHttpPdsFromDocument();

private:
    std::unique_ptr<FakeXrpcServer> m_server;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<XrpcClient> m_client;
    // PDS session state of the fake server
    QString m_access;
    QString m_refresh;
    int m_tokenSerial = 0;
    void installSessionEndpoints();
};

void TstXrpcClient::init()
{
    m_server = std::make_unique<FakeXrpcServer>();
    QVERIFY(m_server->port() != 0);
    net::HttpClient::Deps deps;
    m_http = std::make_unique<net::HttpClient>(deps);
    XrpcClient::Options opts;
    opts.readRetry = reliability::RetryPolicy::none();
    opts.writeRetry = reliability::RetryPolicy::none();
    m_client = std::make_unique<XrpcClient>(m_http.get(), opts);
    m_tokenSerial = 0;
}

void TstXrpcClient::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_server.reset();
}

void TstXrpcClient::installSessionEndpoints()
{
    const auto issue = [this]() {
        ++m_tokenSerial;
        m_access = u"access-%1"_s.arg(m_tokenSerial);
        m_refresh = u"refresh-%1"_s.arg(m_tokenSerial);
        return QJsonObject{{u"did"_s, u"did:plc:alice"_s},
                           {u"handle"_s, u"alice.test"_s},
                           {u"accessJwt"_s, m_access},
                           {u"refreshJwt"_s, m_refresh},
                           {u"active"_s, true}};
    };
    m_server->on(u"com.atproto.server.createSession"_s, [issue](const QHttpServerRequest &req) {
        const QJsonObject in = QJsonDocument::fromJson(req.body()).object();
        if (in.value(u"password"_s).toString() != u"abcd-efgh-ijkl-mnop")
            return FakeXrpcServer::error(401, "AuthenticationRequired", "Invalid identifier or password");
        return FakeXrpcServer::json(issue());
    });
    m_server->on(u"com.atproto.server.refreshSession"_s, [this, issue](const QHttpServerRequest &req) {
        if (req.value("Authorization") != "Bearer " + m_refresh.toUtf8())
            return FakeXrpcServer::error(400, "ExpiredToken", "Token has been revoked");
        return FakeXrpcServer::json(issue());
    });
    m_server->on(u"com.atproto.server.getSession"_s, [this](const QHttpServerRequest &req) {
        if (req.value("Authorization") != "Bearer " + m_access.toUtf8())
            return FakeXrpcServer::error(400, "ExpiredToken", "Token has expired");
        return FakeXrpcServer::json(QJsonObject{{u"did"_s, u"did:plc:alice"_s}, {u"handle"_s, u"alice.test"_s}});
    });
    m_server->on(u"com.atproto.server.deleteSession"_s, [](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QByteArray());
    });
}

void TstXrpcClient::transportRules()
{
    QVERIFY(checkTransport(QUrl(u"https://bsky.social"_s)).ok());
    QVERIFY(checkTransport(QUrl(u"http://localhost:2583"_s)).ok());
    QVERIFY(checkTransport(QUrl(u"http://127.0.0.1:2583"_s)).ok());
    QVERIFY(checkTransport(QUrl(u"http://127.8.9.10"_s)).ok());
    QVERIFY(checkTransport(QUrl(u"http://[::1]:80"_s)).ok());
    const Status remote = checkTransport(QUrl(u"http://pds.example.com"_s));
    QVERIFY(!remote.ok());
    QCOMPARE(ge::toString(remote.error().category), ge::toString(ErrorCategory::Config));
    QVERIFY(remote.error().message.contains(u"pds.example.com"_s));
    QVERIFY(!checkTransport(QUrl(u"http://10.0.0.1"_s)).ok());
    QVERIFY(!checkTransport(QUrl(u"http://localhost.example.com"_s)).ok());
    QVERIFY(!checkTransport(QUrl(u"ftp://localhost"_s)).ok());
    QVERIFY(!checkTransport(QUrl()).ok());
}

void TstXrpcClient::refusesPlainHttpToRemoteHostWithoutSending()
{
    Waiter<Profile> w;
    m_client->getProfile(XrpcTarget::appView(QUrl(u"http://appview.example.com"_s)), u"alice.test"_s, w.cb());
    QVERIFY(!w.slot->has_value()); // never synchronous
    QVERIFY(w.wait());
    QVERIFY(!w.result().ok());
    QCOMPARE(ge::toString(w.result().error().category), ge::toString(ErrorCategory::Config));
    QVERIFY(m_server->seen.isEmpty());
}

void TstXrpcClient::parsesRecordedBodies()
{
    const auto followers = parse::followers(fixture(u"g_followers.0.app.bsky.graph.getFollowers.200.json"_s));
    QVERIFY2(followers.ok(), qPrintable(followers.ok() ? QString() : followers.error().message));
    QVERIFY(!followers->profiles.isEmpty());
    QVERIFY(followers->subject.did.startsWith(u"did:plc:"_s));

    const auto rel = parse::relationships(fixture(u"g_rel.0.app.bsky.graph.getRelationships.200.json"_s));
    QVERIFY(rel.ok());
    QCOMPARE(rel->relationships.size(), 1);
    QVERIFY(rel->relationships[0].following.startsWith(u"at://"_s));
    QVERIFY(rel->relationships[0].followedBy.startsWith(u"at://"_s));

    const auto notes = parse::notifications(fixture(u"n_notifications.0.app.bsky.notification.listNotifications.200.json"_s));
    QVERIFY2(notes.ok(), qPrintable(notes.ok() ? QString() : notes.error().message));
    QVERIFY(!notes->notifications.isEmpty());
    QVERIFY(!notes->notifications[0].reason.isEmpty());

    const auto feed = parse::authorFeed(fixture(u"f_autfeed.0.app.bsky.feed.getAuthorFeed.200.json"_s));
    QVERIFY2(feed.ok(), qPrintable(feed.ok() ? QString() : feed.error().message));
    QVERIFY(!feed->items.isEmpty());
    QVERIFY(feed->items[0].createdAtUs > 0);

    const auto profiles = parse::profiles(fixture(u"a_profile.0.app.bsky.actor.getProfiles.200.json"_s));
    QVERIFY2(profiles.ok(), qPrintable(profiles.ok() ? QString() : profiles.error().message));
    QVERIFY(profiles->first().followersCount.has_value());

    const auto records = parse::recordPage(fixture(u"r_listrcd.0.com.atproto.repo.listRecords.200.json"_s));
    QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().message));

    const auto created = parse::createdRecord(fixture(u"r_post_delete_follow.1.com.atproto.repo.createRecord.200.json"_s));
    QVERIFY(created.ok());
    QVERIFY(!created->rkey.isEmpty());

    QVERIFY(parse::resolvedHandle(fixture(u"i_resolveh.0.com.atproto.identity.resolveHandle.200.json"_s)).ok());

    const auto session = parse::session(fixture(u"responses_server_createSession.json"_s));
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QCOMPARE(session->pdsUrl, QUrl(u"https://chaga.us-west.host.bsky.network"_s));
    QVERIFY(parse::session(fixture(u"responses_server_refreshSession.json"_s)).ok());
    QVERIFY(parse::sessionInfo(fixture(u"responses_server_getSession.json"_s)).ok());

    const auto plc = parse::didDocument(fixture(u"didkit_dholms.json"_s), u"did:plc:yk4dd2qkboz2yv6tpubpc6co"_s);
    QVERIFY(plc.ok());
    QCOMPARE(plc->pdsEndpoint, QUrl(u"https://pds.dholms.xyz"_s));
    QCOMPARE(plc->handle, u"dholms.xyz"_s);
    QVERIFY(!parse::didDocument(fixture(u"didkit_dholms.json"_s), u"did:plc:someoneelse"_s).ok());
}

void TstXrpcClient::malformedBodiesAreParseErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << u"session"_s << QByteArray();
    QTest::newRow("not json") << u"session"_s << QByteArray("<html>oops</html>");
    QTest::newRow("array") << u"session"_s << QByteArray("[]");
    QTest::newRow("no tokens") << u"session"_s << QByteArray(R"({"did":"did:plc:a","handle":"a.test"})");
    QTest::newRow("bad did") << u"session"_s
                             << QByteArray(R"({"did":"plc:a","handle":"a.test","accessJwt":"x","refreshJwt":"y"})");
    QTest::newRow("token not string") << u"session"_s
                                      << QByteArray(R"({"did":"did:plc:a","handle":"a.test","accessJwt":1,"refreshJwt":"y"})");
    QTest::newRow("followers missing") << u"followers"_s << QByteArray(R"({"subject":{"did":"did:plc:a","handle":"a.test"}})");
    QTest::newRow("followers not array") << u"followers"_s
                                         << QByteArray(R"({"subject":{"did":"did:plc:a","handle":"a.test"},"followers":{}})");
    QTest::newRow("follower bad handle") << u"followers"_s
                                         << QByteArray(R"({"subject":{"did":"did:plc:a","handle":"a.test"},"followers":[{"did":"did:plc:b","handle":"b"}]})");
    QTest::newRow("cursor not string") << u"followers"_s
                                       << QByteArray(R"({"subject":{"did":"did:plc:a","handle":"a.test"},"followers":[],"cursor":5})");
    QTest::newRow("negative count") << u"profile"_s << QByteArray(R"({"did":"did:plc:a","handle":"a.test","followersCount":-1})");
    QTest::newRow("created no uri") << u"created"_s << QByteArray(R"({"cid":"bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a"})");
    QTest::newRow("resolve no did") << u"resolve"_s << QByteArray(R"({"handle":"a.test"})");
}

void TstXrpcClient::malformedBodiesAreParseErrors()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    std::optional<Error> err;
    if (kind == u"session") {
        auto r = parse::session(body);
        if (!r) err = r.error();
    } else if (kind == u"followers") {
        auto r = parse::followers(body);
        if (!r) err = r.error();
    } else if (kind == u"profile") {
        auto r = parse::profile(body);
        if (!r) err = r.error();
    } else if (kind == u"created") {
        auto r = parse::createdRecord(body);
        if (!r) err = r.error();
    } else if (kind == u"resolve") {
        auto r = parse::resolvedHandle(body);
        if (!r) err = r.error();
    }
    QVERIFY(err.has_value());
    QCOMPARE(ge::toString(err->category), ge::toString(ErrorCategory::Parse));
}

void TstXrpcClient::xrpcErrorBodiesAreTyped()
{
    m_server->on(u"app.bsky.actor.getProfile"_s, [](const QHttpServerRequest &) {
        return FakeXrpcServer::error(400, "InvalidRequest", "Profile not found");
    });
    Waiter<Profile> w;
    m_client->getProfile(XrpcTarget::appView(m_server->url()), u"nobody.test"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY(!w.result().ok());
    const Error &e = w.result().error();
    QCOMPARE(ge::toString(e.category), ge::toString(ErrorCategory::Xrpc));
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.xrpcError, u"InvalidRequest"_s);
    QVERIFY(e.message.contains(u"Profile not found"_s));

    // A 200 with a malformed body is a parse error, never a default success.
    m_server->on(u"app.bsky.actor.getProfile"_s, [](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QByteArray(R"({"handle":"x.test"})"));
    });
    Waiter<Profile> w2;
    m_client->getProfile(XrpcTarget::appView(m_server->url()), u"x.test"_s, w2.cb());
    QVERIFY(w2.wait());
    QVERIFY(!w2.result().ok());
    QCOMPARE(ge::toString(w2.result().error().category), ge::toString(ErrorCategory::Parse));
}

void TstXrpcClient::rateLimitedIsTyped()
{
    m_server->on(u"app.bsky.actor.getProfile"_s, [](const QHttpServerRequest &) {
        auto r = FakeXrpcServer::error(429, "RateLimitExceeded", "Rate Limit Exceeded");
        r.addHeader(QByteArrayLiteral("RateLimit-Limit"), QByteArrayLiteral("3000"));
        r.addHeader(QByteArrayLiteral("RateLimit-Remaining"), QByteArrayLiteral("0"));
        r.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("120"));
        return r;
    });
    Waiter<Profile> w;
    m_client->getProfile(XrpcTarget::appView(m_server->url()), u"alice.test"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY(!w.result().ok());
    const Error &e = w.result().error();
    QCOMPARE(ge::toString(e.category), ge::toString(ErrorCategory::RateLimited));
    QCOMPARE(e.httpStatus, 429);
    QCOMPARE(e.xrpcError, u"RateLimitExceeded"_s);
    QVERIFY(e.retryAfter.has_value());
    QCOMPARE(e.retryAfter->count(), 120000);
}

void TstXrpcClient::getProfilesBatchesBy25()
{
    m_server->on(u"app.bsky.actor.getProfiles"_s, [](const QHttpServerRequest &req) {
        const QStringList actors = req.query().allQueryItemValues(u"actors"_s);
        if (actors.size() > 25)
            return FakeXrpcServer::error(400, "InvalidRequest", "too many actors");
        QJsonArray arr;
        for (const QString &a : actors)
            arr.append(profileJson(a, a.mid(8) + u".test"_s));
        return FakeXrpcServer::json(QJsonObject{{u"profiles"_s, arr}});
    });
    QStringList actors;
    for (int i = 0; i < 60; ++i)
        actors << fakeDid(i);
    Waiter<QList<Profile>> w;
    m_client->getProfiles(XrpcTarget::appView(m_server->url()), actors, w.cb());
    QVERIFY(w.wait());
    QVERIFY(w.result().ok());
    QCOMPARE(w.result()->size(), 60);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(w.result()->at(i).did, fakeDid(i));
    QCOMPARE(m_server->count(u"app.bsky.actor.getProfiles"_s), 3);
}

void TstXrpcClient::pagesFollowersUntilNoCursor()
{
    m_server->on(u"app.bsky.graph.getFollowers"_s, [](const QHttpServerRequest &req) {
        const int limit = req.query().queryItemValue(u"limit"_s).toInt();
        if (limit < 1 || limit > 100)
            return FakeXrpcServer::error(400, "InvalidRequest", "limit");
        const int start = req.query().queryItemValue(u"cursor"_s).toInt();
        QJsonArray arr;
        for (int i = start; i < std::min(start + limit, 250); ++i)
            arr.append(profileJson(fakeDid(i), u"f%1.test"_s.arg(i)));
        QJsonObject o{{u"subject"_s, profileJson(u"did:plc:alice"_s, u"alice.test"_s)}, {u"followers"_s, arr}};
        if (start + limit < 250)
            o.insert(u"cursor"_s, QString::number(start + limit)); // the last page has no cursor
        return FakeXrpcServer::json(o);
    });
    Waiter<QList<Profile>> w;
    m_client->getAllFollowers(XrpcTarget::appView(m_server->url()), u"alice.test"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY(w.result().ok());
    QCOMPARE(w.result()->size(), 250);
    QCOMPARE(w.result()->last().did, fakeDid(249));
    QCOMPARE(m_server->count(u"app.bsky.graph.getFollowers"_s), 3);
}

void TstXrpcClient::createAndDeleteRecord()
{
    m_server->on(u"com.atproto.repo.createRecord"_s, [](const QHttpServerRequest &req) {
        const QJsonObject in = QJsonDocument::fromJson(req.body()).object();
        if (in.value(u"collection"_s).toString() != u"app.bsky.graph.follow"
            || in.value(u"record"_s).toObject().value(u"subject"_s).toString() != u"did:plc:bob")
            return FakeXrpcServer::error(400, "InvalidRequest", "bad record");
        return FakeXrpcServer::json(QJsonObject{
            {u"uri"_s, u"at://did:plc:alice/app.bsky.graph.follow/3jzfcijpj2z2a"_s},
            {u"cid"_s, u"bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a"_s}});
    });
    m_server->on(u"com.atproto.repo.deleteRecord"_s, [](const QHttpServerRequest &req) {
        const QJsonObject in = QJsonDocument::fromJson(req.body()).object();
        if (in.value(u"rkey"_s).toString() != u"3jzfcijpj2z2a")
            return FakeXrpcServer::error(400, "InvalidRequest", "bad rkey");
        return FakeXrpcServer::json(QByteArray("{}"));
    });
    const QJsonObject record{{u"$type"_s, u"app.bsky.graph.follow"_s},
                             {u"subject"_s, u"did:plc:bob"_s},
                             {u"createdAt"_s, u"2026-11-22T00:00:00.000Z"_s}};
    Waiter<CreatedRecord> w;
    m_client->createRecord(XrpcTarget::pds(m_server->url(), u"tok"_s), u"did:plc:alice"_s, u"app.bsky.graph.follow"_s,
                           record, w.cb());
    QVERIFY(w.wait());
    QVERIFY(w.result().ok());
    QCOMPARE(w.result()->rkey, u"3jzfcijpj2z2a"_s);
    QCOMPARE(m_server->seen.last().authorization, QByteArray("Bearer tok"));
    StatusWaiter d;
    m_client->deleteRecord(XrpcTarget::pds(m_server->url(), u"tok"_s), u"did:plc:alice"_s, u"app.bsky.graph.follow"_s,
                           w.result()->rkey, d.cb());
    QVERIFY(d.wait());
    QVERIFY(d.slot->value().ok());
}

void TstXrpcClient::loginStoresTokensInCredentialStore()
{
    installSessionEndpoints();
    secrets::MemoryCredentialStore store;
    SessionManager sessions(m_client.get(), &store);
    Waiter<Session> bad;
    sessions.login(m_server->url(), u"alice.test"_s, u"wrong"_s, bad.cb());
    QVERIFY(bad.wait());
    QVERIFY(!bad.result().ok());
    QCOMPARE(bad.result().error().httpStatus, 401);
    QCOMPARE(bad.result().error().xrpcError, u"AuthenticationRequired"_s);
    QCOMPARE(store.size(), 0);

    Waiter<Session> w;
    sessions.login(m_server->url(), u"alice.test"_s, u"abcd-efgh-ijkl-mnop"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY(w.result().ok());
    QCOMPARE(w.result()->did, u"did:plc:alice"_s);
    QCOMPARE(w.result()->pdsUrl, m_server->url());
    QCOMPARE(store.size(), 1);
    Waiter<QByteArray> stored;
    store.read(u"did:plc:alice"_s, stored.cb());
    QVERIFY(stored.wait());
    QVERIFY(stored.result()->contains(m_refresh.toUtf8()));
}

void TstXrpcClient::expiredTokenRefreshesOnceAndRetries()
{
    installSessionEndpoints();
    secrets::MemoryCredentialStore store;
    SessionManager sessions(m_client.get(), &store);
    Waiter<Session> login;
    sessions.login(m_server->url(), u"alice.test"_s, u"abcd-efgh-ijkl-mnop"_s, login.cb());
    QVERIFY(login.wait());
    QVERIFY(login.result().ok());
    const QString oldRefresh = m_refresh;
    m_access = u"rotated-away"_s; // the server now considers the access token expired

    Waiter<SessionInfo> w;
    sessions.call<SessionInfo>(
        u"did:plc:alice"_s,
        [this](const XrpcTarget &t, Callback<SessionInfo> cb) { m_client->getSession(t, std::move(cb)); }, w.cb());
    QVERIFY(w.wait());
    QVERIFY2(w.result().ok(), qPrintable(w.result().ok() ? QString() : w.result().error().summary()));
    QCOMPARE(m_server->count(u"com.atproto.server.refreshSession"_s), 1);
    QCOMPARE(m_server->count(u"com.atproto.server.getSession"_s), 2);
    QCOMPARE(m_server->count(u"com.atproto.server.createSession"_s), 1);
    // The rotated refresh token is in the store already.
    Waiter<QByteArray> stored;
    store.read(u"did:plc:alice"_s, stored.cb());
    QVERIFY(stored.wait());
    QVERIFY(stored.result()->contains(m_refresh.toUtf8()));
    QVERIFY(!stored.result()->contains(oldRefresh.toUtf8()));
}

void TstXrpcClient::appView401RefreshesToo()
{
    installSessionEndpoints();
    int calls = 0;
    m_server->on(u"app.bsky.actor.getProfile"_s, [this, &calls](const QHttpServerRequest &req) {
        ++calls;
        if (req.value("Authorization") != "Bearer " + m_access.toUtf8())
            return FakeXrpcServer::error(401, "InvalidToken", "Bad token");
        return FakeXrpcServer::json(profileJson(u"did:plc:bob"_s, u"bob.test"_s));
    });
    secrets::MemoryCredentialStore store;
    SessionManager sessions(m_client.get(), &store);
    Waiter<Session> login;
    sessions.login(m_server->url(), u"alice.test"_s, u"abcd-efgh-ijkl-mnop"_s, login.cb());
    QVERIFY(login.wait());
    m_access = u"expired"_s;
    Waiter<Profile> w;
    sessions.call<Profile>(
        u"did:plc:alice"_s,
        [this](const XrpcTarget &t, Callback<Profile> cb) { m_client->getProfile(t, u"bob.test"_s, std::move(cb)); },
        w.cb());
    QVERIFY(w.wait());
    QVERIFY(w.result().ok());
    QCOMPARE(calls, 2);
    QCOMPARE(sessions.refreshCount(), 1);
}

void TstXrpcClient::concurrentCallsShareOneRefresh()
{
    installSessionEndpoints();
    secrets::MemoryCredentialStore store;
    SessionManager sessions(m_client.get(), &store);
    Waiter<Session> login;
    sessions.login(m_server->url(), u"alice.test"_s, u"abcd-efgh-ijkl-mnop"_s, login.cb());
    QVERIFY(login.wait());
    m_access = u"expired"_s;
    QList<Waiter<SessionInfo>> waiters(5);
    for (auto &w : waiters)
        sessions.call<SessionInfo>(
            u"did:plc:alice"_s,
            [this](const XrpcTarget &t, Callback<SessionInfo> cb) { m_client->getSession(t, std::move(cb)); }, w.cb());
    for (auto &w : waiters) {
        QVERIFY(w.wait());
        QVERIFY(w.result().ok());
    }
    QCOMPARE(m_server->count(u"com.atproto.server.refreshSession"_s), 1);
    QCOMPARE(sessions.refreshCount(), 1);
}

void TstXrpcClient::rejectedRefreshIsAuthErrorAndSignals()
{
    installSessionEndpoints();
    secrets::MemoryCredentialStore store;
    SessionManager sessions(m_client.get(), &store);
    QSignalSpy invalid(&sessions, &SessionManager::sessionInvalid);
    Waiter<Session> login;
    sessions.login(m_server->url(), u"alice.test"_s, u"abcd-efgh-ijkl-mnop"_s, login.cb());
    QVERIFY(login.wait());
    m_access = u"expired"_s;
    m_refresh = u"revoked"_s;
    Waiter<SessionInfo> w;
    sessions.call<SessionInfo>(
        u"did:plc:alice"_s,
        [this](const XrpcTarget &t, Callback<SessionInfo> cb) { m_client->getSession(t, std::move(cb)); }, w.cb());
    QVERIFY(w.wait());
    QVERIFY(!w.result().ok());
    QCOMPARE(ge::toString(w.result().error().category), ge::toString(ErrorCategory::Auth));
    QCOMPARE(invalid.count(), 1);
    QCOMPARE(m_server->count(u"com.atproto.server.getSession"_s), 1); // no retry without a new token
}

void TstXrpcClient::sessionReusedAfterRestartWithoutLogin()
{
    installSessionEndpoints();
    secrets::MemoryCredentialStore store; // stands in for the keychain across "restarts"
    {
        SessionManager first(m_client.get(), &store);
        Waiter<Session> login;
        first.login(m_server->url(), u"alice.test"_s, u"abcd-efgh-ijkl-mnop"_s, login.cb());
        QVERIFY(login.wait());
        QVERIFY(login.result().ok());
    }
    SessionManager second(m_client.get(), &store);
    QVERIFY(!second.hasSession(u"did:plc:alice"_s));
    Waiter<SessionInfo> w;
    second.call<SessionInfo>(
        u"did:plc:alice"_s,
        [this](const XrpcTarget &t, Callback<SessionInfo> cb) { m_client->getSession(t, std::move(cb)); }, w.cb());
    QVERIFY(w.wait());
    QVERIFY(w.result().ok());
    QCOMPARE(m_server->count(u"com.atproto.server.createSession"_s), 1);

    // Logout ends the server session and removes the tokens.
    StatusWaiter out;
    second.logout(u"did:plc:alice"_s, out.cb());
    QVERIFY(out.wait());
    QVERIFY(out.slot->value().ok());
    QCOMPARE(m_server->count(u"com.atproto.server.deleteSession"_s), 1);
    QCOMPARE(store.size(), 0);
    Waiter<Session> gone;
    second.restore(u"did:plc:alice"_s, gone.cb());
    QVERIFY(gone.wait());
    QVERIFY(!gone.result().ok());
    QCOMPARE(ge::toString(gone.result().error().category), ge::toString(ErrorCategory::Auth));
}

void TstXrpcClient::resolvesHandleDidDocAndPds()
{
    const QString did = u"did:plc:yk4dd2qkboz2yv6tpubpc6co"_s;
    m_server->on(u"com.atproto.identity.resolveHandle"_s, [did](const QHttpServerRequest &req) {
        if (req.query().queryItemValue(u"handle"_s) != u"dholms.xyz")
            return FakeXrpcServer::error(400, "HandleNotFound", "Unable to resolve handle");
        return FakeXrpcServer::json(QJsonObject{{u"did"_s, did}});
    });
    m_server->onPath(u"/"_s + did, [](const QHttpServerRequest &) { return FakeXrpcServer::json(fixture(u"didkit_dholms.json"_s)); });
    ManualClock clock;
    IdentityResolver::Options o;
    o.handleResolver = m_server->url();
    o.plcUrl = m_server->url();
    o.wellKnownBase = [this](const QString &) { return m_server->url(); };
    o.dnsMethod = false; // DNS TXT is covered by tst_identity
    IdentityResolver resolver(m_client.get(), &clock, o);
    Waiter<Identity> w;
    resolver.resolve(u"DHolms.xyz"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY2(w.result().ok(), qPrintable(w.result().ok() ? QString() : w.result().error().summary()));
    QCOMPARE(w.result()->did, did);
    QCOMPARE(w.result()->handle, u"dholms.xyz"_s);
    QCOMPARE(w.result()->pdsUrl, QUrl(u"https://pds.dholms.xyz"_s));

    Waiter<QString> unknown;
    resolver.resolveHandle(u"nobody.test"_s, unknown.cb());
    QVERIFY(unknown.wait());
    QVERIFY(!unknown.result().ok());
    QCOMPARE(ge::toString(unknown.result().error().category), ge::toString(ErrorCategory::NotFound));

    Waiter<Identity> invalid;
    resolver.resolve(u"not a handle"_s, invalid.cb());
    QVERIFY(invalid.wait());
    QCOMPARE(ge::toString(invalid.result().error().category), ge::toString(ErrorCategory::Validation));
}

void TstXrpcClient::wellKnownFallbackForHandles()
{
    m_server->on(u"com.atproto.identity.resolveHandle"_s, [](const QHttpServerRequest &) {
        return FakeXrpcServer::error(400, "HandleNotFound", "Unable to resolve handle");
    });
    m_server->onPath(u"/.well-known/atproto-did"_s, [](const QHttpServerRequest &) {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("did:plc:ewvi7nxzyoun6zhxrhs64oiz\n"));
    });
    ManualClock clock;
    IdentityResolver::Options o;
    o.handleResolver = m_server->url();
    o.plcUrl = m_server->url();
    QString askedFor;
    o.wellKnownBase = [this, &askedFor](const QString &h) {
        askedFor = h;
        return m_server->url();
    };
    o.dnsMethod = false;
    IdentityResolver resolver(m_client.get(), &clock, o);
    Waiter<QString> w;
    resolver.resolveHandle(u"selfhosted.example"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY(w.result().ok());
    QCOMPARE(*w.result(), u"did:plc:ewvi7nxzyoun6zhxrhs64oiz"_s);
    QCOMPARE(askedFor, u"selfhosted.example"_s);
    // The default well-known base is HTTPS on the handle's own host.
    IdentityResolver defaults(m_client.get(), &clock, IdentityResolver::Options{});
    Q_UNUSED(defaults);
}

void TstXrpcClient::didWebDocument()
{
    const QString did = u"did:web:127.0.0.1%3A"_s + QString::number(m_server->port());
    m_server->onPath(u"/.well-known/did.json"_s, [did](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QJsonObject{
            {u"id"_s, did},
            {u"alsoKnownAs"_s, QJsonArray{u"at://web.example"_s}},
            {u"service"_s, QJsonArray{QJsonObject{{u"id"_s, u"#atproto_pds"_s},
                                                  {u"type"_s, u"AtprotoPersonalDataServer"_s},
                                                  {u"serviceEndpoint"_s, u"http://127.0.0.1:9"_s}}}}});
    });
    ManualClock clock;
    // The document's handle is checked back (loopback only: resolveHandle on the fake server).
    m_server->on(u"com.atproto.identity.resolveHandle"_s, [did](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QJsonObject{{u"did"_s, did}});
    });
    IdentityResolver::Options o;
    o.handleResolver = m_server->url();
    o.dnsMethod = false;
    IdentityResolver resolver(m_client.get(), &clock, o);
    Waiter<Identity> w;
    resolver.resolve(did, w.cb());
    QVERIFY(w.wait());
    QVERIFY2(w.result().ok(), qPrintable(w.result().ok() ? QString() : w.result().error().summary()));
    QCOMPARE(w.result()->pdsUrl, QUrl(u"http://127.0.0.1:9"_s));
    QCOMPARE(w.result()->handle, u"web.example"_s);
    QVERIFY(w.result()->handleVerified);
}

void TstXrpcClient::identityCacheHonoursTtl()
{
    const QString did = u"did:plc:yk4dd2qkboz2yv6tpubpc6co"_s;
    m_server->on(u"com.atproto.identity.resolveHandle"_s, [did](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QJsonObject{{u"did"_s, did}});
    });
    m_server->onPath(u"/"_s + did, [](const QHttpServerRequest &) { return FakeXrpcServer::json(fixture(u"didkit_dholms.json"_s)); });
    ManualClock clock;
    IdentityResolver::Options o;
    o.handleResolver = m_server->url();
    o.plcUrl = m_server->url();
    o.ttl = std::chrono::seconds(60);
    o.dnsMethod = false;
    IdentityResolver resolver(m_client.get(), &clock, o);
    for (int i = 0; i < 2; ++i) {
        Waiter<Identity> w;
        resolver.resolve(u"dholms.xyz"_s, w.cb());
        QVERIFY(w.wait());
        QVERIFY(w.result().ok());
    }
    QCOMPARE(m_server->seen.size(), 2); // one resolveHandle + one PLC fetch
    clock.advanceMs(61'000);
    Waiter<Identity> w;
    resolver.resolve(u"dholms.xyz"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY(w.result().ok());
    QCOMPARE(m_server->seen.size(), 4);
}

void TstXrpcClient::refusesNonLoopbackHttpPdsFromDocument()
{
    const QString did = u"did:plc:yk4dd2qkboz2yv6tpubpc6co"_s;
    m_server->onPath(u"/"_s + did, [did](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QJsonObject{
            {u"id"_s, did},
            {u"service"_s, QJsonArray{QJsonObject{{u"id"_s, u"#atproto_pds"_s},
                                                  {u"type"_s, u"AtprotoPersonalDataServer"_s},
                                                  {u"serviceEndpoint"_s, u"http://pds.example.com"_s}}}}});
    });
    ManualClock clock;
    IdentityResolver::Options o;
    o.plcUrl = m_server->url();
    o.dnsMethod = false;
    IdentityResolver resolver(m_client.get(), &clock, o);
    Waiter<Identity> w;
    resolver.resolve(did, w.cb());
    QVERIFY(w.wait());
    QVERIFY(!w.result().ok());
    QCOMPARE(ge::toString(w.result().error().category), ge::toString(ErrorCategory::Config));
}

QTEST_GUILESS_MAIN(TstXrpcClient)
#include "tst_xrpcclient.moc"
