#pragma once

#include "campaigns/FollowGateway.h"
#include "core/Clock.h"

#include <QPointer>
#include <QUrl>

#include <functional>

namespace ge::atproto {
class XrpcClient;
}

namespace ge::campaigns {

// The own account's session as the gateway needs it. The access JWT is a secret: never logged.
struct GatewaySession
{
    QString did;
    QString handle;
    QUrl pds;
    QString accessJwt;
};

// Returns a current session; refresh = true after the PDS rejected the token (ExpiredToken /
// InvalidToken): refresh it (refreshSession), never log in per request.
using SessionSource = std::function<Result<GatewaySession>(bool refresh)>;

// FollowGateway on the XRPC client. The XrpcClient lives on ANOTHER thread with a running event
// loop (it owns the HttpClient's QNetworkAccessManager); each call here is posted to it and the
// calling worker thread blocks until the callback fires, so no nested event loop ever runs on the
// campaign thread (a pause or shutdown can never re-enter a half-finished step).
// Reads go to the own PDS with the session token (it proxies app.bsky.* to the AppView and adds
// viewer state); writes are createRecord / deleteRecord on the PDS. Client-side retries of
// writes are left to the campaign engine (the client should use RetryPolicy::none() for writes).
class XrpcFollowGateway final : public FollowGateway
{
public:
    XrpcFollowGateway(atproto::XrpcClient *client, SessionSource session, const Clock &clock);

    Result<QString> resolveAccount(const QString &handleOrDid) override;
    Result<QList<FollowerView>> listFollowers(const QString &actorDid) override;
    Result<QList<FollowerView>> listFollows(const QString &actorDid) override;
    Result<QList<FollowRecord>> listFollowRecords(const QString &repoDid) override;
    Result<QList<TargetProfile>> getProfiles(const QStringList &dids) override;
    Result<qint64> lastPostTime(const QString &actorDid) override;
    Result<WriteResult> createFollow(const QString &repoDid, const QString &subjectDid) override;
    Result<WriteResult> deleteFollow(const QString &repoDid, const QString &rkey) override;

    // Pages of listRecords for any collection of the own repo (uri, subject DID of the record).
    Result<QList<FollowRecord>> listSubjectRecords(const QString &repoDid, const QString &collection);

private:
    Result<GatewaySession> session(bool refresh = false);

    QPointer<atproto::XrpcClient> m_client;
    SessionSource m_sessionSource;
    const Clock &m_clock;
    std::optional<GatewaySession> m_session;
};

} // namespace ge::campaigns
