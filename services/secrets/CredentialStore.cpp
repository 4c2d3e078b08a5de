#include "secrets/CredentialStore.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcSecrets, "ge.secrets")

namespace ge::secrets {

void MemoryCredentialStore::read(const QString &key, SecretCallback done)
{
    QMetaObject::invokeMethod(this, [this, key, done = std::move(done)] {
        const auto it = m_items.constFind(key);
        if (it == m_items.constEnd()) {
            done(Error::make(ErrorCategory::NotFound,
                             QCoreApplication::translate("CredentialStore", "No saved credentials for %1").arg(key)));
            return;
        }
        done(*it);
    }, Qt::QueuedConnection);
}

void MemoryCredentialStore::write(const QString &key, const QByteArray &secret, SecretStatusCallback done)
{
    m_items.insert(key, secret);
    QMetaObject::invokeMethod(this, [done = std::move(done)] { done(Status{}); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::remove(const QString &key, SecretStatusCallback done)
{
    m_items.remove(key);
    QMetaObject::invokeMethod(this, [done = std::move(done)] { done(Status{}); }, Qt::QueuedConnection);
}

QString MemoryCredentialStore::backendName() const
{
    return QCoreApplication::translate("CredentialStore", "memory (this run only)");
}

FallbackCredentialStore::FallbackCredentialStore(CredentialStore *primary, QObject *parent)
    : CredentialStore(parent), m_primary(primary), m_memory(new MemoryCredentialStore(this))
{
}

CredentialStore *FallbackCredentialStore::current() const
{
    return m_memoryOnly ? static_cast<CredentialStore *>(m_memory) : m_primary;
}

void FallbackCredentialStore::read(const QString &key, SecretCallback done) { current()->read(key, std::move(done)); }

void FallbackCredentialStore::write(const QString &key, const QByteArray &secret, SecretStatusCallback done)
{
    current()->write(key, secret, std::move(done));
}

void FallbackCredentialStore::remove(const QString &key, SecretStatusCallback done)
{
    current()->remove(key, std::move(done));
}

QString FallbackCredentialStore::backendName() const { return current()->backendName(); }

} // namespace ge::secrets
