// Follow-back campaigns against a real local AT Protocol network (PLC + PDS + AppView from
// @atproto/dev-env, tests/atproto-network), driven through the growth-engine CLI like a user:
// - an account with 120 followers (two pages and more) of which 10 are followed back already:
//   plan, dry run (writes nothing), run killed with SIGKILL at random points and resumed several
//   times → exactly the expected follow set, one record per target (listRecords), and the
//   AppView's getFollows agrees;
// - undo deletes exactly the campaign's records, not the follows made by hand;
// - with the PDS's rate limits on: a small budget pauses the campaign after the points it allows,
//   the run finishes after resuming, and no request ever got a 429.
// The test re-runs itself inside dbus-run-session + scripts/with-keyring.sh: sessions live in the
// OS keychain (growth-engine account add).

#include "AtprotoNetwork.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

using namespace ge::campaigns::test;

namespace {

QStringList cliEnv(const AtprotoNetwork &net)
{
    return {QStringLiteral("GROWTH_ENGINE_PDS_URL=") + net.pds(), QStringLiteral("GROWTH_ENGINE_APPVIEW_URL=") + net.appview(),
            QStringLiteral("GROWTH_ENGINE_PLC_URL=") + net.plc(), QStringLiteral("QT_QPA_PLATFORM=offscreen")};
}

QJsonObject json(const QByteArray &out)
{
    // The last JSON object printed (progress lines come one per line).
    const QList<QByteArray> lines = out.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument d = QJsonDocument::fromJson(*it);
        if (d.isObject())
            return d.object();
    }
    return QJsonDocument::fromJson(out).object();
}

} // namespace

class TestCampaignNetwork : public QObject
{
    Q_OBJECT

    AtprotoNetwork *m_net = nullptr;
    QTemporaryDir m_data;
    qint64 m_campaignId = 0;
    QString m_aliceDid;
    QSet<QString> m_handFollows; // follows alice had before the campaign

