#include "campaigns/CampaignWorker.h"

#include "accounts/AccountStore.h"
#include "campaigns/CampaignLog.h"
#include "campaigns/CampaignPlanner.h"
#include "campaigns/SqlCampaignStore.h"
#include "campaigns/StorageAuditSink.h"
#include "storage/DbConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ge::campaigns {

namespace {
constexpr qint64 kDayUs = 24LL * 3600 * 1000 * 1000;
}

QString runnerLockPath(const QString &dir, const QString &accountDid)
{
    const QByteArray h = QCryptographicHash::hash(accountDid.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(dir).filePath(u"campaign-runner-"_s + QString::fromLatin1(h) + u".lock"_s);
}

CampaignWorker::CampaignWorker(CampaignWorkerConfig config, GatewayFactory factory, const Clock &clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_factory(std::move(factory)), m_clock(clock)
{
    qRegisterMetaType<ge::campaigns::CampaignPlan>();
    qRegisterMetaType<ge::campaigns::CampaignProgress>();
    qRegisterMetaType<ge::campaigns::CampaignRow>();
    qRegisterMetaType<ge::campaigns::CampaignItem>();
    qRegisterMetaType<QList<ge::campaigns::CampaignRow>>();
    qRegisterMetaType<QList<ge::campaigns::CampaignItem>>();
    qRegisterMetaType<ge::Error>();
}

CampaignWorker::~CampaignWorker()
{
    shutdown();
}

void CampaignWorker::initialize()
{
    auto conn = storage::DbConnection::open(m_config.database, u"campaigns"_s);
    if (!conn) {
        Q_EMIT failed(conn.error());
        return;
    }
    m_db = std::move(conn.value());
    m_store = std::make_unique<SqlCampaignStore>(m_db->connectionName());
    m_audit = std::make_unique<StorageAuditSink>(*m_db);
    m_control = std::make_unique<CampaignControl>(*m_store, *m_audit, m_clock, m_config.actor);
    auto all = m_store->campaigns({});
    if (all) {
        for (const CampaignRow &row : *all) {
            if (row.state == CampaignState::Running && !row.dryRun)
                drive(row.id);
        }
        Q_EMIT campaignsListed(*all);
    }
    Q_EMIT ready();
}

void CampaignWorker::shutdown()
{
    const auto ids = m_running.keys();
    for (qint64 id : ids)
        stopDriving(id);
    m_accounts.clear();
    m_ownedAccounts.clear();
    m_control.reset();
    m_audit.reset();
    m_store.reset();
    m_db.reset();
}

Result<CampaignWorker::Account *> CampaignWorker::account(const QString &handleOrDid, bool needLock)
{
    Account *acc = m_accounts.value(handleOrDid, nullptr);
    if (!acc) {
        // Gateways are made per DID: look a handle up among the tracked accounts.
        QString key = handleOrDid.startsWith(QLatin1Char('@')) ? handleOrDid.mid(1) : handleOrDid;
        if (!key.startsWith("did:"_L1) && m_db) {
            accounts::AccountStore store(*m_db);
            auto found = store.find(key);
            if (found && *found)
                key = (*found)->did;
        }
        auto gateway = m_factory(key);
        if (!gateway)
            return gateway.error();
        auto did = gateway.value()->resolveAccount(key);
        if (!did)
            return did.error();
        acc = m_accounts.value(*did, nullptr);
        if (!acc) {
            auto owned = std::make_unique<Account>();
            owned->gateway = std::move(gateway.value());
            owned->pacer = std::make_unique<WritePacer>(m_clock, m_config.pacer);
            if (m_store) {
                auto writes = m_store->writesSince(*did, m_clock.nowUs() - kDayUs);
                if (writes)
                    owned->pacer->seed(*writes);
            }
            acc = owned.get();
            m_ownedAccounts.push_back(std::move(owned));
            m_accounts.insert(*did, acc);
        }
        m_accounts.insert(handleOrDid, acc);
    }
    if (needLock && !acc->lock) {
        QString did;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it)
            if (it.value() == acc && it.key().startsWith("did:"_L1))
                did = it.key();
        auto lock = std::make_unique<QLockFile>(runnerLockPath(m_config.lockDir, did));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return Error::make(ErrorCategory::Validation,
                               QCoreApplication::translate("Campaigns",
                                                           "Another process (pid %1) is running campaigns for this account")
                                   .arg(pid));
        }
        acc->lock = std::move(lock);
    }
    return acc;
}

void CampaignWorker::plan(quint64 requestId, const QString &accountName, const QByteArray &filtersJson, int maxPerHour)
{
    if (!m_store) {
        Q_EMIT planFailed(requestId, Error::storage(QCoreApplication::translate("Campaigns", "Database not open")));
        return;
    }
    auto filters = CampaignFilters::fromJson(filtersJson);
    if (!filters) {
        Q_EMIT planFailed(requestId, filters.error());
        return;
    }
    auto acc = account(accountName, false);
    if (!acc) {
        Q_EMIT planFailed(requestId, acc.error());
        return;
    }
    WritePacer pacer = *acc.value()->pacer;
    pacer.setMaxWritesPerHour(maxPerHour);
    CampaignPlanner planner(*acc.value()->gateway, *m_store, m_clock);
    auto result = planner.plan(accountName, *filters, pacer);
    if (!result) {
        Q_EMIT planFailed(requestId, result.error());
        return;
    }
    Q_EMIT planReady(requestId, *result);
}

