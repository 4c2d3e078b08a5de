#include "atproto/SessionManager.h"

#include "atproto/Syntax.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ge::atproto {

bool isExpiredTokenError(const Error &error)
{
    return error.xrpcError == u"ExpiredToken" || error.httpStatus == 401;
}

SessionManager::SessionManager(XrpcClient *client, secrets::CredentialStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
}

std::optional<Session> SessionManager::cachedSession(const QString &did) const
{
    const auto it = m_sessions.constFind(did);
    if (it == m_sessions.constEnd())
        return std::nullopt;
    return *it;
}

QByteArray SessionManager::serialize(const Session &s)
{
    const QJsonObject o{{u"did"_s, s.did},
                        {u"handle"_s, s.handle},
                        {u"pds"_s, s.pdsUrl.toString()},
                        {u"accessJwt"_s, s.accessJwt},
                        {u"refreshJwt"_s, s.refreshJwt}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Session> SessionManager::deserialize(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    Session s;
    s.did = o.value(u"did"_s).toString();
    s.handle = o.value(u"handle"_s).toString();
    s.pdsUrl = QUrl(o.value(u"pds"_s).toString(), QUrl::StrictMode);
    s.accessJwt = o.value(u"accessJwt"_s).toString();
    s.refreshJwt = o.value(u"refreshJwt"_s).toString();
    if (!syntax::isValidDid(s.did) || s.refreshJwt.isEmpty() || !s.pdsUrl.isValid() || s.pdsUrl.host().isEmpty())
        return Error::parse(tr("The saved session in the keychain is damaged; log in again"));
    return s;
}

void SessionManager::store(const Session &session, StatusCallback done)
{
    m_store->write(session.did, serialize(session), std::move(done));
}

void SessionManager::login(const QUrl &pds, const QString &identifier, const QString &password, Callback<Session> done)
{
    QPointer<SessionManager> self(this);
    m_client->createSession(pds, identifier, password, [self, done](Result<Session> s) {
        if (!self)
            return;
        if (!s) {
            done(s.error());
            return;
        }
        Session session = *s;
        self->store(session, [self, session, done](Status st) {
            if (!self)
                return;
            if (!st) {
                // The tokens could not be kept: end the server session so nothing dangles.
                self->m_client->deleteSession(session.pdsUrl, session.refreshJwt, [](Status) {});
                done(st.error());
                return;
            }
            self->m_sessions.insert(session.did, session);
            Q_EMIT self->sessionChanged(session.did);
            done(session);
        });
    });
}

void SessionManager::restore(const QString &did, Callback<Session> done)
{
    if (const auto s = cachedSession(did)) {
        QMetaObject::invokeMethod(this, [done, s = *s] { done(s); }, Qt::QueuedConnection);
        return;
    }
    QPointer<SessionManager> self(this);
    m_store->read(did, [self, did, done](Result<QByteArray> data) {
        if (!self)
            return;
        if (!data) {
            Error e = data.error();
            if (e.category == ErrorCategory::NotFound) {
                e.category = ErrorCategory::Auth;
                e.message = tr("No session for %1: log in with an app password").arg(did);
            }
            done(e);
            return;
        }
        auto s = deserialize(*data);
        if (!s || s->did != did) {
            done(s ? Error::parse(tr("The saved session in the keychain belongs to another account")) : s.error());
            return;
        }
        // A concurrent restore may have won; keep whichever is in memory.
        if (!self->m_sessions.contains(did))
            self->m_sessions.insert(did, *s);
        done(self->m_sessions.value(did));
    });
}

void SessionManager::refresh(const QString &did, StatusCallback done)
{
    auto it = m_refreshWaiters.find(did);
    if (it != m_refreshWaiters.end()) {
        it->append(std::move(done)); // share the refresh already running
        return;
    }
    m_refreshWaiters.insert(did, {std::move(done)});
    QPointer<SessionManager> self(this);
    const auto finish = [self, did](Status st) {
        if (!self)
            return;
        const QList<StatusCallback> waiters = self->m_refreshWaiters.take(did);
        for (const StatusCallback &w : waiters)
            w(st);
    };
    restore(did, [self, did, finish](Result<Session> s) {
        if (!self)
            return;
        if (!s) {
            finish(s.error());
            return;
        }
        ++self->m_refreshCount;
        const Session old = *s;
        self->m_client->refreshSession(old.pdsUrl, old.refreshJwt, [self, did, old, finish](Result<Session> r) {
            if (!self)
                return;
            if (!r) {
                Error e = r.error();
                if (e.httpStatus == 400 || e.httpStatus == 401) {
                    e.category = ErrorCategory::Auth;
                    e.message = tr("The session of %1 has ended; log in again with an app password").arg(old.handle);
                    Q_EMIT self->sessionInvalid(did, e.message);
                }
                finish(e);
                return;
            }
            Session fresh = *r;
            if (fresh.did != did) {
                finish(Error::parse(tr("The server refreshed a session for another account")));
                return;
            }
            if (fresh.pdsUrl.isEmpty())
                fresh.pdsUrl = old.pdsUrl;
            self->m_sessions.insert(did, fresh);
            // The old refresh token is now spent: store the rotated one at once.
            self->store(fresh, [self, did, finish](Status st) {
                if (!self)
                    return;
                if (!st)
                    qCWarning(lcAtproto) << "could not store the rotated session:" << st.error().message;
                Q_EMIT self->sessionChanged(did);
                finish(Status{});
            });
        });
    });
}

void SessionManager::logout(const QString &did, StatusCallback done)
{
    QPointer<SessionManager> self(this);
    restore(did, [self, did, done](Result<Session> s) {
        if (!self)
            return;
        const auto removeLocal = [self, did, done](const std::optional<Error> &remoteError) {
            self->m_sessions.remove(did);
            self->m_store->remove(did, [self, did, done, remoteError](Status st) {
                if (!self)
                    return;
                Q_EMIT self->sessionChanged(did);
                if (!st)
                    done(st);
                else if (remoteError)
                    qCInfo(lcAtproto) << "deleteSession failed (tokens removed locally):" << remoteError->summary();
                if (st)
                    done(Status{});
            });
        };
        if (!s) {
            removeLocal(std::nullopt);
            return;
        }
        self->m_client->deleteSession(s->pdsUrl, s->refreshJwt, [removeLocal](Status st) {
            removeLocal(st ? std::nullopt : std::optional<Error>(st.error()));
        });
    });
}

} // namespace ge::atproto
