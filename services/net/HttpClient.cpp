#include "net/HttpClient.h"

#include "net/NetLog.h"
#include "reliability/BreakerRegistry.h"
#include "reliability/RateLimitHeaders.h"
#include "reliability/RateLimiter.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace ge::net {

using namespace std::chrono;
using reliability::BreakerPermit;
using reliability::CircuitBreaker;

struct HttpClient::Call
{
    enum class Abort { None, ConnectTimeout, TotalTimeout, TooLarge, Cancelled };

    RequestId id = 0;
    HttpMethod method = HttpMethod::Get;
    HttpRequest request;
    QByteArray body;
    HttpPolicy policy;
    HttpCallback callback;
    QString endpoint;
    int attempt = 0;
    qint64 submittedMs = 0;
    qint64 attemptStartMs = 0;
    QNetworkReply *reply = nullptr;
    QTimer *waitTimer = nullptr;
    QTimer *connectTimer = nullptr;
    QTimer *totalTimer = nullptr;
    CircuitBreaker *breaker = nullptr;
    std::optional<BreakerPermit> permit;
    Abort abort = Abort::None;
    bool requestSent = false;
};

namespace {

Error transportError(QNetworkReply::NetworkError code, const QString &detail, bool *requestMaybeSent)
{
    Error e;
    e.detail = detail;
    e.retryable = true;
    *requestMaybeSent = true;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.category = ErrorCategory::Network;
        e.message = QCoreApplication::translate("HttpClient", "The connection was refused");
        *requestMaybeSent = false;
        break;
    case QNetworkReply::HostNotFoundError:
        e.category = ErrorCategory::Network;
        e.message = QCoreApplication::translate("HttpClient", "The host name could not be resolved");
        *requestMaybeSent = false;
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.category = ErrorCategory::Network;
        e.message = QCoreApplication::translate("HttpClient", "The server closed the connection early");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout
        e.category = ErrorCategory::Timeout;
        e.message = QCoreApplication::translate("HttpClient", "The server did not answer in time");
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        e.category = ErrorCategory::Network;
        e.retryable = false;
        e.message = QCoreApplication::translate("HttpClient", "The secure connection could not be established");
        *requestMaybeSent = false;
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        e.category = ErrorCategory::Network;
        e.message = QCoreApplication::translate("HttpClient", "The network is not available");
        *requestMaybeSent = false;
        break;
    case QNetworkReply::TooManyRedirectsError:
        e.category = ErrorCategory::Network;
        e.retryable = false;
        e.message = QCoreApplication::translate("HttpClient", "Too many redirects");
        break;
    default:
        e.category = ErrorCategory::Network;
        e.message = QCoreApplication::translate("HttpClient", "The request failed on the network");
        break;
    }
    return e;
}

bool isTransportLevel(QNetworkReply::NetworkError code)
{
    // 1–199: connection and proxy errors; 399: protocol failure (malformed response).
    const int c = static_cast<int>(code);
    return (c >= 1 && c < 200) || code == QNetworkReply::ProtocolFailure
        || code == QNetworkReply::ProtocolUnknownError;
}

QString outcomeFor(const Error &e)
{
    switch (e.category) {
    case ErrorCategory::RateLimited: return QStringLiteral("rate_limited");
    case ErrorCategory::Timeout: return e.httpStatus ? QStringLiteral("http_4xx") : QStringLiteral("timeout");
    case ErrorCategory::Network: return QStringLiteral("network");
    case ErrorCategory::CircuitOpen: return QStringLiteral("circuit_open");
    case ErrorCategory::Cancelled: return QStringLiteral("cancelled");
    case ErrorCategory::Parse: return QStringLiteral("parse");
    default: break;
    }
    if (e.httpStatus >= 500)
        return QStringLiteral("http_5xx");
    if (e.httpStatus >= 400)
        return QStringLiteral("http_4xx");
    return QStringLiteral("error");
}

} // namespace

HttpClient::HttpClient(Deps deps, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(deps))
{
    qRegisterMetaType<ge::net::HttpResponse>();
    qRegisterMetaType<ge::Result<ge::net::HttpResponse>>();
    if (!m_deps.clock)
        m_deps.clock = &SystemClock::instance();
    if (!m_deps.random) {
        m_ownRandom = std::make_unique<reliability::SystemRandomSource>();
        m_deps.random = m_ownRandom.get();
    }
    if (m_deps.network) {
        m_network = m_deps.network;
    } else {
        m_network = new QNetworkAccessManager(this);
        m_network->setAutoDeleteReplies(false);
    }
}

HttpClient::~HttpClient()
{
    // Abort silently: callbacks may reference objects that are being destroyed too.
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto &call : calls) {
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
            call->reply->deleteLater();
            call->reply = nullptr;
        }
        if (call->breaker && call->permit)
            call->breaker->release(*call->permit);
    }
}

