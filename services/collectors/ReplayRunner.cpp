#include "collectors/ReplayRunner.h"

#include "collectors/CollectorsLogging.h"
#include "collectors/IngestPipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace ge::collectors {

ReplayRunner::ReplayRunner(const TrackedAccounts &tracked, BatchSink &sink, ReplayOptions options)
    : m_tracked(tracked), m_sink(sink), m_options(options)
{
}

Result<ReplayReport> ReplayRunner::run(const QString &path, const std::function<void(const ReplayReport &)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(ErrorCategory::NotFound,
                              QCoreApplication::translate("Collectors", "Cannot read %1: %2").arg(path, file.errorString()));
        return e;
    }
    IngestPipeline pipeline(m_tracked, QStringLiteral("replay:") + QFileInfo(path).fileName(), EventSource::Replay);
    for (const QString &did : std::as_const(m_knownFollowers))
        pipeline.filter().addKnownFollower(did.toStdString());

    ReplayReport report;
    auto pushPending = [&]() -> bool {
        if (pipeline.pendingEvents() == 0 && pipeline.pendingRows() == 0)
            return true;
        WriteBatch batch = pipeline.takeBatch();
        while (!m_sink.push(batch, std::chrono::milliseconds(m_options.pushWaitMs))) {
            if (m_cancel.load())
                return false;
        }
        return true;
    };

    qint64 sinceFlush = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    while (!file.atEnd()) {
        if (m_cancel.load()) {
            report.interrupted = true;
            break;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        ++report.lines;
        pipeline.ingest(std::string_view(line.constData(), std::size_t(line.size())));
        if (++sinceFlush >= m_options.batchEvents) {
            sinceFlush = 0;
            if (!pushPending()) {
                report.interrupted = true;
                break;
            }
            if (progress && sinceProgress.elapsed() >= m_options.progressIntervalMs) {
                sinceProgress.restart();
                report.counters = pipeline.counters();
                report.unreadable = report.counters.malformedTotal();
                progress(report);
            }
        }
    }
    if (file.error() != QFileDevice::NoError) {
        return Error::make(ErrorCategory::Internal,
                           QCoreApplication::translate("Collectors", "Reading %1 failed: %2").arg(path, file.errorString()));
    }
    if (!report.interrupted && !pushPending())
        report.interrupted = true;
    report.counters = pipeline.counters();
    report.unreadable = report.counters.malformedTotal();
    qCInfo(lcCollectors) << "replay of" << path << "done:" << report.counters.summary();
    return report;
}

} // namespace ge::collectors
