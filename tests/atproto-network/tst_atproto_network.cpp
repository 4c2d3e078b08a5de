// Integration tests against a real local AT Protocol network (PLC + PDS + AppView from
// @atproto/dev-env, started by the CTest fixtures atproto_network_start / _rl_start; see
// tests/atproto-network/README.md). Re-runs itself inside dbus-run-session +
// scripts/with-keyring.sh so the keychain parts use a private, unlocked keyring.
#include "TestSupport.h"
#include "CallbackWaiter.h"

#include "accounts/AccountsService.h"
#include "atproto/IdentityResolver.h"
#include "config/AppConfig.h"
#include "logging/Logger.h"
#include "reliability/ReliabilityStack.h"
#include "runtime/NetworkHost.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"
#include "atproto/SessionManager.h"
#include "atproto/XrpcClient.h"
#include "net/HttpClient.h"
#include "reliability/BreakerRegistry.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainCredentialStore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QScopeGuard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ge;
using namespace ge::atproto;

namespace {

template <typename T>
using Waiter = ge::test::Waiter<T, 60000>; // the real network is slower than loopback fakes

using StatusWaiter = ge::test::BasicStatusWaiter<60000>;

QString describe(const Error &e) { return e.summary() + u" | "_s + e.detail; }
// Message for QVERIFY2 (its message argument is evaluated even when the check passes).
template <typename T>
QString why(const Result<T> &r) { return r.ok() ? QString() : describe(r.error()); }

struct Network
{
    QJsonObject ready;
    QJsonObject info;
    QString stateDir;
    QUrl control() const { return QUrl(ready.value(u"control"_s).toString()); }
    QUrl pds() const { return QUrl(info.value(u"pds"_s).toString()); }
    QUrl appview() const { return QUrl(info.value(u"appview"_s).toString()); }
    QUrl plc() const { return QUrl(info.value(u"plc"_s).toString()); }
    QJsonObject account(const QString &name) const
    {
        for (const QJsonValue &v : info.value(u"accounts"_s).toArray())
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        return {};
    }
};

// Small synchronous HTTP helper for the harness's control endpoint.
QByteArray controlCall(const QUrl &base, const QString &path, const QByteArray &postBody = {}, bool post = false)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = post ? nam.post(req, postBody) : nam.get(req);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 120000))
        reply->abort();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

std::optional<Network> loadNetwork(const char *envVar)
{
    const QString dir = qEnvironmentVariable(envVar);
    if (dir.isEmpty())
        return std::nullopt;
    QFile f(dir + u"/ready.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    Network n;
    n.stateDir = dir;
    n.ready = QJsonDocument::fromJson(f.readAll()).object();
    n.info = QJsonDocument::fromJson(controlCall(n.control(), u"/info"_s)).object();
    if (n.info.isEmpty())
        return std::nullopt;
    return n;
}

bool anyFileContains(const QString &root, const QList<QByteArray> &needles, QString *where)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        for (const QByteArray &n : needles) {
            if (!n.isEmpty() && data.contains(n)) {
                *where = path;
                return true;
            }
        }
    }
    return false;
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

// What must never leave the keychain: the app password and both JWTs, also the JWTs' signature
// parts on their own (the header part of a JWT is the same for everybody and not secret).
QList<QByteArray> secretNeedles(const QString &appPassword, const Session &session)
{
    QList<QByteArray> needles{appPassword.toUtf8(), session.accessJwt.toUtf8(), session.refreshJwt.toUtf8()};
    for (const QString &jwt : {session.accessJwt, session.refreshJwt}) {
        const QByteArray sig = jwt.toUtf8().split('.').constLast();
        if (sig.size() >= 16)
            needles << sig;
    }
    return needles;
}

} // namespace

class TstAtprotoNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void describeServerAndLogin();
    void refreshOnExpiredAccessToken();
    void identityDiscovery();
    void pagingFollowersOver100();
    void createAndDeleteFollowVisibleInGetFollows();
    void readsProfilesRelationshipsFeedNotifications();
    void cliAccountsAndNoSecretOutsideKeychain();
    void appLoginKeepsSecretsInKeychainOnly();
    void rateLimitHeadersAndReal429();
    void networkStoppedMidTest();

