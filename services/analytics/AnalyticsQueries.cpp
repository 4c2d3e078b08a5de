#include "analytics/AnalyticsQueries.h"

#include "storage/FollowChanges.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ge::analytics {

namespace {

constexpr qint64 kUsPerSec = 1'000'000;
constexpr qint64 kSecPerDay = 86'400;
const QDate kEpoch(1970, 1, 1);

Error sqlError(const QSqlQuery &q, const char *what)
{
    Error e = Error::storage(QCoreApplication::translate("Analytics", "Could not read %1 from the database.")
                                 .arg(QLatin1StringView(what)),
                             true);
    e.detail = q.lastError().text();
    return e;
}

// Binds every placeholder named prefix1..prefixN that occurs in the statement to value
// (each placeholder name appears once; the SQLite driver binds names one to one).
void bindNumbered(QSqlQuery &q, const QString &sql, QStringView prefix, const QVariant &value)
{
    for (int i = 1; i <= 9; ++i) {
        const QString name = prefix.toString() + QString::number(i);
        if (sql.contains(name))
            q.bindValue(name, value);
    }
}

QString escapeLike(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    for (QChar c : s) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return u'%' + out + u'%';
}

} // namespace

QString toString(AudienceKind kind)
{
    switch (kind) {
    case AudienceKind::Followers: return u"followers"_s;
    case AudienceKind::Following: return u"following"_s;
    case AudienceKind::Mutuals: return u"mutuals"_s;
    case AudienceKind::NotFollowedBack: return u"not-followed-back"_s;
    case AudienceKind::NotFollowingBack: return u"not-following-back"_s;
    case AudienceKind::RecentUnfollowers: return u"recent-unfollowers"_s;
    case AudienceKind::DayChanges: return u"day-changes"_s;
    }
    return {};
}

AnalyticsQueries::AnalyticsQueries(QSqlDatabase db, qint64 nowUs, int utcOffsetSec)
    : m_db(std::move(db)), m_nowUs(nowUs), m_offset(utcOffsetSec)
{
}

QString AnalyticsQueries::dayExpr(const QString &column) const
{
    return u"((%1 / 1000000 + %2) / 86400)"_s.arg(column).arg(m_offset);
}

QDate AnalyticsQueries::today() const
{
    return dateOf(m_nowUs);
}

qint64 AnalyticsQueries::dayStartUs(QDate date) const
{
    return (kEpoch.daysTo(date) * kSecPerDay - m_offset) * kUsPerSec;
}

QDate AnalyticsQueries::dateOf(qint64 us) const
{
    const qint64 secs = us / kUsPerSec + m_offset;
    qint64 day = secs / kSecPerDay;
    if (secs < 0 && secs % kSecPerDay != 0)
        --day;
    return kEpoch.addDays(day);
}

Result<QList<TrackedAccount>> AnalyticsQueries::accounts() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT did, handle, kind FROM accounts WHERE removed_at_us IS NULL ORDER BY kind = 'watched', handle"_s))
        return sqlError(q, "tracked accounts");
    QList<TrackedAccount> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString() == u"own"_s});
    return out;
}

Result<qint64> AnalyticsQueries::followersNow(const QString &did, bool *known) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT taken_at_us, followers_count FROM follower_snapshots WHERE account_did = :a "
              "ORDER BY taken_at_us DESC LIMIT 1"_s);
    q.bindValue(u":a"_s, did);
    if (!q.exec())
        return sqlError(q, "follower snapshots");
    if (q.next()) {
        const qint64 takenAt = q.value(0).toLongLong();
        const qint64 base = q.value(1).toLongLong();
        QSqlQuery e(m_db);
        e.setForwardOnly(true);
        e.prepare(u"SELECT COALESCE(SUM(kind = 'follow'), 0), COALESCE(SUM(kind = 'unfollow'), 0) "
                  "FROM "_s + followChanges() + u" WHERE subject_did = :a AND time_us > :t"_s);
        e.bindValue(u":a"_s, did);
        e.bindValue(u":t"_s, takenAt);
        if (!e.exec() || !e.next())
            return sqlError(e, "follow events");
        if (known)
            *known = true;
        return std::max<qint64>(0, base + e.value(0).toLongLong() - e.value(1).toLongLong());
    }
    QSqlQuery c(m_db);
    c.setForwardOnly(true);
    c.prepare(u"SELECT COUNT(*) FROM follow_edges WHERE subject_did = :a AND removed_at_us IS NULL"_s);
    c.bindValue(u":a"_s, did);
    if (!c.exec() || !c.next())
        return sqlError(c, "followers");
    const qint64 count = c.value(0).toLongLong();
    if (known)
        *known = count > 0;
    return count;
}

