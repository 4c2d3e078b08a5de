#include "charts/TimeChart.h"

#include "Lttb.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ge::ui {

namespace {
constexpr int kLeft = 64;
constexpr int kRight = 16;
constexpr int kTop = 28;
constexpr int kBottom = 24;

double niceStep(double range, int targetTicks)
{
    if (range <= 0)
        return 1;
    const double raw = range / targetTicks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    double nice = 10;
    if (norm <= 1)
        nice = 1;
    else if (norm <= 2)
        nice = 2;
    else if (norm <= 5)
        nice = 5;
    return std::max(1.0, nice * mag);
}

QString compactNumber(double v)
{
    const double a = std::abs(v);
    if (a >= 1e6)
        return QString::number(v / 1e6, 'f', a >= 1e7 ? 0 : 1) + QLatin1Char('M');
    if (a >= 1e4)
        return QString::number(v / 1e3, 'f', a >= 1e5 ? 0 : 1) + QLatin1Char('k');
    return QLocale().toString(qint64(std::llround(v)));
}
} // namespace

TimeChart::TimeChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_emptyText = tr("No data for this range yet.");
}

void TimeChart::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void TimeChart::setSeries(const QList<Series> &series)
{
    m_series = series;
    m_displayWidth = -1;
    computeRanges();
    if (!std::isnan(m_hoverX) && (m_hoverX < m_minX || m_hoverX > m_maxX))
        m_hoverX = qQNaN();
    QString desc;
    for (const Series &s : m_series)
        desc += tr("%1: %2 points. ").arg(s.name).arg(s.points.size());
    setAccessibleDescription(desc);
    update();
}

void TimeChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void TimeChart::setDayResolution(bool days)
{
    m_days = days;
    update();
}

void TimeChart::setTooltipProvider(std::function<QString(double)> provider)
{
    m_tooltip = std::move(provider);
}

