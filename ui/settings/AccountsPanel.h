#pragma once

#include "settings/AccountsOperator.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ge::ui {

// Settings → Accounts: own accounts (handle + app password; the password goes to the OS keychain
// only) and watched accounts (read-only), with their resolved DID and PDS; log out and remove.
class AccountsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPanel(AccountsOperator *accounts, QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void accountsChanged();

private:
    void addOwn();
    void addWatched();
    void removeSelected(bool logoutOnly);
    void setBusy(bool busy, const QString &message = {});
    void showError(const Error &error);
    QString selectedHandle() const;

    AccountsOperator *m_accounts;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_handle = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordHint = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_addOwn = nullptr;
    QPushButton *m_addWatched = nullptr;
    QPushButton *m_logout = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ge::ui
