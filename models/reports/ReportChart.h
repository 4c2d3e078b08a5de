#pragma once

#include "reports/ReportTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace ge::reports {

// A chart the report draws itself with QPainter (vector on a PDF, pixels on an image), so a
// headless process can render it under QGuiApplication with the offscreen platform.
struct ChartSeries
{
    enum class Style { Line, Bars, NegativeBars };
    QString name;
    QList<double> values; // one per day
    QColor color;
    Style style = Style::Line;
};

struct ChartSpec
{
    QString id;
    QString title;
    QList<QDate> days;
    QList<ChartSeries> series;
    bool includeZero = true; // false: the value axis spans the data only (follower totals)
};

class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ge::reports::ReportCharts)
public:
    // Chart ids: "followers", "new-lost", "engagement".
    static QStringList chartIds();
    static bool isChartId(const QString &id);
    static ChartSpec chart(const AccountReport &account, const QString &id);

    // Draws axes, grid, labels, series and a legend inside rect (in the painter's coordinates;
    // 1 unit = 1 point when fontPixelSize is chosen in points).
    static void paint(QPainter &painter, const QRectF &rect, const ChartSpec &spec, const QLocale &locale,
                      double fontSize = 8.0);
};

} // namespace ge::reports
