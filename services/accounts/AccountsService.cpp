#include "accounts/AccountsService.h"

#include <QDebug>
#include <QPointer>

#include <memory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ge::accounts {

AccountsService::AccountsService(AccountStore *store, atproto::IdentityResolver *resolver,
                                 atproto::SessionManager *sessions, const Clock *clock, Options options,
                                 QObject *parent)
    : QObject(parent), m_store(store), m_resolver(resolver), m_sessions(sessions), m_clock(clock),
      m_options(std::move(options))
{
    // Every identity resolution that verifies a handle keeps the stored handle current.
    connect(m_resolver, &atproto::IdentityResolver::handleVerified, this,
            [this](const QString &did, const QString &handle) {
                const auto changed = applyVerifiedHandle(did, handle);
                if (!changed)
                    qCWarning(lcAtproto).noquote() << "handle of" << did << "not updated:" << changed.error().summary();
            });
}

Result<bool> AccountsService::applyVerifiedHandle(const QString &did, const QString &handle)
{
    auto changed = m_store->updateHandle(did, handle, m_clock->nowUs());
    if (changed && *changed) {
        Q_EMIT handleChanged(did, handle);
        Q_EMIT accountsChanged();
    }
    return changed;
}

void AccountsService::refreshIdentities(atproto::Callback<int> done)
{
    const auto accounts = m_store->list();
    if (!accounts) {
        QMetaObject::invokeMethod(this, [done, e = accounts.error()] { done(e); }, Qt::QueuedConnection);
        return;
    }
    struct Round
    {
        int pending = 0;
        int changed = 0;
    };
    auto round = std::make_shared<Round>();
    round->pending = int(accounts->size());
    if (round->pending == 0) {
        QMetaObject::invokeMethod(this, [done] { done(0); }, Qt::QueuedConnection);
        return;
    }
    QPointer<AccountsService> self(this);
    for (const Account &a : *accounts) {
        m_resolver->resolve(a.did, [self, round, done, old = a.handle](Result<atproto::Identity> id) {
            if (!self)
                return;
            // The resolver's handleVerified() signal already stored a verified new handle.
            if (id && id->handleVerified && id->handle != old)
                ++round->changed;
            else if (!id)
                qCWarning(lcAtproto).noquote() << "identity not refreshed:" << id.error().summary();
            if (--round->pending == 0)
                done(round->changed);
        });
    }
}

bool AccountsService::looksLikeAppPassword(const QString &password)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}"_s));
    return re.match(password).hasMatch();
}

void AccountsService::addOwn(const QString &handleOrDid, const QString &password, atproto::Callback<Account> done)
{
    QPointer<AccountsService> self(this);
    m_resolver->resolve(handleOrDid, [self, password, done](Result<atproto::Identity> id) {
        if (!self)
            return;
        if (!id) {
            done(id.error());
            return;
        }
        const QUrl pds = self->m_options.pdsOverride.isEmpty() ? id->pdsUrl : self->m_options.pdsOverride;
        self->m_sessions->login(pds, id->did, password, [self, pds, done](Result<atproto::Session> s) {
            if (!self)
                return;
            if (!s) {
                Error e = s.error();
                if (e.httpStatus == 401) {
                    e.category = ErrorCategory::Auth;
                    e.message = tr("Login failed: wrong handle or app password (%1)").arg(e.message);
                }
                done(e);
                return;
            }
            Account a;
            a.did = s->did;
            a.handle = s->handle;
            a.kind = AccountKind::Own;
            a.pdsUrl = pds;
            a.addedAtUs = self->m_clock->nowUs();
            const Status st = self->m_store->upsert(a);
            if (!st) {
                done(st.error());
                return;
            }
            Q_EMIT self->accountsChanged();
            done(a);
        });
    });
}

void AccountsService::addWatched(const QString &handleOrDid, atproto::Callback<Account> done)
{
    QPointer<AccountsService> self(this);
    m_resolver->resolve(handleOrDid, [self, handleOrDid, done](Result<atproto::Identity> id) {
        if (!self)
            return;
        if (!id) {
            done(id.error());
            return;
        }
        // Keep an existing own account as own (adding it again as watched changes nothing).
        const auto existing = self->m_store->find(id->did);
        if (existing && existing->has_value() && (*existing)->kind == AccountKind::Own) {
            done(**existing);
            return;
        }
        Account a;
        a.did = id->did;
        a.handle = id->handle.isEmpty() ? handleOrDid.toLower() : id->handle;
        a.kind = AccountKind::Watched;
        a.pdsUrl = id->pdsUrl;
        a.addedAtUs = self->m_clock->nowUs();
        const Status st = self->m_store->upsert(a);
        if (!st) {
            done(st.error());
            return;
        }
        Q_EMIT self->accountsChanged();
        done(a);
    });
}

void AccountsService::remove(const QString &handleOrDid, atproto::StatusCallback done)
{
    const auto found = m_store->find(handleOrDid);
    if (!found) {
        QMetaObject::invokeMethod(this, [done, e = found.error()] { done(e); }, Qt::QueuedConnection);
        return;
    }
    if (!found->has_value()) {
        QMetaObject::invokeMethod(this, [done, handleOrDid] {
            done(Error::make(ErrorCategory::NotFound, tr("No tracked account %1").arg(handleOrDid)));
        }, Qt::QueuedConnection);
        return;
    }
    const Account account = **found;
    QPointer<AccountsService> self(this);
    const auto finish = [self, account, done]() {
        if (!self)
            return;
        const Status st = self->m_store->markRemoved(account.did, self->m_clock->nowUs());
        if (st)
            Q_EMIT self->accountsChanged();
        done(st);
    };
    if (account.kind != AccountKind::Own) {
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
        return;
    }
    m_sessions->logout(account.did, [finish, done](Status st) {
        if (!st) {
            done(st); // the secrets could not be removed: keep the account so the user can retry
            return;
        }
        finish();
    });
}

void AccountsService::logout(const QString &handleOrDid, atproto::StatusCallback done)
{
    const auto found = m_store->find(handleOrDid);
    if (!found || !found->has_value()) {
        QMetaObject::invokeMethod(this, [done, handleOrDid] {
            done(Error::make(ErrorCategory::NotFound, tr("No tracked account %1").arg(handleOrDid)));
        }, Qt::QueuedConnection);
        return;
    }
    Account account = **found;
    QPointer<AccountsService> self(this);
    m_sessions->logout(account.did, [self, account, done](Status st) mutable {
        if (!self)
            return;
        if (!st) {
            done(st);
            return;
        }
        account.kind = AccountKind::Watched;
        const Status up = self->m_store->upsert(account);
        if (up)
            Q_EMIT self->accountsChanged();
        done(up);
    });
}

} // namespace ge::accounts
