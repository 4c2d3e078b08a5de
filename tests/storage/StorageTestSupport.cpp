#include "StorageTestSupport.h"

#include <QSqlError>

namespace ge::test {

QVariant queryValue(const storage::DatabaseConfig &config, const QString &sql, const QVariantList &values)
{
    auto conn = storage::DbConnection::open(config, QStringLiteral("test-probe"));
    if (!conn) {
        qWarning() << "probe open failed" << conn.error().message << conn.error().detail;
        return {};
    }
    auto v = (*conn)->scalar(sql, values);
    if (!v) {
        qWarning() << "probe query failed" << sql << v.error().detail;
        return {};
    }
    return *v;
}

QString execSql(const storage::DatabaseConfig &config, const QString &sql, const QVariantList &values)
{
    auto conn = storage::DbConnection::open(config, QStringLiteral("test-exec"));
    if (!conn) {
        return conn.error().message + QLatin1Char(' ') + conn.error().detail;
    }
    auto q = (*conn)->select(sql, values);
    if (!q) {
        return q.error().message + QLatin1Char(' ') + q.error().detail;
    }
    return {};
}

} // namespace ge::test
