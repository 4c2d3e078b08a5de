#include "reports/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ge::reports {

namespace {

QJsonValue time(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue num(qint64 v)
{
    return QJsonValue(v);
}
QJsonValue opt(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject engagement(const EngagementTotals &e)
{
    return {{u"likes"_s, num(e.likes)},
            {u"reposts"_s, num(e.reposts)},
            {u"replies"_s, num(e.replies)},
            {u"quotes"_s, num(e.quotes)},
            {u"score"_s, num(e.score())}};
}

QJsonObject day(const DailyRow &d)
{
    return {{u"date"_s, d.day.toString(Qt::ISODate)},
            {u"newFollowers"_s, num(d.newFollowers)},
            {u"lostFollowers"_s, num(d.lostFollowers)},
            {u"net"_s, num(d.net())},
            {u"followersAtEndOfDay"_s, num(d.followersAtEndOfDay)},
            {u"engagement"_s, engagement(d.engagement)}};
}

QJsonObject account(const AccountReport &a)
{
    QJsonArray daily, best, followers, posts, campaigns, notes;
    for (const DailyRow &d : a.daily)
        daily.append(day(d));
    for (const DailyRow &d : a.bestDays)
        best.append(day(d));
    for (const FollowerRow &f : a.topNewFollowers)
        followers.append(QJsonObject{{u"did"_s, f.did},
                                     {u"handle"_s, f.handle},
                                     {u"displayName"_s, f.displayName},
                                     {u"followersCount"_s, num(f.followersCount)},
                                     {u"followedAt"_s, time(f.followedAt)}});
    for (const PostRow &p : a.topPosts)
        posts.append(QJsonObject{{u"uri"_s, p.uri},
                                 {u"text"_s, p.text},
                                 {u"createdAt"_s, time(p.createdAt)},
                                 {u"engagement"_s, engagement(p.engagement)}});
    for (const CampaignRow &c : a.campaigns) {
        QJsonObject states;
        for (auto it = c.itemsByState.cbegin(); it != c.itemsByState.cend(); ++it)
            states.insert(it.key(), num(it.value()));
        campaigns.append(QJsonObject{{u"id"_s, num(c.id)},
                                     {u"kind"_s, c.kind},
                                     {u"state"_s, c.state},
                                     {u"dryRun"_s, c.dryRun},
                                     {u"createdAt"_s, time(c.createdAt)},
                                     {u"startedAt"_s, time(c.startedAt)},
                                     {u"finishedAt"_s, time(c.finishedAt)},
                                     {u"items"_s, num(c.items)},
                                     {u"itemsByState"_s, states}});
    }
    for (const QualityNote &q : a.notes)
        notes.append(QJsonObject{{u"kind"_s, q.kind},
                                 {u"from"_s, time(q.from)},
                                 {u"to"_s, time(q.to)},
                                 {u"count"_s, num(q.count)},
                                 {u"detail"_s, q.detail}});
    const QJsonObject summary{{u"followersAtStart"_s, num(a.followersAtStart)},
                              {u"followersAtEnd"_s, num(a.followersAtEnd)},
                              {u"netChange"_s, num(a.netChange())},
                              {u"newFollowers"_s, num(a.newFollowers)},
                              {u"lostFollowers"_s, num(a.lostFollowers)},
                              {u"reportedFollowersAtStart"_s, opt(a.reportedFollowersAtStart)},
                              {u"reportedFollowersAtEnd"_s, opt(a.reportedFollowersAtEnd)},
                              {u"mutualsAtEnd"_s, num(a.mutualsAtEnd)},
                              {u"engagement"_s, engagement(a.engagement)}};
    return {{u"did"_s, a.did},
            {u"handle"_s, a.handle},
            {u"displayName"_s, a.displayName},
            {u"summary"_s, summary},
            {u"daily"_s, daily},
            {u"bestDays"_s, best},
            {u"topNewFollowers"_s, followers},
            {u"topPosts"_s, posts},
            {u"campaigns"_s, campaigns},
            {u"dataQuality"_s, notes}};
}

} // namespace

QJsonObject JsonWriter::toJson(const Report &report)
{
    QJsonArray accounts;
    for (const AccountReport &a : report.accounts)
        accounts.append(account(a));
    return {{u"format"_s, u"growth-engine-report"_s},
            {u"version"_s, report.version},
            {u"generatedAt"_s, time(report.generatedAt)},
            {u"period"_s, QJsonObject{{u"from"_s, report.period.from.toString(Qt::ISODate)},
                                      {u"to"_s, report.period.to.toString(Qt::ISODate)},
                                      {u"days"_s, num(report.period.days())},
                                      {u"timeZone"_s, u"UTC"_s}}},
            {u"scoreFormula"_s, u"like + 2*repost + 3*reply + 2*quote"_s},
            {u"accounts"_s, accounts}};
}

QByteArray JsonWriter::render(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

Status JsonWriter::write(const Report &report, const QString &path)
{
    const QByteArray data = render(report);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        Error e = Error::make(ErrorCategory::Internal,
                              QCoreApplication::translate("ge::reports::JsonWriter", "Cannot write %1").arg(path));
        e.detail = out.errorString();
        return e;
    }
    return {};
}

} // namespace ge::reports
