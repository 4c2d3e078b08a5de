// Handle resolution by the handle spec's methods (DNS TXT _atproto.<handle> and HTTPS
// /.well-known/atproto-did, DNS preferred), the bidirectional handle check, the real QDnsLookup
// path against a loopback DNS server speaking the DNS wire format, and handle changes followed
// by DID into the accounts and profiles tables.
#include "FakeXrpcServer.h"
#include "CallbackWaiter.h"
#include "LoopbackDnsServer.h"
#include "TestSupport.h"

#include "accounts/AccountStore.h"
#include "accounts/AccountsService.h"
#include "atproto/DnsTxtLookup.h"
#include "atproto/IdentityResolver.h"
#include "atproto/SessionManager.h"
#include "atproto/XrpcClient.h"
#include "net/HttpClient.h"
#include "secrets/CredentialStore.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ge;
using namespace ge::atproto;
using ge::test::FakeXrpcServer;
using ge::test::LoopbackDnsServer;

namespace {

using ge::test::Waiter;

template <typename T>
QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().summary();
}

// TXT answers from a table, delivered later (never inside the call), like a real lookup.
class FakeTxtLookup : public QObject, public TxtLookup
{
public:
    QHash<QString, Result<QStringList>> answers;
    QStringList asked;
    void lookupTxt(const QString &name, Callback<QStringList> done) override
    {
        asked << name;
        const Result<QStringList> r = answers.value(name, Result<QStringList>(QStringList{}));
        QMetaObject::invokeMethod(this, [done, r] { done(r); }, Qt::QueuedConnection);
    }
};

const QString kDidA = u"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString kDidB = u"did:plc:bbbbbbbbbbbbbbbbbbbbbbbb"_s;

QJsonObject didDoc(const QString &did, const QStringList &handles, const QUrl &pds)
{
    QJsonArray aka;
    for (const QString &h : handles)
        aka.append(QString(u"at://"_s + h));
    return QJsonObject{{u"id"_s, did},
                       {u"alsoKnownAs"_s, aka},
                       {u"service"_s, QJsonArray{QJsonObject{{u"id"_s, u"#atproto_pds"_s},
                                                             {u"type"_s, u"AtprotoPersonalDataServer"_s},
                                                             {u"serviceEndpoint"_s, pds.toString()}}}}};
}

} // namespace

class TstIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void didsFromTxtRecords();
    void dnsTxtWinsOverHttps();
    void conflictingTxtRecordsFail();
    void httpsUsedWhenDnsHasNoRecord();
    void httpsUsedWhenDnsFails();
    void bothMethodsFailIsNotFound();
    void serviceAnswersFirstAndDnsIsNotAsked();
    void serviceUnknownFallsBackToDns();
    void handleMustBeClaimedByDidDocument();
    void didFirstChecksHandleBack();

    void realDnsLookupOnLoopback();

    void handleChangeFollowedByDid();
    void unverifiedHandleIsNotStored();

private:
    IdentityResolver::Options options(bool withService);
    void servePlc(const QString &did, const QStringList &handles);

    std::unique_ptr<FakeXrpcServer> m_server;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<XrpcClient> m_client;
    std::unique_ptr<FakeTxtLookup> m_dns;
    ManualClock m_clock;
};

void TstIdentity::init()
{
    m_server = std::make_unique<FakeXrpcServer>();
    QVERIFY(m_server->port() != 0);
    m_http = std::make_unique<net::HttpClient>(net::HttpClient::Deps{});
    XrpcClient::Options xo;
    xo.readRetry = reliability::RetryPolicy::none();
    m_client = std::make_unique<XrpcClient>(m_http.get(), xo);
    m_dns = std::make_unique<FakeTxtLookup>();
}

void TstIdentity::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_server.reset();
    m_dns.reset();
}

IdentityResolver::Options TstIdentity::options(bool withService)
{
    IdentityResolver::Options o;
    o.handleResolver = withService ? m_server->url() : QUrl();
    o.plcUrl = m_server->url();
    o.wellKnownBase = [this](const QString &) { return m_server->url(); };
    o.dns = m_dns.get();
    return o;
}

