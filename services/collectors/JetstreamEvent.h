#pragma once

#include <QtGlobal>

#include <cstdint>
#include <string_view>

// A Jetstream v1 event as the parser sees it: plain views into the parser's buffers, valid only
// until the next parse. The filter turns the few events the product cares about into the owned
// value types of domain/Events.h; everything else is counted and dropped without allocating.
namespace ge::collectors {

enum class EventKind : std::uint8_t { Commit, Identity, Account };
enum class CommitOp : std::uint8_t { Create, Update, Delete };
// The collections the product reads; everything else is Other (counted, never stored).
enum class Collection : std::uint8_t { Follow, Like, Repost, Post, Other };
inline constexpr int kCollectionCount = 5;
inline constexpr int kCommitOpCount = 3;

struct RawEvent
{
    EventKind kind = EventKind::Commit;
    std::string_view did;
    qint64 timeUs = 0;

    // commit
    CommitOp op = CommitOp::Create;
    Collection collection = Collection::Other;
    std::string_view collectionName;
    std::string_view rkey;
    std::string_view cid;
    std::string_view followSubject;   // app.bsky.graph.follow record.subject (a DID)
    std::string_view subjectUri;      // like/repost record.subject.uri
    std::string_view replyParentUri;  // post record.reply.parent.uri
    std::string_view quoteUri;        // post record.embed (record / recordWithMedia) uri
    std::string_view text;            // post record.text
    std::string_view createdAt;       // record.createdAt (ISO 8601)

    // identity
    std::string_view handle;

    // account
    bool active = true;
    std::string_view status;
};

// Why a line was rejected. Counted per reason and logged with a truncated sample.
enum class MalformedReason : std::uint8_t {
    BadJson,      // not JSON, truncated, invalid UTF-8, trailing content
    MissingField, // a required field is absent
    WrongType,    // a field has the wrong JSON type
    TooLarge,     // the message or one of its strings exceeds the limits
    UnknownKind,  // kind is not commit / identity / account
    BadValue,     // a value with the right type but an impossible content (negative time, bad DID)
};
inline constexpr int kMalformedReasonCount = 6;
const char *toString(MalformedReason reason);
const char *toString(Collection collection);
const char *toString(CommitOp op);

} // namespace ge::collectors
