#pragma once

#include <QStyledItemDelegate>

namespace ge::ui {

// Draws a progress bar for cells whose `role` holds a fraction 0..1 (negative: plain text).
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int role, QObject *parent = nullptr) : QStyledItemDelegate(parent), m_role(role) {}
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace ge::ui
