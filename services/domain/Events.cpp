#include "domain/Events.h"

namespace ge {

QString toString(EventSource source)
{
    switch (source) {
    case EventSource::Jetstream: return QStringLiteral("jetstream");
    case EventSource::Backfill: return QStringLiteral("backfill");
    case EventSource::Campaign: return QStringLiteral("campaign");
    case EventSource::Replay: return QStringLiteral("replay");
    }
    return QStringLiteral("jetstream");
}

QString toString(EngagementKind kind)
{
    switch (kind) {
    case EngagementKind::Like: return QStringLiteral("like");
    case EngagementKind::Repost: return QStringLiteral("repost");
    case EngagementKind::Reply: return QStringLiteral("reply");
    case EngagementKind::Quote: return QStringLiteral("quote");
    }
    return QStringLiteral("like");
}

int engagementWeight(EngagementKind kind)
{
    switch (kind) {
    case EngagementKind::Like: return 1;
    case EngagementKind::Repost: return 2;
    case EngagementKind::Reply: return 3;
    case EngagementKind::Quote: return 2;
    }
    return 0;
}

} // namespace ge