void TstIdentity::servePlc(const QString &did, const QStringList &handles)
{
    const QJsonObject doc = didDoc(did, handles, QUrl(u"http://127.0.0.1:9"_s));
    m_server->onPath(u"/"_s + did, [doc](const QHttpServerRequest &) { return FakeXrpcServer::json(doc); });
}

void TstIdentity::didsFromTxtRecords()
{
    QCOMPARE(didsFromTxt({u"v=spf1 -all"_s, u"did="_s + kDidA, u"did="_s + kDidA}), QStringList{kDidA});
    QCOMPARE(didsFromTxt({u"did=not-a-did"_s, u"DID="_s + kDidB}), QStringList{});
    QCOMPARE(didsFromTxt({u"did="_s + kDidA, u"did="_s + kDidB}), (QStringList{kDidA, kDidB}));
}

void TstIdentity::dnsTxtWinsOverHttps()
{
    m_dns->answers.insert(u"_atproto.both.example"_s, QStringList{u"did="_s + kDidA});
    m_server->onPath(u"/.well-known/atproto-did"_s, [](const QHttpServerRequest &) {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), kDidB.toUtf8());
    });
    IdentityResolver resolver(m_client.get(), &m_clock, options(false));
    Waiter<QString> w;
    resolver.resolveHandle(u"Both.Example"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY2(w.result().ok(), qPrintable(why(w.result())));
    QCOMPARE(*w.result(), kDidA);
    QCOMPARE(m_dns->asked, QStringList{u"_atproto.both.example"_s});
}

void TstIdentity::conflictingTxtRecordsFail()
{
    m_dns->answers.insert(u"_atproto.split.example"_s, QStringList{u"did="_s + kDidA, u"did="_s + kDidB});
    m_server->onPath(u"/.well-known/atproto-did"_s, [](const QHttpServerRequest &) {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), kDidA.toUtf8());
    });
    IdentityResolver resolver(m_client.get(), &m_clock, options(false));
    Waiter<QString> w;
    resolver.resolveHandle(u"split.example"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY(!w.result().ok());
    QCOMPARE(toString(w.result().error().category), toString(ErrorCategory::Validation));
    QVERIFY(w.result().error().message.contains(kDidB));
}

void TstIdentity::httpsUsedWhenDnsHasNoRecord()
{
    m_dns->answers.insert(u"_atproto.web.example"_s, QStringList{u"v=spf1 -all"_s}); // no did= record
    m_server->onPath(u"/.well-known/atproto-did"_s, [](const QHttpServerRequest &) {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), kDidB.toUtf8() + "\n");
    });
    IdentityResolver resolver(m_client.get(), &m_clock, options(false));
    Waiter<QString> w;
    resolver.resolveHandle(u"web.example"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY2(w.result().ok(), qPrintable(why(w.result())));
    QCOMPARE(*w.result(), kDidB);
}

void TstIdentity::httpsUsedWhenDnsFails()
{
    m_dns->answers.insert(u"_atproto.web.example"_s, Result<QStringList>(Error::network(u"SERVFAIL"_s)));
    m_server->onPath(u"/.well-known/atproto-did"_s, [](const QHttpServerRequest &) {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), kDidB.toUtf8());
    });
    IdentityResolver resolver(m_client.get(), &m_clock, options(false));
    Waiter<QString> w;
    resolver.resolveHandle(u"web.example"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY2(w.result().ok(), qPrintable(why(w.result())));
    QCOMPARE(*w.result(), kDidB);
}

