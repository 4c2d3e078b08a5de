#pragma once

#include <QWidget>

namespace ge::ui {

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);
};

} // namespace ge::ui
