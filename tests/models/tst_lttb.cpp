#include "Lttb.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using ge::models::lttb;

class TestLttb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortSeriesIsUnchanged()
    {
        const QList<QPointF> pts = {{0, 1}, {1, 5}, {2, 3}};
        QCOMPARE(lttb(pts, 10), pts);
        QCOMPARE(lttb(pts, 2), pts); // thresholds below 3 mean "no downsampling"
        QCOMPARE(lttb({}, 100), QList<QPointF>{});
    }

    void keepsSizeEndpointsAndOrder()
    {
        QList<QPointF> pts;
        for (int i = 0; i < 100'000; ++i)
            pts.append(QPointF(i, std::sin(i / 500.0) * 100 + (i % 7)));
        const auto out = lttb(pts, 2000);
        QCOMPARE(out.size(), 2000);
        QCOMPARE(out.first(), pts.first());
        QCOMPARE(out.last(), pts.last());
        QVERIFY(std::is_sorted(out.cbegin(), out.cend(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        for (const QPointF &p : out) // every output point is an input point
            QCOMPARE(pts.at(qsizetype(p.x())), p);
    }

    void preservesPeaksAndTroughs()
    {
        // a noisy year of daily-ish data at high resolution with isolated spikes one sample wide
        QList<QPointF> pts;
        const int n = 200'000;
        for (int i = 0; i < n; ++i)
            pts.append(QPointF(i, 1000 + 20 * std::sin(i / 3000.0) + ((i * 7919) % 13)));
        const QList<int> peaks = {12'345, 77'777, 150'001, 199'000};
        const QList<int> troughs = {40'000, 123'456};
        for (int p : peaks)
            pts[p].setY(5000 + p % 100);
        for (int t : troughs)
            pts[t].setY(-3000);
        const auto out = lttb(pts, 1440 * 2); // ~2x the pixel width of a full-width chart
        auto contains = [&](int x) {
            return std::any_of(out.cbegin(), out.cend(), [x](const QPointF &p) { return int(p.x()) == x; });
        };
        for (int p : peaks)
            QVERIFY2(contains(p), qPrintable(QStringLiteral("peak at %1 lost").arg(p)));
        for (int t : troughs)
            QVERIFY2(contains(t), qPrintable(QStringLiteral("trough at %1 lost").arg(t)));
        const auto [lo, hi] = std::minmax_element(out.cbegin(), out.cend(), [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        QCOMPARE(hi->y(), 5077.0); // the highest spike (77'777)
        QCOMPARE(lo->y(), -3000.0);
    }

    void followsTheShapeOfTheCurve()
    {
        // downsampled line stays close to the original (max vertical deviation at the kept x's is 0,
        // and between them linear interpolation stays within the noise band)
        QList<QPointF> pts;
        for (int i = 0; i < 50'000; ++i)
            pts.append(QPointF(i, i * 0.01));
        const auto out = lttb(pts, 500);
        for (qsizetype i = 1; i < out.size(); ++i) {
            const QPointF a = out.at(i - 1), b = out.at(i);
            const int mid = int((a.x() + b.x()) / 2);
            const double interp = a.y() + (b.y() - a.y()) * (mid - a.x()) / (b.x() - a.x());
            QVERIFY(std::abs(interp - pts.at(mid).y()) < 1e-6);
        }
    }
};

QTEST_APPLESS_MAIN(TestLttb)
#include "tst_lttb.moc"
