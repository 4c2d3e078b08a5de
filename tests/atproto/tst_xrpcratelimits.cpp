// Repo writes draw their points from the writing account's rate-limit buckets (create 3,
// delete 1), createSession from its own bucket; the PDS's RateLimit-* headers and a 429's
// Retry-After act on those buckets. Wired through NetworkHost's shared helpers, which the app's
// network thread and the `account` command line both use; the command line's budgets persist
// in the database, so a 429 pause outlives the process.
#include "FakeXrpcServer.h"
#include "CallbackWaiter.h"
#include "TestSupport.h"

#include "atproto/XrpcClient.h"
#include "config/AppConfig.h"
#include "net/HttpClient.h"
#include "reliability/RateLimiter.h"
#include "reliability/ReliabilityStack.h"
#include "runtime/NetworkHost.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ge;
using namespace ge::atproto;
using ge::reliability::RateLimiter;
using ge::test::FakeXrpcServer;

namespace {

const QString kDid = u"did:plc:ratelimitedaccount0000000"_s;

using ge::test::Waiter;

using ge::test::StatusWaiter;

QHttpServerResponse created()
{
    return FakeXrpcServer::json(QJsonObject{{u"uri"_s, QString(u"at://"_s + kDid + u"/app.bsky.graph.follow/3jzfcijpj2z2a"_s)},
                                            {u"cid"_s, u"bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a"_s}});
}

QJsonObject follow()
{
    return QJsonObject{{u"$type"_s, u"app.bsky.graph.follow"_s},
                       {u"subject"_s, u"did:plc:bob"_s},
                       {u"createdAt"_s, u"2026-01-01T00:00:00.000Z"_s}};
}

// The app binary, run without blocking this thread's event loop (the fake server lives here).
struct AppRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

AppRun runAppServing(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    p.start(ge::test::appBinary(), args);
    AppRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TstXrpcRateLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void writesSpendAccountPoints();
    void serverHeadersCapTheNextWrite();
    void retryAfterPausesTheAccountsWrites();
    void cliUsesTheSharedReliabilityStack();

private:
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch() * 1000};
    AppConfig m_config;
    std::unique_ptr<FakeXrpcServer> m_server;
    std::unique_ptr<reliability::ReliabilityStack> m_stack;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<XrpcClient> m_client;
};

void TstXrpcRateLimits::init()
{
    m_server = std::make_unique<FakeXrpcServer>();
    QVERIFY(m_server->port() != 0);
    m_stack = std::make_unique<reliability::ReliabilityStack>(m_config, m_clock);
    m_http = std::make_unique<net::HttpClient>(runtime::NetworkHost::httpDeps(m_stack.get(), m_clock));
    m_client = std::make_unique<XrpcClient>(m_http.get(), runtime::NetworkHost::xrpcOptions(m_config, m_stack.get()));
}

void TstXrpcRateLimits::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_stack.reset();
    m_server.reset();
}

void TstXrpcRateLimits::writesSpendAccountPoints()
{
    m_server->on(u"com.atproto.repo.createRecord"_s, [](const QHttpServerRequest &) { return created(); });
    m_server->on(u"com.atproto.repo.deleteRecord"_s,
                 [](const QHttpServerRequest &) { return FakeXrpcServer::json(QByteArray("{}")); });
    m_server->on(u"app.bsky.actor.getProfile"_s, [](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QJsonObject{{u"did"_s, kDid}, {u"handle"_s, u"me.test"_s}});
    });
    m_server->on(u"com.atproto.server.createSession"_s, [](const QHttpServerRequest &) {
        return FakeXrpcServer::error(401, "AuthenticationRequired", "Invalid identifier or password");
    });
    const XrpcTarget pds = XrpcTarget::pds(m_server->url(), u"jwt"_s);
    RateLimiter &limiter = m_stack->limiter();
    QVERIFY(!limiter.hasBucket(RateLimiter::writesHourBucket(kDid)));

    Waiter<CreatedRecord> c;
    m_client->createRecord(pds, kDid, u"app.bsky.graph.follow"_s, follow(), c.cb());
    QVERIFY(c.wait());
    QVERIFY2(c.result().ok(), qPrintable(c.result().ok() ? QString() : c.result().error().summary()));
    // The account's buckets were added on first use (headroom from the configuration).
    QVERIFY(limiter.hasBucket(RateLimiter::writesHourBucket(kDid)));
    QCOMPARE(limiter.snapshot(RateLimiter::writesHourBucket(kDid)).used, 3);
    QCOMPARE(limiter.snapshot(RateLimiter::writesDayBucket(kDid)).used, 3);

    StatusWaiter d;
    m_client->deleteRecord(pds, kDid, u"app.bsky.graph.follow"_s, u"3jzfcijpj2z2a"_s, d.cb());
    QVERIFY(d.wait());
    QVERIFY(d.result().ok());
    QCOMPARE(limiter.snapshot(RateLimiter::writesHourBucket(kDid)).used, 4);
    QCOMPARE(limiter.snapshot(RateLimiter::writesDayBucket(kDid)).used, 4);

    // Reads are not writes.
    Waiter<Profile> p;
    m_client->getProfile(pds, kDid, p.cb());
    QVERIFY(p.wait());
    QCOMPARE(limiter.snapshot(RateLimiter::writesHourBucket(kDid)).used, 4);

    // A login spends from the createSession bucket (even when refused: the server counted it).
    const qint64 before = limiter.snapshot(RateLimiter::createSessionBucket()).used;
    Waiter<Session> s;
    m_client->createSession(m_server->url(), u"me.test"_s, u"wrong"_s, s.cb());
    QVERIFY(s.wait());
    QVERIFY(!s.result().ok());
    QCOMPARE(limiter.snapshot(RateLimiter::createSessionBucket()).used, before + 1);
}

