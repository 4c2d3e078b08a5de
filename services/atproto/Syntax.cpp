#include "atproto/Syntax.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ge::atproto::syntax {
namespace {

bool isAsciiAlpha(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isAsciiAlnum(QChar c) { return isAsciiAlpha(c) || isAsciiDigit(c); }

// One DNS-style label: 1..63 of [A-Za-z0-9-], no leading/trailing hyphen.
bool isDnsLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar c : label) {
        if (!isAsciiAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

int digits(QStringView s, qsizetype from, qsizetype count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i)
        v = v * 10 + (s[i].unicode() - u'0');
    return v;
}

} // namespace

bool isValidHandle(QStringView handle)
{
    if (handle.isEmpty() || handle.size() > 253)
        return false;
    const QList<QStringView> labels = handle.split(u'.');
    if (labels.size() < 2)
        return false;
    for (QStringView label : labels) {
        if (!isDnsLabel(label))
            return false;
    }
    return isAsciiAlpha(labels.back().front());
}

bool isValidDid(QStringView did)
{
    if (did.size() > 2048 || !did.startsWith(u"did:"))
        return false;
    qsizetype i = 4;
    const qsizetype methodStart = i;
    while (i < did.size() && did[i] >= u'a' && did[i] <= u'z')
        ++i;
    if (i == methodStart || i >= did.size() || did[i] != u':')
        return false;
    ++i;
    if (i >= did.size())
        return false; // empty identifier
    for (qsizetype j = i; j < did.size(); ++j) {
        const QChar c = did[j];
        if (!isAsciiAlnum(c) && c != u'.' && c != u'_' && c != u':' && c != u'%' && c != u'-')
            return false;
    }
    const QChar last = did.back();
    return last != u':' && last != u'%';
}

bool isValidAtIdentifier(QStringView identifier)
{
    if (identifier.startsWith(u"did:"))
        return isValidDid(identifier);
    return isValidHandle(identifier);
}

bool isValidNsid(QStringView nsid)
{
    if (nsid.isEmpty() || nsid.size() > 253 + 1 + 63)
        return false;
    const QList<QStringView> segments = nsid.split(u'.');
    if (segments.size() < 3)
        return false;
    // Domain authority: DNS labels, the first (the TLD, reversed) starting with a letter.
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (!isDnsLabel(segments[i]))
            return false;
    }
    if (!isAsciiAlpha(segments.front().front()))
        return false;
    if (nsid.size() - segments.back().size() - 1 > 253)
        return false;
    // Name: letters and digits, starting with a letter, at most 63.
    const QStringView name = segments.back();
    if (name.isEmpty() || name.size() > 63 || !isAsciiAlpha(name.front()))
        return false;
    for (QChar c : name) {
        if (!isAsciiAlnum(c))
            return false;
    }
    return true;
}

bool isValidRecordKey(QStringView rkey)
{
    if (rkey.isEmpty() || rkey.size() > 512 || rkey == u"." || rkey == u"..")
        return false;
    for (QChar c : rkey) {
        if (!isAsciiAlnum(c) && c != u'.' && c != u'_' && c != u'~' && c != u':' && c != u'-')
            return false;
    }
    return true;
}

bool isValidTid(QStringView tid)
{
    if (tid.size() != 13)
        return false;
    const auto base32 = [](QChar c) { return (c >= u'2' && c <= u'7') || (c >= u'a' && c <= u'z'); };
    for (QChar c : tid) {
        if (!base32(c))
            return false;
    }
    const QChar first = tid.front();
    return (first >= u'2' && first <= u'7') || (first >= u'a' && first <= u'j');
}

std::optional<AtUriParts> parseAtUri(QStringView uri)
{
    if (uri.size() > 8 * 1024)
        return std::nullopt;
    const qsizetype hash = uri.indexOf(u'#');
    QStringView main = uri;
    QStringView fragment;
    if (hash >= 0) {
        main = uri.left(hash);
        fragment = uri.mid(hash + 1);
        if (fragment.contains(u'#'))
            return std::nullopt;
        if (fragment.isEmpty() || fragment.front() != u'/')
            return std::nullopt;
        static const QRegularExpression fragmentRe(
            QRegularExpression::anchoredPattern(uR"(/[a-zA-Z0-9._~:@!$&')(*+,;=%\[\]/-]*)"_s));
        if (!matches(fragmentRe, fragment))
            return std::nullopt;
    }
    static const QRegularExpression charsRe(
        QRegularExpression::anchoredPattern(uR"([a-zA-Z0-9._~:@!$&')(*+,;=%/-]*)"_s));
    if (!matches(charsRe, main))
        return std::nullopt;
    if (!main.startsWith(u"at://"))
        return std::nullopt;
    const QList<QStringView> parts = main.mid(5).split(u'/');
    if (parts.size() > 3)
        return std::nullopt;
    AtUriParts result;
    if (!isValidAtIdentifier(parts[0]))
        return std::nullopt;
    result.authority = parts[0].toString();
    if (parts.size() >= 2) {
        if (!isValidNsid(parts[1]))
            return std::nullopt;
        result.collection = parts[1].toString();
    }
    if (parts.size() >= 3) {
        if (!isValidRecordKey(parts[2]))
            return std::nullopt;
        result.rkey = parts[2].toString();
    }
    result.fragment = fragment.toString();
    return result;
}

