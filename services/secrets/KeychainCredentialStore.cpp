#include "secrets/KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace ge::secrets {
struct KeychainCredentialStore::Op
{
    enum Kind { Read, Write, Remove } kind = Read;
    QString key;
    QByteArray secret;
    SecretCallback done;
    bool finished = false;
    QPointer<QKeychain::Job> job;
    QTimer *timer = nullptr;
};

KeychainCredentialStore::KeychainCredentialStore(QString service, std::chrono::milliseconds timeout, QObject *parent)
    : CredentialStore(parent), m_service(std::move(service)), m_timeout(timeout)
{
}

namespace {

// QtKeychain keeps one process-wide job executor (a QObject living on the thread of the first
// job) and is not safe when jobs of several threads meet in it: a job finishing on one thread
// while the executor disconnects it on another reads freed memory. So every job, whichever
// thread its store lives on (network thread, health thread, main thread), runs on the
// application's main thread; results come back to the store's thread by a queued connection.
QThread *keychainThread()
{
    QCoreApplication *app = QCoreApplication::instance();
    return app ? app->thread() : QThread::currentThread();
}

// A job that nobody waits for any more deletes itself once it finishes (on its own thread).
void abandon(QKeychain::Job *job, QObject *receiver)
{
    if (!job)
        return;
    QObject::disconnect(job, nullptr, receiver, nullptr);
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
}

} // namespace

KeychainCredentialStore::~KeychainCredentialStore()
{
    // A job still running (e.g. stuck behind a keyring dialog) must not call back into us.
    if (m_running && m_running->job)
        abandon(m_running->job, this);
}

QString KeychainCredentialStore::backendName() const
{
    return tr("OS keychain (%1)").arg(m_service);
}

Error KeychainCredentialStore::describe(int keychainError, const QString &text, const QString &key)
{
    if (keychainError == QKeychain::EntryNotFound)
        return Error::make(ErrorCategory::NotFound, tr("No saved credentials for %1 in the keychain").arg(key));
    Error e = Error::make(ErrorCategory::Keychain, {});
    e.detail = QStringLiteral("QtKeychain error %1: %2").arg(keychainError).arg(text);
    if (text.contains(QLatin1StringView("autolaunch D-Bus")) || text.contains(QLatin1StringView("DBUS_SESSION_BUS"))
        || text.contains(QLatin1StringView("org.freedesktop.DBus.Error.NoServer"))
        || text.contains(QLatin1StringView("Failed to connect to socket"))
        || text.contains(QLatin1StringView("Could not connect"))
        || (keychainError == QKeychain::NoBackendAvailable && !text.contains(QLatin1StringView("service files")))) {
        e.message = tr("No keychain is available: there is no D-Bus session bus to reach the system keyring "
                       "(Secret Service). Log in to a desktop session or start one with a keyring "
                       "(e.g. gnome-keyring).");
    } else if (text.contains(QLatin1StringView("org.freedesktop.secrets")) || text.contains(QLatin1StringView("service files"))) {
        e.message = tr("No keychain is available: no Secret Service provider (gnome-keyring or KWallet) is "
                       "running on the session bus. Install and start gnome-keyring.");
    } else if (text.contains(QLatin1StringView("Object does not exist at path"))) {
        e.message = tr("The keychain has no unlocked login keyring. Create or unlock the login keyring "
                       "(e.g. log in to the desktop, or run gnome-keyring-daemon --unlock).");
    } else if (text.contains(QLatin1StringView("locked")) || keychainError == QKeychain::AccessDenied
               || keychainError == QKeychain::AccessDeniedByUser) {
        e.message = tr("The keychain refused access: the keyring is locked or access was denied. "
                       "Unlock the keyring and try again.");
    } else if (text.contains(QLatin1StringView("Unknown error")) || text.contains(QLatin1StringView("kwallet"),
                                                                                  Qt::CaseInsensitive)) {
        e.message = tr("No usable keychain backend: libsecret was not found and KWallet is not available. "
                       "Install libsecret-1-0 and gnome-keyring.");
    } else {
        e.message = tr("The keychain failed: %1").arg(text);
    }
    return e;
}

Error KeychainCredentialStore::timeoutError() const
{
    Error e = Error::make(ErrorCategory::Keychain,
                          tr("The keychain did not answer within %1 s. It may be waiting for you in a dialog "
                             "(to unlock or create a keyring); unlock it and try again.")
                              .arg(m_timeout.count() / 1000.0));
    e.detail = QStringLiteral("keychain job timed out");
    return e;
}

