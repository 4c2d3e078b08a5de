#pragma once

#include "atproto/XrpcClient.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <chrono>

namespace ge::atproto {

// DNS TXT lookups, behind an interface so that handle resolution can be tested without DNS.
class TxtLookup
{
public:
    virtual ~TxtLookup() = default;
    // The TXT strings of `name` (the character-strings of one record joined, one entry per
    // record). A name that does not exist or has no TXT record yields an empty list, not an
    // error; other failures (no answer, server failure, timeout) are network/timeout errors.
    // The callback is called exactly once, never from inside the call.
    virtual void lookupTxt(const QString &name, Callback<QStringList> done) = 0;
};

// TXT lookups with QDnsLookup: the system resolver, or one given nameserver (port 53; Qt 6.4
// has no port setting). Lives on the thread that uses it.
class QtDnsTxtLookup : public QObject, public TxtLookup
{
    Q_OBJECT
public:
    explicit QtDnsTxtLookup(QHostAddress nameserver = {}, std::chrono::milliseconds timeout = std::chrono::seconds(5),
                            QObject *parent = nullptr);

    void lookupTxt(const QString &name, Callback<QStringList> done) override;

private:
    QHostAddress m_nameserver;
    std::chrono::milliseconds m_timeout;
};

// The DIDs named by `_atproto.<handle>` TXT strings ("did=<did>", valid DID syntax; others are
// ignored), without duplicates, in order.
QStringList didsFromTxt(const QStringList &txt);

} // namespace ge::atproto
