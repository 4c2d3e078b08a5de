#include "reports/CsvWriter.h"

#include "reports/SqliteReader.h"
#include "reports/ZipWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ge::reports {

namespace csv {

void appendField(QByteArray &out, QStringView field)
{
    bool quote = false;
    for (const QChar c : field) {
        if (c == u'"' || c == u',' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        quote = true;
    if (!quote) {
        out.append(field.toUtf8());
        return;
    }
    out.append('"');
    QString escaped = field.toString();
    escaped.replace(u"\""_s, u"\"\""_s);
    out.append(escaped.toUtf8());
    out.append('"');
}

void appendRow(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out.append(',');
        appendField(out, fields.at(i));
    }
    out.append("\r\n");
}

} // namespace csv

namespace {

QString n(qint64 v)
{
    return QString::number(v);
}
QString t(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}
QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
QString opt(const std::optional<qint64> &v)
{
    return v ? n(*v) : QString();
}

QStringList dailyFields(const AccountReport &a, const DailyRow &d)
{
    return {a.did, a.handle, dayText(d.day), n(d.newFollowers), n(d.lostFollowers), n(d.net()),
            n(d.followersAtEndOfDay), n(d.engagement.likes), n(d.engagement.reposts), n(d.engagement.replies),
            n(d.engagement.quotes), n(d.engagement.score())};
}
const QStringList kDailyHeader{u"account_did"_s, u"handle"_s, u"date"_s, u"new_followers"_s, u"lost_followers"_s,
                               u"net"_s, u"followers_end_of_day"_s, u"likes"_s, u"reposts"_s, u"replies"_s,
                               u"quotes"_s, u"score"_s};

Error fileError(const QString &path, const QString &why)
{
    Error e = Error::make(ErrorCategory::Internal,
                          QCoreApplication::translate("ge::reports::CsvWriter", "Cannot write %1").arg(path));
    e.detail = why;
    return e;
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm), for fast ISO formatting.
void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

QString safeFilePart(const QString &s)
{
    QString out = s;
    static const QRegularExpression bad(u"[^A-Za-z0-9._-]"_s);
    out.replace(bad, u"_"_s);
    return out;
}

// Appends "YYYY-MM-DDTHH:MM:SS.mmmZ" for microseconds since the epoch.
void appendIsoUtc(QByteArray &out, qint64 us);

// RFC 4180 field from UTF-8 bytes (the same quoting rule as csv::appendField).
void appendUtf8Field(QByteArray &out, QByteArrayView f)
{
    bool quote = false;
    for (const char c : f) {
        if (c == '"' || c == ',' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote && !f.isEmpty()) {
        const auto first = uchar(f.front()), last = uchar(f.back());
        if (first >= 0x80 || last >= 0x80) { // a non-ASCII character at an end: QChar::isSpace decides
            csv::appendField(out, QString::fromUtf8(f));
            return;
        }
        auto space = [](uchar c) { return c == ' ' || (c >= 9 && c <= 13); };
        quote = space(first) || space(last);
    }
    if (!quote) {
        out.append(f);
        return;
    }
    out.append('"');
    for (const char c : f) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

Error readError(const QString &detail)
{
    Error e = Error::storage(QCoreApplication::translate("ge::reports::CsvWriter", "Reading follow edges failed"));
    e.detail = detail;
    return e;
}

const QStringList kEdgeHeader{u"account_did"_s, u"follower_did"_s, u"follower_handle"_s, u"rkey"_s, u"first_seen"_s,
                              u"last_seen"_s, u"removed_at"_s, u"source"_s};

// The SQLite path of exportFollowEdges: rows read as UTF-8 straight from SQLite. When the
// account's edges lie close together in the table (a backfill writes them in one go), a scan of
// that rowid range reads the pages in order; otherwise the subject index finds them. Both give
// the same rows (the export has no defined order).
Result<qint64> exportFollowEdgesSqlite(const QSqlDatabase &db, const QString &accountDid, QIODevice *out,
                                       qint64 beforeUs)
{
    const QString before = beforeUs > 0 ? u" AND e.first_seen_us < ?"_s : QString();
    QVariantList binds{accountDid};
    if (beforeUs > 0)
        binds.append(beforeUs);
    SqliteReader r(db);
    if (Status st = r.prepare(u"SELECT count(*), min(e.rowid), max(e.rowid) FROM follow_edges e "
                              "WHERE e.subject_did = ?"_s + before, binds); !st)
        return st.error();
    if (!r.next())
        return r.status() ? readError(u"no count"_s) : r.status().error();
    const qint64 count = r.int64(0);
    const qint64 lo = r.int64(1), hi = r.int64(2);
    const QString columns = u"SELECT e.follower_did, COALESCE(p.handle, ''), e.rkey, e.first_seen_us, e.last_seen_us, "
                            "e.removed_at_us, e.source FROM follow_edges e LEFT JOIN profiles p ON p.did = e.follower_did "_s;
    // A row found through the index costs about five rows scanned in order (measured on 1M edges).
    if (count > 0 && hi - lo + 1 <= 5 * count) {
        QVariantList rangeBinds{lo, hi};
        rangeBinds.append(binds);
        if (Status st = r.prepare(columns + u"WHERE e.rowid >= ? AND e.rowid <= ? AND e.subject_did = ?"_s + before,
                                  rangeBinds); !st)
            return st.error();
    } else if (Status st = r.prepare(columns + u"WHERE e.subject_did = ?"_s + before, binds); !st) {
        return st.error();
    }

    constexpr qsizetype kChunk = 4 << 20;
    QByteArray buf;
    buf.reserve(kChunk + 4096);
    csv::appendRow(buf, kEdgeHeader);
    QByteArray acct;
    csv::appendField(acct, accountDid);
    acct.append(',');
    qint64 rows = 0;
    while (r.next()) {
        buf.append(acct);
        appendUtf8Field(buf, r.text(0));
        buf.append(',');
        appendUtf8Field(buf, r.text(1));
        buf.append(',');
        appendUtf8Field(buf, r.text(2));
        for (int c = 3; c <= 5; ++c) {
            buf.append(',');
            if (!r.isNull(c))
                appendIsoUtc(buf, r.int64(c));
        }
        buf.append(',');
        appendUtf8Field(buf, r.text(6));
        buf.append("\r\n", 2);
        ++rows;
        if (buf.size() >= kChunk) {
            if (out->write(buf) != buf.size())
                return fileError(u"follow edges"_s, out->errorString());
            buf.resize(0);
        }
    }
    if (!r.status())
        return r.status().error();
    if (!buf.isEmpty() && out->write(buf) != buf.size())
        return fileError(u"follow edges"_s, out->errorString());
    return rows;
}

void appendIsoUtc(QByteArray &out, qint64 us)
{
    qint64 ms = us / 1000;
    if (us < 0 && us % 1000)
        --ms;
    qint64 days = ms / 86'400'000;
    qint64 rem = ms % 86'400'000;
    if (rem < 0) {
        rem += 86'400'000;
        --days;
    }
    int y = 0, mo = 0, d = 0;
    civilFromDays(days, y, mo, d);
    char buf[32];
    const int len = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, mo, d,
                                  int(rem / 3'600'000), int(rem / 60'000 % 60), int(rem / 1000 % 60), int(rem % 1000));
    out.append(buf, len);
}

} // namespace

QByteArray isoUtcFromUs(qint64 us)
{
    QByteArray out;
    appendIsoUtc(out, us);
    return out;
}

QList<CsvFile> CsvWriter::render(const Report &report)
{
    QByteArray summary, daily, best, followers, posts, campaigns, quality;
    csv::appendRow(summary, {u"account_did"_s, u"handle"_s, u"display_name"_s, u"period_from"_s, u"period_to"_s,
                             u"followers_start"_s, u"followers_end"_s, u"net_change"_s, u"new_followers"_s,
                             u"lost_followers"_s, u"reported_followers_start"_s, u"reported_followers_end"_s,
                             u"mutuals_end"_s, u"likes"_s, u"reposts"_s, u"replies"_s, u"quotes"_s,
                             u"engagement_score"_s});
    csv::appendRow(daily, kDailyHeader);
    QStringList bestHeader = kDailyHeader;
    bestHeader.insert(2, u"rank"_s);
    csv::appendRow(best, bestHeader);
    csv::appendRow(followers, {u"account_did"_s, u"rank"_s, u"follower_did"_s, u"handle"_s, u"display_name"_s,
                               u"followers_count"_s, u"followed_at"_s});
    csv::appendRow(posts, {u"account_did"_s, u"rank"_s, u"uri"_s, u"text"_s, u"created_at"_s, u"likes"_s,
                           u"reposts"_s, u"replies"_s, u"quotes"_s, u"score"_s});
    csv::appendRow(campaigns, {u"account_did"_s, u"campaign_id"_s, u"kind"_s, u"state"_s, u"dry_run"_s,
                               u"created_at"_s, u"started_at"_s, u"finished_at"_s, u"items"_s,
                               u"items_by_state"_s});
    csv::appendRow(quality, {u"account_did"_s, u"kind"_s, u"from"_s, u"to"_s, u"count"_s, u"detail"_s});

    for (const AccountReport &a : report.accounts) {
        const EngagementTotals &e = a.engagement;
        csv::appendRow(summary, {a.did, a.handle, a.displayName, dayText(a.period.from), dayText(a.period.to),
                                 n(a.followersAtStart), n(a.followersAtEnd), n(a.netChange()), n(a.newFollowers),
                                 n(a.lostFollowers), opt(a.reportedFollowersAtStart), opt(a.reportedFollowersAtEnd),
                                 n(a.mutualsAtEnd), n(e.likes), n(e.reposts), n(e.replies), n(e.quotes),
                                 n(e.score())});
        for (const DailyRow &d : a.daily)
            csv::appendRow(daily, dailyFields(a, d));
        int rank = 0;
        for (const DailyRow &d : a.bestDays) {
            QStringList f = dailyFields(a, d);
            f.insert(2, n(++rank));
            csv::appendRow(best, f);
        }
        rank = 0;
        for (const FollowerRow &f : a.topNewFollowers)
            csv::appendRow(followers,
                           {a.did, n(++rank), f.did, f.handle, f.displayName, n(f.followersCount), t(f.followedAt)});
        rank = 0;
        for (const PostRow &p : a.topPosts)
            csv::appendRow(posts, {a.did, n(++rank), p.uri, p.text, t(p.createdAt), n(p.engagement.likes),
                                   n(p.engagement.reposts), n(p.engagement.replies), n(p.engagement.quotes),
                                   n(p.engagement.score())});
        for (const CampaignRow &c : a.campaigns) {
            QStringList states;
            for (auto it = c.itemsByState.cbegin(); it != c.itemsByState.cend(); ++it)
                states.append(it.key() + u'=' + n(it.value()));
            csv::appendRow(campaigns, {a.did, n(c.id), c.kind, c.state, c.dryRun ? u"true"_s : u"false"_s,
                                       t(c.createdAt), t(c.startedAt), t(c.finishedAt), n(c.items),
                                       states.join(u';')});
        }
        for (const QualityNote &q : a.notes)
            csv::appendRow(quality, {a.did, q.kind, t(q.from), t(q.to), n(q.count), q.detail});
    }
    return {{u"summary.csv"_s, summary},       {u"daily.csv"_s, daily},
            {u"best_days.csv"_s, best},        {u"top_new_followers.csv"_s, followers},
            {u"top_posts.csv"_s, posts},       {u"campaigns.csv"_s, campaigns},
            {u"data_quality.csv"_s, quality}};
}

Result<qint64> CsvWriter::exportFollowEdges(const QSqlDatabase &db, const QString &accountDid, QIODevice *out,
                                            qint64 beforeUs)
{
    if (SqliteReader::available(db))
        return exportFollowEdgesSqlite(db, accountDid, out, beforeUs);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = u"SELECT e.follower_did, COALESCE(p.handle, ''), e.rkey, e.first_seen_us, e.last_seen_us, "
                        "e.removed_at_us, e.source FROM follow_edges e LEFT JOIN profiles p ON p.did = e.follower_did "
                        "WHERE e.subject_did = :acct"_s
        + (beforeUs > 0 ? u" AND e.first_seen_us < :before"_s : QString());
    if (!q.prepare(sql)) {
        Error e = Error::storage(QCoreApplication::translate("ge::reports::CsvWriter", "Reading follow edges failed"));
        e.detail = q.lastError().text();
        return e;
    }
    q.bindValue(u":acct"_s, accountDid);
    if (beforeUs > 0)
        q.bindValue(u":before"_s, beforeUs);
    if (!q.exec()) {
        Error e = Error::storage(QCoreApplication::translate("ge::reports::CsvWriter", "Reading follow edges failed"));
        e.detail = q.lastError().text();
        return e;
    }
    QByteArray buf;
    buf.reserve(1 << 20);
    csv::appendRow(buf, kEdgeHeader);
    const QByteArray acct = [&] {
        QByteArray b;
        csv::appendField(b, accountDid);
        return b;
    }();
    // ISO 8601 UTC with milliseconds, formatted by hand: a million QDateTime round trips
    // would dominate the export.
    auto iso = [](const QVariant &v) -> QByteArray {
        if (v.isNull())
            return {};
        return isoUtcFromUs(v.toLongLong());
    };
    qint64 rows = 0;
    while (q.next()) {
        buf.append(acct);
        buf.append(',');
        csv::appendField(buf, q.value(0).toString());
        buf.append(',');
        csv::appendField(buf, q.value(1).toString());
        buf.append(',');
        csv::appendField(buf, q.value(2).toString());
        buf.append(',');
        buf.append(iso(q.value(3)));
        buf.append(',');
        buf.append(iso(q.value(4)));
        buf.append(',');
        buf.append(iso(q.value(5)));
        buf.append(',');
        csv::appendField(buf, q.value(6).toString());
        buf.append("\r\n");
        ++rows;
        if (buf.size() > (1 << 20) - 4096) {
            if (out->write(buf) != buf.size())
                return fileError(u"follow edges"_s, out->errorString());
            buf.clear();
        }
    }
    if (q.lastError().isValid()) {
        Error e = Error::storage(QCoreApplication::translate("ge::reports::CsvWriter", "Reading follow edges failed"));
        e.detail = q.lastError().text();
        return e;
    }
    if (!buf.isEmpty() && out->write(buf) != buf.size())
        return fileError(u"follow edges"_s, out->errorString());
    return rows;
}

Status CsvWriter::write(const Report &report, const QString &path, const QSqlDatabase &db)
{
    const QList<CsvFile> files = render(report);
    const bool zip = path.endsWith(u".zip"_s, Qt::CaseInsensitive);
    if (zip) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return fileError(path, out.errorString());
        ZipWriter writer(&out, report.generatedAt);
        for (const CsvFile &f : files) {
            if (const Status st = writer.addFile(f.name, f.data); !st)
                return st;
        }
        if (db.isValid()) {
            for (const AccountReport &a : report.accounts) {
                QTemporaryFile tmp;
                if (!tmp.open())
                    return fileError(tmp.fileName(), tmp.errorString());
                const auto rows = exportFollowEdges(db, a.did, &tmp, a.period.endUs());
                if (!rows)
                    return rows.error();
                tmp.flush();
                if (const Status st = writer.addFile(u"follow_edges_%1.csv"_s.arg(safeFilePart(a.handle)), &tmp); !st)
                    return st;
            }
        }
        if (const Status st = writer.finish(); !st)
            return st;
        if (!out.commit())
            return fileError(path, out.errorString());
        return {};
    }

    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path))
        return fileError(path, QCoreApplication::translate("ge::reports::CsvWriter", "cannot create the folder"));
    for (const CsvFile &f : files) {
        QSaveFile out(dir.filePath(f.name));
        if (!out.open(QIODevice::WriteOnly) || out.write(f.data) != f.data.size() || !out.commit())
            return fileError(dir.filePath(f.name), out.errorString());
    }
    if (db.isValid()) {
        for (const AccountReport &a : report.accounts) {
            const QString name = dir.filePath(u"follow_edges_%1.csv"_s.arg(safeFilePart(a.handle)));
            QSaveFile out(name);
            if (!out.open(QIODevice::WriteOnly))
                return fileError(name, out.errorString());
            const auto rows = exportFollowEdges(db, a.did, &out, a.period.endUs());
            if (!rows)
                return rows.error();
            if (!out.commit())
                return fileError(name, out.errorString());
        }
    }
    return {};
}

} // namespace ge::reports
