#include "settings/AccountsPanel.h"

#include "accounts/AccountsService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ge::ui {

AccountsPanel::AccountsPanel(AccountsOperator *accounts, QWidget *parent) : QWidget(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setHorizontalHeaderLabels({tr("Handle"), tr("Kind"), tr("DID"), tr("PDS")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(110);
    layout->addWidget(m_table);

    auto *form = new QFormLayout;
    m_handle = new QLineEdit(this);
    m_handle->setObjectName(QStringLiteral("accountHandle"));
    m_handle->setPlaceholderText(tr("alice.bsky.social or did:plc:…"));
    m_handle->setAccessibleName(tr("Handle"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("App password: xxxx-xxxx-xxxx-xxxx"));
    m_password->setAccessibleName(tr("App password"));
    m_passwordHint = new QLabel(this);
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setForegroundRole(QPalette::PlaceholderText);
    m_passwordHint->setText(tr("Use an app password (Bluesky → Settings → App passwords), not your main password. "
                               "It is kept only in the system keychain."));
    form->addRow(tr("&Handle:"), m_handle);
    form->addRow(tr("App &password:"), m_password);
    form->addRow(QString(), m_passwordHint);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_addOwn = new QPushButton(tr("Add &own account"), this);
    m_addWatched = new QPushButton(tr("&Watch account"), this);
    m_logout = new QPushButton(tr("&Log out"), this);
    m_remove = new QPushButton(tr("Re&move"), this);
    for (QPushButton *b : {m_addOwn, m_addWatched, m_logout, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool suspicious = !text.isEmpty() && !accounts::AccountsService::looksLikeAppPassword(text);
        m_passwordHint->setText(suspicious ? tr("⚠ This does not look like an app password (xxxx-xxxx-xxxx-xxxx). "
                                                "Create one in Bluesky → Settings → App passwords.")
                                           : tr("Use an app password (Bluesky → Settings → App passwords), not your "
                                                "main password. It is kept only in the system keychain."));
    });
    connect(m_addOwn, &QPushButton::clicked, this, &AccountsPanel::addOwn);
    connect(m_addWatched, &QPushButton::clicked, this, &AccountsPanel::addWatched);
    connect(m_logout, &QPushButton::clicked, this, [this] { removeSelected(true); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(false); });
    if (!m_accounts) {
        setBusy(true, tr("Accounts need the network; the app runs offline."));
        return;
    }
    reload();
}

void AccountsPanel::reload()
{
    if (!m_accounts)
        return;
    QPointer<AccountsPanel> self(this);
    m_accounts->list([self](Result<QList<accounts::Account>> result) {
        if (!self)
            return;
        if (!result) {
            self->showError(result.error());
            return;
        }
        self->m_table->setRowCount(0);
        for (const accounts::Account &a : std::as_const(*result)) {
            const int row = self->m_table->rowCount();
            self->m_table->insertRow(row);
            self->m_table->setItem(row, 0, new QTableWidgetItem(a.handle));
            self->m_table->setItem(row, 1, new QTableWidgetItem(a.kind == accounts::AccountKind::Own
                                                                    ? tr("own (can follow)")
                                                                    : tr("watched (read-only)")));
            self->m_table->setItem(row, 2, new QTableWidgetItem(a.did));
            self->m_table->setItem(row, 3, new QTableWidgetItem(a.pdsUrl.toString()));
        }
    });
}

void AccountsPanel::setBusy(bool busy, const QString &message)
{
    for (QPushButton *b : {m_addOwn, m_addWatched, m_logout, m_remove})
        b->setEnabled(!busy);
    m_status->setText(message);
}

void AccountsPanel::showError(const Error &error)
{
    setBusy(false);
    m_status->setText(tr("⚠ %1").arg(error.message));
}

QString AccountsPanel::selectedHandle() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), 2)->text();
}

void AccountsPanel::addOwn()
{
    const QString handle = m_handle->text().trimmed();
    const QString password = m_password->text();
    if (handle.isEmpty() || password.isEmpty()) {
        m_status->setText(tr("Enter the handle and an app password."));
        return;
    }
    setBusy(true, tr("Signing in to %1…").arg(handle));
    QPointer<AccountsPanel> self(this);
    m_accounts->addOwn(handle, password, [self](Result<accounts::Account> result) {
        if (!self)
            return;
        if (!result && result.error().category == ErrorCategory::Keychain) {
            // No keychain: offer a session for this run only (never a file). Asked without a
            // nested event loop.
            auto *box = new QMessageBox(QMessageBox::Question, tr("No keychain"),
                                        tr("%1\n\nKeep the session for this run only? You will have to sign in "
                                           "again after a restart. Nothing is written to disk.")
                                            .arg(result.error().message),
                                        QMessageBox::Yes | QMessageBox::No, self);
            box->setObjectName(QStringLiteral("noKeychainQuestion"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            QPointer<AccountsPanel> panel = self;
            connect(box, &QMessageBox::finished, self, [panel, box, error = result.error()](int) {
                if (!panel)
                    return;
                if (box->clickedButton() == box->button(QMessageBox::Yes)) {
                    panel->m_accounts->useMemoryOnlySessions();
                    panel->addOwn();
                } else {
                    panel->showError(error);
                }
            });
            box->open();
            return;
        }
        if (!result) {
            self->showError(result.error());
            return;
        }
        self->m_password->clear();
        self->m_handle->clear();
        self->setBusy(false, tr("Added %1 (%2).").arg(result->handle, result->did));
        self->reload();
        Q_EMIT self->accountsChanged();
    });
}

void AccountsPanel::addWatched()
{
    const QString handle = m_handle->text().trimmed();
    if (handle.isEmpty()) {
        m_status->setText(tr("Enter the handle of the account to watch."));
        return;
    }
    setBusy(true, tr("Resolving %1…").arg(handle));
    QPointer<AccountsPanel> self(this);
    m_accounts->addWatched(handle, [self](Result<accounts::Account> result) {
        if (!self)
            return;
        if (!result) {
            self->showError(result.error());
            return;
        }
        self->m_handle->clear();
        self->setBusy(false, tr("Watching %1 (%2).").arg(result->handle, result->did));
        self->reload();
        Q_EMIT self->accountsChanged();
    });
}

void AccountsPanel::removeSelected(bool logoutOnly)
{
    const QString did = selectedHandle();
    if (did.isEmpty()) {
        m_status->setText(tr("Select an account first."));
        return;
    }
    setBusy(true, logoutOnly ? tr("Logging out…") : tr("Removing…"));
    QPointer<AccountsPanel> self(this);
    auto done = [self, logoutOnly](Status status) {
        if (!self)
            return;
        if (!status) {
            self->showError(status.error());
            return;
        }
        self->setBusy(false, logoutOnly ? tr("Logged out; the account is now watched.") : tr("Account removed."));
        self->reload();
        Q_EMIT self->accountsChanged();
    };
    if (logoutOnly)
        m_accounts->logout(did, done);
    else
        m_accounts->remove(did, done);
}

} // namespace ge::ui
