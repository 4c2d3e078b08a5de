#include "feeds/LogFeed.h"

#include "LogModel.h"
#include "logging/Logger.h"

#include <QPointer>

namespace ge::models {

LogFeed::LogFeed(LogModel &model, QObject *parent) : QObject(parent)
{
    QPointer<LogModel> target(&model);
    Logger::setListener([target](const LogEntry &e) {
        LogRecord r;
        r.timeUs = e.timestampMs * 1000;
        r.level = e.level;
        r.category = e.category;
        r.message = e.message;
        r.correlationId = e.correlationId;
        r.fields = e.fields;
        LogModel *m = target.data();
        if (m)
            QMetaObject::invokeMethod(m, [target, r] {
                if (target)
                    target->append(r);
            }, Qt::QueuedConnection);
    });
}

LogFeed::~LogFeed()
{
    Logger::setListener({});
}

} // namespace ge::models
