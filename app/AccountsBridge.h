#pragma once

#include "settings/AccountsOperator.h"

#include <QObject>

namespace ge::runtime {
class NetworkHost;
class ServiceHost;
} // namespace ge::runtime

namespace ge::app {

// Runs the accounts panel's requests on the network thread and brings the answers back to the
// GUI thread; a changed account list updates the collectors' tracked set.
class AccountsBridge : public QObject, public ui::AccountsOperator
{
    Q_OBJECT
public:
    AccountsBridge(runtime::ServiceHost &host, runtime::NetworkHost &network, QObject *parent = nullptr);

    void list(std::function<void(Result<QList<accounts::Account>>)> done) override;
    void addOwn(const QString &handle, const QString &appPassword,
                std::function<void(Result<accounts::Account>)> done) override;
    void addWatched(const QString &handle, std::function<void(Result<accounts::Account>)> done) override;
    void logout(const QString &handleOrDid, std::function<void(Status)> done) override;
    void remove(const QString &handleOrDid, std::function<void(Status)> done) override;
    void useMemoryOnlySessions() override;

private:
    template <typename T>
    std::function<void(T)> toGui(std::function<void(T)> done, bool changesAccounts);

    runtime::ServiceHost &m_host;
    runtime::NetworkHost &m_network;
};

} // namespace ge::app
