#pragma once

#include "UiContext.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace ge::ui {

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, QWidget *page);
    void restoreState();

    UiContext m_context;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStringList m_ids;
};

} // namespace ge::ui
