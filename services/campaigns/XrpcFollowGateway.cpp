#include "campaigns/XrpcFollowGateway.h"
#include "core/BlockingWait.h"

#include "atproto/XrpcClient.h"
#include "atproto/XrpcParsers.h"
#include "campaigns/CampaignLog.h"
#include "reliability/RateLimitHeaders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QThread>

#include <future>

using namespace Qt::StringLiterals;

namespace ge::campaigns {

namespace {

// Runs `start` on the client's thread and blocks this thread until its callback delivers.
template <typename T>
Result<T> callOn(atproto::XrpcClient *client, std::function<void(atproto::Callback<T>)> start)
{
    if (!client)
        return Error::make(ErrorCategory::Internal, QCoreApplication::translate("Campaigns", "No AT Protocol client"));
    Q_ASSERT(client->thread() != QThread::currentThread());
    auto promise = std::make_shared<std::promise<Result<T>>>();
    std::future<Result<T>> future = promise->get_future();
    QMetaObject::invokeMethod(
        client, [start, promise] { start([promise](Result<T> r) { promise->set_value(std::move(r)); }); },
        Qt::QueuedConnection);
    return waitForFuture(future);
}

bool isTokenError(const Error &e)
{
    return e.category == ErrorCategory::Auth || e.xrpcError == "ExpiredToken"_L1 || e.xrpcError == "InvalidToken"_L1;
}

TargetProfile toTarget(const atproto::Profile &p)
{
    TargetProfile t;
    t.did = p.did;
    t.handle = p.handle;
    t.displayName = p.displayName;
    t.avatarUrl = p.avatar;
    t.followersCount = p.followersCount.value_or(-1);
    t.followsCount = p.followsCount.value_or(-1);
    t.postsCount = p.postsCount.value_or(-1);
    t.createdAtUs = p.createdAtUs;
    t.labels = p.labels;
    return t;
}

FollowerView toView(const atproto::Profile &p)
{
    FollowerView v;
    v.profile = toTarget(p);
    v.viewerFollowingUri = p.viewer.following;
    v.blockedBy = p.viewer.blockedBy;
    v.muted = p.viewer.muted;
    return v;
}

ServerRateLimit rateLimitOf(const net::HttpResponse &response, qint64 nowUs)
{
    const reliability::RateLimitInfo info = reliability::parseRateLimitHeaders(
        [&response](QByteArrayView name) { return response.header(name); }, nowUs);
    ServerRateLimit s;
    if (info.limit && info.remaining) {
        s.limit = int(*info.limit);
        s.remaining = int(*info.remaining);
        s.resetUs = info.resetAtUs.value_or(0);
        s.windowSeconds = int(info.windowSeconds.value_or(0));
    }
    return s;
}

} // namespace

XrpcFollowGateway::XrpcFollowGateway(atproto::XrpcClient *client, SessionSource session, const Clock &clock)
    : m_client(client), m_sessionSource(std::move(session)), m_clock(clock)
{
}

Result<GatewaySession> XrpcFollowGateway::session(bool refresh)
{
    if (m_session && !refresh)
        return *m_session;
    auto s = m_sessionSource(refresh);
    if (!s)
        return s.error();
    m_session = *s;
    return *s;
}

// Calls `fn(target)`; on a token error refreshes the session once and calls again. Only used for
// reads and for writes the PDS refused before applying (an auth failure applies nothing).
#define GE_WITH_SESSION(T, CALL)                                                                                  \
    [&]() -> Result<T> {                                                                                          \
        for (int attempt = 0; attempt < 2; ++attempt) {                                                           \
            auto sess = session(attempt > 0);                                                                     \
            if (!sess)                                                                                            \
                return sess.error();                                                                              \
            const atproto::XrpcTarget target = atproto::XrpcTarget::pds(sess->pds, sess->accessJwt);              \
            Result<T> res_ = CALL;                                                                                \
            if (res_.ok() || !isTokenError(res_.error()) || attempt > 0)                                           \
                return res_;                                                                                      \
        }                                                                                                         \
        return Error::make(ErrorCategory::Auth, QStringLiteral("unreachable"));                                   \
    }()

Result<QString> XrpcFollowGateway::resolveAccount(const QString &handleOrDid)
{
    auto s = session();
    if (!s)
        return s.error();
    const QString wanted = handleOrDid.startsWith(QLatin1Char('@')) ? handleOrDid.mid(1) : handleOrDid;
    if (wanted == s->did || wanted.compare(s->handle, Qt::CaseInsensitive) == 0)
        return s->did;
    return Error::validation(QCoreApplication::translate("Campaigns", "%1 is not the signed-in account %2")
                                 .arg(handleOrDid, s->handle));
}

Result<QList<FollowerView>> XrpcFollowGateway::listFollowers(const QString &actorDid)
{
    auto client = m_client.data();
    auto profiles = GE_WITH_SESSION(QList<atproto::Profile>, (callOn<QList<atproto::Profile>>(
        client, [client, target, actorDid](atproto::Callback<QList<atproto::Profile>> done) {
            client->getAllFollowers(target, actorDid, std::move(done));
        })));
    if (!profiles)
        return profiles.error();
    // Blocks are records in our own repository: the truth, like follows.
    QSet<QString> blocked;
    auto blocks = listSubjectRecords(actorDid, u"app.bsky.graph.block"_s);
    if (!blocks)
        return blocks.error();
    for (const FollowRecord &b : *blocks)
        blocked.insert(b.subjectDid);
    QList<FollowerView> out;
    out.reserve(profiles->size());
    for (const atproto::Profile &p : *profiles) {
        FollowerView v = toView(p);
        v.blocking = blocked.contains(p.did);
        out.append(v);
    }
    return out;
}

Result<QList<FollowerView>> XrpcFollowGateway::listFollows(const QString &actorDid)
{
    auto client = m_client.data();
    auto profiles = GE_WITH_SESSION(QList<atproto::Profile>, (callOn<QList<atproto::Profile>>(
        client, [client, target, actorDid](atproto::Callback<QList<atproto::Profile>> done) {
            client->getAllFollows(target, actorDid, std::move(done));
        })));
    if (!profiles)
        return profiles.error();
    QList<FollowerView> out;
    for (const atproto::Profile &p : *profiles)
        out.append(toView(p));
    return out;
}

Result<QList<FollowRecord>> XrpcFollowGateway::listSubjectRecords(const QString &repoDid, const QString &collection)
{
    auto client = m_client.data();
    QList<FollowRecord> out;
    QString cursor;
    for (int page = 0; page < 100000; ++page) {
        auto r = GE_WITH_SESSION(atproto::RecordPage, (callOn<atproto::RecordPage>(
            client, [client, target, repoDid, collection, cursor](atproto::Callback<atproto::RecordPage> done) {
                client->listRecords(target, repoDid, collection, 100, cursor, std::move(done));
            })));
        if (!r)
            return r.error();
        for (const atproto::RecordEntry &e : r->records)
            out.append({e.uri, e.value.value(u"subject"_s).toString()});
        if (!r->cursor || r->cursor->isEmpty() || r->records.isEmpty())
            return out;
        cursor = *r->cursor;
    }
    return out;
}

Result<QList<FollowRecord>> XrpcFollowGateway::listFollowRecords(const QString &repoDid)
{
    return listSubjectRecords(repoDid, QString(kFollowCollection));
}

Result<QList<TargetProfile>> XrpcFollowGateway::getProfiles(const QStringList &dids)
{
    auto client = m_client.data();
    auto profiles = GE_WITH_SESSION(QList<atproto::Profile>, (callOn<QList<atproto::Profile>>(
        client, [client, target, dids](atproto::Callback<QList<atproto::Profile>> done) {
            client->getProfiles(target, dids, std::move(done));
        })));
    if (!profiles)
        return profiles.error();
    QList<TargetProfile> out;
    for (const atproto::Profile &p : *profiles)
        out.append(toTarget(p));
    return out;
}

Result<qint64> XrpcFollowGateway::lastPostTime(const QString &actorDid)
{
    auto client = m_client.data();
    auto feed = GE_WITH_SESSION(atproto::FeedPage, (callOn<atproto::FeedPage>(
        client, [client, target, actorDid](atproto::Callback<atproto::FeedPage> done) {
            client->getAuthorFeed(target, actorDid, 10, {}, std::move(done), u"posts_with_replies"_s);
        })));
    if (!feed)
        return feed.error();
    for (const atproto::FeedItem &item : feed->items) {
        if (item.repostedByDid.isEmpty() && item.authorDid == actorDid)
            return item.createdAtUs > 0 ? item.createdAtUs : item.indexedAtUs;
    }
    return qint64(0);
}

Result<WriteResult> XrpcFollowGateway::createFollow(const QString &repoDid, const QString &subjectDid)
{
    auto client = m_client.data();
    const QString createdAt = m_clock.now().toString(Qt::ISODateWithMs);
    const QJsonObject input{{u"repo"_s, repoDid},
                            {u"collection"_s, QString(kFollowCollection)},
                            {u"record"_s, QJsonObject{{u"$type"_s, QString(kFollowCollection)},
                                                      {u"subject"_s, subjectDid},
                                                      {u"createdAt"_s, createdAt}}}};
    auto response = GE_WITH_SESSION(net::HttpResponse, (callOn<net::HttpResponse>(
        client, [client, target, input](atproto::Callback<net::HttpResponse> done) {
            client->procedure(target, u"com.atproto.repo.createRecord"_s, input, std::move(done));
        })));
    if (!response)
        return response.error();
    auto created = atproto::parse::createdRecord(response->body);
    if (!created)
        return created.error(); // a 2xx we cannot read: ambiguous, the engine reconciles
    WriteResult w;
    w.uri = created->uri;
    w.rateLimit = rateLimitOf(*response, m_clock.nowUs());
    return w;
}

Result<WriteResult> XrpcFollowGateway::deleteFollow(const QString &repoDid, const QString &rkey)
{
    auto client = m_client.data();
    const QJsonObject input{{u"repo"_s, repoDid}, {u"collection"_s, QString(kFollowCollection)}, {u"rkey"_s, rkey}};
    auto response = GE_WITH_SESSION(net::HttpResponse, (callOn<net::HttpResponse>(
        client, [client, target, input](atproto::Callback<net::HttpResponse> done) {
            client->procedure(target, u"com.atproto.repo.deleteRecord"_s, input, std::move(done));
        })));
    if (!response)
        return response.error();
    WriteResult w;
    w.rateLimit = rateLimitOf(*response, m_clock.nowUs());
    return w;
}

#undef GE_WITH_SESSION

} // namespace ge::campaigns
