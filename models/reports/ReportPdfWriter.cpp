#include "reports/ReportPdfWriter.h"

#include "reports/ReportChart.h"
#include "reports/ReportText.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace ge::reports {

namespace {

constexpr double kPageW = 595.0; // A4 in points
constexpr double kPageH = 842.0;
constexpr double kMargin = 48.0;
constexpr double kBodyTop = kMargin + 18.0;
constexpr double kBodyBottom = kPageH - kMargin - 14.0;
constexpr double kBodyW = kPageW - 2 * kMargin;

QFont font(double size, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    // Emoji and other symbols DejaVu lacks (e.g. in display names) come from an outline font
    // with them (Debian: fonts-symbola) instead of showing as empty boxes; outline glyphs embed
    // in the PDF as text, so the code points stay extractable.
    f.setFamilies({u"DejaVu Sans"_s, u"Symbola"_s, u"Noto Emoji"_s, u"Noto Color Emoji"_s});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(int(size + 0.5)); // painter units are points (see kPointScale below)
    f.setBold(bold);
    // No ligatures ("fi" stays two letters): text extracted or searched in the PDF matches.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

using DrawOp = std::function<void(QPainter &)>;

// A simple flow layout: blocks go down the page; a block that does not fit starts a new page.
class Flow
{
public:
    QList<QList<DrawOp>> pages;
    double y = kBodyTop;

    void newPage()
    {
        pages.append(QList<DrawOp>());
        y = kBodyTop;
    }
    void ensure(double h)
    {
        if (pages.isEmpty() || y + h > kBodyBottom)
            newPage();
    }
    void add(DrawOp op) { pages.last().append(std::move(op)); }

    void heading(const QString &text, double size)
    {
        const double h = QFontMetricsF(font(size, true)).height() * 1.5;
        ensure(h + 40); // never leave a heading alone at the bottom
        const double top = y;
        add([=](QPainter &p) {
            p.setFont(font(size, true));
            p.setPen(QColor(0x1a, 0x1a, 0x1a));
            p.drawText(QRectF(kMargin, top, kBodyW, h), Qt::AlignLeft | Qt::AlignVCenter, text);
        });
        y += h;
    }

    void paragraph(const QString &text, double size = 9)
    {
        const QFont f = font(size);
        const QRectF bound = QFontMetricsF(f).boundingRect(QRectF(0, 0, kBodyW, 10000), Qt::TextWordWrap, text);
        const double h = bound.height() + 4;
        ensure(h);
        const double top = y;
        add([=](QPainter &p) {
            p.setFont(f);
            p.setPen(QColor(0x33, 0x33, 0x33));
            p.drawText(QRectF(kMargin, top, kBodyW, h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        });
        y += h;
    }

    void space(double h) { y += h; }

    // Table with a header row that repeats on every page it spans. widths are fractions of the body.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &widths,
               const QList<Qt::Alignment> &align, double size = 8)
    {
        const QFont f = font(size);
        const QFont hf = font(size, true);
        const double rowH = QFontMetricsF(f).height() + 5;
        auto drawRow = [=](QPainter &p, double top, const QStringList &cells, bool isHeader, bool shade) {
            if (shade || isHeader) {
                p.setPen(Qt::NoPen);
                p.setBrush(isHeader ? QColor(0xe8, 0xee, 0xf6) : QColor(0xf7, 0xf7, 0xf7));
                p.drawRect(QRectF(kMargin, top, kBodyW, rowH));
            }
            p.setFont(isHeader ? hf : f);
            p.setPen(QColor(0x22, 0x22, 0x22));
            const QFontMetricsF fm(isHeader ? hf : f);
            double x = kMargin;
            for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
                const double w = widths.at(c) * kBodyW;
                const QRectF cell(x + 3, top, w - 6, rowH);
                // One line per cell: newlines and runs of spaces in names and posts become single spaces.
                const QString text = fm.elidedText(cells.at(c).simplified(), Qt::ElideRight, cell.width());
                p.drawText(cell, Qt::AlignVCenter | (c < align.size() ? align.at(c) : Qt::AlignLeft), text);
                x += w;
            }
        };
        ensure(rowH * 2);
        bool needHeader = true;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (y + rowH > kBodyBottom) {
                newPage();
                needHeader = true;
            }
            if (needHeader) {
                const double top = y;
                add([=](QPainter &p) { drawRow(p, top, header, true, false); });
                y += rowH;
                needHeader = false;
            }
            const double top = y;
            const QStringList cells = rows.at(r);
            const bool shade = r % 2 == 1;
            add([=](QPainter &p) { drawRow(p, top, cells, false, shade); });
            y += rowH;
        }
        if (rows.isEmpty()) {
            const double top = y;
            add([=](QPainter &p) { drawRow(p, top, header, true, false); });
            y += rowH;
        }
        y += 8;
    }
};

QList<Qt::Alignment> aligns(std::initializer_list<Qt::Alignment> l)
{
    return QList<Qt::Alignment>(l);
}

} // namespace

