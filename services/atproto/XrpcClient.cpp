#include "atproto/XrpcClient.h"

#include "atproto/Syntax.h"
#include "atproto/XrpcParsers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <memory>

Q_LOGGING_CATEGORY(lcAtproto, "ge.atproto")

using namespace Qt::StringLiterals;

namespace ge::atproto {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("XrpcClient", text); }

template <typename T, typename Parser>
Callback<net::HttpResponse> parsed(Callback<T> done, Parser parser)
{
    return [done = std::move(done), parser](Result<net::HttpResponse> r) {
        if (!r) {
            done(r.error());
            return;
        }
        done(parser(r->body));
    };
}

void addCursor(QUrlQuery &q, int limit, const QString &cursor)
{
    if (limit > 0)
        q.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, 100)));
    if (!cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, cursor);
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == u"localhost" || h.endsWith(u".localhost"))
        return true;
    QHostAddress addr;
    if (!addr.setAddress(h))
        return false;
    return addr.isLoopback();
}

Status checkTransport(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error::config(tr("The server address \"%1\" is not a valid URL")
                                 .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && isLoopbackHost(url.host()))
        return {};
    if (url.scheme() == u"http")
        return Error::config(tr("Refusing plain HTTP to %1: only HTTPS is allowed, except to this computer "
                                "(localhost, 127.0.0.0/8, ::1)")
                                 .arg(url.host()));
    return Error::config(tr("Unsupported URL scheme \"%1\" in %2 (use https)")
                             .arg(url.scheme(), url.toDisplayString(QUrl::RemoveUserInfo)));
}

XrpcClient::XrpcClient(net::HttpClient *http, Options options, QObject *parent)
    : QObject(parent), m_http(http), m_options(std::move(options))
{
}

XrpcClient::XrpcClient(net::HttpClient *http, QObject *parent) : XrpcClient(http, Options{}, parent) {}

std::optional<Error> XrpcClient::classify(const net::HttpResponse &response)
{
    std::optional<Error> e = net::defaultResponseClassifier(response);
    if (!e)
        return e;
    const auto body = parse::xrpcErrorBody(response.body);
    if (!body)
        return e;
    e->xrpcError = body->error;
    if (e->category != ErrorCategory::RateLimited && response.status < 500)
        e->category = ErrorCategory::Xrpc;
    // The server's message is shown as is: it never carries our secrets.
    e->message = body->message.isEmpty() ? body->error : body->error + u": "_s + body->message;
    return e;
}

net::HttpPolicy XrpcClient::policyFor(const XrpcTarget &target, const QString &nsid, bool write, int points,
                                      const QString &repo) const
{
    net::HttpPolicy p;
    const QString host = target.base.host() + u':' + QString::number(target.base.port(target.base.scheme() == u"https" ? 443 : 80));
    p.dependency = target.dependency + u':' + host;
    p.retry = write ? m_options.writeRetry : m_options.readRetry;
    p.connectTimeout = m_options.connectTimeout;
    p.totalTimeout = m_options.totalTimeout;
    p.points = points;
    p.classify = &XrpcClient::classify;
    p.breakerFailure = [](const Error &e) {
        return e.category == ErrorCategory::Network || e.category == ErrorCategory::Timeout || e.httpStatus >= 500;
    };
    if (m_options.adjustPolicy)
        m_options.adjustPolicy(p, XrpcCallInfo{nsid, target.dependency, target.base.host(), write, points, repo});
    return p;
}

