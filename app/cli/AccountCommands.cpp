#include "cli/Commands.h"

#include "accounts/AccountsService.h"
#include "atproto/IdentityResolver.h"
#include "atproto/SessionManager.h"
#include "atproto/XrpcClient.h"
#include "core/Clock.h"
#include "metrics/MetricsRegistry.h"
#include "net/HttpClient.h"
#include "reliability/BucketStore.h"
#include "reliability/ReliabilityStack.h"
#include "runtime/NetworkHost.h"
#include "secrets/KeychainCredentialStore.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ge::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("AccountCommand", text); }

int exitFor(const Error &e)
{
    switch (e.category) {
    case ErrorCategory::Storage: return ExitStorage;
    case ErrorCategory::Network:
    case ErrorCategory::Timeout:
    case ErrorCategory::CircuitOpen:
    case ErrorCategory::RateLimited: return ExitNetwork;
    case ErrorCategory::Auth:
    case ErrorCategory::Keychain: return ExitAuth;
    case ErrorCategory::Validation: return ExitUsage;
    case ErrorCategory::Config: return ExitConfig;
    case ErrorCategory::NotFound: return ExitFailed;
    case ErrorCategory::Http:
    case ErrorCategory::Xrpc: return e.httpStatus == 401 ? ExitAuth : (e.httpStatus >= 500 ? ExitNetwork : ExitFailed);
    default: return ExitFailed;
    }
}

// Everything an account subcommand needs, wired for this one process (main thread) with the
// same reliability layer as the app's network thread: breakers, the rate limiter (its budgets
// persisted in the database, so a createSession budget or a 429 pause outlives this process)
// and metrics. Members are destroyed in reverse order: clients first, then the stack (which
// saves the budgets), then the bucket store and the connection.
struct AccountsRuntime
{
    storage::DbConnectionPtr conn;
    std::unique_ptr<accounts::AccountStore> store;
    std::unique_ptr<metrics::MetricsRegistry> metrics;
    std::unique_ptr<reliability::SqlBucketStore> buckets;
    std::unique_ptr<reliability::ReliabilityStack> reliability;
    std::unique_ptr<net::HttpClient> http;
    std::unique_ptr<atproto::XrpcClient> xrpc;
    std::unique_ptr<secrets::KeychainCredentialStore> keychain;
    std::unique_ptr<atproto::SessionManager> sessions;
    std::unique_ptr<atproto::IdentityResolver> resolver;
    std::unique_ptr<accounts::AccountsService> service;
};

std::optional<int> openRuntime(CliContext &ctx, AccountsRuntime &rt, bool network)
{
    auto dbConfig = storage::DatabaseConfig::fromUrl(ctx.config().databaseUrl, ctx.config().dataDir);
    if (!dbConfig) {
        ctx.err() << dbConfig.error().message << Qt::endl;
        return ExitConfig;
    }
    auto conn = storage::DbConnection::open(*dbConfig, u"account-cli"_s, storage::OpenMode::ReadWrite);
    if (!conn) {
        ctx.err() << tr("growth-engine account: %1").arg(conn.error().message) << Qt::endl;
        return ExitStorage;
    }
    rt.conn = std::move(*conn);
    if (auto v = storage::Migrator().migrate(*rt.conn); !v) {
        ctx.err() << tr("growth-engine account: %1").arg(v.error().message) << Qt::endl;
        return ExitStorage;
    }
    rt.store = std::make_unique<accounts::AccountStore>(*rt.conn);
    if (!network)
        return std::nullopt;

    const AppConfig &cfg = ctx.config();
    const Clock &clock = SystemClock::instance();
    rt.metrics = std::make_unique<metrics::MetricsRegistry>();
    rt.buckets = std::make_unique<reliability::SqlBucketStore>(rt.conn->db().connectionName());
    rt.reliability = std::make_unique<reliability::ReliabilityStack>(cfg, clock, rt.metrics.get(), rt.buckets.get());
    rt.http = std::make_unique<net::HttpClient>(runtime::NetworkHost::httpDeps(rt.reliability.get(), clock));
    rt.xrpc = std::make_unique<atproto::XrpcClient>(rt.http.get(),
                                                    runtime::NetworkHost::xrpcOptions(cfg, rt.reliability.get()));
    rt.keychain = std::make_unique<secrets::KeychainCredentialStore>();
    rt.sessions = std::make_unique<atproto::SessionManager>(rt.xrpc.get(), rt.keychain.get());
    rt.resolver = std::make_unique<atproto::IdentityResolver>(rt.xrpc.get(), &clock,
                                                              runtime::NetworkHost::identityOptions(cfg));
    accounts::AccountsService::Options ao;
    ao.pdsOverride = cfg.pdsOverride;
    rt.service = std::make_unique<accounts::AccountsService>(rt.store.get(), rt.resolver.get(), rt.sessions.get(),
                                                             &SystemClock::instance(), ao);
    return std::nullopt;
}

