#include "atproto/XrpcParsers.h"

#include "atproto/Syntax.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace ge::atproto::parse {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("XrpcParsers", text); }

Error fieldError(const QString &path, const char *what)
{
    Error e = Error::parse(tr("Unexpected response from the server (field %1 %2)")
                               .arg(path, QString::fromLatin1(what)));
    e.detail = path;
    return e;
}

// Reads fields of one JSON object; records the first problem and keeps returning defaults
// after it, so a parser reads straight through and checks ok() once at the end.
class Reader
{
public:
    Reader(QJsonObject obj, QString path, std::optional<Error> *error)
        : m_obj(std::move(obj)), m_path(std::move(path)), m_error(error) {}

    bool ok() const { return !m_error->has_value(); }
    const QJsonObject &object() const { return m_obj; }

    QString str(const QString &key, bool (*valid)(QStringView) = nullptr)
    {
        const QJsonValue v = m_obj.value(key);
        if (!v.isString())
            return fail(key, v.isUndefined() ? "is missing" : "is not a string"), QString();
        const QString s = v.toString();
        if (valid && !valid(s))
            return fail(key, "has an invalid format"), QString();
        return s;
    }
    QString optStr(const QString &key, bool (*valid)(QStringView) = nullptr)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        return str(key, valid);
    }
    std::optional<QString> optCursor(const QString &key = u"cursor"_s)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return fail(key, "is not a string"), std::nullopt;
        return v.toString();
    }
    std::optional<qint64> optInt(const QString &key)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0)
            return fail(key, "is not a non-negative integer"), std::nullopt;
        return qint64(v.toDouble());
    }
    bool optBool(const QString &key, bool fallback)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            return fail(key, "is not a boolean"), fallback;
        return v.toBool();
    }
    // Server timestamps: absent → 0; present but malformed → 0 as well (records carry
    // client-chosen createdAt values that are not always valid; they must not sink a page).
    qint64 optTime(const QString &key)
    {
        const QJsonValue v = m_obj.value(key);
        if (!v.isString())
            return 0;
        return syntax::parseDatetimeUs(v.toString()).value_or(0);
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_obj.value(key);
        if (!v.isArray())
            return fail(key, v.isUndefined() ? "is missing" : "is not an array"), QJsonArray();
        return v.toArray();
    }
    QJsonArray optArray(const QString &key)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        return array(key);
    }
    QJsonObject obj(const QString &key)
    {
        const QJsonValue v = m_obj.value(key);
        if (!v.isObject())
            return fail(key, v.isUndefined() ? "is missing" : "is not an object"), QJsonObject();
        return v.toObject();
    }
    QJsonObject optObj(const QString &key)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        return obj(key);
    }
    Reader child(const QJsonObject &o, const QString &key) const { return Reader(o, m_path + u'.' + key, m_error); }
    Reader element(const QJsonValue &v, const QString &key, qsizetype index)
    {
        const QString p = m_path + u'.' + key + u'[' + QString::number(index) + u']';
        if (!v.isObject() && ok())
            *m_error = fieldError(p, "is not an object");
        return Reader(v.toObject(), p, m_error);
    }
    void fail(const QString &key, const char *what)
    {
        if (ok())
            *m_error = fieldError(m_path + u'.' + key, what);
    }

private:
    QJsonObject m_obj;
    QString m_path;
    std::optional<Error> *m_error;
};

Result<QJsonObject> document(const QByteArray &bodyIn)
{
    // A UTF-8 byte order mark is tolerated (some servers and samples carry one).
    const QByteArray body = bodyIn.startsWith("\xEF\xBB\xBF") ? bodyIn.mid(3) : bodyIn;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        Error e = Error::parse(tr("The server sent a response that is not valid JSON"));
        e.detail = err.errorString();
        return e;
    }
    if (!doc.isObject())
        return Error::parse(tr("The server sent a JSON response that is not an object"));
    return doc.object();
}

bool isUri(QStringView s) { return syntax::isValidUri(s); }

ViewerState readViewer(Reader &r)
{
    ViewerState v;
    const QJsonObject o = r.optObj(u"viewer"_s);
    Reader vr = r.child(o, u"viewer"_s);
    v.following = vr.optStr(u"following"_s, syntax::isValidAtUri);
    v.followedBy = vr.optStr(u"followedBy"_s, syntax::isValidAtUri);
    v.muted = vr.optBool(u"muted"_s, false);
    v.blockedBy = vr.optBool(u"blockedBy"_s, false);
    return v;
}

