#pragma once

#include "collectors/JetstreamEvent.h"

#include <cstddef>
#include <memory>
#include <string_view>

namespace ge::collectors {

// Limits the parser enforces; anything larger is rejected as TooLarge.
struct ParserLimits
{
    std::size_t maxMessageBytes = 1 << 20; // a whole event
    std::size_t maxIdentifierBytes = 2048; // did, rkey, collection, cid, handle, uris
    std::size_t maxTextBytes = 64 * 1024;  // post text
};

enum class ParseStatus : std::uint8_t {
    Event,     // a commit / identity / account event in `event`
    Control,   // a well-formed server message that is not an event (legacy {"kind":"heartbeat"})
    Malformed, // see `reason`
};

struct ParseResult
{
    ParseStatus status = ParseStatus::Malformed;
    MalformedReason reason = MalformedReason::BadJson;
    const char *detail = ""; // static text naming the field, for the log line
};

// Strict, allocation-free (after warm-up) Jetstream v1 event parser on simdjson On-Demand.
// One instance per thread; not thread-safe. The views in event() stay valid until the next parse().
class JetstreamParser
{
public:
    explicit JetstreamParser(ParserLimits limits = {});
    ~JetstreamParser();
    JetstreamParser(const JetstreamParser &) = delete;
    JetstreamParser &operator=(const JetstreamParser &) = delete;

    ParseResult parse(std::string_view json) { return parse(json, 0); }
    // Same, for input whose buffer stays readable for at least `readableBytes` from json.data()
    // (what lies beyond the message does not matter): with kPaddingBytes or more past the end the
    // message is parsed where it is, without a copy.
    ParseResult parse(std::string_view json, std::size_t readableBytes);
    static const std::size_t kPaddingBytes;
    const RawEvent &event() const { return m_event; }
    const ParserLimits &limits() const { return m_limits; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    ParserLimits m_limits;
    RawEvent m_event;
};

} // namespace ge::collectors
