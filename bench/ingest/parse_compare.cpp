// parse_compare CORPUS.jsonl [N] [TRACKED_FILE]
// Figures for docs/adr/0005-jetstream-parsing.md: the same N lines (the real corpus multiplied, with
// time_us and rkey rewritten as the ingest peer does) parsed by
//   (a) JetstreamParser (simdjson On-Demand, strict),
//   (b) IngestPipeline = (a) + tracked-account filter + WriteBatch building,
//   (c) QJsonDocument::fromJson + extraction of the same fields (the Qt-only alternative),
//   (d) (c) starting from a QString (what QWebSocket::textMessageReceived hands over),
//   (0) the bare loop's extraction and filter (shared/bench/ingest-limit: raw keys, no checks, no
//       copy, unordered_set of tracked DIDs, no SQLite) — the same-run reference for (a) and (b).
// Env PARSE_COMPARE_ROWS=0,a,b selects rows (default: all), e.g. to profile one of them.
#include "collectors/IngestPipeline.h"
#include "collectors/JetstreamParser.h"
#include "collectors/TrackedAccounts.h"

#include <QCoreApplication>
#include <ctime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <simdjson.h>
#include <string>
#include <unordered_set>
#include <vector>

using namespace ge;
using namespace ge::collectors;

namespace {

// Thread CPU time: the figures here compare code paths, and this machine's cores are shared, so
// wall-clock time would mostly measure the neighbours.
class CpuTimer
{
public:
    void start() { m_start = now(); }
    void restart() { m_start = now(); }
    qint64 nsecsElapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    qint64 m_start = 0;
};

QList<QByteArray> buildCorpus(const QString &path, int n)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> templates;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (!l.trimmed().isEmpty())
            templates.append(l);
    QList<QByteArray> out;
    out.reserve(n);
    static const char b32[] = "234567abcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < n; ++i) {
        QByteArray ev = templates.at(i % templates.size());
        const int tp = ev.indexOf("\"time_us\":");
        const int te = ev.indexOf(',', tp);
        ev.replace(tp, te - tp, QByteArray("\"time_us\":" + QByteArray::number(1783175888000000LL + i)));
        const int rp = ev.indexOf("\"rkey\":\"");
        if (rp >= 0) {
            QByteArray rk = "3m";
            quint64 v = quint64(i);
            QByteArray tail(11, '2');
            for (int k = 10; k >= 0; --k) {
                tail[k] = b32[v & 31];
                v >>= 5;
            }
            rk += tail;
            const int re = ev.indexOf('"', rp + 8);
            ev.replace(rp + 8, re - rp - 8, rk);
        }
        out.append(ev);
    }
    return out;
}

struct QtFields
{
    QString did, kind, op, collection, rkey, subject;
    qint64 timeUs = 0;
};

bool qtExtract(const QJsonDocument &doc, QtFields &f)
{
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    f.did = o.value(QLatin1StringView("did")).toString();
    f.timeUs = o.value(QLatin1StringView("time_us")).toInteger();
    f.kind = o.value(QLatin1StringView("kind")).toString();
    if (f.kind == QLatin1StringView("commit")) {
        const QJsonObject c = o.value(QLatin1StringView("commit")).toObject();
        f.op = c.value(QLatin1StringView("operation")).toString();
        f.collection = c.value(QLatin1StringView("collection")).toString();
        f.rkey = c.value(QLatin1StringView("rkey")).toString();
        const QJsonValue s = c.value(QLatin1StringView("record")).toObject().value(QLatin1StringView("subject"));
        f.subject = s.isString() ? s.toString() : s.toObject().value(QLatin1StringView("uri")).toString();
    }
    return !f.did.isEmpty() && f.timeUs > 0;
}


