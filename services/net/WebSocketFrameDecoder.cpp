#include "net/WebSocketFrameDecoder.h"

#include <simdjson.h>

#include <cstring>

namespace ge::net {

namespace {

bool isKnownOpcode(unsigned op)
{
    return op == 0x0 || op == 0x1 || op == 0x2 || op == 0x8 || op == 0x9 || op == 0xA;
}

} // namespace

bool WebSocketFrameDecoder::fail(quint16 code, const char *message)
{
    m_failure = Failure{code, message};
    return false;
}

void WebSocketFrameDecoder::reset()
{
    m_fragmentOpen = false;
    m_fragmentBinary = false;
    m_fragment.clear();
    m_pendingFrameSize = 0;
    m_failure = Failure{};
}

bool WebSocketFrameDecoder::isValidUtf8(std::string_view bytes)
{
    return simdjson::validate_utf8(bytes.data(), bytes.size());
}

std::size_t WebSocketFrameDecoder::feed(std::string_view data, WsFrameHandler &handler)
{
    std::size_t pos = 0;
    m_pendingFrameSize = 0;
    while (!failed()) {
        const std::size_t avail = data.size() - pos;
        if (avail < 2)
            break;
        const auto *p = reinterpret_cast<const unsigned char *>(data.data() + pos);
        const bool fin = (p[0] & 0x80) != 0;
        const unsigned rsv = p[0] & 0x70;
        const unsigned op = p[0] & 0x0F;
        const bool masked = (p[1] & 0x80) != 0;
        std::uint64_t len = p[1] & 0x7F;

        if (rsv != 0) {
            fail(WsCloseCode::ProtocolError, "reserved bits set without a negotiated extension");
            break;
        }
        if (!isKnownOpcode(op)) {
            fail(WsCloseCode::ProtocolError, "unknown opcode");
            break;
        }
        if (masked) {
            fail(WsCloseCode::ProtocolError, "masked frame from the server");
            break;
        }
        const bool control = (op & 0x8) != 0;
        if (control) {
            if (!fin) {
                fail(WsCloseCode::ProtocolError, "fragmented control frame");
                break;
            }
            if (len > 125) {
                fail(WsCloseCode::ProtocolError, "control frame longer than 125 bytes");
                break;
            }
        } else if (op == 0x0 && !m_fragmentOpen) {
            fail(WsCloseCode::ProtocolError, "continuation frame without a message to continue");
            break;
        } else if (op != 0x0 && m_fragmentOpen) {
            fail(WsCloseCode::ProtocolError, "new data frame while a fragmented message is open");
            break;
        }

        std::size_t header = 2;
        if (len == 126) {
            if (avail < 4)
                break;
            len = (std::uint64_t(p[2]) << 8) | p[3];
            header = 4;
        } else if (len == 127) {
            if (avail < 10)
                break;
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = (len << 8) | p[2 + i];
            header = 10;
            if (len >> 63) {
                fail(WsCloseCode::ProtocolError, "frame length with the most significant bit set");
                break;
            }
        }
        if (!control) {
            const std::uint64_t before = m_fragmentOpen ? m_fragment.size() : 0;
            if (len > m_maxMessageSize || before + len > m_maxMessageSize) {
                fail(WsCloseCode::TooBig, "message larger than the maximum message size");
                break;
            }
        }
        if (avail - header < len) {
            m_pendingFrameSize = header + std::size_t(len);
            break;
        }
        const std::string_view payload(data.data() + pos + header, std::size_t(len));
        pos += header + std::size_t(len);

        bool keepGoing = true;
        if (control) {
            keepGoing = handler.onControl(WsOpcode(op), payload);
        } else if (op != 0x0 && fin) {
            const bool binary = op == 0x2;
            if (!binary && m_validateUtf8 && !isValidUtf8(payload)) {
                fail(WsCloseCode::InvalidPayload, "text message is not valid UTF-8");
                break;
            }
            keepGoing = handler.onMessage(payload, binary);
        } else {
            if (op != 0x0) {
                m_fragmentOpen = true;
                m_fragmentBinary = op == 0x2;
                m_fragment.clear();
            }
            m_fragment.append(payload);
            if (fin) {
                m_fragmentOpen = false;
                if (!m_fragmentBinary && m_validateUtf8 && !isValidUtf8(m_fragment)) {
                    fail(WsCloseCode::InvalidPayload, "text message is not valid UTF-8");
                    break;
                }
                m_fragment.reserve(m_fragment.size() + kPayloadPadding);
                keepGoing = handler.onMessage(std::string_view(m_fragment), m_fragmentBinary);
                if (!m_fragmentOpen)
                    m_fragment.clear(); // keeps its capacity for the next fragmented message
            }
        }
        if (!keepGoing)
            break;
    }
    return pos;
}

void WebSocketFrameDecoder::appendClientFrame(QByteArray &out, WsOpcode opcode, QByteArrayView payload, std::uint32_t maskKey)
{
    const auto len = std::uint64_t(payload.size());
    char header[14];
    std::size_t n = 0;
    header[n++] = char(0x80 | unsigned(opcode));
    if (len <= 125) {
        header[n++] = char(0x80 | len);
    } else if (len <= 0xFFFF) {
        header[n++] = char(0x80 | 126);
        header[n++] = char((len >> 8) & 0xFF);
        header[n++] = char(len & 0xFF);
    } else {
        header[n++] = char(0x80 | 127);
        for (int i = 7; i >= 0; --i)
            header[n++] = char((len >> (8 * i)) & 0xFF);
    }
    const unsigned char mask[4] = {static_cast<unsigned char>(maskKey >> 24), static_cast<unsigned char>(maskKey >> 16),
                                   static_cast<unsigned char>(maskKey >> 8), static_cast<unsigned char>(maskKey)};
    std::memcpy(header + n, mask, 4);
    n += 4;
    const qsizetype start = out.size();
    out.resize(start + qsizetype(n) + payload.size());
    char *dst = out.data() + start;
    std::memcpy(dst, header, n);
    dst += n;
    const auto *src = reinterpret_cast<const unsigned char *>(payload.data());
    for (qsizetype i = 0; i < payload.size(); ++i)
        dst[i] = char(src[i] ^ mask[i & 3]);
}

} // namespace ge::net