Result<int> ReportPdfWriter::write(const Report &report, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e = Error::make(ErrorCategory::Internal, tr("Cannot write %1").arg(path));
        e.detail = file.errorString();
        return e;
    }
    auto pages = write(report, &file);
    if (!pages)
        return pages;
    if (!file.commit()) {
        Error e = Error::make(ErrorCategory::Internal, tr("Cannot write %1").arg(path));
        e.detail = file.errorString();
        return e;
    }
    return pages;
}

Result<int> ReportPdfWriter::write(const Report &report, QIODevice *out) const
{
    const QLocale &loc = m_locale;
    Flow flow;

    // Title page.
    flow.newPage();
    {
        QStringList handles;
        for (const AccountReport &a : report.accounts)
            handles.append(u"@"_s + a.handle);
        const QString title = tr("Growth report");
        const QString accounts = handles.join(u", "_s);
        const QString period = ReportText::period(report.period, loc);
        const QString generated = tr("Generated %1").arg(ReportText::dateTime(report.generatedAt, loc));
        const QString days = tr("%n day(s), all times in UTC", nullptr, int(report.period.days()));
        flow.add([=](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1f, 0x6f, 0xd1));
            p.drawRect(QRectF(kMargin, 250, kBodyW, 4));
            p.setPen(QColor(0x1a, 0x1a, 0x1a));
            p.setFont(font(30, true));
            p.drawText(QRectF(kMargin, 180, kBodyW, 60), Qt::AlignLeft | Qt::AlignBottom, title);
            p.setFont(font(16));
            p.drawText(QRectF(kMargin, 270, kBodyW, 60), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, accounts);
            p.setFont(font(12));
            p.setPen(QColor(0x44, 0x44, 0x44));
            p.drawText(QRectF(kMargin, 340, kBodyW, 20), Qt::AlignLeft, period);
            p.drawText(QRectF(kMargin, 362, kBodyW, 20), Qt::AlignLeft, days);
            p.drawText(QRectF(kMargin, 384, kBodyW, 20), Qt::AlignLeft, generated);
            p.setFont(font(9));
            p.drawText(QRectF(kMargin, 700, kBodyW, 40), Qt::AlignLeft | Qt::TextWordWrap,
                       tr("Growth Engine. Engagement score = like + 2 × repost + 3 × reply + 2 × quote."));
        });
    }

    const auto right = Qt::AlignRight;
    const auto left = Qt::AlignLeft;
    for (const AccountReport &a : report.accounts) {
        flow.newPage();
        flow.heading(a.displayName.isEmpty() ? QString(u"@"_s + a.handle)
                                            : QString(a.displayName + u" (@"_s + a.handle + u')'),
                     16);
        flow.paragraph(a.did + u" · "_s + ReportText::period(a.period, loc), 8);
        flow.space(6);

        flow.heading(tr("Key figures"), 12);
        const EngagementTotals &e = a.engagement;
        QList<QStringList> kpis{
            {tr("Followers at start"), loc.toString(a.followersAtStart)},
            {tr("Followers at end"), loc.toString(a.followersAtEnd)},
            {tr("Net change"), ReportText::signedNumber(a.netChange(), loc)},
            {tr("New followers"), loc.toString(a.newFollowers)},
            {tr("Lost followers"), loc.toString(a.lostFollowers)},
            {tr("Mutuals at end"), loc.toString(a.mutualsAtEnd)},
            {tr("Likes"), loc.toString(e.likes)},
            {tr("Reposts"), loc.toString(e.reposts)},
            {tr("Replies"), loc.toString(e.replies)},
            {tr("Quotes"), loc.toString(e.quotes)},
            {tr("Engagement score"), loc.toString(e.score())},
        };
        flow.table({tr("Metric"), tr("Value")}, kpis, {0.6, 0.4}, aligns({left, right}), 9);

        const double chartH = 190;
        for (const QString &id : ReportCharts::chartIds()) {
            flow.ensure(chartH + 10);
            const double top = flow.y;
            const ChartSpec spec = ReportCharts::chart(a, id);
            flow.add([=](QPainter &p) { ReportCharts::paint(p, QRectF(kMargin, top, kBodyW, chartH), spec, loc, 8); });
            flow.y += chartH + 12;
        }

        flow.heading(tr("Best days"), 12);
        QList<QStringList> best;
        for (const DailyRow &d : a.bestDays)
            best.append({loc.toString(d.day, QLocale::ShortFormat), loc.toString(d.newFollowers),
                         loc.toString(d.lostFollowers), ReportText::signedNumber(d.net(), loc)});
        flow.table({tr("Day"), tr("New"), tr("Lost"), tr("Net")}, best, {0.4, 0.2, 0.2, 0.2},
                   aligns({left, right, right, right}));

        flow.heading(tr("Top new followers"), 12);
        QList<QStringList> followers;
        for (const FollowerRow &f : a.topNewFollowers)
            followers.append({f.handle.isEmpty() ? f.did : u"@"_s + f.handle, f.displayName,
                              loc.toString(f.followersCount), ReportText::dateTime(f.followedAt, loc)});
        flow.table({tr("Account"), tr("Name"), tr("Their followers"), tr("Followed at")}, followers,
                   {0.32, 0.28, 0.15, 0.25}, aligns({left, left, right, left}));

        flow.heading(tr("Top posts by engagement"), 12);
        QList<QStringList> posts;
        for (const PostRow &pr : a.topPosts)
            posts.append({pr.text.isEmpty() ? pr.uri : pr.text.simplified(), loc.toString(pr.engagement.likes),
                          loc.toString(pr.engagement.reposts), loc.toString(pr.engagement.replies),
                          loc.toString(pr.engagement.quotes), loc.toString(pr.engagement.score())});
        flow.table({tr("Post"), tr("Likes"), tr("Reposts"), tr("Replies"), tr("Quotes"), tr("Score")}, posts,
                   {0.5, 0.1, 0.1, 0.1, 0.1, 0.1}, aligns({left, right, right, right, right, right}));

        flow.heading(tr("Campaigns"), 12);
        QList<QStringList> campaigns;
        for (const CampaignRow &c : a.campaigns) {
            QStringList states;
            for (auto it = c.itemsByState.cbegin(); it != c.itemsByState.cend(); ++it)
                states.append(it.key() + u' ' + loc.toString(it.value()));
            campaigns.append({loc.toString(c.id), ReportText::campaignKind(c.kind) + (c.dryRun ? tr(" (dry run)") : QString()),
                              c.state, ReportText::dateTime(c.createdAt, loc), loc.toString(c.items),
                              states.join(u", "_s)});
        }
        flow.table({tr("ID"), tr("Kind"), tr("State"), tr("Created"), tr("Items"), tr("Items by state")}, campaigns,
                   {0.07, 0.18, 0.13, 0.22, 0.1, 0.3}, aligns({right, left, left, left, right, left}));

        flow.heading(tr("Data quality"), 12);
        if (a.notes.isEmpty())
            flow.paragraph(tr("No gaps, backfills or unattributed unfollows in this period."));
        for (const QualityNote &n : a.notes)
            flow.paragraph(u"• "_s + ReportText::note(n, loc));
        flow.space(8);

        flow.heading(tr("Day by day"), 12);
        QList<QStringList> daily;
        for (const DailyRow &d : a.daily)
            daily.append({loc.toString(d.day, QLocale::ShortFormat), loc.toString(d.newFollowers),
                          loc.toString(d.lostFollowers), ReportText::signedNumber(d.net(), loc),
                          loc.toString(d.followersAtEndOfDay), loc.toString(d.engagement.likes),
                          loc.toString(d.engagement.reposts), loc.toString(d.engagement.replies),
                          loc.toString(d.engagement.quotes), loc.toString(d.engagement.score())});
        flow.table({tr("Day"), tr("New"), tr("Lost"), tr("Net"), tr("Followers"), tr("Likes"), tr("Reposts"),
                    tr("Replies"), tr("Quotes"), tr("Score")},
                   daily, {0.16, 0.08, 0.08, 0.08, 0.12, 0.1, 0.1, 0.09, 0.09, 0.1},
                   aligns({left, right, right, right, right, right, right, right, right, right}));
    }

    QPdfWriter writer(out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(600);
    writer.setTitle(tr("Growth report"));
    writer.setCreator(u"Growth Engine"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(ErrorCategory::Internal, tr("Cannot start the PDF"));
    const double scale = writer.resolution() / 72.0;
    const int total = int(flow.pages.size());
    const QString footerTitle = tr("Growth report") + u" · "_s + ReportText::period(report.period, loc);
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        for (const DrawOp &op : std::as_const(flow.pages.at(i)))
            op(painter);
        if (i > 0) {
            painter.setFont(font(7.5));
            painter.setPen(QColor(0x77, 0x77, 0x77));
            painter.drawText(QRectF(kMargin, kMargin - 4, kBodyW, 12), Qt::AlignLeft | Qt::AlignVCenter, footerTitle);
        }
        painter.setFont(font(8));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(kMargin, kPageH - kMargin, kBodyW, 14), Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(loc.toString(i + 1), loc.toString(total)));
        painter.restore();
    }
    if (!painter.end())
        return Error::make(ErrorCategory::Internal, tr("Cannot finish the PDF"));
    return total;
}

QImage ReportImageWriter::render(const Report &report, const QString &chartId, QSize size, double scale) const
{
    const int n = std::max<int>(1, int(report.accounts.size()));
    QImage image(QSize(int(size.width() * scale), int(size.height() * scale * n)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < int(report.accounts.size()); ++i) {
        const AccountReport &a = report.accounts.at(i);
        ChartSpec spec = ReportCharts::chart(a, chartId);
        spec.title = u"@"_s + a.handle + u" · "_s + spec.title + u" · "_s + ReportText::period(a.period, m_locale);
        const QRectF rect(16, 12 + i * size.height(), size.width() - 32, size.height() - 24);
        ReportCharts::paint(p, rect, spec, m_locale, 13);
    }
    p.end();
    return image;
}

Status ReportImageWriter::write(const Report &report, const QString &chartId, const QString &path, QSize size,
                                double scale) const
{
    const QImage image = render(report, chartId, size, scale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e = Error::make(ErrorCategory::Internal, tr("Cannot write %1").arg(path));
        e.detail = file.errorString();
        return e;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        Error e = Error::make(ErrorCategory::Internal, tr("Cannot write %1").arg(path));
        e.detail = writer.errorString();
        return e;
    }
    return {};
}

} // namespace ge::reports
