#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// Value types for the XRPC endpoints the product uses. Parsed strictly at the boundary
// (atproto/XrpcParsers.h): a required field that is missing or of the wrong type is a parse
// error, never a default-constructed success. Times are Unix microseconds (0 when absent).
namespace ge::atproto {

// com.atproto.server.createSession / refreshSession. The JWTs are secrets: never log them.
struct Session
{
    QString did;
    QString handle;
    QString accessJwt;
    QString refreshJwt;
    QString email;            // optional
    bool active = true;       // absent means active
    QString status;           // takendown | suspended | deactivated (when !active)
    QUrl pdsUrl;              // from the didDoc in the response when present, else the host used
};

// com.atproto.server.getSession
struct SessionInfo
{
    QString did;
    QString handle;
    QString email;
    bool active = true;
    QString status;
};

// com.atproto.server.describeServer
struct ServerDescription
{
    QString did;
    QStringList availableUserDomains;
    bool inviteCodeRequired = false;
};

// com.atproto.repo.createRecord
struct CreatedRecord
{
    QString uri;
    QString cid;
    QString rkey; // from the uri
};

// One entry of com.atproto.repo.listRecords
struct RecordEntry
{
    QString uri;
    QString cid;
    QString rkey;
    QJsonObject value;
};

struct RecordPage
{
    QList<RecordEntry> records;
    std::optional<QString> cursor; // absent on the last page
};

// Viewer state of an authenticated read (AT-URIs of the follow records, empty when none).
struct ViewerState
{
    QString following;
    QString followedBy;
    bool muted = false;
    bool blockedBy = false;
};

// app.bsky.actor.defs#profileView / profileViewDetailed (counts only on the detailed view).
struct Profile
{
    QString did;
    QString handle;
    QString displayName;
    QString description;
    QString avatar;
    std::optional<qint64> followersCount;
    std::optional<qint64> followsCount;
    std::optional<qint64> postsCount;
    qint64 createdAtUs = 0;
    qint64 indexedAtUs = 0;
    QStringList labels; // label values
    ViewerState viewer;
};

// getFollowers / getFollows page.
struct ProfilePage
{
    Profile subject;
    QList<Profile> profiles;
    std::optional<QString> cursor; // absent on the last page
};

// app.bsky.graph.defs#relationship (or #notFoundActor when notFound).
struct Relationship
{
    QString did;
    QString following;   // AT-URI of actor's follow of did, empty when none
    QString followedBy;  // AT-URI of did's follow of actor, empty when none
    bool notFound = false;
};

struct Relationships
{
    QString actor;
    QList<Relationship> relationships;
};

// app.bsky.feed.defs#feedViewPost, reduced to what engagement tracking needs.
struct FeedItem
{
    QString uri;
    QString cid;
    QString authorDid;
    QString authorHandle;
    QString text;
    qint64 createdAtUs = 0;
    qint64 indexedAtUs = 0;
    qint64 likeCount = 0;
    qint64 repostCount = 0;
    qint64 replyCount = 0;
    qint64 quoteCount = 0;
    QString replyParentUri;  // the record's reply.parent.uri
    QString repostedByDid;   // reason = #reasonRepost
};

struct FeedPage
{
    QList<FeedItem> items;
    std::optional<QString> cursor;
};

// app.bsky.notification.listNotifications entry.
struct Notification
{
    QString uri;
    QString cid;
    QString authorDid;
    QString authorHandle;
    QString reason;         // like | repost | follow | mention | reply | quote | ...
    QString reasonSubject;  // AT-URI, optional
    bool isRead = false;
    qint64 indexedAtUs = 0;
};

struct NotificationPage
{
    QList<Notification> notifications;
    std::optional<QString> cursor;
    qint64 seenAtUs = 0;
};

// Identity: a DID document reduced to what the client needs.
struct DidDocument
{
    QString id;
    QStringList alsoKnownAs;
    QString handle;   // first at:// entry of alsoKnownAs, without the scheme
    QUrl pdsEndpoint; // the #atproto_pds service endpoint (empty when missing)
};

} // namespace ge::atproto

Q_DECLARE_METATYPE(ge::atproto::Session)
Q_DECLARE_METATYPE(ge::atproto::Profile)
