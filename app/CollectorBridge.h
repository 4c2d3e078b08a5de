#pragma once

#include "collectors/IngestCounters.h"
#include "Operators.h"
#include "StatusTypes.h"

#include <QObject>

namespace ge::runtime {
class ServiceHost;
}
namespace ge::models {
class CollectorModel;
}

namespace ge::app {

// Maps the collectors' stats onto the Collectors page's model rows, and the page's
// start/stop buttons onto the service host.
models::CollectorRow toCollectorRow(const collectors::CollectorStats &stats);

class CollectorBridge : public QObject, public models::CollectorOperator
{
    Q_OBJECT
public:
    CollectorBridge(runtime::ServiceHost &host, models::CollectorModel &model, QObject *parent = nullptr);

    Status start(const QString &collector) override;
    Status stop(const QString &collector) override;
    Status replay(const QString &collector, qint64 sinceUs) override;
    Status replayFile(const QString &path) override;

private:
    void showStopped(const QString &reason);
    runtime::ServiceHost &m_host;
    models::CollectorModel &m_model;
};

} // namespace ge::app
