#include "logging/Redaction.h"

#include <QRegularExpression>

namespace ge {

QString redactSecrets(const QString &text)
{
    static const QRegularExpression jwt(QStringLiteral(R"(eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-]*)?)"));
    static const QRegularExpression appPassword(
        QStringLiteral(R"((?<![A-Za-z0-9])[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}(?![A-Za-z0-9]))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authHeader(QStringLiteral(R"((Authorization\s*[:=]\s*)("?)(Bearer|Basic|DPoP)?\s*[^\s",}]+)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonSecret(
        QStringLiteral(R"dl(("(?:password|appPassword|app_password|accessJwt|refreshJwt|access_token|refresh_token|token|secret)"\s*:\s*")((?:[^"\\]|\\.)*)("))dl"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kvSecret(
        QStringLiteral(R"((\b(?:password|passwd|app_password|refresh_?jwt|access_?jwt|token|secret)\s*[=:]\s*)([^\s&,;"]+))"),
        QRegularExpression::CaseInsensitiveOption);

    QString out = text;
    out.replace(jsonSecret, QStringLiteral("\\1[REDACTED]\\3"));
    out.replace(authHeader, QStringLiteral("\\1\\2[REDACTED]"));
    out.replace(kvSecret, QStringLiteral("\\1[REDACTED]"));
    out.replace(jwt, QStringLiteral("[REDACTED-JWT]"));
    out.replace(appPassword, QStringLiteral("[REDACTED-APP-PASSWORD]"));
    return out;
}

} // namespace ge
