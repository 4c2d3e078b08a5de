#pragma once

#include "campaigns/CampaignTypes.h"
#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

namespace ge::campaigns {

// Persistence of campaigns and their items. Every call commits before it returns: the engine
// relies on "item marked in flight" being durable before it sends the write.
class CampaignStore
{
public:
    virtual ~CampaignStore() = default;

    // Campaign row + all items in one transaction; returns the new id.
    virtual Result<qint64> createCampaign(const CampaignRow &row, const QList<CampaignItem> &items) = 0;
    virtual Result<CampaignRow> campaign(qint64 id) = 0;
    // Newest first; empty accountDid = every account.
    virtual Result<QList<CampaignRow>> campaigns(const QString &accountDid) = 0;
    virtual Result<QList<CampaignItem>> items(qint64 campaignId) = 0;
    virtual Result<QList<CampaignItem>> itemsInState(qint64 campaignId, ItemState state) = 0;
    // The next pending item in plan order.
    virtual Result<std::optional<CampaignItem>> nextPending(qint64 campaignId) = 0;
    // Writes the item's state, uri, error, attempts and updated time.
    virtual Status updateItem(const CampaignItem &item) = 0;
    // Conditional state change: only when the current state is one of `from`. Returns whether it
    // changed. Sets started_at on the first Running, finished_at on a finished state.
    virtual Result<bool> transition(qint64 id, const QList<CampaignState> &from, CampaignState to,
                                    const QString &reason, qint64 nowUs) = 0;
    // pending -> cancelled for every item of the campaign (in-flight items are left to the runner).
    virtual Result<int> cancelPending(qint64 id, qint64 nowUs) = 0;
    virtual Result<QList<QPair<ItemState, int>>> counts(qint64 id) = 0;
    // Unfinished campaigns of an account (running or paused), oldest first.
    virtual Result<QList<CampaignRow>> unfinished(const QString &accountDid) = 0;
    // Targets this account unfollowed on purpose: undone by a campaign, or unfollowed as recorded
    // in the follow history.
    virtual Result<QSet<QString>> previouslyUnfollowed(const QString &accountDid) = 0;
    // Targets already in an unfinished campaign of the account (never plan them twice).
    virtual Result<QSet<QString>> targetsInUnfinishedCampaigns(const QString &accountDid) = 0;
    // Writes (time, points) this account sent since sinceUs, to seed the pacer after a restart.
    virtual Result<QList<QPair<qint64, int>>> writesSince(const QString &accountDid, qint64 sinceUs) = 0;
};

// One line of the append-only audit log: who did what to whom, and how it ended.
struct AuditRecord
{
    qint64 atUs = 0;
    QString actor;      // "campaign:<id>", "cli", "gui"
    QString accountDid;
    QString action;     // follow.create, follow.delete, follow.reconcile, campaign.start, ...
    QString target;     // DID or AT-URI
    QString result;     // ok, failed, skipped, exists, missing, ...
    QByteArray detailsJson;
};

class AuditSink
{
public:
    virtual ~AuditSink() = default;
    virtual Status append(const AuditRecord &record) = 0;
};

} // namespace ge::campaigns