void KeychainCredentialStore::read(const QString &key, SecretCallback done)
{
    auto op = std::make_shared<Op>();
    op->kind = Op::Read;
    op->key = key;
    op->done = std::move(done);
    enqueue(op);
}

void KeychainCredentialStore::write(const QString &key, const QByteArray &secret, SecretStatusCallback done)
{
    auto op = std::make_shared<Op>();
    op->kind = Op::Write;
    op->key = key;
    op->secret = secret;
    op->done = [done = std::move(done)](Result<QByteArray> r) { done(r ? Status{} : Status(r.error())); };
    enqueue(op);
}

void KeychainCredentialStore::remove(const QString &key, SecretStatusCallback done)
{
    auto op = std::make_shared<Op>();
    op->kind = Op::Remove;
    op->key = key;
    op->done = [done = std::move(done)](Result<QByteArray> r) {
        // Removing something that is not there is a success.
        if (!r && r.error().category != ErrorCategory::NotFound)
            done(Status(r.error()));
        else
            done(Status{});
    };
    enqueue(op);
}

void KeychainCredentialStore::enqueue(std::shared_ptr<Op> op)
{
    m_queue.enqueue(std::move(op));
    startNextQueued();
}

void KeychainCredentialStore::startNextQueued()
{
    if (m_startScheduled || m_running)
        return;
    m_startScheduled = true;
    // Always a queued call: never start a job from inside another job's finished signal.
    QMetaObject::invokeMethod(this, [this] {
        m_startScheduled = false;
        startNext();
    }, Qt::QueuedConnection);
}

void KeychainCredentialStore::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    std::shared_ptr<Op> op = m_queue.dequeue();
    m_running = op;

    QKeychain::Job *job = nullptr;
    switch (op->kind) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setBinaryData(op->secret);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(op->key);
    job->setInsecureFallback(false);
    // Deleted by us once its result is read on this thread (see keychainThread()).
    job->setAutoDelete(false);
    op->job = job;

    op->timer = new QTimer(this);
    op->timer->setSingleShot(true);
    connect(op->timer, &QTimer::timeout, this, [this, op] {
        qCWarning(lcSecrets) << "keychain job timed out for" << op->key;
        abandon(op->job, this);
        finishOp(op, timeoutError());
    });
    connect(job, &QKeychain::Job::finished, this, [this, op](QKeychain::Job *j) {
        // Read the result first, then hand the job back for deletion. The job lives on the keychain
        // thread: when that is not this thread, it may be deleted there as soon as deleteLater() is
        // posted, while this handler would still be reading it.
        const QKeychain::Error error = j->error();
        const QString errorText = error != QKeychain::NoError ? j->errorString() : QString();
        QByteArray data;
        if (error == QKeychain::NoError && op->kind == Op::Read)
            data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        j->deleteLater();
        if (op->finished)
            return;
        if (error != QKeychain::NoError) {
            finishOp(op, describe(error, errorText, op->key));
            return;
        }
        finishOp(op, data);
    });
    op->timer->start(m_timeout);
    QThread *target = keychainThread();
    if (target == QThread::currentThread()) {
        job->start();
    } else {
        job->moveToThread(target);
        QMetaObject::invokeMethod(job, [job] { job->start(); }, Qt::QueuedConnection);
    }
}

void KeychainCredentialStore::finishOp(const std::shared_ptr<Op> &op, Result<QByteArray> result)
{
    if (op->finished)
        return;
    op->finished = true;
    if (op->timer) {
        op->timer->stop();
        op->timer->deleteLater();
        op->timer = nullptr;
    }
    if (!result && result.error().category != ErrorCategory::NotFound)
        qCInfo(lcSecrets) << "keychain operation failed:" << result.error().detail;
    if (m_running == op)
        m_running.reset();
    // Deliver and start the next job from a fresh event-loop turn, not from the job's signal.
    QMetaObject::invokeMethod(this, [this, op, result = std::move(result)]() mutable {
        auto done = std::move(op->done);
        op->secret.fill('\0');
        if (done)
            done(std::move(result));
        startNextQueued();
    }, Qt::QueuedConnection);
}

} // namespace ge::secrets
