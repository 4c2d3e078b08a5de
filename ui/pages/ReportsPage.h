#pragma once

#include <QWidget>

namespace ge::ui {

class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
};

} // namespace ge::ui
