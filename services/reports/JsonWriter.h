#pragma once

#include "core/Result.h"
#include "reports/ReportTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace ge::reports {

// The report as JSON, documented by docs/report-schema.json ("format": "growth-engine-report",
// "version": kReportSchemaVersion). Times ISO 8601 UTC, dates YYYY-MM-DD, counts as integers.
class JsonWriter
{
public:
    static QJsonObject toJson(const Report &report);
    static QByteArray render(const Report &report);
    static Status write(const Report &report, const QString &path);
};

} // namespace ge::reports
