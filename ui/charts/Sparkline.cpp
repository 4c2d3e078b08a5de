#include "charts/Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ge::ui {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent), m_color(0x00, 0x72, 0xB2)
{
    setMinimumHeight(28);
}

void Sparkline::setValues(const QList<qint64> &values)
{
    m_values = values;
    update();
}

void Sparkline::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto [lo, hi] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double min = double(*lo);
    const double range = std::max(1.0, double(*hi) - min);
    const QRectF r = QRectF(rect()).adjusted(2, 3, -2, -3);
    QPainterPath path;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const QPointF pt(r.left() + r.width() * double(i) / double(m_values.size() - 1),
                         r.bottom() - (double(m_values.at(i)) - min) / range * r.height());
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    QPainterPath fill = path;
    fill.lineTo(r.bottomRight());
    fill.lineTo(r.bottomLeft());
    fill.closeSubpath();
    QColor area = m_color;
    area.setAlphaF(0.15f);
    p.fillPath(fill, area);
    p.setPen(QPen(m_color, 1.6));
    p.drawPath(path);
}

} // namespace ge::ui
