#pragma once

#include "campaigns/CampaignStore.h"
#include "campaigns/CampaignTypes.h"
#include "campaigns/FollowGateway.h"
#include "campaigns/WritePacer.h"
#include "core/Clock.h"

namespace ge::campaigns {

// Builds a follow-back plan from FRESH data: every page of the account's followers, every follow
// record in its repository (plus the AppView's follows), the database's history of deliberate
// unfollows and unfinished campaigns, then the user's filters. Each step counts what it removed.
class CampaignPlanner
{
public:
    CampaignPlanner(FollowGateway &gateway, CampaignStore &store, const Clock &clock);

    // `pacer` gives the estimate (the account's current budget, the chosen pace).
    Result<CampaignPlan> plan(const QString &accountHandleOrDid, const CampaignFilters &filters,
                              const WritePacer &pacer);

    // Filter step ids, in the order they run (stable; used by the CLI's JSON and the UI).
    static QStringList stepIds();
    static QString stepLabel(const QString &id);

private:
    FollowGateway &m_gateway;
    CampaignStore &m_store;
    const Clock &m_clock;
};

} // namespace ge::campaigns
