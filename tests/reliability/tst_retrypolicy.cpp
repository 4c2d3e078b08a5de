// Backoff with full jitter, retry decisions and rate-limit header parsing.
#include "reliability/RateLimitHeaders.h"
#include "reliability/RetryPolicy.h"

#include <QHash>
#include <QTest>

using namespace ge;
using namespace ge::reliability;
using namespace std::chrono_literals;

namespace {
HeaderLookup headers(QHash<QByteArray, QByteArray> h)
{
    return [h](QByteArrayView name) { return h.value(name.toByteArray().toLower()); };
}
constexpr qint64 kNowUs = 1'700'000'000'000'000;
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToCap()
    {
        RetryPolicy p;
        p.baseDelay = 200ms;
        p.maxDelay = 3000ms;
        QCOMPARE(p.ceiling(0).count(), 200);
        QCOMPARE(p.ceiling(1).count(), 400);
        QCOMPARE(p.ceiling(2).count(), 800);
        QCOMPARE(p.ceiling(3).count(), 1600);
        QCOMPARE(p.ceiling(4).count(), 3000);
        QCOMPARE(p.ceiling(1000).count(), 3000); // no overflow
    }

    void fullJitterSpansZeroToCeiling()
    {
        RetryPolicy p;
        p.baseDelay = 1000ms;
        p.maxDelay = 60000ms;
        FixedRandomSource r(0.0);
        QCOMPARE(p.backoff(2, r).count(), 0);
        r.set(0.5);
        QCOMPARE(p.backoff(2, r).count(), 2000);
        r.set(0.9999999);
        QCOMPARE(p.backoff(2, r).count(), 4000);
    }

    void interactiveFirstRetryIn100To300ms()
    {
        const RetryPolicy p = RetryPolicy::interactive();
        FixedRandomSource lo(0.0), hi(0.999999);
        QCOMPARE(p.backoff(0, lo).count(), 100);
        QCOMPARE(p.backoff(0, hi).count(), 300);
        QCOMPARE(p.ceiling(10).count(), 3000);
        QVERIFY(RetryPolicy::collector().maxDelay > p.maxDelay);
        QVERIFY(RetryPolicy::collector().maxAttempts > p.maxAttempts);
    }

    void decideRetriesOnlyRetryable()
    {
        const RetryPolicy p = RetryPolicy::interactive();
        FixedRandomSource r(0.5);
        QVERIFY(p.decide(1, Error::network(QStringLiteral("x")), r).retry);
        QVERIFY(p.decide(1, Error::timeout(QStringLiteral("x")), r).retry);
        Error http400 = Error::make(ErrorCategory::Http, QStringLiteral("bad"));
        http400.httpStatus = 400;
        QVERIFY(!p.decide(1, http400, r).retry);
        QVERIFY(!p.decide(1, Error::cancelled(), r).retry);
        QVERIFY(!p.decide(1, Error::parse(QStringLiteral("x")), r).retry);
        // attempts exhausted
        QVERIFY(p.decide(2, Error::network(QStringLiteral("x")), r).retry);
        QVERIFY(!p.decide(3, Error::network(QStringLiteral("x")), r).retry);
    }

    void rateLimitedWaitsRetryAfterExactly()
    {
        RetryPolicy p = RetryPolicy::interactive();
        FixedRandomSource r(0.5);
        Error e = Error::make(ErrorCategory::RateLimited, QStringLiteral("slow down"), true);
        e.retryAfter = 7000ms;
        RetryDecision d = p.decide(1, e, r);
        QVERIFY(d.retry);
        QCOMPARE(d.delay.count(), 7000);
        e.retryAfter = 11000ms; // longer than interactive's maxRetryAfter (10 s)
        d = p.decide(1, e, r);
        QVERIFY(!d.retry);
        QVERIFY(d.reason.contains(QStringLiteral("11000")));
    }

