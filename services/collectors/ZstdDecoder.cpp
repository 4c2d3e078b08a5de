#include "collectors/ZstdDecoder.h"

#include <QCoreApplication>
#include <QFile>

#include <zstd.h>

namespace ge::collectors {

struct ZstdDecoder::Impl
{
    ZSTD_DCtx *dctx = nullptr;
    ZSTD_DDict *ddict = nullptr;
    QByteArray out;
    qsizetype maxOut = 0;
};

QByteArray ZstdDecoder::builtinDictionary()
{
    QFile f(QStringLiteral(":/jetstream/legacy_subscribe.zdict"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

ZstdDecoder::ZstdDecoder(const QByteArray &dictionary, qsizetype maxOutputBytes) : d(std::make_unique<Impl>())
{
    d->maxOut = maxOutputBytes;
    d->dctx = ZSTD_createDCtx();
    if (!dictionary.isEmpty())
        d->ddict = ZSTD_createDDict(dictionary.constData(), size_t(dictionary.size()));
    if (d->dctx && d->ddict)
        ZSTD_DCtx_refDDict(d->dctx, d->ddict);
    d->out.resize(64 * 1024);
}

ZstdDecoder::~ZstdDecoder()
{
    ZSTD_freeDCtx(d->dctx);
    ZSTD_freeDDict(d->ddict);
}

bool ZstdDecoder::isValid() const
{
    return d->dctx && d->ddict;
}

Result<QByteArrayView> ZstdDecoder::decompress(QByteArrayView frame)
{
    if (!isValid())
        return Error::config(QCoreApplication::translate("Collectors", "The zstd dictionary could not be loaded."));
    ZSTD_DCtx_reset(d->dctx, ZSTD_reset_session_only);
    ZSTD_inBuffer in{frame.data(), size_t(frame.size()), 0};
    size_t produced = 0;
    for (;;) {
        if (produced == size_t(d->out.size())) {
            if (d->out.size() >= d->maxOut)
                return Error::parse(QCoreApplication::translate("Collectors", "A compressed message exceeds %1 bytes.")
                                        .arg(d->maxOut));
            d->out.resize(std::min(d->maxOut, d->out.size() * 2));
        }
        ZSTD_outBuffer out{d->out.data(), size_t(d->out.size()), produced};
        const size_t rc = ZSTD_decompressStream(d->dctx, &out, &in);
        produced = out.pos;
        if (ZSTD_isError(rc))
            return Error::parse(QCoreApplication::translate("Collectors", "A compressed message is corrupt: %1")
                                    .arg(QString::fromLatin1(ZSTD_getErrorName(rc))));
        if (rc == 0)
            break; // frame complete
        if (in.pos == in.size && out.pos < out.size)
            return Error::parse(QCoreApplication::translate("Collectors", "A compressed message is truncated."));
    }
    if (in.pos != in.size)
        return Error::parse(QCoreApplication::translate("Collectors", "A compressed message has trailing data."));
    return QByteArrayView(d->out.constData(), qsizetype(produced));
}

} // namespace ge::collectors
