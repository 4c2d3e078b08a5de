#pragma once

#include "atproto/XrpcClient.h"
#include "core/Clock.h"

#include <QHash>
#include <QObject>

namespace ge::atproto {

// A resolved account: DID (stable key), current handle and PDS.
struct Identity
{
    QString did;
    QString handle;        // from the DID document (alsoKnownAs); may differ from what was asked
    QUrl pdsUrl;           // #atproto_pds service endpoint
    DidDocument document;
};

// handle → DID (com.atproto.identity.resolveHandle on a configured service, then the HTTPS
// /.well-known/atproto-did method) → DID document (PLC directory for did:plc,
// https://<host>/.well-known/did.json for did:web) → #atproto_pds. Results are cached for
// `ttl` (by DID for documents, by handle for handle → DID). Never assumes bsky.social; every
// base URL is configurable; plain HTTP only to loopback (checkTransport()).
class IdentityResolver : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl handleResolver = QUrl(QStringLiteral("https://public.api.bsky.app")); // resolveHandle service
        QUrl plcUrl = QUrl(QStringLiteral("https://plc.directory"));
        // Base URL for the well-known handle method of `handle` (default https://<handle>).
        std::function<QUrl(const QString &handle)> wellKnownBase;
        // Base URL for did:web documents of `host` (default https://<host>, http for loopback).
        std::function<QUrl(const QString &host)> didWebBase;
        std::chrono::seconds ttl{3600};
    };

    IdentityResolver(XrpcClient *client, const Clock *clock, Options options, QObject *parent = nullptr);

    void resolveHandle(const QString &handle, Callback<QString> done);
    void resolveDid(const QString &did, Callback<DidDocument> done);
    // Handle or DID → Identity.
    void resolve(const QString &identifier, Callback<Identity> done);
    void clearCache();

    int networkLookups() const { return m_lookups; }

private:
    void resolveHandleWellKnown(const QString &handle, const Error &xrpcError, Callback<QString> done);
    void fetchJson(const QUrl &url, const QString &dependency, Callback<net::HttpResponse> done);

    template <typename T>
    struct Cached
    {
        T value;
        qint64 expiresMs = 0;
    };

    XrpcClient *m_client;
    const Clock *m_clock;
    Options m_options;
    QHash<QString, Cached<QString>> m_handles;
    QHash<QString, Cached<DidDocument>> m_docs;
    int m_lookups = 0;
};

} // namespace ge::atproto