private:
    std::optional<Network> m_net;
    std::optional<Network> m_rl;
    ManualClock m_clock;
    std::unique_ptr<reliability::BreakerRegistry> m_breakers;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<XrpcClient> m_client;

    Session login(const QString &name);
};

void TstAtprotoNetwork::initTestCase()
{
    m_net = loadNetwork("GE_ATPROTO_NET_STATE");
    QVERIFY2(m_net, "local atproto network not running (ctest fixture atproto_network_start)");
    m_rl = loadNetwork("GE_ATPROTO_NET_RL_STATE");
    qInfo("network: pds %s appview %s plc %s, %d accounts", qPrintable(m_net->pds().toString()),
          qPrintable(m_net->appview().toString()), qPrintable(m_net->plc().toString()),
          int(m_net->info.value(u"accounts"_s).toArray().size()));
}

void TstAtprotoNetwork::init()
{
    reliability::BreakerConfig bc;
    bc.consecutiveFailureThreshold = 3;
    bc.failureRateThreshold = 0;
    bc.waitInOpen = std::chrono::seconds(30);
    m_breakers = std::make_unique<reliability::BreakerRegistry>(m_clock, bc);
    net::HttpClient::Deps deps;
    deps.breakers = m_breakers.get();
    m_http = std::make_unique<net::HttpClient>(deps);
    XrpcClient::Options o;
    o.readRetry = reliability::RetryPolicy::none();
    o.writeRetry = reliability::RetryPolicy::none();
    o.totalTimeout = std::chrono::seconds(30);
    m_client = std::make_unique<XrpcClient>(m_http.get(), o);
}

void TstAtprotoNetwork::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_breakers.reset();
}

Session TstAtprotoNetwork::login(const QString &name)
{
    const QJsonObject acc = m_net->account(name);
    Waiter<Session> w;
    m_client->createSession(m_net->pds(), acc.value(u"handle"_s).toString(), acc.value(u"password"_s).toString(), w.cb());
    if (!w.wait() || !w.result().ok())
        qFatal("login of %s failed", qPrintable(name));
    return *w.result();
}

void TstAtprotoNetwork::describeServerAndLogin()
{
    Waiter<ServerDescription> d;
    m_client->describeServer(m_net->pds(), d.cb());
    QVERIFY(d.wait());
    QVERIFY2(d.result().ok(), qPrintable(why(d.result())));
    QVERIFY(d.result()->availableUserDomains.contains(u".test"_s));

    const QJsonObject alice = m_net->account(u"alice"_s);
    // Good password (handle as identifier), and the DID as identifier.
    Waiter<Session> good;
    m_client->createSession(m_net->pds(), u"alice.test"_s, alice.value(u"password"_s).toString(), good.cb());
    QVERIFY(good.wait());
    QVERIFY2(good.result().ok(), qPrintable(why(good.result())));
    QCOMPARE(good.result()->did, alice.value(u"did"_s).toString());
    QVERIFY(!good.result()->accessJwt.isEmpty());
    QCOMPARE(good.result()->pdsUrl.port(), m_net->pds().port()); // from the didDoc in the response

    // Wrong password: 401 AuthenticationRequired, typed.
    Waiter<Session> bad;
    m_client->createSession(m_net->pds(), u"alice.test"_s, u"wrong-password"_s, bad.cb());
    QVERIFY(bad.wait());
    QVERIFY(!bad.result().ok());
    QCOMPARE(bad.result().error().httpStatus, 401);
    QCOMPARE(bad.result().error().xrpcError, u"AuthenticationRequired"_s);

    // App password.
    const QString appPassword = alice.value(u"appPassword"_s).toString();
    QVERIFY(accounts::AccountsService::looksLikeAppPassword(appPassword));
    Waiter<Session> app;
    m_client->createSession(m_net->pds(), alice.value(u"did"_s).toString(), appPassword, app.cb());
    QVERIFY(app.wait());
    QVERIFY2(app.result().ok(), qPrintable(why(app.result())));

    // getSession with the token; deleteSession ends it.
    Waiter<SessionInfo> info;
    m_client->getSession(XrpcTarget::pds(m_net->pds(), app.result()->accessJwt), info.cb());
    QVERIFY(info.wait());
    QVERIFY(info.result().ok());
    QCOMPARE(info.result()->handle, u"alice.test"_s);
    StatusWaiter del;
    m_client->deleteSession(m_net->pds(), app.result()->refreshJwt, del.cb());
    QVERIFY(del.wait());
    QVERIFY2(del.slot->value().ok(), qPrintable(why(del.slot->value())));
    Waiter<Session> afterDelete;
    m_client->refreshSession(m_net->pds(), app.result()->refreshJwt, afterDelete.cb());
    QVERIFY(afterDelete.wait());
    QVERIFY(!afterDelete.result().ok());
}

