#pragma once

#include "atproto/XrpcClient.h"
#include "collectors/BatchSink.h"
#include "core/Clock.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace ge::storage {
class DbConnection;
class StorageWriter;
}

namespace ge::collectors {

struct BackfillOptions
{
    atproto::XrpcTarget appView = atproto::XrpcTarget::appView(QUrl(QStringLiteral("https://public.api.bsky.app")));
    int pageLimit = 100;               // getFollowers / getFollows / listRecords
    qint64 intervalMs = 24LL * 3600 * 1000; // scheduled crawl (default daily); 0 = only on demand
    int maxPagesPerAccount = 5000;     // safety stop (500k followers)
};

// A tracked account to crawl. `pds` + `accessJwt` are set for own accounts: their follow records
// (with rkeys) are listed on the PDS, and an authenticated getFollowers returns viewer.followedBy
// AT-URIs, i.e. the rkeys of followers' follow records (so later Jetstream deletes are attributed).
struct BackfillAccount
{
    QString did;
    atproto::XrpcTarget pds; // empty base: a watched account (AppView only)
};

struct BackfillProgress
{
    QString accountDid;
    QString kind;       // followers, follows, records
    qint64 pages = 0;
    qint64 items = 0;
    qint64 expected = -1; // from the profile's counts (-1 unknown)
    qint64 accountsDone = 0;
    qint64 accountsTotal = 0;
    qint64 etaMs = -1;
};

// Crawls followers, follows, profiles and (own accounts) follow records per tracked account on its
// worker thread, through the XRPC client (breaker, retry, rate limiter). Every page is written as
// it arrives (FollowCreated with source Backfill, time = crawl start; ProfileInfo from the page's
// profile views) and the page cursor is persisted in backfill_state after the page's rows (same
// writer queue, so in order): a restart resumes from the stored cursor. When a crawl completes,
// edges that the crawl did not see again (last_seen_us < crawl start, first seen before it) become
// unfollows (FollowDeleted with subjectDid; the time is the crawl start, bounded below by the
// previous crawl), and a follower snapshot is written. Jetstream's events for the same edges are
// merged by storage (an active edge is not counted twice; an edge Jetstream already removed is not
// active, so it is not removed again).
class BackfillCollector : public QObject
{
    Q_OBJECT
public:
    BackfillCollector(atproto::XrpcClient &xrpc, storage::StorageWriter &writer, BatchSink &sink,
                      storage::DatabaseConfig db, const Clock &clock, BackfillOptions options = {},
                      QObject *parent = nullptr);
    ~BackfillCollector() override;

    bool isRunning() const { return m_running; }
    // Accounts of setAccounts() without a completed followers crawl in backfill_state.
    QList<BackfillAccount> neverCrawled();

public Q_SLOTS:
    void setAccounts(const QList<ge::collectors::BackfillAccount> &accounts);
    // Starts the schedule (first crawl now, then every intervalMs).
    void start();
    // Starts the schedule (a crawl of every account every intervalMs) and crawls now only the
    // accounts that never completed a crawl (new, or interrupted: resumed from the stored cursor).
    // Headless collection uses this, so a restart does not re-crawl everything.
    void startSchedule();
    void stop();
    // Crawls every account now (no-op when a crawl is running).
    void runNow();

Q_SIGNALS:
    void progress(const ge::collectors::BackfillProgress &progress);
    void accountCompleted(const QString &did, qint64 followers, qint64 follows, qint64 unfollowsFound);
    void failed(const QString &did, const ge::Error &error);
    void finished();

private:
    enum class Phase { Followers, Follows, Records, Done };
    void nextAccount();
    void runPhase();
    void onFollowersPage(Result<atproto::ProfilePage> page);
    void onFollowsPage(Result<atproto::ProfilePage> page);
    void onRecordsPage(Result<atproto::RecordPage> page);
    void completeAccount();
    void fail(const Error &error);
    void persistState(const QString &kind, const QString &cursor, bool completed);
    bool loadState(const QString &kind);
    storage::DbConnection *readConnection();
    QString phaseName() const;
    void emitProgress();

    atproto::XrpcClient &m_xrpc;
    storage::StorageWriter &m_writer;
    BatchSink &m_sink;
    storage::DatabaseConfig m_db;
    const Clock &m_clock;
    BackfillOptions m_options;
    QTimer m_schedule;
    std::unique_ptr<storage::DbConnection> m_read;

    QList<BackfillAccount> m_scheduled; // every account (setAccounts)
    QList<BackfillAccount> m_accounts;  // the accounts of the current crawl
    int m_index = -1;
    bool m_running = false;
    bool m_stopping = false;
    Phase m_phase = Phase::Done;
    QString m_cursor;
    qint64 m_pages = 0;
    qint64 m_items = 0;
    qint64 m_expected = -1;
    qint64 m_crawlStartUs = 0;
    qint64 m_phaseStartMs = 0;
    qint64 m_followers = 0;
    qint64 m_follows = 0;
    qint64 m_gone = 0;
};

} // namespace ge::collectors

Q_DECLARE_METATYPE(ge::collectors::BackfillProgress)
Q_DECLARE_METATYPE(ge::collectors::BackfillAccount)
