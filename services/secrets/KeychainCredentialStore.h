#pragma once

#include "secrets/CredentialStore.h"

#include <QPointer>
#include <QQueue>

#include <chrono>
#include <memory>

namespace ge::secrets {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux), under the service
// name "growth-engine" (items: schema org.qt.keychain, attribute server=<service>), one item
// per account DID. Never falls back to a file (QtKeychain's insecure fallback stays off).
//
// - Every job has its own timeout: with DISPLAY set and no unlocked keyring, gnome-keyring
//   shows a "choose password" dialog and the job never finishes; after `timeout` the caller
//   gets a Keychain error saying so (the late result, if any, is ignored).
// - Operations run one at a time in call order; the next job is started with a queued call,
//   never from inside another job's finished signal.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr const char *defaultService = "growth-engine";

    explicit KeychainCredentialStore(QString service = QString::fromLatin1(defaultService),
                                     std::chrono::milliseconds timeout = std::chrono::seconds(15),
                                     QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    void read(const QString &key, SecretCallback done) override;
    void write(const QString &key, const QByteArray &secret, SecretStatusCallback done) override;
    void remove(const QString &key, SecretStatusCallback done) override;
    bool persistent() const override { return true; }
    QString backendName() const override;

    // Maps a QtKeychain error (code + text) to our typed error with a clear message.
    static Error describe(int keychainError, const QString &keychainText, const QString &key);
    Error timeoutError() const;

private:
    struct Op;
    void enqueue(std::shared_ptr<Op> op);
    void startNextQueued();
    void startNext();
    void finishOp(const std::shared_ptr<Op> &op, Result<QByteArray> result);

    QString m_service;
    std::chrono::milliseconds m_timeout;
    QQueue<std::shared_ptr<Op>> m_queue;
    std::shared_ptr<Op> m_running;
    bool m_startScheduled = false;
};

} // namespace ge::secrets
