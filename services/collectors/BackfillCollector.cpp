#include "collectors/BackfillCollector.h"

#include "collectors/CollectorsLogging.h"
#include "storage/DbConnection.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ge::collectors {

namespace {

// at://did/app.bsky.graph.follow/RKEY → RKEY
QString rkeyOfUri(const QString &uri)
{
    if (!uri.startsWith(u"at://"))
        return {};
    return uri.section(u'/', -1);
}

ProfileInfo profileInfo(const atproto::Profile &p, qint64 nowUs)
{
    ProfileInfo info;
    info.did = p.did;
    info.handle = p.handle;
    info.displayName = p.displayName;
    info.description = p.description;
    info.avatarUrl = p.avatar;
    info.followersCount = p.followersCount.value_or(-1);
    info.followsCount = p.followsCount.value_or(-1);
    info.postsCount = p.postsCount.value_or(-1);
    info.createdAtUs = p.createdAtUs;
    info.labelsJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.labels)).toJson(QJsonDocument::Compact));
    info.updatedAtUs = nowUs;
    return info;
}

} // namespace

BackfillCollector::BackfillCollector(atproto::XrpcClient &xrpc, storage::StorageWriter &writer, BatchSink &sink,
                                     storage::DatabaseConfig db, const Clock &clock, BackfillOptions options,
                                     QObject *parent)
    : QObject(parent),
      m_xrpc(xrpc),
      m_writer(writer),
      m_sink(sink),
      m_db(std::move(db)),
      m_clock(clock),
      m_options(std::move(options)),
      m_schedule(this)
{
    connect(&m_schedule, &QTimer::timeout, this, &BackfillCollector::runNow);
}

BackfillCollector::~BackfillCollector() = default;

void BackfillCollector::setAccounts(const QList<BackfillAccount> &accounts)
{
    m_scheduled = accounts;
    if (!m_running) // a running crawl keeps its list; the next one takes the new accounts
        m_accounts = accounts;
}

QList<BackfillAccount> BackfillCollector::neverCrawled()
{
    QList<BackfillAccount> out;
    storage::DbConnection *conn = readConnection();
    for (const BackfillAccount &account : std::as_const(m_scheduled)) {
        if (!conn) {
            out.append(account);
            continue;
        }
        auto done = conn->scalar(QStringLiteral("SELECT COUNT(*) FROM backfill_state WHERE account_did = ? "
                                                "AND kind = 'followers' AND completed_at_us IS NOT NULL"),
                                 {account.did});
        if (!done || done->toLongLong() == 0)
            out.append(account);
    }
    return out;
}

void BackfillCollector::startSchedule()
{
    m_stopping = false;
    if (m_options.intervalMs > 0) {
        m_schedule.setInterval(std::chrono::milliseconds(m_options.intervalMs));
        m_schedule.start();
    }
    if (m_running)
        return;
    const QList<BackfillAccount> pending = neverCrawled();
    qCInfo(lcCollectors) << "backfill: scheduled every" << m_options.intervalMs / 1000 << "s;" << pending.size()
                         << "of" << m_scheduled.size() << "accounts never crawled, crawling them now";
    if (pending.isEmpty())
        return;
    m_accounts = pending;
    m_running = true;
    m_index = -1;
    nextAccount();
}

void BackfillCollector::start()
{
    m_stopping = false;
    if (m_options.intervalMs > 0) {
        m_schedule.setInterval(std::chrono::milliseconds(m_options.intervalMs));
        m_schedule.start();
    }
    runNow();
}

void BackfillCollector::stop()
{
    m_stopping = true;
    m_schedule.stop();
}

void BackfillCollector::runNow()
{
    if (m_running)
        return;
    m_stopping = false;
    m_running = true;
    m_accounts = m_scheduled;
    m_index = -1;
    nextAccount();
}

storage::DbConnection *BackfillCollector::readConnection()
{
    if (!m_read) {
        auto conn = storage::DbConnection::open(m_db, QStringLiteral("backfill-read"), storage::OpenMode::ReadOnly);
        if (!conn) {
            qCWarning(lcCollectors) << "backfill: cannot open a read connection:" << conn.error().message;
            return nullptr;
        }
        m_read = std::move(*conn);
    }
    return m_read.get();
}

