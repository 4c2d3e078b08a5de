#pragma once

#include <QWidget>

namespace ge::ui {

class CollectorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CollectorsPage(QWidget *parent = nullptr);
};

} // namespace ge::ui
