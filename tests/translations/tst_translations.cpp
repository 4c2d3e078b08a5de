#include "NamespaceFallbackTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // translation type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList forms;
    qint64 line = 0;
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS"_s) {
                *language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name"_s) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                m.line = xml.lineNumber();
            } else if (name == u"source"_s) {
                m.source = xml.readElementText();
            } else if (name == u"translation"_s) {
                m.type = xml.attributes().value(u"type"_s).toString();
                if (!m.numerus)
                    m.forms.append(xml.readElementText());
            } else if (name == u"numerusform"_s) {
                m.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(u"%(L?n|\\d)"_s);
    QStringList out;
    auto it = re.globalMatch(s);
    while (it.hasNext())
        out.append(it.next().captured(0));
    out.removeDuplicates();
    out.sort();
    return out;
}

QString sourceDir()
{
    return qEnvironmentVariable("GE_SOURCE_DIR");
}

QStringList shippedTs()
{
    return QDir(sourceDir() + u"/translations"_s).entryList({u"growth-engine_*.ts"_s}, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsEnglishAndGerman()
    {
        const QStringList files = shippedTs();
        QVERIFY(files.contains(u"growth-engine_en.ts"_s));
        QVERIFY(files.contains(u"growth-engine_de.ts"_s));
    }

    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : shippedTs())
            QTest::newRow(qPrintable(f)) << f;
    }
    // No unfinished, obsolete (vanished) or empty translation; plural forms complete; the
    // placeholders of the source are all in the translation.
    void everyEntryIsFinished()
    {
        QFETCH(QString, file);
        QString language, error;
        const QList<Message> messages = readTs(sourceDir() + u"/translations/"_s + file, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QVERIFY(!language.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = u"%1:%2 [%3] \"%4\""_s.arg(file).arg(m.line).arg(m.context, m.source.left(60));
            if (!m.type.isEmpty()) {
                problems.append(where + u": "_s + m.type);
                continue;
            }
            if (m.forms.isEmpty() || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &s) { return s.isEmpty(); })) {
                problems.append(where + u": empty translation"_s);
                continue;
            }
            if (m.numerus && m.forms.size() != 2) // en and de both have two plural forms
                problems.append(where + u": %1 plural forms"_s.arg(m.forms.size()));
            const QStringList want = placeholders(m.source);
            for (const QString &form : m.forms) {
                QStringList have = placeholders(form);
                if (m.numerus) {
                    have.removeAll(u"%n"_s);
                    have.removeAll(u"%Ln"_s);
                }
                QStringList need = want;
                if (m.numerus) {
                    need.removeAll(u"%n"_s);
                    need.removeAll(u"%Ln"_s);
                }
                if (have != need)
                    problems.append(where + u": placeholders %1 vs %2"_s.arg(need.join(u','), have.join(u',')));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    // Every tr() string in the sources is in the shipped files: lupdate over the sources finds
    // nothing new (run `cmake --build <dir> --target update_translations`, then translate).
    void catalogueIsUpToDate()
    {
        const QString lupdate = qEnvironmentVariable("GE_LUPDATE");
        QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate));
        QStringList sources;
        for (const QString &dir : {u"services"_s, u"models"_s, u"ui"_s, u"app"_s}) {
            QDirIterator it(sourceDir() + u'/' + dir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                sources.append(it.next());
        }
        QVERIFY(sources.size() > 20);
        QTemporaryDir tmp;
        for (const QString &file : shippedTs()) {
            const QString copy = tmp.filePath(file);
            QVERIFY(QFile::copy(sourceDir() + u"/translations/"_s + file, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QFile list(tmp.filePath(u"sources.lst"_s));
            QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
            list.write(sources.join(u'\n').toUtf8());
            list.close();
            QProcess p;
            p.start(lupdate, {u"@"_s + list.fileName(), u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s, copy});
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
            const QString log = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            const auto m = QRegularExpression(u"Found (\\d+) source text\\(s\\) \\((\\d+) new and (\\d+) already existing\\)"_s).match(log);
            QVERIFY2(m.hasMatch(), qPrintable(log));
            QVERIFY2(m.captured(2).toInt() == 0,
                     qPrintable(u"%1: %2 string(s) in the sources are not in the catalogue; run the "
                                "update_translations target and translate them"_s.arg(file, m.captured(2))));
            // Nothing was dropped either (the shipped file has no strings the sources lost).
            QString lang, err;
            QCOMPARE(readTs(copy, &lang, &err).size(), readTs(sourceDir() + u"/translations/"_s + file, &lang, &err).size());
        }
    }

    void germanCatalogueIsEmbeddedAndTranslates()
    {
        ge::translations::NamespaceFallbackTranslator de;
        QVERIFY(de.load(QLocale(QLocale::German), u"growth-engine"_s, u"_"_s, u":/i18n"_s));
        QCOMPARE(de.translate("ge::ui::ReportsPage", "Reports"), u"Berichte"_s);
        QCOMPARE(de.translate("ge::reports::ReportPdfWriter", "Growth report"), u"Wachstumsbericht"_s);
        QCOMPARE(de.translate("ge::reports::ReportPdfWriter", "%n day(s), all times in UTC", nullptr, 3),
                 u"%n Tage, alle Zeiten in UTC"_s);
        QCOMPARE(de.translate("ge::reports::ReportPdfWriter", "%n day(s), all times in UTC", nullptr, 1),
                 u"%n Tag, alle Zeiten in UTC"_s);
        // Installed, it translates tr() of a class in a nested namespace.
        QCoreApplication::installTranslator(&de);
        QCOMPARE(QCoreApplication::translate("ge::ui::ReportsPage", "Reports"), u"Berichte"_s);
        QCOMPARE(QCoreApplication::translate("ge::reports::ReportPdfWriter", "%n day(s), all times in UTC", nullptr, 3),
                 u"3 Tage, alle Zeiten in UTC"_s);
        QCoreApplication::removeTranslator(&de);
        QCOMPARE(QCoreApplication::translate("ge::ui::ReportsPage", "Reports"), u"Reports"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
