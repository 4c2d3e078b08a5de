// growth-engine campaign plan|run|status|pause|resume|cancel|undo — follow-back campaigns from the
// command line. The runner (run, resume, undo) works in the foreground until the campaign is done,
// paused or cancelled (from the GUI or another `campaign pause|cancel`), and can be killed at any
// moment: `campaign resume --account HANDLE` reconciles and continues exactly where it stopped.

#include "cli/Commands.h"
#include "core/BlockingWait.h"

#include "accounts/AccountStore.h"
#include "atproto/SessionManager.h"
#include "atproto/XrpcClient.h"
#include "atproto/XrpcParsers.h"
#include "campaigns/CampaignControl.h"
#include "campaigns/CampaignEngine.h"
#include "campaigns/CampaignPlanner.h"
#include "campaigns/CampaignWorker.h"
#include "campaigns/SqlCampaignStore.h"
#include "campaigns/StorageAuditSink.h"
#include "campaigns/XrpcFollowGateway.h"
#include "net/HttpClient.h"
#include "secrets/KeychainCredentialStore.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QThread>

#include <csignal>
#include <future>

using namespace Qt::StringLiterals;
using namespace ge::campaigns;

namespace ge::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CampaignCommands", text);
}

std::atomic<bool> g_stopRequested{false};

void onStopSignal(int)
{
    g_stopRequested = true;
}

int exitFor(const Error &e)
{
    switch (e.category) {
    case ErrorCategory::Storage: return ExitStorage;
    case ErrorCategory::Network:
    case ErrorCategory::Timeout:
    case ErrorCategory::CircuitOpen:
    case ErrorCategory::RateLimited:
    case ErrorCategory::Http:
    case ErrorCategory::Xrpc: return ExitNetwork;
    case ErrorCategory::Auth:
    case ErrorCategory::Keychain: return ExitAuth;
    case ErrorCategory::Config: return ExitConfig;
    case ErrorCategory::NotFound: return ExitNoData;
    case ErrorCategory::Validation: return ExitUsage;
    default: return ExitFailed;
    }
}

QString isoTime(qint64 us)
{
    return us > 0 ? QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODate) : u"-"_s;
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

// Runs `start` on the network thread and blocks until its callback delivers.
template <typename T>
Result<T> callOn(QObject *context, std::function<void(atproto::Callback<T>)> start)
{
    auto promise = std::make_shared<std::promise<Result<T>>>();
    auto future = promise->get_future();
    QMetaObject::invokeMethod(
        context, [start, promise] { start([promise](Result<T> r) { promise->set_value(std::move(r)); }); },
        Qt::QueuedConnection);
    return waitForFuture(future);
}

// The HTTP and XRPC clients live on their own thread with an event loop; the campaign code on the
// main thread blocks on their answers (no nested event loop).
class NetworkThread
{
public:
    explicit NetworkThread(const AppConfig &config)
    {
        m_thread.setObjectName(u"ge-campaign-net"_s);
        m_thread.start();
        std::promise<void> ready;
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, &config, &ready] {
                net::HttpClient::Deps deps;
                m_http = new net::HttpClient(deps);
                atproto::XrpcClient::Options opts;
                opts.connectTimeout = std::chrono::milliseconds(config.httpConnectTimeoutMs);
                opts.totalTimeout = std::chrono::milliseconds(config.httpTotalTimeoutMs);
                // The campaign engine decides about retrying writes (after reconciling).
                opts.writeRetry = reliability::RetryPolicy::none();
                m_xrpc = new atproto::XrpcClient(m_http, opts);
                m_keychain = new secrets::KeychainCredentialStore();
                m_sessions = new atproto::SessionManager(m_xrpc, m_keychain);
                ready.set_value();
            },
            Qt::QueuedConnection);
        ready.get_future().wait();
    }
    ~NetworkThread()
    {
        std::promise<void> done;
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, &done] {
                delete m_sessions;
                delete m_keychain;
                delete m_xrpc;
                delete m_http;
                m_anchor.moveToThread(QCoreApplication::instance()->thread());
                done.set_value();
            },
            Qt::QueuedConnection);
        done.get_future().wait();
        m_thread.quit();
        m_thread.wait();
    }
    atproto::XrpcClient *xrpc() const { return m_xrpc; }
    net::HttpClient *http() const { return m_http; }
    atproto::SessionManager *sessions() const { return m_sessions; }