QNetworkAccessManager *HttpClient::networkAccessManager() const
{
    return m_network;
}

int HttpClient::pendingCount() const
{
    return static_cast<int>(m_calls.size());
}

RequestId HttpClient::get(const HttpRequest &request, const HttpPolicy &policy, HttpCallback callback)
{
    return send(HttpMethod::Get, request, {}, policy, std::move(callback));
}

RequestId HttpClient::post(const HttpRequest &request, const QByteArray &body, const HttpPolicy &policy,
                           HttpCallback callback)
{
    return send(HttpMethod::Post, request, body, policy, std::move(callback));
}

RequestId HttpClient::send(HttpMethod method, const HttpRequest &request, const QByteArray &body,
                           const HttpPolicy &policy, HttpCallback callback)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "HttpClient::send", "call HttpClient from its own thread");
    auto call = std::make_shared<Call>();
    call->id = m_nextId++;
    call->method = method;
    call->request = request;
    call->body = body;
    call->policy = policy;
    call->callback = std::move(callback);
    call->endpoint = request.endpoint.isEmpty() ? request.url.path() : request.endpoint;
    call->submittedMs = m_deps.clock->monotonicMs();
    if (m_deps.breakers && !policy.dependency.isEmpty())
        call->breaker = m_deps.breakers->breaker(policy.dependency);
    m_calls.insert(call->id, call);
    scheduleAttempt(call->id, milliseconds(0)); // results are always delivered asynchronously
    return call->id;
}

void HttpClient::scheduleAttempt(RequestId id, milliseconds delay)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.constEnd())
        return;
    Call &call = **it;
    if (!call.waitTimer) {
        call.waitTimer = new QTimer(this);
        call.waitTimer->setSingleShot(true);
        connect(call.waitTimer, &QTimer::timeout, this, [this, id] { startAttempt(id); });
    }
    call.waitTimer->start(static_cast<int>(std::clamp<qint64>(delay.count(), 0, std::numeric_limits<int>::max())));
}

void HttpClient::startAttempt(RequestId id)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.constEnd())
        return;
    const std::shared_ptr<Call> callPtr = *it;
    Call &call = *callPtr;
    const HttpPolicy &policy = call.policy;
    ++call.attempt;
    call.abort = Call::Abort::None;
    call.requestSent = false;

    // 1. Circuit breaker: fail fast, nothing reaches the dependency.
    if (call.breaker) {
        Result<BreakerPermit> permit = call.breaker->tryAcquire();
        if (!permit) {
            if (m_deps.metrics)
                m_deps.metrics->recordAttempt({policy.dependency, call.endpoint, toString(call.method),
                                               QStringLiteral("circuit_open"), 0, 0, 0, 0, false});
            complete(id, permit.error());
            return;
        }
        call.permit = *permit;
    }

    // 2. Client-side rate limits.
    if (m_deps.limiter && !policy.rateBuckets.isEmpty()) {
        const Status allowed = m_deps.limiter->tryAcquire(policy.rateBuckets, policy.points);
        if (!allowed) {
            if (call.breaker && call.permit)
                call.breaker->release(*call.permit);
            call.permit.reset();
            const milliseconds wait = allowed.error().retryAfter.value_or(milliseconds::max());
            if (policy.maxRateLimitWait.count() > 0 && wait <= policy.maxRateLimitWait) {
                --call.attempt; // waiting for the budget is not an attempt
                scheduleAttempt(id, wait);
                return;
            }
            if (m_deps.metrics)
                m_deps.metrics->recordAttempt({policy.dependency, call.endpoint, toString(call.method),
                                               QStringLiteral("limiter_rejected"), 0, 0, 0, 0, false});
            complete(id, allowed.error());
            return;
        }
    }

    // 3. The request itself.
    QNetworkRequest req(call.request.url);
    for (const RawHeader &h : call.request.headers)
        req.setRawHeader(h.first, h.second);
    if (!call.request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, call.request.contentType);
    if (!m_deps.userAgent.isEmpty() && findHeader(call.request.headers, "user-agent").isEmpty())
        req.setRawHeader("User-Agent", m_deps.userAgent);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setTransferTimeout(static_cast<int>(std::clamp<qint64>(policy.totalTimeout.count(), 1, std::numeric_limits<int>::max())));

    call.attemptStartMs = m_deps.clock->monotonicMs();
    QNetworkReply *reply = nullptr;
    switch (call.method) {
    case HttpMethod::Get: reply = m_network->get(req); break;
    case HttpMethod::Post: reply = m_network->post(req, call.body); break;
    case HttpMethod::Put: reply = m_network->put(req, call.body); break;
    case HttpMethod::Delete: reply = m_network->deleteResource(req); break;
    case HttpMethod::Head: reply = m_network->head(req); break;
    }
    call.reply = reply;

    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    const auto markSent = [this, id] {
        const auto c = m_calls.constFind(id);
        if (c == m_calls.constEnd())
            return;
        (*c)->requestSent = true;
        if ((*c)->connectTimer)
            (*c)->connectTimer->stop();
    };
    connect(reply, &QNetworkReply::requestSent, this, markSent);
    connect(reply, &QNetworkReply::metaDataChanged, this, markSent);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64) {
        const auto c = m_calls.constFind(id);
        if (c == m_calls.constEnd() || !(*c)->reply)
            return;
        if (received > (*c)->policy.maxBodyBytes && (*c)->abort == Call::Abort::None) {
            (*c)->abort = Call::Abort::TooLarge;
            (*c)->reply->abort();
        }
    });

    if (!call.connectTimer) {
        call.connectTimer = new QTimer(this);
        call.connectTimer->setSingleShot(true);
        connect(call.connectTimer, &QTimer::timeout, this, [this, id] {
            const auto c = m_calls.constFind(id);
            if (c == m_calls.constEnd() || !(*c)->reply || (*c)->requestSent)
                return;
            (*c)->abort = Call::Abort::ConnectTimeout;
            (*c)->reply->abort();
        });
        call.totalTimer = new QTimer(this);
        call.totalTimer->setSingleShot(true);
        connect(call.totalTimer, &QTimer::timeout, this, [this, id] {
            const auto c = m_calls.constFind(id);
            if (c == m_calls.constEnd() || !(*c)->reply)
                return;
            (*c)->abort = Call::Abort::TotalTimeout;
            (*c)->reply->abort();
        });
    }
    if (policy.connectTimeout.count() > 0 && policy.connectTimeout < policy.totalTimeout)
        call.connectTimer->start(static_cast<int>(policy.connectTimeout.count()));
    call.totalTimer->start(static_cast<int>(std::clamp<qint64>(policy.totalTimeout.count(), 1, std::numeric_limits<int>::max())));
}