const QString &AnalyticsQueries::followChanges() const
{
    if (m_followChanges.isEmpty())
        m_followChanges = storage::followChangesRelation(m_db);
    return m_followChanges;
}

bool AnalyticsQueries::hasDailyAggregates() const
{
    if (m_aggregates < 0) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        m_aggregates = q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('follow_daily', 'engagement_daily')"_s)
                               && q.next() && q.value(0).toInt() == 2
                           ? 1
                           : 0;
    }
    return m_aggregates == 1;
}

Result<qint64> AnalyticsQueries::mutualsCount(const QString &did) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT COUNT(*) FROM follow_edges f "
              "JOIN follow_edges e ON e.follower_did = f.subject_did AND e.subject_did = :a1 AND e.removed_at_us IS NULL "
              "WHERE f.follower_did = :a2 AND f.removed_at_us IS NULL"_s);
    q.bindValue(u":a1"_s, did);
    q.bindValue(u":a2"_s, did);
    if (!q.exec() || !q.next())
        return sqlError(q, "mutuals");
    return q.value(0).toLongLong();
}

Result<AccountHistory> AnalyticsQueries::history(const QString &did, QDate from, QDate to) const
{
    AccountHistory h;
    h.did = did;
    if (!from.isValid() || !to.isValid() || from > to)
        return h;
    const qint64 fromUs = dayStartUs(from);
    const qint64 toUs = dayStartUs(to.addDays(1));
    const qint64 firstDay = kEpoch.daysTo(from);
    const qsizetype n = from.daysTo(to) + 1;
    h.days.resize(n);
    for (qsizetype i = 0; i < n; ++i)
        h.days[i].date = from.addDays(i);

    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT handle FROM accounts WHERE did = :a"_s);
        q.bindValue(u":a"_s, did);
        if (q.exec() && q.next())
            h.handle = q.value(0).toString();
    }
    // UTC days: read storage's daily aggregates (kept beyond the raw-event retention);
    // other offsets cut the raw events (only as far back as retention keeps them).
    const bool aggregates = m_offset == 0 && hasDailyAggregates();
    const QString followSql = aggregates
        ? u"SELECT day, new_count, lost_count FROM follow_daily WHERE subject_did = :a AND day >= :f AND day < :t"_s
        : u"SELECT "_s + dayExpr(u"time_us"_s)
              + u" AS d, SUM(kind = 'follow'), SUM(kind = 'unfollow') FROM "_s + followChanges()
              + u" WHERE subject_did = :a AND time_us >= :f AND time_us < :t GROUP BY d"_s;
    const QString engagementSql = aggregates
        ? u"SELECT day, like_count, repost_count, reply_count, quote_count FROM engagement_daily "
          "WHERE subject_did = :a AND day >= :f AND day < :t"_s
        : u"SELECT "_s + dayExpr(u"time_us"_s)
              + u" AS d, SUM(kind = 'like'), SUM(kind = 'repost'), SUM(kind = 'reply'), SUM(kind = 'quote') "
                "FROM engagement_events WHERE subject_did = :a AND time_us >= :f AND time_us < :t "
                "AND deleted_at_us IS NULL GROUP BY d"_s;
    const QVariant rangeFrom = aggregates ? QVariant(firstDay) : QVariant(fromUs);
    const QVariant rangeTo = aggregates ? QVariant(firstDay + n) : QVariant(toUs);
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(followSql);
        q.bindValue(u":a"_s, did);
        q.bindValue(u":f"_s, rangeFrom);
        q.bindValue(u":t"_s, rangeTo);
        if (!q.exec())
            return sqlError(q, "follow events");
        while (q.next()) {
            const qint64 i = q.value(0).toLongLong() - firstDay;
            if (i < 0 || i >= n)
                continue;
            h.days[i].followed = q.value(1).toLongLong();
            h.days[i].unfollowed = q.value(2).toLongLong();
        }
    }
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(engagementSql);
        q.bindValue(u":a"_s, did);
        q.bindValue(u":f"_s, rangeFrom);
        q.bindValue(u":t"_s, rangeTo);
        if (!q.exec())
            return sqlError(q, "engagement events");
        while (q.next()) {
            const qint64 i = q.value(0).toLongLong() - firstDay;
            if (i < 0 || i >= n)
                continue;
            h.days[i].likes = q.value(1).toLongLong();
            h.days[i].reposts = q.value(2).toLongLong();
            h.days[i].replies = q.value(3).toLongLong();
            h.days[i].quotes = q.value(4).toLongLong();
        }
    }

    // Followers at the end of each day, walked backwards from "now".
    bool known = false;
    auto now = followersNow(did, &known);
    if (!now)
        return now.error();
    if (!known)
        return h; // nothing to anchor on: leave followers unknown (-1)
    qint64 netAfter = 0;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(aggregates ? u"SELECT COALESCE(SUM(new_count - lost_count), 0) FROM follow_daily "
                               "WHERE subject_did = :a AND day >= :t"_s
                             : u"SELECT COALESCE(SUM(kind = 'follow'), 0) - COALESCE(SUM(kind = 'unfollow'), 0) FROM "_s
                                   + followChanges() + u" WHERE subject_did = :a AND time_us >= :t"_s);
        q.bindValue(u":a"_s, did);
        q.bindValue(u":t"_s, rangeTo);
        if (!q.exec() || !q.next())
            return sqlError(q, "follow events");
        netAfter = q.value(0).toLongLong();
    }
    QHash<qint64, qint64> snapshotByDay;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + dayExpr(u"taken_at_us"_s)
                  + u" AS d, followers_count FROM follower_snapshots WHERE account_did = :a "
                    "AND taken_at_us >= :f AND taken_at_us < :t ORDER BY taken_at_us"_s);
        q.bindValue(u":a"_s, did);
        q.bindValue(u":f"_s, fromUs);
        q.bindValue(u":t"_s, toUs);
        if (!q.exec())
            return sqlError(q, "follower snapshots");
        while (q.next())
            snapshotByDay.insert(q.value(0).toLongLong() - firstDay, q.value(1).toLongLong());
    }
    qint64 f = std::max<qint64>(0, *now - netAfter);
    for (qsizetype i = n - 1; i >= 0; --i) {
        const auto snap = snapshotByDay.constFind(i);
        if (snap != snapshotByDay.cend())
            f = *snap;
        h.days[i].followers = std::max<qint64>(0, f);
        f -= h.days[i].net();
    }
    return h;
}