private:
    QThread m_thread;
    QObject m_anchor;
    net::HttpClient *m_http = nullptr;
    atproto::XrpcClient *m_xrpc = nullptr;
    secrets::KeychainCredentialStore *m_keychain = nullptr;
    atproto::SessionManager *m_sessions = nullptr;
};

// The account's session for this run: the own account must have been added with
// `growth-engine account add` (tokens in the OS keychain, restored here and refreshed when the PDS
// says they expired; no login per run). Fallback for headless use without a keychain entry:
// GROWTH_ENGINE_APP_PASSWORD holds an app password; it is used for one login whose tokens then go
// to the keychain, and is never stored or logged itself.
class CliSession
{
public:
    CliSession(const AppConfig &config, NetworkThread &net, accounts::AccountStore &accounts, QString account)
        : m_config(config), m_net(net), m_accounts(accounts), m_account(std::move(account))
    {
    }

    Result<GatewaySession> get(bool refresh)
    {
        if (m_session && !refresh)
            return *m_session;
        atproto::SessionManager *sm = m_net.sessions();
        if (m_session && refresh) {
            const QString did = m_session->did;
            auto st = callOn<bool>(sm, [sm, did](atproto::Callback<bool> done) {
                sm->refresh(did, [done](Status s) { done(s.ok() ? Result<bool>(true) : Result<bool>(s.error())); });
            });
            if (!st)
                return st.error();
            auto cached = callOn<atproto::Session>(sm, [sm, did](atproto::Callback<atproto::Session> done) {
                sm->restore(did, std::move(done));
            });
            if (!cached)
                return cached.error();
            m_session->accessJwt = cached->accessJwt;
            return *m_session;
        }
        auto known = m_accounts.find(m_account);
        if (!known)
            return known.error();
        Result<atproto::Session> s = Error::make(ErrorCategory::Auth, QString());
        if (*known && (*known)->kind == accounts::AccountKind::Own) {
            const QString did = (*known)->did;
            s = callOn<atproto::Session>(sm, [sm, did](atproto::Callback<atproto::Session> done) {
                sm->restore(did, std::move(done));
            });
        }
        if (!s) {
            const QString password = qEnvironmentVariable("GROWTH_ENGINE_APP_PASSWORD");
            if (password.isEmpty())
                return Error::make(ErrorCategory::Auth,
                                   tr("No session for %1: add it with 'growth-engine account add %1' "
                                      "(or set GROWTH_ENGINE_APP_PASSWORD)")
                                       .arg(m_account));
            auto pds = (*known && !(*known)->pdsUrl.isEmpty() && m_config.pdsOverride.isEmpty())
                           ? Result<QUrl>((*known)->pdsUrl)
                           : findPds();
            if (!pds)
                return pds.error();
            const QUrl pdsUrl = *pds;
            const QString id = m_account;
            s = callOn<atproto::Session>(sm, [sm, pdsUrl, id, password](atproto::Callback<atproto::Session> done) {
                sm->login(pdsUrl, id, password, std::move(done));
            });
            if (!s)
                return s.error();
        }
        GatewaySession g;
        g.did = s->did;
        g.handle = s->handle;
        g.pds = s->pdsUrl;
        g.accessJwt = s->accessJwt;
        m_session = g;
        return g;
    }

private:
    Result<QUrl> findPds()
    {
        if (!m_config.pdsOverride.isEmpty())
            return m_config.pdsOverride;
        atproto::XrpcClient *x = m_net.xrpc();
        QString did = m_account;
        if (!did.startsWith("did:"_L1)) {
            const auto target = atproto::XrpcTarget::appView(m_config.appViewUrl);
            const QString handle = m_account;
            auto resolved = callOn<QString>(x, [x, target, handle](atproto::Callback<QString> done) {
                x->resolveHandle(target, handle, std::move(done));
            });
            if (!resolved)
                return resolved.error();
            did = *resolved;
        }
        if (!did.startsWith("did:plc:"_L1))
            return Error::config(tr("Set pds.url for accounts whose DID is not did:plc (%1)").arg(did));
        net::HttpClient *http = m_net.http();
        QUrl url = m_config.plcUrl;
        url.setPath(u"/"_s + did);
        auto doc = callOn<net::HttpResponse>(http, [http, url](atproto::Callback<net::HttpResponse> done) {
            net::HttpRequest req;
            req.url = url;
            req.endpoint = u"plc.resolve"_s;
            net::HttpPolicy policy;
            policy.dependency = u"plc"_s;
            http->get(req, policy, std::move(done));
        });
        if (!doc)
            return doc.error();
        auto parsed = atproto::parse::didDocument(doc->body, did);
        if (!parsed)
            return parsed.error();
        if (parsed->pdsEndpoint.isEmpty())
            return Error::config(tr("The DID document of %1 names no PDS").arg(did));
        return parsed->pdsEndpoint;
    }

