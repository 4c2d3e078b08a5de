#pragma once

#include <QObject>

namespace ge::models {

class LogModel;

// Forwards every structured log entry (from any thread) to a LogModel on the GUI thread as a
// queued call; the model coalesces them into batches. Detaches itself on destruction.
class LogFeed : public QObject
{
    Q_OBJECT
public:
    explicit LogFeed(LogModel &model, QObject *parent = nullptr);
    ~LogFeed() override;
};

} // namespace ge::models