AccountHistory AnalyticsQueries::sum(const QList<AccountHistory> &parts)
{
    AccountHistory out;
    if (parts.isEmpty())
        return out;
    out.days = parts.first().days;
    for (qsizetype p = 1; p < parts.size(); ++p) {
        const auto &days = parts.at(p).days;
        for (qsizetype i = 0; i < out.days.size() && i < days.size(); ++i) {
            DayStats &d = out.days[i];
            const DayStats &s = days.at(i);
            d.followed += s.followed;
            d.unfollowed += s.unfollowed;
            if (d.followers < 0 || s.followers < 0)
                d.followers = std::max(d.followers, s.followers);
            else
                d.followers += s.followers;
            d.likes += s.likes;
            d.reposts += s.reposts;
            d.replies += s.replies;
            d.quotes += s.quotes;
        }
    }
    return out;
}

Status AnalyticsQueries::addMutuals(QList<AccountSummary> &summaries) const
{
    qint64 total = 0;
    AccountSummary *all = nullptr;
    for (AccountSummary &s : summaries) {
        if (s.did.isEmpty()) {
            all = &s;
            continue;
        }
        if (!s.mutualsKnown) {
            auto m = mutualsCount(s.did);
            if (!m)
                return m.error();
            s.mutuals = *m;
            s.mutualsKnown = true;
        }
        total += s.mutuals;
    }
    if (all) {
        all->mutuals = total;
        all->mutualsKnown = true;
    }
    return {};
}