    const AppConfig &m_config;
    NetworkThread &m_net;
    accounts::AccountStore &m_accounts;
    QString m_account;
    std::optional<GatewaySession> m_session;
};

// Database, store, audit and control on the main thread.
struct Runtime
{
    std::unique_ptr<storage::DbConnection> db;
    std::unique_ptr<SqlCampaignStore> store;
    std::unique_ptr<StorageAuditSink> audit;
    std::unique_ptr<CampaignControl> control;
    std::unique_ptr<accounts::AccountStore> accounts;
};

Result<Runtime> openRuntime(const AppConfig &config)
{
    auto dbConfig = storage::DatabaseConfig::fromUrl(config.databaseUrl, config.dataDir);
    if (!dbConfig)
        return dbConfig.error();
    auto conn = storage::DbConnection::open(*dbConfig, u"cli-campaign"_s);
    if (!conn)
        return conn.error();
    auto version = storage::Migrator().migrate(**conn);
    if (!version)
        return version.error();
    Runtime rt;
    rt.db = std::move(conn.value());
    rt.store = std::make_unique<SqlCampaignStore>(rt.db->connectionName());
    rt.audit = std::make_unique<StorageAuditSink>(*rt.db);
    rt.control = std::make_unique<CampaignControl>(*rt.store, *rt.audit, SystemClock::instance(), u"cli"_s);
    rt.accounts = std::make_unique<accounts::AccountStore>(*rt.db);
    return rt;
}

