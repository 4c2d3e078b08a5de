#include "AccountsBridge.h"

#include "accounts/AccountsService.h"
#include "runtime/NetworkHost.h"
#include "runtime/ServiceHost.h"
#include "secrets/CredentialStore.h"

#include <QPointer>

namespace ge::app {

AccountsBridge::AccountsBridge(runtime::ServiceHost &host, runtime::NetworkHost &network, QObject *parent)
    : QObject(parent), m_host(host), m_network(network)
{
}

template <typename T>
std::function<void(T)> AccountsBridge::toGui(std::function<void(T)> done, bool changesAccounts)
{
    QPointer<AccountsBridge> self(this);
    return [self, done = std::move(done), changesAccounts](T result) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, done, changesAccounts, result = std::move(result)]() mutable {
                if (changesAccounts && result.ok()) {
                    if (Status s = self->m_host.reloadTrackedAccounts(); !s)
                        qWarning("tracked accounts not reloaded");
                    (void)self->m_host.runBackfillNow();
                }
                done(std::move(result));
            },
            Qt::QueuedConnection);
    };
}

void AccountsBridge::list(std::function<void(Result<QList<accounts::Account>>)> done)
{
    auto reply = toGui<Result<QList<accounts::Account>>>(std::move(done), false);
    runtime::NetworkHost *network = &m_network;
    m_network.post([network, reply] { reply(network->accounts()->list()); });
}

void AccountsBridge::addOwn(const QString &handle, const QString &appPassword,
                            std::function<void(Result<accounts::Account>)> done)
{
    auto reply = toGui<Result<accounts::Account>>(std::move(done), true);
    runtime::NetworkHost *network = &m_network;
    m_network.post([network, handle, appPassword, reply] { network->accounts()->addOwn(handle, appPassword, reply); });
}

void AccountsBridge::addWatched(const QString &handle, std::function<void(Result<accounts::Account>)> done)
{
    auto reply = toGui<Result<accounts::Account>>(std::move(done), true);
    runtime::NetworkHost *network = &m_network;
    m_network.post([network, handle, reply] { network->accounts()->addWatched(handle, reply); });
}

void AccountsBridge::logout(const QString &handleOrDid, std::function<void(Status)> done)
{
    auto reply = toGui<Status>(std::move(done), true);
    runtime::NetworkHost *network = &m_network;
    m_network.post([network, handleOrDid, reply] { network->accounts()->logout(handleOrDid, reply); });
}

void AccountsBridge::remove(const QString &handleOrDid, std::function<void(Status)> done)
{
    auto reply = toGui<Status>(std::move(done), true);
    runtime::NetworkHost *network = &m_network;
    m_network.post([network, handleOrDid, reply] { network->accounts()->remove(handleOrDid, reply); });
}

void AccountsBridge::useMemoryOnlySessions()
{
    runtime::NetworkHost *network = &m_network;
    m_network.post([network] {
        if (auto *store = network->credentials())
            store->useMemoryOnly();
    });
}

} // namespace ge::app
