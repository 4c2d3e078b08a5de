#include "atproto/IdentityResolver.h"

#include "atproto/Syntax.h"
#include "atproto/XrpcParsers.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace ge::atproto {

IdentityResolver::IdentityResolver(XrpcClient *client, const Clock *clock, Options options, QObject *parent)
    : QObject(parent), m_client(client), m_clock(clock), m_options(std::move(options))
{
    if (!m_options.wellKnownBase)
        m_options.wellKnownBase = [](const QString &handle) {
            QUrl u;
            u.setScheme(u"https"_s);
            u.setHost(handle);
            return u;
        };
    if (!m_options.didWebBase)
        m_options.didWebBase = [](const QString &hostPort) {
            QUrl u(u"https://"_s + hostPort);
            if (isLoopbackHost(u.host()))
                u.setScheme(u"http"_s);
            return u;
        };
    if (m_options.dns)
        m_dns = m_options.dns;
    else if (m_options.dnsMethod)
        m_dns = new QtDnsTxtLookup(QHostAddress(), std::chrono::seconds(5), this);
}

void IdentityResolver::clearCache()
{
    m_handles.clear();
    m_docs.clear();
}

void IdentityResolver::fetchJson(const QUrl &url, const QString &dependency, Callback<net::HttpResponse> done)
{
    const Status transport = checkTransport(url);
    if (!transport) {
        QMetaObject::invokeMethod(this, [done, e = transport.error()] { done(e); }, Qt::QueuedConnection);
        return;
    }
    ++m_lookups;
    net::HttpRequest req;
    req.url = url;
    req.endpoint = dependency;
    net::HttpPolicy policy;
    policy.dependency = dependency + u':' + url.host();
    policy.maxBodyBytes = 1024 * 1024;
    policy.classify = &XrpcClient::classify;
    m_client->http()->get(req, policy, [done = std::move(done)](Result<net::HttpResponse> r) { done(std::move(r)); });
}

void IdentityResolver::remember(const QString &handle, const QString &did)
{
    m_handles.insert(handle, {did, m_clock->monotonicMs() + m_options.ttl.count() * 1000});
}

void IdentityResolver::resolveHandle(const QString &handleIn, Callback<QString> done)
{
    const QString handle = handleIn.toLower();
    if (!syntax::isValidHandle(handle)) {
        QMetaObject::invokeMethod(this, [done, handleIn] {
            done(Error::validation(tr("\"%1\" is not a valid handle").arg(handleIn)));
        }, Qt::QueuedConnection);
        return;
    }
    const auto it = m_handles.constFind(handle);
    if (it != m_handles.constEnd() && it->expiresMs > m_clock->monotonicMs()) {
        QMetaObject::invokeMethod(this, [done, did = it->value] { done(did); }, Qt::QueuedConnection);
        return;
    }
    if (m_options.handleResolver.isEmpty()) {
        resolveHandleDirect(handle, std::nullopt, std::move(done));
        return;
    }
    ++m_lookups;
    QPointer<IdentityResolver> self(this);
    XrpcTarget target{m_options.handleResolver, {}, u"appview"_s};
    m_client->resolveHandle(target, handle, [self, handle, done](Result<QString> r) {
        if (!self)
            return;
        if (r) {
            self->remember(handle, *r);
            done(r);
            return;
        }
        // An unknown handle on the service is final only if the spec's own methods fail too.
        self->resolveHandleDirect(handle, r.error(), done);
    });
}

void IdentityResolver::resolveHandleDirect(const QString &handle, const std::optional<Error> &serviceError,
                                           Callback<QString> done)
{
    struct State
    {
        bool finished = false;
        bool dnsDone = false;
        bool httpsDone = false;
        std::optional<Result<QString>> https;
    };
    auto state = std::make_shared<State>();
    QPointer<IdentityResolver> self(this);
    const auto finish = [self, state, handle, serviceError, done](std::optional<Result<QString>> result) {
        if (state->finished || !self)
            return;
        state->finished = true;
        if (result && result->ok()) {
            self->remember(handle, **result);
            done(*result);
            return;
        }
        if (result) { // a definite failure (conflicting TXT records)
            done(*result);
            return;
        }
        Error e = serviceError ? *serviceError
                               : Error::make(ErrorCategory::NotFound, {});
        if (!serviceError || e.xrpcError == u"HandleNotFound" || e.httpStatus == 400 || e.httpStatus == 404) {
            e.category = ErrorCategory::NotFound;
            e.message = tr("The handle %1 could not be resolved to an account").arg(handle);
        }
        done(e);
    };
    // HTTPS answers count only once DNS has none (DNS is preferred when both answer).
    const auto settle = [state, finish] {
        if (!state->dnsDone || !state->httpsDone)
            return;
        if (state->https && state->https->ok())
            finish(*state->https);
        else
            finish(std::nullopt);
    };
    if (m_dns) {
        ++m_lookups;
        m_dns->lookupTxt(u"_atproto."_s + handle, [state, finish, settle, handle](Result<QStringList> txt) {
            if (txt) {
                const QStringList dids = didsFromTxt(*txt);
                if (dids.size() == 1) {
                    finish(Result<QString>(dids.constFirst()));
                    return;
                }
                if (dids.size() > 1) {
                    finish(Result<QString>(Error::validation(
                        tr("The DNS records of %1 name different accounts (%2)").arg(handle, dids.join(u", "_s)))));
                    return;
                }
            }
            state->dnsDone = true;
            settle();
        });
    } else {
        state->dnsDone = true;
    }
    fetchWellKnown(handle, [state, settle](Result<QString> did) {
        state->httpsDone = true;
        state->https = std::move(did);
        settle();
    });
}