struct Options
{
    QCommandLineOption account{u"account"_s, tr("Own account (handle or DID)."), u"HANDLE"_s};
    QCommandLineOption json{u"json"_s, tr("Print JSON.")};
    QCommandLineOption dryRun{u"dry-run"_s, tr("Plan and record what would be followed; write nothing.")};
    QCommandLineOption maxPerHour{u"max-per-hour"_s, tr("Follow at most N accounts per hour (default: as the points budget allows)."),
                                  u"N"_s};
    QCommandLineOption minFollowers{u"min-followers"_s, tr("Only targets with at least N followers."), u"N"_s};
    QCommandLineOption maxFollowers{u"max-followers"_s, tr("Only targets with at most N followers."), u"N"_s};
    QCommandLineOption requireAvatar{u"require-avatar"_s, tr("Only targets that have an avatar.")};
    QCommandLineOption activeWithin{u"active-within-days"_s, tr("Only targets that posted in the last N days."),
                                    u"N"_s};
    QCommandLineOption minAge{u"min-account-age-days"_s, tr("Only accounts created at least N days ago."), u"N"_s};
    QCommandLineOption maxRatio{u"max-follow-ratio"_s,
                                tr("Skip targets following more than R times as many accounts as follow them (bots)."),
                                u"R"_s};
    QCommandLineOption exclude{u"exclude"_s, tr("Never follow this handle or DID (repeatable)."), u"HANDLE_OR_DID"_s};
    QCommandLineOption excludeLabel{u"exclude-label"_s,
                                    tr("Skip targets carrying this label (repeatable; '*' = any label)."), u"LABEL"_s};
    QCommandLineOption hourlyPoints{u"budget-hourly-points"_s,
                                    tr("Write points per hour of the account (default 5000; headroom is kept)."), u"N"_s};
    QCommandLineOption dailyPoints{u"budget-daily-points"_s,
                                   tr("Write points per day of the account (default 35000; headroom is kept)."), u"N"_s};
    QCommandLineOption quiet{u"quiet"_s, tr("Print only the final summary.")};

    void addTo(QCommandLineParser &p)
    {
        for (const QCommandLineOption *o : {&account, &json, &dryRun, &maxPerHour, &minFollowers, &maxFollowers,
                                            &requireAvatar, &activeWithin, &minAge, &maxRatio, &exclude, &excludeLabel,
                                            &hourlyPoints, &dailyPoints, &quiet})
            p.addOption(*o);
    }
};

std::optional<QString> parseFilters(const QCommandLineParser &p, const Options &o, CampaignFilters &f)
{
    auto intOpt = [&p](const QCommandLineOption &opt, qint64 min, std::optional<qint64> &out) -> std::optional<QString> {
        if (!p.isSet(opt))
            return std::nullopt;
        bool ok = false;
        const qint64 v = p.value(opt).toLongLong(&ok);
        if (!ok || v < min)
            return tr("--%1 needs a whole number >= %2").arg(opt.names().constFirst()).arg(min);
        out = v;
        return std::nullopt;
    };
    std::optional<qint64> v;
    if (auto e = intOpt(o.minFollowers, 0, v))
        return e;
    if (v)
        f.minFollowers = *v;
    v.reset();
    if (auto e = intOpt(o.maxFollowers, 0, v))
        return e;
    if (v)
        f.maxFollowers = *v;
    v.reset();
    if (auto e = intOpt(o.activeWithin, 1, v))
        return e;
    if (v)
        f.activeWithinDays = int(*v);
    v.reset();
    if (auto e = intOpt(o.minAge, 0, v))
        return e;
    if (v)
        f.minAccountAgeDays = int(*v);
    if (p.isSet(o.maxRatio)) {
        bool ok = false;
        const double r = p.value(o.maxRatio).toDouble(&ok);
        if (!ok || r <= 0)
            return tr("--max-follow-ratio needs a number > 0");
        f.maxFollowRatio = r;
    }
    f.requireAvatar = p.isSet(o.requireAvatar);
    f.exclude = p.values(o.exclude);
    f.excludeLabels = p.values(o.excludeLabel);
    if (f.minFollowers && f.maxFollowers && *f.minFollowers > *f.maxFollowers)
        return tr("--min-followers is larger than --max-followers");
    return std::nullopt;
}

std::optional<QString> parsePacer(const QCommandLineParser &p, const Options &o, const AppConfig &config,
                                  PacerConfig &pc, int &maxPerHour)
{
    pc.headroomFraction = config.rateLimitHeadroom;
    maxPerHour = 0;
    auto positive = [&p](const QCommandLineOption &opt, int &out) -> std::optional<QString> {
        if (!p.isSet(opt))
            return std::nullopt;
        bool ok = false;
        const int v = p.value(opt).toInt(&ok);
        if (!ok || v <= 0)
            return tr("--%1 needs a whole number > 0").arg(opt.names().constFirst());
        out = v;
        return std::nullopt;
    };
    if (auto e = positive(o.maxPerHour, maxPerHour))
        return e;
    if (auto e = positive(o.hourlyPoints, pc.hourlyPoints))
        return e;
    if (auto e = positive(o.dailyPoints, pc.dailyPoints))
        return e;
    pc.maxWritesPerHour = maxPerHour;
    return std::nullopt;
}

