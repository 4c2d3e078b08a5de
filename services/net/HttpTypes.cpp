#include "net/HttpTypes.h"


#include <QCoreApplication>

namespace ge::net {

QByteArray findHeader(const RawHeaderList &headers, QByteArrayView name)
{
    for (const RawHeader &h : headers) {
        if (h.first.size() == name.size() && h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString toString(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return QStringLiteral("GET");
    case HttpMethod::Post: return QStringLiteral("POST");
    case HttpMethod::Put: return QStringLiteral("PUT");
    case HttpMethod::Delete: return QStringLiteral("DELETE");
    case HttpMethod::Head: return QStringLiteral("HEAD");
    }
    return QStringLiteral("GET");
}

std::optional<Error> defaultResponseClassifier(const HttpResponse &response)
{
    const int status = response.status;
    if (status >= 200 && status < 400)
        return std::nullopt;
    Error e;
    e.httpStatus = status;
    e.detail = QStringLiteral("HTTP %1 from %2").arg(status).arg(response.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    if (status == 429) {
        e.category = ErrorCategory::RateLimited;
        e.retryable = true;
        // retryAfter (Retry-After / RateLimit-Reset) is filled in by HttpClient with its clock.
        e.message = QCoreApplication::translate("HttpClient", "The server's rate limit was reached");
        return e;
    }
    e.category = ErrorCategory::Http;
    if (status >= 500) {
        e.retryable = status != 501 && status != 505;
        e.message = QCoreApplication::translate("HttpClient", "The server failed (HTTP %1)").arg(status);
    } else if (status == 408) {
        e.category = ErrorCategory::Timeout;
        e.retryable = true;
        e.message = QCoreApplication::translate("HttpClient", "The server timed out waiting for the request");
    } else if (status == 401 || status == 403) {
        e.category = ErrorCategory::Auth;
        e.message = QCoreApplication::translate("HttpClient", "Not authorised (HTTP %1)").arg(status);
    } else if (status == 404) {
        e.category = ErrorCategory::NotFound;
        e.message = QCoreApplication::translate("HttpClient", "Not found (HTTP 404)");
    } else {
        e.message = QCoreApplication::translate("HttpClient", "The request was refused (HTTP %1)").arg(status);
    }
    return e;
}

bool defaultBreakerFailure(const Error &error)
{
    switch (error.category) {
    case ErrorCategory::Network:
    case ErrorCategory::Timeout:
        return error.httpStatus == 0 || error.httpStatus >= 500;
    case ErrorCategory::Http:
    case ErrorCategory::Xrpc:
        return error.httpStatus >= 500;
    case ErrorCategory::Parse:
        return error.httpStatus == 0; // truncated / unreadable transfer
    default:
        return false;
    }
}

} // namespace ge::net
