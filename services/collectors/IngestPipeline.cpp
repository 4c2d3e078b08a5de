#include "collectors/IngestPipeline.h"

#include "collectors/CollectorsLogging.h"

namespace ge::collectors {

IngestPipeline::IngestPipeline(const TrackedAccounts &tracked, QString stream, EventSource source,
                               ParserLimits limits)
    : m_tracked(tracked), m_stream(std::move(stream)), m_source(source), m_parser(limits)
{
    refreshTracked();
}

void IngestPipeline::refreshTracked()
{
    const quint64 v = m_tracked.version();
    if (v == m_trackedVersion)
        return;
    m_trackedVersion = v;
    m_filter.setTracked(m_tracked.snapshot());
}

QByteArray IngestPipeline::truncatedSample(std::string_view json, qsizetype max)
{
    QByteArray sample(json.data(), qsizetype(std::min<std::size_t>(json.size(), std::size_t(max))));
    if (qsizetype(json.size()) > max)
        sample += "…(" + QByteArray::number(qulonglong(json.size())) + " bytes)";
    return sample;
}

IngestPipeline::Outcome IngestPipeline::ingest(std::string_view json, std::size_t readableBytes)
{
    refreshTracked();
    m_counters.bytes += json.size();
    const ParseResult r = m_parser.parse(json, readableBytes);
    if (r.status == ParseStatus::Control) {
        ++m_counters.control;
        return Outcome::Control;
    }
    if (r.status == ParseStatus::Malformed) {
        countMalformed(r.reason, r.detail, json);
        return Outcome::Malformed;
    }
    const RawEvent &ev = m_parser.event();
    switch (ev.kind) {
    case EventKind::Commit:
        ++m_counters.commits[int(ev.collection)][int(ev.op)];
        break;
    case EventKind::Identity:
        ++m_counters.identity;
        break;
    case EventKind::Account:
        ++m_counters.account;
        break;
    }
    ++m_pendingEvents;
    if (ev.timeUs > m_cursorUs)
        m_cursorUs = ev.timeUs;
    if (ev.timeUs > m_counters.lastTimeUs)
        m_counters.lastTimeUs = ev.timeUs;
    if (m_filter.apply(ev, m_source, m_batch)) {
        ++m_counters.matched;
        return Outcome::Matched;
    }
    ++m_counters.ignored;
    return Outcome::Ignored;
}

void IngestPipeline::countMalformed(MalformedReason reason, const char *detail, std::string_view sample)
{
    ++m_counters.malformed[int(reason)];
    // First 20, then one in 1000: a flood of garbage must not flood the log.
    if (m_loggedMalformed < 20 || m_loggedMalformed % 1000 == 0) {
        qCWarning(lcCollectors) << "malformed Jetstream event" << m_stream << toString(reason) << detail
                                << "sample:" << QString::fromUtf8(truncatedSample(sample));
    }
    ++m_loggedMalformed;
}

WriteBatch IngestPipeline::takeBatch()
{
    WriteBatch out = std::move(m_batch);
    m_batch = WriteBatch{};
    if (m_cursorUs > 0)
        out.cursor = CursorUpdate{m_stream, m_cursorUs};
    m_pendingEvents = 0;
    return out;
}

} // namespace ge::collectors
