#include "MainWindow.h"

#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ge::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("GrowthEngineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void visitsEveryPage()
    {
        UiContext context;
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(stack);
        QVERIFY(sidebar);
        const QStringList ids = MainWindow::pageIds();
        QCOMPARE(sidebar->count(), ids.size());
        QCOMPARE(stack->count(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            sidebar->setCurrentRow(i);
            QCOMPARE(stack->currentIndex(), i);
            QCOMPARE(window.currentPageId(), ids.at(i));
            QVERIFY(stack->currentWidget()->isVisible());
        }
    }

    void keyboardNavigatesSidebar()
    {
        UiContext context;
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("overview"));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window.currentPageId(), QStringLiteral("growth"));
    }

    void restoresLastPage()
    {
        UiContext context;
        {
            MainWindow window(context);
            window.show();
            window.showPage(QStringLiteral("health"));
            window.close();
        }
        MainWindow again(context);
        QCOMPARE(again.currentPageId(), QStringLiteral("health"));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
