// The OS keychain credential store against a real gnome-keyring (Secret Service over D-Bus).
// The test re-runs itself inside `dbus-run-session -- scripts/with-keyring.sh` so it always gets
// a private bus and a fresh, unlocked keyring, whatever environment ctest was started in.
#include "TestSupport.h"

#include "secrets/CredentialStore.h"
#include "secrets/KeychainCredentialStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ge;
using namespace ge::secrets;

namespace {

struct ResultSlot
{
    std::shared_ptr<std::optional<Result<QByteArray>>> r = std::make_shared<std::optional<Result<QByteArray>>>();
    SecretCallback cb()
    {
        auto s = r;
        return [s](Result<QByteArray> v) { s->emplace(std::move(v)); };
    }
    SecretStatusCallback statusCb()
    {
        auto s = r;
        return [s](Status st) { s->emplace(st ? Result<QByteArray>(QByteArray()) : Result<QByteArray>(st.error())); };
    }
    bool wait(int ms = 20000) { return QTest::qWaitFor([this] { return r->has_value(); }, ms); }
    Result<QByteArray> &get() { return **r; }
};

const QByteArray kSecret = "{\"refreshJwt\":\"eyJ-very-secret-refresh-token-4711\"}";

// Child mode: one write with whatever bus the environment gives, report, exit.
int runChild()
{
    KeychainCredentialStore store(u"growth-engine-test"_s, std::chrono::seconds(10));
    ResultSlot w;
    store.write(u"did:plc:childtest"_s, kSecret, w.statusCb());
    if (!w.wait(15000)) {
        std::printf("RESULT hang\n");
        return 3;
    }
    if (w.get().ok()) {
        std::printf("RESULT ok\n");
        return 0;
    }
    std::printf("RESULT %s|%s\n", qPrintable(toString(w.get().error().category)), qPrintable(w.get().error().message));
    return 1;
}

} // namespace

class TstKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void missingEntryIsNotFound();
    void itemIsStoredUnderServiceName();
    void manyQueuedOperationsAllComplete();
    void jobTimeoutIsReportedAndQueueContinues();
    void noKeychainGivesClearErrorAndNoFile();
    void memoryFallbackOnlyWhenChosen();
    void describesEveryKnownFailure_data();
    void describesEveryKnownFailure();
};

void TstKeychain::roundTrip()
{
    KeychainCredentialStore store(u"growth-engine-test"_s);
    ResultSlot w;
    store.write(u"did:plc:roundtrip"_s, kSecret, w.statusCb());
    QVERIFY(w.wait());
    QVERIFY2(w.get().ok(), qPrintable(w.get().ok() ? QString() : w.get().error().message + u" / "_s + w.get().error().detail));
    ResultSlot r;
    store.read(u"did:plc:roundtrip"_s, r.cb());
    QVERIFY(r.wait());
    QVERIFY(r.get().ok());
    QCOMPARE(r.get().value(), kSecret);
    ResultSlot d;
    store.remove(u"did:plc:roundtrip"_s, d.statusCb());
    QVERIFY(d.wait());
    QVERIFY(d.get().ok());
    ResultSlot gone;
    store.read(u"did:plc:roundtrip"_s, gone.cb());
    QVERIFY(gone.wait());
    QVERIFY(!gone.get().ok());
    QCOMPARE(toString(gone.get().error().category), toString(ErrorCategory::NotFound));
}

void TstKeychain::missingEntryIsNotFound()
{
    KeychainCredentialStore store(u"growth-engine-test"_s);
    ResultSlot r;
    store.read(u"did:plc:neverstored"_s, r.cb());
    QVERIFY(r.wait());
    QVERIFY(!r.get().ok());
    QCOMPARE(toString(r.get().error().category), toString(ErrorCategory::NotFound));
    // Removing what is not there succeeds.
    ResultSlot d;
    store.remove(u"did:plc:neverstored"_s, d.statusCb());
    QVERIFY(d.wait());
    QVERIFY(d.get().ok());
}

void TstKeychain::itemIsStoredUnderServiceName()
{
    if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    KeychainCredentialStore store; // the product's service name
    QCOMPARE(QString::fromLatin1(KeychainCredentialStore::defaultService), u"growth-engine"_s);
    ResultSlot w;
    store.write(u"did:plc:servicename"_s, kSecret, w.statusCb());
    QVERIFY(w.wait());
    QVERIFY(w.get().ok());
    QProcess p;
    p.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"growth-engine"_s});
    QVERIFY(p.waitForFinished(10000));
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(out.contains("did:plc:servicename"), out.constData());
    ResultSlot d;
    store.remove(u"did:plc:servicename"_s, d.statusCb());
    QVERIFY(d.wait());
}

