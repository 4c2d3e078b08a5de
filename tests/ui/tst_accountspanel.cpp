#include "settings/AccountsPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace ge;
using namespace ge::ui;

namespace {

// Answers like the real bridge: later, on the GUI thread.
class FakeAccounts : public AccountsOperator
{
public:
    QList<accounts::Account> stored;
    QList<Error> addOwnErrors; // consumed one per addOwn call
    int memoryOnlyCalls = 0;
    QStringList passwordsSeen;

    void list(std::function<void(Result<QList<accounts::Account>>)> done) override
    {
        const auto copy = stored;
        QTimer::singleShot(0, [done, copy] { done(copy); });
    }
    void addOwn(const QString &handle, const QString &appPassword,
                std::function<void(Result<accounts::Account>)> done) override
    {
        passwordsSeen.append(appPassword);
        if (!addOwnErrors.isEmpty()) {
            const Error e = addOwnErrors.takeFirst();
            QTimer::singleShot(0, [done, e] { done(e); });
            return;
        }
        accounts::Account a{QStringLiteral("did:plc:own"), handle, accounts::AccountKind::Own,
                            QUrl(QStringLiteral("https://pds.example")), 1, std::nullopt};
        stored.append(a);
        QTimer::singleShot(0, [done, a] { done(a); });
    }
    void addWatched(const QString &handle, std::function<void(Result<accounts::Account>)> done) override
    {
        if (handle == u"nobody.invalid") {
            Error e = Error::make(ErrorCategory::Xrpc, QStringLiteral("Unable to resolve handle"));
            QTimer::singleShot(0, [done, e] { done(e); });
            return;
        }
        accounts::Account a{QStringLiteral("did:plc:watched"), handle, accounts::AccountKind::Watched, QUrl(), 1,
                            std::nullopt};
        stored.append(a);
        QTimer::singleShot(0, [done, a] { done(a); });
    }
    void logout(const QString &, std::function<void(Status)> done) override
    {
        QTimer::singleShot(0, [done] { done(Status()); });
    }
    void remove(const QString &did, std::function<void(Status)> done) override
    {
        stored.removeIf([&did](const accounts::Account &a) { return a.did == did; });
        QTimer::singleShot(0, [done] { done(Status()); });
    }
    void useMemoryOnlySessions() override { ++memoryOnlyCalls; }
};

QPushButton *button(QWidget &w, const QString &text)
{
    for (QPushButton *b : w.findChildren<QPushButton *>())
        if (b->text().remove(u'&') == text)
            return b;
    return nullptr;
}

} // namespace

class TestAccountsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsAccounts()
    {
        FakeAccounts fake;
        fake.stored.append({QStringLiteral("did:plc:a"), QStringLiteral("alice.test"), accounts::AccountKind::Own,
                            QUrl(QStringLiteral("https://pds.a")), 1, std::nullopt});
        AccountsPanel panel(&fake);
        auto *table = panel.findChild<QTableWidget *>(QStringLiteral("accountsTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("alice.test"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("did:plc:a"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("https://pds.a"));
    }

    void warnsWhenNotAnAppPassword()
    {
        FakeAccounts fake;
        AccountsPanel panel(&fake);
        auto *password = panel.findChild<QLineEdit *>(QStringLiteral("accountPassword"));
        auto *hint = panel.findChild<QLabel *>(QStringLiteral("passwordHint"));
        password->setText(QStringLiteral("my-main-password"));
        QVERIFY(hint->text().contains(QStringLiteral("does not look like an app password")));
        password->setText(QStringLiteral("abcd-efgh-ijkl-mnop"));
        QVERIFY(!hint->text().contains(QStringLiteral("does not look like")));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }

    void addOwnClearsThePassword()
    {
        FakeAccounts fake;
        AccountsPanel panel(&fake);
        QSignalSpy changed(&panel, &AccountsPanel::accountsChanged);
        panel.findChild<QLineEdit *>(QStringLiteral("accountHandle"))->setText(QStringLiteral("me.test"));
        auto *password = panel.findChild<QLineEdit *>(QStringLiteral("accountPassword"));
        password->setText(QStringLiteral("abcd-efgh-ijkl-mnop"));
        button(panel, QStringLiteral("Add own account"))->click();
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(password->text().isEmpty());
        QCOMPARE(fake.passwordsSeen, QStringList{QStringLiteral("abcd-efgh-ijkl-mnop")});
        auto *table = panel.findChild<QTableWidget *>(QStringLiteral("accountsTable"));
        QTRY_COMPARE(table->rowCount(), 1);
    }

    void loginFailureIsShown()
    {
        FakeAccounts fake;
        Error auth = Error::make(ErrorCategory::Auth, QStringLiteral("Invalid identifier or password"));
        fake.addOwnErrors.append(auth);
        AccountsPanel panel(&fake);
        QSignalSpy changed(&panel, &AccountsPanel::accountsChanged);
        panel.findChild<QLineEdit *>(QStringLiteral("accountHandle"))->setText(QStringLiteral("me.test"));
        panel.findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(QStringLiteral("abcd-efgh-ijkl-mnop"));
        button(panel, QStringLiteral("Add own account"))->click();
        auto *status = panel.findChild<QLabel *>(QStringLiteral("accountsStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("Invalid identifier or password")));
        QCOMPARE(changed.size(), 0);
        QVERIFY(button(panel, QStringLiteral("Add own account"))->isEnabled());
    }

    void noKeychainOffersMemoryOnlySession()
    {
        FakeAccounts fake;
        fake.addOwnErrors.append(Error::make(ErrorCategory::Keychain, QStringLiteral("No keychain service")));
        AccountsPanel panel(&fake);
        QSignalSpy changed(&panel, &AccountsPanel::accountsChanged);
        panel.findChild<QLineEdit *>(QStringLiteral("accountHandle"))->setText(QStringLiteral("me.test"));
        panel.findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(QStringLiteral("abcd-efgh-ijkl-mnop"));
        button(panel, QStringLiteral("Add own account"))->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = panel.findChild<QMessageBox *>(QStringLiteral("noKeychainQuestion"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("No keychain service")));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(fake.memoryOnlyCalls, 1);
        QCOMPARE(fake.passwordsSeen.size(), 2); // retried once, after the user agreed
    }

    void watchFailureAndRemove()
    {
        FakeAccounts fake;
        AccountsPanel panel(&fake);
        auto *handle = panel.findChild<QLineEdit *>(QStringLiteral("accountHandle"));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("accountsStatus"));
        handle->setText(QStringLiteral("nobody.invalid"));
        button(panel, QStringLiteral("Watch account"))->click();
        QTRY_VERIFY(status->text().contains(QStringLiteral("Unable to resolve handle")));
        handle->setText(QStringLiteral("friend.test"));
        button(panel, QStringLiteral("Watch account"))->click();
        auto *table = panel.findChild<QTableWidget *>(QStringLiteral("accountsTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        button(panel, QStringLiteral("Remove"))->click();
        QVERIFY(status->text().contains(QStringLiteral("Select an account first")));
        table->selectRow(0);
        button(panel, QStringLiteral("Remove"))->click();
        QTRY_COMPARE(table->rowCount(), 0);
        QVERIFY(fake.stored.isEmpty());
    }

    void offlineDisablesActions()
    {
        AccountsPanel panel(nullptr);
        QVERIFY(!button(panel, QStringLiteral("Add own account"))->isEnabled());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("accountsStatus"))->text().contains(QStringLiteral("offline")));
    }
};

QTEST_MAIN(TestAccountsPanel)
#include "tst_accountspanel.moc"
