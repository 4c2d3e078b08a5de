#include "atproto/IdentityResolver.h"

#include "atproto/Syntax.h"
#include "atproto/XrpcParsers.h"

#include <QPointer>

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
    ++m_lookups;
    QPointer<IdentityResolver> self(this);
    XrpcTarget target{m_options.handleResolver, {}, u"appview"_s};
    m_client->resolveHandle(target, handle, [self, handle, done](Result<QString> r) {
        if (!self)
            return;
        if (r) {
            self->m_handles.insert(handle, {*r, self->m_clock->monotonicMs() + self->m_options.ttl.count() * 1000});
            done(r);
            return;
        }
        // An unknown handle on the service is final only if the well-known method fails too.
        self->resolveHandleWellKnown(handle, r.error(), done);
    });
}

void IdentityResolver::resolveHandleWellKnown(const QString &handle, const Error &xrpcError, Callback<QString> done)
{
    QUrl url = m_options.wellKnownBase(handle);
    url.setPath(u"/.well-known/atproto-did"_s);
    QPointer<IdentityResolver> self(this);
    fetchJson(url, u"handle-web"_s, [self, handle, xrpcError, done](Result<net::HttpResponse> r) {
        if (!self)
            return;
        if (r) {
            const QString did = QString::fromUtf8(r->body).trimmed();
            if (syntax::isValidDid(did)) {
                self->m_handles.insert(handle, {did, self->m_clock->monotonicMs() + self->m_options.ttl.count() * 1000});
                done(did);
                return;
            }
        }
        Error e = xrpcError;
        if (e.xrpcError == u"HandleNotFound" || e.httpStatus == 400 || e.httpStatus == 404) {
            e.category = ErrorCategory::NotFound;
            e.message = tr("The handle %1 could not be resolved to an account").arg(handle);
        }
        done(e);
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
    const auto fromDid = [self, done](const QString &did) {
        if (!self)
            return;
        self->resolveDid(did, [done, did](Result<DidDocument> doc) {
            if (!doc) {
                done(doc.error());
                return;
            }
            if (doc->pdsEndpoint.isEmpty()) {
                done(Error::make(ErrorCategory::NotFound, tr("The DID document of %1 names no PDS").arg(did)));
                return;
            }
            const Status transport = checkTransport(doc->pdsEndpoint);
            if (!transport) {
                done(transport.error());
                return;
            }
            done(Identity{did, doc->handle, doc->pdsEndpoint, *doc});
        });
    };
    if (identifier.startsWith(u"did:")) {
        QMetaObject::invokeMethod(this, [fromDid, identifier] { fromDid(identifier); }, Qt::QueuedConnection);
        return;
    }
    resolveHandle(identifier, [fromDid, done](Result<QString> did) {
        if (!did) {
            done(did.error());
            return;
        }
        fromDid(*did);
    });
}

} // namespace ge::atproto