    ge::test::ProcessResult cli(const QStringList &args, const QByteArray &in = {}, int timeoutMs = 300000)
    {
        return ge::test::runApp(QStringList{QStringLiteral("campaign")} + args
                                    + QStringList{QStringLiteral("--data-dir"), m_data.path()},
                                in, cliEnv(*m_net), timeoutMs);
    }
    bool addAccount(const QString &handle, const QString &appPassword)
    {
        const auto r = ge::test::runApp({QStringLiteral("account"), QStringLiteral("add"), handle,
                                         QStringLiteral("--password-stdin"), QStringLiteral("--data-dir"), m_data.path()},
                                        appPassword.toUtf8() + '\n', cliEnv(*m_net), 60000);
        if (r.exitCode != 0)
            qWarning() << "account add:" << r.err;
        return r.exitCode == 0;
    }
    QProcess *startCli(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : cliEnv(*m_net))
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p->setProcessEnvironment(env);
        p->start(ge::test::appBinary(), QStringList{QStringLiteral("campaign")} + args
                                            + QStringList{QStringLiteral("--data-dir"), m_data.path()});
        return p;
    }
    QJsonObject status(qint64 id)
    {
        return json(cli({QStringLiteral("status"), QString::number(id), QStringLiteral("--json")}).out);
    }
    int auditCount(const QString &action, const QString &result)
    {
        const QString name = QStringLiteral("audit-check");
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_data.filePath(QStringLiteral("growth-engine.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND result = ?"));
                q.addBindValue(action);
                q.addBindValue(result);
                if (q.exec() && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }
    static int count(const QJsonObject &status, const char *state)
    {
        return status.value(QStringLiteral("counts")).toObject().value(QString::fromLatin1(state)).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_net = new AtprotoNetwork;
        QVERIFY2(m_net->start({QStringLiteral("GE_NET_FOLLOWERS=120")}), qPrintable(m_net->error));
        const QJsonObject alice = m_net->account(QStringLiteral("alice"));
        m_aliceDid = alice.value(QStringLiteral("did")).toString();
        QVERIFY(!m_aliceDid.isEmpty());
        QVERIFY(addAccount(QStringLiteral("alice.test"), alice.value(QStringLiteral("appPassword")).toString()));
        for (const auto &r : m_net->followRecords(m_aliceDid))
            m_handFollows.insert(r.first);
        QCOMPARE(m_handFollows.size(), 11); // fan000..fan009 and bob
    }

    void planSeesEveryPageAndDryRunWritesNothing()
    {
        const auto plan = cli({QStringLiteral("plan"), QStringLiteral("--account"), QStringLiteral("alice.test"),
                               QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        const QJsonObject p = QJsonDocument::fromJson(plan.out).object();
        QCOMPARE(p.value(QStringLiteral("followers")).toInt(), 120);
        QCOMPARE(p.value(QStringLiteral("candidates")).toInt(), 110);
        QCOMPARE(p.value(QStringLiteral("estimate")).toObject().value(QStringLiteral("points")).toInt(), 330);
        int already = -1;
        for (const QJsonValue &r : p.value(QStringLiteral("removed")).toArray())
            if (r.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("already-following"))
                already = r.toObject().value(QStringLiteral("removed")).toInt();
        QCOMPARE(already, 10);

        const auto dry = cli({QStringLiteral("run"), QStringLiteral("--account"), QStringLiteral("alice.test"),
                              QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject d = json(dry.out);
        QCOMPARE(d.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(count(d, "would-follow"), 110);
        QCOMPARE(m_net->followRecords(m_aliceDid).size(), 11);
    }

    void killedRunnerResumesToTheExactSet()
    {
        QProcess *run = startCli({QStringLiteral("run"), QStringLiteral("--account"), QStringLiteral("alice.test")});
        QVERIFY(run->waitForStarted());
        // Kill -9 at random points: the first run and several resumes.
        auto *rng = QRandomGenerator::global();
        int kills = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess *p = round == 0 ? run
                                     : startCli({QStringLiteral("resume"), QStringLiteral("--account"),
                                                 QStringLiteral("alice.test")});
            QVERIFY(p->waitForStarted());
            const int after = 1500 + int(rng->bounded(3500));
            if (p->waitForFinished(after)) {
                qInfo() << "runner ended by itself in round" << round << p->readAllStandardError();
                break;
            }
            p->kill(); // SIGKILL
            p->waitForFinished();
            ++kills;
            if (m_campaignId == 0) {
                const QRegularExpression re(QStringLiteral("Campaign (\\d+) started"));
                const auto m = re.match(QString::fromUtf8(run->readAllStandardOutput()));
                QVERIFY2(m.hasMatch(), "no campaign id printed before the kill");
                m_campaignId = m.captured(1).toLongLong();
            }
        }
        qInfo() << "killed the runner" << kills << "times";
        QVERIFY(kills >= 2);
        const auto last = cli({QStringLiteral("resume"), QStringLiteral("--account"), QStringLiteral("alice.test"),
                               QStringLiteral("--quiet"), QStringLiteral("--json")});
        QVERIFY2(last.exitCode == 0 || last.exitCode == 7, last.err.constData());

        const QJsonObject s = status(m_campaignId);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(count(s, "followed") + count(s, "skipped-already-following"), 110);
        QCOMPARE(count(s, "failed"), 0);

        const auto records = m_net->followRecords(m_aliceDid);
        QSet<QString> subjects;
        for (const auto &r : records)
            subjects.insert(r.second);
        QCOMPARE(records.size(), subjects.size()); // never two records for one target
        QCOMPARE(records.size(), 121);             // 120 fans + bob
        QCOMPARE(auditCount(QStringLiteral("follow.create"), QStringLiteral("failed")), 0);
        for (int i = 0; i < 120; ++i)
            QVERIFY(subjects.contains(m_net->account(QStringLiteral("fan%1").arg(i, 3, 10, QLatin1Char('0')))
                                          .value(QStringLiteral("did"))
                                          .toString()));
        QVERIFY(m_net->processAll());
        const QStringList follows = m_net->follows(m_aliceDid);
        QCOMPARE(QSet<QString>(follows.cbegin(), follows.cend()), subjects);
    }

    void undoRemovesOnlyTheCampaignsFollows()
    {
        QVERIFY(m_campaignId > 0);
        // By hand: unfollow fan050 and follow it again (a new record that is not the campaign's).
        const QJsonObject alice = m_net->account(QStringLiteral("alice"));
        const QString jwt = m_net->login(QStringLiteral("alice.test"), alice.value(QStringLiteral("password")).toString());
        QVERIFY(!jwt.isEmpty());
        const QString fan050 = m_net->account(QStringLiteral("fan050")).value(QStringLiteral("did")).toString();
        QString oldUri;
        for (const auto &r : m_net->followRecords(m_aliceDid))
            if (r.second == fan050)
                oldUri = r.first;
        QCOMPARE(m_net->unfollow(jwt, m_aliceDid, oldUri).status, 200);
        const HttpAnswer refollow = m_net->follow(jwt, m_aliceDid, fan050);
        QCOMPARE(refollow.status, 200);
        const QString manual = refollow.body.value(QStringLiteral("uri")).toString();

        const auto undo = cli({QStringLiteral("undo"), QString::number(m_campaignId), QStringLiteral("--quiet"),
                               QStringLiteral("--json")});
        QVERIFY2(undo.exitCode == 0, undo.err.constData());
        const QJsonObject u = json(undo.out);
        QCOMPARE(u.value(QStringLiteral("kind")).toString(), QStringLiteral("undo"));
        QCOMPARE(u.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(count(u, "skipped-already-gone"), 1);

        QSet<QString> left;
        for (const auto &r : m_net->followRecords(m_aliceDid))
            left.insert(r.first);
        QSet<QString> expected = m_handFollows;
        expected.insert(manual);
        QCOMPARE(left, expected);
    }

    void rateLimitedPdsNeverAnswers429()
    {
        // A second network with the PDS's rate limits on (seeding bypasses them with the key).
        delete m_net;
        m_net = new AtprotoNetwork;
        QVERIFY2(m_net->start({QStringLiteral("GE_NET_RATE_LIMITS=1")}), qPrintable(m_net->error));
        const QJsonObject alice = m_net->account(QStringLiteral("alice"));
        m_aliceDid = alice.value(QStringLiteral("did")).toString();
        for (int i = 0; i < 12; ++i) {
            const QString handle = QStringLiteral("rl%1.test").arg(i, 2, 10, QLatin1Char('0'));
            const HttpAnswer made = m_net->post(
                m_net->xrpc(m_net->pds(), QStringLiteral("com.atproto.server.createAccount")),
                QJsonObject{{QStringLiteral("handle"), handle},
                            {QStringLiteral("email"), QString(handle + QStringLiteral("@test.invalid"))},
                            {QStringLiteral("password"), QStringLiteral("rl-pass-123")}},
                QString(), true);
            QVERIFY2(made.status == 200, QJsonDocument(made.body).toJson().constData());
            const HttpAnswer f = m_net->follow(made.body.value(QStringLiteral("accessJwt")).toString(),
                                               made.body.value(QStringLiteral("did")).toString(), m_aliceDid, true);
            QCOMPARE(f.status, 200);
        }
        QVERIFY(m_net->processAll());
        m_data.remove();
        QVERIFY(QDir().mkpath(m_data.path()));
        QVERIFY(addAccount(QStringLiteral("alice.test"), alice.value(QStringLiteral("appPassword")).toString()));

        // Budget of 15 points/hour minus 20 % headroom = 12 points = 4 follows, then it waits.
        QProcess *run = startCli({QStringLiteral("run"), QStringLiteral("--account"), QStringLiteral("alice.test"),
                                  QStringLiteral("--budget-hourly-points"), QStringLiteral("15"), QStringLiteral("--json")});
        QVERIFY(run->waitForStarted());
        qint64 id = 0;
        QJsonObject s;
        for (int i = 0; i < 120; ++i) {
            QTest::qWait(500);
            if (id == 0) {
                const QRegularExpression re(QStringLiteral("Campaign (\\d+) started"));
                const auto m = re.match(QString::fromUtf8(run->readAllStandardOutput()));
                if (m.hasMatch())
                    id = m.captured(1).toLongLong();
                continue;
            }
            s = status(id);
            if (count(s, "followed") >= 4)
                break;
        }
        QVERIFY(id > 0);
        QTest::qWait(1500); // give it the chance to (wrongly) write a fifth
        s = status(id);
        QCOMPARE(count(s, "followed"), 4);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const auto pause = cli({QStringLiteral("pause"), QString::number(id)});
        QCOMPARE(pause.exitCode, 0);
        QVERIFY(run->waitForFinished(30000)); // the runner stops by itself when paused
        QCOMPARE(run->exitCode(), 0);

        // Resume with the normal budget: finishes, and the PDS never refused a write.
        const auto resumed = cli({QStringLiteral("resume"), QString::number(id), QStringLiteral("--quiet"),
                                  QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        s = status(id);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(count(s, "followed"), 12);
        QCOMPARE(count(s, "failed"), 0);
        const auto records = m_net->followRecords(m_aliceDid);
        QSet<QString> subjects;
        for (const auto &r : records)
            subjects.insert(r.second);
        QCOMPARE(records.size(), 12);
        QCOMPARE(subjects.size(), 12);
        // The PDS really enforces limits here: its write responses carry the RateLimit headers.
        const QString jwt = m_net->login(QStringLiteral("alice.test"), alice.value(QStringLiteral("password")).toString());
        const HttpAnswer probe = m_net->follow(jwt, m_aliceDid, m_net->info.value(QStringLiteral("pdsDid")).toString());
        QVERIFY(!probe.header("RateLimit-Remaining").isEmpty());
        // Every write the campaign sent succeeded: no 429 (nor anything else) in the audit trail.
        QCOMPARE(auditCount(QStringLiteral("follow.create"), QStringLiteral("failed")), 0);
        QCOMPARE(auditCount(QStringLiteral("follow.create"), QStringLiteral("ok")), 12);
    }

    void cleanupTestCase()
    {
        delete m_net;
        m_net = nullptr;
    }
};

int main(int argc, char **argv)
{
    if (const std::optional<int> rc = ge::test::rerunInKeyringSession(argc, argv))
        return *rc;
    QCoreApplication app(argc, argv);
    TestCampaignNetwork tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_campaign_network.moc"
