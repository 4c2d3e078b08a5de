#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

namespace ge::reports {

// CRC-32 (IEEE 802.3, the one zip uses), incremental: pass the previous value to continue.
quint32 crc32(const char *data, qsizetype size, quint32 previous = 0);

// Writes a zip archive with stored (uncompressed) entries and UTF-8 names. Enough for report
// bundles; no zip64, so each entry and the archive stay below 4 GiB.
class ZipWriter
{
public:
    explicit ZipWriter(QIODevice *out, QDateTime modified = QDateTime::currentDateTimeUtc());

    Status addFile(const QString &name, const QByteArray &data);
    // Copies a seekable device (read twice: once for the CRC, once for the bytes).
    Status addFile(const QString &name, QIODevice *source);
    Status finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    Status writeLocalHeader(const Entry &e);

    QIODevice *m_out;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    QList<Entry> m_entries;
    bool m_finished = false;
};

} // namespace ge::reports
