#pragma once

#include <QLayout>
#include <QList>

namespace ge::ui {

// Lays widgets out left to right and wraps to a new line when the width runs out, so a row of
// status badges of any length never widens the page.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(int spacing = 6, QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_gap;
};

} // namespace ge::ui
