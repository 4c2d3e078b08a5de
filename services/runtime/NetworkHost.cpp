#include "runtime/NetworkHost.h"

#include "accounts/AccountStore.h"
#include "accounts/AccountsService.h"
#include "atproto/IdentityResolver.h"
#include "atproto/SessionManager.h"
#include "atproto/XrpcClient.h"
#include "net/HttpClient.h"
#include "reliability/ReliabilityStack.h"
#include "reliability/RetryPolicy.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "storage/DbConnection.h"

#include "reliability/RateLimiter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace ge::runtime {

NetworkHost::NetworkHost(AppConfig config, storage::DatabaseConfig database, reliability::ReliabilityStack *reliability,
                         const Clock &clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_database(std::move(database)), m_reliability(reliability),
      m_clock(clock)
{
}

NetworkHost::~NetworkHost()
{
    stop();
}

Status NetworkHost::start()
{
    if (m_thread)
        return {};
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ge-network"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
    Status built;
    // Construction only (no I/O): the caller waits microseconds, never on the network.
    QMetaObject::invokeMethod(m_context, [this, &built] { built = build(); }, Qt::BlockingQueuedConnection);
    if (!built)
        stop();
    return built;
}

net::HttpClient::Deps NetworkHost::httpDeps(reliability::ReliabilityStack *reliability, const Clock &clock)
{
    net::HttpClient::Deps deps = reliability ? reliability->httpDeps() : net::HttpClient::Deps{};
    deps.clock = &clock;
    return deps;
}

atproto::XrpcClient::Options NetworkHost::xrpcOptions(const AppConfig &config, reliability::ReliabilityStack *reliability)
{
    atproto::XrpcClient::Options xo;
    xo.connectTimeout = std::chrono::milliseconds(config.httpConnectTimeoutMs);
    xo.totalTimeout = std::chrono::milliseconds(config.httpTotalTimeoutMs);
    // Writes are never retried blindly: the campaign engine reconciles before trying again.
    xo.writeRetry = reliability::RetryPolicy::none();
    QPointer<reliability::ReliabilityStack> stack(reliability);
    xo.adjustPolicy = [stack](net::HttpPolicy &policy, const atproto::XrpcCallInfo &call) {
        atproto::applyRateLimitBuckets(policy, call);
        if (!stack || !call.write || call.repo.isEmpty()
            || stack->limiter().hasBucket(reliability::RateLimiter::writesHourBucket(call.repo)))
            return;
        // The bucket store reads through a connection of the stack's thread.
        if (QThread::currentThread() == stack->thread()) {
            (void)stack->addAccount(call.repo);
        } else {
            QMetaObject::invokeMethod(stack, [stack, did = call.repo] {
                if (stack && !stack->limiter().hasBucket(reliability::RateLimiter::writesHourBucket(did)))
                    (void)stack->addAccount(did);
            }, Qt::QueuedConnection);
        }
    };
    return xo;
}

atproto::IdentityResolver::Options NetworkHost::identityOptions(const AppConfig &config)
{
    atproto::IdentityResolver::Options io;
    io.handleResolver = config.appViewUrl;
    io.plcUrl = config.plcUrl;
    return io;
}

Status NetworkHost::build()
{
    m_http = new net::HttpClient(httpDeps(m_reliability, m_clock), m_context);
    m_xrpc = new atproto::XrpcClient(m_http, xrpcOptions(m_config, m_reliability), m_context);
    m_keychain = new secrets::KeychainCredentialStore(QString::fromLatin1(secrets::KeychainCredentialStore::defaultService),
                                                      std::chrono::seconds(15), m_context);
    m_credentials = new secrets::FallbackCredentialStore(m_keychain, m_context);
    m_sessions = new atproto::SessionManager(m_xrpc, m_credentials, m_context);
    // A signed-in account gets its write buckets before its first write (the limiter's store is
    // read on the reliability stack's thread).
    if (m_reliability) {
        QPointer<reliability::ReliabilityStack> stack(m_reliability);
        QObject::connect(m_sessions, &atproto::SessionManager::sessionChanged, m_context, [stack](const QString &did) {
            if (!stack || did.isEmpty())
                return;
            QMetaObject::invokeMethod(stack, [stack, did] {
                if (stack && !stack->limiter().hasBucket(reliability::RateLimiter::writesHourBucket(did)))
                    (void)stack->addAccount(did);
            }, Qt::QueuedConnection);
        });
    }
    m_resolver = new atproto::IdentityResolver(m_xrpc, &m_clock, identityOptions(m_config), m_context);

    auto conn = storage::DbConnection::open(m_database, QStringLiteral("ge-network"));
    if (!conn)
        return conn.error();
    m_connection = conn->release();
    m_store = new accounts::AccountStore(*m_connection);
    accounts::AccountsService::Options ao;
    ao.pdsOverride = m_config.pdsOverride;
    m_accounts = new accounts::AccountsService(m_store, m_resolver, m_sessions, &m_clock, ao, m_context);
    // Handles change upstream; accounts are keyed by DID. Re-resolve them once an hour (the
    // Jetstream identity events keep them current in between while the collector runs).
    m_identityTimer = new QTimer(m_context);
    m_identityTimer->setInterval(std::chrono::hours(1));
    QObject::connect(m_identityTimer, &QTimer::timeout, m_accounts, [accounts = m_accounts] {
        accounts->refreshIdentities([](Result<int>) {});
    });
    m_identityTimer->start();
    return {};
}

void NetworkHost::teardown()
{
    delete m_identityTimer;
    m_identityTimer = nullptr;
    delete m_accounts;
    m_accounts = nullptr;
    delete m_store;
    m_store = nullptr;
    delete m_connection;
    m_connection = nullptr;
    delete m_resolver;
    m_resolver = nullptr;
    delete m_sessions;
    m_sessions = nullptr;
    delete m_credentials;
    m_credentials = nullptr;
    delete m_keychain;
    m_keychain = nullptr;
    delete m_xrpc;
    m_xrpc = nullptr;
    delete m_http;
    m_http = nullptr;
}

void NetworkHost::post(std::function<void()> fn)
{
    if (m_context)
        QMetaObject::invokeMethod(m_context, std::move(fn), Qt::QueuedConnection);
}

void NetworkHost::stop()
{
    if (!m_thread)
        return;
    if (m_context)
        QMetaObject::invokeMethod(m_context, [this] { teardown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_context = nullptr;
}

} // namespace ge::runtime