    void nonIdempotentOnlyRetriedWhenNotProcessed()
    {
        const RetryPolicy p = RetryPolicy::write();
        FixedRandomSource r(0.5);
        QVERIFY(!p.decide(1, Error::network(QStringLiteral("reset")), r, true).retry);
        QVERIFY(p.decide(1, Error::network(QStringLiteral("refused")), r, false).retry);
        Error e = Error::make(ErrorCategory::RateLimited, QStringLiteral("429"), true);
        e.retryAfter = 1000ms;
        QVERIFY(p.decide(1, e, r, true).retry);
    }

    void backoffSequenceAndReset()
    {
        RetryPolicy p;
        p.baseDelay = 100ms;
        p.maxDelay = 1000ms;
        FixedRandomSource r(0.999999);
        Backoff b(p, r);
        QCOMPARE(b.next().count(), 100);
        QCOMPARE(b.next().count(), 200);
        QCOMPARE(b.next().count(), 400);
        QCOMPARE(b.next().count(), 800);
        QCOMPARE(b.next().count(), 1000);
        QCOMPARE(b.streak(), 5);
        b.reset();
        QCOMPARE(b.next().count(), 100);
    }

    void parsesBlueskyRateLimitHeaders()
    {
        const RateLimitInfo info = parseRateLimitHeaders(headers({{"ratelimit-limit", "5000"},
                                                                  {"ratelimit-remaining", "4997"},
                                                                  {"ratelimit-reset", "1700003600"},
                                                                  {"ratelimit-policy", "5000;w=3600"}}),
                                                         kNowUs);
        QCOMPARE(*info.limit, 5000);
        QCOMPARE(*info.remaining, 4997);
        QCOMPARE(*info.resetAtUs, 1'700'003'600'000'000);
        QCOMPARE(*info.windowSeconds, 3600);
        QVERIFY(info.present());
    }

    void parsesPolicyVariants()
    {
        QCOMPARE(parseRateLimitPolicy("3000;w=300")->second, 300);
        QCOMPARE(parseRateLimitPolicy(" 100 ; w=60 ; comment=\"x\"")->first, 100);
        QCOMPARE(parseRateLimitPolicy("10;w=1, 100;w=60")->second, 1);
        QVERIFY(!parseRateLimitPolicy("garbage"));
        QVERIFY(!parseRateLimitPolicy("100"));
        QVERIFY(!parseRateLimitPolicy("100;w=-5"));
    }

    void resetAsDeltaSeconds()
    {
        const RateLimitInfo info = parseRateLimitHeaders(headers({{"ratelimit-reset", "30"}}), kNowUs);
        QCOMPARE(*info.resetAtUs, kNowUs + 30'000'000);
    }

    void malformedHeadersAreIgnored()
    {
        const RateLimitInfo info = parseRateLimitHeaders(
            headers({{"ratelimit-limit", "lots"}, {"ratelimit-remaining", "-3"}, {"ratelimit-reset", ""}}), kNowUs);
        QVERIFY(!info.present());
        QVERIFY(!retryAfterMs(headers({{"retry-after", "soon"}}), kNowUs));
    }

    void retryAfterPrefersRetryAfterHeader()
    {
        QCOMPARE(*retryAfterMs(headers({{"retry-after", "12"}, {"ratelimit-reset", "1700000100"}}), kNowUs), 12000);
        QCOMPARE(*retryAfterMs(headers({{"ratelimit-reset", "1700000100"}}), kNowUs), 100000);
        QCOMPARE(*retryAfterMs(headers({{"ratelimit-reset", "1600000000"}}), kNowUs), 0); // past: no negative wait
        // HTTP date form
        const QByteArray date = QDateTime::fromMSecsSinceEpoch(kNowUs / 1000 + 5000, Qt::UTC)
                                    .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                    .toLatin1();
        const auto ms = retryAfterMs(headers({{"retry-after", date}}), kNowUs);
        QVERIFY(ms);
        QVERIFY(*ms >= 4000 && *ms <= 5000);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
