#include "campaigns/CampaignService.h"

namespace ge::campaigns {

CampaignService::CampaignService(CampaignWorkerConfig config, GatewayFactory factory, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("ge-campaigns"));
    m_worker = new CampaignWorker(std::move(config), std::move(factory), clock);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CampaignWorker::ready, this, &CampaignService::ready);
    connect(m_worker, &CampaignWorker::planReady, this, &CampaignService::planReady);
    connect(m_worker, &CampaignWorker::planFailed, this, &CampaignService::planFailed);
    connect(m_worker, &CampaignWorker::campaignCreated, this, &CampaignService::campaignCreated);
    connect(m_worker, &CampaignWorker::progressChanged, this, &CampaignService::progressChanged);
    connect(m_worker, &CampaignWorker::campaignsListed, this, &CampaignService::campaignsListed);
    connect(m_worker, &CampaignWorker::itemsListed, this, &CampaignService::itemsListed);
    connect(m_worker, &CampaignWorker::failed, this, &CampaignService::failed);
}

CampaignService::~CampaignService()
{
    stop();
    if (!m_started)
        delete m_worker; // never moved into a running thread's event loop
}

void CampaignService::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &CampaignWorker::initialize, Qt::QueuedConnection);
}

void CampaignService::stop()
{
    if (!m_started || !m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &CampaignWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 CampaignService::plan(const QString &account, const CampaignFilters &filters, int maxPerHour)
{
    const quint64 id = m_nextRequest++;
    const QByteArray json = filters.toJson();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, account, json, maxPerHour] { w->plan(id, account, json, maxPerHour); },
                              Qt::QueuedConnection);
    return id;
}

void CampaignService::startCampaign(const CampaignPlan &plan, int maxPerHour, bool dryRun)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, plan, maxPerHour, dryRun] { w->start(plan, maxPerHour, dryRun); },
                              Qt::QueuedConnection);
}

void CampaignService::pause(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->pause(id); }, Qt::QueuedConnection);
}

void CampaignService::resume(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->resume(id); }, Qt::QueuedConnection);
}

void CampaignService::cancel(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->cancel(id); }, Qt::QueuedConnection);
}

void CampaignService::undo(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->undo(id); }, Qt::QueuedConnection);
}

void CampaignService::refresh(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->refresh(id); }, Qt::QueuedConnection);
}

void CampaignService::listCampaigns(const QString &accountDid)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, accountDid] { w->listCampaigns(accountDid); },
                              Qt::QueuedConnection);
}

} // namespace ge::campaigns