Result<QList<AccountSummary>> AnalyticsQueries::summaries(const QStringList &dids, bool withMutuals) const
{
    QList<AccountSummary> out;
    const QDate to = today();
    const QDate from = to.addDays(-30);
    AccountSummary all;
    QList<AccountHistory> histories;
    for (const QString &did : dids) {
        auto h = history(did, from, to);
        if (!h)
            return h.error();
        AccountSummary s;
        s.did = did;
        s.handle = h->handle;
        bool known = false;
        auto now = followersNow(did, &known);
        if (!now)
            return now.error();
        s.followersNow = *now;
        s.followersKnown = known;
        if (withMutuals) {
            auto mutuals = mutualsCount(did);
            if (!mutuals)
                return mutuals.error();
            s.mutuals = *mutuals;
            s.mutualsKnown = true;
        }
        const auto &days = h->days; // 31 days, today last
        const qsizetype last = days.size() - 1;
        for (qsizetype i = 0; i <= last; ++i) {
            const DayStats &d = days.at(i);
            const qsizetype age = last - i; // 0 = today
            if (age == 0)
                s.changeToday = d.net();
            if (age < 7) {
                s.change7d += d.net();
                s.new7d += d.followed;
                s.lost7d += d.unfollowed;
                s.engagementThisWeek += d.score();
            } else if (age < 14) {
                s.engagementLastWeek += d.score();
            }
            if (age < 30) {
                s.change30d += d.net();
                s.new30d += d.followed;
                s.lost30d += d.unfollowed;
                s.followersSparkline.append(d.followers < 0 ? 0 : d.followers);
                s.engagementSparkline.append(d.score());
            }
        }
        histories.append(*std::move(h));
        out.append(s);
    }
    if (dids.size() > 1) {
        all.handle = QCoreApplication::translate("Analytics", "All accounts");
        for (const AccountSummary &s : std::as_const(out)) {
            all.followersNow += s.followersNow;
            all.followersKnown = all.followersKnown || s.followersKnown;
            all.changeToday += s.changeToday;
            all.change7d += s.change7d;
            all.change30d += s.change30d;
            all.new7d += s.new7d;
            all.lost7d += s.lost7d;
            all.new30d += s.new30d;
            all.lost30d += s.lost30d;
            all.mutuals += s.mutuals;
            all.mutualsKnown = withMutuals;
            all.engagementThisWeek += s.engagementThisWeek;
            all.engagementLastWeek += s.engagementLastWeek;
        }
        const AccountHistory summed = sum(histories);
        const qsizetype last = summed.days.size() - 1;
        for (qsizetype i = 0; i <= last; ++i) {
            if (last - i < 30) {
                all.followersSparkline.append(std::max<qint64>(0, summed.days.at(i).followers));
                all.engagementSparkline.append(summed.days.at(i).score());
            }
        }
        out.prepend(all);
    }
    return out;
}

