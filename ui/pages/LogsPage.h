#pragma once

#include "UiContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace ge::models {
class LogFilterProxy;
}

namespace ge::ui {

// Live structured log with level and category filters, search, and copy-as-JSON.
class LogsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPage(const UiContext &context, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    models::LogFilterProxy *proxy() const { return m_proxy; }
    // Compact JSON of the selected rows, one per line (also put on the clipboard).
    QString copySelectedAsJson() const;

private:
    void updateCategories();

    UiContext m_context;
    models::LogFilterProxy *m_proxy = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_follow = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ge::ui