Profile readProfile(Reader &r)
{
    Profile p;
    p.did = r.str(u"did"_s, syntax::isValidDid);
    p.handle = r.str(u"handle"_s, syntax::isValidHandle);
    p.displayName = r.optStr(u"displayName"_s);
    p.description = r.optStr(u"description"_s);
    p.avatar = r.optStr(u"avatar"_s, isUri);
    p.followersCount = r.optInt(u"followersCount"_s);
    p.followsCount = r.optInt(u"followsCount"_s);
    p.postsCount = r.optInt(u"postsCount"_s);
    p.createdAtUs = r.optTime(u"createdAt"_s);
    p.indexedAtUs = r.optTime(u"indexedAt"_s);
    const QJsonArray labels = r.optArray(u"labels"_s);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        Reader lr = r.element(labels.at(i), u"labels"_s, i);
        const QString val = lr.str(u"val"_s);
        if (!val.isEmpty())
            p.labels << val;
    }
    p.viewer = readViewer(r);
    return p;
}

template <typename T, typename F>
Result<T> run(const QByteArray &body, const QString &root, F &&fn)
{
    const auto doc = document(body);
    if (!doc)
        return doc.error();
    std::optional<Error> error;
    Reader r(*doc, root, &error);
    T value = fn(r);
    if (error)
        return *error;
    return value;
}

QString rkeyOf(const QString &uri)
{
    const auto parts = syntax::parseAtUri(uri);
    return parts ? parts->rkey : QString();
}

ProfilePage readProfilePage(Reader &r, const QString &listKey)
{
    ProfilePage page;
    Reader sr = r.child(r.obj(u"subject"_s), u"subject"_s);
    page.subject = readProfile(sr);
    const QJsonArray list = r.array(listKey);
    for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
        Reader pr = r.element(list.at(i), listKey, i);
        page.profiles << readProfile(pr);
    }
    page.cursor = r.optCursor();
    return page;
}

} // namespace

Result<Session> session(const QByteArray &body)
{
    return run<Session>(body, u"session"_s, [](Reader &r) {
        Session s;
        s.did = r.str(u"did"_s, syntax::isValidDid);
        s.handle = r.str(u"handle"_s, syntax::isValidHandle);
        s.accessJwt = r.str(u"accessJwt"_s);
        s.refreshJwt = r.str(u"refreshJwt"_s);
        if (r.ok() && (s.accessJwt.isEmpty() || s.refreshJwt.isEmpty()))
            r.fail(u"accessJwt"_s, "is empty");
        s.email = r.optStr(u"email"_s);
        s.active = r.optBool(u"active"_s, true);
        s.status = r.optStr(u"status"_s);
        const QJsonObject didDoc = r.optObj(u"didDoc"_s);
        if (!didDoc.isEmpty()) {
            const auto doc = didDocument(QJsonDocument(didDoc).toJson(QJsonDocument::Compact), s.did);
            if (doc)
                s.pdsUrl = doc->pdsEndpoint;
        }
        return s;
    });
}

Result<SessionInfo> sessionInfo(const QByteArray &body)
{
    return run<SessionInfo>(body, u"session"_s, [](Reader &r) {
        SessionInfo s;
        s.did = r.str(u"did"_s, syntax::isValidDid);
        s.handle = r.str(u"handle"_s, syntax::isValidHandle);
        s.email = r.optStr(u"email"_s);
        s.active = r.optBool(u"active"_s, true);
        s.status = r.optStr(u"status"_s);
        return s;
    });
}

Result<ServerDescription> serverDescription(const QByteArray &body)
{
    return run<ServerDescription>(body, u"server"_s, [](Reader &r) {
        ServerDescription d;
        d.did = r.str(u"did"_s, syntax::isValidDid);
        const QJsonArray domains = r.array(u"availableUserDomains"_s);
        for (const QJsonValue &v : domains) {
            if (!v.isString()) {
                r.fail(u"availableUserDomains"_s, "holds a non-string");
                break;
            }
            d.availableUserDomains << v.toString();
        }
        d.inviteCodeRequired = r.optBool(u"inviteCodeRequired"_s, false);
        return d;
    });
}

Result<QString> resolvedHandle(const QByteArray &body)
{
    return run<QString>(body, u"resolveHandle"_s, [](Reader &r) { return r.str(u"did"_s, syntax::isValidDid); });
}

