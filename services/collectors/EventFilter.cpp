#include "collectors/EventFilter.h"

#include <QDateTime>

namespace ge::collectors {

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

qint64 parseIsoTimeUs(std::string_view iso)
{
    if (iso.empty())
        return 0;
    const QDateTime dt = QDateTime::fromString(toQString(iso), Qt::ISODateWithMs);
    if (!dt.isValid())
        return 0;
    return dt.toMSecsSinceEpoch() * 1000;
}

EventFilter::EventFilter() : m_tracked(std::make_shared<DidSet>()) {}

std::string_view EventFilter::didOfAtUri(std::string_view uri)
{
    constexpr std::string_view prefix = "at://";
    if (uri.size() <= prefix.size() || uri.compare(0, prefix.size(), prefix) != 0)
        return {};
    std::string_view rest = uri.substr(prefix.size());
    const auto slash = rest.find('/');
    return slash == std::string_view::npos ? rest : rest.substr(0, slash);
}

namespace {

EngagementKind engagementKindOf(Collection c)
{
    return c == Collection::Like ? EngagementKind::Like : EngagementKind::Repost;
}

} // namespace

bool EventFilter::apply(const RawEvent &ev, EventSource source, WriteBatch &batch)
{
    switch (ev.kind) {
    case EventKind::Identity:
        if (!isTracked(ev.did) && !m_knownFollowers.contains(ev.did))
            return false;
        batch.identities.append({toQString(ev.did), toQString(ev.handle), ev.timeUs});
        return true;
    case EventKind::Account:
        if (!isTracked(ev.did) && !m_knownFollowers.contains(ev.did))
            return false;
        batch.accountStatuses.append({toQString(ev.did), ev.active, toQString(ev.status), ev.timeUs});
        return true;
    case EventKind::Commit:
        break;
    }

    const bool authorTracked = isTracked(ev.did);
    switch (ev.collection) {
    case Collection::Follow: {
        if (ev.op == CommitOp::Delete) {
            if (!authorTracked && !m_knownFollowers.contains(ev.did))
                return false;
            FollowDeleted del;
            del.followerDid = toQString(ev.did);
            del.rkey = toQString(ev.rkey);
            del.timeUs = ev.timeUs;
            del.source = source;
            batch.followsDeleted.append(std::move(del));
            return true;
        }
        const bool subjectTracked = isTracked(ev.followSubject);
        if (!subjectTracked && !authorTracked)
            return false;
        if (subjectTracked)
            m_knownFollowers.insert(ev.did);
        FollowCreated created;
        created.followerDid = toQString(ev.did);
        created.subjectDid = toQString(ev.followSubject);
        created.rkey = toQString(ev.rkey);
        created.timeUs = ev.timeUs;
        created.source = source;
        batch.followsCreated.append(std::move(created));
        return true;
    }
    case Collection::Like:
    case Collection::Repost: {
        if (ev.op == CommitOp::Delete) {
            if (!m_knownEngagers.contains(ev.did))
                return false;
            EngagementEvent e;
            e.actorDid = toQString(ev.did);
            e.collection = QString::fromLatin1(toString(ev.collection));
            e.rkey = toQString(ev.rkey);
            e.kind = engagementKindOf(ev.collection);
            e.timeUs = ev.timeUs;
            e.deleted = true;
            batch.engagements.append(std::move(e));
            return true;
        }
        const std::string_view subjectDid = didOfAtUri(ev.subjectUri);
        if (subjectDid.empty() || !isTracked(subjectDid))
            return false;
        m_knownEngagers.insert(ev.did);
        EngagementEvent e;
        e.actorDid = toQString(ev.did);
        e.collection = QString::fromLatin1(toString(ev.collection));
        e.rkey = toQString(ev.rkey);
        e.kind = engagementKindOf(ev.collection);
        e.subjectUri = toQString(ev.subjectUri);
        e.subjectDid = toQString(subjectDid);
        e.timeUs = ev.timeUs;
        batch.engagements.append(std::move(e));
        return true;
    }
    case Collection::Post: {
        bool matched = false;
        if (authorTracked) {
            PostEvent p;
            p.authorDid = toQString(ev.did);
            p.rkey = toQString(ev.rkey);
            p.cid = toQString(ev.cid);
            p.text = toQString(ev.text);
            p.createdAtUs = parseIsoTimeUs(ev.createdAt);
            p.timeUs = ev.timeUs;
            p.deleted = ev.op == CommitOp::Delete;
            batch.posts.append(std::move(p));
            matched = true;
        }
        if (ev.op == CommitOp::Delete) {
            if (m_knownEngagers.contains(ev.did)) {
                EngagementEvent e;
                e.actorDid = toQString(ev.did);
                e.collection = QString::fromLatin1(toString(ev.collection));
                e.rkey = toQString(ev.rkey);
                e.kind = EngagementKind::Reply; // the stored row keeps its real kind; this marks it deleted
                e.timeUs = ev.timeUs;
                e.deleted = true;
                batch.engagements.append(std::move(e));
                matched = true;
            }
            return matched;
        }
        // A post is one engagement row (natural key actor+collection+rkey): a reply to a
        // tracked post wins over a quote in the same post.
        std::string_view target;
        EngagementKind kind = EngagementKind::Reply;
        const std::string_view parentDid = didOfAtUri(ev.replyParentUri);
        const std::string_view quoteDid = didOfAtUri(ev.quoteUri);
        if (!parentDid.empty() && isTracked(parentDid)) {
            target = ev.replyParentUri;
        } else if (!quoteDid.empty() && isTracked(quoteDid)) {
            target = ev.quoteUri;
            kind = EngagementKind::Quote;
        }
        if (!target.empty()) {
            m_knownEngagers.insert(ev.did);
            EngagementEvent e;
            e.actorDid = toQString(ev.did);
            e.collection = QString::fromLatin1(toString(ev.collection));
            e.rkey = toQString(ev.rkey);
            e.kind = kind;
            e.subjectUri = toQString(target);
            e.subjectDid = toQString(didOfAtUri(target));
            e.timeUs = ev.timeUs;
            batch.engagements.append(std::move(e));
            matched = true;
        }
        return matched;
    }
    case Collection::Other:
        return false;
    }
    return false;
}

} // namespace ge::collectors