QString BackfillCollector::phaseName() const
{
    switch (m_phase) {
    case Phase::Followers: return QStringLiteral("followers");
    case Phase::Follows: return QStringLiteral("follows");
    case Phase::Records: return QStringLiteral("records");
    case Phase::Done: break;
    }
    return QStringLiteral("done");
}

bool BackfillCollector::loadState(const QString &kind)
{
    m_cursor.clear();
    m_pages = 0;
    m_items = 0;
    storage::DbConnection *conn = readConnection();
    if (!conn)
        return false;
    auto q = conn->select(QStringLiteral("SELECT cursor, pages, items, started_at_us, completed_at_us FROM backfill_state "
                                         "WHERE account_did = ? AND kind = ?"),
                          {m_accounts.at(m_index).did, kind});
    if (!q || !q->next())
        return false;
    const bool unfinished = q->value(4).isNull() && !q->value(3).isNull() && !q->value(0).toString().isEmpty();
    if (!unfinished)
        return false;
    m_cursor = q->value(0).toString();
    m_pages = q->value(1).toLongLong();
    m_items = q->value(2).toLongLong();
    m_crawlStartUs = q->value(3).toLongLong();
    return true;
}

void BackfillCollector::persistState(const QString &kind, const QString &cursor, bool completed)
{
    const QString did = m_accounts.at(m_index).did;
    const QVariantList values = {did,
                                 kind,
                                 cursor.isEmpty() ? QVariant() : QVariant(cursor),
                                 m_pages,
                                 m_items,
                                 m_crawlStartUs,
                                 completed ? QVariant(m_clock.nowUs()) : QVariant()};
    m_writer.submitTask([values](storage::DbConnection &conn) -> Status {
        auto r = conn.select(QStringLiteral("INSERT INTO backfill_state (account_did, kind, cursor, pages, items, "
                                            "started_at_us, completed_at_us) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT (account_did, kind) DO UPDATE SET cursor = excluded.cursor, "
                                            "pages = excluded.pages, items = excluded.items, "
                                            "started_at_us = excluded.started_at_us, "
                                            "completed_at_us = excluded.completed_at_us"),
                             values);
        if (!r)
            return r.error();
        return {};
    });
}

void BackfillCollector::nextAccount()
{
    if (m_stopping || ++m_index >= m_accounts.size()) {
        m_running = false;
        m_phase = Phase::Done;
        Q_EMIT finished();
        return;
    }
    m_followers = 0;
    m_follows = 0;
    m_expected = -1;
    const BackfillAccount &account = m_accounts.at(m_index);
    // The account's own profile: counts for the ETA and the profiles table.
    m_xrpc.getProfile(m_options.appView, account.did, [this](Result<atproto::Profile> profile) {
        if (profile) {
            m_expected = profile->followersCount.value_or(-1);
            WriteBatch batch;
            batch.profiles.append(profileInfo(*profile, m_clock.nowUs()));
            while (!m_sink.push(batch, std::chrono::milliseconds(200))) {
            }
        } else {
            qCInfo(lcCollectors) << "backfill: profile unavailable:" << profile.error().summary();
        }
        m_phase = Phase::Followers;
        if (loadState(phaseName())) {
            qCInfo(lcCollectors) << "backfill: resuming" << phaseName() << "of" << m_accounts.at(m_index).did
                                 << "after page" << m_pages;
        } else {
            m_crawlStartUs = m_clock.nowUs();
            persistState(phaseName(), QString(), false);
        }
        m_phaseStartMs = m_clock.monotonicMs();
        runPhase();
    });
}

void BackfillCollector::runPhase()
{
    if (m_stopping) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const BackfillAccount &account = m_accounts.at(m_index);
    const bool own = account.pds.base.isValid() && !account.pds.accessJwt.isEmpty();
    const atproto::XrpcTarget reader = own ? account.pds : m_options.appView;
    switch (m_phase) {
    case Phase::Followers:
        m_xrpc.getFollowers(reader, account.did, m_options.pageLimit, m_cursor,
                            [this](Result<atproto::ProfilePage> page) { onFollowersPage(std::move(page)); });
        return;
    case Phase::Follows:
        m_xrpc.getFollows(reader, account.did, m_options.pageLimit, m_cursor,
                          [this](Result<atproto::ProfilePage> page) { onFollowsPage(std::move(page)); });
        return;
    case Phase::Records:
        m_xrpc.listRecords(account.pds, account.did, QStringLiteral("app.bsky.graph.follow"), m_options.pageLimit,
                           m_cursor, [this](Result<atproto::RecordPage> page) { onRecordsPage(std::move(page)); });
        return;
    case Phase::Done:
        completeAccount();
        return;
    }
}

