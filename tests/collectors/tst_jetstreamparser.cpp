// Parser, filter and pipeline over every real event in the fixture directory, plus malformed variants.
#include "collectors/EventFilter.h"
#include "collectors/IngestPipeline.h"
#include "collectors/JetstreamParser.h"
#include "collectors/TrackedAccounts.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <random>
#include <set>

using namespace ge;
using namespace ge::collectors;

namespace {

QString fixturesDir()
{
    const QByteArray env = qgetenv("JETSTREAM_FIXTURES_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return ge::test::testDataDir() + QStringLiteral("/jetstream");
}

QList<QByteArray> readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(line);
    return out;
}

std::string_view sv(const QByteArray &b)
{
    return std::string_view(b.constData(), std::size_t(b.size()));
}

const QByteArray kLike = R"({"did":"did:plc:actor1","time_us":1725911162329308,"kind":"commit","commit":{"rev":"r","operation":"create","collection":"app.bsky.feed.like","rkey":"3l3qo2vuowo2b","record":{"$type":"app.bsky.feed.like","createdAt":"2024-09-09T19:46:02.102Z","subject":{"cid":"bafy","uri":"at://did:plc:tracked1/app.bsky.feed.post/3l3pte3p2e325"}},"cid":"bafyc"}})";

} // namespace

class TestJetstreamParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFixtureEventParses();
    void corpusCountsByKind();
    void extractsFields();
    void malformed_data();
    void malformed();
    void fieldOrderDoesNotMatter();
    void deepNestingInSkippedFieldsIsHarmless();
    void quoteEmbeds();
    void filterRules();
    void filterSeesTrackedChangesAtRuntime();
    void pipelineCountsAndCursor();
    void fuzzRegressions();
    void didSetMatchesAReferenceSet();
    void inPlaceParseMatchesTheCopy();
};

void TestJetstreamParser::everyFixtureEventParses()
{
    const QDir dir(fixturesDir());
    const QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.absolutePath()));
    JetstreamParser parser;
    int events = 0, control = 0;
    for (const QString &name : files) {
        const auto lines = readLines(dir.filePath(name));
        QVERIFY2(!lines.isEmpty(), qPrintable(name));
        for (const QByteArray &line : lines) {
            const ParseResult r = parser.parse(sv(line));
            QVERIFY2(r.status != ParseStatus::Malformed,
                     qPrintable(name + QStringLiteral(": ") + QLatin1StringView(toString(r.reason)) + u' '
                                + QLatin1StringView(r.detail) + u' ' + QString::fromUtf8(line.left(120))));
            if (r.status == ParseStatus::Event) {
                ++events;
                QVERIFY(parser.event().did.substr(0, 4) == "did:");
                QVERIFY(parser.event().timeUs > 1'600'000'000'000'000);
            } else {
                ++control;
            }
        }
    }
    QVERIFY(events >= 160);
    QCOMPARE(control, 1); // the legacy heartbeat response
}

void TestJetstreamParser::corpusCountsByKind()
{
    const QString path = fixturesDir() + QStringLiteral("/bluesky-jetstream_corpus_expected_v1.jsonl");
    if (!QFile::exists(path))
        QSKIP("corpus not in this fixture directory");
    TrackedAccounts tracked;
    IngestPipeline p(tracked, QStringLiteral("t"), EventSource::Replay);
    for (const QByteArray &line : readLines(path))
        p.ingest(sv(line));
    const IngestCounters &c = p.counters();
    QCOMPARE(c.malformedTotal(), 0u);
    QCOMPARE(c.events(), 152u);
    QCOMPARE(c.commits[int(Collection::Like)][int(CommitOp::Create)], 105u);
    QCOMPARE(c.commits[int(Collection::Post)][int(CommitOp::Create)], 17u);
    QCOMPARE(c.commits[int(Collection::Repost)][int(CommitOp::Create)], 15u);
    QCOMPARE(c.commits[int(Collection::Follow)][int(CommitOp::Create)], 6u);
    QCOMPARE(c.commits[int(Collection::Follow)][int(CommitOp::Delete)], 3u);
    QCOMPARE(c.commits[int(Collection::Post)][int(CommitOp::Delete)], 1u);
    QCOMPARE(c.identity, 1u);
    QCOMPARE(c.account, 1u);
    QCOMPARE(c.matched, 0u); // nothing tracked
}