void printPlan(QTextStream &out, const CampaignPlan &plan)
{
    out << tr("Follow-back plan for %1 (%2)").arg(plan.accountHandle, plan.accountDid) << Qt::endl;
    out << tr("  followers: %1   follows: %2   candidates: %3").arg(plan.followers).arg(plan.follows).arg(plan.targets.size())
        << Qt::endl;
    for (const FilterCount &c : plan.removed) {
        if (c.removed > 0)
            out << u"  - "_s << QString::number(c.removed).rightJustified(6) << u"  "_s << c.label << u"  ["_s << c.id
                << u"]"_s << Qt::endl;
    }
    out << tr("  points: %1 (%2 per follow)   estimated duration: %3   finish: %4")
               .arg(plan.estimate.points)
               .arg(plan.estimate.pointsPerWrite)
               .arg(duration(plan.estimate.durationMs()), isoTime(plan.estimate.finishUs))
        << Qt::endl;
    if (plan.targets.isEmpty())
        return;
    out << Qt::endl
        << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(tr("handle").leftJustified(32), tr("followers").rightJustified(9),
                                         tr("follows").rightJustified(8), tr("posts").rightJustified(6),
                                         tr("avatar").leftJustified(6), tr("created").leftJustified(10), tr("did"))
        << Qt::endl;
    for (const TargetProfile &t : plan.targets) {
        out << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(t.handle.left(32).leftJustified(32))
                   .arg(t.followersCount, 9)
                   .arg(t.followsCount, 8)
                   .arg(t.postsCount, 6)
                   .arg((t.avatarUrl.isEmpty() ? tr("no") : tr("yes")).leftJustified(6))
                   .arg((t.createdAtUs > 0 ? isoTime(t.createdAtUs).left(10) : u"-"_s).leftJustified(10))
                   .arg(t.did)
            << Qt::endl;
    }
}

void printProgress(QTextStream &out, const CampaignProgress &p, bool json)
{
    if (json) {
        out << QString::fromUtf8(p.toJson()) << Qt::endl;
        return;
    }
    QStringList counts;
    for (const auto &c : p.counts)
        if (c.second > 0)
            counts.append(toString(c.first) + u"="_s + QString::number(c.second));
    out << tr("campaign %1 (%2%3) %4: %5/%6 done [%7]")
               .arg(p.campaign.id)
               .arg(toString(p.campaign.kind), p.campaign.dryRun ? tr(", dry run") : QString(),
                    toString(p.campaign.state))
               .arg(p.done)
               .arg(p.total)
               .arg(counts.join(u", "_s));
    if (p.campaign.state == CampaignState::Running && p.nextWriteUs > 0)
        out << tr(" next write %1, pace %2/h, eta %3").arg(isoTime(p.nextWriteUs)).arg(p.pacePerHour).arg(isoTime(p.etaUs));
    if (!p.waitReason.isEmpty())
        out << u" ("_s << p.waitReason << u")"_s;
    if (!p.campaign.stateReason.isEmpty() && p.campaign.state != CampaignState::Running)
        out << u" — "_s << p.campaign.stateReason;
    out << Qt::endl;
}

