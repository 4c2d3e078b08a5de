#include "config/ConfigKeys.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ge {

namespace {

std::optional<bool> parseBool(const QString &v)
{
    const QString s = v.trimmed().toLower();
    if (s == u"1" || s == u"true" || s == u"yes" || s == u"on")
        return true;
    if (s == u"0" || s == u"false" || s == u"no" || s == u"off")
        return false;
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

// Validates one URL: scheme among `schemes`; plain http/ws only for loopback hosts.
std::optional<QString> checkUrl(const QString &text, const QStringList &schemes, QUrl *out)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return QCoreApplication::translate("ConfigKeys", "not a valid absolute URL");
    const QString scheme = url.scheme().toLower();
    if (!schemes.contains(scheme))
        return QCoreApplication::translate("ConfigKeys", "scheme must be one of: %1").arg(schemes.join(u", "));
    if ((scheme == u"http" || scheme == u"ws") && !isLoopbackHost(url.host()))
        return QCoreApplication::translate("ConfigKeys", "plain %1 is only allowed for loopback hosts (localhost, 127.0.0.0/8, ::1); use %2")
            .arg(scheme, scheme == u"http" ? QStringLiteral("https") : QStringLiteral("wss"));
    if (out)
        *out = url;
    return std::nullopt;
}

ConfigKey intKey(const char *name, const char *help, int min, int max, int AppConfig::*member)
{
    ConfigKey k;
    k.name = QString::fromLatin1(name);
    k.type = ConfigKeyType::Int;
    k.help = QCoreApplication::translate("ConfigKeys", help);
    k.min = min;
    k.max = max;
    k.apply = [member, min, max](AppConfig &c, const QString &v) -> std::optional<QString> {
        bool ok = false;
        const int n = v.trimmed().toInt(&ok);
        if (!ok)
            return QCoreApplication::translate("ConfigKeys", "not a whole number");
        if (n < min || n > max)
            return QCoreApplication::translate("ConfigKeys", "out of range %1…%2").arg(min).arg(max);
        c.*member = n;
        return std::nullopt;
    };
    return k;
}

ConfigKey doubleKey(const char *name, const char *help, double min, double max, double AppConfig::*member)
{
    ConfigKey k;
    k.name = QString::fromLatin1(name);
    k.type = ConfigKeyType::Double;
    k.help = QCoreApplication::translate("ConfigKeys", help);
    k.min = min;
    k.max = max;
    k.apply = [member, min, max](AppConfig &c, const QString &v) -> std::optional<QString> {
        bool ok = false;
        const double d = v.trimmed().toDouble(&ok);
        if (!ok)
            return QCoreApplication::translate("ConfigKeys", "not a number");
        if (d < min || d > max)
            return QCoreApplication::translate("ConfigKeys", "out of range %1…%2").arg(min).arg(max);
        c.*member = d;
        return std::nullopt;
    };
    return k;
}

ConfigKey boolKey(const char *name, const char *help, bool AppConfig::*member)
{
    ConfigKey k;
    k.name = QString::fromLatin1(name);
    k.type = ConfigKeyType::Bool;
    k.help = QCoreApplication::translate("ConfigKeys", help);
    k.apply = [member](AppConfig &c, const QString &v) -> std::optional<QString> {
        const auto b = parseBool(v);
        if (!b)
            return QCoreApplication::translate("ConfigKeys", "not a boolean (true/false, yes/no, 1/0, on/off)");
        c.*member = *b;
        return std::nullopt;
    };
    return k;
}

ConfigKey urlKey(const char *name, const char *help, QStringList schemes, bool optional, QUrl AppConfig::*member)
{
    ConfigKey k;
    k.name = QString::fromLatin1(name);
    k.type = ConfigKeyType::Url;
    k.help = QCoreApplication::translate("ConfigKeys", help);
    k.allowed = schemes;
    k.apply = [member, schemes, optional](AppConfig &c, const QString &v) -> std::optional<QString> {
        if (optional && v.trimmed().isEmpty()) {
            c.*member = QUrl();
            return std::nullopt;
        }
        QUrl url;
        if (auto why = checkUrl(v, schemes, &url))
            return why;
        c.*member = url;
        return std::nullopt;
    };
    return k;
}

ConfigKey enumKey(const char *name, const char *help, QStringList values, QString AppConfig::*member)
{
    ConfigKey k;
    k.name = QString::fromLatin1(name);
    k.type = ConfigKeyType::Enum;
    k.help = QCoreApplication::translate("ConfigKeys", help);
    k.allowed = values;
    k.apply = [member, values](AppConfig &c, const QString &v) -> std::optional<QString> {
        const QString s = v.trimmed().toLower();
        if (!values.contains(s))
            return QCoreApplication::translate("ConfigKeys", "must be one of: %1").arg(values.join(u", "));
        c.*member = s;
        return std::nullopt;
    };
    return k;
}

QList<ConfigKey> buildKeys()
{
    QList<ConfigKey> keys;
    {
        ConfigKey k;
        k.name = QStringLiteral("jetstream.endpoints");
        k.type = ConfigKeyType::UrlList;
        k.help = QCoreApplication::translate("ConfigKeys", "Comma-separated Jetstream subscribe URLs (wss://…/subscribe), tried in order");
        k.allowed = {QStringLiteral("wss"), QStringLiteral("ws")};
        k.apply = [](AppConfig &c, const QString &v) -> std::optional<QString> {
            QStringList urls;
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QUrl url;
                if (auto why = checkUrl(part, {QStringLiteral("wss"), QStringLiteral("ws")}, &url))
                    return QCoreApplication::translate("ConfigKeys", "\"%1\": %2").arg(part.trimmed(), *why);
                urls.append(url.toString());
            }
            if (urls.isEmpty())
                return QCoreApplication::translate("ConfigKeys", "at least one endpoint is required");
            c.jetstreamEndpoints = urls;
            return std::nullopt;
        };
        keys.append(k);
    }
    const QStringList https = {QStringLiteral("https"), QStringLiteral("http")};
    keys.append(urlKey("appview.url", QT_TRANSLATE_NOOP("ConfigKeys", "Bluesky AppView base URL for public reads"), https, false,
                       &AppConfig::appViewUrl));
    keys.append(urlKey("plc.url", QT_TRANSLATE_NOOP("ConfigKeys", "PLC directory base URL"), https, false, &AppConfig::plcUrl));
    keys.append(urlKey("pds.url", QT_TRANSLATE_NOOP("ConfigKeys", "Override of the PDS found in the account's DID document (empty: none)"),
                       https, true, &AppConfig::pdsOverride));
    {
        ConfigKey k;
        k.name = QStringLiteral("database.url");
        k.type = ConfigKeyType::String;
        k.help = QCoreApplication::translate("ConfigKeys", "Database: empty for the local SQLite file, or postgresql://user@host:port/dbname");
        k.apply = [](AppConfig &c, const QString &v) -> std::optional<QString> {
            const QString s = v.trimmed();
            if (s.isEmpty()) {
                c.databaseUrl.clear();
                return std::nullopt;
            }
            const QUrl url(s, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres" && scheme != u"sqlite"))
                return QCoreApplication::translate("ConfigKeys", "must be empty, sqlite:///path/file.sqlite or postgresql://user@host:port/dbname");
            c.databaseUrl = s;
            return std::nullopt;
        };
        keys.append(k);
    }
    keys.append(boolKey("jetstream.compress", QT_TRANSLATE_NOOP("ConfigKeys", "Ask Jetstream for zstd-compressed frames"), &AppConfig::jetstreamCompress));
    keys.append(intKey("jetstream.rewind_seconds", QT_TRANSLATE_NOOP("ConfigKeys", "Seconds to rewind the cursor on reconnect"), 0, 3600,
                       &AppConfig::jetstreamRewindSeconds));
    keys.append(intKey("backfill.interval_hours", QT_TRANSLATE_NOOP("ConfigKeys", "Hours between scheduled backfill crawls"), 1, 24 * 30,
                       &AppConfig::backfillIntervalHours));
    keys.append(intKey("http.connect_timeout_ms", QT_TRANSLATE_NOOP("ConfigKeys", "HTTP connect timeout in milliseconds"), 100, 120000,
                       &AppConfig::httpConnectTimeoutMs));
    keys.append(intKey("http.total_timeout_ms", QT_TRANSLATE_NOOP("ConfigKeys", "HTTP total (transfer) timeout in milliseconds"), 100, 600000,
                       &AppConfig::httpTotalTimeoutMs));
    keys.append(intKey("websocket.stall_seconds", QT_TRANSLATE_NOOP("ConfigKeys", "Seconds of silence before a WebSocket counts as stalled"), 5,
                       600, &AppConfig::websocketStallSeconds));
    keys.append(intKey("breaker.failure_threshold", QT_TRANSLATE_NOOP("ConfigKeys", "Consecutive failures that open a circuit breaker"), 1, 1000,
                       &AppConfig::breakerFailureThreshold));
    keys.append(doubleKey("breaker.failure_rate", QT_TRANSLATE_NOOP("ConfigKeys", "Failure rate (0–1) over the window that opens a breaker"),
                          0.01, 1.0, &AppConfig::breakerFailureRate));
    keys.append(intKey("breaker.window_size", QT_TRANSLATE_NOOP("ConfigKeys", "Calls in the breaker's sliding window"), 2, 10000,
                       &AppConfig::breakerWindowSize));
    keys.append(intKey("breaker.open_seconds", QT_TRANSLATE_NOOP("ConfigKeys", "Seconds a breaker stays open before a trial call"), 1, 3600,
                       &AppConfig::breakerOpenSeconds));
    keys.append(intKey("breaker.half_open_trials", QT_TRANSLATE_NOOP("ConfigKeys", "Trial calls permitted while half-open"), 1, 100,
                       &AppConfig::breakerHalfOpenTrials));
    keys.append(intKey("retry.max_attempts", QT_TRANSLATE_NOOP("ConfigKeys", "Attempts per call including the first"), 1, 20, &AppConfig::retryMaxAttempts));
    keys.append(intKey("retry.base_ms", QT_TRANSLATE_NOOP("ConfigKeys", "First retry delay in milliseconds (full jitter)"), 1, 60000,
                       &AppConfig::retryBaseMs));
    keys.append(intKey("retry.cap_ms", QT_TRANSLATE_NOOP("ConfigKeys", "Largest retry delay in milliseconds"), 1, 3600000, &AppConfig::retryCapMs));
    keys.append(doubleKey("ratelimit.headroom", QT_TRANSLATE_NOOP("ConfigKeys", "Share of the write budget left for your own activity (0–0.9)"),
                          0.0, 0.9, &AppConfig::rateLimitHeadroom));
    keys.append(intKey("health.interval_seconds", QT_TRANSLATE_NOOP("ConfigKeys", "Seconds between health probes"), 5, 3600,
                       &AppConfig::healthIntervalSeconds));
    keys.append(intKey("retention.days", QT_TRANSLATE_NOOP("ConfigKeys", "Days of raw events to keep (aggregates are kept forever)"), 1, 36500,
                       &AppConfig::retentionDays));
    keys.append(intKey("backup.interval_hours", QT_TRANSLATE_NOOP("ConfigKeys", "Hours between automatic database backups (0: off)"), 0, 24 * 365,
                       &AppConfig::backupIntervalHours));
    keys.append(intKey("backup.retention", QT_TRANSLATE_NOOP("ConfigKeys", "Automatic backups to keep"), 1, 1000, &AppConfig::backupRetention));
    keys.append(boolKey("app.offline", QT_TRANSLATE_NOOP("ConfigKeys", "Start without any network access"), &AppConfig::offline));
    keys.append(enumKey("log.level", QT_TRANSLATE_NOOP("ConfigKeys", "Log level"),
                        {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                         QStringLiteral("critical")},
                        &AppConfig::logLevel));
    keys.append(intKey("status.port", QT_TRANSLATE_NOOP("ConfigKeys", "Loopback port for /health and /metrics (0: off)"), 0, 65535,
                       &AppConfig::statusPort));
    keys.append(enumKey("ui.language", QT_TRANSLATE_NOOP("ConfigKeys", "User interface language (empty: system)"),
                        {QString(), QStringLiteral("en"), QStringLiteral("de")}, &AppConfig::language));
    keys.append(enumKey("ui.theme", QT_TRANSLATE_NOOP("ConfigKeys", "Colour theme"),
                        {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")},
                        &AppConfig::theme));
    keys.append(boolKey("ui.tray_notifications", QT_TRANSLATE_NOOP("ConfigKeys", "Show tray notifications"), &AppConfig::trayNotifications));
    return keys;
}

} // namespace

QString ConfigKey::envName() const
{
    QString n = name.toUpper();
    n.replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("GROWTH_ENGINE_") + n;
}

const QList<ConfigKey> &configKeys()
{
    static const QList<ConfigKey> keys = buildKeys();
    return keys;
}

const ConfigKey *findConfigKey(const QString &name)
{
    for (const ConfigKey &k : configKeys())
        if (k.name == name)
            return &k;
    return nullptr;
}

} // namespace ge