Result<AudiencePage> AnalyticsQueries::audience(const AudienceQuery &query) const
{
    // Each kind is a projection over one driving table; the shared tail adds profiles,
    // the search filter and keyset paging ordered by (t DESC, rowid DESC).
    QString did, first, last, t, rid, change, followsAcc, followedBy, from, where, countSqlOverride;
    bool armsLimited = false; // a day's changes: `from` is already cut at the page size (no search)
    const QString isFollower = u"EXISTS (SELECT 1 FROM follow_edges g WHERE g.follower_did = %1 AND g.subject_did = :a2 AND g.removed_at_us IS NULL)"_s;
    const QString isFollowed = u"EXISTS (SELECT 1 FROM follow_edges g2 WHERE g2.follower_did = :a3 AND g2.subject_did = %1 AND g2.removed_at_us IS NULL)"_s;
    switch (query.kind) {
    case AudienceKind::Followers:
    case AudienceKind::Mutuals:
    case AudienceKind::NotFollowedBack:
        did = u"e.follower_did"_s;
        first = t = u"e.first_seen_us"_s;
        last = u"e.last_seen_us"_s;
        change = u"''"_s;
        followsAcc = u"1"_s;
        followedBy = isFollowed.arg(did);
        from = u"follow_edges e"_s;
        rid = u"e.rowid"_s;
        where = u"e.subject_did = :a1 AND e.removed_at_us IS NULL"_s;
        if (query.kind == AudienceKind::Mutuals)
            where += u" AND "_s + isFollowed.arg(did).replace(u"g2"_s, u"g4"_s).replace(u":a3"_s, u":a4"_s);
        else if (query.kind == AudienceKind::NotFollowedBack)
            where += u" AND NOT "_s + isFollowed.arg(did).replace(u"g2"_s, u"g4"_s).replace(u":a3"_s, u":a4"_s);
        followsAcc = u"1"_s;
        // keep :a2 unused for followers
        break;
    case AudienceKind::Following:
    case AudienceKind::NotFollowingBack:
        did = u"e.subject_did"_s;
        first = t = u"e.first_seen_us"_s;
        last = u"e.last_seen_us"_s;
        change = u"''"_s;
        followsAcc = isFollower.arg(did);
        followedBy = u"1"_s;
        from = u"follow_edges e"_s;
        rid = u"e.rowid"_s;
        where = u"e.follower_did = :a1 AND e.removed_at_us IS NULL"_s;
        if (query.kind == AudienceKind::NotFollowingBack)
            where += u" AND NOT "_s + isFollower.arg(did).replace(u"g."_s, u"g5."_s).replace(u" g "_s, u" g5 "_s).replace(u":a2"_s, u":a5"_s);
        break;
    case AudienceKind::RecentUnfollowers:
    case AudienceKind::DayChanges:
        did = u"v.follower_did"_s;
        first = last = t = u"v.time_us"_s;
        change = u"v.kind"_s;
        followsAcc = isFollower.arg(did);
        followedBy = isFollowed.arg(did);
        // DayChanges without an account: every tracked account
        const QString subject = query.accountDid.isEmpty() ? u"subject_did IN (SELECT did FROM accounts WHERE removed_at_us IS NULL)"_s
                                                           : u"subject_did = :a%1"_s;
        where = u"v."_s + subject.arg(1);
        if (query.kind == AudienceKind::RecentUnfollowers || followChanges() == u"follow_events"_s) {
            // Unfollows are events only; an older schema's follow_events held every change.
            from = u"follow_events v"_s;
            rid = u"v.rowid"_s;
        } else {
            // First follows (edges) and re-follows/unfollows (events), each arm read through its
            // (account, time) index, with row ids made unique across the two tables for keyset
            // paging. Without a search each arm is also walked newest first and cut at the page
            // size, so a busy day (~14k changes of a 200k-follower account) costs a page, not the
            // day, and the count reads both indexes alone; with one, every change of the range is
            // matched against its profile first.
            QString edges = u"SELECT follower_did, subject_did, 'follow' AS kind, first_seen_us AS time_us, rowid * 2 AS rid "
                            "FROM follow_edges WHERE "_s + subject.arg(6) + u" AND first_seen_us >= :f1 AND first_seen_us < :t1"_s;
            QString events = u"SELECT follower_did, subject_did, kind, time_us, rowid * 2 + 1 AS rid FROM follow_events WHERE "_s
                             + subject.arg(7) + u" AND time_us >= :f2 AND time_us < :t2"_s;
            if (query.hasCursor) {
                edges += u" AND (first_seen_us < :ct3 OR (first_seen_us = :ct4 AND rowid * 2 < :cr2))"_s;
                events += u" AND (time_us < :ct5 OR (time_us = :ct6 AND rowid * 2 + 1 < :cr3))"_s;
            }
            armsLimited = query.search.trimmed().isEmpty();
            if (armsLimited) {
                edges += u" ORDER BY first_seen_us DESC, rowid DESC LIMIT :lim2"_s;
                events += u" ORDER BY time_us DESC, rowid DESC LIMIT :lim3"_s;
                countSqlOverride = u"SELECT (SELECT COUNT(*) FROM follow_edges WHERE "_s + subject.arg(8)
                                   + u" AND first_seen_us >= :f3 AND first_seen_us < :t3) + (SELECT COUNT(*) FROM follow_events WHERE "_s
                                   + subject.arg(9) + u" AND time_us >= :f4 AND time_us < :t4)"_s;
            }
            from = u"(SELECT * FROM ("_s + edges + u") UNION ALL SELECT * FROM ("_s + events + u")) v"_s;
            rid = u"v.rid"_s;
        }
        if (query.kind == AudienceKind::RecentUnfollowers)
            where += u" AND v.kind = 'unfollow'"_s;
        else
            where += u" AND v.time_us >= :from AND v.time_us < :to"_s;
        break;
    }
    if (!query.search.trimmed().isEmpty())
        where += u" AND (p.handle LIKE :q1 ESCAPE '\\' OR p.display_name LIKE :q2 ESCAPE '\\' OR %1 LIKE :q3 ESCAPE '\\')"_s.arg(did);

    const QString base = u" FROM "_s + from + u" LEFT JOIN profiles p ON p.did = "_s + did + u" WHERE "_s + where;
    const QString columns = u"SELECT "_s + did + u", p.handle, p.display_name, p.followers_count, p.posts_count, "_s + first
                            + u", MAX("_s + last + u", COALESCE(p.updated_at_us, 0)), "_s + t + u", "_s + change + u", "_s
                            + followsAcc + u", "_s + followedBy + u", "_s + rid;
    const QString cursor = u" AND ("_s + t + u" < :ct1 OR ("_s + t + u" = :ct2 AND "_s + rid + u" < :cr))"_s;
    const QString order = u" ORDER BY "_s + t + u" DESC, "_s + rid + u" DESC"_s;
    QString sql;
    if (armsLimited) {
        // A day's changes from both tables: no index gives the union's order, so the page's rows are
        // picked from the bare keys first and only those get their profile and follow relations.
        QString page = u"SELECT * FROM "_s + from + u" WHERE "_s + where;
        if (query.hasCursor)
            page += cursor;
        page += order + u" LIMIT :lim"_s;
        sql = columns + u" FROM ("_s + page + u") v LEFT JOIN profiles p ON p.did = "_s + did + order;
    } else {
        sql = columns + base;
        if (query.hasCursor)
            sql += cursor;
        // rowid breaks ties: it is the last column of every index, so the order follows the index.
        sql += order + u" LIMIT :lim"_s;
    }

    const int limit = std::clamp(query.limit, 1, 5000);
    auto bindCommon = [&](QSqlQuery &q, const QString &text) {
        bindNumbered(q, text, u":a", query.accountDid);
        bindNumbered(q, text, u":q", escapeLike(query.search.trimmed()));
        bindNumbered(q, text, u":f", query.fromUs);
        bindNumbered(q, text, u":t", query.toUs);
        if (text.contains(u":from"_s)) {
            q.bindValue(u":from"_s, query.fromUs);
            q.bindValue(u":to"_s, query.toUs);
        }
    };

    AudiencePage page;
    page.query = query;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q, "audience");
    bindCommon(q, sql);
    if (query.hasCursor) {
        bindNumbered(q, sql, u":ct", query.afterTimeUs);
        bindNumbered(q, sql, u":cr", query.afterRowId);
        q.bindValue(u":cr"_s, query.afterRowId);
    }
    bindNumbered(q, sql, u":lim", limit + 1);
    q.bindValue(u":lim"_s, limit + 1);
    if (!q.exec())
        return sqlError(q, "audience");
    page.rows.reserve(limit);
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.atEnd = false;
            break;
        }
        AudienceEntry r;
        r.did = q.value(0).toString();
        r.handle = q.value(1).toString();
        r.displayName = q.value(2).toString();
        r.followersCount = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        r.postsCount = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        r.firstSeenUs = q.value(5).toLongLong();
        r.lastActiveUs = q.value(6).toLongLong();
        r.sortTimeUs = q.value(7).toLongLong();
        r.change = q.value(8).toString();
        r.followsAccount = q.value(9).toBool();
        r.followedByAccount = q.value(10).toBool();
        r.sortRowId = q.value(11).toLongLong();
        page.rows.append(std::move(r));
    }
    if (!query.hasCursor) {
        // Without a search the count needs no profiles: SQLite 3.40 still joins them for a LEFT JOIN
        // it could drop (200k followers: 300 ms with the join, 26 ms without).
        const QString countSql = !countSqlOverride.isEmpty()           ? countSqlOverride
                                 : query.search.trimmed().isEmpty() ? QString(u"SELECT COUNT(*) FROM "_s + from + u" WHERE "_s + where)
                                                                    : QString(u"SELECT COUNT(*)"_s + base);
        QSqlQuery c(m_db);
        c.setForwardOnly(true);
        if (!c.prepare(countSql))
            return sqlError(c, "audience count");
        bindCommon(c, countSql);
        if (!c.exec() || !c.next())
            return sqlError(c, "audience count");
        page.total = c.value(0).toLongLong();
    }
    return page;
}

} // namespace ge::analytics