void TestJetstreamParser::extractsFields()
{
    JetstreamParser parser;
    QVERIFY((parser.parse(sv(kLike)).status) == ParseStatus::Event);
    const RawEvent &e = parser.event();
    QVERIFY(e.kind == EventKind::Commit);
    QVERIFY(e.collection == Collection::Like);
    QVERIFY(e.op == CommitOp::Create);
    QVERIFY(e.did == "did:plc:actor1");
    QCOMPARE(e.timeUs, 1725911162329308LL);
    QVERIFY(e.rkey == "3l3qo2vuowo2b");
    QVERIFY(e.subjectUri == "at://did:plc:tracked1/app.bsky.feed.post/3l3pte3p2e325");

    const QByteArray reply = R"({"did":"did:plc:a","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"text":"hi \"there\"","createdAt":"2025-04-01T16:58:06.154Z","reply":{"root":{"uri":"at://did:plc:r/app.bsky.feed.post/1","cid":"c"},"parent":{"uri":"at://did:plc:p/app.bsky.feed.post/2","cid":"c"}}},"cid":"x"}})";
    QVERIFY((parser.parse(sv(reply)).status) == ParseStatus::Event);
    QVERIFY(parser.event().replyParentUri == "at://did:plc:p/app.bsky.feed.post/2");
    QVERIFY(parser.event().text == "hi \"there\"");
    QCOMPARE(parseIsoTimeUs(parser.event().createdAt), 1743526686154000LL);

    const QByteArray identity = R"({"did":"did:plc:u","time_us":7,"kind":"identity","identity":{"did":"did:plc:u","handle":"a.bsky.social","seq":1,"time":"x"}})";
    QVERIFY((parser.parse(sv(identity)).status) == ParseStatus::Event);
    QVERIFY(parser.event().kind == EventKind::Identity);
    QVERIFY(parser.event().handle == "a.bsky.social");

    const QByteArray account = R"({"did":"did:plc:u","time_us":7,"kind":"account","account":{"active":false,"did":"did:plc:u","seq":1,"status":"takendown","time":"x"}})";
    QVERIFY((parser.parse(sv(account)).status) == ParseStatus::Event);
    QVERIFY(!parser.event().active);
    QVERIFY(parser.event().status == "takendown");
}

