#include "campaigns/CampaignEngine.h"

#include "campaigns/CampaignLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ge::campaigns {

namespace {

QByteArray errorDetails(const Error &error)
{
    QJsonObject o{{u"category"_s, toString(error.category)}, {u"message"_s, error.message}};
    if (error.httpStatus)
        o.insert(u"http"_s, error.httpStatus);
    if (!error.xrpcError.isEmpty())
        o.insert(u"xrpc"_s, error.xrpcError);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A write whose request may have reached the server: the record may exist.
bool isAmbiguous(const Error &error)
{
    switch (error.category) {
    case ErrorCategory::Network:
    case ErrorCategory::Timeout:
    case ErrorCategory::Parse:
    case ErrorCategory::Internal:
        return true;
    case ErrorCategory::Http:
    case ErrorCategory::Xrpc:
        return error.httpStatus == 0 || error.httpStatus >= 500;
    default:
        return false;
    }
}

// The server certainly did nothing and asking again later can succeed.
bool isNotSent(const Error &error)
{
    return error.category == ErrorCategory::CircuitOpen;
}

} // namespace

CampaignEngine::CampaignEngine(CampaignStore &store, FollowGateway &gateway, AuditSink &audit, WritePacer &pacer,
                               const Clock &clock, EngineConfig config)
    : m_store(store), m_gateway(gateway), m_audit(audit), m_pacer(pacer), m_clock(clock), m_config(config)
{
}

void CampaignEngine::audit(const CampaignRow &campaign, const QString &action, const QString &target,
                           const QString &result, const QByteArray &details)
{
    AuditRecord r;
    r.atUs = m_clock.nowUs();
    r.actor = u"campaign:"_s + QString::number(campaign.id);
    r.accountDid = campaign.accountDid;
    r.action = action;
    r.target = target;
    r.result = result;
    r.detailsJson = details;
    const Status s = m_audit.append(r);
    if (!s.ok())
        qCWarning(lcCampaigns) << "audit append failed:" << s.error().summary();
}

Status CampaignEngine::loadIndex(const QString &accountDid)
{
    auto records = m_gateway.listFollowRecords(accountDid);
    if (!records)
        return records.error();
    m_bySubject.clear();
    m_uris.clear();
    for (const FollowRecord &r : *records) {
        m_bySubject.insert(r.subjectDid, r.uri);
        m_uris.insert(r.uri);
    }
    m_indexLoaded = true;
    return {};
}

Status CampaignEngine::reconcile(const CampaignRow &campaign)
{
    const ItemState inFlight = campaign.kind == CampaignKind::Undo ? ItemState::Unfollowing : ItemState::Following;
    auto items = m_store.itemsInState(campaign.id, inFlight);
    if (!items)
        return items.error();
    if (!items->isEmpty() || !m_indexLoaded) {
        // Fresh records: the in-flight write may have landed a moment ago.
        if (Status s = loadIndex(campaign.accountDid); !s.ok())
            return s;
    }
    for (CampaignItem item : *items) {
        item.updatedAtUs = m_clock.nowUs();
        if (campaign.kind == CampaignKind::FollowBack) {
            const QString uri = m_bySubject.value(item.targetDid);
            if (!uri.isEmpty()) {
                item.state = ItemState::Followed;
                item.followUri = uri;
                item.error.clear();
                audit(campaign, u"follow.reconcile"_s, item.targetDid, u"exists"_s,
                      QJsonDocument(QJsonObject{{u"uri"_s, uri}}).toJson(QJsonDocument::Compact));
            } else {
                item.state = item.attempts >= m_config.maxAttempts ? ItemState::Failed : ItemState::Pending;
                if (item.state == ItemState::Failed)
                    item.error = QCoreApplication::translate("Campaigns", "gave up after %1 attempts").arg(item.attempts);
                audit(campaign, u"follow.reconcile"_s, item.targetDid, u"missing"_s);
            }
        } else {
            if (!m_uris.contains(item.followUri)) {
                item.state = ItemState::Unfollowed;
                audit(campaign, u"unfollow.reconcile"_s, item.followUri, u"gone"_s);
            } else {
                item.state = item.attempts >= m_config.maxAttempts ? ItemState::Failed : ItemState::Pending;
                if (item.state == ItemState::Failed)
                    item.error = QCoreApplication::translate("Campaigns", "gave up after %1 attempts").arg(item.attempts);
                audit(campaign, u"unfollow.reconcile"_s, item.followUri, u"still-exists"_s);
            }
        }
        if (Status s = m_store.updateItem(item); !s.ok())
            return s;
    }
    m_needsReconcile = false;
    return {};
}

Result<StepResult> CampaignEngine::step(qint64 campaignId)
{
    auto row = m_store.campaign(campaignId);
    if (!row)
        return row.error();
    const CampaignRow &campaign = *row;
    if (campaign.state == CampaignState::Paused)
        return StepResult{StepResult::Kind::Paused, 0, campaign.stateReason};
    if (isFinished(campaign.state) && campaign.state != CampaignState::Cancelled)
        return StepResult{StepResult::Kind::Finished, 0, {}};

    if (m_needsReconcile) {
        if (Status s = reconcile(campaign); !s.ok()) {
            // Without the repository's records nothing may be sent; try again later.
            qCWarning(lcCampaigns) << "reconciliation failed:" << s.error().summary();
            return StepResult{StepResult::Kind::Wait, m_clock.nowUs() + m_config.ambiguousBackoffMs * 1000,
                              s.error().message};
        }
    }

    if (campaign.state == CampaignState::Cancelled) {
        // cancel() turned pending items into cancelled; an in-flight one was reconciled above.
        return StepResult{StepResult::Kind::Finished, 0, {}};
    }

    auto next = m_store.nextPending(campaignId);
    if (!next)
        return next.error();
    if (!*next) {
        auto changed = m_store.transition(campaignId, {CampaignState::Running}, CampaignState::Completed, {},
                                          m_clock.nowUs());
        if (!changed)
            return changed.error();
        if (*changed)
            audit(campaign, u"campaign.complete"_s, QString::number(campaignId), u"ok"_s);
        return StepResult{StepResult::Kind::Finished, 0, {}};
    }
    CampaignItem item = **next;
    if (campaign.kind == CampaignKind::Undo)
        return writeUnfollow(campaign, item);
    return writeFollow(campaign, item);
}

Result<StepResult> CampaignEngine::writeFollow(const CampaignRow &campaign, CampaignItem item)
{
    const qint64 now = m_clock.nowUs();
    const QString existing = m_bySubject.value(item.targetDid);
    if (!existing.isEmpty()) {
        item.state = ItemState::SkippedAlreadyFollowing; // undo only takes 'followed' items
        item.followUri = existing;
        item.updatedAtUs = now;
        if (Status s = m_store.updateItem(item); !s.ok())
            return s.error();
        audit(campaign, u"follow.skip"_s, item.targetDid, u"already-following"_s,
              QJsonDocument(QJsonObject{{u"existing"_s, existing}}).toJson(QJsonDocument::Compact));
        return StepResult{StepResult::Kind::Worked, 0, {}};
    }

    // Compare with a fresh reading: the pacer's "now" is later than ours on a real clock.
    const qint64 allowed = m_pacer.earliestAllowedUs(kCreatePoints);
    if (allowed > m_clock.nowUs()) {
        if (allowed - now > 400LL * 24 * 3600 * 1000 * 1000) {
            const QString why = QCoreApplication::translate("Campaigns", "The points budget is smaller than one follow");
            (void)m_store.transition(campaign.id, {CampaignState::Running}, CampaignState::Paused, why, now);
            return StepResult{StepResult::Kind::Paused, 0, why};
        }
        return StepResult{StepResult::Kind::Wait, allowed, m_pacer.waitReason(kCreatePoints)};
    }

    // 1. durable in-flight mark, 2. spend, 3. write, 4. durable outcome.
    item.state = ItemState::Following;
    item.attempts += 1;
    item.error.clear();
    item.updatedAtUs = now;
    if (Status s = m_store.updateItem(item); !s.ok())
        return s.error();
    m_pacer.recordSpend(kCreatePoints, now);
    auto result = m_gateway.createFollow(campaign.accountDid, item.targetDid);
    if (!result)
        return handleWriteError(campaign, item, result.error(), "follow.create", Spent{kCreatePoints, now});

    m_pacer.applyServerLimit(result->rateLimit);
    item.state = ItemState::Followed;
    item.followUri = result->uri;
    item.updatedAtUs = m_clock.nowUs();
    m_bySubject.insert(item.targetDid, result->uri);
    m_uris.insert(result->uri);
    audit(campaign, u"follow.create"_s, item.targetDid, u"ok"_s,
          QJsonDocument(QJsonObject{{u"uri"_s, result->uri}}).toJson(QJsonDocument::Compact));
    if (Status s = m_store.updateItem(item); !s.ok())
        return s.error(); // stays in flight in the database: the next start reconciles it
    return StepResult{StepResult::Kind::Worked, 0, {}};
}

Result<StepResult> CampaignEngine::writeUnfollow(const CampaignRow &campaign, CampaignItem item)
{
    const qint64 now = m_clock.nowUs();
    const QString rkey = rkeyOfUri(item.followUri);
    if (rkey.isEmpty() || !m_uris.contains(item.followUri)) {
        // Already deleted (by hand, or a replaced follow): nothing of ours left to remove.
        item.state = rkey.isEmpty() ? ItemState::Failed : ItemState::SkippedAlreadyGone;
        if (rkey.isEmpty())
            item.error = QCoreApplication::translate("Campaigns", "no follow record to delete");
        item.updatedAtUs = now;
        if (Status s = m_store.updateItem(item); !s.ok())
            return s.error();
        audit(campaign, u"follow.delete.skip"_s, item.followUri, u"already-gone"_s);
        return StepResult{StepResult::Kind::Worked, 0, {}};
    }
    const qint64 allowed = m_pacer.earliestAllowedUs(kDeletePoints);
    if (allowed > m_clock.nowUs())
        return StepResult{StepResult::Kind::Wait, allowed, m_pacer.waitReason(kDeletePoints)};

    item.state = ItemState::Unfollowing;
    item.attempts += 1;
    item.error.clear();
    item.updatedAtUs = now;
    if (Status s = m_store.updateItem(item); !s.ok())
        return s.error();
    m_pacer.recordSpend(kDeletePoints, now);
    auto result = m_gateway.deleteFollow(campaign.accountDid, rkey);
    if (!result)
        return handleWriteError(campaign, item, result.error(), "follow.delete", Spent{kDeletePoints, now});
    m_pacer.applyServerLimit(result->rateLimit);
    item.state = ItemState::Unfollowed;
    item.updatedAtUs = m_clock.nowUs();
    m_bySubject.remove(item.targetDid);
    m_uris.remove(item.followUri);
    audit(campaign, u"follow.delete"_s, item.followUri, u"ok"_s);
    if (Status s = m_store.updateItem(item); !s.ok())
        return s.error();
    return StepResult{StepResult::Kind::Worked, 0, {}};
}

Result<StepResult> CampaignEngine::handleWriteError(const CampaignRow &campaign, CampaignItem item, const Error &error,
                                                    const char *action, Spent spent)
{
    const qint64 now = m_clock.nowUs();
    const QString target = campaign.kind == CampaignKind::Undo ? item.followUri : item.targetDid;
    audit(campaign, QString::fromLatin1(action), target, u"failed"_s, errorDetails(error));
    qCWarning(lcCampaigns) << action << target << "failed:" << error.summary();
    item.updatedAtUs = now;

    if (error.category == ErrorCategory::RateLimited) {
        // A 429 (or the local limiter) is a refusal: nothing was written, no points spent.
        // Back to pending, wait as told.
        m_pacer.refundSpend(spent.cost, spent.atUs);
        const qint64 waitMs = error.retryAfter ? qint64(error.retryAfter->count()) : m_config.defaultRetryAfterMs;
        m_pacer.applyRetryAfter(now + waitMs * 1000);
        item.state = ItemState::Pending;
        item.attempts = std::max(0, item.attempts - 1);
        item.error = error.message;
        if (Status s = m_store.updateItem(item); !s.ok())
            return s.error();
        return StepResult{StepResult::Kind::Wait, now + waitMs * 1000, m_pacer.waitReason(kCreatePoints)};
    }
    if (error.category == ErrorCategory::Auth) {
        item.state = ItemState::Pending;
        item.attempts = std::max(0, item.attempts - 1);
        item.error = error.message;
        if (Status s = m_store.updateItem(item); !s.ok())
            return s.error();
        const QString why = QCoreApplication::translate("Campaigns", "Paused: the account's session failed (%1)")
                                .arg(error.message);
        (void)m_store.transition(campaign.id, {CampaignState::Running}, CampaignState::Paused, why, now);
        audit(campaign, u"campaign.pause"_s, QString::number(campaign.id), u"auth-failed"_s);
        return StepResult{StepResult::Kind::Paused, 0, why};
    }
    if (isNotSent(error)) {
        m_pacer.refundSpend(spent.cost, spent.atUs);
        item.state = ItemState::Pending;
        item.attempts = std::max(0, item.attempts - 1);
        if (Status s = m_store.updateItem(item); !s.ok())
            return s.error();
        return StepResult{StepResult::Kind::Wait, now + m_config.ambiguousBackoffMs * 1000, error.message};
    }
    if (isAmbiguous(error)) {
        // The record may exist: leave the item in flight and look before sending again.
        item.error = error.message;
        if (Status s = m_store.updateItem(item); !s.ok())
            return s.error();
        m_needsReconcile = true;
        return StepResult{StepResult::Kind::Wait, now + m_config.ambiguousBackoffMs * 1000, error.message};
    }
    // A definite refusal (invalid subject, deleted account, ...).
    item.state = ItemState::Failed;
    item.error = error.message.isEmpty() ? error.summary() : error.message;
    if (Status s = m_store.updateItem(item); !s.ok())
        return s.error();
    return StepResult{StepResult::Kind::Worked, 0, {}};
}

} // namespace ge::campaigns
