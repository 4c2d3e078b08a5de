#pragma once

#include "atproto/XrpcTypes.h"
#include "core/Result.h"
#include "net/HttpClient.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QUrlQuery>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcAtproto)

namespace ge::atproto {

template <typename T>
using Callback = std::function<void(Result<T>)>;
using StatusCallback = std::function<void(Status)>;

// Where an XRPC call goes and with which credentials. `dependency` names the breaker family
// ("pds", "appview", "plc"); the breaker is per host: "<dependency>:<host>:<port>".
struct XrpcTarget
{
    QUrl base;          // https://host[:port] (path ignored); plain http only to loopback
    QString accessJwt;  // empty: unauthenticated
    QString dependency = QStringLiteral("appview");

    static XrpcTarget appView(const QUrl &url) { return {url, {}, QStringLiteral("appview")}; }
    static XrpcTarget pds(const QUrl &url, const QString &jwt = {}) { return {url, jwt, QStringLiteral("pds")}; }
};

// Transport rule for every base URL: HTTPS, or plain HTTP only to a loopback host
// (localhost, 127.0.0.0/8, ::1). Anything else is a config error with a clear message.
Status checkTransport(const QUrl &url);
bool isLoopbackHost(const QString &host);

// Details of one call, for policy adjustment hooks (rate buckets, retry policy per call).
struct XrpcCallInfo
{
    QString nsid;
    QString dependency;
    QString host;
    bool write = false;   // a repo write (createRecord/deleteRecord)
    int points = 1;       // create 3, delete 1, reads 1
    QString repo;         // writes: the DID of the repository written to (whose write budget pays)
};

// The rate-limiter buckets of a call (an XrpcClient::Options::adjustPolicy hook): repo writes
// draw their points (create 3, delete 1) from the writing account's hourly and daily buckets
// (reliability::RateLimiter::writesHourBucket/writesDayBucket), createSession from the
// createSession bucket. The HttpClient then applies the PDS's RateLimit-* headers to these
// buckets and pauses them on a 429 until Retry-After / RateLimit-Reset. Reads are not limited
// here. Buckets the limiter does not know are ignored by it (see ensureAccountBuckets in the
// network host).
void applyRateLimitBuckets(net::HttpPolicy &policy, const XrpcCallInfo &call);

// Async AT Protocol client. Lives on one thread (the worker that owns the HttpClient) and
// must be called there. Results arrive through callbacks, never from inside the call.
// Every call goes through net::HttpClient (breaker per host, retry, timeouts, rate limiter,
// metrics). Error bodies {"error","message"} become Error{category Xrpc (RateLimited for 429),
// httpStatus, xrpcError}. Malformed success bodies become Error::parse.
class XrpcClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds connectTimeout{5000};
        std::chrono::milliseconds totalTimeout{15000};
        reliability::RetryPolicy readRetry = reliability::RetryPolicy::interactive();
        reliability::RetryPolicy writeRetry = reliability::RetryPolicy::write();
        // Optional: adjust the HTTP policy of a call (e.g. add rate-limiter buckets for writes).
        std::function<void(net::HttpPolicy &, const XrpcCallInfo &)> adjustPolicy;
    };

    XrpcClient(net::HttpClient *http, Options options, QObject *parent = nullptr);
    explicit XrpcClient(net::HttpClient *http, QObject *parent = nullptr);

    net::HttpClient *http() const { return m_http; }

    // Raw calls: GET /xrpc/<nsid>?params and POST /xrpc/<nsid> with a JSON body.
    // `bearer` overrides the target's access token (refreshSession/deleteSession use the refresh JWT).
    void query(const XrpcTarget &target, const QString &nsid, const QUrlQuery &params,
               Callback<net::HttpResponse> done);
    void procedure(const XrpcTarget &target, const QString &nsid, const QJsonObject &input,
                   Callback<net::HttpResponse> done, const QString &bearer = {}, bool hasBody = true);

    // com.atproto.server.*
    void createSession(const QUrl &pds, const QString &identifier, const QString &password, Callback<Session> done);
    void refreshSession(const QUrl &pds, const QString &refreshJwt, Callback<Session> done);
    void getSession(const XrpcTarget &target, Callback<SessionInfo> done);
    void deleteSession(const QUrl &pds, const QString &refreshJwt, StatusCallback done);
    void describeServer(const QUrl &pds, Callback<ServerDescription> done);
    // com.atproto.identity.resolveHandle → DID
    void resolveHandle(const XrpcTarget &target, const QString &handle, Callback<QString> done);
    // com.atproto.repo.*
    void createRecord(const XrpcTarget &target, const QString &repo, const QString &collection,
                      const QJsonObject &record, Callback<CreatedRecord> done);
    void deleteRecord(const XrpcTarget &target, const QString &repo, const QString &collection,
                      const QString &rkey, StatusCallback done);
    void listRecords(const XrpcTarget &target, const QString &repo, const QString &collection, int limit,
                     const QString &cursor, Callback<RecordPage> done);
    // app.bsky.actor.*
    void getProfile(const XrpcTarget &target, const QString &actor, Callback<Profile> done);
    // Any number of actors: split into calls of at most 25, results in request order
    // (actors the AppView does not know are simply absent). Fails if any batch fails.
    void getProfiles(const XrpcTarget &target, const QStringList &actors, Callback<QList<Profile>> done);
    // app.bsky.graph.* (limit 1..100; the last page has no cursor)
    void getFollowers(const XrpcTarget &target, const QString &actor, int limit, const QString &cursor,
                      Callback<ProfilePage> done);
    void getFollows(const XrpcTarget &target, const QString &actor, int limit, const QString &cursor,
                    Callback<ProfilePage> done);
    // Any number of others: batches of at most 30.
    void getRelationships(const XrpcTarget &target, const QString &actor, const QStringList &others,
                          Callback<Relationships> done);
    // app.bsky.feed.getAuthorFeed (filter e.g. "posts_no_replies"; empty: server default)
    void getAuthorFeed(const XrpcTarget &target, const QString &actor, int limit, const QString &cursor,
                       Callback<FeedPage> done, const QString &filter = {});
    // app.bsky.notification.listNotifications (authenticated)
    void listNotifications(const XrpcTarget &target, int limit, const QString &cursor,
                           Callback<NotificationPage> done);

    // Pages through getFollowers/getFollows until there is no cursor (or maxPages is reached).
    void getAllFollowers(const XrpcTarget &target, const QString &actor, Callback<QList<Profile>> done,
                         int maxPages = 1000);
    void getAllFollows(const XrpcTarget &target, const QString &actor, Callback<QList<Profile>> done,
                       int maxPages = 1000);

    // Turns a non-2xx response into the typed error (exposed for tests and other callers).
    static std::optional<Error> classify(const net::HttpResponse &response);

private:
    net::HttpPolicy policyFor(const XrpcTarget &target, const QString &nsid, bool write, int points,
                              const QString &repo) const;
    void send(net::HttpMethod method, const XrpcTarget &target, const QString &nsid, const QUrlQuery &params,
              const QByteArray &body, const QString &bearer, bool write, int points, const QString &repo,
              Callback<net::HttpResponse> done);
    void pageAll(const XrpcTarget &target, const QString &nsid, const QString &actor, int maxPages,
                 Callback<QList<Profile>> done);

    net::HttpClient *m_http;
    Options m_options;
};

} // namespace ge::atproto