void CampaignWorker::start(const CampaignPlan &plan, int maxPerHour, bool dryRun)
{
    if (!m_control)
        return;
    auto acc = account(plan.accountDid, !dryRun);
    if (!acc) {
        Q_EMIT failed(acc.error());
        return;
    }
    WritePacer pacer = *acc.value()->pacer;
    pacer.setMaxWritesPerHour(maxPerHour);
    auto id = m_control->createFromPlan(plan, maxPerHour, dryRun, pacer);
    if (!id) {
        Q_EMIT failed(id.error());
        return;
    }
    Q_EMIT campaignCreated(*id, dryRun);
    if (!dryRun)
        drive(*id);
    emitProgress(*id);
}

void CampaignWorker::pause(qint64 id)
{
    if (!m_control)
        return;
    auto r = m_control->pause(id);
    if (!r)
        Q_EMIT failed(r.error());
    emitProgress(id); // the runner stops at its next step (after the in-flight call)
}

void CampaignWorker::resume(qint64 id)
{
    if (!m_control)
        return;
    auto r = m_control->resume(id);
    if (!r) {
        Q_EMIT failed(r.error());
        return;
    }
    drive(id);
    emitProgress(id);
}

void CampaignWorker::cancel(qint64 id)
{
    if (!m_control)
        return;
    auto r = m_control->cancel(id);
    if (!r)
        Q_EMIT failed(r.error());
    emitProgress(id);
}

void CampaignWorker::undo(qint64 id)
{
    if (!m_control)
        return;
    auto r = m_control->createUndo(id);
    if (!r) {
        Q_EMIT failed(r.error());
        return;
    }
    Q_EMIT campaignCreated(*r, false);
    drive(*r);
    emitProgress(*r);
}

void CampaignWorker::refresh(qint64 id)
{
    emitProgress(id);
    if (m_store) {
        auto items = m_store->items(id);
        if (items)
            Q_EMIT itemsListed(id, *items);
    }
}

void CampaignWorker::listCampaigns(const QString &accountDid)
{
    if (!m_store)
        return;
    auto rows = m_store->campaigns(accountDid);
    if (rows)
        Q_EMIT campaignsListed(*rows);
    else
        Q_EMIT failed(rows.error());
}

void CampaignWorker::drive(qint64 id)
{
    if (!m_store || m_running.contains(id))
        return;
    auto row = m_store->campaign(id);
    if (!row) {
        Q_EMIT failed(row.error());
        return;
    }
    auto acc = account(row->accountDid, true);
    if (!acc) {
        Q_EMIT failed(acc.error());
        return;
    }
    auto *run = new Running;
    run->accountDid = row->accountDid;
    WritePacer &pacer = *acc.value()->pacer;
    pacer.setMaxWritesPerHour(row->maxPerHour);
    run->engine = std::make_unique<CampaignEngine>(*m_store, *acc.value()->gateway, *m_audit, pacer, m_clock,
                                                   m_config.engine);
    run->timer = new QTimer(this);
    run->timer->setSingleShot(true);
    connect(run->timer, &QTimer::timeout, this, [this, id] { stepNow(id); });
    m_running.insert(id, run);
    run->timer->start(0);
}

void CampaignWorker::stopDriving(qint64 id)
{
    Running *run = m_running.take(id);
    if (!run)
        return;
    run->timer->stop();
    run->timer->deleteLater();
    delete run;
}

void CampaignWorker::stepNow(qint64 id)
{
    Running *run = m_running.value(id, nullptr);
    if (!run)
        return;
    auto r = run->engine->step(id);
    if (!r) {
        Q_EMIT failed(r.error());
        emitProgress(id);
        run->timer->start(int(m_config.pollMs)); // storage hiccup: try again shortly
        return;
    }
    switch (r->kind) {
    case StepResult::Kind::Worked:
        emitProgress(id);
        run->timer->start(0);
        return;
    case StepResult::Kind::Wait: {
        emitProgress(id);
        const qint64 ms = std::clamp<qint64>((r->wakeAtUs - m_clock.nowUs()) / 1000, 0, m_config.pollMs);
        run->timer->start(int(ms));
        return;
    }
    case StepResult::Kind::Paused:
    case StepResult::Kind::Finished:
        emitProgress(id);
        stopDriving(id);
        return;
    }
}

void CampaignWorker::emitProgress(qint64 id)
{
    if (!m_control)
        return;
    const WritePacer *pacer = nullptr;
    if (Running *run = m_running.value(id, nullptr)) {
        if (Account *acc = m_accounts.value(run->accountDid, nullptr))
            pacer = acc->pacer.get();
    }
    auto p = m_control->progress(id, pacer);
    if (p)
        Q_EMIT progressChanged(*p);
}

} // namespace ge::campaigns
