#pragma once

#include "core/Result.h"
#include "reports/ReportTypes.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QSize>
#include <QLocale>

namespace ge::reports {

// Renders a report as a paginated A4 PDF with QPainter on QPdfWriter: a title page, then per
// account a KPI table, vector charts (followers, new/lost, engagement), tables (best days, top
// new followers, top posts, campaigns, data-quality notes, the daily series) and page numbers.
// Needs a QGuiApplication (the offscreen platform is enough).
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ge::reports::ReportPdfWriter)
public:
    explicit ReportPdfWriter(QLocale locale = QLocale()) : m_locale(std::move(locale)) {}

    // Returns the number of pages written.
    Result<int> write(const Report &report, QIODevice *out) const;
    Result<int> write(const Report &report, const QString &path) const;

private:
    QLocale m_locale;
};

// Renders one chart (or, for several accounts, one chart per account stacked) as a PNG.
class ReportImageWriter
{
    Q_DECLARE_TR_FUNCTIONS(ge::reports::ReportImageWriter)
public:
    explicit ReportImageWriter(QLocale locale = QLocale()) : m_locale(std::move(locale)) {}

    // size in device-independent pixels; scale multiplies it (2 = high DPI).
    QImage render(const Report &report, const QString &chartId, QSize size = QSize(1200, 500), double scale = 2.0) const;
    Status write(const Report &report, const QString &chartId, const QString &path, QSize size = QSize(1200, 500),
                 double scale = 2.0) const;

private:
    QLocale m_locale;
};

} // namespace ge::reports
