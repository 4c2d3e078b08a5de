#pragma once

#include "collectors/DidSet.h"
#include "collectors/JetstreamEvent.h"
#include "domain/Events.h"

#include <memory>

namespace ge::collectors {

// Decides which parsed events matter to the tracked accounts and turns those into the owned
// value types of a WriteBatch (GUIDE §3):
//  - follow create whose subject is tracked (new follower) or whose author is tracked (following)
//  - follow delete from the repo of a tracked account or of a known follower (storage attributes
//    it through the rkey it stored at create time, or records it as unattributed)
//  - like / repost whose subject.uri is at://<tracked>/..., and their deletes by known engagers
//  - replies (reply.parent.uri) and quotes (embed record / recordWithMedia) of tracked posts
//  - posts authored by a tracked account (create, update, delete)
//  - identity / account events of tracked accounts and known followers
// Lives on one thread (the collector's); the tracked set is an immutable shared snapshot.
class EventFilter
{
public:
    EventFilter();

    void setTracked(std::shared_ptr<const DidSet> tracked) { m_tracked = std::move(tracked); }
    const DidSet &tracked() const { return *m_tracked; }

    // Followers already known from storage (follow_edges) or backfill, so their deletes and
    // identity changes are kept after a restart.
    void addKnownFollower(std::string_view did) { m_knownFollowers.insert(did); }
    std::size_t knownFollowerCount() const { return m_knownFollowers.size(); }
    void addKnownEngager(std::string_view did) { m_knownEngagers.insert(did); }

    // Appends what the event means for the tracked accounts to `batch`; returns true when
    // anything was appended.
    bool apply(const RawEvent &ev, EventSource source, WriteBatch &batch);

    static std::string_view didOfAtUri(std::string_view uri);

private:
    bool isTracked(std::string_view did) const { return m_tracked->contains(did); }

    std::shared_ptr<const DidSet> m_tracked;
    DidSet m_knownFollowers;
    DidSet m_knownEngagers;
};

QString toQString(std::string_view s);
qint64 parseIsoTimeUs(std::string_view iso); // 0 when unparsable

} // namespace ge::collectors