// Drives one campaign in the foreground until it is finished, paused or cancelled.
int runInForeground(CliContext &ctx, Runtime &rt, const CampaignRow &row, FollowGateway &gateway, PacerConfig pc,
                    bool json, bool quiet)
{
    const Clock &clock = SystemClock::instance();
    QLockFile lock(runnerLockPath(ctx.config().dataDir, row.accountDid));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        ctx.out() << tr("Campaign %1 is being run by another process (pid %2); it continues there.").arg(row.id).arg(pid)
                  << Qt::endl;
        return ExitOk;
    }
    pc.maxWritesPerHour = row.maxPerHour;
    WritePacer pacer(clock, pc);
    auto writes = rt.store->writesSince(row.accountDid, clock.nowUs() - 24LL * 3600 * 1000 * 1000);
    if (!writes) {
        ctx.err() << writes.error().summary() << Qt::endl;
        return ExitStorage;
    }
    pacer.seed(*writes);
    CampaignEngine engine(*rt.store, gateway, *rt.audit, pacer, clock);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    qint64 lastPrintMs = 0;
    QString lastWait;
    for (;;) {
        if (g_stopRequested.exchange(false)) {
            (void)rt.control->pause(row.id);
            ctx.err() << tr("Paused on request; resume with 'growth-engine campaign resume %1'.").arg(row.id) << Qt::endl;
        }
        auto r = engine.step(row.id);
        if (!r) {
            ctx.err() << tr("campaign %1: %2").arg(row.id).arg(r.error().summary()) << Qt::endl;
            return exitFor(r.error());
        }
        const qint64 nowMs = clock.monotonicMs();
        const bool waiting = r->kind == StepResult::Kind::Wait;
        if (!quiet && (nowMs - lastPrintMs >= 2000 || (waiting && r->reason != lastWait))) {
            auto p = rt.control->progress(row.id, &pacer);
            if (p)
                printProgress(ctx.out(), *p, json);
            lastPrintMs = nowMs;
        }
        lastWait = waiting ? r->reason : QString();
        if (r->kind == StepResult::Kind::Worked)
            continue;
        if (waiting) {
            const qint64 ms = std::clamp<qint64>((r->wakeAtUs - clock.nowUs()) / 1000, 1, 1000);
            QThread::msleep(quint64(ms));
            continue;
        }
        auto p = rt.control->progress(row.id, &pacer);
        if (p) {
            printProgress(ctx.out(), *p, json);
            if (p->campaign.state == CampaignState::Failed)
                return ExitFailed;
        }
        return ExitOk;
    }
}

Result<qint64> parseId(const QStringList &positional)
{
    if (positional.size() != 2)
        return Error::validation(tr("expected a campaign ID"));
    bool ok = false;
    const qint64 id = positional.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::validation(tr("'%1' is not a campaign ID").arg(positional.at(1)));
    return id;
}

} // namespace

int runCampaignCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    Options o;
    o.addTo(parser);
    const QString description = tr(
        "Follow-back campaigns: follow the accounts that follow ACCOUNT and that it does not follow yet.\n\n"
        "Actions:\n"
        "  plan   --account HANDLE [filters] [--json]     preview: candidates, what each filter removed, cost\n"
        "  run    --account HANDLE [filters] [--dry-run] [--max-per-hour N]\n"
        "                                                 create the campaign and run it in the foreground\n"
        "                                                 (no filters: follow back every candidate)\n"
        "  status ID [--json]                             progress, counts per state, next write, ETA\n"
        "  pause ID | resume ID | cancel ID               control a campaign (also one running elsewhere)\n"
        "  resume --account HANDLE                        resume the account's unfinished campaign\n"
        "  undo ID                                        delete exactly the follows campaign ID created\n\n"
        "Candidates are computed from fresh data (every page of followers and of the account's follow\n"
        "records) minus accounts already followed, blocked, muted, unfollowed before on purpose, or in\n"
        "another unfinished campaign. Writes are paced under the account's points budget (follow = 3\n"
        "points; 5000/hour, 35000/day minus the configured headroom) and the server's RateLimit headers.\n"
        "Sign-in: the account's session from 'growth-engine account add' (OS keychain).\n\n"
        "Exit codes: 0 ok, 1 failed, 2 usage, 3 config, 4 storage, 5 network, 6 auth, 7 no such campaign.");
    if (auto exit = ctx.parse(parser, description, u"ACTION [ID]"_s))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return ctx.usageError(tr("missing action (plan, run, status, pause, resume, cancel, undo)"));
    const QString action = positional.constFirst();
    const bool json = parser.isSet(o.json);
    const bool quiet = parser.isSet(o.quiet);

    CampaignFilters filters;
    if (auto e = parseFilters(parser, o, filters))
        return ctx.usageError(*e);
    PacerConfig pc;
    int maxPerHour = 0;
    if (auto e = parsePacer(parser, o, ctx.config(), pc, maxPerHour))
        return ctx.usageError(*e);

    const bool needsAccount = action == "plan"_L1 || action == "run"_L1;
    const bool byId = action == "status"_L1 || action == "pause"_L1 || action == "cancel"_L1 || action == "undo"_L1
                      || (action == "resume"_L1 && !parser.isSet(o.account));
    if (!needsAccount && !byId && action != "resume"_L1)
        return ctx.usageError(tr("unknown action '%1'").arg(action));
    if (needsAccount && !parser.isSet(o.account))
        return ctx.usageError(tr("%1 needs --account HANDLE").arg(action));
    if (needsAccount && positional.size() > 1)
        return ctx.usageError(tr("unexpected argument '%1'").arg(positional.at(1)));
    if (!needsAccount && (!filters.isEmpty() || parser.isSet(o.dryRun)))
        return ctx.usageError(tr("filters and --dry-run apply to plan and run only"));
    qint64 id = 0;
    if (byId) {
        auto parsed = parseId(positional);
        if (!parsed)
            return ctx.usageError(parsed.error().message);
        id = *parsed;
    }

    auto rt = openRuntime(ctx.config());
    if (!rt) {
        ctx.err() << rt.error().summary() << Qt::endl;
        return exitFor(rt.error());
    }
    CampaignControl &control = *rt->control;

    // Database-only actions.
    if (action == "status"_L1 || action == "pause"_L1 || action == "cancel"_L1) {
        Result<bool> changed = true;
        if (action == "pause"_L1)
            changed = control.pause(id);
        else if (action == "cancel"_L1)
            changed = control.cancel(id);
        if (!changed) {
            ctx.err() << changed.error().summary() << Qt::endl;
            return exitFor(changed.error());
        }
        auto p = control.progress(id);
        if (!p) {
            ctx.err() << p.error().summary() << Qt::endl;
            return exitFor(p.error());
        }
        printProgress(ctx.out(), *p, json);
        if (!*changed) {
            ctx.err() << tr("campaign %1 is %2; nothing to %3").arg(id).arg(toString(p->campaign.state), action) << Qt::endl;
            return ExitFailed;
        }
        return ExitOk;
    }

    // The network side (own thread) and the account's session, made once per run.
    std::unique_ptr<NetworkThread> net;
    std::unique_ptr<CliSession> session;
    auto connectAs = [&](const QString &accountName) {
        if (!net)
            net = std::make_unique<NetworkThread>(ctx.config());
        if (!session)
            session = std::make_unique<CliSession>(ctx.config(), *net, *rt->accounts, accountName);
    };

    // Which campaign to resume / undo, and for which account.
    CampaignRow row;
    if (action == "resume"_L1 || action == "undo"_L1) {
        if (id == 0) {
            // resume --account: needs the DID; campaigns store DIDs, the user may give a handle.
            const QString account = parser.value(o.account);
            QString did = account.startsWith("did:"_L1) ? account : QString();
            if (did.isEmpty()) {
                if (auto known = rt->accounts->find(account); known && *known)
                    did = (*known)->did;
            }
            if (did.isEmpty()) {
                connectAs(account);
                auto s = session->get(false);
                if (!s) {
                    ctx.err() << s.error().summary() << Qt::endl;
                    return exitFor(s.error());
                }
                did = s->did;
            }
            auto found = control.unfinishedCampaign(did);
            if (!found) {
                ctx.err() << found.error().summary() << Qt::endl;
                return exitFor(found.error());
            }
            if (*found == 0) {
                ctx.err() << tr("%1 has no unfinished campaign").arg(account) << Qt::endl;
                return ExitNoData;
            }
            id = *found;
        }
        if (action == "undo"_L1) {
            auto undoId = control.createUndo(id);
            if (!undoId) {
                ctx.err() << undoId.error().summary() << Qt::endl;
                return exitFor(undoId.error());
            }
            ctx.out() << tr("Undo of campaign %1 is campaign %2.").arg(id).arg(*undoId) << Qt::endl;
            id = *undoId;
        } else {
            auto current = rt->store->campaign(id);
            if (!current) {
                ctx.err() << current.error().summary() << Qt::endl;
                return exitFor(current.error());
            }
            if (isFinished(current->state)) {
                printProgress(ctx.out(), *control.progress(id), json);
                ctx.err() << tr("campaign %1 is %2; nothing to resume").arg(id).arg(toString(current->state)) << Qt::endl;
                return ExitFailed;
            }
            if (auto resumed = control.resume(id); !resumed) {
                ctx.err() << resumed.error().summary() << Qt::endl;
                return exitFor(resumed.error());
            }
        }
        auto current = rt->store->campaign(id);
        if (!current) {
            ctx.err() << current.error().summary() << Qt::endl;
            return exitFor(current.error());
        }
        row = *current;
    }

    const QString account = row.id ? row.accountDid : parser.value(o.account);
    connectAs(account);
    CliSession *sessionPtr = session.get();
    XrpcFollowGateway gateway(net->xrpc(), [sessionPtr](bool refresh) { return sessionPtr->get(refresh); },
                              SystemClock::instance());

    if (action == "plan"_L1 || action == "run"_L1) {
        WritePacer pacer(SystemClock::instance(), pc);
        CampaignPlanner planner(gateway, *rt->store, SystemClock::instance());
        auto plan = planner.plan(account, filters, pacer);
        if (!plan) {
            ctx.err() << plan.error().summary() << Qt::endl;
            return exitFor(plan.error());
        }
        if (auto writes = rt->store->writesSince(plan->accountDid, SystemClock::instance().nowUs() - 24LL * 3600 * 1000 * 1000)) {
            pacer.seed(*writes);
            plan->estimate.startUs = std::max(SystemClock::instance().nowUs(), pacer.earliestAllowedUs(kCreatePoints));
            plan->estimate.finishUs = pacer.estimateFinishUs(int(plan->targets.size()), kCreatePoints);
        }
        if (action == "plan"_L1) {
            if (json)
                ctx.out() << QString::fromUtf8(plan->toJson());
            else
                printPlan(ctx.out(), *plan);
            return ExitOk;
        }
        const bool dry = parser.isSet(o.dryRun);
        auto created = control.createFromPlan(*plan, maxPerHour, dry, pacer);
        if (!created) {
            ctx.err() << created.error().summary() << Qt::endl;
            return exitFor(created.error());
        }
        if (!quiet && !json)
            printPlan(ctx.out(), *plan);
        if (dry) {
            printProgress(ctx.out(), *control.progress(*created), json);
            return ExitOk;
        }
        ctx.out() << tr("Campaign %1 started.").arg(*created) << Qt::endl;
        auto current = rt->store->campaign(*created);
        if (!current) {
            ctx.err() << current.error().summary() << Qt::endl;
            return exitFor(current.error());
        }
        row = *current;
    }
    return runInForeground(ctx, *rt, row, gateway, pc, json, quiet);
}

} // namespace ge::cli
