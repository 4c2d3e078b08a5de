#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace ge {

// What kind of failure happened. Callers branch on this, never on message text.
enum class ErrorCategory {
    Network,
    Timeout,
    Http,
    Xrpc,
    Parse,
    Auth,
    RateLimited,
    CircuitOpen,
    Storage,
    Config,
    Keychain,
    Cancelled,
    Validation,
    NotFound,
    Internal,
};

QString toString(ErrorCategory category);

// A typed error: safe to show to a user (no secrets in message), carries protocol details
// and whether trying again can help. Value type; crosses threads and queued signals freely.
struct Error
{
    ErrorCategory category = ErrorCategory::Internal;
    QString message;         // safe to show a user
    int httpStatus = 0;      // 0 when there was no HTTP response
    QString xrpcError;       // e.g. "ExpiredToken", "RateLimitExceeded"
    bool retryable = false;
    std::optional<std::chrono::milliseconds> retryAfter; // from Retry-After / RateLimit-Reset
    QString detail;          // technical detail for logs (already redacted)

    static Error make(ErrorCategory category, QString message, bool retryable = false);
    static Error network(QString message) { return make(ErrorCategory::Network, std::move(message), true); }
    static Error timeout(QString message) { return make(ErrorCategory::Timeout, std::move(message), true); }
    static Error parse(QString message) { return make(ErrorCategory::Parse, std::move(message)); }
    static Error storage(QString message, bool retryable = false)
    {
        return make(ErrorCategory::Storage, std::move(message), retryable);
    }
    static Error config(QString message) { return make(ErrorCategory::Config, std::move(message)); }
    static Error validation(QString message) { return make(ErrorCategory::Validation, std::move(message)); }
    static Error cancelled() { return make(ErrorCategory::Cancelled, QStringLiteral("Cancelled")); }

    // "http 503 (ServiceUnavailable): message" style summary for logs and the UI.
    QString summary() const;
};

} // namespace ge

Q_DECLARE_METATYPE(ge::Error)
