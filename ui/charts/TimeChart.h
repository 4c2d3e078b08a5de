#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

#include <functional>

namespace ge::ui {

// A light time-series chart painted with QPainter (no OpenGL): lines (downsampled with LTTB
// to ~2x the plot width) and stacked bars (negative values below the axis). Hover shows exact
// values; clicking (or Enter on the keyboard cursor) emits pointClicked() with the x value of
// the nearest point, e.g. the day under the mouse. x values are milliseconds since the epoch.
class TimeChart : public QWidget
{
    Q_OBJECT
public:
    enum class Style { Line, Bars };
    struct Series
    {
        QString name;
        QColor color;
        Style style = Style::Line;
        QList<QPointF> points; // sorted by x
    };

    explicit TimeChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setSeries(const QList<Series> &series);
    const QList<Series> &series() const { return m_series; }
    void setEmptyText(const QString &text);
    // Day-resolution charts label x as dates; otherwise as times of day.
    void setDayResolution(bool days);
    // Custom hover text for an x value (defaults to the series' values).
    void setTooltipProvider(std::function<QString(double x)> provider);
    // Bar width in x units (default: one day).
    void setBarWidth(double xUnits) { m_barWidth = xUnits; }

    // The points actually drawn for a line series (after downsampling).
    QList<QPointF> displayedPoints(int series) const;
    // Widget position of the data point (x, y), for tests and keyboard focus.
    QPoint positionOf(double x, double y) const;
    // Nearest x value among all points to a widget position; NaN if there is no data.
    double nearestX(const QPoint &pos) const;
    // The x-axis labels as drawn at the current width (times carry seconds over a span of minutes
    // and the date over a span of days, so no two labels read the same).
    QStringList xAxisLabels() const;
    bool exportPng(const QString &path) const;
    QImage render() const;

    QSize sizeHint() const override { return {600, 220}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

Q_SIGNALS:
    void pointClicked(double x);
    void hovered(double x);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRectF plotRect() const;
    void computeRanges();
    void ensureDisplay() const;
    double mapX(double x) const;
    double mapY(double y) const;
    QString formatX(double x, bool full) const;
    int xLabelCount() const;
    QList<std::pair<int, QString>> xLabels() const;
    QString hoverText(double x) const;
    QList<double> allX() const;

    QString m_title;
    QString m_emptyText;
    QList<Series> m_series;
    bool m_days = true;
    double m_barWidth = 86'400'000.0;
    double m_minX = 0, m_maxX = 1, m_minY = 0, m_maxY = 1;
    double m_hoverX = qQNaN();
    std::function<QString(double)> m_tooltip;
    mutable QList<QList<QPointF>> m_display; // per series, downsampled
    mutable int m_displayWidth = -1;
};

} // namespace ge::ui
