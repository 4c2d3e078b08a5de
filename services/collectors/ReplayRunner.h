#pragma once

#include "collectors/BatchSink.h"
#include "collectors/IngestCounters.h"
#include "collectors/TrackedAccounts.h"
#include "core/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace ge::collectors {

struct ReplayOptions
{
    int batchEvents = 10000; // lines per writer batch
    int pushWaitMs = 100;
    // progress() at most this often (it is a queued update of the GUI when the page runs a replay;
    // a file replays at up to ~10^6 lines/s, i.e. 100 batches/s). 0: after every batch.
    int progressIntervalMs = 250;
};

struct ReplayReport
{
    IngestCounters counters;
    quint64 lines = 0;       // non-empty lines read
    quint64 unreadable = 0;  // malformed lines (bad JSON, missing fields, ...)
    bool interrupted = false;
};

// Feeds a Jetstream capture (JSON lines) through the live collector's parser, filter and writer
// queue. Synchronous; run it on a worker thread in the GUI (the CLI runs it on the main thread).
// The cursor stream is "replay:<file name>".
class ReplayRunner
{
public:
    ReplayRunner(const TrackedAccounts &tracked, BatchSink &sink, ReplayOptions options = {});

    Result<ReplayReport> run(const QString &path, const std::function<void(const ReplayReport &)> &progress = {});
    void cancel() { m_cancel.store(true); }
    void addKnownFollowers(const QStringList &dids) { m_knownFollowers += dids; }

private:
    const TrackedAccounts &m_tracked;
    BatchSink &m_sink;
    ReplayOptions m_options;
    QStringList m_knownFollowers;
    std::atomic<bool> m_cancel{false};
};

} // namespace ge::collectors
