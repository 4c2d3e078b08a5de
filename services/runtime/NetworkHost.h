#pragma once

#include "atproto/IdentityResolver.h"
#include "atproto/XrpcClient.h"
#include "config/AppConfig.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "net/HttpClient.h"
#include "storage/DatabaseConfig.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace ge::atproto {
class SessionManager;
} // namespace ge::atproto
namespace ge::accounts {
class AccountStore;
class AccountsService;
} // namespace ge::accounts
namespace ge::secrets {
class FallbackCredentialStore;
class KeychainCredentialStore;
} // namespace ge::secrets
namespace ge::storage {
class DbConnection;
}
namespace ge::reliability {
class ReliabilityStack;
}

namespace ge::runtime {

// The AT Protocol side of the app on its own thread ("ge-network"): one HttpClient (breakers,
// limiter, metrics of the reliability stack), the XRPC client, the keychain-backed session
// manager, identity resolution and the accounts service. Everything is created and destroyed on
// that thread; other threads reach it with post() (queued) and get answers through callbacks
// they marshal back themselves.
class NetworkHost : public QObject
{
    Q_OBJECT
public:
    NetworkHost(AppConfig config, storage::DatabaseConfig database, reliability::ReliabilityStack *reliability,
                const Clock &clock, QObject *parent = nullptr);
    ~NetworkHost() override;

    Status start();
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    // Runs fn on the network thread (queued).
    void post(std::function<void()> fn);

    // The reliability wiring of every AT Protocol client in the product (this thread's and the
    // command line's), kept in one place:
    // - the HttpClient's dependencies: the stack's shared breakers, rate limiter and metrics
    //   (no stack: none of them), on `clock`;
    // - the XRPC options: configured timeouts, no blind retry of writes (the campaign engine
    //   reconciles first), and the rate-limit buckets of atproto::applyRateLimitBuckets; the
    //   write buckets of an account the limiter does not know yet are added to the stack (at
    //   once when called on the stack's thread, else queued to it);
    // - the identity resolver's options: the configured AppView (resolveHandle) and PLC.
    static net::HttpClient::Deps httpDeps(reliability::ReliabilityStack *reliability, const Clock &clock);
    static atproto::XrpcClient::Options xrpcOptions(const AppConfig &config, reliability::ReliabilityStack *reliability);
    static atproto::IdentityResolver::Options identityOptions(const AppConfig &config);

    // Valid between start() and stop(); use only on the network thread (or hand to objects that
    // marshal to it, like the campaigns' gateway factory).
    atproto::XrpcClient *xrpc() const { return m_xrpc; }
    atproto::SessionManager *sessions() const { return m_sessions; }
    accounts::AccountsService *accounts() const { return m_accounts; }
    QObject *context() const { return m_context; }
    secrets::FallbackCredentialStore *credentials() const { return m_credentials; }

private:
    Status build();
    void teardown();

    const AppConfig m_config;
    const storage::DatabaseConfig m_database;
    reliability::ReliabilityStack *m_reliability;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on the network thread; parent of everything below
    net::HttpClient *m_http = nullptr;
    atproto::XrpcClient *m_xrpc = nullptr;
    secrets::KeychainCredentialStore *m_keychain = nullptr;
    secrets::FallbackCredentialStore *m_credentials = nullptr;
    atproto::SessionManager *m_sessions = nullptr;
    atproto::IdentityResolver *m_resolver = nullptr;
    storage::DbConnection *m_connection = nullptr;
    accounts::AccountStore *m_store = nullptr;
    accounts::AccountsService *m_accounts = nullptr;
    QTimer *m_identityTimer = nullptr;
};

} // namespace ge::runtime
