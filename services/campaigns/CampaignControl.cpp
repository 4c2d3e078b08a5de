#include "campaigns/CampaignControl.h"

#include "campaigns/CampaignLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ge::campaigns {

CampaignControl::CampaignControl(CampaignStore &store, AuditSink &audit, const Clock &clock, QString actor)
    : m_store(store), m_audit(audit), m_clock(clock), m_actor(std::move(actor))
{
}

void CampaignControl::audit(const QString &accountDid, const QString &action, const QString &target,
                            const QString &result, const QByteArray &details)
{
    AuditRecord r;
    r.atUs = m_clock.nowUs();
    r.actor = m_actor;
    r.accountDid = accountDid;
    r.action = action;
    r.target = target;
    r.result = result;
    r.detailsJson = details;
    if (Status s = m_audit.append(r); !s.ok())
        qCWarning(lcCampaigns) << "audit append failed:" << s.error().summary();
}

Result<qint64> CampaignControl::createFromPlan(const CampaignPlan &plan, int maxPerHour, bool dryRun,
                                              const WritePacer &pacer)
{
    const qint64 now = m_clock.nowUs();
    CampaignRow row;
    row.accountDid = plan.accountDid;
    row.kind = CampaignKind::FollowBack;
    row.state = dryRun ? CampaignState::Completed : CampaignState::Running;
    row.dryRun = dryRun;
    row.filtersJson = plan.filters.toJson();
    row.maxPerHour = maxPerHour;
    row.createdAtUs = now;
    row.startedAtUs = now;
    row.finishedAtUs = dryRun ? now : 0;
    if (dryRun)
        row.stateReason = QCoreApplication::translate("Campaigns", "dry run: nothing was written");
    QList<CampaignItem> items;
    items.reserve(plan.targets.size());
    for (const TargetProfile &t : plan.targets) {
        CampaignItem item;
        item.targetDid = t.did;
        item.handle = t.handle;
        item.state = dryRun ? ItemState::WouldFollow : ItemState::Pending;
        item.updatedAtUs = now;
        items.append(item);
    }
    auto id = m_store.createCampaign(row, items);
    if (!id)
        return id.error();
    QJsonObject details{{u"targets"_s, int(plan.targets.size())},
                        {u"followers"_s, plan.followers},
                        {u"points"_s, double(plan.estimate.points)},
                        {u"filters"_s, QJsonDocument::fromJson(row.filtersJson).object()}};
    if (dryRun) {
        details.insert(u"estimatedFinishUs"_s, double(pacer.estimateFinishUs(int(plan.targets.size()), kCreatePoints)));
        for (const FilterCount &c : plan.removed)
            details.insert(u"removed."_s + c.id, c.removed);
    }
    audit(plan.accountDid, dryRun ? u"campaign.dry_run"_s : u"campaign.start"_s, QString::number(*id), u"ok"_s,
          QJsonDocument(details).toJson(QJsonDocument::Compact));
    return *id;
}

