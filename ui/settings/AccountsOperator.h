#pragma once

#include "accounts/AccountStore.h"
#include "core/Result.h"

#include <functional>

namespace ge::ui {

// What the accounts panel asks of the accounts service. Implementations run the work off the GUI
// thread and call the callbacks back on the GUI thread.
class AccountsOperator
{
public:
    virtual ~AccountsOperator() = default;
    virtual void list(std::function<void(Result<QList<accounts::Account>>)> done) = 0;
    virtual void addOwn(const QString &handle, const QString &appPassword,
                        std::function<void(Result<accounts::Account>)> done) = 0;
    virtual void addWatched(const QString &handle, std::function<void(Result<accounts::Account>)> done) = 0;
    virtual void logout(const QString &handleOrDid, std::function<void(Status)> done) = 0;
    virtual void remove(const QString &handleOrDid, std::function<void(Status)> done) = 0;
    // After the user accepts: keep sessions in memory for this run only (no keychain available).
    virtual void useMemoryOnlySessions() = 0;
};

} // namespace ge::ui