bool isValidAtUri(QStringView uri) { return parseAtUri(uri).has_value(); }

bool isValidDatetimeSyntax(QStringView s)
{
    if (s.size() > 64 || s.size() < 20)
        return false;
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        uR"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,20})?(Z|[+-][0-9]{2}:[0-9]{2}))"_s));
    if (!matches(re, s))
        return false;
    return !s.endsWith(u"-00:00");
}

std::optional<qint64> parseDatetimeUs(QStringView s)
{
    if (!isValidDatetimeSyntax(s))
        return std::nullopt;
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    const int second = digits(s, 17, 2);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    qsizetype i = 19;
    qint64 micros = 0;
    if (s[i] == u'.') {
        ++i;
        int n = 0;
        while (i < s.size() && isAsciiDigit(s[i])) {
            if (n < 6)
                micros = micros * 10 + (s[i].unicode() - u'0');
            ++n;
            ++i;
        }
        for (; n < 6; ++n)
            micros *= 10;
    }
    qint64 offsetMinutes = 0;
    if (s[i] != u'Z') {
        const int sign = s[i] == u'-' ? -1 : 1;
        const int oh = digits(s, i + 1, 2);
        const int om = digits(s, i + 4, 2);
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
    }
    const qint64 days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    // The instant may not fall before 0000-01-01T00:00:00Z (a negative year once normalised).
    if (seconds < daysFromCivil(0, 1, 1) * 86400)
        return std::nullopt;
    return seconds * 1'000'000 + micros;
}

std::optional<QDateTime> parseDatetime(QStringView datetime)
{
    const auto us = parseDatetimeUs(datetime);
    if (!us)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*us / 1000, Qt::UTC);
}

bool isValidCid(QStringView cid)
{
    if (cid.size() < 8 || cid.size() > 256 || cid.startsWith(u"Qm"))
        return false;
    for (QChar c : cid) {
        if (!isAsciiAlnum(c) && c != u'+' && c != u'=')
            return false;
    }
    return true;
}

namespace {
const QRegularExpression &languageRe()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        uR"((en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang))"
        uR"(|([a-z]{2,3}(-[a-z]{3}(-[a-z]{3}){0,2})?(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?)"
        uR"((-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-[xX](-[A-Za-z0-9]{1,8})+)?))"
        uR"(|([xX](-[A-Za-z0-9]{1,8})+))"_s));
    return re;
}

bool isGrandfathered(QStringView tag)
{
    static const QSet<QString> tags = {
        u"en-GB-oed"_s, u"i-ami"_s,      u"i-bnn"_s,      u"i-default"_s, u"i-enochian"_s, u"i-hak"_s,
        u"i-klingon"_s, u"i-lux"_s,      u"i-mingo"_s,    u"i-navajo"_s,  u"i-pwn"_s,      u"i-tao"_s,
        u"i-tay"_s,     u"i-tsu"_s,      u"sgn-BE-FR"_s,  u"sgn-BE-NL"_s, u"sgn-CH-DE"_s,  u"art-lojban"_s,
        u"cel-gaulish"_s, u"no-bok"_s,   u"no-nyn"_s,     u"zh-guoyu"_s,  u"zh-hakka"_s,   u"zh-min"_s,
        u"zh-min-nan"_s, u"zh-xiang"_s};
    return tags.contains(tag.toString());
}
} // namespace

bool isValidLanguageSyntax(QStringView tag) { return matches(languageRe(), tag); }

bool isValidLanguage(QStringView tag)
{
    if (!isValidLanguageSyntax(tag))
        return false;
    if (isGrandfathered(tag))
        return true;
    const QList<QStringView> subtags = tag.split(u'-');
    if (subtags.front().size() == 1)
        return true; // private use only
    qsizetype i = 1;
    // extlang (3 letters), script (4 letters), region (2 letters / 3 digits)
    while (i < subtags.size() && subtags[i].size() == 3 && isAsciiAlpha(subtags[i].front()))
        ++i;
    if (i < subtags.size() && subtags[i].size() == 4 && isAsciiAlpha(subtags[i].front()))
        ++i;
    if (i < subtags.size()
        && ((subtags[i].size() == 2 && isAsciiAlpha(subtags[i].front()))
            || (subtags[i].size() == 3 && isAsciiDigit(subtags[i].front()))))
        ++i;
    QSet<QString> variants;
    for (; i < subtags.size() && subtags[i].size() > 1; ++i) {
        const QString v = subtags[i].toString().toLower();
        if (variants.contains(v))
            return false;
        variants.insert(v);
    }
    QSet<QString> singletons;
    for (; i < subtags.size(); ++i) {
        if (subtags[i].size() != 1)
            continue;
        const QString s = subtags[i].toString().toLower();
        if (s == u"x")
            break;
        if (singletons.contains(s))
            return false;
        singletons.insert(s);
    }
    return true;
}

bool isValidUri(QStringView uri)
{
    if (uri.size() > 8 * 1024)
        return false;
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(uR"([a-zA-Z][a-zA-Z0-9+.-]*:(//)?[^\s/][^\s]*)"_s));
    return matches(re, uri);
}

} // namespace ge::atproto::syntax
