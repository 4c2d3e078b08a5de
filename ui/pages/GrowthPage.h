#pragma once

#include <QWidget>

namespace ge::ui {

class GrowthPage : public QWidget
{
    Q_OBJECT
public:
    explicit GrowthPage(QWidget *parent = nullptr);
};

} // namespace ge::ui
