#include "reports/ReportText.h"

using namespace Qt::StringLiterals;

namespace ge::reports {

QString ReportText::dateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return u"–"_s;
    return locale.toString(utc.toUTC(), QLocale::ShortFormat) + u" UTC"_s;
}

QString ReportText::period(const ReportPeriod &period, const QLocale &locale)
{
    return tr("%1 to %2").arg(locale.toString(period.from, QLocale::LongFormat),
                              locale.toString(period.to, QLocale::LongFormat));
}

QString ReportText::signedNumber(qint64 v, const QLocale &locale)
{
    if (v > 0)
        return locale.positiveSign() + locale.toString(v);
    return locale.toString(v);
}

QString ReportText::optionalNumber(const std::optional<qint64> &v, const QLocale &locale)
{
    return v ? locale.toString(*v) : u"–"_s;
}

QString ReportText::campaignKind(const QString &kind)
{
    if (kind == u"follow_back"_s)
        return tr("Follow-back");
    if (kind == u"undo"_s)
        return tr("Undo");
    return kind;
}

QString ReportText::note(const QualityNote &n, const QLocale &locale)
{
    if (n.kind == u"collector_gap"_s)
        return tr("Collector %1 was down from %2 to %3; changes in that time may be missing.")
            .arg(n.detail, dateTime(n.from, locale), dateTime(n.to, locale));
    if (n.kind == u"backfill"_s)
        return tr("A backfill (%1) ran from %2 to %3 and read %n item(s).", nullptr, int(n.count))
            .arg(n.detail, dateTime(n.from, locale), dateTime(n.to, locale));
    if (n.kind == u"unattributed_unfollows"_s)
        return tr("%n unfollow(s) between %1 and %2 could not be attributed (the follow record was never seen).",
                  nullptr, int(n.count))
            .arg(dateTime(n.from, locale), dateTime(n.to, locale));
    if (n.kind == u"untracked_change"_s)
        return tr("The follower count changed by %1 more than the follow events explain (corrected by a "
                  "follower-count snapshot).")
            .arg(signedNumber(n.count, locale));
    if (n.kind == u"followers_unknown"_s)
        return tr("No follower-count snapshot and no known followers: follower totals are unknown.");
    if (n.kind == u"no_data"_s)
        return tr("No data was recorded for this account in this period.");
    return n.kind;
}

} // namespace ge::reports
