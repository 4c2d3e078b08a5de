#pragma once

#include "atproto/DnsTxtLookup.h"
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
    // The handle resolves to this DID AND the DID document claims it (alsoKnownAs at://handle).
    // A handle that is not verified must not be shown as the account's confirmed handle.
    bool handleVerified = false;
};

// handle → DID → DID document (PLC directory for did:plc, https://<host>/.well-known/did.json
// for did:web) → #atproto_pds. Results are cached for `ttl` (by DID for documents, by handle for
// handle → DID). Never assumes bsky.social; every base URL is configurable; plain HTTP only to
// loopback (checkTransport()).
//
// Handle → DID: com.atproto.identity.resolveHandle on the configured service (which resolves
// by the spec's methods itself) when one is configured; if it has no answer (or none is
// configured), the handle spec's own two methods run in parallel: DNS TXT `_atproto.<handle>`
// ("did=<did>") and HTTPS `https://<handle>/.well-known/atproto-did`. The DNS result is
// preferred when both answer; TXT records naming different DIDs make the resolution fail; the
// HTTPS answer is used only when DNS has no DID record.
//
// Bidirectional check: a handle is the account's only if the DID document's alsoKnownAs
// contains at://<handle>. resolve(handle) fails when the document does not confirm it;
// resolve(did) resolves the document's handle back and reports whether it round-trips
// (Identity::handleVerified). Every verified (DID, handle) pair is announced with
// handleVerified(), which the accounts service uses to follow handle changes by DID.
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
        // The DNS TXT method: nullptr uses the system resolver (QtDnsTxtLookup, owned here);
        // `dnsMethod` false disables the method.
        TxtLookup *dns = nullptr;
        bool dnsMethod = true;
    };

    IdentityResolver(XrpcClient *client, const Clock *clock, Options options, QObject *parent = nullptr);

    void resolveHandle(const QString &handle, Callback<QString> done);
    void resolveDid(const QString &did, Callback<DidDocument> done);
    // Handle or DID → Identity.
    void resolve(const QString &identifier, Callback<Identity> done);
    void clearCache();

    int networkLookups() const { return m_lookups; }

Q_SIGNALS:
    // A handle was verified in both directions for `did` (see the class comment).
    void handleVerified(const QString &did, const QString &handle);

private:
    // The handle spec's DNS TXT and HTTPS methods (see the class comment); `serviceError` is
    // the resolveHandle service's answer, reported when neither method finds a DID.
    void resolveHandleDirect(const QString &handle, const std::optional<Error> &serviceError, Callback<QString> done);
    void fetchWellKnown(const QString &handle, Callback<QString> done);
    void remember(const QString &handle, const QString &did);
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
    TxtLookup *m_dns = nullptr;
    QHash<QString, Cached<QString>> m_handles;
    QHash<QString, Cached<DidDocument>> m_docs;
    int m_lookups = 0;
};

} // namespace ge::atproto
