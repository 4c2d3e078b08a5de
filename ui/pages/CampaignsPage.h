#pragma once

#include <QWidget>

namespace ge::ui {

class CampaignsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsPage(QWidget *parent = nullptr);
};

} // namespace ge::ui
