#pragma once

// A loopback DNS server for tests: answers TXT questions over UDP in the real DNS wire format
// (RFC 1035: header, question, answers with name compression, TXT character-strings).
// Names it does not know get NXDOMAIN; names can be set to fail (SERVFAIL) or to be ignored.
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QNetworkDatagram>
#include <QObject>
#include <QUdpSocket>

namespace ge::test {

class LoopbackDnsServer : public QObject
{
public:
    struct Answer
    {
        int rcode = 0;                          // 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN
        bool drop = false;                      // never answer (timeouts)
        QList<QList<QByteArray>> txtRecords;    // one entry per record: its character-strings
    };

    // Binds 127.0.0.1:<port>; check isListening() (port 53 needs root or CAP_NET_BIND_SERVICE).
    explicit LoopbackDnsServer(quint16 port = 53, QObject *parent = nullptr) : QObject(parent)
    {
        m_listening = m_socket.bind(QHostAddress::LocalHost, port);
        m_bindError = m_socket.errorString();
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { serve(); });
    }

    bool isListening() const { return m_listening; }
    QString bindError() const { return m_bindError; }

    void setTxt(const QString &name, QList<QList<QByteArray>> records)
    {
        Answer a;
        a.txtRecords = std::move(records);
        m_answers.insert(name.toLower(), a);
    }
    void setAnswer(const QString &name, Answer a) { m_answers.insert(name.toLower(), std::move(a)); }

    QStringList questions; // every question name received, in order
    QList<quint16> questionTypes;

private:
    static bool readName(const QByteArray &msg, int &pos, QString *name)
    {
        QStringList labels;
        while (pos < msg.size()) {
            const int len = quint8(msg.at(pos++));
            if (len == 0) {
                *name = labels.join(QLatin1Char('.'));
                return true;
            }
            if (len > 63 || pos + len > msg.size())
                return false;
            labels << QString::fromLatin1(msg.mid(pos, len));
            pos += len;
        }
        return false;
    }
    static void put16(QByteArray &out, quint16 v)
    {
        out.append(char(v >> 8));
        out.append(char(v & 0xff));
    }
    static void put32(QByteArray &out, quint32 v)
    {
        put16(out, quint16(v >> 16));
        put16(out, quint16(v & 0xffff));
    }

    void serve()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram dg = m_socket.receiveDatagram();
            const QByteArray q = dg.data();
            if (q.size() < 12)
                continue;
            int pos = 12;
            QString name;
            if (!readName(q, pos, &name) || pos + 4 > q.size())
                continue;
            const quint16 qtype = quint16((quint8(q.at(pos)) << 8) | quint8(q.at(pos + 1)));
            const int questionEnd = pos + 4;
            questions << name;
            questionTypes << qtype;
            const Answer answer = m_answers.value(name.toLower(), Answer{3, false, {}});
            if (answer.drop)
                continue;
            const bool txt = qtype == 16 && answer.rcode == 0;
            QByteArray out;
            out.append(q.left(2));                                    // ID
            const quint8 rd = quint8(q.at(2)) & 0x01;
            out.append(char(0x80 | 0x04 | rd));                        // QR, AA, RD copied
            out.append(char(0x80 | (answer.rcode & 0x0f)));            // RA, RCODE
            put16(out, 1);                                            // QDCOUNT
            put16(out, txt ? quint16(answer.txtRecords.size()) : 0);  // ANCOUNT
            put16(out, 0);                                            // NSCOUNT
            put16(out, 0);                                            // ARCOUNT
            out.append(q.mid(12, questionEnd - 12));                  // the question
            if (txt) {
                for (const QList<QByteArray> &strings : answer.txtRecords) {
                    put16(out, 0xC00C); // pointer to the question's name
                    put16(out, 16);     // TXT
                    put16(out, 1);      // IN
                    put32(out, 300);    // TTL
                    QByteArray rdata;
                    for (const QByteArray &s : strings) {
                        rdata.append(char(quint8(s.size())));
                        rdata.append(s);
                    }
                    put16(out, quint16(rdata.size()));
                    out.append(rdata);
                }
            }
            m_socket.writeDatagram(out, dg.senderAddress(), quint16(dg.senderPort()));
        }
    }

    QUdpSocket m_socket;
    bool m_listening = false;
    QString m_bindError;
    QHash<QString, Answer> m_answers;
};

} // namespace ge::test
