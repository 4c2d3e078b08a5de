// "N new followers" in the tray: follow events committed by the real storage writer are read by
// NewFollowersWatcher (worker thread, own connection) — only tracked accounts, only the live
// stream, never rows that existed at start — and the TrayNotifier coalesces them into one
// notification per interval, and collects nothing while notifications are off.
#include "../collectors/CollectorTestDb.h"
#include "NewFollowersWatcher.h"
#include "TrayNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace ge;
using ge::test::CollectorTestDb;

namespace {

const QString kTracked = QStringLiteral("did:plc:tracked00000000000001");
const QString kOther = QStringLiteral("did:plc:tracked00000000000002");
const QString kStranger = QStringLiteral("did:plc:stranger0000000000001");

WriteBatch follows(const QString &subject, const QString &prefix, int n, EventSource source, qint64 t0)
{
    WriteBatch b;
    for (int i = 0; i < n; ++i)
        b.followsCreated.append({prefix + QString::number(i), subject, QStringLiteral("rk") + QString::number(i),
                                 t0 + i, source});
    return b;
}

bool pushed(CollectorTestDb &db, WriteBatch batch)
{
    return db.sink->push(batch, std::chrono::milliseconds(5000));
}

} // namespace

class TestTrayNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void watcherReportsCommittedFollowsOfTrackedAccounts();
    void trayCoalescesAndRespectsTheOffSwitch();
    void watcherReportsAnUnreadableDatabase();
};

void TestTrayNotifier::watcherReportsCommittedFollowsOfTrackedAccounts()
{
    CollectorTestDb db;
    QVERIFY(db.open({kTracked, kOther}));
    const qint64 t0 = SystemClock::instance().nowUs() - 60'000'000;
    // Followers known before the watcher starts never count.
    QVERIFY(pushed(db, follows(kTracked, QStringLiteral("did:plc:old"), 5, EventSource::Jetstream, t0)));
    QVERIFY(db.writer->flush(10000));

    models::NewFollowersWatcher watcher(db.path);
    watcher.setPollIntervalMs(20);
    QSignalSpy ready(&watcher, &models::NewFollowersWatcher::ready);
    QSignalSpy spy(&watcher, &models::NewFollowersWatcher::newFollowers);
    watcher.start();
    QVERIFY(ready.wait(10000));
    QCOMPARE(spy.count(), 0);

    // Live follows of two tracked accounts, a follow of an untracked account, and a backfill crawl's
    // follows (the existing audience, not new followers).
    QVERIFY(pushed(db, follows(kTracked, QStringLiteral("did:plc:new"), 3, EventSource::Jetstream, t0 + 100)));
    QVERIFY(pushed(db, follows(kOther, QStringLiteral("did:plc:fan"), 2, EventSource::Jetstream, t0 + 200)));
    QVERIFY(pushed(db, follows(kStranger, QStringLiteral("did:plc:x"), 4, EventSource::Jetstream, t0 + 300)));
    QVERIFY(pushed(db, follows(kTracked, QStringLiteral("did:plc:crawl"), 7, EventSource::Backfill, t0 + 400)));
    QVERIFY(db.writer->flush(10000));
    watcher.notifyDataChanged();
    watcher.notifyDataChanged(); // coalesced into one read
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
    QTRY_VERIFY(!watcher.isBusy());
    QHash<QString, qint64> got;
    for (const auto &args : std::as_const(spy))
        got.insert(args.at(0).toString(), args.at(2).toLongLong());
    QCOMPARE(got.value(kTracked), 3);
    QCOMPARE(got.value(kOther), 2);
    QCOMPARE(spy.constFirst().at(1).toString(), kTracked); // the handle from accounts (the test stores the DID)

    // Nothing new: nothing reported again. A duplicate (replayed) event is not a new row either.
    QVERIFY(pushed(db, follows(kTracked, QStringLiteral("did:plc:new"), 3, EventSource::Jetstream, t0 + 100)));
    QVERIFY(db.writer->flush(10000));
    watcher.pollNow();
    QTRY_VERIFY(!watcher.isBusy());
    QTest::qWait(50);
    QCOMPARE(spy.count(), 2);

    // A new one later is reported alone.
    QVERIFY(pushed(db, follows(kTracked, QStringLiteral("did:plc:later"), 1, EventSource::Jetstream, t0 + 900)));
    QVERIFY(db.writer->flush(10000));
    watcher.notifyDataChanged();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 10000);
    QCOMPARE(spy.at(2).at(0).toString(), kTracked);
    QCOMPARE(spy.at(2).at(2).toLongLong(), 1);

    // A follower who left and comes back is a new follower again: the re-follow is an event row,
    // not a new edge. The unfollow itself is not reported.
    WriteBatch left;
    left.followsDeleted.append({QStringLiteral("did:plc:new0"), QStringLiteral("rk0"), QString(), t0 + 1000, EventSource::Jetstream});
    QVERIFY(pushed(db, left));
    WriteBatch back;
    back.followsCreated.append({QStringLiteral("did:plc:new0"), kTracked, QStringLiteral("rk9"), t0 + 2000, EventSource::Jetstream});
    QVERIFY(pushed(db, back));
    QVERIFY(db.writer->flush(10000));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE kind = 'follow'")), 1);
    watcher.notifyDataChanged();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 4, 10000);
    QCOMPARE(spy.at(3).at(0).toString(), kTracked);
    QCOMPARE(spy.at(3).at(2).toLongLong(), 1);
}

