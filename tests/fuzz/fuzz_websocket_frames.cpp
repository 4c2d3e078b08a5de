// libFuzzer target: any byte string as the frame stream a server sends to net::WebSocketClient.
// The decoder must never crash, hang or trip a sanitizer, must respect its limits, and must decode
// the same messages (or fail with the same close code) whether the bytes arrive at once or in
// chunks split at arbitrary positions. The first two bytes choose the options and the chunking.
#include "net/WebSocketFrameDecoder.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

using ge::net::WebSocketFrameDecoder;
using ge::net::WsFrameHandler;
using ge::net::WsOpcode;

namespace {

struct Recorder : WsFrameHandler
{
    std::vector<std::string> events;
    std::uint64_t maxMessage = 0;

    bool onMessage(std::string_view payload, bool binary) override
    {
        if (payload.size() > maxMessage)
            std::abort(); // a message above the configured limit was delivered
        events.push_back((binary ? "B" : "T") + std::string(payload));
        return true;
    }
    bool onControl(WsOpcode opcode, std::string_view payload) override
    {
        if (payload.size() > 125)
            std::abort();
        events.push_back("C" + std::to_string(int(opcode)) + std::string(payload));
        return true;
    }
};

struct Outcome
{
    std::vector<std::string> events;
    quint16 failure = 0;
    std::size_t leftover = 0;
};

Outcome decode(std::string_view stream, std::uint64_t maxMessage, bool validate, unsigned chunkSeed)
{
    WebSocketFrameDecoder decoder;
    decoder.setMaxMessageSize(maxMessage);
    decoder.setValidateUtf8(validate);
    Recorder rec;
    rec.maxMessage = maxMessage;
    std::string buffer;
    std::size_t pos = 0;
    unsigned state = chunkSeed | 1;
    while (pos < stream.size() && !decoder.failed()) {
        std::size_t chunk = stream.size() - pos;
        if (chunkSeed != 0) {
            state = state * 1103515245u + 12345u;
            chunk = std::min<std::size_t>(chunk, 1 + (state >> 16) % 97);
        }
        buffer.append(stream.substr(pos, chunk));
        pos += chunk;
        const std::size_t consumed = decoder.feed(buffer, rec);
        if (consumed > buffer.size())
            std::abort();
        buffer.erase(0, consumed);
    }
    return {std::move(rec.events), decoder.failure().closeCode, buffer.size()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const bool validate = (data[0] & 1) != 0;
    const std::uint64_t maxMessage = (data[0] & 2) ? 64 : 1 << 20;
    const unsigned chunkSeed = unsigned(data[1]) + 1;
    const std::string_view stream(reinterpret_cast<const char *>(data + 2), size - 2);
    const Outcome whole = decode(stream, maxMessage, validate, 0);
    const Outcome chunked = decode(stream, maxMessage, validate, chunkSeed);
    if (whole.events != chunked.events || whole.failure != chunked.failure)
        std::abort(); // the result depends on how the bytes were split
    if (whole.failure == 0 && whole.leftover != chunked.leftover)
        std::abort();
    return 0;
}
