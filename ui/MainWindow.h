#pragma once

#include "UiContext.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace ge::ui {

class TrayNotifier;

// Thin shell: a sidebar of pages and a stack. Pages own their content.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const UiContext &context, QWidget *parent = nullptr);

    // Page names in sidebar order (stable identifiers, not translated).
    static QStringList pageIds();
    void showPage(const QString &id);
    QString currentPageId() const;
    QWidget *page(const QString &id) const;
    template <typename T>
    T *pageAs(const QString &id) const { return qobject_cast<T *>(page(id)); }
    // The context the pages use (with fallback empty models filled in).
    const UiContext &context() const { return m_context; }
    TrayNotifier *tray() const { return m_tray; }

Q_SIGNALS:
    // "Follow back selected" on the Audience page; the campaigns area connects this.
    void followBackRequested(const QString &accountDid, const QStringList &dids);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, QWidget *page);
    void restoreState();
    void fillFallbacks();

    UiContext m_context;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStringList m_ids;
    TrayNotifier *m_tray = nullptr;
};

} // namespace ge::ui
