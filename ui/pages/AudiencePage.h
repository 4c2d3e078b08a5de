#pragma once

#include <QWidget>

namespace ge::ui {

class AudiencePage : public QWidget
{
    Q_OBJECT
public:
    explicit AudiencePage(QWidget *parent = nullptr);
};

} // namespace ge::ui