Result<CreatedRecord> createdRecord(const QByteArray &body)
{
    return run<CreatedRecord>(body, u"createRecord"_s, [](Reader &r) {
        CreatedRecord c;
        c.uri = r.str(u"uri"_s, syntax::isValidAtUri);
        c.cid = r.str(u"cid"_s, syntax::isValidCid);
        c.rkey = rkeyOf(c.uri);
        if (r.ok() && c.rkey.isEmpty())
            r.fail(u"uri"_s, "has no record key");
        return c;
    });
}

Status deletedRecord(const QByteArray &body)
{
    // The body is {} (older PDSes) or {"commit": {...}}; an empty body is accepted too.
    if (body.trimmed().isEmpty())
        return {};
    const auto doc = document(body);
    if (!doc)
        return doc.error();
    return {};
}

Result<RecordPage> recordPage(const QByteArray &body)
{
    return run<RecordPage>(body, u"listRecords"_s, [](Reader &r) {
        RecordPage page;
        const QJsonArray records = r.array(u"records"_s);
        for (qsizetype i = 0; i < records.size() && r.ok(); ++i) {
            Reader er = r.element(records.at(i), u"records"_s, i);
            RecordEntry e;
            e.uri = er.str(u"uri"_s, syntax::isValidAtUri);
            e.cid = er.str(u"cid"_s, syntax::isValidCid);
            e.value = er.obj(u"value"_s);
            e.rkey = rkeyOf(e.uri);
            page.records << e;
        }
        page.cursor = r.optCursor();
        return page;
    });
}

Result<Profile> profile(const QByteArray &body)
{
    return run<Profile>(body, u"profile"_s, [](Reader &r) { return readProfile(r); });
}

Result<QList<Profile>> profiles(const QByteArray &body)
{
    return run<QList<Profile>>(body, u"getProfiles"_s, [](Reader &r) {
        QList<Profile> list;
        const QJsonArray arr = r.array(u"profiles"_s);
        for (qsizetype i = 0; i < arr.size() && r.ok(); ++i) {
            Reader pr = r.element(arr.at(i), u"profiles"_s, i);
            list << readProfile(pr);
        }
        return list;
    });
}

Result<ProfilePage> followers(const QByteArray &body)
{
    return run<ProfilePage>(body, u"getFollowers"_s, [](Reader &r) { return readProfilePage(r, u"followers"_s); });
}

Result<ProfilePage> follows(const QByteArray &body)
{
    return run<ProfilePage>(body, u"getFollows"_s, [](Reader &r) { return readProfilePage(r, u"follows"_s); });
}

Result<Relationships> relationships(const QByteArray &body)
{
    return run<Relationships>(body, u"getRelationships"_s, [](Reader &r) {
        Relationships out;
        out.actor = r.optStr(u"actor"_s, syntax::isValidDid);
        const QJsonArray arr = r.array(u"relationships"_s);
        for (qsizetype i = 0; i < arr.size() && r.ok(); ++i) {
            Reader er = r.element(arr.at(i), u"relationships"_s, i);
            Relationship rel;
            rel.notFound = er.optBool(u"notFound"_s, false)
                || er.object().value(u"$type"_s).toString() == u"app.bsky.graph.defs#notFoundActor";
            rel.did = rel.notFound ? er.str(u"actor"_s) : er.str(u"did"_s, syntax::isValidDid);
            if (!rel.notFound) {
                rel.following = er.optStr(u"following"_s, syntax::isValidAtUri);
                rel.followedBy = er.optStr(u"followedBy"_s, syntax::isValidAtUri);
            }
            out.relationships << rel;
        }
        return out;
    });
}