void TstKeychain::manyQueuedOperationsAllComplete()
{
    KeychainCredentialStore store(u"growth-engine-test"_s);
    QList<ResultSlot> writes(12);
    for (int i = 0; i < writes.size(); ++i)
        store.write(u"did:plc:many%1"_s.arg(i), QByteArray::number(i), writes[i].statusCb());
    QList<ResultSlot> reads(12);
    for (int i = 0; i < reads.size(); ++i)
        store.read(u"did:plc:many%1"_s.arg(i), reads[i].cb());
    for (int i = 0; i < reads.size(); ++i) {
        QVERIFY(writes[i].wait());
        QVERIFY(writes[i].get().ok());
        QVERIFY(reads[i].wait());
        QVERIFY(reads[i].get().ok());
        QCOMPARE(reads[i].get().value(), QByteArray::number(i));
    }
    for (int i = 0; i < writes.size(); ++i) {
        ResultSlot d;
        store.remove(u"did:plc:many%1"_s.arg(i), d.statusCb());
        QVERIFY(d.wait());
    }
}

void TstKeychain::jobTimeoutIsReportedAndQueueContinues()
{
    // A timeout far below what a D-Bus round trip takes stands in for a job stuck behind a
    // keyring dialog: the caller must get a clear Keychain error, not wait forever.
    KeychainCredentialStore store(u"growth-engine-test"_s, std::chrono::milliseconds(0));
    ResultSlot r;
    store.read(u"did:plc:slow"_s, r.cb());
    QVERIFY(r.wait());
    QVERIFY(!r.get().ok());
    QCOMPARE(toString(r.get().error().category), toString(ErrorCategory::Keychain));
    QVERIFY(r.get().error().message.contains(u"did not answer"_s));
    // A store with a normal timeout still works afterwards (late results are ignored).
    KeychainCredentialStore normal(u"growth-engine-test"_s);
    ResultSlot w;
    normal.write(u"did:plc:after-timeout"_s, "x", w.statusCb());
    QVERIFY(w.wait());
    QVERIFY(w.get().ok());
    ResultSlot d;
    normal.remove(u"did:plc:after-timeout"_s, d.statusCb());
    QVERIFY(d.wait());
}

void TstKeychain::noKeychainGivesClearErrorAndNoFile()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GE_KEYCHAIN_CHILD"_s, u"1"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.path() + u"/no-such-bus"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/.local/share"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/.config"_s);
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(out.contains(u"RESULT "_s + toString(ErrorCategory::Keychain) + u"|"_s), qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
    QVERIFY2(out.contains(u"No keychain is available"_s), qPrintable(out));
    QCOMPARE(child.exitCode(), 1);
    // Nothing holding the secret was written anywhere under HOME.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("very-secret-refresh-token"), qPrintable(f.fileName()));
    }
}

void TstKeychain::memoryFallbackOnlyWhenChosen()
{
    MemoryCredentialStore failing; // stands in for the primary; we only check routing here
    FallbackCredentialStore store(&failing);
    QVERIFY(!store.memoryOnly());
    ResultSlot w;
    store.write(u"did:plc:x"_s, "secret", w.statusCb());
    QVERIFY(w.wait());
    QCOMPARE(failing.size(), 1); // went to the primary
    store.useMemoryOnly();
    QVERIFY(!store.persistent());
    ResultSlot w2;
    store.write(u"did:plc:y"_s, "secret", w2.statusCb());
    QVERIFY(w2.wait());
    QCOMPARE(failing.size(), 1); // not to the primary any more
    ResultSlot r;
    store.read(u"did:plc:y"_s, r.cb());
    QVERIFY(r.wait());
    QCOMPARE(r.get().value(), QByteArray("secret"));
}

void TstKeychain::describesEveryKnownFailure_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expect");
    QTest::newRow("no bus") << 7 << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << u"no D-Bus session bus"_s;
    QTest::newRow("bus gone") << 7 << u"Could not connect: No such file or directory"_s << u"no D-Bus session bus"_s;
    QTest::newRow("no keyring") << 7 << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
                                << u"no unlocked login keyring"_s;
    QTest::newRow("no service") << 7
                                << u"The name org.freedesktop.secrets was not provided by any .service files"_s
                                << u"no Secret Service provider"_s;
    QTest::newRow("locked") << 4 << u"Cannot create an item in a locked collection"_s << u"locked"_s;
    QTest::newRow("no libsecret") << 7 << u"Unknown error"_s << u"libsecret"_s;
}

void TstKeychain::describesEveryKnownFailure()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(QString, expect);
    const Error e = KeychainCredentialStore::describe(code, text, u"did:plc:x"_s);
    QCOMPARE(toString(e.category), toString(ErrorCategory::Keychain));
    QVERIFY2(e.message.contains(expect), qPrintable(e.message));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("GE_KEYCHAIN_CHILD")) {
        QCoreApplication app(argc, argv);
        return runChild();
    }
    if (const std::optional<int> rc = ge::test::rerunInKeyringSession(argc, argv))
        return *rc;
    QCoreApplication app(argc, argv);
    TstKeychain tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_keychain.moc"