// Runs the event loop until `done` is called (CLI only: there is no GUI thread to block).
template <typename T>
Result<T> await(const std::function<void(atproto::Callback<T>)> &start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&result, &loop](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

Status awaitStatus(const std::function<void(atproto::StatusCallback)> &start)
{
    std::optional<Status> result;
    QEventLoop loop;
    start([&result, &loop](Status s) {
        result.emplace(std::move(s));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

QString readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    // Only the line break that ends the input is dropped: a password may contain spaces.
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    QString password = QString::fromUtf8(data);
    data.fill('\0');
    return password;
}

QString isoTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

int runAdd(CliContext &ctx, const QString &handle, bool watch, bool passwordStdin)
{
    if (watch == passwordStdin)
        return ctx.usageError(tr("account add needs exactly one of --password-stdin (own account) or --watch"));
    AccountsRuntime rt;
    if (auto exit = openRuntime(ctx, rt, true))
        return *exit;
    Result<accounts::Account> added = Error::make(ErrorCategory::Internal, {});
    if (watch) {
        added = await<accounts::Account>([&](atproto::Callback<accounts::Account> cb) {
            rt.service->addWatched(handle, std::move(cb));
        });
    } else {
        QString password = readPasswordFromStdin();
        if (password.isEmpty())
            return ctx.usageError(tr("no password on standard input"));
        if (!accounts::AccountsService::looksLikeAppPassword(password))
            ctx.err() << tr("warning: this does not look like an app password (xxxx-xxxx-xxxx-xxxx). "
                            "Create one in Bluesky under Settings → Privacy and security → App passwords; "
                            "never use your main password.")
                      << Qt::endl;
        added = await<accounts::Account>([&](atproto::Callback<accounts::Account> cb) {
            rt.service->addOwn(handle, password, std::move(cb));
        });
        password.fill(u'\0');
    }
    if (!added) {
        ctx.err() << tr("growth-engine account add: %1").arg(added.error().message) << Qt::endl;
        return exitFor(added.error());
    }
    ctx.out() << tr("Added %1 account %2 (%3), PDS %4")
                     .arg(accounts::toString(added->kind), added->handle, added->did,
                          added->pdsUrl.toDisplayString(QUrl::RemoveUserInfo))
              << Qt::endl;
    return ExitOk;
}

int runList(CliContext &ctx, bool json)
{
    AccountsRuntime rt;
    if (auto exit = openRuntime(ctx, rt, false))
        return *exit;
    const auto list = rt.store->list();
    if (!list) {
        ctx.err() << tr("growth-engine account list: %1").arg(list.error().message) << Qt::endl;
        return ExitStorage;
    }
    if (json) {
        QJsonArray arr;
        for (const auto &a : *list)
            arr.append(QJsonObject{{u"did"_s, a.did},
                                   {u"handle"_s, a.handle},
                                   {u"kind"_s, accounts::toString(a.kind)},
                                   {u"pds"_s, a.pdsUrl.toString()},
                                   {u"addedAt"_s, isoTime(a.addedAtUs)}});
        ctx.out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (list->isEmpty()) {
        ctx.out() << tr("No accounts. Add one with: growth-engine account add HANDLE --password-stdin") << Qt::endl;
        return ExitOk;
    }
    for (const auto &a : *list)
        ctx.out() << a.handle.leftJustified(32) << u' ' << accounts::toString(a.kind).leftJustified(8) << u' '
                  << a.did << u' ' << a.pdsUrl.toDisplayString(QUrl::RemoveUserInfo) << Qt::endl;
    return ExitOk;
}

int runRemove(CliContext &ctx, const QString &handle)
{
    AccountsRuntime rt;
    if (auto exit = openRuntime(ctx, rt, true))
        return *exit;
    const Status st = awaitStatus([&](atproto::StatusCallback cb) { rt.service->remove(handle, std::move(cb)); });
    if (!st) {
        ctx.err() << tr("growth-engine account remove: %1").arg(st.error().message) << Qt::endl;
        return exitFor(st.error());
    }
    ctx.out() << tr("Removed %1").arg(handle) << Qt::endl;
    return ExitOk;
}

} // namespace

// growth-engine account add HANDLE --password-stdin | --watch
// growth-engine account list [--json]
// growth-engine account remove HANDLE
int runAccountCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption passwordStdinOpt(u"password-stdin"_s,
                                              tr("Read the app password of an own account from standard input."));
    const QCommandLineOption watchOpt(u"watch"_s, tr("Add a watched account (read-only, no password)."));
    const QCommandLineOption jsonOpt(u"json"_s, tr("list: print JSON."));
    parser.addOptions({passwordStdinOpt, watchOpt, jsonOpt});
    if (auto exit = ctx.parse(parser, tr("Manage tracked accounts: add, list, remove."),
                              u"add HANDLE | list | remove HANDLE"_s))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return ctx.usageError(tr("missing action (add, list or remove)"));
    const QString action = pos.constFirst();
    if (action == u"add") {
        if (pos.size() != 2)
            return ctx.usageError(tr("usage: account add HANDLE --password-stdin | --watch"));
        return runAdd(ctx, pos.at(1), parser.isSet(watchOpt), parser.isSet(passwordStdinOpt));
    }
    if (action == u"list") {
        if (pos.size() != 1)
            return ctx.usageError(tr("usage: account list [--json]"));
        return runList(ctx, parser.isSet(jsonOpt));
    }
    if (action == u"remove") {
        if (pos.size() != 2)
            return ctx.usageError(tr("usage: account remove HANDLE"));
        return runRemove(ctx, pos.at(1));
    }
    return ctx.usageError(tr("unknown action '%1' (use add, list or remove)").arg(action));
}

} // namespace ge::cli