void TstIdentity::bothMethodsFailIsNotFound()
{
    // No TXT record, and the well-known file holds no DID.
    m_server->onPath(u"/.well-known/atproto-did"_s, [](const QHttpServerRequest &) {
        return QHttpServerResponse(QByteArrayLiteral("text/html"), QByteArrayLiteral("<html>parked</html>"));
    });
    IdentityResolver resolver(m_client.get(), &m_clock, options(false));
    Waiter<QString> w;
    resolver.resolveHandle(u"nobody.example"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY(!w.result().ok());
    QCOMPARE(toString(w.result().error().category), toString(ErrorCategory::NotFound));
    QCOMPARE(m_dns->asked, QStringList{u"_atproto.nobody.example"_s});
}

void TstIdentity::serviceAnswersFirstAndDnsIsNotAsked()
{
    m_server->on(u"com.atproto.identity.resolveHandle"_s, [](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QJsonObject{{u"did"_s, kDidA}});
    });
    IdentityResolver resolver(m_client.get(), &m_clock, options(true));
    Waiter<QString> w;
    resolver.resolveHandle(u"svc.example"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY(w.result().ok());
    QCOMPARE(*w.result(), kDidA);
    QVERIFY(m_dns->asked.isEmpty());
}

void TstIdentity::serviceUnknownFallsBackToDns()
{
    m_server->on(u"com.atproto.identity.resolveHandle"_s, [](const QHttpServerRequest &) {
        return FakeXrpcServer::error(400, "HandleNotFound", "Unable to resolve handle");
    });
    m_dns->answers.insert(u"_atproto.own.example"_s, QStringList{u"did="_s + kDidB});
    IdentityResolver resolver(m_client.get(), &m_clock, options(true));
    Waiter<QString> w;
    resolver.resolveHandle(u"own.example"_s, w.cb());
    QVERIFY(w.wait());
    QVERIFY2(w.result().ok(), qPrintable(why(w.result())));
    QCOMPARE(*w.result(), kDidB);
    QCOMPARE(m_server->count(u"com.atproto.identity.resolveHandle"_s), 1);
}

void TstIdentity::handleMustBeClaimedByDidDocument()
{
    // mallory.example points at A, but A's document claims only alice.example.
    m_dns->answers.insert(u"_atproto.mallory.example"_s, QStringList{u"did="_s + kDidA});
    m_dns->answers.insert(u"_atproto.alice.example"_s, QStringList{u"did="_s + kDidA});
    servePlc(kDidA, {u"alice.example"_s});
    IdentityResolver resolver(m_client.get(), &m_clock, options(false));
    QSignalSpy verified(&resolver, &IdentityResolver::handleVerified);

    Waiter<Identity> bad;
    resolver.resolve(u"mallory.example"_s, bad.cb());
    QVERIFY(bad.wait());
    QVERIFY(!bad.result().ok());
    QCOMPARE(toString(bad.result().error().category), toString(ErrorCategory::Validation));
    QCOMPARE(verified.count(), 0);

    Waiter<Identity> good;
    resolver.resolve(u"Alice.Example"_s, good.cb());
    QVERIFY(good.wait());
    QVERIFY2(good.result().ok(), qPrintable(why(good.result())));
    QCOMPARE(good.result()->did, kDidA);
    QCOMPARE(good.result()->handle, u"alice.example"_s);
    QVERIFY(good.result()->handleVerified);
    QCOMPARE(verified.count(), 1);
    QCOMPARE(verified.at(0).at(0).toString(), kDidA);
    QCOMPARE(verified.at(0).at(1).toString(), u"alice.example"_s);
}

void TstIdentity::didFirstChecksHandleBack()
{
    servePlc(kDidA, {u"alice.example"_s});
    servePlc(kDidB, {u"alice.example"_s}); // B claims a handle that belongs to A
    m_dns->answers.insert(u"_atproto.alice.example"_s, QStringList{u"did="_s + kDidA});
    IdentityResolver resolver(m_client.get(), &m_clock, options(false));

    Waiter<Identity> a;
    resolver.resolve(kDidA, a.cb());
    QVERIFY(a.wait());
    QVERIFY2(a.result().ok(), qPrintable(why(a.result())));
    QVERIFY(a.result()->handleVerified);

    Waiter<Identity> b;
    resolver.resolve(kDidB, b.cb());
    QVERIFY(b.wait());
    QVERIFY2(b.result().ok(), qPrintable(why(b.result())));
    QCOMPARE(b.result()->handle, u"alice.example"_s);
    QVERIFY(!b.result()->handleVerified);
}

void TstIdentity::realDnsLookupOnLoopback()
{
    LoopbackDnsServer dns(53);
    if (!dns.isListening())
        QSKIP(qPrintable(u"cannot bind the loopback DNS server to 127.0.0.1:53 (%1); QDnsLookup only talks to "
                         "port 53, so the real lookup path needs root or CAP_NET_BIND_SERVICE"_s.arg(dns.bindError())));
    // One record split into two character-strings (joined), one unrelated record.
    dns.setTxt(u"_atproto.dns.example"_s, {{QByteArrayLiteral("did=did:plc:aaaaaaaaaa"), QByteArrayLiteral("aaaaaaaaaaaaaa")},
                                           {QByteArrayLiteral("v=spf1 -all")}});
    LoopbackDnsServer::Answer fail;
    fail.rcode = 2; // SERVFAIL
    dns.setAnswer(u"_atproto.broken.example"_s, fail);
    LoopbackDnsServer::Answer silent;
    silent.drop = true;
    dns.setAnswer(u"_atproto.silent.example"_s, silent);

    QtDnsTxtLookup lookup(QHostAddress(QHostAddress::LocalHost), std::chrono::milliseconds(1500));
    Waiter<QStringList> found;
    lookup.lookupTxt(u"_atproto.dns.example"_s, found.cb());
    QVERIFY(found.wait());
    QVERIFY2(found.result().ok(), qPrintable(why(found.result())));
    QCOMPARE(found.result()->size(), 2);
    QVERIFY(found.result()->contains(u"did="_s + kDidA));
    QVERIFY(dns.questions.contains(u"_atproto.dns.example"_s));
    QCOMPARE(dns.questionTypes.constFirst(), quint16(16)); // TXT

    Waiter<QStringList> missing;
    lookup.lookupTxt(u"_atproto.nobody.example"_s, missing.cb());
    QVERIFY(missing.wait());
    QVERIFY2(missing.result().ok(), qPrintable(why(missing.result()))); // NXDOMAIN: no record, not an error
    QVERIFY(missing.result()->isEmpty());

    Waiter<QStringList> broken;
    lookup.lookupTxt(u"_atproto.broken.example"_s, broken.cb());
    QVERIFY(broken.wait());
    QVERIFY(!broken.result().ok());
    QCOMPARE(toString(broken.result().error().category), toString(ErrorCategory::Network));

    Waiter<QStringList> silentResult;
    lookup.lookupTxt(u"_atproto.silent.example"_s, silentResult.cb());
    QVERIFY(silentResult.wait(10000));
    QVERIFY(!silentResult.result().ok());
    QCOMPARE(toString(silentResult.result().error().category), toString(ErrorCategory::Timeout));

    // The whole resolution through the real lookup: DNS TXT → PLC document → PDS.
    servePlc(kDidA, {u"dns.example"_s});
    IdentityResolver::Options o = options(false);
    o.dns = &lookup;
    IdentityResolver resolver(m_client.get(), &m_clock, o);
    Waiter<Identity> id;
    resolver.resolve(u"dns.example"_s, id.cb());
    QVERIFY(id.wait());
    QVERIFY2(id.result().ok(), qPrintable(why(id.result())));
    QCOMPARE(id.result()->did, kDidA);
    QVERIFY(id.result()->handleVerified);
    QCOMPARE(id.result()->pdsUrl, QUrl(u"http://127.0.0.1:9"_s));
}

namespace {

struct AccountsFixture
{
    QTemporaryDir dir;
    std::unique_ptr<storage::DbConnection> conn;
    std::unique_ptr<accounts::AccountStore> store;
    std::unique_ptr<secrets::MemoryCredentialStore> secrets;
    std::unique_ptr<SessionManager> sessions;

    bool open(XrpcClient *client)
    {
        auto c = storage::DbConnection::open(storage::DatabaseConfig::sqlite(dir.filePath(u"ge.sqlite"_s)),
                                             u"tst-identity"_s);
        if (!c)
            return false;
        conn = std::move(*c);
        if (!storage::Migrator().migrate(*conn))
            return false;
        store = std::make_unique<accounts::AccountStore>(*conn);
        secrets = std::make_unique<secrets::MemoryCredentialStore>();
        sessions = std::make_unique<SessionManager>(client, secrets.get());
        return true;
    }
    QString column(const QString &sql, const QString &did)
    {
        auto v = conn->scalar(sql, {did});
        return v && v->isValid() ? v->toString() : QString();
    }
};

} // namespace

void TstIdentity::handleChangeFollowedByDid()
{
    AccountsFixture f;
    QVERIFY(f.open(m_client.get()));
    accounts::Account a;
    a.did = kDidA;
    a.handle = u"old.example"_s;
    a.kind = accounts::AccountKind::Watched;
    a.addedAtUs = 1;
    QVERIFY(f.store->upsert(a));
    // Upstream: A now claims new.example, which resolves back to A.
    servePlc(kDidA, {u"new.example"_s});
    m_dns->answers.insert(u"_atproto.new.example"_s, QStringList{u"did="_s + kDidA});

    IdentityResolver resolver(m_client.get(), &m_clock, options(false));
    accounts::AccountsService service(f.store.get(), &resolver, f.sessions.get(), &m_clock);
    QSignalSpy changed(&service, &accounts::AccountsService::handleChanged);
    Waiter<int> round;
    service.refreshIdentities(round.cb());
    QVERIFY(round.wait());
    QVERIFY2(round.result().ok(), qPrintable(why(round.result())));
    QCOMPARE(*round.result(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.column(u"SELECT handle FROM accounts WHERE did = ?"_s, kDidA), u"new.example"_s);
    QCOMPARE(f.column(u"SELECT handle FROM profiles WHERE did = ?"_s, kDidA), u"new.example"_s);
    // Found by the new handle, still the same account.
    auto found = f.store->find(u"new.example"_s);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->did, kDidA);

    // Any verified resolution (here: a lookup by handle) updates it too; an unchanged handle is no change.
    servePlc(kDidA, {u"newer.example"_s});
    m_dns->answers.insert(u"_atproto.newer.example"_s, QStringList{u"did="_s + kDidA});
    resolver.clearCache();
    Waiter<Identity> byHandle;
    resolver.resolve(u"newer.example"_s, byHandle.cb());
    QVERIFY(byHandle.wait());
    QVERIFY2(byHandle.result().ok(), qPrintable(why(byHandle.result())));
    QCOMPARE(f.column(u"SELECT handle FROM accounts WHERE did = ?"_s, kDidA), u"newer.example"_s);
    QCOMPARE(changed.count(), 2);
    auto again = service.applyVerifiedHandle(kDidA, u"newer.example"_s);
    QVERIFY(again.ok());
    QVERIFY(!*again);
    QCOMPARE(changed.count(), 2);
    // A DID we do not track is not added by a resolution.
    auto stranger = service.applyVerifiedHandle(kDidB, u"someone.example"_s);
    QVERIFY(stranger.ok());
    QVERIFY(!*stranger);
    QVERIFY(f.column(u"SELECT handle FROM accounts WHERE did = ?"_s, kDidB).isEmpty());
}

void TstIdentity::unverifiedHandleIsNotStored()
{
    AccountsFixture f;
    QVERIFY(f.open(m_client.get()));
    accounts::Account a;
    a.did = kDidB;
    a.handle = u"bob.example"_s;
    a.addedAtUs = 1;
    QVERIFY(f.store->upsert(a));
    // B's document claims alice.example, but alice.example resolves to A: not B's handle.
    servePlc(kDidB, {u"alice.example"_s});
    m_dns->answers.insert(u"_atproto.alice.example"_s, QStringList{u"did="_s + kDidA});
    IdentityResolver resolver(m_client.get(), &m_clock, options(false));
    accounts::AccountsService service(f.store.get(), &resolver, f.sessions.get(), &m_clock);
    QSignalSpy changed(&service, &accounts::AccountsService::handleChanged);
    Waiter<int> round;
    service.refreshIdentities(round.cb());
    QVERIFY(round.wait());
    QVERIFY(round.result().ok());
    QCOMPARE(*round.result(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(f.column(u"SELECT handle FROM accounts WHERE did = ?"_s, kDidB), u"bob.example"_s);
}

QTEST_GUILESS_MAIN(TstIdentity)
#include "tst_identity.moc"
