#include "charts/StatusBandChart.h"

#include "StatusHistoryModel.h"
#include "StatusTypes.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QToolTip>

namespace ge::ui {

namespace {
constexpr int kTitleHeight = 22;
constexpr int kRowHeight = 22;
constexpr int kRowGap = 6;
constexpr int kAxisHeight = 20;
constexpr int kLegendHeight = 22;
constexpr int kMargin = 8;

QString timeText(qint64 us, bool withDate)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000);
    return t.toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("HH:mm"));
}
} // namespace

StatusBandChart::StatusBandChart(models::StatusHistoryModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setMouseTracking(true);
    setAccessibleName(tr("Status history"));
    setFocusPolicy(Qt::StrongFocus);
    if (m_model)
        connect(m_model, &models::StatusHistoryModel::historyChanged, this, [this] {
            updateGeometry();
            update();
        });
}

void StatusBandChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

QSize StatusBandChart::sizeHint() const
{
    const int rows = m_model ? std::max(1, int(m_model->components().size())) : 1;
    return {600, kTitleHeight + rows * (kRowHeight + kRowGap) + kAxisHeight + kLegendHeight + 2 * kMargin};
}

int StatusBandChart::labelWidth() const
{
    int w = 80;
    if (m_model)
        for (const QString &c : m_model->components())
            w = std::max(w, fontMetrics().horizontalAdvance(models::componentDisplayName(c)) + 16);
    return std::min(w, width() / 3);
}

QRect StatusBandChart::bandRect(int row) const
{
    const int left = kMargin + labelWidth();
    const int top = kMargin + kTitleHeight + row * (kRowHeight + kRowGap);
    return QRect(left, top, std::max(10, width() - left - kMargin), kRowHeight);
}

QString StatusBandChart::textAt(const QPoint &pos) const
{
    if (!m_model)
        return {};
    const QStringList components = m_model->components();
    for (int row = 0; row < components.size(); ++row) {
        const QRect band = bandRect(row);
        if (!band.contains(pos))
            continue;
        const qint64 from = m_model->windowStartUs();
        const qint64 span = std::max<qint64>(1, m_model->windowEndUs() - from);
        const qint64 at = from + qint64(double(pos.x() - band.left()) / double(band.width()) * double(span));
        for (const models::StatusSegment &s : m_model->segments(components.at(row)))
            if (at >= s.fromUs && at <= s.toUs)
                return tr("%1: %2 %3 from %4 to %5")
                    .arg(models::componentDisplayName(components.at(row)), models::statusSymbol(s.status), models::toDisplayString(s.status),
                         timeText(s.fromUs, true), timeText(s.toUs, true));
        return tr("%1: no check").arg(models::componentDisplayName(components.at(row)));
    }
    return {};
}

bool StatusBandChart::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QString text = textAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void StatusBandChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintOn(painter);
}

QImage StatusBandChart::render() const
{
    QImage image(size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    paintOn(painter);
    return image;
}

void StatusBandChart::paintOn(QPainter &p) const
{
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    p.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());

    const QStringList components = m_model ? m_model->components() : QStringList{};
    if (components.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No status history yet."));
        return;
    }
    const qint64 from = m_model->windowStartUs();
    const qint64 to = m_model->windowEndUs();
    const double span = double(std::max<qint64>(1, to - from));
    for (int row = 0; row < components.size(); ++row) {
        const QRect band = bandRect(row);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(kMargin, band.top(), labelWidth() - 8, band.height()), Qt::AlignRight | Qt::AlignVCenter,
                   models::componentDisplayName(components.at(row)));
        QColor noData = models::statusColor(models::HealthStatus::Unknown); // no check: a faint grey in both palettes
        noData.setAlpha(60);
        p.fillRect(band, noData);
        for (const models::StatusSegment &s : m_model->segments(components.at(row))) {
            const int x0 = band.left() + int(double(s.fromUs - from) / span * band.width());
            const int x1 = band.left() + int(double(s.toUs - from) / span * band.width());
            const QRect r(x0, band.top(), std::max(1, x1 - x0), band.height());
            const QColor color = models::statusColor(s.status);
            p.fillRect(r, color);
            if (s.status == models::HealthStatus::Down)
                p.fillRect(r, QBrush(color.darker(160), Qt::BDiagPattern));
            else if (s.status == models::HealthStatus::Degraded)
                p.fillRect(r, QBrush(color.darker(140), Qt::Dense6Pattern));
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawRect(band.adjusted(0, 0, -1, -1));
    }
    // Time axis under the last band: start, middle, end.
    const QRect last = bandRect(int(components.size()) - 1);
    const int axisTop = last.bottom() + 4;
    const bool withDate = to - from >= 24LL * 3600 * 1'000'000;
    p.setPen(pal.color(QPalette::WindowText));
    const QRect axis(last.left(), axisTop, last.width(), kAxisHeight);
    p.drawText(axis, Qt::AlignLeft | Qt::AlignTop, timeText(from, withDate));
    p.drawText(axis, Qt::AlignHCenter | Qt::AlignTop, timeText(from + (to - from) / 2, withDate));
    p.drawText(axis, Qt::AlignRight | Qt::AlignTop, timeText(to, withDate));

    // Legend: symbol + word + swatch for every status.
    int x = last.left();
    const int legendTop = axisTop + kAxisHeight;
    for (models::HealthStatus st : {models::HealthStatus::Up, models::HealthStatus::Degraded, models::HealthStatus::Down,
                                    models::HealthStatus::Unknown}) {
        const QRect swatch(x, legendTop + 4, 14, 12);
        p.fillRect(swatch, models::statusColor(st));
        if (st == models::HealthStatus::Down)
            p.fillRect(swatch, QBrush(models::statusColor(st).darker(160), Qt::BDiagPattern));
        else if (st == models::HealthStatus::Degraded)
            p.fillRect(swatch, QBrush(models::statusColor(st).darker(140), Qt::Dense6Pattern));
        const QString label = models::statusSymbol(st) + QLatin1Char(' ') + models::toDisplayString(st);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QPoint(x + 20, legendTop + 15), label);
        x += 20 + fontMetrics().horizontalAdvance(label) + 18;
    }
}

} // namespace ge::ui
