#include "collectors/JetstreamParser.h"

#include <simdjson.h>

#include <cstring>
#include <utility>
#include <vector>

namespace ge::collectors {

const char *toString(MalformedReason reason)
{
    switch (reason) {
    case MalformedReason::BadJson: return "bad_json";
    case MalformedReason::MissingField: return "missing_field";
    case MalformedReason::WrongType: return "wrong_type";
    case MalformedReason::TooLarge: return "too_large";
    case MalformedReason::UnknownKind: return "unknown_kind";
    case MalformedReason::BadValue: return "bad_value";
    }
    return "unknown";
}

const char *toString(Collection collection)
{
    switch (collection) {
    case Collection::Follow: return "app.bsky.graph.follow";
    case Collection::Like: return "app.bsky.feed.like";
    case Collection::Repost: return "app.bsky.feed.repost";
    case Collection::Post: return "app.bsky.feed.post";
    case Collection::Other: return "other";
    }
    return "other";
}

const char *toString(CommitOp op)
{
    switch (op) {
    case CommitOp::Create: return "create";
    case CommitOp::Update: return "update";
    case CommitOp::Delete: return "delete";
    }
    return "create";
}

namespace {

namespace od = simdjson::ondemand;

struct Failure
{
    MalformedReason reason;
    const char *detail;
};

// Thrown-free control flow: every helper returns false and fills `fail` on a problem.
class Extractor
{
public:
    Extractor(const ParserLimits &limits, RawEvent &ev) : m_limits(limits), m_ev(ev) {}

    Failure fail{MalformedReason::BadJson, ""};

    bool setFail(MalformedReason reason, const char *detail)
    {
        fail = {reason, detail};
        return false;
    }

    bool errorFail(simdjson::error_code code, const char *detail)
    {
        switch (code) {
        case simdjson::INCORRECT_TYPE:
        case simdjson::NUMBER_OUT_OF_RANGE:
            return setFail(MalformedReason::WrongType, detail);
        case simdjson::NO_SUCH_FIELD:
            return setFail(MalformedReason::MissingField, detail);
        default:
            return setFail(MalformedReason::BadJson, detail);
        }
    }

    bool str(od::value &v, std::string_view &out, std::size_t max, const char *detail)
    {
        if (auto err = v.get_string().get(out))
            return errorFail(err, detail);
        if (out.size() > max)
            return setFail(MalformedReason::TooLarge, detail);
        return true;
    }
    bool id(od::value &v, std::string_view &out, const char *detail)
    {
        return str(v, out, m_limits.maxIdentifierBytes, detail);
    }

    // {"uri": "...", "cid": "..."} (a strongRef); only the uri is kept.
    bool strongRefUri(od::value &v, std::string_view &uri, const char *detail)
    {
        od::object obj;
        if (auto err = v.get_object().get(obj))
            return errorFail(err, detail);
        for (auto fr : obj) {
            od::field f;
            if (auto err = std::move(fr).get(f))
                return errorFail(err, detail);
            od::raw_json_string key = f.key();
            if (key == "uri") {
                od::value fv = f.value();
                if (!id(fv, uri, detail))
                    return false;
            }
        }
        return true;
    }

    bool reply(od::value &v)
    {
        od::object obj;
        if (auto err = v.get_object().get(obj))
            return errorFail(err, "record.reply");
        for (auto fr : obj) {
            od::field f;
            if (auto err = std::move(fr).get(f))
                return errorFail(err, "record.reply");
            od::raw_json_string key = f.key();
            if (key == "parent") {
                od::value fv = f.value();
                if (!strongRefUri(fv, m_ev.replyParentUri, "record.reply.parent"))
                    return false;
            }
        }
        if (m_ev.replyParentUri.empty())
            return setFail(MalformedReason::MissingField, "record.reply.parent.uri");
        return true;
    }