void IdentityResolver::fetchWellKnown(const QString &handle, Callback<QString> done)
{
    QUrl url = m_options.wellKnownBase(handle);
    url.setPath(u"/.well-known/atproto-did"_s);
    fetchJson(url, u"handle-web"_s, [done](Result<net::HttpResponse> r) {
        if (!r) {
            done(r.error());
            return;
        }
        const QString did = QString::fromUtf8(r->body).trimmed();
        if (!syntax::isValidDid(did)) {
            done(Error::parse(tr("The well-known handle file holds no DID")));
            return;
        }
        done(did);
    });
}

void IdentityResolver::resolveDid(const QString &did, Callback<DidDocument> done)
{
    if (!syntax::isValidDid(did)) {
        QMetaObject::invokeMethod(this, [done, did] { done(Error::validation(tr("\"%1\" is not a valid DID").arg(did))); },
                                  Qt::QueuedConnection);
        return;
    }
    const auto it = m_docs.constFind(did);
    if (it != m_docs.constEnd() && it->expiresMs > m_clock->monotonicMs()) {
        QMetaObject::invokeMethod(this, [done, doc = it->value] { done(doc); }, Qt::QueuedConnection);
        return;
    }
    QUrl url;
    if (did.startsWith(u"did:plc:")) {
        url = m_options.plcUrl;
        url.setPath(u"/"_s + did);
    } else if (did.startsWith(u"did:web:")) {
        const QString id = did.mid(8);
        if (id.contains(u':')) {
            QMetaObject::invokeMethod(this, [done] {
                done(Error::validation(tr("did:web identifiers with a path are not supported")));
            }, Qt::QueuedConnection);
            return;
        }
        url = m_options.didWebBase(QUrl::fromPercentEncoding(id.toUtf8()));
        url.setPath(u"/.well-known/did.json"_s);
    } else {
        QMetaObject::invokeMethod(this, [done, did] {
            done(Error::validation(tr("Unsupported DID method in %1 (only did:plc and did:web)").arg(did)));
        }, Qt::QueuedConnection);
        return;
    }
    QPointer<IdentityResolver> self(this);
    fetchJson(url, did.startsWith(u"did:plc:") ? u"plc"_s : u"did-web"_s, [self, did, done](Result<net::HttpResponse> r) {
        if (!self)
            return;
        if (!r) {
            Error e = r.error();
            if (e.httpStatus == 404 || e.httpStatus == 410) {
                e.category = ErrorCategory::NotFound;
                e.message = tr("No DID document for %1").arg(did);
            }
            done(e);
            return;
        }
        auto doc = parse::didDocument(r->body, did);
        if (doc)
            self->m_docs.insert(did, {*doc, self->m_clock->monotonicMs() + self->m_options.ttl.count() * 1000});
        done(std::move(doc));
    });
}

void IdentityResolver::resolve(const QString &identifier, Callback<Identity> done)
{
    QPointer<IdentityResolver> self(this);
    // The document, its PDS and the transport rule; then the handle check of the caller.
    const auto fromDid = [self](const QString &did, std::function<void(Result<Identity>)> next) {
        if (!self)
            return;
        self->resolveDid(did, [next, did](Result<DidDocument> doc) {
            if (!doc) {
                next(doc.error());
                return;
            }
            if (doc->pdsEndpoint.isEmpty()) {
                next(Error::make(ErrorCategory::NotFound, tr("The DID document of %1 names no PDS").arg(did)));
                return;
            }
            const Status transport = checkTransport(doc->pdsEndpoint);
            if (!transport) {
                next(transport.error());
                return;
            }
            next(Identity{did, doc->handle, doc->pdsEndpoint, *doc, false});
        });
    };
    const auto claims = [](const DidDocument &doc, const QString &handle) {
        for (const QString &aka : doc.alsoKnownAs)
            if (aka.startsWith(u"at://") && QStringView(aka).mid(5).compare(handle, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (identifier.startsWith(u"did:")) {
        // DID first: the document's handle counts only if it resolves back to this DID.
        QMetaObject::invokeMethod(this, [self, fromDid, identifier, done] {
            fromDid(identifier, [self, done](Result<Identity> id) {
                if (!self)
                    return;
                if (!id || id->handle.isEmpty()) {
                    done(id);
                    return;
                }
                const Identity found = *id;
                self->resolveHandle(found.handle, [self, found, done](Result<QString> back) {
                    Identity out = found;
                    out.handleVerified = back.ok() && *back == found.did;
                    if (out.handleVerified && self)
                        Q_EMIT self->handleVerified(out.did, out.handle);
                    done(out);
                });
            });
        }, Qt::QueuedConnection);
        return;
    }
    const QString handle = identifier.toLower();
    resolveHandle(handle, [self, fromDid, claims, handle, done](Result<QString> did) {
        if (!did) {
            done(did.error());
            return;
        }
        fromDid(*did, [self, claims, handle, done](Result<Identity> id) {
            if (!id) {
                done(id);
                return;
            }
            if (!claims(id->document, handle)) {
                done(Error::validation(tr("The handle %1 points to %2, but that account does not claim the handle "
                                          "(alsoKnownAs of its DID document)")
                                           .arg(handle, id->did)));
                return;
            }
            Identity out = *id;
            out.handle = handle;
            out.handleVerified = true;
            if (self)
                Q_EMIT self->handleVerified(out.did, out.handle);
            done(out);
        });
    });
}

} // namespace ge::atproto
