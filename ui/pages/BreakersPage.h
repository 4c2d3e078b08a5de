#pragma once

#include <QWidget>

namespace ge::ui {

class BreakersPage : public QWidget
{
    Q_OBJECT
public:
    explicit BreakersPage(QWidget *parent = nullptr);
};

} // namespace ge::ui
