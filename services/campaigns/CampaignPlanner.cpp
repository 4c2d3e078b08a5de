#include "campaigns/CampaignPlanner.h"

#include "campaigns/CampaignLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ge::campaigns {

namespace {

constexpr qint64 kDayUs = 24LL * 3600 * 1000 * 1000;

QString normalizeExclude(QString s)
{
    s = s.trimmed();
    if (s.startsWith(QLatin1Char('@')))
        s.remove(0, 1);
    return s.toLower();
}

} // namespace

CampaignPlanner::CampaignPlanner(FollowGateway &gateway, CampaignStore &store, const Clock &clock)
    : m_gateway(gateway), m_store(store), m_clock(clock)
{
}

QStringList CampaignPlanner::stepIds()
{
    return {u"not-selected"_s, u"self"_s,         u"already-following"_s, u"blocked"_s,       u"muted"_s,
            u"previously-unfollowed"_s, u"in-other-campaign"_s, u"exclude-list"_s, u"min-followers"_s,
            u"max-followers"_s, u"require-avatar"_s,  u"max-follow-ratio"_s, u"min-account-age"_s,
            u"exclude-label"_s, u"active-within"_s};
}

QString CampaignPlanner::stepLabel(const QString &id)
{
    static const QHash<QString, const char *> labels{
        {u"not-selected"_s, QT_TRANSLATE_NOOP("Campaigns", "not in the selection")},
        {u"self"_s, QT_TRANSLATE_NOOP("Campaigns", "the account itself")},
        {u"already-following"_s, QT_TRANSLATE_NOOP("Campaigns", "already followed")},
        {u"blocked"_s, QT_TRANSLATE_NOOP("Campaigns", "blocked (either way)")},
        {u"muted"_s, QT_TRANSLATE_NOOP("Campaigns", "muted")},
        {u"previously-unfollowed"_s, QT_TRANSLATE_NOOP("Campaigns", "unfollowed before on purpose")},
        {u"in-other-campaign"_s, QT_TRANSLATE_NOOP("Campaigns", "in another unfinished campaign")},
        {u"exclude-list"_s, QT_TRANSLATE_NOOP("Campaigns", "on the exclude list")},
        {u"min-followers"_s, QT_TRANSLATE_NOOP("Campaigns", "too few followers")},
        {u"max-followers"_s, QT_TRANSLATE_NOOP("Campaigns", "too many followers")},
        {u"require-avatar"_s, QT_TRANSLATE_NOOP("Campaigns", "no avatar")},
        {u"max-follow-ratio"_s, QT_TRANSLATE_NOOP("Campaigns", "follows/followers ratio too high")},
        {u"min-account-age"_s, QT_TRANSLATE_NOOP("Campaigns", "account too young")},
        {u"exclude-label"_s, QT_TRANSLATE_NOOP("Campaigns", "carries an excluded label")},
        {u"active-within"_s, QT_TRANSLATE_NOOP("Campaigns", "no recent post")},
    };
    const char *text = labels.value(id, nullptr);
    return text ? QCoreApplication::translate("Campaigns", text) : id;
}

