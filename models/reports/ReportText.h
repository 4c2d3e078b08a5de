#pragma once

#include "reports/ReportTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ge::reports {

// User-facing wording of report items, translated, numbers and dates through QLocale.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ge::reports::ReportText)
public:
    static QString note(const QualityNote &note, const QLocale &locale);
    static QString dateTime(const QDateTime &utc, const QLocale &locale);
    static QString period(const ReportPeriod &period, const QLocale &locale);
    static QString signedNumber(qint64 v, const QLocale &locale);
    static QString optionalNumber(const std::optional<qint64> &v, const QLocale &locale);
    static QString campaignKind(const QString &kind);
};

} // namespace ge::reports
