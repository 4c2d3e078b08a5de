#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ge {

// Every setting of the product, typed, with its default. Loaded by ConfigLoader from
// defaults < config file < environment (GROWTH_ENGINE_*) < command line.
struct AppConfig
{
    // Storage
    QString dataDir;          // resolved absolute path
    QString databaseUrl;      // empty: SQLite file growth-engine.sqlite in dataDir; or postgresql://…
    int retentionDays = 180;  // raw events older than this are pruned (aggregates kept)
    int backupIntervalHours = 24;
    int backupRetention = 7;

    // Services
    QStringList jetstreamEndpoints = {
        QStringLiteral("wss://jetstream1.us-east.bsky.network/subscribe"),
        QStringLiteral("wss://jetstream2.us-east.bsky.network/subscribe"),
        QStringLiteral("wss://jetstream1.us-west.bsky.network/subscribe"),
        QStringLiteral("wss://jetstream2.us-west.bsky.network/subscribe"),
    };
    QUrl appViewUrl = QUrl(QStringLiteral("https://public.api.bsky.app"));
    QUrl plcUrl = QUrl(QStringLiteral("https://plc.directory"));
    QUrl pdsOverride; // empty: use the PDS from the account's DID document
    bool jetstreamCompress = true;
    int jetstreamRewindSeconds = 5;
    int backfillIntervalHours = 24;

    // Reliability
    int httpConnectTimeoutMs = 5000;
    int httpTotalTimeoutMs = 15000;
    int websocketStallSeconds = 30;
    int breakerFailureThreshold = 5;
    double breakerFailureRate = 0.5; // fraction over the sliding window
    int breakerWindowSize = 20;
    int breakerOpenSeconds = 30;
    int breakerHalfOpenTrials = 1;
    int retryMaxAttempts = 4;
    int retryBaseMs = 200;
    int retryCapMs = 3000;
    double rateLimitHeadroom = 0.2; // fraction of the write budget left for the person's own activity
    int healthIntervalSeconds = 60;

    // Application
    bool offline = false;
    QString logLevel = QStringLiteral("info"); // debug|info|warning|critical
    int statusPort = 0;                        // 0: off. Binds 127.0.0.1 only.
    QString language;                          // empty: system locale
    QString theme = QStringLiteral("system");  // system|light|dark
    bool trayNotifications = true;

    QString sqlitePath() const;
};

} // namespace ge