void TestJetstreamParser::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("reason");
    const int bad = int(MalformedReason::BadJson), missing = int(MalformedReason::MissingField),
              type = int(MalformedReason::WrongType), large = int(MalformedReason::TooLarge),
              kind = int(MalformedReason::UnknownKind), value = int(MalformedReason::BadValue);
    QTest::newRow("empty") << QByteArray() << bad;
    QTest::newRow("not json") << QByteArray("hello") << bad;
    QTest::newRow("truncated") << kLike.left(kLike.size() / 2) << bad;
    QTest::newRow("array") << QByteArray("[1,2]") << type;
    QTest::newRow("invalid utf8") << QByteArray("{\"did\":\"did:plc:\xff\xfe\",\"time_us\":1,\"kind\":\"identity\",\"identity\":{}}") << bad;
    QTest::newRow("no kind") << QByteArray(R"({"did":"did:plc:abcd","time_us":1})") << missing;
    QTest::newRow("no did") << QByteArray(R"({"time_us":1,"kind":"identity","identity":{}})") << missing;
    QTest::newRow("no time") << QByteArray(R"({"did":"did:plc:abcd","kind":"identity","identity":{}})") << missing;
    QTest::newRow("time string") << QByteArray(R"({"did":"did:plc:abcd","time_us":"1","kind":"identity","identity":{}})") << type;
    QTest::newRow("time float") << QByteArray(R"({"did":"did:plc:abcd","time_us":1.5,"kind":"identity","identity":{}})") << type;
    QTest::newRow("time negative") << QByteArray(R"({"did":"did:plc:abcd","time_us":-4,"kind":"identity","identity":{}})") << value;
    QTest::newRow("did number") << QByteArray(R"({"did":5,"time_us":1,"kind":"identity","identity":{}})") << type;
    QTest::newRow("did not a did") << QByteArray(R"({"did":"bob","time_us":1,"kind":"identity","identity":{}})") << value;
    QTest::newRow("unknown kind") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"sync"})") << kind;
    QTest::newRow("commit missing") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit"})") << missing;
    QTest::newRow("commit not object") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":[]})") << type;
    QTest::newRow("bad operation") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"upsert","collection":"app.bsky.feed.like","rkey":"k"}})") << value;
    QTest::newRow("no rkey") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"delete","collection":"app.bsky.feed.like"}})") << missing;
    QTest::newRow("create without record") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.like","rkey":"k"}})") << missing;
    QTest::newRow("follow subject object") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.follow","rkey":"k","record":{"subject":{"uri":"at://x"}}}})") << type;
    QTest::newRow("follow subject not did") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.follow","rkey":"k","record":{"subject":"alice"}}})") << value;
    QTest::newRow("follow no subject") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.follow","rkey":"k","record":{}}})") << missing;
    QTest::newRow("like subject string") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.like","rkey":"k","record":{"subject":"at://x"}}})") << type;
    QTest::newRow("like uri not at") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.like","rkey":"k","record":{"subject":{"uri":"https://x"}}}})") << value;
    QTest::newRow("reply without parent") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"reply":{"root":{"uri":"at://a"}}}}})") << missing;
    QTest::newRow("text number") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"text":5}}})") << type;
    QTest::newRow("account no active") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"account","account":{"did":"did:plc:abcd"}})") << missing;
    QTest::newRow("account active string") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"account","account":{"active":"yes"}})") << type;
    // Keys are compared as they are on the wire (Jetstream never escapes them): an escaped key is
    // not the field it spells, so the event is missing that field rather than silently accepted.
    QTest::newRow("escaped key") << QByteArray(R"({"d\u0069d":"did:plc:abcd","time_us":1,"kind":"identity","identity":{}})") << missing;
    QTest::newRow("key prefix is not the key") << QByteArray(R"({"didx":"did:plc:abcd","time_us":1,"kind":"identity","identity":{}})") << missing;
    QTest::newRow("identity missing") << QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"identity"})") << missing;
    QByteArray hugeDid = R"({"did":"did:plc:)" + QByteArray(5000, 'a') + R"(","time_us":1,"kind":"identity","identity":{}})";
    QTest::newRow("huge did") << hugeDid << large;
    QByteArray hugeText = R"({"did":"did:plc:abcd","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"text":")" + QByteArray(70000, 'x') + R"("}}})";
    QTest::newRow("huge text") << hugeText << large;
    QTest::newRow("huge message") << (QByteArray("{\"kind\":\"") + QByteArray(2 << 20, 'x') + "\"}") << large;
    QTest::newRow("unbalanced nesting") << (QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"identity","identity":{"x":)") + QByteArray(5000, '[') + "}}") << bad;
}

void TestJetstreamParser::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(int, reason);
    JetstreamParser parser;
    const ParseResult r = parser.parse(sv(json));
    QVERIFY((r.status) == ParseStatus::Malformed);
    QCOMPARE(int(r.reason), reason);
    // The parser keeps working after any malformed input.
    QVERIFY((parser.parse(sv(kLike)).status) == ParseStatus::Event);
}

void TestJetstreamParser::fieldOrderDoesNotMatter()
{
    const QByteArray reordered = R"({"commit":{"record":{"subject":"did:plc:tracked1","createdAt":"2024-01-01T00:00:00Z"},"rkey":"k1","collection":"app.bsky.graph.follow","operation":"create"},"kind":"commit","time_us":99,"did":"did:plc:follower"})";
    JetstreamParser parser;
    QVERIFY((parser.parse(sv(reordered)).status) == ParseStatus::Event);
    QVERIFY(parser.event().collection == Collection::Follow);
    QVERIFY(parser.event().followSubject == "did:plc:tracked1");
    QVERIFY(parser.event().did == "did:plc:follower");
}

void TestJetstreamParser::deepNestingInSkippedFieldsIsHarmless()
{
    // Unknown fields are skipped without recursion, so a deeply nested value cannot exhaust the stack.
    const QByteArray deep = QByteArray(R"({"did":"did:plc:abcd","time_us":1,"kind":"identity","identity":{"x":)")
                            + QByteArray(100000, '[') + QByteArray(100000, ']') + "}}";
    JetstreamParser parser;
    const ParseResult r = parser.parse(sv(deep));
    QVERIFY(r.status == ParseStatus::Event || r.status == ParseStatus::Malformed);
    QVERIFY(parser.parse(sv(kLike)).status == ParseStatus::Event);
}

