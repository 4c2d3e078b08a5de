// `growth-engine report` end to end: the real binary against a fixture database, every format,
// and the exit codes of the command-line contract (2 usage/bad date, 1 unwritable, 7 no data).
#include "ReportFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataDir;

    ge::test::ProcessResult report(const QStringList &extra)
    {
        QStringList args{u"--data-dir"_s, m_dataDir, u"report"_s};
        args += extra;
        // No display: the command must render headless on its own.
        return ge::test::runApp(args, {}, {u"QT_QPA_PLATFORM="_s, u"DISPLAY="_s, u"WAYLAND_DISPLAY="_s}, 120000);
    }
    QStringList base(const QString &format, const QString &out)
    {
        return {u"--account"_s, u"alice.test"_s, u"--from"_s, u"2026-02-01"_s, u"--to"_s, u"2026-02-28"_s,
                u"--format"_s, format, u"--out"_s, out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataDir = m_dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(m_dataDir));
        const QString err = ge::test::ReportFixture::create(m_dataDir + u"/growth-engine.sqlite"_s);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void writesEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("pdf") << u"pdf"_s << u"r.pdf"_s;
        QTest::newRow("json") << u"json"_s << u"r.json"_s;
        QTest::newRow("png") << u"png"_s << u"r.png"_s;
        QTest::newRow("csv-folder") << u"csv"_s << u"csvdir"_s;
        QTest::newRow("csv-zip") << u"csv"_s << u"r.zip"_s;
    }
    void writesEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, name);
        const QString out = m_dir.filePath(name);
        const auto r = report(base(format, out));
        QVERIFY2(r.exitCode == 0 && !r.crashed, r.err.constData());
        QVERIFY(QFileInfo::exists(out));
        if (format == u"pdf"_s) {
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(5) == "%PDF-");
        } else if (format == u"json"_s) {
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            QCOMPARE(o.value(u"version"_s).toInt(), 1);
            QCOMPARE(o.value(u"period"_s).toObject().value(u"from"_s).toString(), u"2026-02-01"_s);
        } else if (format == u"png"_s) {
            QVERIFY(!QImage(out).isNull());
        } else if (name == u"csvdir"_s) {
            QVERIFY(QFileInfo::exists(out + u"/summary.csv"_s));
            QVERIFY(QFileInfo::exists(out + u"/follow_edges_alice.test.csv"_s));
        }
    }

    void badDatesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString out = u"/tmp/unused.pdf"_s;
        QTest::newRow("not a date") << QStringList{u"--account"_s, u"alice.test"_s, u"--from"_s, u"yesterday"_s, u"--to"_s,
                                                   u"2026-02-28"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out};
        QTest::newRow("feb 30") << QStringList{u"--account"_s, u"alice.test"_s, u"--from"_s, u"2026-02-01"_s, u"--to"_s,
                                               u"2026-02-30"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out};
        QTest::newRow("reversed") << QStringList{u"--account"_s, u"alice.test"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s,
                                                 u"2026-02-01"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out};
        QTest::newRow("bad format") << QStringList{u"--account"_s, u"alice.test"_s, u"--from"_s, u"2026-02-01"_s, u"--to"_s,
                                                   u"2026-02-28"_s, u"--format"_s, u"docx"_s, u"--out"_s, out};
        QTest::newRow("no account") << QStringList{u"--from"_s, u"2026-02-01"_s, u"--to"_s, u"2026-02-28"_s,
                                                   u"--format"_s, u"pdf"_s, u"--out"_s, out};
        QTest::newRow("no out") << QStringList{u"--account"_s, u"alice.test"_s, u"--from"_s, u"2026-02-01"_s, u"--to"_s,
                                               u"2026-02-28"_s, u"--format"_s, u"pdf"_s};
        QTest::newRow("unknown option") << QStringList{u"--acount"_s, u"alice.test"_s};
    }
    void badDatesAreUsageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = report(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void unwritablePathExitsOne()
    {
        QFile blocker(m_dir.filePath(u"file-not-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto r = report(base(u"pdf"_s, m_dir.filePath(u"no/such/folder/r.pdf"_s)));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot write"));
        r = report(base(u"csv"_s, m_dir.filePath(u"file-not-folder/sub"_s)));
        QCOMPARE(r.exitCode, 1);
        r = report(base(u"json"_s, u"/proc/growth-engine-report.json"_s));
        QCOMPARE(r.exitCode, 1);
    }

    void noDataExitsSeven()
    {
        // A tracked account with nothing recorded, a period before collection, an unknown account.
        auto args = base(u"json"_s, m_dir.filePath(u"quiet.json"_s));
        args[1] = u"quiet.test"_s;
        auto r = report(args);
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains("no data"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"quiet.json"_s)));
        r = report({u"--account"_s, u"alice.test"_s, u"--from"_s, u"2019-01-01"_s, u"--to"_s, u"2019-01-31"_s,
                    u"--format"_s, u"pdf"_s, u"--out"_s, m_dir.filePath(u"old.pdf"_s)});
        QCOMPARE(r.exitCode, 7);
        args[1] = u"nobody.test"_s;
        r = report(args);
        QCOMPARE(r.exitCode, 7);
    }

    void missingDatabaseIsNoData()
    {
        QTemporaryDir empty;
        const auto r = ge::test::runApp({u"--data-dir"_s, empty.path(), u"report"_s, u"--account"_s, u"alice.test"_s,
                                         u"--from"_s, u"2026-02-01"_s, u"--to"_s, u"2026-02-28"_s, u"--format"_s,
                                         u"json"_s, u"--out"_s, empty.filePath(u"x.json"_s)},
                                        {}, {u"QT_QPA_PLATFORM="_s, u"DISPLAY="_s});
        QCOMPARE(r.exitCode, 7);
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
