#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace ge::secrets {

using SecretCallback = std::function<void(Result<QByteArray>)>;
using SecretStatusCallback = std::function<void(Status)>;

// Where secrets (app passwords, access/refresh JWTs) live. Asynchronous: results arrive via
// the callback on the store's thread, never from inside the call. Keys are account DIDs.
// A missing entry is Error{NotFound}; every other failure is Error{Keychain} with a message
// that says what is wrong and what to do. Implementations never write secrets to a file.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void read(const QString &key, SecretCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, SecretStatusCallback done) = 0;
    virtual void remove(const QString &key, SecretStatusCallback done) = 0;
    // True when secrets survive a restart (the OS keychain); false for memory-only.
    virtual bool persistent() const = 0;
    virtual QString backendName() const = 0;
};

// Keeps secrets in this process only (lost on exit). Used when the user accepts running
// without a keychain, and in tests.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    void read(const QString &key, SecretCallback done) override;
    void write(const QString &key, const QByteArray &secret, SecretStatusCallback done) override;
    void remove(const QString &key, SecretStatusCallback done) override;
    bool persistent() const override { return false; }
    QString backendName() const override;
    qsizetype size() const { return m_items.size(); }

private:
    QHash<QString, QByteArray> m_items;
};

// The OS keychain first; after the user accepts a memory-only session for this run
// (useMemoryOnly()), every operation goes to memory instead. Never a file.
class FallbackCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    FallbackCredentialStore(CredentialStore *primary, QObject *parent = nullptr);
    void read(const QString &key, SecretCallback done) override;
    void write(const QString &key, const QByteArray &secret, SecretStatusCallback done) override;
    void remove(const QString &key, SecretStatusCallback done) override;
    bool persistent() const override { return !m_memoryOnly && m_primary->persistent(); }
    QString backendName() const override;

    void useMemoryOnly() { m_memoryOnly = true; }
    bool memoryOnly() const { return m_memoryOnly; }

private:
    CredentialStore *current() const;
    CredentialStore *m_primary;
    MemoryCredentialStore *m_memory;
    bool m_memoryOnly = false;
};

} // namespace ge::secrets
