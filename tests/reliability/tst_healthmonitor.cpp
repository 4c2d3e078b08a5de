#include <QTest>
class TestHealthMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