void BackfillCollector::emitProgress()
{
    BackfillProgress p;
    p.accountDid = m_accounts.at(m_index).did;
    p.kind = phaseName();
    p.pages = m_pages;
    p.items = m_items;
    p.expected = m_phase == Phase::Followers ? m_expected : -1;
    p.accountsDone = m_index;
    p.accountsTotal = m_accounts.size();
    const qint64 elapsed = m_clock.monotonicMs() - m_phaseStartMs;
    if (p.expected > 0 && m_items > 0 && elapsed > 0)
        p.etaMs = std::max<qint64>(0, (p.expected - m_items) * elapsed / m_items);
    Q_EMIT progress(p);
}

void BackfillCollector::fail(const Error &error)
{
    const QString did = m_accounts.at(m_index).did;
    qCWarning(lcCollectors) << "backfill of" << did << phaseName() << "stopped after page" << m_pages << ":"
                            << error.summary() << "(resumes from the stored cursor)";
    Q_EMIT failed(did, error);
    m_running = false;
    m_phase = Phase::Done;
    Q_EMIT finished();
}

void BackfillCollector::onFollowersPage(Result<atproto::ProfilePage> page)
{
    if (!page)
        return fail(page.error());
    const QString did = m_accounts.at(m_index).did;
    const qint64 nowUs = m_clock.nowUs();
    WriteBatch batch;
    for (const atproto::Profile &p : std::as_const(page->profiles)) {
        FollowCreated f;
        f.followerDid = p.did;
        f.subjectDid = did;
        f.rkey = rkeyOfUri(p.viewer.followedBy); // authenticated reads only
        f.timeUs = m_crawlStartUs;
        f.source = EventSource::Backfill;
        batch.followsCreated.append(f);
        batch.profiles.append(profileInfo(p, nowUs));
    }
    while (!m_sink.push(batch, std::chrono::milliseconds(200))) {
    }
    ++m_pages;
    m_items += page->profiles.size();
    emitProgress();
    if (page->cursor && !page->cursor->isEmpty() && m_pages < m_options.maxPagesPerAccount) {
        m_cursor = *page->cursor;
        persistState(phaseName(), m_cursor, false);
        return runPhase();
    }
    m_followers = m_items;

    // Diff against what was known: active followers the crawl did not see again are gone.
    qint64 gone = 0;
    if (!m_writer.flush(60000))
        return fail(Error::storage(QCoreApplication::translate("Collectors", "The database writer is not keeping up.")));
    if (storage::DbConnection *conn = readConnection()) {
        auto q = conn->select(QStringLiteral("SELECT follower_did FROM follow_edges WHERE subject_did = ? "
                                             "AND removed_at_us IS NULL AND first_seen_us < ? AND last_seen_us < ?"),
                              {did, m_crawlStartUs, m_crawlStartUs});
        if (!q)
            return fail(q.error());
        WriteBatch removals;
        while (q->next()) {
            FollowDeleted d;
            d.followerDid = q->value(0).toString();
            d.subjectDid = did;
            d.timeUs = m_crawlStartUs;
            d.source = EventSource::Backfill;
            removals.followsDeleted.append(d);
            ++gone;
        }
        while (!removals.isEmpty() && !m_sink.push(removals, std::chrono::milliseconds(200))) {
        }
    }
    m_gone = gone;
    persistState(phaseName(), QString(), true);
    m_phase = Phase::Follows;
    if (!loadState(phaseName())) {
        persistState(phaseName(), QString(), false);
    }
    m_phaseStartMs = m_clock.monotonicMs();
    runPhase();
}