void TstXrpcRateLimits::serverHeadersCapTheNextWrite()
{
    const qint64 resetSecs = m_clock.nowUs() / 1'000'000 + 3600;
    m_server->on(u"com.atproto.repo.createRecord"_s, [resetSecs](const QHttpServerRequest &) {
        QHttpServerResponse r = created();
        r.setHeader("RateLimit-Limit", "5000");
        r.setHeader("RateLimit-Remaining", "2");
        r.setHeader("RateLimit-Reset", QByteArray::number(resetSecs));
        r.setHeader("RateLimit-Policy", "5000;w=3600");
        return r;
    });
    const XrpcTarget pds = XrpcTarget::pds(m_server->url(), u"jwt"_s);
    Waiter<CreatedRecord> first;
    m_client->createRecord(pds, kDid, u"app.bsky.graph.follow"_s, follow(), first.cb());
    QVERIFY(first.wait());
    QVERIFY(first.result().ok());
    const auto hour = m_stack->limiter().snapshot(RateLimiter::writesHourBucket(kDid));
    QCOMPARE(hour.serverRemaining.value_or(-1), 2);

    // 2 points left on the server's word: a create (3) is refused here, without a request.
    Waiter<CreatedRecord> second;
    m_client->createRecord(pds, kDid, u"app.bsky.graph.follow"_s, follow(), second.cb());
    QVERIFY(second.wait());
    QVERIFY(!second.result().ok());
    QCOMPARE(toString(second.result().error().category), toString(ErrorCategory::RateLimited));
    QVERIFY(second.result().error().retryAfter.has_value());
    QCOMPARE(m_server->count(u"com.atproto.repo.createRecord"_s), 1);
}