Result<qint64> CampaignControl::createUndo(qint64 parentId)
{
    auto parent = m_store.campaign(parentId);
    if (!parent)
        return parent.error();
    if (parent->kind != CampaignKind::FollowBack || parent->dryRun)
        return Error::validation(
            QCoreApplication::translate("Campaigns", "Only a follow-back campaign that ran can be undone"));
    if (parent->state == CampaignState::Running)
        return Error::validation(QCoreApplication::translate(
            "Campaigns", "Campaign %1 is still running; pause or cancel it before undoing it").arg(parentId));
    auto existing = m_store.campaigns(parent->accountDid);
    if (!existing)
        return existing.error();
    for (const CampaignRow &c : *existing) {
        if (c.kind == CampaignKind::Undo && c.parentId == parentId && !isFinished(c.state))
            return Error::validation(
                QCoreApplication::translate("Campaigns", "Campaign %1 is already being undone by campaign %2")
                    .arg(parentId)
                    .arg(c.id));
    }
    auto followed = m_store.itemsInState(parentId, ItemState::Followed);
    if (!followed)
        return followed.error();
    const qint64 now = m_clock.nowUs();
    CampaignRow row;
    row.accountDid = parent->accountDid;
    row.kind = CampaignKind::Undo;
    row.state = CampaignState::Running;
    row.parentId = parentId;
    row.maxPerHour = parent->maxPerHour;
    row.createdAtUs = now;
    row.startedAtUs = now;
    QList<CampaignItem> items;
    for (const CampaignItem &f : *followed) {
        if (f.followUri.isEmpty())
            continue;
        CampaignItem item;
        item.targetDid = f.targetDid;
        item.followUri = f.followUri;
        item.state = ItemState::Pending;
        item.updatedAtUs = now;
        items.append(item);
    }
    auto id = m_store.createCampaign(row, items);
    if (!id)
        return id.error();
    audit(parent->accountDid, u"campaign.undo"_s, QString::number(parentId), u"ok"_s,
          QJsonDocument(QJsonObject{{u"undoId"_s, double(*id)}, {u"records"_s, int(items.size())}})
              .toJson(QJsonDocument::Compact));
    return *id;
}

Result<bool> CampaignControl::pause(qint64 id)
{
    auto row = m_store.campaign(id);
    if (!row)
        return row.error();
    auto changed = m_store.transition(id, {CampaignState::Running}, CampaignState::Paused,
                                      QCoreApplication::translate("Campaigns", "paused by the user"), m_clock.nowUs());
    if (changed && *changed)
        audit(row->accountDid, u"campaign.pause"_s, QString::number(id), u"ok"_s);
    return changed;
}

Result<bool> CampaignControl::resume(qint64 id)
{
    auto row = m_store.campaign(id);
    if (!row)
        return row.error();
    auto changed = m_store.transition(id, {CampaignState::Paused}, CampaignState::Running, {}, m_clock.nowUs());
    if (changed && *changed)
        audit(row->accountDid, u"campaign.resume"_s, QString::number(id), u"ok"_s);
    return changed;
}

Result<bool> CampaignControl::cancel(qint64 id)
{
    auto row = m_store.campaign(id);
    if (!row)
        return row.error();
    const qint64 now = m_clock.nowUs();
    auto changed = m_store.transition(id, {CampaignState::Running, CampaignState::Paused}, CampaignState::Cancelled,
                                      QCoreApplication::translate("Campaigns", "cancelled by the user"), now);
    if (!changed)
        return changed;
    auto n = m_store.cancelPending(id, now);
    if (!n)
        return n.error();
    if (*changed)
        audit(row->accountDid, u"campaign.cancel"_s, QString::number(id), u"ok"_s,
              QJsonDocument(QJsonObject{{u"cancelledItems"_s, *n}}).toJson(QJsonDocument::Compact));
    return *changed;
}

Result<qint64> CampaignControl::unfinishedCampaign(const QString &accountDid)
{
    auto rows = m_store.unfinished(accountDid);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? qint64(0) : rows->last().id;
}

Result<CampaignProgress> CampaignControl::progress(qint64 id, const WritePacer *pacer)
{
    auto row = m_store.campaign(id);
    if (!row)
        return row.error();
    auto counts = m_store.counts(id);
    if (!counts)
        return counts.error();
    CampaignProgress p;
    p.campaign = *row;
    p.counts = *counts;
    for (const auto &c : p.counts) {
        p.total += c.second;
        if (isTerminal(c.first))
            p.done += c.second;
    }
    if (pacer && row->state == CampaignState::Running) {
        const int cost = row->kind == CampaignKind::Undo ? kDeletePoints : kCreatePoints;
        const int left = p.total - p.done;
        p.nextWriteUs = std::max(m_clock.nowUs(), pacer->earliestAllowedUs(cost));
        p.pacePerHour = pacer->writesInLastHour();
        p.etaUs = left > 0 ? pacer->estimateFinishUs(left, cost) : 0;
        p.waitReason = pacer->waitReason(cost);
    }
    return p;
}

} // namespace ge::campaigns