void XrpcClient::send(net::HttpMethod method, const XrpcTarget &target, const QString &nsid, const QUrlQuery &params,
                      const QByteArray &body, const QString &bearer, bool write, int points,
                      const QString &repo, Callback<net::HttpResponse> done)
{
    const Status transport = checkTransport(target.base);
    if (!transport) {
        QMetaObject::invokeMethod(this, [done, e = transport.error()] { done(e); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = target.base;
    url.setPath(u"/xrpc/"_s + nsid);
    url.setQuery(params);
    url.setFragment({});
    net::HttpRequest req;
    req.url = url;
    req.endpoint = nsid;
    req.idempotent = method == net::HttpMethod::Get;
    const QString token = bearer.isEmpty() ? target.accessJwt : bearer;
    if (!token.isEmpty())
        req.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()});
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (method == net::HttpMethod::Post && !body.isNull())
        req.contentType = QByteArrayLiteral("application/json");
    qCDebug(lcAtproto) << "xrpc" << nsid << "->" << target.base.host();
    m_http->send(method, req, body, policyFor(target, nsid, write, points, repo),
                 [done = std::move(done)](Result<net::HttpResponse> r) { done(std::move(r)); });
}

void XrpcClient::query(const XrpcTarget &target, const QString &nsid, const QUrlQuery &params,
                       Callback<net::HttpResponse> done)
{
    send(net::HttpMethod::Get, target, nsid, params, {}, {}, false, 1, {}, std::move(done));
}

void XrpcClient::procedure(const XrpcTarget &target, const QString &nsid, const QJsonObject &input,
                           Callback<net::HttpResponse> done, const QString &bearer, bool hasBody)
{
    const bool write = nsid == u"com.atproto.repo.createRecord" || nsid == u"com.atproto.repo.deleteRecord";
    const int points = nsid == u"com.atproto.repo.createRecord" ? 3 : 1;
    const QByteArray body = hasBody ? QJsonDocument(input).toJson(QJsonDocument::Compact) : QByteArray();
    const QString repo = write ? input.value(u"repo"_s).toString() : QString();
    send(net::HttpMethod::Post, target, nsid, {}, body, bearer, write, points, repo, std::move(done));
}

void XrpcClient::createSession(const QUrl &pds, const QString &identifier, const QString &password,
                               Callback<Session> done)
{
    QJsonObject in{{u"identifier"_s, identifier}, {u"password"_s, password}};
    procedure(XrpcTarget::pds(pds), u"com.atproto.server.createSession"_s, in,
              [done = std::move(done), pds](Result<net::HttpResponse> r) {
                  if (!r) {
                      done(r.error());
                      return;
                  }
                  auto s = parse::session(r->body);
                  if (s && s->pdsUrl.isEmpty())
                      s->pdsUrl = pds;
                  done(std::move(s));
              });
}

void XrpcClient::refreshSession(const QUrl &pds, const QString &refreshJwt, Callback<Session> done)
{
    procedure(XrpcTarget::pds(pds), u"com.atproto.server.refreshSession"_s, {},
              [done = std::move(done), pds](Result<net::HttpResponse> r) {
                  if (!r) {
                      done(r.error());
                      return;
                  }
                  auto s = parse::session(r->body);
                  if (s && s->pdsUrl.isEmpty())
                      s->pdsUrl = pds;
                  done(std::move(s));
              },
              refreshJwt, false);
}

void XrpcClient::getSession(const XrpcTarget &target, Callback<SessionInfo> done)
{
    query(target, u"com.atproto.server.getSession"_s, {}, parsed<SessionInfo>(std::move(done), parse::sessionInfo));
}

void XrpcClient::deleteSession(const QUrl &pds, const QString &refreshJwt, StatusCallback done)
{
    procedure(XrpcTarget::pds(pds), u"com.atproto.server.deleteSession"_s, {},
              [done = std::move(done)](Result<net::HttpResponse> r) {
                  if (!r)
                      done(r.error());
                  else
                      done(Status{});
              },
              refreshJwt, false);
}

void XrpcClient::describeServer(const QUrl &pds, Callback<ServerDescription> done)
{
    query(XrpcTarget::pds(pds), u"com.atproto.server.describeServer"_s, {},
          parsed<ServerDescription>(std::move(done), parse::serverDescription));
}

void XrpcClient::resolveHandle(const XrpcTarget &target, const QString &handle, Callback<QString> done)
{
    if (!syntax::isValidHandle(handle)) {
        QMetaObject::invokeMethod(this, [done, handle] {
            done(Error::validation(tr("\"%1\" is not a valid handle").arg(handle)));
        }, Qt::QueuedConnection);
        return;
    }
    QUrlQuery q;
    q.addQueryItem(u"handle"_s, handle.toLower());
    query(target, u"com.atproto.identity.resolveHandle"_s, q, parsed<QString>(std::move(done), parse::resolvedHandle));
}

void XrpcClient::createRecord(const XrpcTarget &target, const QString &repo, const QString &collection,
                              const QJsonObject &record, Callback<CreatedRecord> done)
{
    QJsonObject in{{u"repo"_s, repo}, {u"collection"_s, collection}, {u"record"_s, record}};
    procedure(target, u"com.atproto.repo.createRecord"_s, in, parsed<CreatedRecord>(std::move(done), parse::createdRecord));
}

void XrpcClient::deleteRecord(const XrpcTarget &target, const QString &repo, const QString &collection,
                              const QString &rkey, StatusCallback done)
{
    QJsonObject in{{u"repo"_s, repo}, {u"collection"_s, collection}, {u"rkey"_s, rkey}};
    procedure(target, u"com.atproto.repo.deleteRecord"_s, in, [done = std::move(done)](Result<net::HttpResponse> r) {
        if (!r)
            done(r.error());
        else
            done(parse::deletedRecord(r->body));
    });
}

void XrpcClient::listRecords(const XrpcTarget &target, const QString &repo, const QString &collection, int limit,
                             const QString &cursor, Callback<RecordPage> done)
{
    QUrlQuery q;
    q.addQueryItem(u"repo"_s, repo);
    q.addQueryItem(u"collection"_s, collection);
    addCursor(q, limit, cursor);
    query(target, u"com.atproto.repo.listRecords"_s, q, parsed<RecordPage>(std::move(done), parse::recordPage));
}

void XrpcClient::getProfile(const XrpcTarget &target, const QString &actor, Callback<Profile> done)
{
    QUrlQuery q;
    q.addQueryItem(u"actor"_s, actor);
    query(target, u"app.bsky.actor.getProfile"_s, q, parsed<Profile>(std::move(done), parse::profile));
}

void XrpcClient::getProfiles(const XrpcTarget &target, const QStringList &actors, Callback<QList<Profile>> done)
{
    constexpr int batchSize = 25;
    struct State
    {
        QList<QList<Profile>> batches;
        int pending = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    const qsizetype n = (actors.size() + batchSize - 1) / batchSize;
    if (n == 0) {
        QMetaObject::invokeMethod(this, [done] { done(QList<Profile>{}); }, Qt::QueuedConnection);
        return;
    }
    state->batches.resize(n);
    state->pending = int(n);
    for (qsizetype b = 0; b < n; ++b) {
        QUrlQuery q;
        for (const QString &a : actors.mid(b * batchSize, batchSize))
            q.addQueryItem(u"actors"_s, a);
        query(target, u"app.bsky.actor.getProfiles"_s, q, [state, b, done](Result<net::HttpResponse> r) {
            if (state->failed)
                return;
            Result<QList<Profile>> p = r ? parse::profiles(r->body) : Result<QList<Profile>>(r.error());
            if (!p) {
                state->failed = true;
                done(p.error());
                return;
            }
            state->batches[b] = *p;
            if (--state->pending == 0) {
                QList<Profile> all;
                for (const auto &batch : std::as_const(state->batches))
                    all += batch;
                done(all);
            }
        });
    }
}

void XrpcClient::getFollowers(const XrpcTarget &target, const QString &actor, int limit, const QString &cursor,
                              Callback<ProfilePage> done)
{
    QUrlQuery q;
    q.addQueryItem(u"actor"_s, actor);
    addCursor(q, limit, cursor);
    query(target, u"app.bsky.graph.getFollowers"_s, q, parsed<ProfilePage>(std::move(done), parse::followers));
}

void XrpcClient::getFollows(const XrpcTarget &target, const QString &actor, int limit, const QString &cursor,
                            Callback<ProfilePage> done)
{
    QUrlQuery q;
    q.addQueryItem(u"actor"_s, actor);
    addCursor(q, limit, cursor);
    query(target, u"app.bsky.graph.getFollows"_s, q, parsed<ProfilePage>(std::move(done), parse::follows));
}

void XrpcClient::getRelationships(const XrpcTarget &target, const QString &actor, const QStringList &others,
                                  Callback<Relationships> done)
{
    constexpr int batchSize = 30;
    struct State
    {
        QList<QList<Relationship>> batches;
        QString actor;
        int pending = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    const qsizetype n = std::max<qsizetype>(1, (others.size() + batchSize - 1) / batchSize);
    state->batches.resize(n);
    state->pending = int(n);
    for (qsizetype b = 0; b < n; ++b) {
        QUrlQuery q;
        q.addQueryItem(u"actor"_s, actor);
        for (const QString &o : others.mid(b * batchSize, batchSize))
            q.addQueryItem(u"others"_s, o);
        query(target, u"app.bsky.graph.getRelationships"_s, q, [state, b, done](Result<net::HttpResponse> r) {
            if (state->failed)
                return;
            Result<Relationships> p = r ? parse::relationships(r->body) : Result<Relationships>(r.error());
            if (!p) {
                state->failed = true;
                done(p.error());
                return;
            }
            state->batches[b] = p->relationships;
            state->actor = p->actor;
            if (--state->pending == 0) {
                Relationships all;
                all.actor = state->actor;
                for (const auto &batch : std::as_const(state->batches))
                    all.relationships += batch;
                done(all);
            }
        });
    }
}

void XrpcClient::getAuthorFeed(const XrpcTarget &target, const QString &actor, int limit, const QString &cursor,
                               Callback<FeedPage> done, const QString &filter)
{
    QUrlQuery q;
    q.addQueryItem(u"actor"_s, actor);
    addCursor(q, limit, cursor);
    if (!filter.isEmpty())
        q.addQueryItem(u"filter"_s, filter);
    query(target, u"app.bsky.feed.getAuthorFeed"_s, q, parsed<FeedPage>(std::move(done), parse::authorFeed));
}

void XrpcClient::listNotifications(const XrpcTarget &target, int limit, const QString &cursor,
                                   Callback<NotificationPage> done)
{
    QUrlQuery q;
    addCursor(q, limit, cursor);
    query(target, u"app.bsky.notification.listNotifications"_s, q,
          parsed<NotificationPage>(std::move(done), parse::notifications));
}

void XrpcClient::pageAll(const XrpcTarget &target, const QString &nsid, const QString &actor, int maxPages,
                         Callback<QList<Profile>> done)
{
    struct State
    {
        QList<Profile> all;
        int pages = 0;
        std::function<void(const QString &)> next;
    };
    auto state = std::make_shared<State>();
    QPointer<XrpcClient> self(this);
    const bool followers = nsid == u"app.bsky.graph.getFollowers";
    state->next = [self, state, target, actor, maxPages, done, followers](const QString &cursor) {
        if (!self)
            return;
        auto onPage = [state, maxPages, done](Result<ProfilePage> page) {
            if (!page) {
                state->next = nullptr; // break the cycle
                done(page.error());
                return;
            }
            state->all += page->profiles;
            ++state->pages;
            if (!page->cursor || page->cursor->isEmpty() || state->pages >= maxPages || page->profiles.isEmpty()) {
                auto all = std::move(state->all);
                state->next = nullptr;
                done(std::move(all));
                return;
            }
            state->next(*page->cursor);
        };
        if (followers)
            self->getFollowers(target, actor, 100, cursor, onPage);
        else
            self->getFollows(target, actor, 100, cursor, onPage);
    };
    state->next({});
}

void XrpcClient::getAllFollowers(const XrpcTarget &target, const QString &actor, Callback<QList<Profile>> done,
                                 int maxPages)
{
    pageAll(target, u"app.bsky.graph.getFollowers"_s, actor, maxPages, std::move(done));
}

void XrpcClient::getAllFollows(const XrpcTarget &target, const QString &actor, Callback<QList<Profile>> done,
                               int maxPages)
{
    pageAll(target, u"app.bsky.graph.getFollows"_s, actor, maxPages, std::move(done));
}

} // namespace ge::atproto
