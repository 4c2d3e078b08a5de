// Unit tests of the socket-free RFC 6455 frame decoder: every split of a byte stream decodes to
// the same messages, and every protocol violation fails with the right close code.
#include "net/WebSocketFrameDecoder.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <string>
#include <vector>

using ge::net::WebSocketFrameDecoder;
using ge::net::WsFrameHandler;
using ge::net::WsOpcode;

namespace {

std::string frame(bool fin, unsigned opcode, const std::string &payload, unsigned rsv = 0, bool masked = false)
{
    std::string f;
    f.push_back(char((fin ? 0x80 : 0) | rsv | opcode));
    const std::uint64_t len = payload.size();
    const char maskBit = masked ? char(0x80) : char(0);
    if (len <= 125) {
        f.push_back(char(maskBit | char(len)));
    } else if (len <= 0xFFFF) {
        f.push_back(char(maskBit | 126));
        f.push_back(char(len >> 8));
        f.push_back(char(len & 0xFF));
    } else {
        f.push_back(char(maskBit | 127));
        for (int i = 7; i >= 0; --i)
            f.push_back(char((len >> (8 * i)) & 0xFF));
    }
    if (masked) {
        const char key[4] = {1, 2, 3, 4};
        f.append(key, 4);
        for (std::size_t i = 0; i < payload.size(); ++i)
            f.push_back(char(payload[i] ^ key[i & 3]));
    } else {
        f += payload;
    }
    return f;
}

struct Recorder : WsFrameHandler
{
    std::vector<std::string> events; // "T:<payload>", "B:<payload>", "C<opcode>:<payload>"
    int stopAfter = -1;

    bool onMessage(std::string_view payload, bool binary) override
    {
        events.push_back((binary ? std::string("B:") : std::string("T:")) + std::string(payload));
        return stopAfter < 0 || int(events.size()) < stopAfter;
    }
    bool onControl(WsOpcode opcode, std::string_view payload) override
    {
        events.push_back("C" + std::to_string(int(opcode)) + ":" + std::string(payload));
        return stopAfter < 0 || int(events.size()) < stopAfter;
    }
};

// Feeds the stream in the given chunks the way the client does: unconsumed bytes stay in front of
// the next chunk.
std::vector<std::string> decodeInChunks(const std::string &stream, const std::vector<std::size_t> &chunkSizes,
                                        WebSocketFrameDecoder &decoder)
{
    Recorder rec;
    std::string buffer;
    std::size_t pos = 0;
    for (std::size_t size : chunkSizes) {
        buffer.append(stream, pos, size);
        pos += size;
        const std::size_t consumed = decoder.feed(buffer, rec);
        buffer.erase(0, consumed);
    }
    if (!buffer.empty())
        rec.events.push_back("LEFTOVER");
    return rec.events;
}

std::string sampleStream(bool withLarge)
{
    std::string s;
    s += frame(true, 0x1, "hello");
    s += frame(true, 0x2, std::string("\x00\x01\xff", 3));
    s += frame(true, 0x1, "");
    s += frame(true, 0x1, std::string(126, 'a'));   // 16-bit length
    s += frame(true, 0x2, std::string(300, 'b'));   // 16-bit length
    s += frame(false, 0x1, "frag-");                  // fragmented text with a ping in between
    s += frame(true, 0x9, "pp");
    s += frame(false, 0x0, "ment");
    s += frame(true, 0x0, "ed \xc3\xa9");
    s += frame(true, 0xA, "");
    if (withLarge)
        s += frame(true, 0x2, std::string(70000, 'z')); // 64-bit length
    s += frame(true, 0x8, std::string("\x03\xe8", 2) + "bye");
    return s;
}

} // namespace

class TstWebSocketFrameDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeStream()
    {
        WebSocketFrameDecoder d;
        const std::string s = sampleStream(true);
        const auto events = decodeInChunks(s, {s.size()}, d);
        QCOMPARE(events.size(), std::size_t(10));
        QCOMPARE(events[0], std::string("T:hello"));
        QCOMPARE(events[1], std::string("B:\x00\x01\xff", 5));
        QCOMPARE(events[2], std::string("T:"));
        QCOMPARE(events[3], "T:" + std::string(126, 'a'));
        QCOMPARE(events[4], "B:" + std::string(300, 'b'));
        QCOMPARE(events[5], std::string("C9:pp"));
        QCOMPARE(events[6], std::string("T:frag-mented \xc3\xa9"));
        QCOMPARE(events[7], std::string("C10:"));
        QCOMPARE(events[8], "B:" + std::string(70000, 'z'));
        QCOMPARE(events[9], std::string("C8:\x03\xe8" "bye", 8));
        QVERIFY(!d.failed());
    }

    void everySplitPosition()
    {
        const std::string s = sampleStream(false);
        WebSocketFrameDecoder ref;
        const auto expected = decodeInChunks(s, {s.size()}, ref);
        QCOMPARE(expected.size(), std::size_t(9));
        for (std::size_t i = 0; i <= s.size(); ++i) {
            WebSocketFrameDecoder d;
            const auto got = decodeInChunks(s, {i, s.size() - i}, d);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("split at %1").arg(i)));
        }
        // Byte by byte.
        WebSocketFrameDecoder d;
        QVERIFY(decodeInChunks(s, std::vector<std::size_t>(s.size(), 1), d) == expected);
    }

    void randomChunkSizes()
    {
        const std::string s = sampleStream(true);
        WebSocketFrameDecoder ref;
        const auto expected = decodeInChunks(s, {s.size()}, ref);
        QRandomGenerator rng(20261122);
        for (int round = 0; round < 200; ++round) {
            std::vector<std::size_t> chunks;
            std::size_t left = s.size();
            const std::size_t maxChunk = std::size_t(rng.bounded(1, round % 2 ? 64 : 20000));
            while (left > 0) {
                const std::size_t c = std::min<std::size_t>(left, std::size_t(rng.bounded(0, int(maxChunk) + 1)));
                chunks.push_back(c);
                left -= c;
            }
            WebSocketFrameDecoder d;
            QVERIFY2(decodeInChunks(s, chunks, d) == expected, qPrintable(QStringLiteral("round %1").arg(round)));
        }
    }

    void pendingFrameSizeReported()
    {
        WebSocketFrameDecoder d;
        Recorder rec;
        const std::string f = frame(true, 0x2, std::string(70000, 'x'));
        QCOMPARE(d.feed(std::string_view(f).substr(0, 1), rec), std::size_t(0));
        QCOMPARE(d.pendingFrameSize(), std::size_t(0));
        QCOMPARE(d.feed(std::string_view(f).substr(0, 100), rec), std::size_t(0));
        QCOMPARE(d.pendingFrameSize(), f.size());
        QCOMPARE(d.feed(f, rec), f.size());
        QCOMPARE(rec.events.size(), std::size_t(1));
    }

    void handlerStopsFeed()
    {
        WebSocketFrameDecoder d;
        Recorder rec;
        rec.stopAfter = 1;
        const std::string a = frame(true, 0x1, "one");
        const std::string s = a + frame(true, 0x1, "two");
        QCOMPARE(d.feed(s, rec), a.size());
        QCOMPARE(rec.events.size(), std::size_t(1));
    }

    void protocolViolations_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        auto b = [](const std::string &s) { return QByteArray(s.data(), qsizetype(s.size())); };
        QTest::newRow("reserved bit 1") << b(frame(true, 0x1, "x", 0x40)) << 1002;
        QTest::newRow("reserved bit 3") << b(frame(true, 0x2, "x", 0x10)) << 1002;
        QTest::newRow("unknown data opcode") << b(frame(true, 0x3, "x")) << 1002;
        QTest::newRow("unknown control opcode") << b(frame(true, 0xB, "")) << 1002;
        QTest::newRow("masked server frame") << b(frame(true, 0x1, "abc", 0, true)) << 1002;
        QTest::newRow("control frame over 125 bytes") << b(frame(true, 0x9, std::string(126, 'p'))) << 1002;
        QTest::newRow("fragmented control frame") << b(frame(false, 0x9, "p")) << 1002;
        QTest::newRow("continuation without start") << b(frame(true, 0x0, "x")) << 1002;
        QTest::newRow("new message inside a fragmented one") << b(frame(false, 0x1, "a") + frame(true, 0x1, "b")) << 1002;
        QTest::newRow("64-bit length with MSB") << QByteArray("\x82\x7f\x80\x00\x00\x00\x00\x00\x00\x01", 10) << 1002;
        QTest::newRow("message over the limit") << b(frame(true, 0x2, std::string(101, 'x'))) << 1009;
        QTest::newRow("over the limit, header only") << b(frame(true, 0x2, std::string(70000, 'x')).substr(0, 10)) << 1009;
        QTest::newRow("fragments over the limit") << b(frame(false, 0x2, std::string(60, 'x')) + frame(true, 0x0, std::string(41, 'x')))
                                                  << 1009;
        QTest::newRow("invalid UTF-8 text") << b(frame(true, 0x1, "ok \xc3\x28")) << 1007;
        QTest::newRow("invalid UTF-8 across fragments") << b(frame(false, 0x1, "\xe2\x82") + frame(true, 0x0, "(")) << 1007;
    }

    void protocolViolations()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        WebSocketFrameDecoder d;
        d.setMaxMessageSize(100);
        Recorder rec;
        d.feed(std::string_view(bytes.constData(), std::size_t(bytes.size())), rec);
        QVERIFY(d.failed());
        QCOMPARE(int(d.failure().closeCode), code);
        QVERIFY(rec.events.empty());
        // Failed stays failed.
        const std::string ok = frame(true, 0x1, "fine");
        QCOMPARE(d.feed(ok, rec), std::size_t(0));
        d.reset();
        QCOMPARE(d.feed(ok, rec), ok.size());
    }

    void utf8ValidationOff()
    {
        WebSocketFrameDecoder d;
        d.setValidateUtf8(false);
        Recorder rec;
        const std::string s = frame(true, 0x1, "ok \xc3\x28") + frame(false, 0x1, "\xe2\x82") + frame(true, 0x0, "(");
        QCOMPARE(d.feed(s, rec), s.size());
        QVERIFY(!d.failed());
        QCOMPARE(rec.events.size(), std::size_t(2));
        QCOMPARE(rec.events[0], std::string("T:ok \xc3\x28"));
        QCOMPARE(rec.events[1], std::string("T:\xe2\x82("));
    }

    // Inputs kept by scripts/run-fuzz.sh (fuzz_websocket_frames): byte 0 options, byte 1 chunk seed.
    // Each must decode identically whole and in chunks, within its limits.
    void fuzzRegressions()
    {
        const QDir dir(qEnvironmentVariable("GE_TEST_DATA_DIR") + QStringLiteral("/net/fuzz-regressions"));
        QVERIFY2(dir.exists(), qPrintable(dir.path()));
        const QStringList files = dir.entryList(QDir::Files);
        int replayed = 0;
        for (const QString &name : files) {
            if (name.endsWith(QStringLiteral(".md")))
                continue;
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray input = f.readAll();
            if (input.size() < 2)
                continue;
            const std::string stream = input.toStdString().substr(2);
            const std::uint64_t limit = (input[0] & 2) ? 64 : 1 << 20;
            auto run = [&](const std::vector<std::size_t> &chunks, quint16 &failure) {
                WebSocketFrameDecoder d;
                d.setValidateUtf8((input[0] & 1) != 0);
                d.setMaxMessageSize(limit);
                auto events = decodeInChunks(stream, chunks, d);
                failure = d.failure().closeCode;
                for (const std::string &e : events)
                    if (e != "LEFTOVER" && e.size() > limit + 4)
                        failure = 0xFFFF; // delivered above the limit
                return events;
            };
            quint16 wholeFailure = 0, chunkFailure = 0;
            auto whole = run({stream.size()}, wholeFailure);
            auto chunked = run(std::vector<std::size_t>(stream.size(), 1), chunkFailure);
            if (wholeFailure != 0) { // after a failure the leftover differs by design
                std::erase(whole, std::string("LEFTOVER"));
                std::erase(chunked, std::string("LEFTOVER"));
            }
            QVERIFY2(wholeFailure != 0xFFFF, qPrintable(name));
            QVERIFY2(whole == chunked && wholeFailure == chunkFailure, qPrintable(name));
            ++replayed;
        }
        QVERIFY2(replayed >= 4, "the seed inputs are missing");
    }

    void clientFramesAreMasked_data()
    {
        QTest::addColumn<int>("length");
        for (int len : {0, 1, 125, 126, 65535, 65536, 70000})
            QTest::newRow(qPrintable(QString::number(len))) << len;
    }

    void clientFramesAreMasked()
    {
        QFETCH(int, length);
        QByteArray payload(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            payload[i] = char(i * 7);
        QByteArray out("prefix");
        WebSocketFrameDecoder::appendClientFrame(out, WsOpcode::Binary, payload, 0xA1B2C3D4u);
        QVERIFY(out.startsWith("prefix"));
        const auto *p = reinterpret_cast<const unsigned char *>(out.constData() + 6);
        QCOMPARE(int(p[0]), 0x82);
        QVERIFY(p[1] & 0x80);
        std::uint64_t len = p[1] & 0x7F;
        int header = 2;
        if (len == 126) {
            len = (std::uint64_t(p[2]) << 8) | p[3];
            header = 4;
        } else if (len == 127) {
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = (len << 8) | p[2 + i];
            header = 10;
        }
        QCOMPARE(len, std::uint64_t(length));
        QCOMPARE(length <= 125 ? 2 : length <= 65535 ? 4 : 10, header);
        const unsigned char mask[4] = {p[header], p[header + 1], p[header + 2], p[header + 3]};
        QCOMPARE(int(mask[0]), 0xA1);
        QCOMPARE(int(mask[3]), 0xD4);
        QCOMPARE(out.size(), 6 + header + 4 + length);
        QByteArray unmasked(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            unmasked[i] = char(p[header + 4 + i] ^ mask[i & 3]);
        QCOMPARE(unmasked, payload);
    }
};

QTEST_GUILESS_MAIN(TstWebSocketFrameDecoder)
#include "tst_websocketframedecoder.moc"
