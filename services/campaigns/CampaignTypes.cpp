#include "campaigns/CampaignTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ge::campaigns {

namespace {

struct StateName
{
    ItemState state;
    QLatin1StringView name;
};

constexpr StateName kItemStates[] = {
    {ItemState::Pending, "pending"_L1},
    {ItemState::Following, "following"_L1},
    {ItemState::Followed, "followed"_L1},
    {ItemState::SkippedAlreadyFollowing, "skipped-already-following"_L1},
    {ItemState::Failed, "failed"_L1},
    {ItemState::Cancelled, "cancelled"_L1},
    {ItemState::Unfollowing, "unfollowing"_L1},
    {ItemState::Unfollowed, "unfollowed"_L1},
    {ItemState::SkippedAlreadyGone, "skipped-already-gone"_L1},
    {ItemState::WouldFollow, "would-follow"_L1},
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString isoOrEmpty(qint64 us)
{
    if (us <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString toString(CampaignKind kind)
{
    return kind == CampaignKind::Undo ? u"undo"_s : u"follow_back"_s;
}

std::optional<CampaignKind> campaignKindFromString(const QString &text)
{
    if (text == "follow_back"_L1)
        return CampaignKind::FollowBack;
    if (text == "undo"_L1)
        return CampaignKind::Undo;
    return std::nullopt;
}

QString toString(CampaignState state)
{
    switch (state) {
    case CampaignState::Running: return u"running"_s;
    case CampaignState::Paused: return u"paused"_s;
    case CampaignState::Cancelled: return u"cancelled"_s;
    case CampaignState::Completed: return u"completed"_s;
    case CampaignState::Failed: return u"failed"_s;
    }
    return u"failed"_s;
}

std::optional<CampaignState> campaignStateFromString(const QString &text)
{
    for (CampaignState s : {CampaignState::Running, CampaignState::Paused, CampaignState::Cancelled,
                            CampaignState::Completed, CampaignState::Failed}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

bool isFinished(CampaignState state)
{
    return state == CampaignState::Cancelled || state == CampaignState::Completed || state == CampaignState::Failed;
}

QString toString(ItemState state)
{
    for (const StateName &n : kItemStates) {
        if (n.state == state)
            return QString(n.name);
    }
    return u"failed"_s;
}

std::optional<ItemState> itemStateFromString(const QString &text)
{
    for (const StateName &n : kItemStates) {
        if (text == n.name)
            return n.state;
    }
    return std::nullopt;
}

QList<ItemState> allItemStates()
{
    QList<ItemState> out;
    for (const StateName &n : kItemStates)
        out.append(n.state);
    return out;
}

bool isInFlight(ItemState state)
{
    return state == ItemState::Following || state == ItemState::Unfollowing;
}

bool isTerminal(ItemState state)
{
    return state != ItemState::Pending && !isInFlight(state);
}

bool CampaignFilters::isEmpty() const
{
    return !minFollowers && !maxFollowers && !requireAvatar && !activeWithinDays && !minAccountAgeDays
           && !maxFollowRatio && exclude.isEmpty() && excludeLabels.isEmpty() && onlyDids.isEmpty();
}

QByteArray CampaignFilters::toJson() const
{
    QJsonObject o;
    if (minFollowers)
        o.insert(u"minFollowers"_s, double(*minFollowers));
    if (maxFollowers)
        o.insert(u"maxFollowers"_s, double(*maxFollowers));
    if (requireAvatar)
        o.insert(u"requireAvatar"_s, true);
    if (activeWithinDays)
        o.insert(u"activeWithinDays"_s, *activeWithinDays);
    if (minAccountAgeDays)
        o.insert(u"minAccountAgeDays"_s, *minAccountAgeDays);
    if (maxFollowRatio)
        o.insert(u"maxFollowRatio"_s, *maxFollowRatio);
    if (!exclude.isEmpty())
        o.insert(u"exclude"_s, toArray(exclude));
    if (!excludeLabels.isEmpty())
        o.insert(u"excludeLabels"_s, toArray(excludeLabels));
    if (!onlyDids.isEmpty())
        o.insert(u"onlyDids"_s, toArray(onlyDids));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CampaignFilters> CampaignFilters::fromJson(const QByteArray &json)
{
    CampaignFilters f;
    if (json.trimmed().isEmpty())
        return f;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::parse(QCoreApplication::translate("Campaigns", "Stored campaign filters are not valid JSON"));
    const QJsonObject o = doc.object();
    if (o.contains(u"minFollowers"_s))
        f.minFollowers = qint64(o.value(u"minFollowers"_s).toDouble());
    if (o.contains(u"maxFollowers"_s))
        f.maxFollowers = qint64(o.value(u"maxFollowers"_s).toDouble());
    f.requireAvatar = o.value(u"requireAvatar"_s).toBool();
    if (o.contains(u"activeWithinDays"_s))
        f.activeWithinDays = o.value(u"activeWithinDays"_s).toInt();
    if (o.contains(u"minAccountAgeDays"_s))
        f.minAccountAgeDays = o.value(u"minAccountAgeDays"_s).toInt();
    if (o.contains(u"maxFollowRatio"_s))
        f.maxFollowRatio = o.value(u"maxFollowRatio"_s).toDouble();
    f.exclude = fromArray(o.value(u"exclude"_s));
    f.excludeLabels = fromArray(o.value(u"excludeLabels"_s));
    f.onlyDids = fromArray(o.value(u"onlyDids"_s));
    return f;
}

int CampaignPlan::removedBy(const QString &id) const
{
    for (const FilterCount &c : removed) {
        if (c.id == id)
            return c.removed;
    }
    return 0;
}

QByteArray CampaignPlan::toJson() const
{
    QJsonObject o;
    o.insert(u"account"_s, accountHandle);
    o.insert(u"accountDid"_s, accountDid);
    o.insert(u"followers"_s, followers);
    o.insert(u"follows"_s, follows);
    o.insert(u"candidates"_s, int(targets.size()));
    o.insert(u"filters"_s, QJsonDocument::fromJson(filters.toJson()).object());
    QJsonArray removedArr;
    for (const FilterCount &c : removed)
        removedArr.append(QJsonObject{{u"id"_s, c.id}, {u"label"_s, c.label}, {u"removed"_s, c.removed}});
    o.insert(u"removed"_s, removedArr);
    QJsonObject est;
    est.insert(u"writes"_s, estimate.writes);
    est.insert(u"pointsPerWrite"_s, estimate.pointsPerWrite);
    est.insert(u"points"_s, double(estimate.points));
    est.insert(u"durationSeconds"_s, double(estimate.durationMs() / 1000));
    est.insert(u"start"_s, isoOrEmpty(estimate.startUs));
    est.insert(u"finish"_s, isoOrEmpty(estimate.finishUs));
    o.insert(u"estimate"_s, est);
    QJsonArray targetsArr;
    for (const TargetProfile &t : targets) {
        QJsonObject p;
        p.insert(u"did"_s, t.did);
        p.insert(u"handle"_s, t.handle);
        p.insert(u"displayName"_s, t.displayName);
        p.insert(u"hasAvatar"_s, !t.avatarUrl.isEmpty());
        p.insert(u"followers"_s, double(t.followersCount));
        p.insert(u"follows"_s, double(t.followsCount));
        p.insert(u"posts"_s, double(t.postsCount));
        p.insert(u"createdAt"_s, isoOrEmpty(t.createdAtUs));
        if (t.lastPostAtUs >= 0)
            p.insert(u"lastPostAt"_s, isoOrEmpty(t.lastPostAtUs));
        p.insert(u"labels"_s, toArray(t.labels));
        targetsArr.append(p);
    }
    o.insert(u"targets"_s, targetsArr);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int CampaignProgress::count(ItemState state) const
{
    for (const auto &c : counts) {
        if (c.first == state)
            return c.second;
    }
    return 0;
}

QByteArray CampaignProgress::toJson() const
{
    QJsonObject o;
    o.insert(u"id"_s, double(campaign.id));
    o.insert(u"accountDid"_s, campaign.accountDid);
    o.insert(u"kind"_s, toString(campaign.kind));
    o.insert(u"state"_s, toString(campaign.state));
    o.insert(u"dryRun"_s, campaign.dryRun);
    if (campaign.parentId)
        o.insert(u"parentId"_s, double(campaign.parentId));
    if (!campaign.stateReason.isEmpty())
        o.insert(u"reason"_s, campaign.stateReason);
    o.insert(u"total"_s, total);
    o.insert(u"done"_s, done);
    QJsonObject c;
    for (const auto &pair : counts)
        c.insert(toString(pair.first), pair.second);
    o.insert(u"counts"_s, c);
    o.insert(u"nextWrite"_s, isoOrEmpty(nextWriteUs));
    o.insert(u"pacePerHour"_s, pacePerHour);
    o.insert(u"eta"_s, isoOrEmpty(etaUs));
    if (!waitReason.isEmpty())
        o.insert(u"waiting"_s, waitReason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString rkeyOfUri(const QString &uri)
{
    if (!uri.startsWith("at://"_L1))
        return {};
    const qsizetype slash = uri.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : uri.mid(slash + 1);
}

} // namespace ge::campaigns
