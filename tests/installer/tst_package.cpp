// The installer job: cpack builds the .deb and .tar.gz from this build tree; the .deb is unpacked
// into a clean temporary root with dpkg -x and its binary runs --version and a headless report.
#include "ReportFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {}, const QStringList &env = {},
        int timeoutMs = 600000)
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    auto e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env) {
        const auto eq = kv.indexOf(u'=');
        e.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(e);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_tgz;
    QString m_root;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &t : {u"cpack"_s, u"dpkg-deb"_s, u"dpkg"_s})
            QVERIFY2(!tool(t).isEmpty(), qPrintable(t + u" is needed"_s));
    }

    void cpackBuildsDebAndTgz()
    {
        const QString buildDir = qEnvironmentVariable("GE_BUILD_DIR");
        QVERIFY(QFileInfo::exists(buildDir + u"/CPackConfig.cmake"_s));
        const QString out = m_dir.filePath(u"packages"_s);
        const Run r = run(tool(u"cpack"_s), {u"--config"_s, buildDir + u"/CPackConfig.cmake"_s, u"-G"_s, u"DEB;TGZ"_s,
                                             u"-B"_s, out});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        const QStringList debs = QDir(out).entryList({u"growth-engine_*.deb"_s}, QDir::Files);
        const QStringList tgzs = QDir(out).entryList({u"growth-engine-*.tar.gz"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QCOMPARE(tgzs.size(), 1);
        m_deb = QDir(out).filePath(debs.first());
        m_tgz = QDir(out).filePath(tgzs.first());
    }

    void debDeclaresRuntimeDependencies()
    {
        QVERIFY(!m_deb.isEmpty());
        const Run r = run(tool(u"dpkg-deb"_s), {u"-f"_s, m_deb, u"Depends"_s});
        QCOMPARE(r.code, 0);
        const QString depends = QString::fromUtf8(r.out);
        // What dpkg-shlibdeps cannot see: plugins Qt loads at run time and the Secret Service.
        for (const QString &pkg : {u"libqt6sql6-sqlite"_s, u"qt6-qpa-plugins"_s, u"libsecret-1-0"_s, u"gnome-keyring"_s})
            QVERIFY2(depends.contains(pkg), qPrintable(depends));
        // And what it can: the Qt libraries the binary links.
        QVERIFY2(depends.contains(u"libqt6core6"_s), qPrintable(depends));
        QVERIFY2(depends.contains(u"libqt6widgets6"_s), qPrintable(depends));
    }

    void debHasNoMaintainerScriptsTouchingUserData()
    {
        QVERIFY(!m_deb.isEmpty());
        const QString control = m_dir.filePath(u"control"_s);
        QCOMPARE(run(tool(u"dpkg-deb"_s), {u"-e"_s, m_deb, control}).code, 0);
        // Uninstall leaves user data alone: no pre/post-removal scripts at all.
        for (const QString &script : {u"prerm"_s, u"postrm"_s, u"preinst"_s, u"postinst"_s})
            QVERIFY2(!QFileInfo::exists(control + u'/' + script), qPrintable(script));
    }

    void debUnpacksIntoACleanRootWithEverything()
    {
        QVERIFY(!m_deb.isEmpty());
        m_root = m_dir.filePath(u"root"_s);
        const Run r = run(tool(u"dpkg"_s), {u"-x"_s, m_deb, m_root});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList files{u"usr/bin/growth-engine"_s,
                                u"usr/share/applications/growth-engine.desktop"_s,
                                u"usr/share/metainfo/app.growth_engine.growth_engine.metainfo.xml"_s,
                                u"usr/share/icons/hicolor/scalable/apps/growth-engine.svg"_s,
                                u"usr/share/icons/hicolor/16x16/apps/growth-engine.png"_s,
                                u"usr/share/icons/hicolor/48x48/apps/growth-engine.png"_s,
                                u"usr/share/icons/hicolor/256x256/apps/growth-engine.png"_s,
                                u"usr/share/man/man1/growth-engine.1.gz"_s};
        for (const QString &f : files)
            QVERIFY2(QFileInfo::exists(m_root + u'/' + f), qPrintable(f));
        QVERIFY(QFileInfo(m_root + u"/usr/bin/growth-engine"_s).isExecutable());
    }

    void metainfoValidates()
    {
        const QString appstreamcli = tool(u"appstreamcli"_s);
        QVERIFY2(!appstreamcli.isEmpty(), "appstreamcli is needed (package appstream)");
        QVERIFY(!m_root.isEmpty());
        const Run r = run(appstreamcli, {u"validate"_s, u"--no-net"_s, u"--pedantic"_s,
                                         m_root + u"/usr/share/metainfo/app.growth_engine.growth_engine.metainfo.xml"_s});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        // The desktop entry the metainfo launches exists and names the binary and icon.
        QFile desktop(m_root + u"/usr/share/applications/growth-engine.desktop"_s);
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QByteArray d = desktop.readAll();
        QVERIFY(d.contains("\nExec=growth-engine"));
        QVERIFY(d.contains("\nIcon=growth-engine\n"));
        QVERIFY(d.contains("\nType=Application\n"));
    }

    void installedBinaryRunsVersionAndHeadlessReport()
    {
        QVERIFY(!m_root.isEmpty());
        const QString bin = m_root + u"/usr/bin/growth-engine"_s;
        const QStringList headless{u"DISPLAY="_s, u"WAYLAND_DISPLAY="_s, u"QT_QPA_PLATFORM="_s};
        Run r = run(bin, {u"--version"_s}, {}, headless, 60000);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("growth-engine "), r.out.constData());

        const QString data = m_dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        const QString err = ge::test::ReportFixture::create(data + u"/growth-engine.sqlite"_s);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString pdf = m_dir.filePath(u"installed-report.pdf"_s);
        r = run(bin, {u"--data-dir"_s, data, u"report"_s, u"--account"_s, u"alice.test"_s, u"--from"_s, u"2026-02-01"_s,
                      u"--to"_s, u"2026-02-28"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf},
                {}, headless, 120000);
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString csv = m_dir.filePath(u"installed-report.zip"_s);
        r = run(bin, {u"--data-dir"_s, data, u"report"_s, u"--account"_s, u"alice.test"_s, u"--from"_s, u"2026-02-01"_s,
                      u"--to"_s, u"2026-02-28"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv},
                {}, headless, 120000);
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(QFileInfo(csv).size() > 1000);
    }

    void tarballHoldsTheSameTree()
    {
        QVERIFY(!m_tgz.isEmpty());
        const Run r = run(tool(u"tar"_s), {u"-tzf"_s, m_tgz});
        QCOMPARE(r.code, 0);
        const QString list = QString::fromUtf8(r.out);
        QVERIFY2(list.contains(u"/bin/growth-engine\n"_s), qPrintable(list));
        QVERIFY(list.contains(u"/share/applications/growth-engine.desktop"_s));
        QVERIFY(list.contains(u"/share/man/man1/growth-engine.1.gz"_s));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