void TstAtprotoNetwork::refreshOnExpiredAccessToken()
{
    Session s = login(u"alice"_s);
    const QString oldRefresh = s.refreshJwt;
    // A genuinely expired access token, signed by the PDS's key (harness control endpoint).
    const QJsonObject expired = QJsonDocument::fromJson(
        controlCall(m_net->control(), u"/expired-token"_s,
                    QJsonDocument(QJsonObject{{u"did"_s, s.did}}).toJson(), true)).object();
    s.accessJwt = expired.value(u"accessJwt"_s).toString();
    QVERIFY(!s.accessJwt.isEmpty());

    // The PDS answers 400 ExpiredToken for it.
    Waiter<SessionInfo> direct;
    m_client->getSession(XrpcTarget::pds(m_net->pds(), s.accessJwt), direct.cb());
    QVERIFY(direct.wait());
    QVERIFY(!direct.result().ok());
    QCOMPARE(direct.result().error().httpStatus, 400);
    QCOMPARE(direct.result().error().xrpcError, u"ExpiredToken"_s);

    // A "restarted" app finds the expired session in its store; two concurrent calls share
    // one refresh, the rotated refresh token is stored, and both calls succeed.
    secrets::MemoryCredentialStore store;
    StatusWaiter put;
    store.write(s.did, SessionManager::serialize(s), put.cb());
    QVERIFY(put.wait());
    SessionManager sessions(m_client.get(), &store);
    Waiter<SessionInfo> a;
    Waiter<Profile> b;
    sessions.call<SessionInfo>(s.did, [this](const XrpcTarget &t, Callback<SessionInfo> cb) { m_client->getSession(t, cb); },
                               a.cb());
    sessions.call<Profile>(s.did, [this](const XrpcTarget &t, Callback<Profile> cb) {
        m_client->getProfile(t, u"bob.test"_s, cb); // proxied to the AppView by the PDS
    }, b.cb());
    QVERIFY(a.wait());
    QVERIFY(b.wait());
    QVERIFY2(a.result().ok(), qPrintable(why(a.result())));
    QVERIFY2(b.result().ok(), qPrintable(why(b.result())));
    QCOMPARE(sessions.refreshCount(), 1);
    Waiter<QByteArray> stored;
    store.read(s.did, stored.cb());
    QVERIFY(stored.wait());
    const auto restored = SessionManager::deserialize(*stored.result());
    QVERIFY(restored.ok());
    QVERIFY(restored->refreshJwt != oldRefresh);
    QVERIFY(restored->accessJwt != s.accessJwt);
}

void TstAtprotoNetwork::identityDiscovery()
{
    const QJsonObject alice = m_net->account(u"alice"_s);
    for (const QUrl &resolverUrl : {m_net->appview(), m_net->pds()}) {
        IdentityResolver::Options o;
        o.handleResolver = resolverUrl;
        o.plcUrl = m_net->plc();
        // Loopback only: the spec's direct methods go to the local PDS (DNS TXT: tst_identity).
        o.dnsMethod = false;
        o.wellKnownBase = [this](const QString &) { return m_net->pds(); };
        IdentityResolver resolver(m_client.get(), &m_clock, o);
        Waiter<Identity> w;
        resolver.resolve(u"alice.test"_s, w.cb());
        QVERIFY(w.wait());
        QVERIFY2(w.result().ok(), qPrintable(why(w.result())));
        QCOMPARE(w.result()->did, alice.value(u"did"_s).toString());
        QCOMPARE(w.result()->handle, u"alice.test"_s);
        QCOMPARE(w.result()->pdsUrl.port(), m_net->pds().port());
        QCOMPARE(w.result()->pdsUrl.host(), u"localhost"_s);

        Waiter<QString> unknown;
        resolver.resolveHandle(u"nobody-here.test"_s, unknown.cb());
        QVERIFY(unknown.wait());
        QVERIFY(!unknown.result().ok());
        QCOMPARE(toString(unknown.result().error().category), toString(ErrorCategory::NotFound));
    }
}