void TstXrpcRateLimits::retryAfterPausesTheAccountsWrites()
{
    m_server->on(u"com.atproto.repo.createRecord"_s, [](const QHttpServerRequest &) {
        QHttpServerResponse r = FakeXrpcServer::error(429, "RateLimitExceeded", "Rate Limit Exceeded");
        r.setHeader("Retry-After", "120");
        return r;
    });
    m_server->on(u"com.atproto.repo.deleteRecord"_s,
                 [](const QHttpServerRequest &) { return FakeXrpcServer::json(QByteArray("{}")); });
    const XrpcTarget pds = XrpcTarget::pds(m_server->url(), u"jwt"_s);
    Waiter<CreatedRecord> c;
    m_client->createRecord(pds, kDid, u"app.bsky.graph.follow"_s, follow(), c.cb());
    QVERIFY(c.wait());
    QVERIFY(!c.result().ok());
    QCOMPARE(toString(c.result().error().category), toString(ErrorCategory::RateLimited));
    QCOMPARE(c.result().error().retryAfter.value_or(std::chrono::milliseconds(0)).count(), 120'000);
    QCOMPARE(m_server->count(u"com.atproto.repo.createRecord"_s), 1); // a write is not retried blindly

    // The account's writes wait for the reset: a delete is refused without a request ...
    StatusWaiter d;
    m_client->deleteRecord(pds, kDid, u"app.bsky.graph.follow"_s, u"3jzfcijpj2z2a"_s, d.cb());
    QVERIFY(d.wait());
    QVERIFY(!d.result().ok());
    QCOMPARE(toString(d.result().error().category), toString(ErrorCategory::RateLimited));
    QCOMPARE(m_server->count(u"com.atproto.repo.deleteRecord"_s), 0);
    // ... another account's are not affected ...
    StatusWaiter other;
    m_client->deleteRecord(pds, u"did:plc:someoneelse0000000000000"_s, u"app.bsky.graph.follow"_s,
                           u"3jzfcijpj2z2a"_s, other.cb());
    QVERIFY(other.wait());
    QVERIFY(other.result().ok());
    // ... and after the reset it goes through.
    m_clock.advanceMs(121'000);
    StatusWaiter later;
    m_client->deleteRecord(pds, kDid, u"app.bsky.graph.follow"_s, u"3jzfcijpj2z2a"_s, later.cb());
    QVERIFY(later.wait());
    QVERIFY2(later.result().ok(), qPrintable(later.result().ok() ? QString() : later.result().error().summary()));
}

void TstXrpcRateLimits::cliUsesTheSharedReliabilityStack()
{
    // A PDS whose createSession answers 429 (Retry-After 300): the first run spends its login
    // and gets the 429; the second run must be refused by the persisted pause, without a request.
    const QString did = u"did:plc:clilimitedaccount00000000"_s;
    m_server->on(u"com.atproto.identity.resolveHandle"_s, [did](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QJsonObject{{u"did"_s, did}});
    });
    const QUrl url = m_server->url();
    m_server->onPath(u"/"_s + did, [did, url](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QJsonObject{
            {u"id"_s, did},
            {u"alsoKnownAs"_s, QJsonArray{u"at://cli.example"_s}},
            {u"service"_s, QJsonArray{QJsonObject{{u"id"_s, u"#atproto_pds"_s},
                                                  {u"type"_s, u"AtprotoPersonalDataServer"_s},
                                                  {u"serviceEndpoint"_s, url.toString()}}}}});
    });
    m_server->on(u"com.atproto.server.createSession"_s, [](const QHttpServerRequest &) {
        QHttpServerResponse r = FakeXrpcServer::error(429, "RateLimitExceeded", "Rate Limit Exceeded");
        r.setHeader("Retry-After", "300");
        r.setHeader("RateLimit-Limit", "30");
        r.setHeader("RateLimit-Remaining", "0");
        r.setHeader("RateLimit-Policy", "30;w=300");
        return r;
    });
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QStringList args{u"account"_s, u"add"_s, u"cli.example"_s, u"--password-stdin"_s,
                           u"--data-dir"_s, data.path(), u"--appview"_s, url.toString(),
                           u"--plc"_s, url.toString()};
    const AppRun first = runAppServing(args, "abcd-efgh-ijkl-mnop\n");
    QVERIFY2(first.exitCode == 5, first.err.constData());
    QCOMPARE(m_server->count(u"com.atproto.server.createSession"_s), 1);

    // The pause is in the database the app shares ...
    {
        auto conn = storage::DbConnection::open(
            storage::DatabaseConfig::sqlite(data.filePath(storage::DatabaseConfig::defaultFileName())), u"tst-rl"_s,
            storage::OpenMode::ReadOnly);
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().summary()));
        auto paused = (*conn)->scalar(u"SELECT paused_until_us FROM rate_limit_buckets WHERE bucket = ?"_s,
                                      {RateLimiter::createSessionBucket()});
        QVERIFY(paused.ok());
        QVERIFY(paused->isValid());
        QVERIFY(paused->toLongLong() > QDateTime::currentMSecsSinceEpoch() * 1000 + 200LL * 1000 * 1000);
    }
    // ... so the next run is refused before it reaches the PDS.
    const AppRun second = runAppServing(args, "abcd-efgh-ijkl-mnop\n");
    QVERIFY2(second.exitCode == 5, second.err.constData());
    QCOMPARE(m_server->count(u"com.atproto.server.createSession"_s), 1);
    QVERIFY(!second.err.contains("abcd-efgh-ijkl-mnop"));
}

QTEST_GUILESS_MAIN(TstXrpcRateLimits)
#include "tst_xrpcratelimits.moc"
