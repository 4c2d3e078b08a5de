#pragma once

#include "core/Result.h"
#include "reports/ReportTypes.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ge::reports {

// RFC 4180 CSV: UTF-8, CRLF line ends, a header row, fields quoted when they hold a quote,
// comma, CR or LF (or leading/trailing spaces); quotes doubled inside quoted fields.
// Numbers are plain (no grouping), times ISO 8601 UTC: CSV is for machines, not for the locale.
namespace csv {
void appendField(QByteArray &out, QStringView field);
void appendRow(QByteArray &out, const QStringList &fields);
} // namespace csv

// "2026-02-01T10:00:00.000Z" for microseconds since the epoch (what QDateTime gives with
// Qt::ISODateWithMs in UTC, without its cost).
QByteArray isoUtcFromUs(qint64 us);

struct CsvFile
{
    QString name; // e.g. "daily.csv"
    QByteArray data;
};

class CsvWriter
{
public:
    // One table per file: summary, daily, best_days, top_new_followers, top_posts, campaigns,
    // data_quality. Every account of the report is in each file (first column account_did).
    static QList<CsvFile> render(const Report &report);

    // Streams the follow edges of `accountDid` (all, or those first seen before `beforeUs` when > 0)
    // as CSV with a header row into `out`. Returns the number of rows.
    static Result<qint64> exportFollowEdges(const QSqlDatabase &db, const QString &accountDid, QIODevice *out,
                                            qint64 beforeUs = 0);

    // Writes the tables (and each account's follow_edges_<handle>.csv when `db` is valid) into
    // `path`: a zip archive when the path ends in ".zip", else a directory (created if needed).
    static Status write(const Report &report, const QString &path, const QSqlDatabase &db = {});
};

} // namespace ge::reports
