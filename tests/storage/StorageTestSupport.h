#pragma once

#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"

#include <QString>
#include <QVariant>

namespace ge::test {

// Opens a fresh connection on the calling thread and returns the first column of the first row
// (invalid QVariant when there is no row). Test helper: QFAILs are the caller's business.
QVariant queryValue(const storage::DatabaseConfig &config, const QString &sql, const QVariantList &values = {});
// Executes a statement on a fresh connection; returns the error text ("" on success).
QString execSql(const storage::DatabaseConfig &config, const QString &sql, const QVariantList &values = {});

} // namespace ge::test