void BackfillCollector::onFollowsPage(Result<atproto::ProfilePage> page)
{
    if (!page)
        return fail(page.error());
    const QString did = m_accounts.at(m_index).did;
    const qint64 nowUs = m_clock.nowUs();
    WriteBatch batch;
    for (const atproto::Profile &p : std::as_const(page->profiles)) {
        FollowCreated f;
        f.followerDid = did;
        f.subjectDid = p.did;
        f.rkey = rkeyOfUri(p.viewer.following); // the account's own follow record, when it is the viewer
        f.timeUs = m_crawlStartUs;
        f.source = EventSource::Backfill;
        batch.followsCreated.append(f);
        batch.profiles.append(profileInfo(p, nowUs));
    }
    while (!m_sink.push(batch, std::chrono::milliseconds(200))) {
    }
    ++m_pages;
    m_items += page->profiles.size();
    emitProgress();
    if (page->cursor && !page->cursor->isEmpty() && m_pages < m_options.maxPagesPerAccount) {
        m_cursor = *page->cursor;
        persistState(phaseName(), m_cursor, false);
        return runPhase();
    }
    m_follows = m_items;
    if (!m_writer.flush(60000))
        return fail(Error::storage(QCoreApplication::translate("Collectors", "The database writer is not keeping up.")));
    if (storage::DbConnection *conn = readConnection()) {
        auto q = conn->select(QStringLiteral("SELECT subject_did FROM follow_edges WHERE follower_did = ? "
                                             "AND removed_at_us IS NULL AND first_seen_us < ? AND last_seen_us < ?"),
                              {did, m_crawlStartUs, m_crawlStartUs});
        if (!q)
            return fail(q.error());
        WriteBatch removals;
        while (q->next()) {
            FollowDeleted d;
            d.followerDid = did;
            d.subjectDid = q->value(0).toString();
            d.timeUs = m_crawlStartUs;
            d.source = EventSource::Backfill;
            removals.followsDeleted.append(d);
        }
        while (!removals.isEmpty() && !m_sink.push(removals, std::chrono::milliseconds(200))) {
        }
    }
    persistState(phaseName(), QString(), true);
    const BackfillAccount &account = m_accounts.at(m_index);
    if (account.pds.base.isValid() && !account.pds.accessJwt.isEmpty()) {
        m_phase = Phase::Records;
        if (!loadState(phaseName()))
            persistState(phaseName(), QString(), false);
        m_phaseStartMs = m_clock.monotonicMs();
        return runPhase();
    }
    completeAccount();
}

void BackfillCollector::onRecordsPage(Result<atproto::RecordPage> page)
{
    if (!page)
        return fail(page.error());
    const QString did = m_accounts.at(m_index).did;
    WriteBatch batch;
    for (const atproto::RecordEntry &r : std::as_const(page->records)) {
        const QString subject = r.value.value(QStringLiteral("subject")).toString();
        if (!subject.startsWith(u"did:"))
            continue;
        FollowCreated f;
        f.followerDid = did;
        f.subjectDid = subject;
        f.rkey = r.rkey.isEmpty() ? rkeyOfUri(r.uri) : r.rkey;
        f.timeUs = m_crawlStartUs;
        f.source = EventSource::Backfill;
        batch.followsCreated.append(f);
    }
    while (!batch.isEmpty() && !m_sink.push(batch, std::chrono::milliseconds(200))) {
    }
    ++m_pages;
    m_items += page->records.size();
    emitProgress();
    if (page->cursor && !page->cursor->isEmpty() && m_pages < m_options.maxPagesPerAccount) {
        m_cursor = *page->cursor;
        persistState(phaseName(), m_cursor, false);
        return runPhase();
    }
    persistState(phaseName(), QString(), true);
    completeAccount();
}

void BackfillCollector::completeAccount()
{
    const QString did = m_accounts.at(m_index).did;
    WriteBatch batch;
    batch.snapshots.append({did, m_clock.nowUs(), m_followers, m_follows, EventSource::Backfill});
    while (!m_sink.push(batch, std::chrono::milliseconds(200))) {
    }
    m_writer.flush(60000);
    qCInfo(lcCollectors) << "backfill of" << did << "done:" << m_followers << "followers," << m_follows << "follows,"
                         << m_gone << "gone since the previous crawl";
    Q_EMIT accountCompleted(did, m_followers, m_follows, m_gone);
    m_phase = Phase::Done;
    nextAccount();
}

} // namespace ge::collectors
