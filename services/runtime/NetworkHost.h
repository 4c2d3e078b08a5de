#pragma once

#include "config/AppConfig.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/DatabaseConfig.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace ge::net {
class HttpClient;
}
namespace ge::atproto {
class IdentityResolver;
class SessionManager;
class XrpcClient;
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
};

} // namespace ge::runtime
