#pragma once

#include "collectors/JetstreamEvent.h"

#include <QMetaType>
#include <QString>

#include <array>

namespace ge::collectors {

// What went through a pipeline: counted per collection and operation, identity/account,
// control messages, malformed lines per reason, and how many events the filter kept.
struct IngestCounters
{
    std::array<std::array<quint64, kCommitOpCount>, kCollectionCount> commits{};
    quint64 identity = 0;
    quint64 account = 0;
    quint64 control = 0;
    std::array<quint64, kMalformedReasonCount> malformed{};
    quint64 matched = 0;
    quint64 ignored = 0;
    quint64 bytes = 0;     // JSON bytes parsed
    qint64 lastTimeUs = 0; // newest event time seen

    quint64 events() const
    {
        quint64 n = identity + account;
        for (const auto &row : commits)
            for (quint64 c : row)
                n += c;
        return n;
    }
    quint64 malformedTotal() const
    {
        quint64 n = 0;
        for (quint64 c : malformed)
            n += c;
        return n;
    }
    quint64 lines() const { return events() + control + malformedTotal(); }
    // "events=… matched=… ignored=… malformed=… (bad_json=…) follow.create=…" for logs and the CLI
    QString summary() const;
};

// Live figures of a collector for the Collectors page and the metrics registry (coalesced).
struct CollectorStats
{
    QString name;          // "jetstream", "replay", "backfill"
    QString state;         // connecting, streaming, backoff, stopped
    QString endpoint;
    IngestCounters counters;
    double eventsPerSecond = 0;
    qint64 lagMs = -1;     // now - newest event time; -1 before the first event
    quint64 reconnects = 0;
    quint64 wireBytes = 0;         // bytes received (compressed when compression is on)
    quint64 decompressedBytes = 0; // bytes after zstd
    double compressionRatio = 0;   // decompressed / wire, 0 when off
    qint64 queueDepth = 0;
    qint64 queueCapacity = 0;
    qint64 committedCursorUs = 0;
    quint64 backpressureWaits = 0;
};

} // namespace ge::collectors

Q_DECLARE_METATYPE(ge::collectors::CollectorStats)