void TimeChart::computeRanges()
{
    bool any = false;
    m_minX = m_maxX = 0;
    m_minY = 0;
    m_maxY = 1;
    bool anyLine = false;
    double lineMin = 0, lineMax = 0;
    QMap<double, double> pos, neg;
    bool anyBars = false;
    for (const Series &s : std::as_const(m_series)) {
        for (const QPointF &p : s.points) {
            if (!any) {
                m_minX = m_maxX = p.x();
                any = true;
            }
            m_minX = std::min(m_minX, p.x());
            m_maxX = std::max(m_maxX, p.x());
            if (s.style == Style::Line) {
                if (!anyLine) {
                    lineMin = lineMax = p.y();
                    anyLine = true;
                }
                lineMin = std::min(lineMin, p.y());
                lineMax = std::max(lineMax, p.y());
            } else {
                anyBars = true;
                if (p.y() >= 0)
                    pos[p.x()] += p.y();
                else
                    neg[p.x()] += p.y();
            }
        }
    }
    double lo = 0, hi = 0;
    bool init = false;
    if (anyLine) {
        lo = lineMin;
        hi = lineMax;
        init = true;
    }
    if (anyBars) {
        double bmax = 0, bmin = 0;
        for (double v : std::as_const(pos))
            bmax = std::max(bmax, v);
        for (double v : std::as_const(neg))
            bmin = std::min(bmin, v);
        lo = init ? std::min(lo, bmin) : bmin;
        hi = init ? std::max(hi, bmax) : bmax;
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    if (hi - lo < 1e-9) {
        hi += 1;
        lo -= anyBars ? 0 : 1;
    }
    const double pad = (hi - lo) * 0.06;
    m_minY = (anyBars && lo >= 0) ? 0 : lo - pad;
    m_maxY = hi + pad;
    if (anyBars) {
        // bars are centred on their x: leave half a bar on both sides
        m_minX -= m_barWidth / 2;
        m_maxX += m_barWidth / 2;
    }
    if (m_maxX - m_minX < 1e-9) {
        m_minX -= m_barWidth / 2;
        m_maxX += m_barWidth / 2;
    }
}

QRectF TimeChart::plotRect() const
{
    return QRectF(kLeft, kTop, std::max(10, width() - kLeft - kRight), std::max(10, height() - kTop - kBottom));
}

double TimeChart::mapX(double x) const
{
    const QRectF r = plotRect();
    return r.left() + (x - m_minX) / (m_maxX - m_minX) * r.width();
}

double TimeChart::mapY(double y) const
{
    const QRectF r = plotRect();
    return r.bottom() - (y - m_minY) / (m_maxY - m_minY) * r.height();
}

void TimeChart::ensureDisplay() const
{
    const int w = int(plotRect().width());
    if (m_displayWidth == w && m_display.size() == m_series.size())
        return;
    m_display.clear();
    for (const Series &s : m_series)
        m_display.append(s.style == Style::Line ? models::lttb(s.points, std::max<qsizetype>(3, 2 * w)) : s.points);
    m_displayWidth = w;
}

QList<QPointF> TimeChart::displayedPoints(int series) const
{
    ensureDisplay();
    return series >= 0 && series < m_display.size() ? m_display.at(series) : QList<QPointF>{};
}

QPoint TimeChart::positionOf(double x, double y) const
{
    return QPoint(int(std::lround(mapX(x))), int(std::lround(mapY(y))));
}

QList<double> TimeChart::allX() const
{
    QList<double> xs;
    for (const Series &s : m_series)
        for (const QPointF &p : s.points)
            xs.append(p.x());
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    return xs;
}

double TimeChart::nearestX(const QPoint &pos) const
{
    const QList<double> xs = allX();
    if (xs.isEmpty())
        return qQNaN();
    const QRectF r = plotRect();
    const double x = m_minX + (pos.x() - r.left()) / r.width() * (m_maxX - m_minX);
    auto it = std::lower_bound(xs.cbegin(), xs.cend(), x);
    if (it == xs.cend())
        return xs.last();
    if (it == xs.cbegin())
        return *it;
    const double after = *it;
    const double before = *(it - 1);
    return (x - before) <= (after - x) ? before : after;
}

QString TimeChart::formatX(double x, bool full) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(x));
    const QLocale locale;
    if (m_days)
        return full ? locale.toString(t.date(), QLocale::LongFormat) : locale.toString(t.date(), QStringLiteral("d MMM"));
    if (full)
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const double span = m_maxX - m_minX;
    if (span < 15 * 60'000.0)
        return t.toString(QStringLiteral("HH:mm:ss"));
    if (span > 36 * 3'600'000.0)
        return locale.toString(t, QStringLiteral("d MMM HH:mm"));
    return t.toString(QStringLiteral("HH:mm"));
}

int TimeChart::xLabelCount() const
{
    return std::max(2, int(plotRect().width() / 110));
}

QList<std::pair<int, QString>> TimeChart::xLabels() const
{
    // (index of the tick, text); a tick that would repeat the previous text (a span of a second or
    // less) is left out.
    QList<std::pair<int, QString>> out;
    const int labels = xLabelCount();
    for (int i = 0; i <= labels; ++i) {
        QString text = formatX(m_minX + (m_maxX - m_minX) * i / labels, false);
        if (out.isEmpty() || out.last().second != text)
            out.append({i, std::move(text)});
    }
    return out;
}

QStringList TimeChart::xAxisLabels() const
{
    QStringList out;
    for (const auto &label : xLabels())
        out.append(label.second);
    return out;
}