    // app.bsky.embed.record {record: strongRef} or app.bsky.embed.recordWithMedia
    // {record: {record: strongRef}, media}; other embeds (images, external, video) are skipped.
    bool embed(od::value &v)
    {
        od::object obj;
        if (auto err = v.get_object().get(obj))
            return errorFail(err, "record.embed");
        std::string_view type, directUri, nestedUri;
        for (auto fr : obj) {
            od::field f;
            if (auto err = std::move(fr).get(f))
                return errorFail(err, "record.embed");
            od::raw_json_string key = f.key();
            od::value fv = f.value();
            if (key == "$type") {
                if (!id(fv, type, "record.embed.$type"))
                    return false;
            } else if (key == "record") {
                od::object inner;
                if (auto err = fv.get_object().get(inner))
                    return errorFail(err, "record.embed.record");
                for (auto ir : inner) {
                    od::field inf;
                    if (auto err = std::move(ir).get(inf))
                        return errorFail(err, "record.embed.record");
                    od::raw_json_string ikey = inf.key();
                    od::value iv = inf.value();
                    if (ikey == "uri") {
                        if (!id(iv, directUri, "record.embed.record.uri"))
                            return false;
                    } else if (ikey == "record") {
                        if (!strongRefUri(iv, nestedUri, "record.embed.record.record"))
                            return false;
                    }
                }
            }
        }
        if (type == "app.bsky.embed.record")
            m_ev.quoteUri = directUri;
        else if (type == "app.bsky.embed.recordWithMedia")
            m_ev.quoteUri = nestedUri;
        return true;
    }

    // The record: fields of the four collections the product reads; the collection may not be
    // known yet (key order is not guaranteed), so everything of interest is captured and the
    // required ones are checked afterwards.
    bool record(od::value &v, bool &subjectIsString, bool &subjectIsObject)
    {
        od::object obj;
        if (auto err = v.get_object().get(obj))
            return errorFail(err, "commit.record");
        for (auto fr : obj) {
            od::field f;
            if (auto err = std::move(fr).get(f))
                return errorFail(err, "commit.record");
            od::raw_json_string key = f.key();
            od::value fv = f.value();
            if (key == "subject") {
                od::json_type t;
                if (auto err = fv.type().get(t))
                    return errorFail(err, "record.subject");
                if (t == od::json_type::string) {
                    subjectIsString = true;
                    if (!id(fv, m_ev.followSubject, "record.subject"))
                        return false;
                } else if (t == od::json_type::object) {
                    subjectIsObject = true;
                    if (!strongRefUri(fv, m_ev.subjectUri, "record.subject"))
                        return false;
                }
                // other types: left for the per-collection check below
            } else if (key == "createdAt") {
                if (!id(fv, m_ev.createdAt, "record.createdAt"))
                    return false;
            } else if (key == "text") {
                if (!str(fv, m_ev.text, m_limits.maxTextBytes, "record.text"))
                    return false;
            } else if (key == "reply") {
                if (!reply(fv))
                    return false;
            } else if (key == "embed") {
                if (!embed(fv))
                    return false;
            }
        }
        return true;
    }

    bool commit(od::value &v, bool &hasRecord, bool &hasOp, bool &hasCollection, bool &hasRkey,
                bool &subjectIsString, bool &subjectIsObject)
    {
        od::object obj;
        if (auto err = v.get_object().get(obj))
            return errorFail(err, "commit");
        for (auto fr : obj) {
            od::field f;
            if (auto err = std::move(fr).get(f))
                return errorFail(err, "commit");
            od::raw_json_string key = f.key();
            od::value fv = f.value();
            if (key == "operation") {
                std::string_view op;
                if (!id(fv, op, "commit.operation"))
                    return false;
                if (op == "create")
                    m_ev.op = CommitOp::Create;
                else if (op == "update")
                    m_ev.op = CommitOp::Update;
                else if (op == "delete")
                    m_ev.op = CommitOp::Delete;
                else
                    return setFail(MalformedReason::BadValue, "commit.operation");
                hasOp = true;
            } else if (key == "collection") {
                if (!id(fv, m_ev.collectionName, "commit.collection"))
                    return false;
                hasCollection = true;
            } else if (key == "rkey") {
                if (!id(fv, m_ev.rkey, "commit.rkey"))
                    return false;
                hasRkey = true;
            } else if (key == "cid") {
                if (!id(fv, m_ev.cid, "commit.cid"))
                    return false;
            } else if (key == "record") {
                hasRecord = true;
                if (!record(fv, subjectIsString, subjectIsObject))
                    return false;
            }
        }
        return true;
    }

    bool identity(od::value &v)
    {
        od::object obj;
        if (auto err = v.get_object().get(obj))
            return errorFail(err, "identity");
        for (auto fr : obj) {
            od::field f;
            if (auto err = std::move(fr).get(f))
                return errorFail(err, "identity");
            od::raw_json_string key = f.key();
            if (key == "handle") {
                od::value fv = f.value();
                od::json_type t;
                if (auto err = fv.type().get(t))
                    return errorFail(err, "identity.handle");
                if (t == od::json_type::null)
                    continue; // a handle can be absent / null (invalid handle)
                if (!id(fv, m_ev.handle, "identity.handle"))
                    return false;
            }
        }
        return true;
    }

