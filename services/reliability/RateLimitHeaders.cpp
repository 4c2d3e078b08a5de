#include "reliability/RateLimitHeaders.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>

namespace ge::reliability {

namespace {

std::optional<qint64> parseInt(QByteArrayView value)
{
    const QByteArray trimmed = value.toByteArray().trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = trimmed.toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

constexpr qint64 kEpochThreshold = 1'000'000'000; // below: delta seconds

} // namespace

std::optional<std::pair<qint64, qint64>> parseRateLimitPolicy(QByteArrayView value)
{
    QByteArray text = value.toByteArray().trimmed();
    const int comma = text.indexOf(',');
    if (comma >= 0)
        text = text.left(comma).trimmed();
    const QList<QByteArray> parts = text.split(';');
    if (parts.isEmpty())
        return std::nullopt;
    const auto limit = parseInt(parts.first());
    if (!limit)
        return std::nullopt;
    for (int i = 1; i < parts.size(); ++i) {
        const QByteArray p = parts.at(i).trimmed();
        if (p.startsWith("w=")) {
            const auto w = parseInt(QByteArrayView(p).sliced(2));
            if (w && *w > 0)
                return std::make_pair(*limit, *w);
        }
    }
    return std::nullopt;
}

RateLimitInfo parseRateLimitHeaders(const HeaderLookup &header, qint64 nowUs)
{
    RateLimitInfo info;
    info.limit = parseInt(header("ratelimit-limit"));
    info.remaining = parseInt(header("ratelimit-remaining"));
    if (const auto reset = parseInt(header("ratelimit-reset"))) {
        if (*reset >= kEpochThreshold)
            info.resetAtUs = *reset * 1'000'000;
        else
            info.resetAtUs = nowUs + *reset * 1'000'000;
    }
    if (const auto policy = parseRateLimitPolicy(header("ratelimit-policy"))) {
        info.windowSeconds = policy->second;
        if (!info.limit)
            info.limit = policy->first;
    }
    return info;
}

std::optional<qint64> retryAfterMs(const HeaderLookup &header, qint64 nowUs)
{
    const QByteArray retryAfter = header("retry-after").trimmed();
    if (!retryAfter.isEmpty()) {
        if (const auto secs = parseInt(retryAfter))
            return *secs * 1000;
        // HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"); Qt's RFC 2822 parser wants a numeric zone.
        QString text = QString::fromLatin1(retryAfter);
        if (text.endsWith(QLatin1StringView(" GMT")) || text.endsWith(QLatin1StringView(" UTC")))
            text = text.left(text.size() - 4) + QStringLiteral(" +0000");
        const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (when.isValid())
            return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowUs / 1000);
    }
    const RateLimitInfo info = parseRateLimitHeaders(header, nowUs);
    if (info.resetAtUs)
        return std::max<qint64>(0, (*info.resetAtUs - nowUs + 999) / 1000);
    return std::nullopt;
}

} // namespace ge::reliability
