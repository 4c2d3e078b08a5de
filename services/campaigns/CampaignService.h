#pragma once

#include "campaigns/CampaignTypes.h"
#include "campaigns/CampaignWorker.h"

#include <QObject>
#include <QThread>

namespace ge::campaigns {

// GUI-thread facade of the campaign worker: owns the "ge-campaigns" thread, forwards requests as
// queued calls and re-emits the worker's results (already on the GUI thread). Nothing here blocks.
class CampaignService : public QObject
{
    Q_OBJECT
public:
    CampaignService(CampaignWorkerConfig config, GatewayFactory factory, const Clock &clock,
                    QObject *parent = nullptr);
    ~CampaignService() override;

    // Starts the thread; the worker opens its connection and resumes running campaigns.
    void start();
    // Stops after the in-flight call of every campaign (they stay 'running' and resume next start).
    void stop();

    quint64 plan(const QString &account, const CampaignFilters &filters, int maxPerHour);
    void startCampaign(const CampaignPlan &plan, int maxPerHour, bool dryRun);
    void pause(qint64 id);
    void resume(qint64 id);
    void cancel(qint64 id);
    void undo(qint64 id);
    void refresh(qint64 id);
    void listCampaigns(const QString &accountDid = {});

Q_SIGNALS:
    void ready();
    void planReady(quint64 requestId, const ge::campaigns::CampaignPlan &plan);
    void planFailed(quint64 requestId, const ge::Error &error);
    void campaignCreated(qint64 id, bool dryRun);
    void progressChanged(const ge::campaigns::CampaignProgress &progress);
    void campaignsListed(const QList<ge::campaigns::CampaignRow> &rows);
    void itemsListed(qint64 id, const QList<ge::campaigns::CampaignItem> &items);
    void failed(const ge::Error &error);

private:
    QThread m_thread;
    CampaignWorker *m_worker = nullptr;
    quint64 m_nextRequest = 1;
    bool m_started = false;
};

} // namespace ge::campaigns