void TstAtprotoNetwork::pagingFollowersOver100()
{
    const int expected = m_net->info.value(u"followers"_s).toInt();
    QVERIFY(expected > 100);
    Waiter<ProfilePage> first;
    m_client->getFollowers(XrpcTarget::appView(m_net->appview()), u"alice.test"_s, 100, {}, first.cb());
    QVERIFY(first.wait());
    QVERIFY2(first.result().ok(), qPrintable(why(first.result())));
    QCOMPARE(first.result()->profiles.size(), 100);
    QVERIFY(first.result()->cursor.has_value());
    Waiter<ProfilePage> last;
    m_client->getFollowers(XrpcTarget::appView(m_net->appview()), u"alice.test"_s, 100, *first.result()->cursor,
                           last.cb());
    QVERIFY(last.wait());
    QVERIFY(last.result().ok());
    QCOMPARE(last.result()->profiles.size(), expected - 100);
    QVERIFY(!last.result()->cursor.has_value()); // the last page has no cursor

    Waiter<QList<Profile>> all;
    m_client->getAllFollowers(XrpcTarget::appView(m_net->appview()), u"alice.test"_s, all.cb());
    QVERIFY(all.wait());
    QVERIFY(all.result().ok());
    QCOMPARE(all.result()->size(), expected);
    QSet<QString> dids;
    for (const Profile &p : *all.result())
        dids.insert(p.did);
    QCOMPARE(dids.size(), expected);

    // limit above 100 is refused by the AppView; the client clamps it.
    Waiter<net::HttpResponse> raw;
    QUrlQuery q;
    q.addQueryItem(u"actor"_s, u"alice.test"_s);
    q.addQueryItem(u"limit"_s, u"101"_s);
    m_client->query(XrpcTarget::appView(m_net->appview()), u"app.bsky.graph.getFollowers"_s, q, raw.cb());
    QVERIFY(raw.wait());
    QVERIFY(!raw.result().ok());
    QCOMPARE(raw.result().error().httpStatus, 400);
}