void TestTrayNotifier::trayCoalescesAndRespectsTheOffSwitch()
{
    ui::TrayNotifier tray;
    tray.setFollowerCoalesceMs(100);
    tray.addNewFollowers(QStringLiteral("@alice.test"), 3);
    tray.addNewFollowers(QStringLiteral("@alice.test"), 2);
    tray.addNewFollowers(QStringLiteral("@bob.test"), 1);
    QCOMPARE(tray.shownCount(), 0); // not per event
    QCOMPARE(tray.pendingNewFollowers(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(tray.shownCount(), 1, 5000);
    QVERIFY2(tray.lastTitle().startsWith(QStringLiteral("6 new follower")), qPrintable(tray.lastTitle())); // plural form from the catalogue
    QVERIFY2(tray.lastMessage().contains(QStringLiteral("@alice.test: 5")), qPrintable(tray.lastMessage()));
    QVERIFY(tray.lastMessage().contains(QStringLiteral("@bob.test: 1")));
    QCOMPARE(tray.pendingNewFollowers(), 0);

    tray.addNewFollowers(QStringLiteral("@alice.test"), 1);
    tray.flushNewFollowers();
    QCOMPARE(tray.shownCount(), 2);
    QVERIFY(tray.lastTitle().startsWith(QStringLiteral("1 new follower")));
    QCOMPARE(tray.lastMessage(), QStringLiteral("@alice.test"));

    // Off: pending ones are dropped and nothing is collected or shown.
    tray.addNewFollowers(QStringLiteral("@alice.test"), 4);
    tray.setEnabled(false);
    QCOMPARE(tray.pendingNewFollowers(), 0);
    tray.addNewFollowers(QStringLiteral("@alice.test"), 4);
    QCOMPARE(tray.pendingNewFollowers(), 0);
    tray.flushNewFollowers();
    QTest::qWait(200);
    QCOMPARE(tray.shownCount(), 2);
    // On again: works as before.
    tray.setEnabled(true);
    tray.addNewFollowers(QStringLiteral("@bob.test"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(tray.shownCount(), 3, 5000);
    QVERIFY(tray.lastTitle().startsWith(QStringLiteral("2 new follower")));
}

void TestTrayNotifier::watcherReportsAnUnreadableDatabase()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    models::NewFollowersWatcher watcher(junk.fileName());
    QSignalSpy failed(&watcher, &models::NewFollowersWatcher::failed);
    QSignalSpy ready(&watcher, &models::NewFollowersWatcher::ready);
    watcher.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(ready.count(), 0);
    watcher.pollNow(); // no baseline: nothing read, nothing reported
    QVERIFY(!watcher.isBusy());
}

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
