#pragma once

#include "campaigns/CampaignControl.h"
#include "campaigns/CampaignEngine.h"
#include "campaigns/CampaignTypes.h"
#include "campaigns/FollowGateway.h"
#include "campaigns/WritePacer.h"
#include "core/Clock.h"
#include "storage/DatabaseConfig.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QLockFile;
class QTimer;

namespace ge::storage {
class DbConnection;
}

namespace ge::campaigns {

class SqlCampaignStore;
class StorageAuditSink;

// Path of the lock file that marks the one process running campaigns for an account.
QString runnerLockPath(const QString &dir, const QString &accountDid);

// Creates the gateway for an own account (handle or DID). Called on the worker thread, so the
// gateway's network objects live there.
using GatewayFactory = std::function<Result<std::unique_ptr<FollowGateway>>(const QString &account)>;

struct CampaignWorkerConfig
{
    storage::DatabaseConfig database;
    QString lockDir;          // where per-account runner locks live (the data dir)
    PacerConfig pacer;
    EngineConfig engine;
    qint64 pollMs = 1000;     // longest sleep while waiting (pause/cancel from another process show up)
    QString actor = QStringLiteral("gui");
};

// Runs campaigns on its own thread (move it to a QThread, then invoke initialize()). All slots
// are queued calls from the GUI; results come back as signals with value types. A campaign is
// driven only while this process holds the account's runner lock (QLockFile in lockDir), so the
// GUI and a CLI runner can never write for the same account at the same time.
class CampaignWorker : public QObject
{
    Q_OBJECT
public:
    CampaignWorker(CampaignWorkerConfig config, GatewayFactory factory, const Clock &clock, QObject *parent = nullptr);
    ~CampaignWorker() override;

public Q_SLOTS:
    // Opens the database connection on this thread and resumes every running campaign.
    void initialize();
    void plan(quint64 requestId, const QString &account, const QByteArray &filtersJson, int maxPerHour);
    void start(const ge::campaigns::CampaignPlan &plan, int maxPerHour, bool dryRun);
    void pause(qint64 id);
    void resume(qint64 id);
    void cancel(qint64 id);
    void undo(qint64 id);
    void refresh(qint64 id);
    void listCampaigns(const QString &accountDid);
    void shutdown();

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
    struct Account
    {
        std::unique_ptr<FollowGateway> gateway;
        std::unique_ptr<WritePacer> pacer;
        std::unique_ptr<QLockFile> lock;
    };
    struct Running
    {
        QString accountDid;
        std::unique_ptr<CampaignEngine> engine;
        QTimer *timer = nullptr;
    };
    Result<Account *> account(const QString &handleOrDid, bool needLock);
    void drive(qint64 id);
    void stepNow(qint64 id);
    void stopDriving(qint64 id);
    void emitProgress(qint64 id);

    CampaignWorkerConfig m_config;
    GatewayFactory m_factory;
    const Clock &m_clock;
    std::unique_ptr<storage::DbConnection> m_db;
    std::unique_ptr<SqlCampaignStore> m_store;
    std::unique_ptr<StorageAuditSink> m_audit;
    std::unique_ptr<CampaignControl> m_control;
    std::vector<std::unique_ptr<Account>> m_ownedAccounts;
    QHash<QString, Account *> m_accounts; // by DID and by the handle the user typed
    QHash<qint64, Running *> m_running;
};

} // namespace ge::campaigns

Q_DECLARE_METATYPE(ge::campaigns::CampaignRow)
Q_DECLARE_METATYPE(ge::campaigns::CampaignItem)
