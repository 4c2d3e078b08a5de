#pragma once

#include <QWidget>

namespace ge::ui {

class HealthPage : public QWidget
{
    Q_OBJECT
public:
    explicit HealthPage(QWidget *parent = nullptr);
};

} // namespace ge::ui
