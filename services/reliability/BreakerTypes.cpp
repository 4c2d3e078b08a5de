#include "reliability/BreakerTypes.h"

namespace ge::reliability {

QString toString(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed: return QStringLiteral("closed");
    case BreakerState::Open: return QStringLiteral("open");
    case BreakerState::HalfOpen: return QStringLiteral("half_open");
    case BreakerState::ForcedOpen: return QStringLiteral("forced_open");
    case BreakerState::Disabled: return QStringLiteral("disabled");
    }
    return QStringLiteral("closed");
}

BreakerState breakerStateFromString(const QString &text, bool *ok)
{
    static const BreakerState all[] = {BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen,
                                       BreakerState::ForcedOpen, BreakerState::Disabled};
    for (BreakerState s : all) {
        if (toString(s) == text) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return BreakerState::Closed;
}

} // namespace ge::reliability
