#pragma once

#include <QWidget>

namespace ge::ui {

// Title and one-line description at the top of every page.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    PageHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);
};

} // namespace ge::ui
