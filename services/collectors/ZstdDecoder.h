#pragma once

#include "core/Result.h"

#include <QByteArray>

#include <memory>

namespace ge::collectors {

// Decompresses Jetstream's zstd frames (compress=true) with its custom dictionary, one message at
// a time (streaming, so frames without a content size work too), with an output cap against
// decompression bombs. One instance per thread.
class ZstdDecoder
{
public:
    // The dictionary shipped in resources/jetstream (":/jetstream/legacy_subscribe.zdict").
    static QByteArray builtinDictionary();

    explicit ZstdDecoder(const QByteArray &dictionary, qsizetype maxOutputBytes = 4 << 20);
    ~ZstdDecoder();
    ZstdDecoder(const ZstdDecoder &) = delete;
    ZstdDecoder &operator=(const ZstdDecoder &) = delete;

    bool isValid() const;
    // Decompresses one message into an internal buffer; the returned view is valid until the next call.
    Result<QByteArrayView> decompress(QByteArrayView frame);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ge::collectors
