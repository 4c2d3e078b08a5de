#pragma once

#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <array>
#include <atomic>
#include <map>
#include <memory>

namespace ge::metrics {

using Labels = QList<QPair<QString, QString>>;

// Monotonic counter. Lock-free increments: cheap on hot paths.
class Counter
{
public:
    void inc(quint64 n = 1) { m_value.fetch_add(n, std::memory_order_relaxed); }
    quint64 value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<quint64> m_value{0};
};

// Value that goes up and down (queue depth, lag).
class Gauge
{
public:
    void set(double v) { m_value.store(v, std::memory_order_relaxed); }
    void add(double d);
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0.0};
};

// Latency histogram with fine geometric buckets (5 % wide) between 1 µs and ~3 h expressed in
// milliseconds: percentiles are accurate to about ±2.5 % of the value. Lock-free observe().
class Histogram
{
public:
    static constexpr int kBuckets = 480;
    static constexpr double kMin = 0.001; // ms
    static constexpr double kGrowth = 1.05;

    void observe(double ms);
    quint64 count() const { return m_count.load(std::memory_order_relaxed); }
    double sum() const { return m_sum.load(std::memory_order_relaxed); }
    double max() const { return m_max.load(std::memory_order_relaxed); }
    // p in [0, 1]; 0 when empty.
    double percentile(double p) const;
    void reset();

    static int bucketFor(double ms);
    static double bucketUpper(int bucket);

private:
    std::array<std::atomic<quint64>, kBuckets> m_buckets{};
    std::atomic<quint64> m_count{0};
    std::atomic<double> m_sum{0.0};
    std::atomic<double> m_max{0.0};
};

enum class MetricType { Counter, Gauge, Histogram };

struct MetricSample
{
    QString name;
    Labels labels;
    MetricType type = MetricType::Counter;
    QString help;
    double value = 0;        // counter/gauge value; histogram count
    double sum = 0;          // histogram
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

// Named metrics with labels. Lookups take a mutex (cache the returned reference on hot paths);
// the metric objects themselves are lock-free and live as long as the registry.
class MetricsRegistry
{
public:
    Counter &counter(const QString &name, const Labels &labels = {}, const QString &help = {});
    Gauge &gauge(const QString &name, const Labels &labels = {}, const QString &help = {});
    Histogram &histogram(const QString &name, const Labels &labels = {}, const QString &help = {});

    QList<MetricSample> snapshot() const;
    // Prometheus text exposition format 0.0.4 (histograms exported as summaries).
    QByteArray prometheusText() const;

    static QString labelsKey(const Labels &labels);

private:
    struct Entry
    {
        MetricType type;
        QString name;
        Labels labels;
        QString help;
        std::unique_ptr<Counter> counter;
        std::unique_ptr<Gauge> gauge;
        std::unique_ptr<Histogram> histogram;
    };
    Entry &entry(MetricType type, const QString &name, const Labels &labels, const QString &help);

    mutable QMutex m_mutex;
    std::map<QString, std::unique_ptr<Entry>> m_entries; // key: name{labels}
};

} // namespace ge::metrics
