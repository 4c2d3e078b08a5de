#pragma once

#include "campaigns/CampaignStore.h"
#include "campaigns/CampaignTypes.h"
#include "campaigns/FollowGateway.h"
#include "campaigns/WritePacer.h"
#include "core/Clock.h"

#include <QHash>
#include <QSet>

namespace ge::campaigns {

struct EngineConfig
{
    int maxAttempts = 3;             // per item, counting attempts before a crash
    qint64 ambiguousBackoffMs = 5000; // after a write whose outcome is unknown (network, 5xx)
    qint64 defaultRetryAfterMs = 60000; // a 429 without Retry-After / RateLimit-Reset
};

// What one step did and when to call step() again.
struct StepResult
{
    enum class Kind { Worked, Wait, Paused, Finished };
    Kind kind = Kind::Worked;
    qint64 wakeAtUs = 0; // for Wait
    QString reason;
};

// Runs one campaign (follow-back or undo) one write at a time. Synchronous and clock-driven: the
// worker calls step() from its thread and sleeps (timer) until wakeAtUs; tests call it directly
// with a ManualClock. Idempotency protocol (docs/adr/0006-campaign-idempotency.md):
//   1. the item is committed as in flight (following / unfollowing) BEFORE the write is sent;
//   2. the outcome is committed after it; an ambiguous outcome leaves the item in flight;
//   3. an in-flight item is never sent again before it is reconciled against the repository's
//      follow records (listRecords, the PDS's truth, no AppView lag): exists -> done, missing ->
//      pending again. So a crash at any point can never produce a second follow record.
class CampaignEngine
{
public:
    CampaignEngine(CampaignStore &store, FollowGateway &gateway, AuditSink &audit, WritePacer &pacer,
                   const Clock &clock, EngineConfig config = {});

    Result<StepResult> step(qint64 campaignId);

    // Follow records of the account as last loaded (subject DID -> uri), for tests and status.
    const QHash<QString, QString> &followIndex() const { return m_bySubject; }

private:
    Status loadIndex(const QString &accountDid);
    Status reconcile(const CampaignRow &campaign);
    Result<StepResult> writeFollow(const CampaignRow &campaign, CampaignItem item);
    Result<StepResult> writeUnfollow(const CampaignRow &campaign, CampaignItem item);
    struct Spent
    {
        int cost = 0;
        qint64 atUs = 0;
    };
    Result<StepResult> handleWriteError(const CampaignRow &campaign, CampaignItem item, const Error &error,
                                        const char *action, Spent spent);
    void audit(const CampaignRow &campaign, const QString &action, const QString &target, const QString &result,
               const QByteArray &details = {});

    CampaignStore &m_store;
    FollowGateway &m_gateway;
    AuditSink &m_audit;
    WritePacer &m_pacer;
    const Clock &m_clock;
    EngineConfig m_config;

    bool m_indexLoaded = false;
    bool m_needsReconcile = true; // first step of a process always reconciles
    QHash<QString, QString> m_bySubject; // subject DID -> follow uri
    QSet<QString> m_uris;
};

} // namespace ge::campaigns