Result<CampaignPlan> CampaignPlanner::plan(const QString &accountHandleOrDid, const CampaignFilters &filters,
                                           const WritePacer &pacer)
{
    CampaignPlan plan;
    plan.filters = filters;
    plan.plannedAtUs = m_clock.nowUs();
    auto did = m_gateway.resolveAccount(accountHandleOrDid);
    if (!did)
        return did.error();
    plan.accountDid = *did;
    plan.accountHandle = accountHandleOrDid;

    auto followers = m_gateway.listFollowers(plan.accountDid);
    if (!followers)
        return followers.error();
    auto records = m_gateway.listFollowRecords(plan.accountDid);
    if (!records)
        return records.error();
    auto follows = m_gateway.listFollows(plan.accountDid);
    if (!follows)
        return follows.error();
    auto unfollowed = m_store.previouslyUnfollowed(plan.accountDid);
    if (!unfollowed)
        return unfollowed.error();
    auto inOther = m_store.targetsInUnfinishedCampaigns(plan.accountDid);
    if (!inOther)
        return inOther.error();

    // The repository's records are the truth the moment a write returns; the AppView adds follows
    // it has indexed (the same set, normally).
    QSet<QString> followed;
    for (const FollowRecord &r : *records)
        followed.insert(r.subjectDid);
    for (const FollowerView &f : *follows)
        followed.insert(f.profile.did);
    plan.follows = int(followed.size());

    QSet<QString> excluded;
    for (const QString &e : filters.exclude)
        excluded.insert(normalizeExclude(e));
    QSet<QString> excludedLabels;
    bool anyLabel = false;
    for (const QString &l : filters.excludeLabels) {
        if (l.trimmed() == "*"_L1)
            anyLabel = true;
        else
            excludedLabels.insert(l.trimmed().toLower());
    }

    const QSet<QString> only(filters.onlyDids.cbegin(), filters.onlyDids.cend());
    QHash<QString, int> removed;
    QList<FollowerView> remaining;
    QSet<QString> seen;
    for (const FollowerView &f : *followers) {
        if (seen.contains(f.profile.did))
            continue; // a follower listed twice across pages is still one candidate
        seen.insert(f.profile.did);
        QString why;
        if (!only.isEmpty() && !only.contains(f.profile.did))
            why = u"not-selected"_s;
        else if (f.profile.did == plan.accountDid)
            why = u"self"_s;
        else if (followed.contains(f.profile.did) || !f.viewerFollowingUri.isEmpty())
            why = u"already-following"_s;
        else if (f.blocking || f.blockedBy)
            why = u"blocked"_s;
        else if (f.muted)
            why = u"muted"_s;
        else if (unfollowed->contains(f.profile.did))
            why = u"previously-unfollowed"_s;
        else if (inOther->contains(f.profile.did))
            why = u"in-other-campaign"_s;
        else if (excluded.contains(f.profile.did.toLower()) || excluded.contains(f.profile.handle.toLower()))
            why = u"exclude-list"_s;
        if (why.isEmpty())
            remaining.append(f);
        else
            removed[why] += 1;
    }
    plan.followers = int(seen.size());

    // Detailed profiles only for what is left, and only when a filter or the preview needs them.
    QStringList dids;
    for (const FollowerView &f : remaining)
        dids.append(f.profile.did);
    QHash<QString, TargetProfile> detailed;
    if (!dids.isEmpty()) {
        auto profiles = m_gateway.getProfiles(dids);
        if (!profiles)
            return profiles.error();
        for (const TargetProfile &p : *profiles)
            detailed.insert(p.did, p);
    }

    const qint64 now = m_clock.nowUs();
    QList<TargetProfile> kept;
    for (const FollowerView &f : remaining) {
        TargetProfile p = detailed.value(f.profile.did, f.profile);
        if (p.handle.isEmpty())
            p.handle = f.profile.handle;
        if (p.avatarUrl.isEmpty())
            p.avatarUrl = f.profile.avatarUrl;
        QString why;
        if (filters.minFollowers && p.followersCount < *filters.minFollowers)
            why = u"min-followers"_s;
        else if (filters.maxFollowers && p.followersCount > *filters.maxFollowers)
            why = u"max-followers"_s;
        else if (filters.requireAvatar && p.avatarUrl.isEmpty())
            why = u"require-avatar"_s;
        else if (filters.maxFollowRatio
                 && double(std::max<qint64>(p.followsCount, 0)) / double(std::max<qint64>(p.followersCount, 1))
                        > *filters.maxFollowRatio)
            why = u"max-follow-ratio"_s;
        else if (filters.minAccountAgeDays && p.createdAtUs > 0
                 && now - p.createdAtUs < qint64(*filters.minAccountAgeDays) * kDayUs)
            why = u"min-account-age"_s;
        else if (!filters.excludeLabels.isEmpty()) {
            for (const QString &label : p.labels) {
                if (anyLabel || excludedLabels.contains(label.toLower())) {
                    why = u"exclude-label"_s;
                    break;
                }
            }
        }
        if (why.isEmpty())
            kept.append(p);
        else
            removed[why] += 1;
    }

    // The costly filter last: one request per remaining candidate.
    if (filters.activeWithinDays) {
        QList<TargetProfile> active;
        for (TargetProfile &p : kept) {
            auto last = m_gateway.lastPostTime(p.did);
            if (!last)
                return last.error();
            p.lastPostAtUs = *last;
            if (*last <= 0 || now - *last > qint64(*filters.activeWithinDays) * kDayUs)
                removed[u"active-within"_s] += 1;
            else
                active.append(p);
        }
        kept = active;
    }

    for (const QString &id : stepIds())
        plan.removed.append({id, stepLabel(id), removed.value(id)});
    plan.targets = kept;
    plan.estimate.writes = int(kept.size());
    plan.estimate.pointsPerWrite = kCreatePoints;
    plan.estimate.points = qint64(kept.size()) * kCreatePoints;
    plan.estimate.startUs = kept.isEmpty() ? now : std::max(now, pacer.earliestAllowedUs(kCreatePoints));
    plan.estimate.finishUs = pacer.estimateFinishUs(int(kept.size()), kCreatePoints);
    qCInfo(lcCampaigns) << "planned follow-back for" << plan.accountDid << ":" << plan.followers << "followers,"
                        << kept.size() << "candidates";
    return plan;
}

} // namespace ge::campaigns