Result<FeedPage> authorFeed(const QByteArray &body)
{
    return run<FeedPage>(body, u"getAuthorFeed"_s, [](Reader &r) {
        FeedPage page;
        const QJsonArray feed = r.array(u"feed"_s);
        for (qsizetype i = 0; i < feed.size() && r.ok(); ++i) {
            Reader fr = r.element(feed.at(i), u"feed"_s, i);
            Reader pr = fr.child(fr.obj(u"post"_s), u"post"_s);
            FeedItem item;
            item.uri = pr.str(u"uri"_s, syntax::isValidAtUri);
            item.cid = pr.str(u"cid"_s, syntax::isValidCid);
            Reader ar = pr.child(pr.obj(u"author"_s), u"author"_s);
            item.authorDid = ar.str(u"did"_s, syntax::isValidDid);
            item.authorHandle = ar.str(u"handle"_s, syntax::isValidHandle);
            const QJsonObject record = pr.obj(u"record"_s);
            item.text = record.value(u"text"_s).toString();
            item.createdAtUs = syntax::parseDatetimeUs(record.value(u"createdAt"_s).toString()).value_or(0);
            item.replyParentUri =
                record.value(u"reply"_s).toObject().value(u"parent"_s).toObject().value(u"uri"_s).toString();
            item.indexedAtUs = pr.optTime(u"indexedAt"_s);
            item.likeCount = pr.optInt(u"likeCount"_s).value_or(0);
            item.repostCount = pr.optInt(u"repostCount"_s).value_or(0);
            item.replyCount = pr.optInt(u"replyCount"_s).value_or(0);
            item.quoteCount = pr.optInt(u"quoteCount"_s).value_or(0);
            const QJsonObject reason = fr.optObj(u"reason"_s);
            if (reason.value(u"$type"_s).toString() == u"app.bsky.feed.defs#reasonRepost")
                item.repostedByDid = reason.value(u"by"_s).toObject().value(u"did"_s).toString();
            page.items << item;
        }
        page.cursor = r.optCursor();
        return page;
    });
}

Result<NotificationPage> notifications(const QByteArray &body)
{
    return run<NotificationPage>(body, u"listNotifications"_s, [](Reader &r) {
        NotificationPage page;
        const QJsonArray arr = r.array(u"notifications"_s);
        for (qsizetype i = 0; i < arr.size() && r.ok(); ++i) {
            Reader nr = r.element(arr.at(i), u"notifications"_s, i);
            Notification n;
            n.uri = nr.str(u"uri"_s, syntax::isValidAtUri);
            n.cid = nr.str(u"cid"_s, syntax::isValidCid);
            Reader ar = nr.child(nr.obj(u"author"_s), u"author"_s);
            n.authorDid = ar.str(u"did"_s, syntax::isValidDid);
            n.authorHandle = ar.str(u"handle"_s, syntax::isValidHandle);
            n.reason = nr.str(u"reason"_s);
            n.reasonSubject = nr.optStr(u"reasonSubject"_s, syntax::isValidAtUri);
            n.isRead = nr.optBool(u"isRead"_s, false);
            n.indexedAtUs = nr.optTime(u"indexedAt"_s);
            page.notifications << n;
        }
        page.cursor = r.optCursor();
        page.seenAtUs = r.optTime(u"seenAt"_s);
        return page;
    });
}

Result<DidDocument> didDocument(const QByteArray &body, const QString &expectedDid)
{
    return run<DidDocument>(body, u"didDoc"_s, [&expectedDid](Reader &r) {
        DidDocument doc;
        doc.id = r.str(u"id"_s, syntax::isValidDid);
        if (r.ok() && !expectedDid.isEmpty() && doc.id != expectedDid)
            r.fail(u"id"_s, "does not match the requested DID");
        const QJsonArray aka = r.optArray(u"alsoKnownAs"_s);
        for (const QJsonValue &v : aka) {
            const QString s = v.toString();
            doc.alsoKnownAs << s;
            if (doc.handle.isEmpty() && s.startsWith(u"at://") && syntax::isValidHandle(QStringView(s).mid(5)))
                doc.handle = s.mid(5);
        }
        const QJsonArray services = r.optArray(u"service"_s);
        for (qsizetype i = 0; i < services.size() && r.ok(); ++i) {
            Reader sr = r.element(services.at(i), u"service"_s, i);
            const QString id = sr.str(u"id"_s);
            if (id != u"#atproto_pds" && id != doc.id + u"#atproto_pds")
                continue;
            if (sr.object().value(u"type"_s).toString() != u"AtprotoPersonalDataServer")
                continue;
            const QString endpoint = sr.str(u"serviceEndpoint"_s, isUri);
            const QUrl url(endpoint, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
                sr.fail(u"serviceEndpoint"_s, "is not an http(s) URL");
            else
                doc.pdsEndpoint = url;
            break;
        }
        return doc;
    });
}

std::optional<XrpcErrorBody> xrpcErrorBody(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue e = doc.object().value(u"error"_s);
    if (!e.isString() || e.toString().isEmpty())
        return std::nullopt;
    return XrpcErrorBody{e.toString(), doc.object().value(u"message"_s).toString()};
}

} // namespace ge::atproto::parse
