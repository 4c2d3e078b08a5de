#pragma once

#include "accounts/AccountStore.h"
#include "atproto/IdentityResolver.h"
#include "atproto/SessionManager.h"
#include "core/Clock.h"

#include <QObject>

namespace ge::accounts {

// Adds, lists and removes tracked accounts. Lives on the thread of its XRPC client and its
// database connection. Own accounts log in with an app password (createSession on the PDS
// found through the DID document; tokens go to the keychain via SessionManager); watched
// accounts are resolved to a DID and read through the AppView without credentials.
class AccountsService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl pdsOverride; // empty: the PDS named in the account's DID document
    };

    AccountsService(AccountStore *store, atproto::IdentityResolver *resolver, atproto::SessionManager *sessions,
                    const Clock *clock, Options options = {}, QObject *parent = nullptr);

    // "xxxx-xxxx-xxxx-xxxx" (lowercase letters and digits): what Bluesky app passwords look like.
    static bool looksLikeAppPassword(const QString &password);

    void addOwn(const QString &handleOrDid, const QString &password, atproto::Callback<Account> done);
    void addWatched(const QString &handleOrDid, atproto::Callback<Account> done);
    // Own accounts: deleteSession + keychain removal first; then the account is marked removed.
    void remove(const QString &handleOrDid, atproto::StatusCallback done);
    // Log out an own account but keep tracking it (as watched, read-only).
    void logout(const QString &handleOrDid, atproto::StatusCallback done);
    Result<QList<Account>> list() const { return m_store->list(); }
    // Resolves every active account by DID again (DID document → handle → back to the DID);
    // a verified new handle replaces the stored one (accounts and profiles). Calls `done` once
    // all are through, with the number of handles that changed; failures of single accounts
    // are logged and skipped (the next round retries them).
    void refreshIdentities(atproto::Callback<int> done);
    // Applies a handle verified in both directions for a DID (see IdentityResolver::handleVerified);
    // emits accountsChanged() and handleChanged() when a tracked account's handle changed.
    Result<bool> applyVerifiedHandle(const QString &did, const QString &handle);

Q_SIGNALS:
    void accountsChanged();
    void handleChanged(const QString &did, const QString &handle);

private:
    AccountStore *m_store;
    atproto::IdentityResolver *m_resolver;
    atproto::SessionManager *m_sessions;
    const Clock *m_clock;
    Options m_options;
};

} // namespace ge::accounts
