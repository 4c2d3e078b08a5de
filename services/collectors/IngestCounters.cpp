#include "collectors/IngestCounters.h"

namespace ge::collectors {

QString IngestCounters::summary() const
{
    QString out = QStringLiteral("events=%1 matched=%2 ignored=%3 control=%4 malformed=%5")
                      .arg(events()).arg(matched).arg(ignored).arg(control).arg(malformedTotal());
    for (int r = 0; r < kMalformedReasonCount; ++r) {
        if (malformed[r])
            out += QStringLiteral(" malformed.%1=%2")
                       .arg(QLatin1StringView(toString(MalformedReason(r))))
                       .arg(malformed[r]);
    }
    for (int c = 0; c < kCollectionCount; ++c) {
        for (int o = 0; o < kCommitOpCount; ++o) {
            if (commits[c][o])
                out += QStringLiteral(" %1.%2=%3")
                           .arg(QLatin1StringView(toString(Collection(c))),
                                QLatin1StringView(toString(CommitOp(o))))
                           .arg(commits[c][o]);
        }
    }
    out += QStringLiteral(" identity=%1 account=%2").arg(identity).arg(account);
    return out;
}

} // namespace ge::collectors
