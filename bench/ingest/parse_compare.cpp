// parse_compare CORPUS.jsonl [N] [TRACKED_FILE]
// Figures for docs/adr/0005-jetstream-parsing.md: the same N lines (the real corpus multiplied, with
// time_us and rkey rewritten as the ingest peer does) parsed by
//   (a) JetstreamParser (simdjson On-Demand, strict),
//   (b) IngestPipeline = (a) + tracked-account filter + WriteBatch building,
//   (c) QJsonDocument::fromJson + extraction of the same fields (the Qt-only alternative),
//   (d) (c) starting from a QString (what QWebSocket::textMessageReceived hands over).
#include "collectors/IngestPipeline.h"
#include "collectors/JetstreamParser.h"
#include "collectors/TrackedAccounts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace ge;
using namespace ge::collectors;

namespace {

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
        std::printf("%-44s %10.0f ev/s  %7.1f MB/s  (%llu ok)\n", name, double(n) * 1e9 / double(ns),
                    double(bytes) * 1e3 / double(ns), static_cast<unsigned long long>(ok));
    };

    {
        JetstreamParser parser;
        quint64 ok = 0;
        QElapsedTimer t;
        t.start();
        for (const QByteArray &l : lines)
            ok += parser.parse(std::string_view(l.constData(), std::size_t(l.size()))).status == ParseStatus::Event;
        report("(a) simdjson JetstreamParser", t.nsecsElapsed(), ok);
    }
    {
        TrackedAccounts tracked;
        tracked.setDids(dids);
        IngestPipeline pipeline(tracked, QStringLiteral("bench"), EventSource::Jetstream);
        QElapsedTimer t;
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
    {
        QtFields f;
        quint64 ok = 0;
        QElapsedTimer t;
        t.start();
        for (const QByteArray &l : lines)
            ok += qtExtract(QJsonDocument::fromJson(l), f);
        report("(c) QJsonDocument::fromJson + fields", t.nsecsElapsed(), ok);
    }
    {
        QList<QString> strings;
        strings.reserve(n);
        for (const QByteArray &l : lines)
            strings.append(QString::fromUtf8(l));
        QtFields f;
        quint64 ok = 0;
        QElapsedTimer t;
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