void HttpClient::onReplyFinished(RequestId id)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.constEnd())
        return;
    const std::shared_ptr<Call> callPtr = *it;
    Call &call = *callPtr;
    QNetworkReply *reply = call.reply;
    if (!reply)
        return;
    call.reply = nullptr;
    call.connectTimer->stop();
    call.totalTimer->stop();
    reply->disconnect(this);
    reply->deleteLater();

    const qint64 nowMs = m_deps.clock->monotonicMs();
    const qint64 latencyMs = std::max<qint64>(0, nowMs - call.attemptStartMs);
    const QNetworkReply::NetworkError code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const HttpPolicy &policy = call.policy;
    const QString urlText = call.request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);

    const auto reportBreaker = [&](const Error *error) {
        if (!call.breaker || !call.permit)
            return;
        const auto bf = policy.breakerFailure ? policy.breakerFailure : BreakerFailurePredicate(defaultBreakerFailure);
        if (error && bf(*error))
            call.breaker->onFailure(*error, milliseconds(latencyMs), *call.permit);
        else
            call.breaker->onSuccess(milliseconds(latencyMs), *call.permit);
        call.permit.reset();
    };

    // Aborted by our own timers / limits.
    if (call.abort != Call::Abort::None) {
        Error e;
        bool sent = true;
        switch (call.abort) {
        case Call::Abort::ConnectTimeout:
            e = Error::timeout(QCoreApplication::translate("HttpClient", "Could not connect within %1 ms")
                                   .arg(policy.connectTimeout.count()));
            sent = call.requestSent;
            break;
        case Call::Abort::TotalTimeout:
            e = Error::timeout(QCoreApplication::translate("HttpClient", "No complete answer within %1 ms")
                                   .arg(policy.totalTimeout.count()));
            break;
        case Call::Abort::TooLarge:
            e = Error::parse(QCoreApplication::translate("HttpClient", "The response is larger than %1 bytes")
                                 .arg(policy.maxBodyBytes));
            e.httpStatus = status;
            break;
        case Call::Abort::None:
        case Call::Abort::Cancelled:
            return; // cancel() already completed the call
        }
        e.detail = urlText;
        reportBreaker(&e);
        failOrRetry(id, e, sent, outcomeFor(e), status, latencyMs);
        return;
    }

    // Transport failures: refused, reset, timeouts, malformed responses (also mid-body, after a status).
    if (code != QNetworkReply::NoError && (status == 0 || isTransportLevel(code))) {
        bool sent = true;
        Error e = transportError(code, urlText + QStringLiteral(": ") + reply->errorString(), &sent);
        reportBreaker(&e);
        failOrRetry(id, e, sent, outcomeFor(e), status, latencyMs);
        return;
    }

    HttpResponse response;
    response.status = status;
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    response.url = reply->url();
    response.attempts = call.attempt;

    const auto lookup = [&response](QByteArrayView name) { return response.header(name); };
    if (m_deps.limiter && !policy.rateBuckets.isEmpty()) {
        const reliability::RateLimitInfo info = reliability::parseRateLimitHeaders(lookup, m_deps.clock->nowUs());
        if (info.present())
            m_deps.limiter->updateFromServer(policy.rateBuckets, info);
    }

    const std::optional<Error> classified =
        policy.classify ? policy.classify(response) : defaultResponseClassifier(response);
    if (classified) {
        Error e = *classified;
        if (e.httpStatus == 0)
            e.httpStatus = status;
        if (status == 429 || e.category == ErrorCategory::RateLimited) {
            if (!e.retryAfter) {
                if (const auto ms = reliability::retryAfterMs(lookup, m_deps.clock->nowUs()))
                    e.retryAfter = milliseconds(*ms);
            }
            if (m_deps.limiter && !policy.rateBuckets.isEmpty())
                m_deps.limiter->pauseUntil(policy.rateBuckets,
                                           m_deps.clock->nowUs() + e.retryAfter.value_or(milliseconds(1000)).count() * 1000);
        }
        reportBreaker(&e);
        // A 429 or another answer means the server processed (or refused) the request; only
        // rate_limited proves a write was not applied, RetryPolicy::decide knows that.
        failOrRetry(id, e, true, outcomeFor(e), status, latencyMs);
        return;
    }

    reportBreaker(nullptr);
    if (m_deps.metrics)
        m_deps.metrics->recordAttempt({policy.dependency, call.endpoint, toString(call.method), QStringLiteral("ok"),
                                       status, latencyMs, call.body.size(), response.body.size(), false});
    response.elapsedMs = std::max<qint64>(0, nowMs - call.submittedMs);
    complete(id, std::move(response));
}

