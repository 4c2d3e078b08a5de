#pragma once

#include "reliability/HealthTypes.h"

#include <functional>
#include <memory>

namespace ge::reliability {

using HealthCallback = std::function<void(HealthResult)>;

// One cheap check of one component (`_health`, describeServer, `SELECT 1`, keychain ping).
//
// probe() is called on the HealthMonitor's worker thread; create thread-affine objects
// (QNetworkAccessManager, QSqlDatabase connections) lazily inside probe() so they live on
// that thread, and release them in the destructor, which runs on that thread too.
// Call `done` exactly once, from any thread, at any later time (or synchronously); the
// monitor enforces its own timeout and ignores late or repeated answers.
class HealthProbe
{
public:
    virtual ~HealthProbe() = default;
    virtual void probe(HealthCallback done) = 0;
    // Local checks (database, keychain) keep running in offline mode; network probes are
    // then reported UNKNOWN with the reason "offline mode".
    virtual bool needsNetwork() const { return true; }
};

// A probe from a function (handy for the database and keychain checks).
class FunctionProbe final : public HealthProbe
{
public:
    explicit FunctionProbe(std::function<void(HealthCallback)> fn, bool needsNetwork = true)
        : m_fn(std::move(fn)), m_needsNetwork(needsNetwork)
    {
    }
    void probe(HealthCallback done) override { m_fn(std::move(done)); }
    bool needsNetwork() const override { return m_needsNetwork; }

private:
    std::function<void(HealthCallback)> m_fn;
    bool m_needsNetwork = true;
};

} // namespace ge::reliability
