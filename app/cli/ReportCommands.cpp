#include "cli/Commands.h"

#include "core/Clock.h"
#include "reports/CsvWriter.h"
#include "reports/JsonWriter.h"
#include "reports/ReportChart.h"
#include "reports/ReportPdfWriter.h"
#include "reports/ReportQuery.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ge::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCommand", text);
}

// Can we create or replace `path` (a file, or for CSV without ".zip" a folder)?
bool canWrite(const QString &path, bool folder)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (folder)
            return info.isDir() && info.isWritable();
        return info.isFile() && info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    }
    // Walk up to the first existing ancestor; it must be a writable folder.
    QDir dir(info.absolutePath());
    while (!dir.exists()) {
        if (!folder)
            return false; // files go into an existing folder
        if (!dir.cdUp())
            return false;
    }
    return QFileInfo(dir.absolutePath()).isWritable();
}

int exitFor(const Error &e)
{
    switch (e.category) {
    case ErrorCategory::Storage: return ExitStorage;
    case ErrorCategory::NotFound: return ExitNoData;
    case ErrorCategory::Validation: return ExitUsage;
    default: return ExitFailed;
    }
}

} // namespace

// growth-engine report --account HANDLE [--account HANDLE…] --from DATE --to DATE
//                      --format pdf|csv|json|png --out PATH [--chart followers|new-lost|engagement]
int runReportCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOpt(u"account"_s, tr("Tracked account (handle or DID); repeat for several."),
                                        u"HANDLE"_s);
    const QCommandLineOption fromOpt(u"from"_s, tr("First day of the period (YYYY-MM-DD, UTC)."), u"DATE"_s);
    const QCommandLineOption toOpt(u"to"_s, tr("Last day of the period (YYYY-MM-DD, UTC, inclusive)."), u"DATE"_s);
    const QCommandLineOption formatOpt(u"format"_s, tr("Output format: pdf, csv, json or png."), u"FORMAT"_s);
    const QCommandLineOption outOpt(u"out"_s,
                                    tr("Output file; for csv a folder, or a .zip file holding one CSV per table."),
                                    u"PATH"_s);
    const QCommandLineOption chartOpt(u"chart"_s, tr("Chart for png: followers, new-lost or engagement."),
                                      u"CHART"_s, u"followers"_s);
    parser.addOptions({accountOpt, fromOpt, toOpt, formatOpt, outOpt, chartOpt});
    if (auto exit = ctx.parse(parser, tr("Write a growth report for tracked accounts and a period.")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    const QStringList accounts = parser.values(accountOpt);
    if (accounts.isEmpty())
        return ctx.usageError(tr("--account is required"));
    for (const QCommandLineOption *o : {&fromOpt, &toOpt, &formatOpt, &outOpt}) {
        if (!parser.isSet(*o))
            return ctx.usageError(tr("--%1 is required").arg(o->names().constFirst()));
    }
    reports::ReportPeriod period{reports::parseReportDate(parser.value(fromOpt)),
                                 reports::parseReportDate(parser.value(toOpt))};
    if (!period.from.isValid())
        return ctx.usageError(tr("invalid --from date '%1' (expected YYYY-MM-DD)").arg(parser.value(fromOpt)));
    if (!period.to.isValid())
        return ctx.usageError(tr("invalid --to date '%1' (expected YYYY-MM-DD)").arg(parser.value(toOpt)));
    if (period.from > period.to)
        return ctx.usageError(tr("--from %1 is after --to %2").arg(parser.value(fromOpt), parser.value(toOpt)));
    const QString format = parser.value(formatOpt).toLower();
    if (!QStringList{u"pdf"_s, u"csv"_s, u"json"_s, u"png"_s}.contains(format))
        return ctx.usageError(tr("unknown --format '%1' (use pdf, csv, json or png)").arg(parser.value(formatOpt)));
    const QString chart = parser.value(chartOpt);
    if (!reports::ReportCharts::isChartId(chart))
        return ctx.usageError(tr("unknown --chart '%1' (use %2)")
                                  .arg(chart, reports::ReportCharts::chartIds().join(u", "_s)));
    const QString out = QDir::cleanPath(parser.value(outOpt));
    const bool folder = format == u"csv"_s && !out.endsWith(u".zip"_s, Qt::CaseInsensitive);
    if (out.isEmpty() || !canWrite(out, folder)) {
        ctx.err() << tr("growth-engine report: cannot write to %1").arg(out) << Qt::endl;
        return ExitFailed;
    }

    auto dbConfig = storage::DatabaseConfig::fromUrl(ctx.config().databaseUrl, ctx.config().dataDir);
    if (!dbConfig) {
        ctx.err() << dbConfig.error().message << Qt::endl;
        return ExitConfig;
    }
    auto conn = storage::DbConnection::open(*dbConfig, u"report-cli"_s, storage::OpenMode::ReadOnly);
    if (!conn) {
        ctx.err() << tr("growth-engine report: %1").arg(conn.error().message) << Qt::endl;
        return conn.error().category == ErrorCategory::NotFound ? ExitNoData : ExitStorage;
    }
    QSqlDatabase db = (*conn)->db();
    if (Status st = reports::checkReportSchema(db); !st) {
        ctx.err() << tr("growth-engine report: %1").arg(st.error().message) << Qt::endl;
        return ExitStorage;
    }

    const qint64 nowUs = SystemClock::instance().nowUs();
    reports::ReportQuery query(db, nowUs);
    QList<reports::AccountRef> refs;
    for (const QString &a : accounts) {
        auto ref = query.resolveAccount(a);
        if (!ref) {
            ctx.err() << tr("growth-engine report: %1").arg(ref.error().message) << Qt::endl;
            return exitFor(ref.error());
        }
        refs.append(*ref);
    }
    auto report = query.build(refs, period, QDateTime::fromMSecsSinceEpoch(nowUs / 1000, QTimeZone::utc()));
    if (!report) {
        ctx.err() << tr("growth-engine report: %1").arg(report.error().message) << Qt::endl;
        return exitFor(report.error());
    }
    if (!report->hasData()) {
        ctx.err() << tr("growth-engine report: no data for %1 between %2 and %3")
                         .arg(accounts.join(u", "_s), period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
                  << Qt::endl;
        return ExitNoData;
    }

    Status written;
    QString detail;
    if (format == u"pdf"_s) {
        auto pages = reports::ReportPdfWriter(QLocale()).write(*report, out);
        if (pages)
            detail = QCoreApplication::translate("ReportCommand", "%n page(s)", nullptr, *pages);
        else
            written = pages.error();
    } else if (format == u"png"_s) {
        written = reports::ReportImageWriter(QLocale()).write(*report, chart, out);
    } else if (format == u"json"_s) {
        written = reports::JsonWriter::write(*report, out);
    } else {
        written = reports::CsvWriter::write(*report, out, db);
    }
    if (!written) {
        ctx.err() << tr("growth-engine report: %1").arg(written.error().message) << Qt::endl;
        return written.error().category == ErrorCategory::Storage ? ExitStorage : ExitFailed;
    }
    ctx.out() << tr("Wrote %1").arg(out) << (detail.isEmpty() ? QString() : u" ("_s + detail + u')') << Qt::endl;
    return ExitOk;
}

} // namespace ge::cli