// The bare loop's parse_event and filter (shared/bench/ingest-limit/ingest_limit.cpp), unchanged
// except for names: the reference a strict parser is compared with.
namespace bare {
using sv = std::string_view;
namespace od = simdjson::ondemand;
struct Event
{
    sv did, kind, collection, op, rkey, subject;
    int64_t timeUs = 0;
};
bool isFollow(sv c) { return c == "app.bsky.graph.follow"; }
bool isLikeOrRepost(sv c) { return c == "app.bsky.feed.like" || c == "app.bsky.feed.repost"; }
simdjson::error_code parseRecord(od::object rec, sv collection, Event &e)
{
    for (auto f : rec) {
        od::raw_json_string k;
        if (auto err = f.key().get(k))
            return err;
        if (!(k == "subject"))
            continue;
        od::value v;
        if (auto err = f.value().get(v))
            return err;
        if (isFollow(collection))
            return v.get_string().get(e.subject);
        od::object so;
        if (auto err = v.get_object().get(so))
            return err;
        return so["uri"].get_string().get(e.subject);
    }
    return simdjson::SUCCESS;
}
simdjson::error_code parseEvent(od::parser &p, const char *buf, size_t len, size_t cap, Event &e)
{
    e = Event{};
    od::document doc;
    if (auto err = p.iterate(buf, len, cap).get(doc))
        return err;
    od::object top;
    if (auto err = doc.get_object().get(top))
        return err;
    for (auto f : top) {
        od::raw_json_string k;
        if (auto err = f.key().get(k))
            return err;
        if (k == "did") {
            if (auto err = f.value().get_string().get(e.did))
                return err;
        } else if (k == "time_us") {
            if (auto err = f.value().get_int64().get(e.timeUs))
                return err;
        } else if (k == "kind") {
            if (auto err = f.value().get_string().get(e.kind))
                return err;
        } else if (k == "commit") {
            od::object c;
            if (auto err = f.value().get_object().get(c))
                return err;
            for (auto cf : c) {
                od::raw_json_string ck;
                if (auto err = cf.key().get(ck))
                    return err;
                if (ck == "operation") {
                    if (auto err = cf.value().get_string().get(e.op))
                        return err;
                } else if (ck == "collection") {
                    if (auto err = cf.value().get_string().get(e.collection))
                        return err;
                } else if (ck == "rkey") {
                    if (auto err = cf.value().get_string().get(e.rkey))
                        return err;
                } else if (ck == "record") {
                    if (isFollow(e.collection) || isLikeOrRepost(e.collection)) {
                        od::object rec;
                        if (auto err = cf.value().get_object().get(rec))
                            return err;
                        if (auto err = parseRecord(rec, e.collection, e))
                            return err;
                    }
                }
            }
        }
    }
    if (e.did.empty() || e.kind.empty() || e.timeUs == 0)
        return simdjson::INCORRECT_TYPE;
    return simdjson::SUCCESS;
}
sv subjectDid(const Event &e)
{
    sv s = e.subject;
    if (s.rfind("at://", 0) == 0) {
        s.remove_prefix(5);
        s = s.substr(0, s.find('/'));
    }
    return s.rfind("did:", 0) == 0 ? s : sv{};
}
} // namespace bare
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: parse_compare CORPUS.jsonl [N] [TRACKED_FILE]\n");
        return 2;
    }
    const int n = args.size() > 2 ? args.at(2).toInt() : 1000000;
    const QList<QByteArray> lines = buildCorpus(args.at(1), n);
    if (lines.isEmpty())
        return 2;
    QStringList dids;
    if (args.size() > 3) {
        QFile f(args.at(3));
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &l : f.readAll().split('\n'))
                if (l.startsWith("did:"))
                    dids.append(QString::fromUtf8(l.trimmed()));
    }
    qint64 bytes = 0;
    for (const QByteArray &l : lines)
        bytes += l.size();

    auto report = [&](const char *name, qint64 ns, quint64 ok) {
        std::printf("%-44s %10.0f ev/s (CPU)  %7.1f MB/s  (%llu ok)\n", name, double(n) * 1e9 / double(ns),
                    double(bytes) * 1e3 / double(ns), static_cast<unsigned long long>(ok));
    };

    const QByteArray only = qgetenv("PARSE_COMPARE_ROWS");
    auto wanted = [&](const char *row) { return only.isEmpty() || only.split(',').contains(QByteArray(row)); };
    if (wanted("0")) {
        // Contiguous, padded corpus as the bare loop keeps it (no per-line copy).
        std::string buf;
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        spans.reserve(std::size_t(n));
        for (const QByteArray &l : lines) {
            spans.emplace_back(buf.size(), std::size_t(l.size()));
            buf.append(l.constData(), std::size_t(l.size()));
            buf.push_back('\n');
        }
        buf.append(simdjson::SIMDJSON_PADDING, ' ');
        std::vector<std::string> store;
        for (const QString &d : dids)
            store.push_back(d.toStdString());
        std::unordered_set<std::string_view> tracked(store.begin(), store.end());
        simdjson::ondemand::parser p;
        bare::Event e;
        quint64 kept = 0;
        CpuTimer t;
        t.start();
        for (const auto &[off, len] : spans) {
            if (bare::parseEvent(p, buf.data() + off, len, buf.size() - off, e))
                continue;
            const std::string_view s = bare::subjectDid(e);
            kept += tracked.count(e.did) || (!s.empty() && tracked.count(s));
        }
        report("(0) bare loop: extraction + filter", t.nsecsElapsed(), kept);
    }
    if (wanted("a")) {
        JetstreamParser parser;
        quint64 ok = 0;
        CpuTimer t;
        t.start();
        for (const QByteArray &l : lines)
            ok += parser.parse(std::string_view(l.constData(), std::size_t(l.size()))).status == ParseStatus::Event;
        report("(a) simdjson JetstreamParser", t.nsecsElapsed(), ok);
    }
    if (wanted("b")) {
        TrackedAccounts tracked;
        tracked.setDids(dids);
        IngestPipeline pipeline(tracked, QStringLiteral("bench"), EventSource::Jetstream);
        CpuTimer t;
        t.start();
        qsizetype rows = 0;
        for (const QByteArray &l : lines) {
            pipeline.ingest(std::string_view(l.constData(), std::size_t(l.size())));
            if (pipeline.pendingEvents() >= 10000)
                rows += pipeline.takeBatch().size();
        }
        rows += pipeline.takeBatch().size();
        report("(b) simdjson parse + filter + batch", t.nsecsElapsed(), quint64(rows));
    }
    if (wanted("c")) {
        QtFields f;
        quint64 ok = 0;
        CpuTimer t;
        t.start();
        for (const QByteArray &l : lines)
            ok += qtExtract(QJsonDocument::fromJson(l), f);
        report("(c) QJsonDocument::fromJson + fields", t.nsecsElapsed(), ok);
    }
    if (wanted("d")) {
        QList<QString> strings;
        strings.reserve(n);
        for (const QByteArray &l : lines)
            strings.append(QString::fromUtf8(l));
        QtFields f;
        quint64 ok = 0;
        CpuTimer t;
        t.start();
        for (const QString &s : strings)
            ok += qtExtract(QJsonDocument::fromJson(s.toUtf8()), f);
        report("(d) QString→UTF-8 + QJsonDocument + fields", t.nsecsElapsed(), ok);
        JetstreamParser parser;
        ok = 0;
        t.restart();
        for (const QString &s : strings) {
            const QByteArray u = s.toUtf8();
            ok += parser.parse(std::string_view(u.constData(), std::size_t(u.size()))).status == ParseStatus::Event;
        }
        report("(e) QString→UTF-8 + simdjson JetstreamParser", t.nsecsElapsed(), ok);
    }
    return 0;
}
