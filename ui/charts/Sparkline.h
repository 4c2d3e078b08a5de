#pragma once

#include <QColor>
#include <QWidget>

namespace ge::ui {

// A tiny line of recent values (no axes), for KPI cards.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<qint64> &values);
    QList<qint64> values() const { return m_values; }
    void setColor(const QColor &color);
    QSize sizeHint() const override { return {140, 36}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_values;
    QColor m_color;
};

} // namespace ge::ui
