#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ge::net {

// RFC 6455 opcodes.
enum class WsOpcode : std::uint8_t { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

// RFC 6455 close codes used by the client.
namespace WsCloseCode {
inline constexpr quint16 Normal = 1000;
inline constexpr quint16 GoingAway = 1001;
inline constexpr quint16 ProtocolError = 1002;
inline constexpr quint16 NoStatus = 1005;     // received close frame without a code (never sent)
inline constexpr quint16 Abnormal = 1006;     // connection dropped without a close frame (never sent)
inline constexpr quint16 InvalidPayload = 1007;
inline constexpr quint16 TooBig = 1009;
} // namespace WsCloseCode

// Receives what the decoder parses. Views point into the caller's buffer (unfragmented messages)
// or the decoder's reassembly buffer (fragmented messages) and are valid only during the call.
// Returning false stops feed() right after this frame (it is counted as consumed).
class WsFrameHandler
{
public:
    virtual ~WsFrameHandler() = default;
    virtual bool onMessage(std::string_view payload, bool binary) = 0;
    virtual bool onControl(WsOpcode opcode, std::string_view payload) = 0;
};

// Socket-free decoder for the frames a server sends to a client: parses every complete frame in
// the bytes it is given, checks them (reserved bits, opcodes, masking, control frame rules,
// fragmentation order, message size, optionally UTF-8 of text messages) and reassembles
// fragmented messages in one reused buffer. The caller keeps the bytes that were not consumed and
// passes them again, followed by the next bytes read, on the next call.
class WebSocketFrameDecoder
{
public:
    struct Failure
    {
        quint16 closeCode = 0; // 0: no failure; else the code to send in the close frame
        const char *message = "";
    };

    void setMaxMessageSize(std::uint64_t bytes) { m_maxMessageSize = bytes; }
    std::uint64_t maxMessageSize() const { return m_maxMessageSize; }
    // UTF-8 validation of text messages (close 1007 on failure). On by default.
    void setValidateUtf8(bool on) { m_validateUtf8 = on; }
    bool validatesUtf8() const { return m_validateUtf8; }

    // Parses the complete frames at the start of data; returns the number of bytes consumed. Stops
    // early when the handler returns false or on a protocol failure (then failed() is true and every
    // later call returns 0 until reset()).
    std::size_t feed(std::string_view data, WsFrameHandler &handler);

    bool failed() const { return m_failure.closeCode != 0; }
    const Failure &failure() const { return m_failure; }
    // Size of the incomplete frame at the start of the bytes given last (header + payload), or 0
    // when not even its header was complete; lets the caller size its receive buffer.
    std::size_t pendingFrameSize() const { return m_pendingFrameSize; }
    // Forgets a fragmented message and a failure (for a new connection). Keeps buffer capacity.
    void reset();

    static bool isValidUtf8(std::string_view bytes);

    // Reassembled (fragmented) messages have at least this many readable bytes after their end
    // (contents unspecified), like the receive buffer of WebSocketClient.
    static constexpr std::size_t kPayloadPadding = 64;

    // Appends one client frame (FIN set, masked with maskKey as RFC 6455 requires from clients).
    static void appendClientFrame(QByteArray &out, WsOpcode opcode, QByteArrayView payload, std::uint32_t maskKey);

private:
    bool fail(quint16 code, const char *message);

    std::uint64_t m_maxMessageSize = 64ULL << 20;
    bool m_validateUtf8 = true;
    bool m_fragmentOpen = false;
    bool m_fragmentBinary = false;
    std::string m_fragment;
    std::size_t m_pendingFrameSize = 0;
    Failure m_failure;
};

} // namespace ge::net
