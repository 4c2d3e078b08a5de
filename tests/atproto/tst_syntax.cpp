// Runs every AT Protocol syntax interop vector file of a directory (ATPROTO_SYNTAX_DIR, default the
// copy in tests/data/atproto/syntax) against the validators. Lines starting with '#' and empty lines
// are skipped; lines are never trimmed. A wrong verdict or a file the test cannot run fails.
#include "atproto/Syntax.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
namespace syn = ge::atproto::syntax;

namespace {

struct Kind
{
    std::function<bool(QStringView)> syntax;
    std::function<bool(QStringView)> parse; // full validity; null when the format has no parse level
};

const QHash<QString, Kind> &kinds()
{
    static const QHash<QString, Kind> k = {
        {u"handle"_s, {syn::isValidHandle, {}}},
        {u"did"_s, {syn::isValidDid, {}}},
        {u"atidentifier"_s, {syn::isValidAtIdentifier, {}}},
        {u"nsid"_s, {syn::isValidNsid, {}}},
        {u"recordkey"_s, {syn::isValidRecordKey, {}}},
        {u"tid"_s, {syn::isValidTid, {}}},
        {u"aturi"_s, {syn::isValidAtUri, {}}},
        {u"datetime"_s, {syn::isValidDatetimeSyntax, syn::isValidDatetime}},
        {u"cid"_s, {syn::isValidCid, {}}},
        {u"language"_s, {syn::isValidLanguageSyntax, syn::isValidLanguage}},
        {u"uri"_s, {syn::isValidUri, {}}},
    };
    return k;
}

QString vectorDir()
{
    const QByteArray env = qgetenv("ATPROTO_SYNTAX_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return ge::test::testDataDir() + u"/atproto/syntax"_s;
}

QString show(const QString &v)
{
    QString s = v.left(80);
    s.replace(u' ', u'␠');
    return u"'"_s + s + (v.size() > 80 ? u"…' (%1 chars)"_s.arg(v.size()) : u"'"_s);
}

} // namespace

class TstSyntax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectorFiles_data();
    void vectorFiles();
    void atUriParts();
    void datetimeValue();
};

void TstSyntax::vectorFiles_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(vectorDir());
    QVERIFY2(dir.exists(), qPrintable(u"vector dir missing: "_s + dir.path()));
    const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no vector files");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TstSyntax::vectorFiles()
{
    QFETCH(QString, path);
    const QString name = QFileInfo(path).fileName();
    static const QRegularExpression re(u"^([a-z]+)_(syntax_valid|syntax_invalid|parse_invalid)\\.txt$"_s);
    const auto m = re.match(name);
    QVERIFY2(m.hasMatch(), qPrintable(u"do not know how to run vector file "_s + name));
    const QString kindName = m.captured(1);
    const QString mode = m.captured(2);
    QVERIFY2(kinds().contains(kindName), qPrintable(u"no validator for vector kind "_s + kindName));
    const Kind kind = kinds().value(kindName);
    if (mode == u"parse_invalid")
        QVERIFY2(bool(kind.parse), qPrintable(u"no parse-level validator for "_s + kindName));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QStringList failures;
    int run = 0;
    for (const QByteArray &raw : bytes.split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QString v = QString::fromUtf8(raw);
        ++run;
        if (mode == u"syntax_valid") {
            if (!kind.syntax(v))
                failures << u"should be valid: "_s + show(v);
            else if (kind.parse && !kind.parse(v))
                failures << u"syntax-valid vector failed full parse: "_s + show(v);
        } else if (mode == u"syntax_invalid") {
            if (kind.syntax(v))
                failures << u"should be invalid: "_s + show(v);
            else if (kind.parse && kind.parse(v))
                failures << u"parse accepted a syntax-invalid vector: "_s + show(v);
        } else {
            if (!kind.syntax(v))
                failures << u"parse_invalid vector should pass syntax: "_s + show(v);
            if (kind.parse(v))
                failures << u"should fail parsing: "_s + show(v);
        }
    }
    QVERIFY2(run > 0, qPrintable(u"no vectors in "_s + name));
    QVERIFY2(failures.isEmpty(), qPrintable(name + u":\n  "_s + failures.join(u"\n  "_s)));
}

void TstSyntax::atUriParts()
{
    const auto p = syn::parseAtUri(u"at://did:plc:abc/app.bsky.graph.follow/3jzfcijpj2z2a");
    QVERIFY(p.has_value());
    QCOMPARE(p->authority, u"did:plc:abc"_s);
    QCOMPARE(p->collection, u"app.bsky.graph.follow"_s);
    QCOMPARE(p->rkey, u"3jzfcijpj2z2a"_s);
    QVERIFY(!syn::parseAtUri(u"at://did:plc:abc/app.bsky.graph.follow/").has_value());
}

void TstSyntax::datetimeValue()
{
    QCOMPARE(syn::parseDatetimeUs(u"1970-01-01T00:00:00Z").value(), 0);
    QCOMPARE(syn::parseDatetimeUs(u"1970-01-01T01:00:00.5+01:00").value(), 500000);
    QCOMPARE(syn::parseDatetimeUs(u"2024-02-29T00:00:00Z").value(), qint64(1709164800) * 1000000);
    QVERIFY(!syn::parseDatetimeUs(u"2023-02-29T00:00:00Z").has_value());
}

QTEST_GUILESS_MAIN(TstSyntax)
#include "tst_syntax.moc"
