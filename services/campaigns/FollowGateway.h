#pragma once

#include "campaigns/CampaignTypes.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ge::campaigns {

// Rate-limit figures a PDS sent with a response (RateLimit-* headers). limit < 0 = not sent.
struct ServerRateLimit
{
    int limit = -1;
    int remaining = -1;
    qint64 resetUs = 0;     // RateLimit-Reset (epoch seconds) in microseconds
    int windowSeconds = 0;  // from RateLimit-Policy "N;w=secs"
    bool present() const { return limit >= 0 && remaining >= 0; }
};

// A follower or followed account with the viewer state the authenticated AppView returns.
struct FollowerView
{
    TargetProfile profile;
    QString viewerFollowingUri; // our follow record for them, when the AppView knows one
    bool blocking = false;      // we block them
    bool blockedBy = false;     // they block us
    bool muted = false;         // we muted them
};

// One follow record in the own repository (com.atproto.repo.listRecords), the source of truth for
// "do we already follow X": the PDS has it the moment createRecord returns, the AppView lags.
struct FollowRecord
{
    QString uri;
    QString subjectDid;
};

struct WriteResult
{
    QString uri; // created record (create); empty for delete
    ServerRateLimit rateLimit;
};

// What the campaign engine needs from the AT Protocol, and nothing more. The real implementation
// sits on the XRPC client (own PDS with the account's session); tests use an in-memory fake.
// Calls are synchronous and made on the campaign worker thread, never on the GUI thread.
// Errors: RateLimited carries retryAfter; Network/Timeout/5xx are ambiguous for writes (the
// record may exist), Validation/Xrpc 4xx are definite.
class FollowGateway
{
public:
    virtual ~FollowGateway() = default;

    // handle or DID -> DID of an own account the gateway has a session for.
    virtual Result<QString> resolveAccount(const QString &handleOrDid) = 0;
    // Every page of getFollowers (with viewer state and the profile fields the filters need).
    virtual Result<QList<FollowerView>> listFollowers(const QString &actorDid) = 0;
    // Every page of getFollows.
    virtual Result<QList<FollowerView>> listFollows(const QString &actorDid) = 0;
    // Every page of listRecords(repo, app.bsky.graph.follow).
    virtual Result<QList<FollowRecord>> listFollowRecords(const QString &repoDid) = 0;
    // Detailed profiles (followers/follows/posts counts, createdAt, labels), batched by 25.
    virtual Result<QList<TargetProfile>> getProfiles(const QStringList &dids) = 0;
    // Time of the newest post by the actor (0 when none). One request per actor.
    virtual Result<qint64> lastPostTime(const QString &actorDid) = 0;
    // createRecord(app.bsky.graph.follow) in repoDid for subjectDid; returns the record's AT-URI.
    virtual Result<WriteResult> createFollow(const QString &repoDid, const QString &subjectDid) = 0;
    // deleteRecord(app.bsky.graph.follow, rkey) in repoDid.
    virtual Result<WriteResult> deleteFollow(const QString &repoDid, const QString &rkey) = 0;
};

} // namespace ge::campaigns
