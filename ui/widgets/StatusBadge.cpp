#include "widgets/StatusBadge.h"

#include <QPainter>

namespace ge::ui {

StatusBadge::StatusBadge(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusBadge::setStatus(models::HealthStatus status, const QString &label, const QString &detail, const QString &word)
{
    m_status = status;
    m_label = label;
    m_word = word;
    setToolTip(detail.isEmpty() ? text() : text() + QLatin1Char('\n') + detail);
    setAccessibleName(text());
    updateGeometry();
    update();
}

QString StatusBadge::text() const
{
    return m_label + QStringLiteral(": ") + models::statusSymbol(m_status) + QLatin1Char(' ')
           + (m_word.isEmpty() ? models::toDisplayString(m_status) : m_word);
}

QSize StatusBadge::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(text()) + 34, fm.height() + 10};
}

void StatusBadge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = models::statusColor(m_status);
    QColor bg = c;
    bg.setAlphaF(0.14f);
    p.setPen(QPen(c, 1));
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.setBrush(c);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(12, height() / 2.0), 5, 5);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(24, 0, width() - 28, height()), Qt::AlignVCenter | Qt::AlignLeft, text());
}

} // namespace ge::ui
