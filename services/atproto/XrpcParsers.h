#pragma once

#include "atproto/XrpcTypes.h"
#include "core/Result.h"

#include <QByteArray>

// Strict parsers: each takes the raw response body of one endpoint and returns its value type,
// or Error::parse naming the offending field. Identifiers (DIDs, handles, AT-URIs, CIDs,
// datetimes) are syntax-checked; unknown fields are ignored (lexicons evolve).
namespace ge::atproto::parse {

Result<Session> session(const QByteArray &body);          // createSession, refreshSession
Result<SessionInfo> sessionInfo(const QByteArray &body);  // getSession
Result<ServerDescription> serverDescription(const QByteArray &body);
Result<QString> resolvedHandle(const QByteArray &body);   // resolveHandle → did
Result<CreatedRecord> createdRecord(const QByteArray &body);
Status deletedRecord(const QByteArray &body);             // {} or {commit}
Result<RecordPage> recordPage(const QByteArray &body);
Result<Profile> profile(const QByteArray &body);          // getProfile (profileViewDetailed)
Result<QList<Profile>> profiles(const QByteArray &body);  // getProfiles
Result<ProfilePage> followers(const QByteArray &body);
Result<ProfilePage> follows(const QByteArray &body);
Result<Relationships> relationships(const QByteArray &body);
Result<FeedPage> authorFeed(const QByteArray &body);
Result<NotificationPage> notifications(const QByteArray &body);
Result<DidDocument> didDocument(const QByteArray &body, const QString &expectedDid);

// {"error": "...", "message": "..."} of a failed XRPC call; nullopt when the body is not one.
struct XrpcErrorBody
{
    QString error;
    QString message;
};
std::optional<XrpcErrorBody> xrpcErrorBody(const QByteArray &body);

} // namespace ge::atproto::parse
