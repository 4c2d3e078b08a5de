#include "metrics/MetricsRegistry.h"

#include <QThread>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace ge::metrics;

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentilesOfUniform()
    {
        Histogram h;
        for (int i = 1; i <= 1000; ++i)
            h.observe(double(i)); // 1..1000 ms
        QCOMPARE(h.count(), quint64(1000));
        QCOMPARE(h.sum(), 500500.0);
        QCOMPARE(h.max(), 1000.0);
        // Buckets are 5 % wide: the estimate lies within ±5 % of the exact rank value.
        QVERIFY(qAbs(h.percentile(0.50) - 500) <= 25);
        QVERIFY(qAbs(h.percentile(0.95) - 950) <= 48);
        QVERIFY(qAbs(h.percentile(0.99) - 990) <= 50);
        QVERIFY(h.percentile(1.0) <= 1000.0);
    }

    void percentilesMatchExactOnRandomData()
    {
        std::mt19937 rng(42);
        std::lognormal_distribution<double> dist(2.0, 1.0);
        Histogram h;
        std::vector<double> values;
        for (int i = 0; i < 20000; ++i) {
            const double v = dist(rng);
            values.push_back(v);
            h.observe(v);
        }
        std::sort(values.begin(), values.end());
        for (double p : {0.5, 0.95, 0.99}) {
            const double exact = values[size_t(std::ceil(p * values.size())) - 1];
            const double est = h.percentile(p);
            QVERIFY2(qAbs(est - exact) / exact < 0.05, qPrintable(QStringLiteral("p%1 exact %2 est %3").arg(p).arg(exact).arg(est)));
        }
    }

    void emptyAndOddValues()
    {
        Histogram h;
        QCOMPARE(h.percentile(0.5), 0.0);
        h.observe(-5);
        h.observe(std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(h.count(), quint64(2));
        QCOMPARE(h.percentile(0.99), 0.0);
        h.observe(1e12); // beyond the last bucket: clamped, still counted
        QCOMPARE(h.count(), quint64(3));
    }

    void countersAreThreadSafe()
    {
        MetricsRegistry registry;
        Counter &c = registry.counter(QStringLiteral("ge_events_total"), {{QStringLiteral("kind"), QStringLiteral("commit")}});
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&registry] {
                Counter &mine = registry.counter(QStringLiteral("ge_events_total"), {{QStringLiteral("kind"), QStringLiteral("commit")}});
                Histogram &h = registry.histogram(QStringLiteral("ge_latency_ms"));
                for (int i = 0; i < 10000; ++i) {
                    mine.inc();
                    h.observe(i % 100);
                }
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(c.value(), quint64(40000));
        QCOMPARE(registry.histogram(QStringLiteral("ge_latency_ms")).count(), quint64(40000));
    }

    void labelsDistinguishSeries()
    {
        MetricsRegistry registry;
        registry.counter(QStringLiteral("ge_http_requests_total"), {{QStringLiteral("outcome"), QStringLiteral("ok")}}).inc(3);
        registry.counter(QStringLiteral("ge_http_requests_total"), {{QStringLiteral("outcome"), QStringLiteral("error")}}).inc();
        registry.gauge(QStringLiteral("ge_queue_depth")).set(12);
        const QList<MetricSample> samples = registry.snapshot();
        QCOMPARE(samples.size(), 3);
    }

    void prometheusFormat()
    {
        MetricsRegistry registry;
        registry.counter(QStringLiteral("ge_http_requests_total"),
                         {{QStringLiteral("host"), QStringLiteral("pds \"one\"")}, {QStringLiteral("outcome"), QStringLiteral("ok")}},
                         QStringLiteral("HTTP requests"))
            .inc(5);
        registry.histogram(QStringLiteral("ge_http_latency_ms")).observe(10);
        registry.gauge(QStringLiteral("ge_queue_depth")).set(2.5);
        const QByteArray text = registry.prometheusText();
        QVERIFY(text.contains("# HELP ge_http_requests_total HTTP requests\n"));
        QVERIFY(text.contains("# TYPE ge_http_requests_total counter\n"));
        QVERIFY(text.contains("ge_http_requests_total{host=\"pds \\\"one\\\"\",outcome=\"ok\"} 5\n"));
        QVERIFY(text.contains("# TYPE ge_http_latency_ms summary\n"));
        QVERIFY(text.contains("ge_http_latency_ms{quantile=\"0.99\"} "));
        QVERIFY(text.contains("ge_http_latency_ms_count 1\n"));
        QVERIFY(text.contains("ge_queue_depth 2.5\n"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
