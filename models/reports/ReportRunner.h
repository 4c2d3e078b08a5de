#pragma once

#include "reports/ReportQuery.h"
#include "reports/ReportTypes.h"
#include "storage/DatabaseConfig.h"

#include <QImage>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace ge::reports {

struct ReportRequest
{
    storage::DatabaseConfig database;
    QStringList accounts; // DIDs or handles; empty = every tracked account
    ReportPeriod period;
    QString format;       // pdf, csv, json, png, or "preview" (build only + chart image)
    QString outPath;
    QString chart = QStringLiteral("followers");
    QLocale locale;
    qint64 nowUs = 0;     // 0: the system clock
};

struct ReportResult
{
    bool ok = false;
    bool noData = false;
    QString message; // translated, safe to show
    QString outPath;
    int pages = 0;
    Report report;   // the data (for the preview)
    QImage preview;  // followers chart of the first account (preview requests)
};

// Builds and writes reports on the thread it lives on (move it to a worker QThread), with its
// own read-only database connection per request. Results come back as queued signals.
class ReportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ReportRunner(QObject *parent = nullptr);

    // Thread-safe: asks a running request to stop at the next step.
    void cancel() { m_cancel = true; }

    // Synchronous core used by run() (and by tests).
    ReportResult execute(const ReportRequest &request, const ReportQuery::Progress &progress = {});

public Q_SLOTS:
    void run(const ge::reports::ReportRequest &request);
    void listAccounts(const ge::storage::DatabaseConfig &database);

Q_SIGNALS:
    void progress(int percent);
    void finished(const ge::reports::ReportResult &result);
    void accountsListed(const QList<ge::reports::AccountRef> &accounts, const QString &error);

private:
    std::atomic<bool> m_cancel{false};
};

void registerReportMetaTypes();

} // namespace ge::reports

Q_DECLARE_METATYPE(ge::reports::ReportRequest)
Q_DECLARE_METATYPE(ge::reports::ReportResult)
Q_DECLARE_METATYPE(ge::reports::AccountRef)
Q_DECLARE_METATYPE(ge::storage::DatabaseConfig)
