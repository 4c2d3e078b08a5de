#include "reports/ReportRunner.h"

#include "core/Clock.h"
#include "reports/CsvWriter.h"
#include "reports/JsonWriter.h"
#include "reports/ReportPdfWriter.h"
#include "storage/DbConnection.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ge::reports {

void registerReportMetaTypes()
{
    qRegisterMetaType<ReportRequest>();
    qRegisterMetaType<ReportResult>();
    qRegisterMetaType<AccountRef>();
    qRegisterMetaType<QList<AccountRef>>();
    qRegisterMetaType<storage::DatabaseConfig>();
}

ReportRunner::ReportRunner(QObject *parent) : QObject(parent)
{
    registerReportMetaTypes();
}

ReportResult ReportRunner::execute(const ReportRequest &request, const ReportQuery::Progress &progress)
{
    m_cancel = false;
    ReportResult result;
    result.outPath = request.outPath;
    auto conn = storage::DbConnection::open(request.database, u"report-runner"_s, storage::OpenMode::ReadOnly);
    if (!conn) {
        result.message = conn.error().message;
        result.noData = conn.error().category == ErrorCategory::NotFound;
        return result;
    }
    QSqlDatabase db = (*conn)->db();
    if (Status st = checkReportSchema(db); !st) {
        result.message = st.error().message;
        return result;
    }
    const qint64 nowUs = request.nowUs > 0 ? request.nowUs : SystemClock::instance().nowUs();
    ReportQuery query(db, nowUs);
    QList<AccountRef> refs;
    if (request.accounts.isEmpty()) {
        auto all = query.listAccounts();
        if (!all) {
            result.message = all.error().message;
            return result;
        }
        refs = *all;
    } else {
        for (const QString &a : request.accounts) {
            auto ref = query.resolveAccount(a);
            if (!ref) {
                result.message = ref.error().message;
                result.noData = ref.error().category == ErrorCategory::NotFound;
                return result;
            }
            refs.append(*ref);
        }
    }
    auto built = query.build(refs, request.period, QDateTime::fromMSecsSinceEpoch(nowUs / 1000, QTimeZone::utc()),
                             [&](int p) {
                                 if (progress)
                                     progress(p * 7 / 10);
                             },
                             &m_cancel);
    if (!built) {
        result.message = built.error().message;
        return result;
    }
    result.report = *built;
    if (!built->hasData()) {
        result.noData = true;
        result.message = tr("No data for the selected accounts in this period.");
        return result;
    }
    if (request.format == u"preview"_s) {
        Report first = *built;
        if (first.accounts.size() > 1)
            first.accounts = {first.accounts.first()};
        result.preview = ReportImageWriter(request.locale).render(first, request.chart, QSize(560, 260), 2.0);
        result.ok = true;
        if (progress)
            progress(100);
        return result;
    }
    Status written;
    if (request.format == u"pdf"_s) {
        auto pages = ReportPdfWriter(request.locale).write(*built, request.outPath);
        if (pages)
            result.pages = *pages;
        else
            written = pages.error();
    } else if (request.format == u"png"_s) {
        written = ReportImageWriter(request.locale).write(*built, request.chart, request.outPath);
    } else if (request.format == u"json"_s) {
        written = JsonWriter::write(*built, request.outPath);
    } else if (request.format == u"csv"_s) {
        written = CsvWriter::write(*built, request.outPath, db);
    } else {
        written = Error::validation(tr("Unknown format %1").arg(request.format));
    }
    if (!written) {
        result.message = written.error().message;
        return result;
    }
    if (progress)
        progress(100);
    result.ok = true;
    result.message = tr("Wrote %1").arg(request.outPath);
    return result;
}

void ReportRunner::run(const ReportRequest &request)
{
    const ReportResult r = execute(request, [this](int p) { Q_EMIT progress(p); });
    Q_EMIT finished(r);
}

void ReportRunner::listAccounts(const storage::DatabaseConfig &database)
{
    auto conn = storage::DbConnection::open(database, u"report-accounts"_s, storage::OpenMode::ReadOnly);
    if (!conn) {
        Q_EMIT accountsListed({}, conn.error().message);
        return;
    }
    if (Status st = checkReportSchema((*conn)->db()); !st) {
        Q_EMIT accountsListed({}, st.error().message);
        return;
    }
    auto accounts = ReportQuery((*conn)->db(), SystemClock::instance().nowUs()).listAccounts();
    if (!accounts) {
        Q_EMIT accountsListed({}, accounts.error().message);
        return;
    }
    Q_EMIT accountsListed(*accounts, {});
}

} // namespace ge::reports
