#pragma once

#include "collectors/EventFilter.h"
#include "collectors/IngestCounters.h"
#include "collectors/JetstreamParser.h"
#include "collectors/TrackedAccounts.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace ge::collectors {

// parse → filter → batch, shared by the live collector, replay and the benchmark so that all
// of them run the very same code. Single-threaded (lives on its collector's thread).
class IngestPipeline
{
public:
    enum class Outcome { Matched, Ignored, Control, Malformed };

    IngestPipeline(const TrackedAccounts &tracked, QString stream, EventSource source,
                   ParserLimits limits = {});

    // `readableBytes`: see JetstreamParser::parse(); a padded buffer is parsed without a copy.
    Outcome ingest(std::string_view json, std::size_t readableBytes = 0);
    // A message that never reached the parser (e.g. a corrupt zstd frame): counted and sampled
    // like a malformed line.
    void countMalformed(MalformedReason reason, const char *detail, std::string_view sample);

    // Events since the last takeBatch(), matched or not (the cursor moves for all of them).
    qsizetype pendingEvents() const { return m_pendingEvents; }
    qsizetype pendingRows() const { return m_batch.size(); }
    // The accumulated rows plus the cursor (newest time_us of the lines consumed so far).
    WriteBatch takeBatch();

    const IngestCounters &counters() const { return m_counters; }
    EventFilter &filter() { return m_filter; }
    const QString &stream() const { return m_stream; }
    // A few malformed samples (truncated) are logged; the rest only counted.
    static QByteArray truncatedSample(std::string_view json, qsizetype max = 200);

private:
    void refreshTracked();
    void logMalformed(MalformedReason reason, const char *detail, std::string_view sample);

    const TrackedAccounts &m_tracked;
    quint64 m_trackedVersion = ~quint64(0);
    QString m_stream;
    EventSource m_source;
    JetstreamParser m_parser;
    EventFilter m_filter;
    IngestCounters m_counters;
    WriteBatch m_batch;
    qsizetype m_pendingEvents = 0;
    qint64 m_cursorUs = 0;
    quint64 m_loggedMalformed = 0;
};

} // namespace ge::collectors
