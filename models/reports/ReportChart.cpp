#include "reports/ReportChart.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ge::reports {

namespace {

QFont chartFont(double size, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(size))));
    f.setBold(bold);
    // No ligatures ("fi" stays two letters): text extracted or searched in the PDF matches.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// "Nice" axis step: 1, 2 or 5 times a power of ten.
double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / std::max(1, ticks);
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

} // namespace

QStringList ReportCharts::chartIds()
{
    return {u"followers"_s, u"new-lost"_s, u"engagement"_s};
}

bool ReportCharts::isChartId(const QString &id)
{
    return chartIds().contains(id);
}

ChartSpec ReportCharts::chart(const AccountReport &account, const QString &id)
{
    ChartSpec spec;
    spec.id = id;
    for (const DailyRow &d : account.daily)
        spec.days.append(d.day);
    if (id == u"new-lost"_s) {
        spec.title = tr("New and lost followers per day");
        ChartSeries gained{tr("New"), {}, QColor(0x2e, 0x9d, 0x4f), ChartSeries::Style::Bars};
        ChartSeries lost{tr("Lost"), {}, QColor(0xd0, 0x3b, 0x3b), ChartSeries::Style::NegativeBars};
        ChartSeries net{tr("Net"), {}, QColor(0x1f, 0x4e, 0x9c), ChartSeries::Style::Line};
        for (const DailyRow &d : account.daily) {
            gained.values.append(double(d.newFollowers));
            lost.values.append(-double(d.lostFollowers));
            net.values.append(double(d.net()));
        }
        spec.series = {gained, lost, net};
    } else if (id == u"engagement"_s) {
        spec.title = tr("Engagement score per day");
        ChartSeries score{tr("Score"), {}, QColor(0x8a, 0x4f, 0xc4), ChartSeries::Style::Bars};
        for (const DailyRow &d : account.daily)
            score.values.append(double(d.engagement.score()));
        spec.series = {score};
    } else {
        spec.id = u"followers"_s;
        spec.title = tr("Followers at the end of each day");
        ChartSeries f{tr("Followers"), {}, QColor(0x1f, 0x6f, 0xd1), ChartSeries::Style::Line};
        for (const DailyRow &d : account.daily)
            f.values.append(double(d.followersAtEndOfDay));
        spec.series = {f};
        spec.includeZero = false;
    }
    return spec;
}

void ReportCharts::paint(QPainter &p, const QRectF &rect, const ChartSpec &spec, const QLocale &locale,
                         double fontSize)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFont titleFont = chartFont(fontSize * 1.3, true);
    const QFont labelFont = chartFont(fontSize);
    const QFontMetricsF tfm(titleFont);
    const QFontMetricsF lfm(labelFont);

    p.setPen(QColor(0x22, 0x22, 0x22));
    p.setFont(titleFont);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               spec.title);

    // Value range over all series (including zero unless the spec says otherwise).
    double lo = 0, hi = 0;
    bool first = !spec.includeZero;
    for (const ChartSeries &s : spec.series) {
        for (double v : s.values) {
            if (first) {
                lo = hi = v;
                first = false;
            }
        }
        for (double v : s.values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (hi == lo)
        hi = lo + 1;
    const double step = niceStep(hi - lo, 5);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;

    double labelWidth = 0;
    for (double v = lo; v <= hi + step / 2; v += step)
        labelWidth = std::max(labelWidth, lfm.horizontalAdvance(locale.toString(qint64(std::llround(v)))));

    const double legendH = lfm.height() * 1.4;
    const QRectF plot(rect.left() + labelWidth + 6, rect.top() + tfm.height() * 1.5,
                      rect.width() - labelWidth - 10, rect.height() - tfm.height() * 1.5 - lfm.height() * 1.6 - legendH);
    if (plot.width() <= 10 || plot.height() <= 10) {
        p.restore();
        return;
    }
    auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    const int n = int(spec.days.size());
    const double slot = n > 0 ? plot.width() / n : plot.width();
    auto xOf = [&](int i) { return plot.left() + slot * (i + 0.5); };

    // Grid and value labels.
    p.setFont(labelFont);
    QPen grid(QColor(0xdd, 0xdd, 0xdd));
    grid.setWidthF(0.5);
    for (double v = lo; v <= hi + step / 2; v += step) {
        const double y = yOf(v);
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(rect.left(), y - lfm.height() / 2, labelWidth, lfm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(qint64(std::llround(v))));
    }
    QPen axis(QColor(0x88, 0x88, 0x88));
    axis.setWidthF(0.8);
    p.setPen(axis);
    const double base = std::clamp(0.0, lo, hi);
    p.drawLine(QPointF(plot.left(), yOf(base)), QPointF(plot.right(), yOf(base)));
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    // Date labels: first, last and evenly spaced ones that fit.
    if (n > 0) {
        const QString sample = locale.toString(spec.days.first(), QLocale::ShortFormat);
        const double w = lfm.horizontalAdvance(sample) + 8;
        const int maxLabels = std::max(2, int(plot.width() / w));
        const int every = std::max(1, int(std::ceil(double(n) / maxLabels)));
        p.setPen(QColor(0x55, 0x55, 0x55));
        for (int i = 0; i < n; i += every) {
            const QString text = locale.toString(spec.days.at(i), QLocale::ShortFormat);
            double x = xOf(i) - w / 2;
            x = std::clamp(x, rect.left(), rect.right() - w);
            p.drawText(QRectF(x, plot.bottom() + 2, w, lfm.height()), Qt::AlignCenter, text);
        }
    }

    // Series.
    for (const ChartSeries &s : spec.series) {
        const int count = std::min(n, int(s.values.size()));
        if (s.style == ChartSeries::Style::Line) {
            QPainterPath path;
            for (int i = 0; i < count; ++i) {
                const QPointF pt(xOf(i), yOf(s.values.at(i)));
                if (i == 0)
                    path.moveTo(pt);
                else
                    path.lineTo(pt);
            }
            QPen pen(s.color);
            pen.setWidthF(std::max(0.8, fontSize / 6));
            pen.setJoinStyle(Qt::RoundJoin);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            if (count == 1)
                p.drawEllipse(QPointF(xOf(0), yOf(s.values.at(0))), 1.5, 1.5);
            else
                p.drawPath(path);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(s.color);
            const double barW = std::max(0.3, slot * 0.7);
            for (int i = 0; i < count; ++i) {
                const double v = s.values.at(i);
                if (v == 0)
                    continue;
                const double y0 = yOf(base), y1 = yOf(v);
                p.drawRect(QRectF(xOf(i) - barW / 2, std::min(y0, y1), barW, std::abs(y1 - y0)));
            }
        }
    }

    // Legend.
    double lx = plot.left();
    const double ly = rect.bottom() - legendH + (legendH - lfm.height()) / 2;
    for (const ChartSeries &s : spec.series) {
        p.setPen(Qt::NoPen);
        p.setBrush(s.color);
        p.drawRect(QRectF(lx, ly + lfm.height() * 0.25, lfm.height() * 0.5, lfm.height() * 0.5));
        lx += lfm.height() * 0.8;
        p.setPen(QColor(0x33, 0x33, 0x33));
        const double tw = lfm.horizontalAdvance(s.name);
        p.drawText(QRectF(lx, ly, tw + 2, lfm.height()), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        lx += tw + lfm.height() * 1.2;
    }
    p.restore();
}

} // namespace ge::reports
