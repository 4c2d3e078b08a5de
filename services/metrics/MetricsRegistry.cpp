#include "metrics/MetricsRegistry.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace ge::metrics {

void Gauge::add(double d)
{
    double current = m_value.load(std::memory_order_relaxed);
    while (!m_value.compare_exchange_weak(current, current + d, std::memory_order_relaxed)) {
    }
}

int Histogram::bucketFor(double ms)
{
    if (!(ms > kMin))
        return 0;
    const int b = int(std::ceil(std::log(ms / kMin) / std::log(kGrowth)));
    return std::clamp(b, 0, kBuckets - 1);
}

double Histogram::bucketUpper(int bucket)
{
    return kMin * std::pow(kGrowth, bucket);
}

void Histogram::observe(double ms)
{
    if (!std::isfinite(ms) || ms < 0)
        ms = 0;
    m_buckets[size_t(bucketFor(ms))].fetch_add(1, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
    double s = m_sum.load(std::memory_order_relaxed);
    while (!m_sum.compare_exchange_weak(s, s + ms, std::memory_order_relaxed)) {
    }
    double m = m_max.load(std::memory_order_relaxed);
    while (ms > m && !m_max.compare_exchange_weak(m, ms, std::memory_order_relaxed)) {
    }
}

double Histogram::percentile(double p) const
{
    std::array<quint64, kBuckets> copy;
    quint64 total = 0;
    for (int i = 0; i < kBuckets; ++i) {
        copy[size_t(i)] = m_buckets[size_t(i)].load(std::memory_order_relaxed);
        total += copy[size_t(i)];
    }
    if (total == 0)
        return 0;
    p = std::clamp(p, 0.0, 1.0);
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(p * double(total))));
    quint64 cumulative = 0;
    for (int i = 0; i < kBuckets; ++i) {
        cumulative += copy[size_t(i)];
        if (cumulative >= rank) {
            if (i == 0)
                return std::min(kMin, max());
            // Geometric middle of the bucket (lower, upper], never above the largest observation.
            const double mid = std::sqrt(bucketUpper(i - 1) * bucketUpper(i));
            return std::min(mid, max());
        }
    }
    return max();
}

void Histogram::reset()
{
    for (auto &b : m_buckets)
        b.store(0, std::memory_order_relaxed);
    m_count.store(0);
    m_sum.store(0);
    m_max.store(0);
}

QString MetricsRegistry::labelsKey(const Labels &labels)
{
    Labels sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    QString key;
    for (const auto &[k, v] : sorted) {
        if (!key.isEmpty())
            key += QLatin1Char(',');
        QString escaped = v;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        key += k + QStringLiteral("=\"") + escaped + QLatin1Char('"');
    }
    return key;
}

MetricsRegistry::Entry &MetricsRegistry::entry(MetricType type, const QString &name, const Labels &labels,
                                               const QString &help)
{
    const QString key = name + QLatin1Char('{') + labelsKey(labels) + QLatin1Char('}');
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it != m_entries.end() && it->second->type == type)
        return *it->second;
    auto e = std::make_unique<Entry>();
    e->type = type;
    e->name = name;
    e->labels = labels;
    std::sort(e->labels.begin(), e->labels.end());
    e->help = help;
    switch (type) {
    case MetricType::Counter: e->counter = std::make_unique<Counter>(); break;
    case MetricType::Gauge: e->gauge = std::make_unique<Gauge>(); break;
    case MetricType::Histogram: e->histogram = std::make_unique<Histogram>(); break;
    }
    // A name reused with another type gets its own suffixed slot instead of aliasing memory.
    const QString finalKey = it != m_entries.end() ? key + QStringLiteral("#") + QString::number(int(type)) : key;
    auto [pos, inserted] = m_entries.emplace(finalKey, std::move(e));
    Q_UNUSED(inserted);
    return *pos->second;
}

Counter &MetricsRegistry::counter(const QString &name, const Labels &labels, const QString &help)
{
    return *entry(MetricType::Counter, name, labels, help).counter;
}

Gauge &MetricsRegistry::gauge(const QString &name, const Labels &labels, const QString &help)
{
    return *entry(MetricType::Gauge, name, labels, help).gauge;
}

Histogram &MetricsRegistry::histogram(const QString &name, const Labels &labels, const QString &help)
{
    return *entry(MetricType::Histogram, name, labels, help).histogram;
}

QList<MetricSample> MetricsRegistry::snapshot() const
{
    QList<MetricSample> out;
    QMutexLocker lock(&m_mutex);
    for (const auto &[key, e] : m_entries) {
        MetricSample s;
        s.name = e->name;
        s.labels = e->labels;
        s.type = e->type;
        s.help = e->help;
        switch (e->type) {
        case MetricType::Counter: s.value = double(e->counter->value()); break;
        case MetricType::Gauge: s.value = e->gauge->value(); break;
        case MetricType::Histogram:
            s.value = double(e->histogram->count());
            s.sum = e->histogram->sum();
            s.p50 = e->histogram->percentile(0.50);
            s.p95 = e->histogram->percentile(0.95);
            s.p99 = e->histogram->percentile(0.99);
            s.max = e->histogram->max();
            break;
        }
        out.append(s);
    }
    return out;
}

QByteArray MetricsRegistry::prometheusText() const
{
    const QList<MetricSample> samples = snapshot();
    QByteArray out;
    QString lastName;
    auto sanitize = [](QString n) {
        for (QChar &c : n)
            if (!(c.isLetterOrNumber() || c == u'_' || c == u':'))
                c = u'_';
        return n;
    };
    for (const MetricSample &s : samples) {
        const QString name = sanitize(s.name);
        if (name != lastName) {
            if (!s.help.isEmpty())
                out += "# HELP " + name.toUtf8() + ' ' + s.help.toUtf8() + '\n';
            const char *type = s.type == MetricType::Counter ? "counter"
                               : s.type == MetricType::Gauge ? "gauge"
                                                             : "summary";
            out += "# TYPE " + name.toUtf8() + ' ' + type + '\n';
            lastName = name;
        }
        const QString labels = labelsKey(s.labels);
        auto line = [&](const QString &metric, const QString &extraLabel, double value) {
            QString l = labels;
            if (!extraLabel.isEmpty())
                l = l.isEmpty() ? extraLabel : l + QLatin1Char(',') + extraLabel;
            out += metric.toUtf8();
            if (!l.isEmpty())
                out += '{' + l.toUtf8() + '}';
            out += ' ' + QByteArray::number(value, 'g', 12) + '\n';
        };
        if (s.type == MetricType::Histogram) {
            line(name, QStringLiteral("quantile=\"0.5\""), s.p50);
            line(name, QStringLiteral("quantile=\"0.95\""), s.p95);
            line(name, QStringLiteral("quantile=\"0.99\""), s.p99);
            line(name + QStringLiteral("_sum"), QString(), s.sum);
            line(name + QStringLiteral("_count"), QString(), s.value);
        } else {
            line(name, QString(), s.value);
        }
    }
    return out;
}

} // namespace ge::metrics
