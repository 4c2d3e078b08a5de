#include "reports/ZipWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QtEndian>

#include <array>

namespace ge::reports {

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr auto kCrcTable = makeCrcTable();

void put16(QByteArray &b, quint16 v)
{
    char buf[2];
    qToLittleEndian(v, buf);
    b.append(buf, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char buf[4];
    qToLittleEndian(v, buf);
    b.append(buf, 4);
}

Error ioError(QIODevice *d)
{
    Error e = Error::make(ErrorCategory::Internal,
                          QCoreApplication::translate("ge::reports::ZipWriter", "Writing the archive failed"));
    e.detail = d->errorString();
    return e;
}

} // namespace

quint32 crc32(const char *data, qsizetype size, quint32 previous)
{
    quint32 c = previous ^ 0xFFFFFFFFu;
    for (qsizetype i = 0; i < size; ++i)
        c = kCrcTable[(c ^ quint8(data[i])) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

ZipWriter::ZipWriter(QIODevice *out, QDateTime modified) : m_out(out)
{
    const QDateTime t = modified.toUTC();
    const QDate d = t.date();
    const QTime tm = t.time();
    m_dosTime = quint16((tm.hour() << 11) | (tm.minute() << 5) | (tm.second() / 2));
    m_dosDate = quint16(((std::max(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
}

Status ZipWriter::writeLocalHeader(const Entry &e)
{
    QByteArray h;
    put32(h, 0x04034b50u);
    put16(h, 20);      // version needed
    put16(h, 0x0800);  // UTF-8 names
    put16(h, 0);       // stored
    put16(h, m_dosTime);
    put16(h, m_dosDate);
    put32(h, e.crc);
    put32(h, e.size);
    put32(h, e.size);
    put16(h, quint16(e.name.size()));
    put16(h, 0);
    h.append(e.name);
    if (m_out->write(h) != h.size())
        return ioError(m_out);
    return {};
}

Status ZipWriter::addFile(const QString &name, const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return addFile(name, &buffer);
}

Status ZipWriter::addFile(const QString &name, QIODevice *source)
{
    if (m_finished)
        return Error::make(ErrorCategory::Internal, QStringLiteral("zip already finished"));
    Entry e;
    e.name = name.toUtf8();
    e.offset = quint32(m_out->pos());
    if (!source->seek(0))
        return ioError(source);
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    quint64 total = 0;
    quint32 crc = 0;
    for (;;) {
        const qint64 n = source->read(chunk.data(), chunk.size());
        if (n < 0)
            return ioError(source);
        if (n == 0)
            break;
        crc = crc32(chunk.constData(), n, crc);
        total += quint64(n);
    }
    if (total > 0xFFFFFFFFull)
        return Error::make(ErrorCategory::Internal,
                           QCoreApplication::translate("ge::reports::ZipWriter", "File too large for the archive"));
    e.crc = crc;
    e.size = quint32(total);
    if (const Status st = writeLocalHeader(e); !st)
        return st;
    if (!source->seek(0))
        return ioError(source);
    for (;;) {
        const qint64 n = source->read(chunk.data(), chunk.size());
        if (n < 0)
            return ioError(source);
        if (n == 0)
            break;
        if (m_out->write(chunk.constData(), n) != n)
            return ioError(m_out);
    }
    m_entries.append(e);
    return {};
}

Status ZipWriter::finish()
{
    if (m_finished)
        return {};
    const quint32 cdOffset = quint32(m_out->pos());
    QByteArray cd;
    for (const Entry &e : std::as_const(m_entries)) {
        put32(cd, 0x02014b50u);
        put16(cd, 0x031E); // made by: unix, spec 3.0
        put16(cd, 20);
        put16(cd, 0x0800);
        put16(cd, 0);
        put16(cd, m_dosTime);
        put16(cd, m_dosDate);
        put32(cd, e.crc);
        put32(cd, e.size);
        put32(cd, e.size);
        put16(cd, quint16(e.name.size()));
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0);
        put32(cd, 0100644u << 16);
        put32(cd, e.offset);
        cd.append(e.name);
    }
    put32(cd, 0x06054b50u);
    put16(cd, 0);
    put16(cd, 0);
    put16(cd, quint16(m_entries.size()));
    put16(cd, quint16(m_entries.size()));
    put32(cd, 0); // central directory size, filled in below
    put32(cd, cdOffset);
    put16(cd, 0);
    // Central directory size excludes the 22-byte end record.
    const quint32 cdSize = quint32(cd.size() - 22);
    qToLittleEndian(cdSize, cd.data() + cd.size() - 22 + 12);
    if (m_out->write(cd) != cd.size())
        return ioError(m_out);
    m_finished = true;
    return {};
}

} // namespace ge::reports