QString TimeChart::hoverText(double x) const
{
    if (m_tooltip)
        return m_tooltip(x);
    QString text = formatX(x, true);
    for (const Series &s : m_series) {
        auto it = std::lower_bound(s.points.cbegin(), s.points.cend(), x,
                                   [](const QPointF &p, double v) { return p.x() < v; });
        if (it != s.points.cend() && std::abs(it->x() - x) < 0.5)
            text += QLatin1Char('\n') + s.name + QStringLiteral(": ") + QLocale().toString(it->y(), 'f', it->y() == std::floor(it->y()) ? 0 : 1);
    }
    return text;
}

void TimeChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    QColor textColor = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.12f);

    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(textColor);
    p.drawText(QRectF(8, 4, width() - 16, kTop - 6), Qt::AlignLeft | Qt::AlignVCenter, m_title);

    // legend on the right of the title
    p.setFont(font());
    const QFontMetrics fm(font());
    int lx = width() - kRight;
    for (qsizetype i = m_series.size() - 1; i >= 0; --i) {
        const Series &s = m_series.at(i);
        const int tw = fm.horizontalAdvance(s.name);
        lx -= tw;
        p.setPen(textColor);
        p.drawText(QPointF(lx, 4 + fm.ascent() + 2), s.name);
        lx -= 14;
        p.fillRect(QRectF(lx, 4 + fm.ascent() - 7, 10, 10), s.color);
        lx -= 12;
    }

    bool empty = true;
    for (const Series &s : std::as_const(m_series))
        empty = empty && s.points.isEmpty();
    const QRectF r = plotRect();
    if (empty) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(r, Qt::AlignCenter, m_emptyText);
        return;
    }
    ensureDisplay();

    // y grid and labels
    const double step = niceStep(m_maxY - m_minY, 4);
    p.setPen(textColor);
    for (double v = std::ceil(m_minY / step) * step; v <= m_maxY + 1e-9; v += step) {
        const double y = mapY(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        p.setPen(textColor);
        p.drawText(QRectF(0, y - 8, kLeft - 6, 16), Qt::AlignRight | Qt::AlignVCenter, compactNumber(v));
    }
    // zero axis
    if (m_minY < 0 && m_maxY > 0) {
        QColor axis = textColor;
        axis.setAlphaF(0.5f);
        p.setPen(QPen(axis, 1));
        p.drawLine(QPointF(r.left(), mapY(0)), QPointF(r.right(), mapY(0)));
    }
    // x labels
    const int labels = xLabelCount();
    p.setPen(textColor);
    for (const auto &[i, text] : xLabels()) {
        const double x = m_minX + (m_maxX - m_minX) * i / labels;
        const double px = mapX(x);
        const Qt::Alignment a = i == 0 ? Qt::AlignLeft : i == labels ? Qt::AlignRight : Qt::AlignHCenter;
        const double left = i == 0 ? px : i == labels ? px - 100 : px - 50;
        p.drawText(QRectF(left, r.bottom() + 4, 100, kBottom - 4), a | Qt::AlignTop, text);
    }

    p.save();
    p.setClipRect(r.adjusted(-1, -1, 1, 1));
    // bars: stacked per x, positives upwards, negatives downwards
    QMap<double, double> posTop, negBottom;
    const double barPx = std::max(1.0, (mapX(m_minX + m_barWidth) - mapX(m_minX)) * 0.8);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype si = 0; si < m_series.size(); ++si) {
        const Series &s = m_series.at(si);
        if (s.style != Style::Bars)
            continue;
        for (const QPointF &pt : s.points) {
            if (pt.y() == 0)
                continue;
            double &base = pt.y() > 0 ? posTop[pt.x()] : negBottom[pt.x()];
            const double y0 = mapY(base);
            base += pt.y();
            const double y1 = mapY(base);
            const double cx = mapX(pt.x());
            p.fillRect(QRectF(cx - barPx / 2, std::min(y0, y1), barPx, std::max(1.0, std::abs(y1 - y0))), s.color);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    for (qsizetype si = 0; si < m_series.size(); ++si) {
        const Series &s = m_series.at(si);
        if (s.style != Style::Line)
            continue;
        const QList<QPointF> &pts = m_display.at(si);
        if (pts.isEmpty())
            continue;
        QPainterPath path;
        path.moveTo(mapX(pts.first().x()), mapY(pts.first().y()));
        for (qsizetype i = 1; i < pts.size(); ++i)
            path.lineTo(mapX(pts.at(i).x()), mapY(pts.at(i).y()));
        p.setPen(QPen(s.color, 2));
        p.drawPath(path);
        if (pts.size() == 1)
            p.drawEllipse(QPointF(mapX(pts.first().x()), mapY(pts.first().y())), 2.5, 2.5);
    }
    p.restore();

    // hover cursor and value box
    if (!std::isnan(m_hoverX)) {
        const double hx = mapX(m_hoverX);
        QColor cursor = textColor;
        cursor.setAlphaF(0.4f);
        p.setPen(QPen(cursor, 1, Qt::DashLine));
        p.drawLine(QPointF(hx, r.top()), QPointF(hx, r.bottom()));
        const QString text = hoverText(m_hoverX);
        const QRect tb = fm.boundingRect(QRect(0, 0, 400, 400), Qt::AlignLeft, text).adjusted(-6, -4, 6, 4);
        QRectF box(hx + 10, r.top() + 6, tb.width(), tb.height());
        if (box.right() > r.right())
            box.moveRight(hx - 10);
        QColor bg = pal.color(QPalette::ToolTipBase);
        bg.setAlphaF(0.95f);
        p.setPen(QPen(grid, 1));
        p.setBrush(bg);
        p.drawRoundedRect(box, 4, 4);
        p.setPen(pal.color(QPalette::ToolTipText));
        p.drawText(box.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop, text);
    }
    if (hasFocus()) {
        QColor focus = pal.color(QPalette::Highlight);
        p.setPen(QPen(focus, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimeChart::mouseMoveEvent(QMouseEvent *event)
{
    const double x = nearestX(event->position().toPoint());
    if (!std::isnan(x) && x != m_hoverX) {
        m_hoverX = x;
        Q_EMIT hovered(x);
        update();
    }
}

void TimeChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !plotRect().contains(event->position()))
        return;
    const double x = nearestX(event->position().toPoint());
    if (!std::isnan(x)) {
        m_hoverX = x;
        update();
        Q_EMIT pointClicked(x);
    }
}

void TimeChart::leaveEvent(QEvent *)
{
    if (!hasFocus()) {
        m_hoverX = qQNaN();
        update();
    }
}

void TimeChart::keyPressEvent(QKeyEvent *event)
{
    const QList<double> xs = allX();
    if (xs.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    qsizetype i = std::isnan(m_hoverX) ? xs.size() - 1 : std::lower_bound(xs.cbegin(), xs.cend(), m_hoverX) - xs.cbegin();
    switch (event->key()) {
    case Qt::Key_Left: i = std::max<qsizetype>(0, i - 1); break;
    case Qt::Key_Right: i = std::min<qsizetype>(xs.size() - 1, i + 1); break;
    case Qt::Key_Home: i = 0; break;
    case Qt::Key_End: i = xs.size() - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!std::isnan(m_hoverX))
            Q_EMIT pointClicked(m_hoverX);
        return;
    default: QWidget::keyPressEvent(event); return;
    }
    i = std::clamp<qsizetype>(i, 0, xs.size() - 1);
    m_hoverX = xs.at(i);
    Q_EMIT hovered(m_hoverX);
    update();
}

void TimeChart::resizeEvent(QResizeEvent *event)
{
    m_displayWidth = -1;
    QWidget::resizeEvent(event);
}

QImage TimeChart::render() const
{
    return const_cast<TimeChart *>(this)->grab().toImage();
}

bool TimeChart::exportPng(const QString &path) const
{
    return const_cast<TimeChart *>(this)->grab().save(path, "PNG");
}

} // namespace ge::ui