void TestJetstreamParser::quoteEmbeds()
{
    JetstreamParser parser;
    const QByteArray quote = R"({"did":"did:plc:q","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"text":"look","embed":{"$type":"app.bsky.embed.record","record":{"uri":"at://did:plc:tracked1/app.bsky.feed.post/1","cid":"c"}}}}})";
    QVERIFY((parser.parse(sv(quote)).status) == ParseStatus::Event);
    QVERIFY(parser.event().quoteUri == "at://did:plc:tracked1/app.bsky.feed.post/1");
    const QByteArray withMedia = R"({"did":"did:plc:q","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"embed":{"record":{"record":{"uri":"at://did:plc:tracked1/app.bsky.feed.post/2","cid":"c"}},"media":{"$type":"app.bsky.embed.images","images":[]},"$type":"app.bsky.embed.recordWithMedia"}}}})";
    QVERIFY((parser.parse(sv(withMedia)).status) == ParseStatus::Event);
    QVERIFY(parser.event().quoteUri == "at://did:plc:tracked1/app.bsky.feed.post/2");
    const QByteArray images = R"({"did":"did:plc:q","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"embed":{"$type":"app.bsky.embed.images","images":[{"alt":"x"}]}}}})";
    QVERIFY((parser.parse(sv(images)).status) == ParseStatus::Event);
    QVERIFY(parser.event().quoteUri.empty());
}

void TestJetstreamParser::filterRules()
{
    TrackedAccounts tracked;
    tracked.setDids({QStringLiteral("did:plc:tracked1")});
    IngestPipeline p(tracked, QStringLiteral("s"), EventSource::Jetstream);
    using O = IngestPipeline::Outcome;
    const QList<QPair<const char *, O>> cases = {
    // follow of the tracked account → new follower
        {R"({"did":"did:plc:fan","time_us":10,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.follow","rkey":"f1","record":{"subject":"did:plc:tracked1"}}})", O::Matched},
    // follow by the tracked account → following
        {R"({"did":"did:plc:tracked1","time_us":11,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.follow","rkey":"f2","record":{"subject":"did:plc:other"}}})", O::Matched},
    // unrelated follow
        {R"({"did":"did:plc:x","time_us":12,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.follow","rkey":"f3","record":{"subject":"did:plc:y"}}})", O::Ignored},
    // delete by a known follower (learned above) → kept for attribution; by a stranger → ignored
        {R"({"did":"did:plc:fan","time_us":13,"kind":"commit","commit":{"operation":"delete","collection":"app.bsky.graph.follow","rkey":"f1"}})", O::Matched},
        {R"({"did":"did:plc:x","time_us":14,"kind":"commit","commit":{"operation":"delete","collection":"app.bsky.graph.follow","rkey":"f3"}})", O::Ignored},
    // like of a tracked post; like of someone else's
        {nullptr, O::Matched}, // kLike: like of a tracked post
        {R"({"did":"did:plc:a","time_us":15,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.repost","rkey":"r1","record":{"subject":{"uri":"at://did:plc:nobody/app.bsky.feed.post/1"}}}})", O::Ignored},
    // reply to a tracked post, quote of a tracked post, post by the tracked account
        {R"({"did":"did:plc:b","time_us":16,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"p1","record":{"reply":{"parent":{"uri":"at://did:plc:tracked1/app.bsky.feed.post/9"}}}}})", O::Matched},
        {R"({"did":"did:plc:c","time_us":17,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"p2","record":{"embed":{"$type":"app.bsky.embed.record","record":{"uri":"at://did:plc:tracked1/app.bsky.feed.post/9"}}}}})", O::Matched},
        {R"({"did":"did:plc:tracked1","time_us":18,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"p3","cid":"cc","record":{"text":"hello","createdAt":"2025-01-01T00:00:00Z"}}})", O::Matched},
    // identity of a known follower; of a stranger
        {R"({"did":"did:plc:fan","time_us":19,"kind":"identity","identity":{"handle":"fan.example"}})", O::Matched},
        {R"({"did":"did:plc:zz","time_us":20,"kind":"identity","identity":{"handle":"zz.example"}})", O::Ignored},
    // other collections are counted, never stored
        {R"({"did":"did:plc:tracked1","time_us":21,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.block","rkey":"b","record":{"subject":"did:plc:q"}}})", O::Ignored},
    };
    for (const auto &c : cases) {
        const O got = c.first ? p.ingest(std::string_view(c.first)) : p.ingest(sv(kLike));
        QVERIFY(got == c.second);
    }

    const WriteBatch b = p.takeBatch();
    QCOMPARE(b.followsCreated.size(), 2);
    QCOMPARE(b.followsCreated.at(0).followerDid, QStringLiteral("did:plc:fan"));
    QCOMPARE(b.followsCreated.at(0).subjectDid, QStringLiteral("did:plc:tracked1"));
    QCOMPARE(b.followsCreated.at(0).rkey, QStringLiteral("f1"));
    QCOMPARE(b.followsCreated.at(0).timeUs, 10);
    QCOMPARE(b.followsDeleted.size(), 1);
    QCOMPARE(b.followsDeleted.at(0).rkey, QStringLiteral("f1"));
    QVERIFY(b.followsDeleted.at(0).subjectDid.isEmpty());
    QCOMPARE(b.engagements.size(), 3);
    QVERIFY((b.engagements.at(0).kind) == EngagementKind::Like);
    QCOMPARE(b.engagements.at(0).subjectDid, QStringLiteral("did:plc:tracked1"));
    QVERIFY((b.engagements.at(1).kind) == EngagementKind::Reply);
    QVERIFY((b.engagements.at(2).kind) == EngagementKind::Quote);
    QCOMPARE(b.posts.size(), 1);
    QCOMPARE(b.posts.at(0).text, QStringLiteral("hello"));
    QCOMPARE(b.posts.at(0).createdAtUs, 1735689600000000LL);
    QCOMPARE(b.identities.size(), 1);
    QVERIFY(b.cursor.has_value());
    QCOMPARE(b.cursor->cursorUs, 1725911162329308LL); // newest time_us seen (the like)
    QCOMPARE(b.cursor->endpoint, QStringLiteral("s"));
}

