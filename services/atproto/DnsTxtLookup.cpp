#include "atproto/DnsTxtLookup.h"

#include "atproto/Syntax.h"

#include <QDnsLookup>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace ge::atproto {

QtDnsTxtLookup::QtDnsTxtLookup(QHostAddress nameserver, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_nameserver(std::move(nameserver)), m_timeout(timeout)
{
}

void QtDnsTxtLookup::lookupTxt(const QString &name, Callback<QStringList> done)
{
    auto *lookup = m_nameserver.isNull() ? new QDnsLookup(QDnsLookup::TXT, name, this)
                                         : new QDnsLookup(QDnsLookup::TXT, name, m_nameserver, this);
    auto *timer = new QTimer(lookup);
    timer->setSingleShot(true);
    // Shared between the two ends so that exactly one of them answers.
    auto pending = std::make_shared<Callback<QStringList>>(std::move(done));
    connect(timer, &QTimer::timeout, this, [lookup, pending, name] {
        if (!*pending)
            return;
        auto cb = std::move(*pending);
        *pending = nullptr;
        lookup->abort();
        lookup->deleteLater();
        cb(Error::timeout(tr("The DNS lookup of %1 timed out").arg(name)));
    });
    connect(lookup, &QDnsLookup::finished, this, [lookup, pending, name] {
        lookup->deleteLater();
        if (!*pending)
            return;
        auto cb = std::move(*pending);
        *pending = nullptr;
        switch (lookup->error()) {
        case QDnsLookup::NoError: {
            QStringList out;
            const auto records = lookup->textRecords();
            for (const QDnsTextRecord &r : records) {
                QByteArray joined;
                for (const QByteArray &v : r.values())
                    joined += v;
                out << QString::fromUtf8(joined);
            }
            cb(out);
            return;
        }
        case QDnsLookup::NotFoundError:
            cb(QStringList{}); // NXDOMAIN / no TXT record: no answer by this method
            return;
        default:
            cb(Error::network(tr("The DNS lookup of %1 failed: %2").arg(name, lookup->errorString())));
            return;
        }
    });
    timer->start(m_timeout);
    lookup->lookup();
}

QStringList didsFromTxt(const QStringList &txt)
{
    QStringList dids;
    for (const QString &s : txt) {
        if (!s.startsWith(u"did="))
            continue;
        const QString did = s.mid(4);
        if (syntax::isValidDid(did) && !dids.contains(did))
            dids << did;
    }
    return dids;
}

} // namespace ge::atproto
