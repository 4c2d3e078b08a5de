#include "startup/StartupRecovery.h"

#include "runtime/ServiceHost.h"
#include "storage/Maintenance.h"
#include "storage/StorageService.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

namespace ge::ui {

namespace {
QString t(const char *text)
{
    return QCoreApplication::translate("StartupRecovery", text);
}
} // namespace

RecoveryPrompts messageBoxPrompts()
{
    RecoveryPrompts prompts;
    prompts.askRestore = [](const QString &problem, const QString &backupFile) {
        const auto answer = QMessageBox::question(
            nullptr, t(QT_TRANSLATE_NOOP("StartupRecovery", "Database problem")),
            t(QT_TRANSLATE_NOOP("StartupRecovery", "%1\n\nRestore the latest backup (%2)? The damaged file is kept beside it."))
                .arg(problem, QDir::toNativeSeparators(backupFile)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        return answer == QMessageBox::Yes;
    };
    prompts.showError = [](const QString &title, const QString &text) {
        QMessageBox::critical(nullptr, title, text);
    };
    return prompts;
}

Status openWithRecovery(runtime::ServiceHost &host, const RecoveryPrompts &prompts)
{
    Status opened = host.open();
    if (opened)
        return opened;
    const storage::StorageService *storage = host.storage();
    const QString backup = storage ? storage->inspection().latestBackup : QString();
    if (!storage || backup.isEmpty() || !prompts.askRestore) {
        if (prompts.showError)
            prompts.showError(t(QT_TRANSLATE_NOOP("StartupRecovery", "Growth Engine cannot start")),
                              t(QT_TRANSLATE_NOOP("StartupRecovery", "The database cannot be opened: %1")).arg(opened.error().message));
        return opened;
    }
    if (!prompts.askRestore(opened.error().message, backup))
        return opened;
    const Result<QString> restored = storage::maintenance::restore(storage->database(), backup);
    if (!restored) {
        if (prompts.showError)
            prompts.showError(t(QT_TRANSLATE_NOOP("StartupRecovery", "Restore failed")), restored.error().message);
        return restored.error();
    }
    opened = host.open();
    if (!opened && prompts.showError)
        prompts.showError(t(QT_TRANSLATE_NOOP("StartupRecovery", "Growth Engine cannot start")),
                          t(QT_TRANSLATE_NOOP("StartupRecovery", "The database cannot be opened: %1")).arg(opened.error().message));
    return opened;
}

} // namespace ge::ui
