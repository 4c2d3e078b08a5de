#include "core/Error.h"

namespace ge {

QString toString(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Network: return QStringLiteral("network");
    case ErrorCategory::Timeout: return QStringLiteral("timeout");
    case ErrorCategory::Http: return QStringLiteral("http");
    case ErrorCategory::Xrpc: return QStringLiteral("xrpc");
    case ErrorCategory::Parse: return QStringLiteral("parse");
    case ErrorCategory::Auth: return QStringLiteral("auth");
    case ErrorCategory::RateLimited: return QStringLiteral("rate_limited");
    case ErrorCategory::CircuitOpen: return QStringLiteral("circuit_open");
    case ErrorCategory::Storage: return QStringLiteral("storage");
    case ErrorCategory::Config: return QStringLiteral("config");
    case ErrorCategory::Keychain: return QStringLiteral("keychain");
    case ErrorCategory::Cancelled: return QStringLiteral("cancelled");
    case ErrorCategory::Validation: return QStringLiteral("validation");
    case ErrorCategory::NotFound: return QStringLiteral("not_found");
    case ErrorCategory::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

Error Error::make(ErrorCategory category, QString message, bool retryable)
{
    Error e;
    e.category = category;
    e.message = std::move(message);
    e.retryable = retryable;
    return e;
}

QString Error::summary() const
{
    QString s = toString(category);
    if (httpStatus != 0)
        s += QLatin1Char(' ') + QString::number(httpStatus);
    if (!xrpcError.isEmpty())
        s += QStringLiteral(" (") + xrpcError + QLatin1Char(')');
    s += QStringLiteral(": ") + message;
    return s;
}

} // namespace ge
