#pragma once

#include "atproto/XrpcClient.h"
#include "secrets/CredentialStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ge::atproto {

// Whether an error from an authenticated call means "the access token expired":
// HTTP 400 ExpiredToken (PDS) or HTTP 401 (AppView).
bool isExpiredTokenError(const Error &error);

// Sessions of the own accounts, keyed by DID. Tokens live in the CredentialStore (OS
// keychain) as soon as they are issued or rotated, and in memory while the app runs; they
// are reused across restarts (restore()), so createSession runs only on an explicit login.
//
// call(): runs an XRPC operation with the account's access token; on an expired token it
// refreshes once (concurrent calls share that one refresh) and retries once.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    SessionManager(XrpcClient *client, secrets::CredentialStore *store, QObject *parent = nullptr);

    XrpcClient *client() const { return m_client; }

    // createSession at `pds` (identifier = handle or DID) and store the tokens.
    void login(const QUrl &pds, const QString &identifier, const QString &password, Callback<Session> done);
    // The session of `did`: from memory, else from the credential store.
    void restore(const QString &did, Callback<Session> done);
    // Refreshes the session of `did` (shared by concurrent callers); the rotated tokens are
    // written to the store before waiters continue.
    void refresh(const QString &did, StatusCallback done);
    // deleteSession on the PDS (best effort) and remove the tokens from the store.
    void logout(const QString &did, StatusCallback done);

    bool hasSession(const QString &did) const { return m_sessions.contains(did); }
    std::optional<Session> cachedSession(const QString &did) const;
    int refreshCount() const { return m_refreshCount; }

    // Runs op(target, cb) against the account's PDS with its access token; see class comment.
    template <typename T>
    void call(const QString &did, std::function<void(const XrpcTarget &, Callback<T>)> op, Callback<T> done);

    static QByteArray serialize(const Session &session);
    static Result<Session> deserialize(const QByteArray &data);

Q_SIGNALS:
    void sessionChanged(const QString &did);
    // The refresh token was rejected: the account must log in again.
    void sessionInvalid(const QString &did, const QString &message);

private:
    void store(const Session &session, StatusCallback done);

    XrpcClient *m_client;
    secrets::CredentialStore *m_store;
    QHash<QString, Session> m_sessions;
    QHash<QString, QList<StatusCallback>> m_refreshWaiters; // present while a refresh runs
    int m_refreshCount = 0;
};

template <typename T>
void SessionManager::call(const QString &did, std::function<void(const XrpcTarget &, Callback<T>)> op, Callback<T> done)
{
    QPointer<SessionManager> self(this);
    restore(did, [self, did, op, done](Result<Session> s) {
        if (!self)
            return;
        if (!s) {
            done(s.error());
            return;
        }
        const QString usedToken = s->accessJwt;
        op(XrpcTarget::pds(s->pdsUrl, s->accessJwt), [self, did, op, done, usedToken](Result<T> r) {
            if (r || !self || !isExpiredTokenError(r.error())) {
                done(std::move(r));
                return;
            }
            const auto retry = [self, did, op, done](Status st) {
                if (!self)
                    return;
                if (!st) {
                    done(st.error());
                    return;
                }
                const Session s2 = self->m_sessions.value(did);
                op(XrpcTarget::pds(s2.pdsUrl, s2.accessJwt), done); // retry once
            };
            // Another call may have refreshed already while this one was in flight.
            const auto current = self->cachedSession(did);
            if (current && current->accessJwt != usedToken && !self->m_refreshWaiters.contains(did))
                retry(Status{});
            else
                self->refresh(did, retry);
        });
    });
}

} // namespace ge::atproto