void TestJetstreamParser::filterSeesTrackedChangesAtRuntime()
{
    TrackedAccounts tracked;
    IngestPipeline p(tracked, QStringLiteral("s"), EventSource::Jetstream);
    QVERIFY((p.ingest(sv(kLike))) == IngestPipeline::Outcome::Ignored);
    tracked.add(QStringLiteral("did:plc:tracked1"));
    QVERIFY((p.ingest(sv(kLike))) == IngestPipeline::Outcome::Matched);
    tracked.remove(QStringLiteral("did:plc:tracked1"));
    QVERIFY((p.ingest(sv(kLike))) == IngestPipeline::Outcome::Ignored);
}

void TestJetstreamParser::pipelineCountsAndCursor()
{
    TrackedAccounts tracked;
    IngestPipeline p(tracked, QStringLiteral("s"), EventSource::Jetstream);
    QVERIFY((p.ingest("garbage")) == IngestPipeline::Outcome::Malformed);
    const char *heartbeat = "{\"kind\":\"heartbeat\",\"payload\":\"\"}";
    QVERIFY((p.ingest(heartbeat)) == IngestPipeline::Outcome::Control);
    QVERIFY((p.ingest(sv(kLike))) == IngestPipeline::Outcome::Ignored);
    QCOMPARE(p.counters().malformed[int(MalformedReason::BadJson)], 1u);
    QCOMPARE(p.counters().control, 1u);
    QCOMPARE(p.counters().ignored, 1u);
    QCOMPARE(p.pendingEvents(), 1);
    const WriteBatch b = p.takeBatch();
    QCOMPARE(b.size(), 0);
    QVERIFY(b.cursor); // the cursor moves even when nothing matched
    QCOMPARE(p.pendingEvents(), 0);
    QVERIFY(p.counters().summary().contains(QStringLiteral("malformed.bad_json=1")));
}