    bool account(od::value &v, bool &hasActive)
    {
        od::object obj;
        if (auto err = v.get_object().get(obj))
            return errorFail(err, "account");
        for (auto fr : obj) {
            od::field f;
            if (auto err = std::move(fr).get(f))
                return errorFail(err, "account");
            od::raw_json_string key = f.key();
            od::value fv = f.value();
            if (key == "active") {
                if (auto err = fv.get_bool().get(m_ev.active))
                    return errorFail(err, "account.active");
                hasActive = true;
            } else if (key == "status") {
                if (!id(fv, m_ev.status, "account.status"))
                    return false;
            }
        }
        return true;
    }

private:
    const ParserLimits &m_limits;
    RawEvent &m_ev;
};

Collection classify(std::string_view name)
{
    if (name == "app.bsky.feed.like")
        return Collection::Like;
    if (name == "app.bsky.graph.follow")
        return Collection::Follow;
    if (name == "app.bsky.feed.post")
        return Collection::Post;
    if (name == "app.bsky.feed.repost")
        return Collection::Repost;
    return Collection::Other;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

struct JetstreamParser::Impl
{
    od::parser parser;
    std::vector<char> buffer; // input copy with SIMDJSON_PADDING zero bytes after it
};

JetstreamParser::JetstreamParser(ParserLimits limits) : d(std::make_unique<Impl>()), m_limits(limits)
{
    d->buffer.resize(4096 + simdjson::SIMDJSON_PADDING);
}

JetstreamParser::~JetstreamParser() = default;

const std::size_t JetstreamParser::kPaddingBytes = simdjson::SIMDJSON_PADDING;

ParseResult JetstreamParser::parse(std::string_view json, std::size_t readableBytes)
{
    m_event = RawEvent{};
    if (json.size() > m_limits.maxMessageBytes)
        return {ParseStatus::Malformed, MalformedReason::TooLarge, "message"};
    const char *input = json.data();
    std::size_t capacity = readableBytes;
    if (json.empty() || readableBytes < json.size() + simdjson::SIMDJSON_PADDING) {
        // simdjson reads up to SIMDJSON_PADDING bytes past the end: parse a padded copy.
        if (d->buffer.size() < json.size() + simdjson::SIMDJSON_PADDING)
            d->buffer.resize(json.size() + simdjson::SIMDJSON_PADDING);
        if (!json.empty())
            std::memcpy(d->buffer.data(), json.data(), json.size());
        std::memset(d->buffer.data() + json.size(), 0, simdjson::SIMDJSON_PADDING);
        input = d->buffer.data();
        capacity = d->buffer.size();
    }

    od::document doc;
    if (d->parser.iterate(input, json.size(), capacity).get(doc))
        return {ParseStatus::Malformed, MalformedReason::BadJson, "document"};

    Extractor x(m_limits, m_event);
    auto failed = [&x]() { return ParseResult{ParseStatus::Malformed, x.fail.reason, x.fail.detail}; };

    od::object root;
    if (doc.get_object().get(root)) {
        // A JSON array is the wrong type; anything else that is not an object is not an event at all.
        const auto first = json.find_first_not_of(" \t\r\n");
        const bool isArray = first != std::string_view::npos && json[first] == '[';
        return {ParseStatus::Malformed, isArray ? MalformedReason::WrongType : MalformedReason::BadJson, "document"};
    }

    std::string_view kind;
    bool hasDid = false, hasTime = false, hasKind = false;
    bool hasCommit = false, hasIdentity = false, hasAccount = false;
    bool hasRecord = false, hasOp = false, hasCollection = false, hasRkey = false;
    bool subjectIsString = false, subjectIsObject = false, hasActive = false;

    for (auto fr : root) {
        od::field f;
        if (auto err = std::move(fr).get(f)) {
            x.errorFail(err, "document");
            return failed();
        }
        od::raw_json_string key = f.key();
        od::value v = f.value();
        bool ok = true;
        if (key == "did") {
            ok = x.id(v, m_event.did, "did");
            hasDid = true;
        } else if (key == "time_us") {
            int64_t t = 0;
            if (auto err = v.get_int64().get(t))
                ok = x.errorFail(err, "time_us");
            m_event.timeUs = qint64(t);
            hasTime = true;
        } else if (key == "kind") {
            ok = x.id(v, kind, "kind");
            hasKind = true;
        } else if (key == "commit") {
            hasCommit = true;
            ok = x.commit(v, hasRecord, hasOp, hasCollection, hasRkey, subjectIsString, subjectIsObject);
        } else if (key == "identity") {
            hasIdentity = true;
            ok = x.identity(v);
        } else if (key == "account") {
            hasAccount = true;
            ok = x.account(v, hasActive);
        }
        if (!ok)
            return failed();
    }

    if (!hasKind)
        return {ParseStatus::Malformed, MalformedReason::MissingField, "kind"};
    if (kind == "heartbeat" && !hasDid)
        return {ParseStatus::Control, MalformedReason::BadJson, ""};
    if (!hasDid)
        return {ParseStatus::Malformed, MalformedReason::MissingField, "did"};
    if (!startsWith(m_event.did, "did:") || m_event.did.size() < 8)
        return {ParseStatus::Malformed, MalformedReason::BadValue, "did"};
    if (!hasTime)
        return {ParseStatus::Malformed, MalformedReason::MissingField, "time_us"};
    if (m_event.timeUs <= 0)
        return {ParseStatus::Malformed, MalformedReason::BadValue, "time_us"};

    if (kind == "commit") {
        m_event.kind = EventKind::Commit;
        if (!hasCommit)
            return {ParseStatus::Malformed, MalformedReason::MissingField, "commit"};
        if (!hasOp)
            return {ParseStatus::Malformed, MalformedReason::MissingField, "commit.operation"};
        if (!hasCollection || m_event.collectionName.empty())
            return {ParseStatus::Malformed, MalformedReason::MissingField, "commit.collection"};
        if (!hasRkey || m_event.rkey.empty())
            return {ParseStatus::Malformed, MalformedReason::MissingField, "commit.rkey"};
        m_event.collection = classify(m_event.collectionName);
        if (m_event.op == CommitOp::Delete || m_event.collection == Collection::Other)
            return {ParseStatus::Event, MalformedReason::BadJson, ""};
        if (!hasRecord)
            return {ParseStatus::Malformed, MalformedReason::MissingField, "commit.record"};
        switch (m_event.collection) {
        case Collection::Follow:
            if (!subjectIsString)
                return {ParseStatus::Malformed,
                        subjectIsObject ? MalformedReason::WrongType : MalformedReason::MissingField,
                        "record.subject"};
            if (!startsWith(m_event.followSubject, "did:"))
                return {ParseStatus::Malformed, MalformedReason::BadValue, "record.subject"};
            break;
        case Collection::Like:
        case Collection::Repost:
            if (!subjectIsObject)
                return {ParseStatus::Malformed,
                        subjectIsString ? MalformedReason::WrongType : MalformedReason::MissingField,
                        "record.subject"};
            if (!startsWith(m_event.subjectUri, "at://"))
                return {ParseStatus::Malformed, MalformedReason::BadValue, "record.subject.uri"};
            break;
        case Collection::Post:
            if (!m_event.replyParentUri.empty() && !startsWith(m_event.replyParentUri, "at://"))
                return {ParseStatus::Malformed, MalformedReason::BadValue, "record.reply.parent.uri"};
            if (!m_event.quoteUri.empty() && !startsWith(m_event.quoteUri, "at://"))
                return {ParseStatus::Malformed, MalformedReason::BadValue, "record.embed.record.uri"};
            break;
        case Collection::Other:
            break;
        }
        return {ParseStatus::Event, MalformedReason::BadJson, ""};
    }
    if (kind == "identity") {
        m_event.kind = EventKind::Identity;
        if (!hasIdentity)
            return {ParseStatus::Malformed, MalformedReason::MissingField, "identity"};
        return {ParseStatus::Event, MalformedReason::BadJson, ""};
    }
    if (kind == "account") {
        m_event.kind = EventKind::Account;
        if (!hasAccount)
            return {ParseStatus::Malformed, MalformedReason::MissingField, "account"};
        if (!hasActive)
            return {ParseStatus::Malformed, MalformedReason::MissingField, "account.active"};
        return {ParseStatus::Event, MalformedReason::BadJson, ""};
    }
    return {ParseStatus::Malformed, MalformedReason::UnknownKind, "kind"};
}

} // namespace ge::collectors
