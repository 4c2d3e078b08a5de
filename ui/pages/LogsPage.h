#pragma once

#include <QWidget>

namespace ge::ui {

class LogsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPage(QWidget *parent = nullptr);
};

} // namespace ge::ui
