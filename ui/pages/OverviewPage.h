#pragma once

#include <QWidget>

namespace ge::ui {

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
};

} // namespace ge::ui
