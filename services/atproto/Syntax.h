#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// Syntax rules of the AT Protocol identifiers and string formats (atproto.com/specs/*),
// checked exactly as specified: no trimming, ASCII-only where the spec says so.
namespace ge::atproto::syntax {

// Handle: a DNS name with at least two labels, ASCII letters/digits/hyphens, labels 1..63,
// no leading/trailing hyphen, total <= 253, last label (TLD) starts with a letter.
bool isValidHandle(QStringView handle);
// DID: "did:" method (lowercase letters) ":" identifier ([A-Za-z0-9._:%-], not ending in ':' or '%'),
// at most 2048 characters.
bool isValidDid(QStringView did);
// at-identifier: a handle or a DID.
bool isValidAtIdentifier(QStringView identifier);
// NSID: reversed domain authority (>= 2 segments) + name (letters and digits, starts with a letter).
bool isValidNsid(QStringView nsid);
// Record key: 1..512 of [A-Za-z0-9._~:-], not "." or "..".
bool isValidRecordKey(QStringView rkey);
// TID: 13 base32-sortable characters, first one in [2-7a-j].
bool isValidTid(QStringView tid);
// AT-URI: at://<handle|did>[/<nsid>[/<rkey>]][#/<fragment>], at most 8 KiB.
bool isValidAtUri(QStringView uri);
// Datetime: RFC 3339 ∩ ISO 8601 profile of the spec (uppercase T/Z, required timezone,
// no "-00:00"), at most 64 characters. Structure only: field ranges (month 13, minute 99)
// are checked by parseDatetimeUs, as in the interop vectors' syntax/parse split.
bool isValidDatetimeSyntax(QStringView datetime);
// Full datetime check: syntax plus calendar/clock ranges; and the instant must not be
// before year 0. Returns microseconds since the Unix epoch (may be negative).
std::optional<qint64> parseDatetimeUs(QStringView datetime);
inline bool isValidDatetime(QStringView datetime) { return parseDatetimeUs(datetime).has_value(); }
std::optional<QDateTime> parseDatetime(QStringView datetime);
// CID (string form, syntax only): 8..256 of [A-Za-z0-9+=], CIDv0 ("Qm...") refused.
bool isValidCid(QStringView cid);
// BCP 47 language tag, syntax (the atproto "language" format).
bool isValidLanguageSyntax(QStringView tag);
// Language tag that is also valid per RFC 5646 §2.2.9: no repeated variant or extension singleton.
bool isValidLanguage(QStringView tag);
// Generic URI: RFC 3986 scheme ":" non-empty, whitespace-free rest, at most 8 KiB.
bool isValidUri(QStringView uri);

// Parts of a valid AT-URI.
struct AtUriParts
{
    QString authority;  // handle or DID
    QString collection; // empty when absent
    QString rkey;       // empty when absent
    QString fragment;   // without '#', empty when absent
};
std::optional<AtUriParts> parseAtUri(QStringView uri);

} // namespace ge::atproto::syntax
