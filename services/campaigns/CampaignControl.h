#pragma once

#include "campaigns/CampaignStore.h"
#include "campaigns/CampaignTypes.h"
#include "campaigns/WritePacer.h"
#include "core/Clock.h"

namespace ge::campaigns {

// Everything about campaigns that needs only the database: creating them from a plan, undo jobs,
// pause / resume / cancel (from the GUI or another process: the runner reads the state before
// every write), and progress figures. No network.
class CampaignControl
{
public:
    CampaignControl(CampaignStore &store, AuditSink &audit, const Clock &clock, QString actor);

    // A running campaign with one pending item per target. A dry run records what it would do
    // (would-follow items, schedule in the audit log) and is complete at once; it writes nothing.
    Result<qint64> createFromPlan(const CampaignPlan &plan, int maxPerHour, bool dryRun, const WritePacer &pacer);
    // Undo job: one item per follow record the parent created (state followed), nothing else.
    Result<qint64> createUndo(qint64 parentId);

    Result<bool> pause(qint64 id);
    Result<bool> resume(qint64 id);
    // Stops after the in-flight call: pending items become cancelled now.
    Result<bool> cancel(qint64 id);

    // The account's unfinished campaign (running or paused), newest first; 0 when none.
    Result<qint64> unfinishedCampaign(const QString &accountDid);

    // Counts from the database; pacing figures from `pacer` when the caller runs the campaign.
    Result<CampaignProgress> progress(qint64 id, const WritePacer *pacer = nullptr);

private:
    void audit(const QString &accountDid, const QString &action, const QString &target, const QString &result,
               const QByteArray &details = {});

    CampaignStore &m_store;
    AuditSink &m_audit;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace ge::campaigns