void TestJetstreamParser::fuzzRegressions()
{
    // Inputs the libFuzzer target once found (tests/fuzz); each must be handled without a crash.
    const QDir dir(QString::fromLocal8Bit(qgetenv("GE_FUZZ_REGRESSIONS_DIR")));
    TrackedAccounts tracked;
    tracked.setDids({QStringLiteral("did:plc:tracked1")});
    IngestPipeline p(tracked, QStringLiteral("s"), EventSource::Jetstream);
    int n = 0;
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        p.ingest(sv(data));
        ++n;
    }
    QCOMPARE(p.counters().lines(), quint64(n));
    QVERIFY2(n >= 1, "the regression directory holds the seed inputs");
}

void TestJetstreamParser::didSetMatchesAReferenceSet()
{
    // The filter's flat hash set (linear probing, backward-shift erase, swap-with-last keys) against
    // std::set under a random mix of inserts, removes and probes that makes long probe runs, grows
    // the table several times and erases in the middle of runs.
    DidSet set;
    std::set<std::string> ref;
    std::mt19937_64 rng(20261122);
    for (int i = 0; i < 60000; ++i) {
        const std::string did = "did:plc:" + std::to_string(rng() % 3000);
        switch (rng() % 3) {
        case 0: QCOMPARE(set.insert(did), ref.insert(did).second); break;
        case 1: QCOMPARE(set.remove(did), ref.erase(did) > 0); break;
        default: QCOMPARE(set.contains(did), ref.count(did) > 0); break;
        }
        QCOMPARE(set.size(), ref.size());
    }
    QVERIFY(!set.empty());
    QVERIFY(std::set<std::string>(set.begin(), set.end()) == ref);
    // Prefixes, empty strings and a non-DID never match a stored DID by accident.
    QVERIFY(set.insert(std::string_view("did:plc:abcdefgh")));
    QVERIFY(!set.contains("did:plc:abcdefg"));
    QVERIFY(!set.contains("did:plc:abcdefghi"));
    QVERIFY(!set.contains(""));
    QVERIFY(set.insert(std::string_view("")));
    QVERIFY(set.contains(""));
    QVERIFY(set.remove(""));
    QVERIFY(!set.contains(""));
    set.clear();
    QVERIFY(set.empty());
    QVERIFY(!set.contains("did:plc:abcdefgh"));
}

QTEST_GUILESS_MAIN(TestJetstreamParser)
#include "tst_jetstreamparser.moc"

// A message inside a bigger buffer (as a WebSocket receive buffer holds it) is parsed where it is,
// and whatever follows it — the next frame, quotes, braces — never changes the result.
void TestJetstreamParser::inPlaceParseMatchesTheCopy()
{
    const QDir dir(fixturesDir());
    const QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    JetstreamParser copied, inPlace;
    const QByteArray tail = QByteArray(R"(","x":1}]}"\)") + QByteArray(int(JetstreamParser::kPaddingBytes), '}');
    int compared = 0;
    auto same = [&](const QByteArray &message) {
        const QByteArray buffer = message + tail;
        const ParseResult a = copied.parse(sv(message));
        const ParseResult b = inPlace.parse(std::string_view(buffer.constData(), std::size_t(message.size())),
                                            std::size_t(buffer.size()));
        if (a.status != b.status || a.reason != b.reason)
            return false;
        const RawEvent &x = copied.event();
        const RawEvent &y = inPlace.event();
        return x.did == y.did && x.timeUs == y.timeUs && x.rkey == y.rkey && x.subjectUri == y.subjectUri
            && x.followSubject == y.followSubject && x.text == y.text && x.collectionName == y.collectionName;
    };
    for (const QString &name : files) {
        for (const QByteArray &line : readLines(dir.filePath(name))) {
            QVERIFY2(same(line), line.left(120).constData());
            // Every truncation of the message stays malformed although valid JSON follows it.
            if (compared++ % 40 == 0) {
                for (qsizetype cut = 1; cut < line.size(); cut += 7)
                    QVERIFY2(same(line.left(cut)), line.left(cut).constData());
            }
        }
    }
    QVERIFY(compared >= 160);
    // Too little room after the message: the parser falls back to its own padded copy.
    const QByteArray exact = kLike;
    QVERIFY(inPlace.parse(sv(exact), std::size_t(exact.size())).status == ParseStatus::Event);
}