void HttpClient::failOrRetry(RequestId id, Error error, bool requestSent, const QString &outcome, int status,
                             qint64 latencyMs)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.constEnd())
        return;
    Call &call = **it;
    const bool maySideEffect = !call.request.idempotent && requestSent;
    const reliability::RetryDecision decision = call.policy.retry.decide(call.attempt, error, *m_deps.random, maySideEffect);
    if (m_deps.metrics)
        m_deps.metrics->recordAttempt({call.policy.dependency, call.endpoint, toString(call.method), outcome, status,
                                       latencyMs, call.body.size(), 0, decision.retry});
    if (decision.retry) {
        qCDebug(lcNet).noquote() << call.policy.dependency << call.endpoint << "attempt" << call.attempt << "failed:"
                                 << error.summary() << "- retrying in" << decision.delay.count() << "ms";
        scheduleAttempt(id, decision.delay);
        return;
    }
    qCInfo(lcNet).noquote() << call.policy.dependency << call.endpoint << "failed after" << call.attempt
                            << "attempt(s):" << error.summary() << "(" << decision.reason << ")";
    error.detail = error.detail.isEmpty() ? decision.reason : error.detail + QStringLiteral("; ") + decision.reason;
    complete(id, std::move(error));
}

void HttpClient::abortReply(Call &call)
{
    if (call.reply) {
        call.reply->disconnect(this);
        call.reply->abort();
        call.reply->deleteLater();
        call.reply = nullptr;
    }
}

void HttpClient::complete(RequestId id, Result<HttpResponse> result)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const std::shared_ptr<Call> call = *it;
    m_calls.erase(it);
    abortReply(*call);
    if (call->breaker && call->permit) {
        call->breaker->release(*call->permit);
        call->permit.reset();
    }
    // Timers may be the sender of the slot we are in: stop now, delete later.
    for (QTimer *t : {call->waitTimer, call->connectTimer, call->totalTimer}) {
        if (t) {
            t->stop();
            t->disconnect(this);
            t->deleteLater();
        }
    }
    call->waitTimer = call->connectTimer = call->totalTimer = nullptr;
    if (call->callback)
        call->callback(result);
    Q_EMIT finished(id, result);
}

void HttpClient::cancel(RequestId id)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.constEnd())
        return;
    Call &call = **it;
    call.abort = Call::Abort::Cancelled;
    if (m_deps.metrics)
        m_deps.metrics->recordAttempt({call.policy.dependency, call.endpoint, toString(call.method),
                                       QStringLiteral("cancelled"), 0, 0, 0, 0, false});
    complete(id, Error::cancelled());
}

void HttpClient::cancelAll()
{
    const QList<RequestId> ids = m_calls.keys();
    for (RequestId id : ids)
        cancel(id);
}

} // namespace ge::net