void TstAtprotoNetwork::createAndDeleteFollowVisibleInGetFollows()
{
    const Session s = login(u"alice"_s);
    const QString target = m_net->account(u"fan110"_s).value(u"did"_s).toString();
    QVERIFY(!target.isEmpty());
    const auto followsContain = [this, &s](const QString &did) {
        Waiter<QList<Profile>> w;
        m_client->getAllFollows(XrpcTarget::appView(m_net->appview()), s.did, w.cb());
        if (!w.wait() || !w.result().ok())
            return -1;
        for (const Profile &p : *w.result())
            if (p.did == did)
                return 1;
        return 0;
    };
    QCOMPARE(followsContain(target), 0);
    const QJsonObject record{{u"$type"_s, u"app.bsky.graph.follow"_s},
                             {u"subject"_s, target},
                             {u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    Waiter<CreatedRecord> created;
    m_client->createRecord(XrpcTarget::pds(m_net->pds(), s.accessJwt), s.did, u"app.bsky.graph.follow"_s, record,
                           created.cb());
    QVERIFY(created.wait());
    QVERIFY2(created.result().ok(), qPrintable(why(created.result())));
    QVERIFY(created.result()->uri.startsWith(u"at://"_s + s.did + u"/app.bsky.graph.follow/"_s));
    controlCall(m_net->control(), u"/process-all"_s, "{}", true);
    QCOMPARE(followsContain(target), 1);

    // The follow record is listed in the repo, and the viewer state names it.
    Waiter<RecordPage> records;
    m_client->listRecords(XrpcTarget::pds(m_net->pds()), s.did, u"app.bsky.graph.follow"_s, 100, {}, records.cb());
    QVERIFY(records.wait());
    QVERIFY(records.result().ok());
    bool listed = false;
    for (const RecordEntry &e : records.result()->records)
        listed = listed || e.rkey == created.result()->rkey;
    QVERIFY(listed);

    StatusWaiter deleted;
    m_client->deleteRecord(XrpcTarget::pds(m_net->pds(), s.accessJwt), s.did, u"app.bsky.graph.follow"_s,
                           created.result()->rkey, deleted.cb());
    QVERIFY(deleted.wait());
    QVERIFY2(deleted.slot->value().ok(), qPrintable(why(deleted.slot->value())));
    controlCall(m_net->control(), u"/process-all"_s, "{}", true);
    QCOMPARE(followsContain(target), 0);
}

void TstAtprotoNetwork::readsProfilesRelationshipsFeedNotifications()
{
    const Session s = login(u"alice"_s);
    QStringList actors;
    for (const QJsonValue &v : m_net->info.value(u"accounts"_s).toArray())
        actors << v.toObject().value(u"did"_s).toString();
    actors = actors.mid(0, 60);
    Waiter<QList<Profile>> profiles;
    m_client->getProfiles(XrpcTarget::appView(m_net->appview()), actors, profiles.cb());
    QVERIFY(profiles.wait());
    QVERIFY2(profiles.result().ok(), qPrintable(why(profiles.result())));
    QCOMPARE(profiles.result()->size(), actors.size());

    Waiter<Profile> me;
    m_client->getProfile(XrpcTarget::appView(m_net->appview()), u"alice.test"_s, me.cb());
    QVERIFY(me.wait());
    QVERIFY(me.result().ok());
    QCOMPARE(me.result()->followersCount.value_or(-1), m_net->info.value(u"followers"_s).toInt());

    Waiter<Relationships> rel;
    m_client->getRelationships(XrpcTarget::appView(m_net->appview()), s.did, actors.mid(1, 40), rel.cb());
    QVERIFY(rel.wait());
    QVERIFY2(rel.result().ok(), qPrintable(why(rel.result())));
    QCOMPARE(rel.result()->relationships.size(), 40);
    int mutual = 0;
    for (const Relationship &r : rel.result()->relationships)
        mutual += (!r.following.isEmpty() && !r.followedBy.isEmpty()) ? 1 : 0;
    QVERIFY(mutual >= 1);

    Waiter<FeedPage> feed;
    m_client->getAuthorFeed(XrpcTarget::appView(m_net->appview()), u"alice.test"_s, 50, {}, feed.cb());
    QVERIFY(feed.wait());
    QVERIFY(feed.result().ok());
    QCOMPARE(feed.result()->items.size(), 3);
    qint64 likes = 0;
    for (const FeedItem &i : feed.result()->items)
        likes += i.likeCount;
    QCOMPARE(likes, 5 + 6 + 7);

    // Authenticated through the PDS (proxied to the AppView).
    Waiter<NotificationPage> notes;
    m_client->listNotifications(XrpcTarget::pds(m_net->pds(), s.accessJwt), 50, {}, notes.cb());
    QVERIFY(notes.wait());
    QVERIFY2(notes.result().ok(), qPrintable(why(notes.result())));
    QVERIFY(!notes.result()->notifications.isEmpty());

    // Viewer state on an authenticated read.
    Waiter<Profile> viewer;
    m_client->getProfile(XrpcTarget::pds(m_net->pds(), s.accessJwt), m_net->account(u"fan000"_s).value(u"did"_s).toString(),
                         viewer.cb());
    QVERIFY(viewer.wait());
    QVERIFY(viewer.result().ok());
    QVERIFY(viewer.result()->viewer.following.startsWith(u"at://"_s));
    QVERIFY(viewer.result()->viewer.followedBy.startsWith(u"at://"_s));
}

void TstAtprotoNetwork::cliAccountsAndNoSecretOutsideKeychain()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QJsonObject alice = m_net->account(u"alice"_s);
    const QString appPassword = alice.value(u"appPassword"_s).toString();
    const QStringList common{u"--data-dir"_s, data.path(), u"--appview"_s, m_net->appview().toString(),
                             u"--plc"_s, m_net->plc().toString(), u"--log-level"_s, u"debug"_s};
    // Every per-user location (QSettings/config, data, cache) of the runs lands in a known,
    // empty place, so the search below covers all of it.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QStringList env{u"HOME="_s + home.path(), u"XDG_CONFIG_HOME="_s + home.filePath(u"config"_s),
                          u"XDG_DATA_HOME="_s + home.filePath(u"data"_s), u"XDG_CACHE_HOME="_s + home.filePath(u"cache"_s)};
    const auto runApp = [&env](const QStringList &args, const QByteArray &in = {}) {
        return ge::test::runApp(args, in, env);
    };

    auto bad = runApp(QStringList{u"account"_s, u"add"_s, u"alice.test"_s, u"--password-stdin"_s} + common,
                                "wrong-pass-word\n");
    QVERIFY2(bad.exitCode == 6, qPrintable(u"exit %1 crashed %2: "_s.arg(bad.exitCode).arg(bad.crashed) + QString::fromUtf8(bad.err)));
    QVERIFY2(bad.err.contains("app password"), bad.err.constData()); // the warning about the format

    auto add = runApp(QStringList{u"account"_s, u"add"_s, u"alice.test"_s, u"--password-stdin"_s} + common,
                                appPassword.toUtf8() + '\n');
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QVERIFY(!add.err.contains("does not look like"));
    auto watch = runApp(QStringList{u"account"_s, u"add"_s, u"bob.test"_s, u"--watch"_s} + common);
    QVERIFY2(watch.exitCode == 0, watch.err.constData());
    auto list = runApp(QStringList{u"account"_s, u"list"_s, u"--json"_s} + common);
    QCOMPARE(list.exitCode, 0);
    const QJsonArray arr = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(arr.size(), 2);
    QSet<QString> kinds;
    for (const QJsonValue &v : arr)
        kinds.insert(v.toObject().value(u"kind"_s).toString() + u':'  + v.toObject().value(u"handle"_s).toString());
    QVERIFY(kinds.contains(u"own:alice.test"_s));
    QVERIFY(kinds.contains(u"watched:bob.test"_s));

    // The tokens are in the keychain under the DID ...
    secrets::KeychainCredentialStore keychain;
    Waiter<QByteArray> stored;
    keychain.read(alice.value(u"did"_s).toString(), stored.cb());
    QVERIFY(stored.wait());
    QVERIFY2(stored.result().ok(), qPrintable(why(stored.result())));
    const auto session = SessionManager::deserialize(*stored.result());
    QVERIFY(session.ok());
    // ... and nowhere else: data dir (database, logs), QSettings/config and data locations.
    const QList<QByteArray> secrets = secretNeedles(appPassword, *session);
    // The places searched hold the real files of the runs (so the search is not vacuous):
    // the database with the account row, and a debug log that recorded the login.
    const QString dbPath = data.filePath(u"growth-engine.sqlite"_s);
    QVERIFY(QFile::exists(dbPath));
    QVERIFY(fileContains(dbPath, alice.value(u"did"_s).toString().toUtf8())
            || fileContains(dbPath + u"-wal"_s, alice.value(u"did"_s).toString().toUtf8()));
    const QString cliLog = data.filePath(u"logs/growth-engine.log"_s); // the CLI logs under <data-dir>/logs
    QVERIFY2(QFileInfo(cliLog).size() > 0, qPrintable(cliLog));
    QVERIFY(fileContains(cliLog, "com.atproto.server.createSession"));
    QString where;
    QVERIFY2(!anyFileContains(data.path(), secrets, &where), qPrintable(where));
    QVERIFY2(!anyFileContains(home.path(), secrets, &where), qPrintable(where));
    for (const auto *run : {&bad, &add, &watch, &list})
        for (const QByteArray &n : secrets)
            QVERIFY(!run->out.contains(n) && !run->err.contains(n));

    auto remove = runApp(QStringList{u"account"_s, u"remove"_s, u"alice.test"_s} + common);
    QVERIFY2(remove.exitCode == 0, remove.err.constData());
    Waiter<QByteArray> gone;
    keychain.read(alice.value(u"did"_s).toString(), gone.cb());
    QVERIFY(gone.wait());
    QVERIFY(!gone.result().ok());
    QCOMPARE(toString(gone.result().error().category), toString(ErrorCategory::NotFound));
    auto list2 = runApp(QStringList{u"account"_s, u"list"_s, u"--json"_s} + common);
    QCOMPARE(QJsonDocument::fromJson(list2.out).array().size(), 1);
    auto usage = runApp(QStringList{u"account"_s, u"add"_s, u"x.test"_s} + common);
    QCOMPARE(usage.exitCode, 2);
}

void TstAtprotoNetwork::appLoginKeepsSecretsInKeychainOnly()
{
    // The app's own path: the network thread (NetworkHost, as the Settings page uses it) logs in
    // with the app password; its database, its log file and the per-user locations hold no secret.
    QTemporaryDir data;
    QTemporaryDir home;
    QVERIFY(data.isValid() && home.isValid());
    const QByteArray savedConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    const auto restoreEnv = qScopeGuard([savedConfig] {
        Logger::uninstall();
        if (savedConfig.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", savedConfig);
    });
    LogOptions lo;
    lo.directory = data.path();
    lo.level = u"debug"_s;
    lo.humanStderr = false;
    Logger::install(lo);

    const storage::DatabaseConfig db = storage::DatabaseConfig::sqlite(data.filePath(u"growth-engine.sqlite"_s));
    {
        auto conn = storage::DbConnection::open(db, u"tst-net-migrate"_s);
        QVERIFY(conn.ok());
        QVERIFY(storage::Migrator().migrate(**conn).ok());
    }
    AppConfig config;
    config.dataDir = data.path();
    config.appViewUrl = m_net->appview();
    config.plcUrl = m_net->plc();
    reliability::ReliabilityStack stack(config, SystemClock::instance());
    runtime::NetworkHost host(config, db, &stack, SystemClock::instance());
    QVERIFY(host.start().ok());

    const QJsonObject alice = m_net->account(u"alice"_s);
    const QString appPassword = alice.value(u"appPassword"_s).toString();
    auto added = std::make_shared<std::optional<Result<accounts::Account>>>();
    host.post([&host, added, appPassword, ctx = this] {
        host.accounts()->addOwn(u"alice.test"_s, appPassword, [added, ctx](Result<accounts::Account> r) {
            QMetaObject::invokeMethod(ctx, [added, r] { added->emplace(r); }, Qt::QueuedConnection);
        });
    });
    QVERIFY(QTest::qWaitFor([added] { return added->has_value(); }, 60000));
    QVERIFY2((*added)->ok(), qPrintable(why(**added)));
    QCOMPARE((**added)->did, alice.value(u"did"_s).toString());

    secrets::KeychainCredentialStore keychain;
    Waiter<QByteArray> stored;
    keychain.read(alice.value(u"did"_s).toString(), stored.cb());
    QVERIFY(stored.wait());
    QVERIFY2(stored.result().ok(), qPrintable(why(stored.result())));
    const auto session = SessionManager::deserialize(*stored.result());
    QVERIFY(session.ok());
    // The login registered the account's write buckets in the shared limiter.
    QVERIFY(QTest::qWaitFor([&stack, &session] {
        return stack.limiter().hasBucket(reliability::RateLimiter::writesHourBucket(session->did));
    }, 10000));
    // A write through the app's client, so the log holds the authenticated traffic too.
    auto wrote = std::make_shared<std::optional<Status>>();
    host.post([&host, wrote, s = *session, ctx = this] {
        host.xrpc()->createRecord(XrpcTarget::pds(s.pdsUrl, s.accessJwt), s.did, u"app.bsky.graph.follow"_s,
                                  QJsonObject{{u"$type"_s, u"app.bsky.graph.follow"_s},
                                              {u"subject"_s, s.did},
                                              {u"createdAt"_s, u"2026-01-01T00:00:00.000Z"_s}},
                                  [wrote, ctx](Result<CreatedRecord> r) {
                                      Status st;
                                      if (!r.ok())
                                          st = r.error();
                                      QMetaObject::invokeMethod(ctx, [wrote, st] { wrote->emplace(st); },
                                                                Qt::QueuedConnection);
                                  });
    });
    QVERIFY(QTest::qWaitFor([wrote] { return wrote->has_value(); }, 60000));
    // The write spent the account's points in the shared limiter (create = 3).
    QCOMPARE(stack.limiter().snapshot(reliability::RateLimiter::writesHourBucket(session->did)).used, 3);

    host.stop();
    stack.stop();
    Logger::uninstall();
    const QString log = data.filePath(u"growth-engine.log"_s);
    QVERIFY(QFileInfo(log).size() > 0);
    QVERIFY(fileContains(log, "createRecord"));
    const QList<QByteArray> secrets = secretNeedles(appPassword, *session);
    QString where;
    QVERIFY2(!anyFileContains(data.path(), secrets, &where), qPrintable(where));
    QVERIFY2(!anyFileContains(home.path(), secrets, &where), qPrintable(where));

    // Clean up: log out (deleteSession + keychain removal).
    SessionManager sessions(m_client.get(), &keychain);
    StatusWaiter out;
    sessions.logout(session->did, out.cb());
    QVERIFY(out.wait());
}

void TstAtprotoNetwork::rateLimitHeadersAndReal429()
{
    if (!m_rl)
        QFAIL("rate-limited network not running (ctest fixture atproto_network_rl_start)");
    const QJsonObject alice = m_rl->account(u"alice"_s);
    Waiter<net::HttpResponse> d;
    m_client->query(XrpcTarget::pds(m_rl->pds()), u"com.atproto.server.describeServer"_s, {}, d.cb());
    QVERIFY(d.wait());
    QVERIFY(d.result().ok());
    QVERIFY(!d.result()->header("RateLimit-Limit").isEmpty());
    QVERIFY(!d.result()->header("RateLimit-Remaining").isEmpty());
    QVERIFY(d.result()->header("RateLimit-Reset").toLongLong() > 1'700'000'000);
    QVERIFY(d.result()->header("RateLimit-Policy").contains(";w="));

    // createSession is limited to 30 per 5 minutes: the 31st at the latest is a real 429.
    std::optional<Error> limited;
    int calls = 0;
    for (; calls < 40 && !limited; ++calls) {
        Waiter<Session> w;
        m_client->createSession(m_rl->pds(), u"alice.test"_s, alice.value(u"password"_s).toString(), w.cb());
        QVERIFY(w.wait());
        if (!w.result().ok()) {
            QCOMPARE(w.result().error().httpStatus, 429);
            limited = w.result().error();
        }
    }
    QVERIFY2(limited.has_value(), "no 429 after 40 createSession calls");
    qInfo("429 after %d createSession calls", calls);
    QCOMPARE(toString(limited->category), toString(ErrorCategory::RateLimited));
    QCOMPARE(limited->xrpcError, u"RateLimitExceeded"_s);
    QVERIFY(limited->retryable);
    QVERIFY(limited->retryAfter.has_value());
    QVERIFY(limited->retryAfter->count() > 0);
}

void TstAtprotoNetwork::networkStoppedMidTest()
{
    if (!m_rl)
        QFAIL("rate-limited network not running (ctest fixture atproto_network_rl_start)");
    // Works before ...
    Waiter<Profile> before;
    m_client->getProfile(XrpcTarget::appView(m_rl->appview()), u"alice.test"_s, before.cb());
    QVERIFY(before.wait());
    QVERIFY2(before.result().ok(), qPrintable(why(before.result())));
    // ... then the whole network goes away mid-test.
    QFile pidFile(m_rl->stateDir + u"/pid"_s);
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    QVERIFY(pid > 0);
    QVERIFY(::kill(pid_t(pid), SIGTERM) == 0);
    QVERIFY(QTest::qWaitFor([pid] { return ::kill(pid_t(pid), 0) != 0; }, 60000));

    // Failures are typed network errors, then the breaker of that AppView opens and fails fast.
    QList<ErrorCategory> seen;
    for (int i = 0; i < 5; ++i) {
        Waiter<Profile> w;
        m_client->getProfile(XrpcTarget::appView(m_rl->appview()), u"alice.test"_s, w.cb());
        QVERIFY(w.wait());
        QVERIFY(!w.result().ok());
        seen << w.result().error().category;
    }
    QCOMPARE(toString(seen.first()), toString(ErrorCategory::Network));
    QCOMPARE(toString(seen.last()), toString(ErrorCategory::CircuitOpen));
    // The other network is unaffected (breakers are per host).
    Waiter<Profile> other;
    m_client->getProfile(XrpcTarget::appView(m_net->appview()), u"alice.test"_s, other.cb());
    QVERIFY(other.wait());
    QVERIFY(other.result().ok());
}

int main(int argc, char **argv)
{
    if (const std::optional<int> rc = ge::test::rerunInKeyringSession(argc, argv))
        return *rc;
    QCoreApplication app(argc, argv);
    TstAtprotoNetwork tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_atproto_network.moc"
